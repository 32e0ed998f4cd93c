package io.newswatch.ingest.fetch;

import java.time.Instant;

/** A fetch that did not give a usable response, with the outcome to count and a reason for people. */
public final class FetchException extends Exception {
  private static final long serialVersionUID = 1L;

  private final Outcome outcome;
  private final transient Instant retryAt;
  private final int status;

  public FetchException(Outcome outcome, String reason) {
    this(outcome, reason, null, null, 0);
  }

  public FetchException(Outcome outcome, String reason, Instant retryAt, Throwable cause) {
    this(outcome, reason, retryAt, cause, 0);
  }

  public FetchException(Outcome outcome, String reason, Instant retryAt, Throwable cause, int status) {
    super(reason, cause);
    this.outcome = outcome;
    this.retryAt = retryAt;
    this.status = status;
  }

  /** The HTTP status that caused it, or 0 when no response was read. */
  public int status() {
    return status;
  }

  public Outcome outcome() {
    return outcome;
  }

  /** When the server asked us to come back (Retry-After), or null. */
  public Instant retryAt() {
    return retryAt;
  }
}
