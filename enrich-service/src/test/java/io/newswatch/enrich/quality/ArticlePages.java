package io.newswatch.enrich.quality;

import io.newswatch.common.text.Texts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Rebuilds an article's text from a saved page the simple way, since the enrich service may not
 * depend on the ingest service's extractor: the {@code <p>} elements of the main article
 * container (itemprop=articleBody, else {@code <article>}, else {@code <main>}, else the body),
 * joined by blank lines, leaving out paragraphs inside header, nav, footer, aside, figure, form
 * and inside any element whose class or id says it is furniture (share, comment, related,
 * cookie, caption, credit, ...). The result is NFC, as the ingest service delivers it.
 */
final class ArticlePages {
  private static final Pattern FURNITURE =
      Pattern.compile(
          "share|social|comment|related|recommend|also|more-news|cookie|caption|credit|byline"
              + "|dateline|date|meta|tags|newsletter|banner|advert|promo|breadcrumb|footer|header|nav"
              + "|sidebar|widget|source|author");

  private static final List<String> FURNITURE_TAGS =
      List.of("header", "nav", "footer", "aside", "figure", "figcaption", "form", "script", "style");

  private ArticlePages() {}

  /** The page's article text: body paragraphs joined by blank lines. */
  static String text(Path page) {
    Document document;
    try {
      document = Jsoup.parse(page.toFile(), StandardCharsets.UTF_8.name());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read page " + page, e);
    }
    Element root = document.selectFirst("[itemprop=articleBody]");
    if (root == null) {
      root = document.selectFirst("article");
    }
    if (root == null) {
      root = document.selectFirst("main");
    }
    if (root == null) {
      root = document.body();
    }
    List<String> paragraphs = new ArrayList<>();
    for (Element p : root.select("p")) {
      if (furniture(p, root)) {
        continue;
      }
      String text = Texts.nfc(p.text().strip());
      if (!text.isEmpty()) {
        paragraphs.add(text);
      }
    }
    return String.join("\n\n", paragraphs);
  }

  /** Whether the paragraph or a container between it and the article root is page furniture. */
  private static boolean furniture(Element p, Element root) {
    for (Element e = p; e != null && e != root; e = e.parent()) {
      if (FURNITURE_TAGS.contains(e.normalName())) {
        return true;
      }
      String marks = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
      if (!marks.isBlank() && FURNITURE.matcher(marks).find()) {
        return true;
      }
    }
    return false;
  }
}
