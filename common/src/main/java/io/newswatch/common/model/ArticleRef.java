package io.newswatch.common.model;

import java.time.Instant;

/** Where a statement was read: enough of the article to cite it without fetching it again. */
public record ArticleRef(
    String articleId,
    String sourceId,
    String outlet,
    String url,
    String title,
    Instant publishedAt,
    Instant fetchedAt) {
  public ArticleRef {
    Require.text(articleId, "articleId");
    Require.text(sourceId, "sourceId");
    Require.text(url, "url");
  }

  public static ArticleRef of(Article article) {
    return new ArticleRef(
        article.id(),
        article.sourceId(),
        article.outlet(),
        article.url(),
        article.title(),
        article.publishedAt(),
        article.fetchedAt());
  }
}
