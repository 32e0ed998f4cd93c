package io.newswatch.common.model;

/**
 * A stretch of an article's text: {@code text.substring(start, end)} in UTF-16 offsets, with that
 * surface form copied so a reader need not have the article at hand.
 */
public record Span(int start, int end, String text) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("span offsets [" + start + ", " + end + ") are invalid");
    }
    text = text == null ? "" : text;
  }
}
