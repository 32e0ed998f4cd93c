package io.newswatch.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against a real local HTTP server that fails the first requests. */
class WebhookSenderTest {
  private HttpServer server;
  private final AtomicInteger failuresLeft = new AtomicInteger();
  private final AtomicInteger failStatus = new AtomicInteger(503);
  private final List<String> received = new CopyOnWriteArrayList<>();
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/hook",
        exchange -> {
          byte[] body = exchange.getRequestBody().readAllBytes();
          int status = failuresLeft.getAndDecrement() > 0 ? failStatus.get() : 204;
          if (status == 204) {
            received.add(exchange.getRequestHeaders().getFirst("Content-Type") + " " + new String(body, StandardCharsets.UTF_8));
          }
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
  }

  private double count(String outcome) {
    return registry.counter(AlertMetrics.WEBHOOK_DELIVERIES, "watch", "kosovo-any", "outcome", outcome).count();
  }

  @Test
  void retriesUntilTheReceiverRecovers() throws InterruptedException {
    failuresLeft.set(2);
    WebhookSender sender = new WebhookSender(Duration.ofSeconds(5), 5, Duration.ofMillis(10), registry);
    assertEquals(WebhookSender.Outcome.DELIVERED, sender.deliver("kosovo-any", url(), "{\"id\":\"a1\"}"));
    assertEquals(List.of("application/json; charset=utf-8 {\"id\":\"a1\"}"), received);
    assertEquals(2.0, count("retried"));
    assertEquals(1.0, count("delivered"));
  }

  @Test
  void givesUpAfterTheLastAttemptAndCountsTheFailure() throws InterruptedException {
    failuresLeft.set(10);
    WebhookSender sender = new WebhookSender(Duration.ofSeconds(5), 3, Duration.ofMillis(5), registry);
    assertEquals(WebhookSender.Outcome.FAILED, sender.deliver("kosovo-any", url(), "{}"));
    assertEquals(List.of(), received);
    assertEquals(2.0, count("retried"));
    assertEquals(1.0, count("failed"));
  }

  @Test
  void aRejectedRequestIsNotRetried() throws InterruptedException {
    failuresLeft.set(1);
    failStatus.set(400);
    WebhookSender sender = new WebhookSender(Duration.ofSeconds(5), 5, Duration.ofMillis(5), registry);
    assertEquals(WebhookSender.Outcome.FAILED, sender.deliver("kosovo-any", url(), "{}"));
    assertEquals(0.0, count("retried"));
  }

  @Test
  void anUnreachableReceiverIsRetriedThenFails() throws InterruptedException {
    server.stop(0);
    WebhookSender sender = new WebhookSender(Duration.ofSeconds(2), 2, Duration.ofMillis(5), registry);
    assertEquals(WebhookSender.Outcome.FAILED, sender.deliver("kosovo-any", url(), "{}"));
    assertEquals(1.0, count("retried"));
    assertEquals(1.0, count("failed"));
  }
}
