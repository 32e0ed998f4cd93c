package io.newswatch.ingest.fetch;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Politeness per host: at most N requests in flight, a minimum delay between the starts of two
 * requests, and a "come back later" time set by 429/503 Retry-After. Callers are virtual threads,
 * so waiting for a slot blocks cheaply instead of occupying a platform thread.
 */
final class HostLimiter {
  private final int concurrency;
  private final Duration minDelay;
  private final ConcurrentHashMap<String, Host> hosts = new ConcurrentHashMap<>();

  HostLimiter(int concurrency, Duration minDelay) {
    this.concurrency = concurrency;
    this.minDelay = minDelay;
  }

  /** A permit for one request to {@code authority}; close it when the response is read. */
  Permit acquire(String authority, Duration crawlDelay) throws FetchException, InterruptedException {
    Host host = hosts.computeIfAbsent(authority, a -> new Host(concurrency));
    Instant notBefore = host.notBefore;
    if (notBefore != null && Instant.now().isBefore(notBefore)) {
      throw new FetchException(
          Outcome.BACKED_OFF, authority + " asked us to wait until " + notBefore, notBefore, null);
    }
    host.permits.acquire();
    try {
      long delayNanos = Math.max(minDelay.toNanos(), crawlDelay == null ? 0 : crawlDelay.toNanos());
      long wait;
      synchronized (host) {
        long now = System.nanoTime();
        long start = Math.max(now, host.nextStart);
        host.nextStart = start + delayNanos;
        wait = start - now;
      }
      if (wait > 0) {
        TimeUnit.NANOSECONDS.sleep(wait);
      }
    } catch (InterruptedException e) {
      host.permits.release();
      throw e;
    }
    return host.permits::release;
  }

  /** Records a server's request to be left alone until {@code until}. */
  void backOff(String authority, Instant until) {
    Host host = hosts.computeIfAbsent(authority, a -> new Host(concurrency));
    synchronized (host) {
      if (host.notBefore == null || host.notBefore.isBefore(until)) {
        host.notBefore = until;
      }
    }
  }

  /** When the host may be asked again, or null when it may be asked now. */
  Instant notBefore(String authority) {
    Host host = hosts.get(authority);
    Instant until = host == null ? null : host.notBefore;
    return until != null && Instant.now().isBefore(until) ? until : null;
  }

  interface Permit extends AutoCloseable {
    @Override
    void close();
  }

  private static final class Host {
    final Semaphore permits;
    long nextStart = Long.MIN_VALUE / 2;
    volatile Instant notBefore;

    Host(int concurrency) {
      this.permits = new Semaphore(concurrency, true);
    }
  }
}
