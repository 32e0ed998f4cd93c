package io.newswatch.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * {@link TextLengths} must give what jsoup gives one element at a time: {@code e.text().length()}
 * and the link text of {@code e.select("a")}, for every element of real-shaped pages.
 */
class TextLengthsTest {
  private static final Path SAMPLES = Path.of("..", "seeds", "samples");
  private static final Path FIXTURES = Path.of("src", "test", "resources", "extract");

  @Test
  void everyElementOfEveryPageMeasuresAsJsoupDoes() throws IOException {
    List<Path> pages = new ArrayList<>();
    for (Path dir : List.of(SAMPLES, FIXTURES)) {
      try (Stream<Path> files = Files.walk(dir)) {
        files.filter(p -> p.toString().endsWith(".html")).sorted().forEach(pages::add);
      }
    }
    assertTrue(pages.size() >= 50, "expected the sample pages and fixtures, found " + pages.size());
    long elements = 0;
    for (Path page : pages) {
      // Charset as the page declares it: a fixture is in windows-1251.
      Document doc = Jsoup.parse(new ByteArrayInputStream(Files.readAllBytes(page)), null, "https://example.rs/");
      elements += assertMeasuredAsJsoup(doc.body(), page.toString());
    }
    assertTrue(elements > 2_000, "only " + elements + " elements compared");
  }

  @Test
  void whiteSpaceBlocksBreaksPreAndInPageLinksMeasureAsJsoup() {
    String html = """
        <body>  lead <b> bold</b>text<div>block  <i>inline</i></div>tail
        <p>one<br>two <a href="/x"> link  text </a> and <a href="#fn1">[1]</a></p>
        <ul><li>a</li><li> <a href="https://x">b</a> </li></ul>
        <pre>  kept   as
           written </pre><span>after</span>
        <table><tr><td>cell</td><td> <a href=#>top</a></td></tr></table>
        <div><div><div>deep <a href="/y">link</a></div></div> out</div>
        </body>""";
    Document doc = Jsoup.parse(html);
    assertTrue(assertMeasuredAsJsoup(doc.body(), "inline page") >= 20);
  }

  @Test
  void anElementOutsideTheMeasuredRootIsMeasuredOnItsOwn() {
    Document doc = Jsoup.parse("<div id=a><a href=/x>link</a> text</div><div id=b><a href=/y>more links</a></div>");
    TextLengths lengths = TextLengths.of(doc.getElementById("a"));
    Element b = doc.getElementById("b");
    assertEquals(b.text().length(), lengths.text(b));
    assertEquals(10, lengths.links(b));
    assertEquals(1.0, lengths.linkDensity(b));
  }

  /** Compares every element under {@code root}; returns how many there were. */
  private static int assertMeasuredAsJsoup(Element root, String where) {
    TextLengths lengths = TextLengths.of(root);
    int n = 0;
    for (Element e : root.getAllElements()) {
      String path = where + " " + e.cssSelector();
      assertEquals(e.text().length(), lengths.text(e), () -> "text length of " + path);
      assertEquals(linksBySelect(e), lengths.links(e), () -> "link text of " + path);
      n++;
    }
    return n;
  }

  /** The link text as the extractor measured it before, one select per element. */
  private static int linksBySelect(Element e) {
    int links = 0;
    for (Element a : e.select("a")) {
      String href = a.attr("href");
      links += href.startsWith("#") && href.length() > 1 ? a.text().length() / 3 : a.text().length();
    }
    return links;
  }
}
