package io.newswatch.common;

import io.newswatch.common.model.Article;
import io.newswatch.common.model.Language;
import io.newswatch.common.model.Script;
import java.time.Instant;

/** Small records shared by the common module's tests. */
public final class Fixtures {
  private Fixtures() {}

  public static Article article() {
    return article("a1", "Naslov");
  }

  public static Article article(String id, String title) {
    return new Article(
        1,
        id,
        "tanjug-sr",
        "tanjug",
        "http://example.org/" + id,
        title,
        "Tekst članka.",
        Language.SR_LATN,
        Script.LATIN,
        Instant.parse("2026-11-20T09:15:00Z"),
        Instant.parse("2026-11-20T09:16:00Z"),
        null);
  }
}
