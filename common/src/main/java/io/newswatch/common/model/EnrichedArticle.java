package io.newswatch.common.model;

import java.time.Instant;
import java.util.List;

/**
 * An article with what the enricher found in it, on {@code news.enriched} (key: article id).
 *
 * @param schemaVersion record layout version
 * @param article the article as ingested
 * @param actors actors named in it
 * @param topics topics it is about
 * @param statementIds ids of the statements extracted from it (each on {@code news.statements})
 * @param enrichedAt when the enricher processed it
 */
public record EnrichedArticle(
    int schemaVersion,
    Article article,
    List<ActorMention> actors,
    List<TopicMatch> topics,
    List<String> statementIds,
    Instant enrichedAt) {
  public static final int CURRENT_VERSION = 1;

  public EnrichedArticle {
    schemaVersion = Require.version(schemaVersion, CURRENT_VERSION);
    Require.present(article, "article");
    actors = Require.list(actors);
    topics = Require.list(topics);
    statementIds = Require.list(statementIds);
    Require.present(enrichedAt, "enrichedAt");
  }
}
