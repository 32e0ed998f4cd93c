package io.newswatch.ingest.extract;

/** A page on which no main text could be found, with the reason. */
public final class ExtractionException extends Exception {
  private static final long serialVersionUID = 1L;

  public ExtractionException(String message) {
    super(message);
  }
}
