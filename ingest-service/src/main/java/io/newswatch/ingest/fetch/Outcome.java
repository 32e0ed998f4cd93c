package io.newswatch.ingest.fetch;

import java.util.Locale;

/**
 * How a fetch, a poll or an article ended. The lower-case name is the {@code outcome} tag of the
 * metrics and the reason code of error records, so the set is small and fixed.
 */
public enum Outcome {
  OK,
  NOT_MODIFIED,
  HTTP_4XX,
  HTTP_5XX,
  RATE_LIMITED,
  BACKED_OFF,
  TIMEOUT,
  DNS,
  CONNECT,
  IO_ERROR,
  TOO_LARGE,
  UNSUPPORTED_ENCODING,
  REDIRECT_LOOP,
  TOO_MANY_REDIRECTS,
  ROBOTS_DISALLOWED,
  OFF_HOST,
  BAD_URL,
  NOT_HTML,
  NOT_TEXT,
  PARSE_ERROR,
  EXTRACTION_FAILED,
  /** A bug met on one item (an unexpected exception): recorded for that item, the poll goes on. */
  UNEXPECTED_ERROR;

  /** The metric tag and error-record code. */
  public String tag() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Whether trying again later can help. Permanent outcomes (a refused link, a page that is not
   * HTML) mark an article as done so it is not fetched again on every poll.
   */
  public boolean transientFailure() {
    return switch (this) {
      case HTTP_5XX, RATE_LIMITED, BACKED_OFF, TIMEOUT, DNS, CONNECT, IO_ERROR -> true;
      default -> false;
    };
  }
}
