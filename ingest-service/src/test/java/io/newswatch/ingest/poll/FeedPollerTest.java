package io.newswatch.ingest.poll;

import static io.newswatch.ingest.testing.LocalHttpServer.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newswatch.common.Ids;
import io.newswatch.common.model.Article;
import io.newswatch.common.model.Language;
import io.newswatch.common.model.Source;
import io.newswatch.ingest.IngestMetrics;
import io.newswatch.ingest.extract.ArticleExtractor;
import io.newswatch.ingest.extract.ExtractedArticle;
import io.newswatch.ingest.extract.ExtractionException;
import io.newswatch.ingest.fetch.FetchSettings;
import io.newswatch.ingest.fetch.Fetcher;
import io.newswatch.ingest.fetch.Outcome;
import io.newswatch.ingest.testing.LocalHttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FeedPollerTest {
  private LocalHttpServer server;
  private Fetcher fetcher;
  private IngestMetrics metrics;
  private FeedPoller poller;
  private Source source;

  static String page(String title, String body) {
    return "<html lang=en><head><title>" + title + "</title></head><body><nav><a href='/'>Home</a></nav><article><h1>" + title
        + "</h1><p>Photo: Tanjug</p><p>" + body + " The Russian ambassador said that Serbia can rely on Russia, and he added that Moscow coordinates with Belgrade.</p>"
        + "<p>According to the diplomat, the solution must be based on international law and UNSC Resolution 1244, he stressed.</p></article></body></html>";
  }

  static String rss(String base, String... links) {
    StringBuilder items = new StringBuilder();
    int n = 0;
    for (String link : links) {
      n++;
      items.append("<item><title>Item ").append(n).append("</title><link>").append(link.startsWith("http") ? link : base + link)
          .append("?utm_source=rss</link><pubDate>Mon, 02 Mar 2026 10:0").append(n).append(":00 GMT</pubDate></item>");
    }
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>T</title>" + items + "</channel></rss>";
  }

  @BeforeEach
  void start() throws IOException {
    server = new LocalHttpServer();
    fetcher = new Fetcher(FetchSettings.defaults().withHostMinDelay(Duration.ZERO).withMaxBytes(1024 * 1024));
    metrics = new IngestMetrics(new SimpleMeterRegistry());
    poller = new FeedPoller(fetcher, metrics, 100, 50);
    String base = server.base();
    server.handle("/a1.html", ex -> send(ex, 200, "text/html; charset=utf-8", page("First story", "First.")));
    server.handle("/a2.html", ex -> send(ex, 200, "text/html; charset=utf-8", page("Second story", "Second.")));
    server.handle("/good.xml", ex -> {
      if ("\"g1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
        send(ex, 304, null, "");
        return;
      }
      ex.getResponseHeaders().set("ETag", "\"g1\"");
      send(ex, 200, "application/rss+xml", rss(base, "/a1.html", "/a2.html", "/a1.html?utm_medium=other"));
    });
    server.handle("/xxe.xml", ex -> send(ex, 200, "application/rss+xml",
        "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><rss version=\"2.0\"><channel><title>&x;</title></channel></rss>"));
    server.handle("/lol.xml", ex -> send(ex, 200, "application/rss+xml",
        "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]><rss version=\"2.0\"><channel><title>&c;</title></channel></rss>"));
    server.handle("/bomb.xml", ex -> {
      ex.getResponseHeaders().set("Content-Encoding", "gzip");
      send(ex, 200, "application/rss+xml", gzipZeros(32 * 1024 * 1024));
    });
    server.handle("/offhost.xml", ex -> send(ex, 200, "application/rss+xml",
        rss(base, "http://169.254.169.254/latest/meta-data/", "http://10.0.0.5/internal", "/a2.html")));
    server.handle("/pdf.xml", ex -> send(ex, 200, "application/rss+xml", rss(base, "/doc.pdf")));
    server.handle("/doc.pdf", ex -> send(ex, 200, "application/pdf", new byte[] {'%', 'P', 'D', 'F', 0, 1, 2}));
    source = new Source(1, "test-src", "Test", "test", "RS", Language.EN,
        List.of(server.url("/good.xml"), server.url("/xxe.xml"), server.url("/lol.xml"), server.url("/bomb.xml"),
            server.url("/offhost.xml"), server.url("/pdf.xml")),
        List.of(), List.of(), null);
  }

  @AfterEach
  void stop() {
    fetcher.close();
    server.close();
  }

  @Test
  void goodFeedGivesArticlesOnceAnd304CostsNoParse() throws Exception {
    PollResult first = poller.poll(source, server.url("/good.xml"), null, ArticleClaims.NONE);
    assertEquals(Outcome.OK, first.outcome());
    assertEquals(2, first.articles().size(), "the same article through two links is one");
    Article a = first.articles().getFirst();
    assertEquals(server.url("/a1.html"), a.url());
    assertEquals(Ids.hash(server.url("/a1.html")), a.id());
    assertEquals("First story", a.title());
    assertTrue(a.text().startsWith("First. The Russian ambassador"), a.text());
    assertTrue(!a.text().contains("Photo:") && !a.text().contains("Home"));
    assertEquals(1.0, metrics.total(IngestMetrics.FEED_PARSES));

    PollResult second = poller.poll(source, server.url("/good.xml"), first.state(), ArticleClaims.NONE);
    assertEquals(Outcome.NOT_MODIFIED, second.outcome());
    assertEquals(1.0, metrics.total(IngestMetrics.FEED_PARSES), "a 304 is not parsed");
    assertEquals(first.state().seenItems(), second.state().seenItems());

    // Same feed content without validators: nothing new, because the items are remembered.
    var noValidators = new io.newswatch.common.model.FeedState(0, first.state().feedUrl(), "test-src", null, null,
        first.state().seenItems(), first.state().lastSuccessAt(), 0, first.state().updatedAt());
    PollResult third = poller.poll(source, server.url("/good.xml"), noValidators, ArticleClaims.NONE);
    assertEquals(Outcome.OK, third.outcome());
    assertEquals(0, third.articles().size());
    assertEquals(1, server.hits("/a1.html"), "an article page is fetched once");
  }

  @Test
  void hostileFeedsAreRefusedAndTheNextFeedStillFlows() throws Exception {
    assertEquals(Outcome.PARSE_ERROR, poller.poll(source, server.url("/xxe.xml"), null, ArticleClaims.NONE).outcome());
    assertEquals(Outcome.PARSE_ERROR, poller.poll(source, server.url("/lol.xml"), null, ArticleClaims.NONE).outcome());
    PollResult bomb = poller.poll(source, server.url("/bomb.xml"), null, ArticleClaims.NONE);
    assertEquals(Outcome.TOO_LARGE, bomb.outcome());
    assertEquals(1, bomb.state().consecutiveFailures());
    assertEquals("too_large", bomb.errors().getFirst().outcome());

    PollResult offHost = poller.poll(source, server.url("/offhost.xml"), null, ArticleClaims.NONE);
    assertEquals(Outcome.OK, offHost.outcome());
    assertEquals(1, offHost.articles().size(), "the on-host link still flows");
    assertEquals(2, offHost.errors().stream().filter(e -> e.outcome().equals("off_host")).count());
    assertEquals(2.0, metrics.total(IngestMetrics.FETCHES, "outcome", "off_host"));
    // refused links are remembered as done, so they are not retried on every poll
    PollResult again = poller.poll(source, server.url("/offhost.xml"), offHost.state(), ArticleClaims.NONE);
    assertEquals(0, again.errors().size());

    PollResult pdf = poller.poll(source, server.url("/pdf.xml"), null, ArticleClaims.NONE);
    assertEquals("not_text", pdf.errors().getFirst().outcome());

    PollResult good = poller.poll(source, server.url("/good.xml"), null, ArticleClaims.NONE);
    assertEquals(2, good.articles().size());
  }

  /** A feed whose items carry their full text (Serbian, with repeated words), long enough to need no page fetch. */
  static String fullTextRss(String base, int items) {
    StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\""
        + " xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>T</title>");
    for (int n = 1; n <= items; n++) {
      StringBuilder paragraphs = new StringBuilder();
      for (int p = 1; p <= 4; p++) {
        paragraphs.append("<p>Ministar je rekao da se razgovori u Beogradu nastavljaju i sutra, dan ").append(n)
            .append(", runda ").append(p).append(", a da se stav Srbije o razgovorima ne menja od danas do sutra.</p>");
      }
      out.append("<item><title>Talks ").append(n).append("</title><link>").append(base).append("/talks-").append(n)
          .append(".html</link><pubDate>Mon, 02 Mar 2026 10:0").append(n).append(":00 GMT</pubDate><content:encoded><![CDATA[")
          .append(paragraphs).append("]]></content:encoded></item>");
    }
    return out.append("</channel></rss>").toString();
  }

  @Test
  void feedContentWithRepeatedWordsGivesEveryArticle() throws Exception {
    server.handle("/full.xml", ex -> send(ex, 200, "application/rss+xml", fullTextRss(server.base(), 3)));
    PollResult result = poller.poll(source, server.url("/full.xml"), null, ArticleClaims.NONE);
    assertEquals(Outcome.OK, result.outcome());
    assertEquals(3, result.articles().size(), result.errors().toString());
    assertEquals(List.of(), result.errors());
    assertEquals(Language.SR_LATN, result.articles().getFirst().language());
    assertEquals(0, server.hits("/talks-1.html"), "the feed's own text needs no page fetch");
  }

  @Test
  void anUnexpectedFailureOnOneItemCostsThatItemOnly() throws Exception {
    ArticleExtractor failsOnBoom = new ArticleExtractor() {
      @Override
      public ExtractedArticle extract(byte[] html, String url, String charsetHint) throws ExtractionException {
        if (url.contains("/boom.html")) {
          throw new IllegalStateException("bug in the extractor");
        }
        return super.extract(html, url, charsetHint);
      }
    };
    FeedPoller fragile = new FeedPoller(fetcher, metrics, 100, 50, failsOnBoom);
    server.handle("/boom.html", ex -> send(ex, 200, "text/html; charset=utf-8", page("Boom", "Boom.")));
    server.handle("/mixed.xml", ex -> send(ex, 200, "application/rss+xml", rss(server.base(), "/a1.html", "/boom.html", "/a2.html")));

    PollResult result = fragile.poll(source, server.url("/mixed.xml"), null, ArticleClaims.NONE);
    assertEquals(Outcome.OK, result.outcome());
    assertEquals(List.of("First story", "Second story"), result.articles().stream().map(Article::title).toList());
    assertEquals(1, result.errors().size());
    ErrorRecord error = result.errors().getFirst();
    assertEquals("unexpected_error", error.outcome());
    assertEquals(server.url("/boom.html") + "?utm_source=rss", error.url());
    assertTrue(error.reason().contains("IllegalStateException: bug in the extractor"), error.reason());
    assertEquals(1.0, metrics.total(IngestMetrics.EXTRACTION_FAILURES, "outcome", "unexpected_error"));

    // The failed item is settled: the next poll neither fetches it again nor records it again.
    PollResult again = fragile.poll(source, server.url("/mixed.xml"), result.state(), ArticleClaims.NONE);
    assertEquals(0, again.articles().size());
    assertEquals(0, again.errors().size());
    assertEquals(1, server.hits("/boom.html"));
  }

  @Test
  void aUtf16FeedWithoutByteOrderMarkIsTextNotBinary() throws Exception {
    String xml = rss(server.base(), "/a1.html", "/a2.html").replace("encoding=\"utf-8\"", "encoding=\"utf-16\"");
    server.handle("/utf16.xml", ex -> send(ex, 200, "application/rss+xml", xml.getBytes(java.nio.charset.StandardCharsets.UTF_16LE)));
    PollResult result = poller.poll(source, server.url("/utf16.xml"), null, ArticleClaims.NONE);
    assertEquals(Outcome.OK, result.outcome(), result.errors().toString());
    assertEquals(2, result.articles().size());
  }

  private static byte[] gzipZeros(int size) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      byte[] chunk = new byte[64 * 1024];
      for (int i = 0; i < size; i += chunk.length) {
        gz.write(chunk);
      }
    }
    return out.toByteArray();
  }
}
