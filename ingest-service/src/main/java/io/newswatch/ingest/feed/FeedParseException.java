package io.newswatch.ingest.feed;

/** A feed that cannot be read: malformed XML, a DTD we refuse, an unknown format. */
public final class FeedParseException extends Exception {
  private static final long serialVersionUID = 1L;

  public FeedParseException(String message, Throwable cause) {
    super(message, cause);
  }
}
