package io.newswatch.alert;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.sun.net.httpserver.HttpExchange;
import io.newswatch.common.http.ServiceHttpServer;
import io.newswatch.common.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code GET /alerts?watch=<id>&limit=<n>}: the latest committed alerts, newest first, each with
 * its echoes; {@code GET /alerts/stream?watch=<id>}: server-sent events, {@code alert} and {@code
 * echo}, as they are committed.
 */
final class AlertEndpoints {
  private static final int DEFAULT_LIMIT = 50;
  private static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

  private final AlertFeed feed;
  private final int maxLimit;

  AlertEndpoints(AlertFeed feed, int maxLimit) {
    this.feed = feed;
    this.maxLimit = maxLimit;
  }

  void register(ServiceHttpServer server) {
    server.addHandler("/alerts", this::latest);
    server.addHandler("/alerts/stream", this::stream);
  }

  void latest(HttpExchange exchange) throws IOException {
    if (!get(exchange)) {
      return;
    }
    if (!exchange.getRequestURI().getPath().equals("/alerts")) {
      ServiceHttpServer.respond(exchange, 404, "text/plain; charset=utf-8", "not found\n");
      return;
    }
    Map<String, String> query = query(exchange);
    int limit;
    try {
      limit = query.containsKey("limit") ? Integer.parseInt(query.get("limit")) : DEFAULT_LIMIT;
    } catch (NumberFormatException e) {
      limit = -1;
    }
    if (limit < 1 || limit > maxLimit) {
      ServiceHttpServer.respond(
          exchange, 400, "text/plain; charset=utf-8", "limit must be a whole number from 1 to " + maxLimit + "\n");
      return;
    }
    ArrayNode body = Json.mapper().createArrayNode();
    for (RecentAlerts.Recent recent : feed.latest(query.get("watch"), limit)) {
      body.add(AlertJson.withEchoes(recent.alert(), recent.echoes(), recent.echoCount()));
    }
    ServiceHttpServer.respond(exchange, 200, "application/json", body.toString());
  }

  void stream(HttpExchange exchange) throws IOException {
    if (!get(exchange)) {
      return;
    }
    String watch = query(exchange).get("watch");
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-cache");
    exchange.sendResponseHeaders(200, 0);
    try (AlertFeed.Subscription subscription = feed.subscribe();
        OutputStream out = exchange.getResponseBody()) {
      write(out, ": newswatch alert stream\n\n");
      while (true) {
        AlertFeed.Event event = subscription.next(KEEP_ALIVE);
        if (event == null) {
          write(out, ": keep-alive\n\n");
        } else if (watch == null || watch.equals(event.watchId())) {
          write(out, "event: " + event.type() + "\nid: " + event.id() + "\ndata: " + Json.write(event.payload()) + "\n\n");
        }
      }
    } catch (IOException | IllegalStateException e) {
      // The client went away, or the feed closed the stream: either way this stream is over.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      exchange.close();
    }
  }

  private static void write(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  private static boolean get(HttpExchange exchange) throws IOException {
    if ("GET".equals(exchange.getRequestMethod())) {
      return true;
    }
    exchange.getResponseHeaders().set("Allow", "GET");
    ServiceHttpServer.respond(exchange, 405, "text/plain; charset=utf-8", "method not allowed\n");
    return false;
  }

  static Map<String, String> query(HttpExchange exchange) {
    Map<String, String> params = new HashMap<>();
    String raw = exchange.getRequestURI().getRawQuery();
    if (raw == null || raw.isEmpty()) {
      return params;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      if (!value.isEmpty()) {
        params.put(key, value);
      }
    }
    return params;
  }
}
