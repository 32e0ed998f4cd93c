package io.newswatch.enrich.quality;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswatch.common.Ids;
import io.newswatch.common.json.Json;
import io.newswatch.common.model.Article;
import io.newswatch.common.model.Language;
import io.newswatch.common.text.Texts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The annotated sample pages (seeds/samples) as articles, their text rebuilt by {@link
 * ArticlePages} as the quality test does: real news text for the throughput benchmark, next to
 * its synthetic articles.
 */
public final class SamplePages {
  private SamplePages() {}

  /** One article per entry of {@code annotations.yaml} whose page exists, in file order. */
  public static List<Article> articles(Path samples) throws IOException {
    JsonNode root = Json.yaml().readTree(samples.resolve("annotations.yaml").toFile());
    JsonNode list = root.isArray() ? root : root.path("articles");
    Instant fetched = Instant.parse("2026-01-15T10:00:00Z");
    List<Article> articles = new ArrayList<>();
    for (JsonNode entry : list) {
      String file = entry.hasNonNull("file") ? entry.get("file").asText() : entry.path("path").asText(null);
      if (file == null || !Files.isRegularFile(samples.resolve(file))) {
        continue;
      }
      Language language = Language.fromTag(entry.path("language").asText());
      String text = ArticlePages.text(samples.resolve(file));
      int slash = file.indexOf('/');
      articles.add(
          new Article(
              Article.CURRENT_VERSION, Ids.hash(file), "samples", slash > 0 ? file.substring(0, slash) : "samples",
              "https://samples.invalid/" + file, entry.path("title").asText(""), text, language,
              Texts.detectScript(text), null, fetched, null));
    }
    return articles;
  }
}
