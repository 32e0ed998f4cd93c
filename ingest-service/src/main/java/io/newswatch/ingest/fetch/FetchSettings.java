package io.newswatch.ingest.fetch;

import java.time.Duration;

/**
 * How politely and how defensively the fetcher works.
 *
 * @param userAgent User-Agent header, also the robot name matched in robots.txt
 * @param connectTimeout TCP and TLS connect timeout
 * @param readTimeout the whole exchange, from request to last byte, per hop
 * @param maxBytes cap on a body, both on the wire and after decompression
 * @param maxRedirects redirects followed before giving up
 * @param hostConcurrency requests in flight to one host at a time
 * @param hostMinDelay minimum time between the starts of two requests to one host
 * @param robotsTtl how long a host's robots.txt is trusted before it is fetched again
 * @param defaultRetryAfter how long a host is left alone after a 429 without Retry-After
 * @param maxRetryAfter cap on a server's Retry-After, so a hostile value cannot park a feed forever
 */
public record FetchSettings(
    String userAgent,
    Duration connectTimeout,
    Duration readTimeout,
    long maxBytes,
    int maxRedirects,
    int hostConcurrency,
    Duration hostMinDelay,
    Duration robotsTtl,
    Duration defaultRetryAfter,
    Duration maxRetryAfter) {

  public static final String DEFAULT_USER_AGENT = "NewswatchBot/0.1 (+https://github.com/newswatch/newswatch)";

  public static FetchSettings defaults() {
    return new FetchSettings(
        DEFAULT_USER_AGENT,
        Duration.ofSeconds(10),
        Duration.ofSeconds(30),
        8L * 1024 * 1024,
        5,
        2,
        Duration.ofSeconds(1),
        Duration.ofHours(1),
        Duration.ofSeconds(60),
        Duration.ofHours(6));
  }

  public FetchSettings withHostMinDelay(Duration delay) {
    return new FetchSettings(userAgent, connectTimeout, readTimeout, maxBytes, maxRedirects, hostConcurrency, delay, robotsTtl, defaultRetryAfter, maxRetryAfter);
  }

  public FetchSettings withReadTimeout(Duration timeout) {
    return new FetchSettings(userAgent, connectTimeout, timeout, maxBytes, maxRedirects, hostConcurrency, hostMinDelay, robotsTtl, defaultRetryAfter, maxRetryAfter);
  }

  public FetchSettings withMaxBytes(long bytes) {
    return new FetchSettings(userAgent, connectTimeout, readTimeout, bytes, maxRedirects, hostConcurrency, hostMinDelay, robotsTtl, defaultRetryAfter, maxRetryAfter);
  }

  public FetchSettings withHostConcurrency(int concurrency) {
    return new FetchSettings(userAgent, connectTimeout, readTimeout, maxBytes, maxRedirects, concurrency, hostMinDelay, robotsTtl, defaultRetryAfter, maxRetryAfter);
  }
}
