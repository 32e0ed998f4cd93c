package io.newswatch.ingest;

import static io.newswatch.ingest.testing.LocalHttpServer.send;

import io.newswatch.ingest.testing.LocalHttpServer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Feeds on a local server whose item count a test raises to make news happen. */
final class TestFeeds {
  private final LocalHttpServer server;
  private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
  private final Map<String, String> sameItemsAs = new ConcurrentHashMap<>();

  TestFeeds(LocalHttpServer server) {
    this.server = server;
    server.handle("/art/", ex -> {
      String path = ex.getRequestURI().getPath();
      send(ex, 200, "text/html; charset=utf-8", "<html lang=en><head><title>Story " + path + "</title></head><body><article><h1>Story "
          + path + "</h1><p>Photo: Tanjug</p><p>Story " + path + ": the Russian ambassador said that Serbia can rely on Russia, and he added that"
          + " Moscow coordinates its position with Belgrade.</p></article></body></html>");
    });
    server.handle("/feed/", ex -> {
      String name = ex.getRequestURI().getPath().substring("/feed/".length()).replace(".xml", "");
      String items = sameItemsAs.getOrDefault(name, name);
      int n = counts.computeIfAbsent(items, k -> new AtomicInteger()).get();
      String etag = "\"" + name + "-" + n + "\"";
      if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
        send(ex, 304, null, "");
        return;
      }
      StringBuilder listed = new StringBuilder();
      for (int i = n; i >= 1; i--) {
        listed.append("<item><title>Item ").append(i).append("</title><link>").append(server.url("/art/" + items + "-" + i))
            .append("</link><guid>").append(items).append('-').append(i).append("</guid></item>");
      }
      ex.getResponseHeaders().set("ETag", etag);
      send(ex, 200, "application/rss+xml", "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>"
          + name + "</title>" + listed + "</channel></rss>");
    });
  }

  void setItems(String feed, int count) {
    counts.computeIfAbsent(feed, k -> new AtomicInteger()).set(count);
  }

  /** Makes {@code feed} list the items of {@code other}: the same articles through a second feed. */
  void listSameItems(String feed, String other) {
    sameItemsAs.put(feed, other);
  }

  String catalogue(String prefix, int sources) {
    StringBuilder yaml = new StringBuilder("sources:\n");
    for (int i = 0; i < sources; i++) {
      yaml.append("  - id: ").append(prefix).append('-').append(i).append('\n')
          .append("    language: en\n")
          .append("    feeds:\n      - \"{{BASE}}/feed/").append(prefix).append('-').append(i).append(".xml\"\n");
    }
    return yaml.toString();
  }
}
