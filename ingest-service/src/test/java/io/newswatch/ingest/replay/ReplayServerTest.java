package io.newswatch.ingest.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswatch.ingest.feed.FeedParser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayServerTest {
  private static final Charset CP1251 = Charset.forName("windows-1251");

  @Test
  void servesSamplesWithBaseReplacedReleasedItemsAndValidators(@TempDir Path dir) throws Exception {
    StringBuilder items = new StringBuilder();
    for (int day = 5; day >= 1; day--) {
      items.append("<item><title>Вести ").append(day).append("</title><link>{{BASE}}/a/").append(day)
          .append(".html</link><pubDate>Mon, 0").append(day).append(" Mar 2026 10:00:00 GMT</pubDate></item>");
    }
    Files.write(dir.resolve("feed.xml"), ("<?xml version=\"1.0\" encoding=\"windows-1251\"?><rss version=\"2.0\"><channel><title>Т</title>"
        + items + "</channel></rss>").getBytes(CP1251));
    Files.writeString(dir.resolve("page.html"), "<a href=\"{{BASE}}/x\">x</a>");
    try (ReplayServer replay = ReplayServer.start(dir, 0, 2, Duration.ofDays(1));
        HttpClient client = HttpClient.newHttpClient()) {
      HttpResponse<byte[]> feed = client.send(HttpRequest.newBuilder(URI.create(replay.baseUrl() + "/feed.xml")).build(),
          HttpResponse.BodyHandlers.ofByteArray());
      assertEquals(200, feed.statusCode());
      var parsed = new FeedParser().parse(feed.body(), feed.headers().firstValue("Content-Type").orElse(null), replay.baseUrl());
      assertEquals(2, parsed.items().size(), "only the oldest items are released at first");
      assertEquals(replay.baseUrl() + "/a/1.html", parsed.items().get(1).link());
      assertEquals("Вести 2", parsed.items().get(0).title());

      String etag = feed.headers().firstValue("ETag").orElseThrow();
      String lastModified = feed.headers().firstValue("Last-Modified").orElseThrow();
      assertEquals(304, client.send(HttpRequest.newBuilder(URI.create(replay.baseUrl() + "/feed.xml")).header("If-None-Match", etag).build(),
          HttpResponse.BodyHandlers.discarding()).statusCode());
      assertEquals(304, client.send(HttpRequest.newBuilder(URI.create(replay.baseUrl() + "/feed.xml")).header("If-Modified-Since", lastModified).build(),
          HttpResponse.BodyHandlers.discarding()).statusCode());

      String page = client.send(HttpRequest.newBuilder(URI.create(replay.baseUrl() + "/page.html")).build(), HttpResponse.BodyHandlers.ofString()).body();
      assertEquals("<a href=\"" + replay.baseUrl() + "/x\">x</a>", page);
      assertEquals(404, client.send(HttpRequest.newBuilder(URI.create(replay.baseUrl() + "/../../etc/passwd")).build(),
          HttpResponse.BodyHandlers.discarding()).statusCode());
    }
  }

  @Test
  void releasesEverythingWhenTheStepIsZero(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("f.xml"), "<rss version=\"2.0\"><channel><title>t</title>"
        + "<item><title>a</title><link>{{BASE}}/1</link></item>".repeat(4) + "</channel></rss>");
    try (ReplayServer replay = ReplayServer.start(dir, 0, 1, Duration.ZERO); HttpClient client = HttpClient.newHttpClient()) {
      String body = client.send(HttpRequest.newBuilder(URI.create(replay.baseUrl() + "/f.xml")).build(), HttpResponse.BodyHandlers.ofString()).body();
      assertEquals(4, body.split("<item>").length - 1);
      assertFalse(body.contains("{{BASE}}"));
      assertTrue(body.contains(replay.baseUrl()));
    }
  }

  @Test
  void releasesItemsOnOneTimelineAcrossFeeds(@TempDir Path dir) throws Exception {
    // The original (day 1) is in feed a, its reprints (days 2 and 4) in feed b, another story in a.
    Files.writeString(dir.resolve("a.xml"), feed(1, 3));
    Files.writeString(dir.resolve("b.xml"), feed(2, 4));
    try (ReplayServer replay = ReplayServer.start(dir, 0, 2, Duration.ofDays(1));
        HttpClient client = HttpClient.newHttpClient()) {
      String a = client.send(HttpRequest.newBuilder(URI.create(replay.baseUrl() + "/a.xml")).build(),
          HttpResponse.BodyHandlers.ofString()).body();
      String b = client.send(HttpRequest.newBuilder(URI.create(replay.baseUrl() + "/b.xml")).build(),
          HttpResponse.BodyHandlers.ofString()).body();
      assertTrue(a.contains("day 1") && !a.contains("day 3"), a);
      assertTrue(b.contains("day 2") && !b.contains("day 4"), b);
    }
  }

  private static String feed(int... days) {
    StringBuilder items = new StringBuilder();
    for (int day : days) {
      items.append("<item><title>day ").append(day).append("</title><link>{{BASE}}/").append(day)
          .append("</link><pubDate>Mon, 0").append(day).append(" Mar 2026 10:00:00 GMT</pubDate></item>");
    }
    return "<rss version=\"2.0\"><channel><title>t</title>" + items + "</channel></rss>";
  }
}
