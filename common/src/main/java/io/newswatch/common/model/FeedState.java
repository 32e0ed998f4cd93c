package io.newswatch.common.model;

import java.time.Instant;
import java.util.List;

/**
 * What the ingest service remembers of one feed or listing page, on the compacted {@code
 * newswatch.ingest-state} topic (key: the feed URL), so a restarted or moved instance neither
 * re-fetches nor re-emits.
 *
 * @param schemaVersion record layout version
 * @param feedUrl the feed or listing URL
 * @param sourceId the source it belongs to
 * @param etag the last ETag validator, or null
 * @param lastModified the last Last-Modified validator, or null
 * @param seenItems ids of recently seen items (most recent last, bounded by the service)
 * @param lastSuccessAt time of the last successful poll, or null
 * @param consecutiveFailures failures since the last success
 * @param updatedAt when this state was written
 */
public record FeedState(
    int schemaVersion,
    String feedUrl,
    String sourceId,
    String etag,
    String lastModified,
    List<String> seenItems,
    Instant lastSuccessAt,
    int consecutiveFailures,
    Instant updatedAt) {
  public static final int CURRENT_VERSION = 1;

  public FeedState {
    schemaVersion = Require.version(schemaVersion, CURRENT_VERSION);
    Require.text(feedUrl, "feedUrl");
    seenItems = Require.list(seenItems);
    Require.present(updatedAt, "updatedAt");
  }
}
