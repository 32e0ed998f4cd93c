package io.newswatch.ingest.fetch;

import static io.newswatch.ingest.testing.LocalHttpServer.send;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswatch.ingest.testing.LocalHttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FetcherTest {
  private LocalHttpServer server;
  private Fetcher fetcher;
  private HostPolicy policy;
  private final CountDownLatch release = new CountDownLatch(1);

  @BeforeEach
  void start() throws IOException {
    server = new LocalHttpServer();
    fetcher = new Fetcher(FetchSettings.defaults().withHostMinDelay(Duration.ZERO).withReadTimeout(Duration.ofSeconds(2)).withMaxBytes(1024 * 1024));
    policy = HostPolicy.trusting(List.of(server.base() + "/feed.xml"));
  }

  @AfterEach
  void stop() {
    release.countDown();
    fetcher.close();
    server.close();
  }

  private FetchResult get(String path) throws Exception {
    return fetcher.fetch(URI.create(server.url(path)), policy);
  }

  private Outcome failure(String path) {
    return assertThrows(FetchException.class, () -> get(path)).outcome();
  }

  @Test
  void conditionalGetIsAnsweredWith304() throws Exception {
    server.handle("/feed.xml", ex -> {
      if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
        send(ex, 304, null, "");
      } else {
        ex.getResponseHeaders().set("ETag", "\"v1\"");
        ex.getResponseHeaders().set("Last-Modified", "Mon, 02 Mar 2026 10:00:00 GMT");
        send(ex, 200, "application/rss+xml", "<rss/>");
      }
    });
    FetchResult first = get("/feed.xml");
    assertEquals(200, first.status());
    assertEquals("\"v1\"", first.etag());
    FetchResult second = fetcher.fetch(URI.create(server.url("/feed.xml")), policy, first.etag(), first.lastModified());
    assertTrue(second.notModified());
    assertEquals(0, second.body().length);
    assertEquals("\"v1\"", second.etag());
    assertEquals("Mon, 02 Mar 2026 10:00:00 GMT", server.requests().getLast().get("if-modified-since"));
  }

  @Test
  void gzipAndDeflateBodiesAreDecoded() throws Exception {
    byte[] plain = "<rss>Привет</rss>".getBytes(StandardCharsets.UTF_8);
    server.handle("/gz", ex -> {
      ex.getResponseHeaders().set("Content-Encoding", "gzip");
      send(ex, 200, "text/xml", gzip(plain, 0));
    });
    assertArrayEquals(plain, get("/gz").body());
  }

  @Test
  void retryAfterOn429IsHonoured() throws Exception {
    server.handle("/limited", ex -> {
      if (server.hits("/limited") == 1) {
        ex.getResponseHeaders().set("Retry-After", "1");
        send(ex, 429, "text/plain", "slow down");
      } else {
        send(ex, 200, "text/plain", "ok");
      }
    });
    FetchException limited = assertThrows(FetchException.class, () -> get("/limited"));
    assertEquals(Outcome.RATE_LIMITED, limited.outcome());
    assertNotNull(limited.retryAt());
    // Asked again before Retry-After has passed: refused locally, the server is not bothered.
    FetchException early = assertThrows(FetchException.class, () -> get("/limited"));
    assertEquals(Outcome.BACKED_OFF, early.outcome());
    assertEquals(1, server.hits("/limited"));
    assertNotNull(fetcher.backedOffUntil(URI.create(server.url("/limited"))));
    await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> get("/limited").status() == 200);
    assertEquals(2, server.hits("/limited"));
  }

  @Test
  void robotsDisallowIsHonoured() {
    server.handle("/robots.txt", ex -> send(ex, 200, "text/plain", "User-agent: *\nDisallow: /private/\n"));
    server.handle("/private/", ex -> send(ex, 200, "text/html", "<p>secret</p>"));
    assertEquals(Outcome.ROBOTS_DISALLOWED, failure("/private/page.html"));
    assertEquals(0, server.hits("/private/page.html"));
  }

  @Test
  void redirectLoopsStopAndLongChainsAreCut() throws Exception {
    server.handle("/a", ex -> { ex.getResponseHeaders().set("Location", "/b"); send(ex, 302, null, ""); });
    server.handle("/b", ex -> { ex.getResponseHeaders().set("Location", "/a"); send(ex, 301, null, ""); });
    assertEquals(Outcome.REDIRECT_LOOP, failure("/a"));
    server.handle("/chain", ex -> {
      int n = Integer.parseInt(ex.getRequestURI().getPath().substring("/chain".length()).isEmpty() ? "0" : ex.getRequestURI().getPath().substring("/chain/".length()));
      ex.getResponseHeaders().set("Location", "/chain/" + (n + 1));
      send(ex, 307, null, "");
    });
    assertEquals(Outcome.TOO_MANY_REDIRECTS, failure("/chain"));
    server.handle("/moved", ex -> { ex.getResponseHeaders().set("Location", "/target"); send(ex, 308, null, ""); });
    server.handle("/target", ex -> send(ex, 200, "text/plain", "here"));
    FetchResult moved = get("/moved");
    assertEquals(server.url("/target"), moved.url().toString());
  }

  @Test
  void redirectOffTheSourcesHostsIsRefused() {
    server.handle("/away", ex -> { ex.getResponseHeaders().set("Location", "http://169.254.169.254/latest/meta-data/"); send(ex, 302, null, ""); });
    assertEquals(Outcome.OFF_HOST, failure("/away"));
  }

  @Test
  void slowServerTimesOut() {
    server.handle("/slow", ex -> {
      ex.sendResponseHeaders(200, 0);
      ex.getResponseBody().write("<rss>".getBytes(StandardCharsets.US_ASCII));
      ex.getResponseBody().flush();
      try {
        release.await(); // holds the body open until the test ends
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    assertEquals(Outcome.TIMEOUT, failure("/slow"));
  }

  @Test
  void gzipBombStopsAtTheCap() throws Exception {
    byte[] bomb = gzip(new byte[0], 64 * 1024 * 1024); // 64 MiB of zeros, about 64 KiB compressed
    assertTrue(bomb.length < 1024 * 1024);
    server.handle("/bomb", ex -> {
      ex.getResponseHeaders().set("Content-Encoding", "gzip");
      send(ex, 200, "application/rss+xml", bomb);
    });
    assertEquals(Outcome.TOO_LARGE, failure("/bomb"));
  }

  @Test
  void oversizedBodyIsRefused() {
    server.handle("/big", ex -> send(ex, 200, "text/html", new byte[2 * 1024 * 1024]));
    assertEquals(Outcome.TOO_LARGE, failure("/big"));
  }

  @Test
  void statusClassesAreReported() {
    server.handle("/gone", ex -> send(ex, 404, "text/plain", "no"));
    server.handle("/broken", ex -> send(ex, 500, "text/plain", "no"));
    FetchException gone = assertThrows(FetchException.class, () -> get("/gone"));
    assertEquals(Outcome.HTTP_4XX, gone.outcome());
    assertEquals(404, gone.status());
    assertEquals(Outcome.HTTP_5XX, failure("/broken"));
  }

  @Test
  void linksOffTheSourcesHostsAreNeverFetched() {
    for (String url : List.of(
        "http://169.254.169.254/latest/meta-data/",
        "http://10.0.0.7/",
        "http://localhost:" + URI.create(server.base()).getPort() + "/feed.xml",
        "http://127.0.0.1:1/feed.xml",
        "http://example.org/news",
        "file:///etc/passwd")) {
      FetchException refused = assertThrows(FetchException.class, () -> fetcher.fetch(URI.create(url), policy));
      assertTrue(refused.outcome() == Outcome.OFF_HOST || refused.outcome() == Outcome.BAD_URL, url + " -> " + refused.outcome());
    }
  }

  @Test
  void unreachablePortIsAConnectFailure() {
    HostPolicy closed = HostPolicy.trusting(List.of("http://127.0.0.1:1/"));
    FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(URI.create("http://127.0.0.1:1/x"), closed));
    assertEquals(Outcome.CONNECT, e.outcome());
  }

  static byte[] gzip(byte[] prefix, int zeros) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(prefix);
      byte[] chunk = new byte[64 * 1024];
      for (int written = 0; written < zeros; written += chunk.length) {
        gz.write(chunk);
      }
    }
    return out.toByteArray();
  }
}
