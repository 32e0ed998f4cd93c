package io.newswatch.enrich;

import io.newswatch.common.model.EnrichedArticle;
import io.newswatch.common.model.Statement;
import java.util.List;

/** What the enricher made of one article: the article with its actors and topics, and its statements. */
public record EnrichmentResult(EnrichedArticle enriched, List<Statement> statements) {
  public EnrichmentResult {
    if (enriched == null) {
      throw new IllegalArgumentException("enriched article is required");
    }
    statements = statements == null ? List.of() : List.copyOf(statements);
  }
}
