package io.newswatch.ingest.poll;

import io.newswatch.common.model.Article;
import io.newswatch.common.model.FeedState;
import io.newswatch.ingest.fetch.Outcome;
import java.time.Instant;
import java.util.List;

/**
 * What one poll of one feed produced; written to Kafka in one transaction.
 *
 * @param outcome how the feed fetch ended
 * @param state the feed's new state
 * @param articles new articles, oldest first
 * @param errors failures to record
 * @param retryAt when the server asked us to come back, or null
 * @param more whether new items were left for the next poll (per-poll cap)
 */
public record PollResult(
    Outcome outcome, FeedState state, List<Article> articles, List<ErrorRecord> errors, Instant retryAt, boolean more) {}
