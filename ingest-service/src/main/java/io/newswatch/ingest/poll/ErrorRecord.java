package io.newswatch.ingest.poll;

import io.newswatch.ingest.fetch.Outcome;
import java.time.Instant;

/**
 * A failure written to {@code news.articles.dlq} so an operator can see what was refused and why.
 *
 * @param sourceId the catalogue source
 * @param feedUrl the feed or listing polled
 * @param url the URL that failed (the feed itself, or an article link)
 * @param stage {@code feed} or {@code article}
 * @param outcome the outcome code
 * @param reason what happened, for people
 * @param at when
 */
public record ErrorRecord(
    String sourceId, String feedUrl, String url, String stage, String outcome, String reason, Instant at) {
  static ErrorRecord of(String sourceId, String feedUrl, String url, String stage, Outcome outcome, String reason) {
    return new ErrorRecord(sourceId, feedUrl, url, stage, outcome.tag(), reason, Instant.now());
  }
}
