package io.newswatch.systemtests;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local outlet on com.sun.net.httpserver: RSS feeds whose item count a test raises to make news
 * happen, their article pages, and whatever misbehaving handlers a test adds. Each request runs on
 * a virtual thread of its own, so a handler that hangs holds up nobody else.
 */
final class FeedServer implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
  private final Map<String, AtomicInteger> items = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  private final Set<String> articlesServed = ConcurrentHashMap.newKeySet();

  FeedServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(executor);
    server.createContext("/", exchange -> {
      count(exchange);
      send(exchange, 404, "text/plain", "not here");
    });
    server.createContext("/feed/", exchange -> {
      count(exchange);
      String name = exchange.getRequestURI().getPath().substring("/feed/".length()).replace(".xml", "");
      int n = items.computeIfAbsent(name, k -> new AtomicInteger()).get();
      String etag = "\"" + name + "-" + n + "\"";
      if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
        exchange.sendResponseHeaders(304, -1);
        exchange.close();
        return;
      }
      StringBuilder rss = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>")
          .append(name).append("</title>");
      for (int i = n; i >= 1; i--) {
        rss.append("<item><title>").append(name).append(" story ").append(i).append("</title><link>")
            .append(url("/art/" + name + "-" + i)).append("</link><guid>").append(name).append('-').append(i)
            .append("</guid></item>");
      }
      exchange.getResponseHeaders().set("ETag", etag);
      send(exchange, 200, "application/rss+xml; charset=utf-8", rss.append("</channel></rss>").toString());
    });
    server.createContext("/art/", exchange -> {
      count(exchange);
      String slug = exchange.getRequestURI().getPath().substring("/art/".length());
      articlesServed.add(slug);
      send(exchange, 200, "text/html; charset=utf-8",
          "<html lang=\"en\"><head><title>Story " + slug + "</title></head><body><article><h1>Story " + slug
              + "</h1><p>Story " + slug + ": the Russian ambassador said that Serbia can rely on Russia, and he"
              + " added that Moscow coordinates its position on Kosovo with Belgrade in the Security Council.</p>"
              + "<p>The talks will continue next week in Belgrade, the embassy said in a statement.</p>"
              + "</article></body></html>");
    });
    server.start();
  }

  /** Adds a handler of a test's own under a path prefix. */
  void handle(String prefix, HttpHandler handler) {
    server.createContext(prefix, exchange -> {
      count(exchange);
      handler.handle(exchange);
    });
  }

  String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  String url(String path) {
    return base() + path;
  }

  /** Sets how many items the feed {@code /feed/<name>.xml} lists. */
  void setItems(String feed, int count) {
    items.computeIfAbsent(feed, k -> new AtomicInteger()).set(count);
  }

  int items(String feed) {
    return items.computeIfAbsent(feed, k -> new AtomicInteger()).get();
  }

  /** Requests for exactly this path so far. */
  int hits(String path) {
    AtomicInteger n = hits.get(path);
    return n == null ? 0 : n.get();
  }

  /** Slugs of the article pages served so far ({@code <feed>-<n>}). */
  Set<String> articlesServed() {
    return Set.copyOf(articlesServed);
  }

  private void count(HttpExchange exchange) {
    hits.computeIfAbsent(exchange.getRequestURI().getPath(), k -> new AtomicInteger()).incrementAndGet();
  }

  static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
    send(exchange, status, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
    if (contentType != null) {
      exchange.getResponseHeaders().set("Content-Type", contentType);
    }
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /** A catalogue YAML with one English source per feed name, polled at the service's interval. */
  static String catalogue(String... sourcesAndFeedUrls) {
    StringBuilder yaml = new StringBuilder("sources:\n");
    for (int i = 0; i < sourcesAndFeedUrls.length; i += 2) {
      yaml.append("  - id: ").append(sourcesAndFeedUrls[i]).append('\n')
          .append("    language: en\n")
          .append("    feeds: [\"").append(sourcesAndFeedUrls[i + 1]).append("\"]\n");
    }
    return yaml.toString();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
