package io.newswatch.enrich;

import io.newswatch.common.Ids;
import io.newswatch.common.model.Article;
import io.newswatch.common.model.Language;
import io.newswatch.common.model.Script;
import io.newswatch.enrich.actors.ActorCatalogue;
import io.newswatch.enrich.topics.TopicCatalogue;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;

/** Catalogues and articles shared by the enrich-service tests. */
final class Fixtures {
  static final Instant FETCHED = Instant.parse("2026-01-15T10:00:00Z");

  /** The first sample story of the project, as an English edition would print it. */
  static final String BOTSAN_EN =
      """
      Russian Ambassador to Serbia Alexander Botsan-Kharchenko said that Serbia can rely on Russia \
      on the issue of Kosovo and Metohija.

      "Russia coordinates its position with Belgrade and uses its permanent seat on the UN Security \
      Council," Botsan-Kharchenko said.

      He added that the West keeps up its pressure on President Aleksandar Vučić over sanctions \
      against Russia.""";

  private Fixtures() {}

  static Path resource(String name) {
    try {
      return Path.of(Fixtures.class.getResource("/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static ActorCatalogue actors() {
    return ActorCatalogue.load(resource("actors-test.yaml"));
  }

  static TopicCatalogue topics() {
    return TopicCatalogue.load(resource("topics-test.yaml"));
  }

  static Article article(String url, String text, Language language) {
    return new Article(
        Article.CURRENT_VERSION,
        Ids.hash(url),
        "b92-en",
        "b92",
        url,
        "Title of " + url,
        text,
        language,
        language == Language.EN || language == Language.SR_LATN ? Script.LATIN : Script.CYRILLIC,
        FETCHED,
        FETCHED,
        null);
  }
}
