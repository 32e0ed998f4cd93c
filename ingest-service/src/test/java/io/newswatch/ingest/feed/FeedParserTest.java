package io.newswatch.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedParserTest {
  private final FeedParser parser = new FeedParser();

  private static byte[] rss(String encoding, String title) {
    String xml = "<?xml version=\"1.0\" encoding=\"" + encoding + "\"?>\n"
        + "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Вести</title>"
        + "<item><title>" + title + "</title><link>/vesti/1</link><guid isPermaLink=\"false\">id-1</guid>"
        + "<pubDate>Mon, 02 Mar 2026 10:15:00 +0100</pubDate><description>Кратко</description>"
        + "<content:encoded><![CDATA[<p>Пуни текст.</p>]]></content:encoded></item>"
        + "<item><title>Без линка</title></item>"
        + "</channel></rss>";
    return xml.getBytes(Charset.forName(encoding));
  }

  @Test
  void rss2InWindows1251() throws Exception {
    var feed = parser.parse(rss("windows-1251", "Захарова: ситуация выходит из-под контроля"), null, "http://127.0.0.1:1/rss");
    assertEquals("Вести", feed.title());
    assertEquals(1, feed.items().size(), "the item without a link is skipped");
    FeedItem item = feed.items().getFirst();
    assertEquals("Захарова: ситуация выходит из-под контроля", item.title());
    assertEquals("http://127.0.0.1:1/vesti/1", item.link());
    assertEquals("id-1", item.key());
    assertEquals(Instant.parse("2026-03-02T09:15:00Z"), item.publishedAt());
    assertTrue(item.contentHtml().contains("Пуни текст."));
  }

  @Test
  void rssInKoi8rWithCharsetFromHttpOnly() throws Exception {
    String xml = "<rss version=\"0.91\"><channel><title>Лента</title><link>http://x/</link><description>d</description>"
        + "<item><title>Путин заявил</title><link>http://x/a</link></item></channel></rss>";
    byte[] body = xml.getBytes(Charset.forName("KOI8-R"));
    var feed = parser.parse(body, "text/xml; charset=KOI8-R", "http://x/rss");
    assertEquals("Путин заявил", feed.items().getFirst().title());
    assertEquals("http://x/a", feed.items().getFirst().key(), "without a guid the link identifies the item");
  }

  @Test
  void rdfAndAtom() throws Exception {
    String rdf = "<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\">"
        + "<channel rdf:about=\"http://x/\"><title>T</title><link>http://x/</link><description>d</description></channel>"
        + "<item rdf:about=\"http://x/1\"><title>Vučić</title><link>http://x/1</link></item></rdf:RDF>";
    assertEquals("Vučić", parser.parse(rdf.getBytes(StandardCharsets.UTF_8), null, "http://x/").items().getFirst().title());
    String atom = "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>A</title><id>urn:a</id><updated>2026-03-02T10:00:00Z</updated>"
        + "<entry><title>Bocan-Harčenko</title><id>urn:e1</id><link href=\"http://x/e1\"/><updated>2026-03-02T10:00:00Z</updated>"
        + "<published>2026-03-02T09:00:00Z</published><author><name>Tanjug</name></author><content type=\"html\">&lt;p&gt;Tekst&lt;/p&gt;</content></entry></feed>";
    FeedItem e = parser.parse(atom.getBytes(StandardCharsets.UTF_8), "application/atom+xml", "http://x/").items().getFirst();
    assertEquals("urn:e1", e.key());
    assertEquals("http://x/e1", e.link());
    assertEquals(Instant.parse("2026-03-02T09:00:00Z"), e.publishedAt());
    assertEquals("Tanjug", e.author());
    assertNotNull(e.contentHtml());
  }

  @Test
  void externalEntitiesAreRefused(@TempDir Path dir) throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET");
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
        + "<rss version=\"2.0\"><channel><title>&xxe;</title><item><title>&xxe;</title><link>http://x/1</link></item></channel></rss>";
    FeedParseException e = assertThrows(FeedParseException.class, () -> parser.parse(xxe.getBytes(StandardCharsets.UTF_8), null, "http://x/"));
    assertFalse(e.getMessage().contains("TOP-SECRET"));
    assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
  }

  @Test
  void billionLaughsIsRefused() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE rss [<!ENTITY lol0 \"lol\">");
    for (int i = 1; i < 10; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
    }
    dtd.append("]>");
    String xml = "<?xml version=\"1.0\"?>" + dtd + "<rss version=\"2.0\"><channel><title>&lol9;</title></channel></rss>";
    assertThrows(FeedParseException.class, () -> parser.parse(xml.getBytes(StandardCharsets.UTF_8), null, "http://x/"));
  }

  @Test
  void htmlIsNotAFeed() {
    assertThrows(FeedParseException.class, () -> parser.parse("<html><body>hi</body></html>".getBytes(StandardCharsets.UTF_8), "text/html", "http://x/"));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void utf16AndUtf32InEitherByteOrderWithOrWithoutBom() throws Exception {
    String title = "Захарова: ситуация выходит из-под контроля";
    java.util.Map<String, byte[]> boms = java.util.Map.of(
        "UTF-16BE", new byte[] {(byte) 0xFE, (byte) 0xFF},
        "UTF-16LE", new byte[] {(byte) 0xFF, (byte) 0xFE},
        "UTF-32BE", new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF},
        "UTF-32LE", new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0});
    for (var e : boms.entrySet()) {
      String declared = e.getKey().substring(0, 6).toLowerCase(java.util.Locale.ROOT); // utf-16, utf-32: no byte order named
      String xml = "<?xml version=\"1.0\" encoding=\"" + declared + "\"?><rss version=\"2.0\"><channel><title>Вести</title>"
          + "<item><title>" + title + "</title><link>http://x/1</link></item></channel></rss>";
      byte[] bare = xml.getBytes(Charset.forName(e.getKey()));
      for (byte[] body : java.util.List.of(bare, concat(e.getValue(), bare))) {
        String label = e.getKey() + (body == bare ? " without BOM" : " with BOM");
        var feed = parser.parse(body, "application/rss+xml", "http://x/rss");
        assertEquals(title, feed.items().getFirst().title(), label);
        assertEquals("Вести", feed.title(), label);
      }
    }
  }

  @Test
  void charsetParameterWithSpaceAndQuotesOrUnknownStillParses() throws Exception {
    String xml = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title>"
        + "<item><title>Vucic asked for a session</title><link>http://x/1</link></item></channel></rss>";
    byte[] body = xml.getBytes(StandardCharsets.US_ASCII);
    for (String contentType : java.util.List.of("application/rss+xml;charset= 'us-ascii'", "text/xml; charset= \"us-ascii\"",
        "text/xml; charset=bogus-charset", "text/xml; charset=", "text/xml; charset=\"\"")) {
      assertEquals("Vucic asked for a session", parser.parse(body, contentType, "http://x/").items().getFirst().title(), contentType);
    }
    // An encoding the document declares and nobody knows leaves UTF-8, and an error never has an empty reason.
    byte[] bogus = xml.replace("<?xml version=\"1.0\"?>", "<?xml version=\"1.0\" encoding=\"u16\"?>").getBytes(StandardCharsets.UTF_8);
    assertEquals("Vucic asked for a session", parser.parse(bogus, "text/xml", "http://x/").items().getFirst().title());
  }

  @Test
  void rssWithoutChannelIsRefusedWithAClearReason() {
    for (String xml : java.util.List.of("<?xml version=\"1.0\"?><rss version=\"2.0\"></rss>",
        "<?xml version=\"1.0\" encoding=\"big5\"?>\n<!-- a comment with <channel> in it is no channel -->\n<rss><item><title>x</title></item></rss>")) {
      FeedParseException e = assertThrows(FeedParseException.class, () -> parser.parse(xml.getBytes(StandardCharsets.UTF_8), null, "http://x/rss"));
      assertTrue(e.getMessage().endsWith(": RSS without <channel>"), e.getMessage());
    }
    FeedParseException empty = assertThrows(FeedParseException.class, () -> parser.parse(new byte[0], "text/xml; charset= \"us-ascii\"", "http://x/rss"));
    assertFalse(empty.getMessage().endsWith(": "), empty.getMessage());
  }
}
