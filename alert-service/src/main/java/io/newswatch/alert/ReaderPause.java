package io.newswatch.alert;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The pause a background reader of the service (the watch directory, the webhook reader) takes
 * after a failed step before it reads on: long enough not to spin while the broker is away, short
 * enough that readers catch up soon after it is back.
 */
final class ReaderPause {
  static final Duration AFTER_ERROR = Duration.ofSeconds(1);

  private ReaderPause() {}

  /** Sleeps {@link #AFTER_ERROR}; an interrupt stops the reader ({@code running} false). */
  static void after(AtomicBoolean running) {
    try {
      Thread.sleep(AFTER_ERROR);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running.set(false);
    }
  }
}
