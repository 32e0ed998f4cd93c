package io.newswatch.common.model;

import java.time.Instant;
import java.util.List;

/**
 * The first appearance of a statement on a watched topic, on {@code alerts} (key: watch id) and on
 * the watch's own topic when it has one.
 *
 * @param schemaVersion record layout version
 * @param id stable hash of watch id and statement id
 * @param watchId the watch that fired
 * @param watchName its display name
 * @param detectedAt when the alert service judged the statement new
 * @param statement the statement, with speaker, text, kind and article
 * @param transliteration the statement text in Latin script (equal to the text when already Latin)
 * @param topics the topics that satisfied the watch, with evidence
 * @param matchedOn whether the statement's own topics or its article's satisfied the watch
 * @param latencyFromPublishedMs detection time minus publication time, or null when unknown
 * @param latencyFromFetchedMs detection time minus fetch time
 */
public record Alert(
    int schemaVersion,
    String id,
    String watchId,
    String watchName,
    Instant detectedAt,
    Statement statement,
    String transliteration,
    List<TopicMatch> topics,
    MatchBasis matchedOn,
    Long latencyFromPublishedMs,
    Long latencyFromFetchedMs) {
  public static final int CURRENT_VERSION = 1;

  public Alert {
    schemaVersion = Require.version(schemaVersion, CURRENT_VERSION);
    Require.text(id, "alert id");
    Require.text(watchId, "watchId");
    Require.present(detectedAt, "detectedAt");
    Require.present(statement, "statement");
    topics = Require.list(topics);
    matchedOn = matchedOn == null ? MatchBasis.STATEMENT : matchedOn;
  }
}
