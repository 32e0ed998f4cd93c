package io.newswatch.ingest.fetch;

import crawlercommons.robots.BaseRobotRules;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The one way Newswatch fetches anything from the network: feeds, article pages, robots.txt. Every
 * request passes the source's {@link HostPolicy}, robots.txt, the per-host limits and the size cap;
 * redirects are followed by hand so that every hop is checked the same way. Callers block, which is
 * cheap because they run on virtual threads; the JDK client itself is asynchronous underneath.
 */
public final class Fetcher implements AutoCloseable {
  private static final String ACCEPT =
      "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml,"
          + " application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5";
  private static final long ERROR_BODY_CAP = 64 * 1024;
  private static final long ROBOTS_CAP = 512 * 1024;
  private static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(60);

  private final FetchSettings settings;
  private final ExecutorService executor;
  private final HttpClient client;
  private final HostLimiter limiter;
  private final RobotsCache robots;

  public Fetcher(FetchSettings settings) {
    this.settings = settings;
    this.executor = Executors.newVirtualThreadPerTaskExecutor();
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(settings.connectTimeout())
            // Redirects are followed by hand: the client's own redirect handling would skip the
            // host policy and robots.txt on every hop after the first.
            .followRedirects(HttpClient.Redirect.NEVER)
            .executor(executor)
            .build();
    this.limiter = new HostLimiter(settings.hostConcurrency(), settings.hostMinDelay());
    this.robots = new RobotsCache(settings.userAgent(), settings.robotsTtl());
  }

  public FetchSettings settings() {
    return settings;
  }

  /** Fetches without validators. */
  public FetchResult fetch(URI url, HostPolicy policy) throws FetchException, InterruptedException {
    return fetch(url, policy, null, null);
  }

  /**
   * Fetches a URL, sending the validators of an earlier response so that an unchanged resource
   * costs one 304.
   *
   * @throws FetchException with the outcome when there is no usable response
   */
  public FetchResult fetch(URI url, HostPolicy policy, String etag, String lastModified)
      throws FetchException, InterruptedException {
    long started = System.nanoTime();
    long wireBytes = 0;
    Set<String> visited = new HashSet<>();
    URI current = url.normalize();
    for (int hop = 0; ; hop++) {
      policy.check(current);
      if (!visited.add(current.toString())) {
        throw new FetchException(Outcome.REDIRECT_LOOP, "redirect loop back to " + current);
      }
      BaseRobotRules rules = robots.rules(current, this::fetchRobots);
      if (!rules.isAllowed(current.toString())) {
        throw new FetchException(Outcome.ROBOTS_DISALLOWED, "robots.txt disallows " + current.getRawPath());
      }
      Duration crawlDelay = crawlDelay(rules);
      HttpResponse<byte[]> response = exchange(current, etag, lastModified, settings.maxBytes(), crawlDelay);
      wireBytes += response.body().length;
      int status = response.statusCode();
      if (isRedirect(status)) {
        String location = response.headers().firstValue("Location").orElse(null);
        if (location == null) {
          throw new FetchException(Outcome.HTTP_5XX, "redirect " + status + " without Location", null, null, status);
        }
        if (hop >= settings.maxRedirects()) {
          throw new FetchException(
              Outcome.TOO_MANY_REDIRECTS, "more than " + settings.maxRedirects() + " redirects", null, null, status);
        }
        try {
          current = current.resolve(location.trim()).normalize();
        } catch (IllegalArgumentException e) {
          throw new FetchException(Outcome.BAD_URL, "bad redirect Location '" + location + "'", null, e, status);
        }
        continue;
      }
      Duration latency = Duration.ofNanos(System.nanoTime() - started);
      String contentType = response.headers().firstValue("Content-Type").orElse(null);
      String newEtag = response.headers().firstValue("ETag").orElse(null);
      String newLastModified = response.headers().firstValue("Last-Modified").orElse(null);
      if (status == 304) {
        return new FetchResult(current, status, contentType, newEtag == null ? etag : newEtag,
            newLastModified == null ? lastModified : newLastModified, new byte[0], wireBytes, latency);
      }
      if (status == 429 || status == 503) {
        Instant retryAt = retryAfter(response, status == 429);
        if (retryAt != null) {
          limiter.backOff(HostPolicy.authority(current), retryAt);
          throw new FetchException(
              Outcome.RATE_LIMITED, "HTTP " + status + ", retry after " + retryAt, retryAt, null, status);
        }
      }
      if (status >= 400 && status < 500) {
        throw new FetchException(Outcome.HTTP_4XX, "HTTP " + status + " for " + current, null, null, status);
      }
      if (status < 200 || status >= 300) {
        throw new FetchException(Outcome.HTTP_5XX, "HTTP " + status + " for " + current, null, null, status);
      }
      byte[] body =
          Decompression.decode(
              response.body(), response.headers().firstValue("Content-Encoding").orElse(null), settings.maxBytes());
      return new FetchResult(current, status, contentType, newEtag, newLastModified, body, wireBytes, latency);
    }
  }

  /** When a host asked to be left alone (429/503 Retry-After), or null. */
  public Instant backedOffUntil(URI url) {
    return url.getHost() == null ? null : limiter.notBefore(HostPolicy.authority(url));
  }

  private RobotsCache.Response fetchRobots(URI robotsUrl) throws FetchException, InterruptedException {
    URI current = robotsUrl;
    // robots.txt redirects (http -> https, bare -> www) are common; follow a few on the same site.
    for (int hop = 0; hop <= settings.maxRedirects(); hop++) {
      HttpResponse<byte[]> response = exchange(current, null, null, ROBOTS_CAP, null);
      int status = response.statusCode();
      if (isRedirect(status) && response.headers().firstValue("Location").isPresent()) {
        URI next = current.resolve(response.headers().firstValue("Location").get().trim());
        if (next.getHost() == null || !next.getHost().equalsIgnoreCase(current.getHost())) {
          return new RobotsCache.Response(404, new byte[0], null); // off-site: treat as absent
        }
        current = next;
        continue;
      }
      byte[] body = status >= 200 && status < 300
          ? Decompression.decode(response.body(), response.headers().firstValue("Content-Encoding").orElse(null), ROBOTS_CAP)
          : new byte[0];
      return new RobotsCache.Response(status, body, response.headers().firstValue("Content-Type").orElse("text/plain"));
    }
    return new RobotsCache.Response(404, new byte[0], null);
  }

  private HttpResponse<byte[]> exchange(URI uri, String etag, String lastModified, long cap, Duration crawlDelay)
      throws FetchException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .GET()
            .timeout(settings.readTimeout())
            .header("User-Agent", settings.userAgent())
            .header("Accept", ACCEPT)
            .header("Accept-Encoding", "gzip, deflate");
    if ("http".equalsIgnoreCase(uri.getScheme())) {
      // Plain-text HTTP/2 would mean an h2c upgrade attempt on every connection; news sites speak 1.1.
      request.version(HttpClient.Version.HTTP_1_1);
    }
    if (etag != null) {
      request.header("If-None-Match", etag);
    }
    if (lastModified != null) {
      request.header("If-Modified-Since", lastModified);
    }
    try (HostLimiter.Permit permit = limiter.acquire(HostPolicy.authority(uri), crawlDelay)) {
      CompletableFuture<HttpResponse<byte[]>> future =
          client.sendAsync(
              request.build(),
              info -> {
                boolean ok = info.statusCode() >= 200 && info.statusCode() < 300;
                return new CappedBodySubscriber(info, ok ? cap : Math.min(cap, ERROR_BODY_CAP), ok);
              });
      try {
        // HttpRequest.timeout stops at the response headers; this bounds the body as well, so a
        // server that trickles one byte a second cannot hold a poll forever.
        return future.get(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        future.cancel(true);
        throw new FetchException(
            Outcome.TIMEOUT, "no complete response from " + uri.getHost() + " within " + settings.readTimeout(), null, e);
      } catch (InterruptedException e) {
        future.cancel(true);
        throw e;
      } catch (ExecutionException e) {
        throw classify(uri, e.getCause());
      }
    }
  }

  private static FetchException classify(URI uri, Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof CappedBodySubscriber.TooLarge) {
        return new FetchException(Outcome.TOO_LARGE, t.getMessage() + " (" + uri.getHost() + ")");
      }
      if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
        return new FetchException(Outcome.DNS, "cannot resolve " + uri.getHost(), null, error);
      }
      if (t instanceof HttpConnectTimeoutException) {
        return new FetchException(Outcome.TIMEOUT, "connect to " + uri.getHost() + " timed out", null, error);
      }
      if (t instanceof HttpTimeoutException) {
        return new FetchException(Outcome.TIMEOUT, "response from " + uri.getHost() + " timed out", null, error);
      }
      if (t instanceof ConnectException) {
        return new FetchException(Outcome.CONNECT, "cannot connect to " + HostPolicy.authority(uri), null, error);
      }
    }
    String message = error instanceof IOException && error.getMessage() != null ? error.getMessage() : String.valueOf(error);
    return new FetchException(Outcome.IO_ERROR, "I/O error from " + uri.getHost() + ": " + message, null, error);
  }

  private Instant retryAfter(HttpResponse<?> response, boolean defaultIfMissing) {
    String value = response.headers().firstValue("Retry-After").orElse(null);
    Duration wait = null;
    if (value != null) {
      String v = value.trim();
      try {
        wait = Duration.ofSeconds(Math.max(0, Long.parseLong(v)));
      } catch (NumberFormatException e) {
        try {
          wait = Duration.between(Instant.now(), ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
          if (wait.isNegative()) {
            wait = Duration.ZERO;
          }
        } catch (DateTimeParseException ignored) {
          wait = null;
        }
      }
    }
    if (wait == null) {
      if (!defaultIfMissing) {
        return null;
      }
      wait = settings.defaultRetryAfter();
    }
    if (wait.compareTo(settings.maxRetryAfter()) > 0) {
      wait = settings.maxRetryAfter();
    }
    return Instant.now().plus(wait);
  }

  private static Duration crawlDelay(BaseRobotRules rules) {
    long delay = rules.getCrawlDelay();
    if (delay == BaseRobotRules.UNSET_CRAWL_DELAY || delay <= 0) {
      return null;
    }
    Duration d = Duration.ofMillis(delay);
    return d.compareTo(MAX_CRAWL_DELAY) > 0 ? MAX_CRAWL_DELAY : d;
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  @Override
  public void close() {
    client.close();
    executor.shutdownNow();
  }
}
