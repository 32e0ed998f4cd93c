package io.newswatch.common.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The small HTTP server of each service: {@code /metrics} for Prometheus, {@code /health/live}
 * (the process answers) and {@code /health/ready} (the service does its work: Kafka reachable,
 * streams running). Services may add their own endpoints.
 */
public final class ServiceHttpServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ServiceHttpServer.class);

  private final HttpServer server;
  private final ExecutorService executor;
  private final String service;

  private ServiceHttpServer(HttpServer server, ExecutorService executor, String service) {
    this.server = server;
    this.executor = executor;
    this.service = service;
  }

  /**
   * Starts serving on {@code host:port} (port 0 picks a free one).
   *
   * @param ready what {@code /health/ready} reports
   */
  public static ServiceHttpServer start(
      String service, String host, int port, PrometheusMeterRegistry registry, BooleanSupplier ready)
      throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 64);
    // Virtual threads: a slow scraper or a long-lived event stream never starves the others.
    ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    server.setExecutor(executor);
    server.createContext(
        "/metrics",
        exchange -> {
          if (!allowGet(exchange)) {
            return;
          }
          respond(exchange, 200, "text/plain; version=0.0.4; charset=utf-8", registry.scrape());
        });
    server.createContext(
        "/health/live",
        exchange -> {
          if (allowGet(exchange)) {
            respond(exchange, 200, "application/json", "{\"status\":\"UP\"}");
          }
        });
    server.createContext(
        "/health/ready",
        exchange -> {
          if (!allowGet(exchange)) {
            return;
          }
          boolean isReady;
          try {
            isReady = ready.getAsBoolean();
          } catch (RuntimeException e) {
            isReady = false;
          }
          respond(
              exchange,
              isReady ? 200 : 503,
              "application/json",
              isReady ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\"}");
        });
    server.start();
    LOG.info("{}: metrics and health on http://{}:{}/", service, host, server.getAddress().getPort());
    return new ServiceHttpServer(server, executor, service);
  }

  /** Adds an endpoint, e.g. the alert service's {@code /alerts}. */
  public void addHandler(String path, HttpHandler handler) {
    server.createContext(path, handler);
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public String service() {
    return service;
  }

  /** Writes a whole response and closes the exchange. */
  public static void respond(HttpExchange exchange, int status, String contentType, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", contentType);
    boolean head = "HEAD".equals(exchange.getRequestMethod());
    exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
    if (!head) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
    exchange.close();
  }

  private static boolean allowGet(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    if ("GET".equals(method) || "HEAD".equals(method)) {
      return true;
    }
    exchange.getResponseHeaders().set("Allow", "GET, HEAD");
    respond(exchange, 405, "text/plain", "method not allowed\n");
    return false;
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
