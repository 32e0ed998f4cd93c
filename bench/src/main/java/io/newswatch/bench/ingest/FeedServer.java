package io.newswatch.bench.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

/**
 * The ingest benchmark's feed server, run as its own process so that the benchmark's CPU time is
 * the polling side's alone. Serves {@code /feed/<n>.xml}: an RSS 2.0 feed of 20 items with an
 * ETag, and a 304 to a request that presents it. Prints its port on the first line of stdout and
 * serves until stdin closes (so it dies with the benchmark, however that ends).
 */
public final class FeedServer {
  static final String ETAG = "\"v1\"";
  /** The guid of the first item, which the benchmark marks as seen so that no article is fetched. */
  static final String FIRST_GUID = "g1";

  private FeedServer() {}

  public static void main(String[] args) throws IOException {
    StringBuilder items = new StringBuilder();
    for (int i = 1; i <= 20; i++) {
      // Every item shares the first guid: the poll parses all 20 and finds each already seen.
      items.append("<item><title>Item ").append(i).append("</title><link>/a/").append(i)
          .append("</link><guid>").append(FIRST_GUID).append("</guid></item>");
    }
    byte[] feed = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Bench feed</title>"
        + items + "</channel></rss>").getBytes(StandardCharsets.UTF_8);
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext("/feed/", exchange -> serve(exchange, feed));
    server.start();
    System.out.println(server.getAddress().getPort());
    System.out.flush();
    while (System.in.read() >= 0) {
      // block until the parent closes our stdin or dies
    }
    server.stop(0);
    System.exit(0);
  }

  private static void serve(HttpExchange exchange, byte[] feed) throws IOException {
    try (exchange) {
      exchange.getRequestBody().readAllBytes();
      if (ETAG.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
        exchange.sendResponseHeaders(304, -1);
        return;
      }
      exchange.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=utf-8");
      exchange.getResponseHeaders().set("ETag", ETAG);
      exchange.sendResponseHeaders(200, feed.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(feed);
      }
    }
  }
}
