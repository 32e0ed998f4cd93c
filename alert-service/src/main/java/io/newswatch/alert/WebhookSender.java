package io.newswatch.alert;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POSTs one JSON body to a webhook, retrying with exponential backoff on network errors, timeouts,
 * 408, 429 and 5xx; other 4xx answers are final (the receiver rejects the request, and sending it
 * again would not change that). Every attempt is counted by outcome.
 */
public final class WebhookSender {
  private static final Logger LOG = LoggerFactory.getLogger(WebhookSender.class);
  private static final Duration MAX_BACKOFF = Duration.ofMinutes(1);

  /** What became of one delivery. */
  public enum Outcome {
    DELIVERED,
    FAILED
  }

  private final HttpClient client;
  private final Duration timeout;
  private final int maxAttempts;
  private final Duration backoff;
  private final MeterRegistry registry;

  public WebhookSender(Duration timeout, int maxAttempts, Duration backoff, MeterRegistry registry) {
    this.client =
        HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    this.timeout = timeout;
    this.maxAttempts = maxAttempts;
    this.backoff = backoff;
    this.registry = registry;
  }

  /** Delivers {@code json} to {@code url}; returns after success or the last attempt. */
  public Outcome deliver(String watchId, String url, String json) throws InterruptedException {
    HttpRequest request;
    try {
      request =
          HttpRequest.newBuilder(URI.create(url))
              .timeout(timeout)
              .header("Content-Type", "application/json; charset=utf-8")
              .header("User-Agent", "newswatch-alert")
              .POST(HttpRequest.BodyPublishers.ofString(json))
              .build();
    } catch (IllegalArgumentException e) {
      LOG.warn("Webhook of watch {} is not a usable URL: {}", watchId, e.getMessage());
      count(watchId, "failed");
      return Outcome.FAILED;
    }
    Duration wait = backoff;
    for (int attempt = 1; ; attempt++) {
      String problem;
      boolean retryable;
      try {
        HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
          count(watchId, "delivered");
          return Outcome.DELIVERED;
        }
        problem = "HTTP " + status;
        retryable = status >= 500 || status == 408 || status == 429;
      } catch (IOException e) {
        problem = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        retryable = true;
      }
      if (!retryable || attempt >= maxAttempts) {
        LOG.warn("Webhook of watch {} failed after {} attempt(s): {}", watchId, attempt, problem);
        count(watchId, "failed");
        return Outcome.FAILED;
      }
      count(watchId, "retried");
      LOG.info("Webhook of watch {} attempt {} failed ({}); retrying in {} ms", watchId, attempt, problem, wait.toMillis());
      Thread.sleep(wait.toMillis());
      wait = wait.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait.multipliedBy(2);
    }
  }

  private void count(String watchId, String outcome) {
    registry.counter(AlertMetrics.WEBHOOK_DELIVERIES, "watch", watchId, "outcome", outcome).increment();
  }
}
