package io.newswatch.alert;

import io.newswatch.common.Ids;
import io.newswatch.common.model.ArticleRef;
import io.newswatch.common.model.Language;
import io.newswatch.common.model.Span;
import io.newswatch.common.model.Speaker;
import io.newswatch.common.model.Statement;
import io.newswatch.common.model.StatementKind;
import io.newswatch.common.model.TopicMatch;
import io.newswatch.common.model.TopicMode;
import io.newswatch.common.model.Watch;
import io.newswatch.common.text.Texts;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Statements and watches as the enricher and the seeds would produce them. */
final class Fixtures {
  static final Speaker ZAKHAROVA =
      new Speaker("maria-zakharova", "Maria Zakharova", true, "RU", "MFA spokeswoman");
  static final Speaker BOTSAN =
      new Speaker("alexander-botsan-kharchenko", "Alexander Botsan-Kharchenko", true, "RU", "ambassador");
  static final Speaker VUCIC = new Speaker("aleksandar-vucic", "Aleksandar Vučić", true, "RS", "president");

  static final Instant T0 = Instant.parse("2024-05-02T08:00:00Z");

  static final TopicMatch KOSOVO = topic("kosovo", 3.0);
  static final TopicMatch UNSC = topic("unsc", 2.0);
  static final TopicMatch SANCTIONS = topic("sanctions", 2.0);
  static final TopicMatch SERBIA = topic("serbia", 1.0);

  private Fixtures() {}

  static TopicMatch topic(String id, double score) {
    return new TopicMatch(id, id, score, List.of(id), List.of(new Span(0, id.length(), id)));
  }

  /** A statement as the enricher writes it: id from speaker and normalised words. */
  static Statement statement(
      Speaker speaker,
      String text,
      Language language,
      String outlet,
      Instant fetchedAt,
      List<TopicMatch> own,
      List<TopicMatch> article) {
    String url = "https://" + outlet + ".example/" + Ids.hash(text, fetchedAt.toString()).substring(0, 8);
    return statementAt(speaker, text, language, outlet, url, fetchedAt, own, article);
  }

  static Statement statementAt(
      Speaker speaker,
      String text,
      Language language,
      String outlet,
      String url,
      Instant fetchedAt,
      List<TopicMatch> own,
      List<TopicMatch> article) {
    return new Statement(
        Statement.CURRENT_VERSION,
        Ids.hash(speaker.id(), Texts.matchKey(text)),
        speaker,
        text,
        StatementKind.DIRECT,
        language,
        new ArticleRef(
            Ids.hash(url),
            outlet + "-" + language.base(),
            outlet,
            url,
            "A headline",
            fetchedAt.minus(Duration.ofMinutes(10)),
            fetchedAt),
        0,
        text.length(),
        own,
        article,
        List.of(speaker.id()),
        fetchedAt.plusSeconds(2));
  }

  static Watch watch(String id, List<String> topics) {
    return new Watch(0, id, id, topics, TopicMode.ANY, List.of(), List.of(), List.of(), List.of(), 0, false, null, false, null);
  }

  /** A watch with overrides: keys actors, countries, outlets, languages, mode, minScore, article, translation, own, webhook. */
  static Watch watch(String id, List<String> topics, Map<String, Object> with) {
    @SuppressWarnings("unchecked")
    List<String> actors = (List<String>) with.getOrDefault("actors", List.of());
    @SuppressWarnings("unchecked")
    List<String> countries = (List<String>) with.getOrDefault("countries", List.of());
    @SuppressWarnings("unchecked")
    List<String> outlets = (List<String>) with.getOrDefault("outlets", List.of());
    @SuppressWarnings("unchecked")
    List<Language> languages = (List<Language>) with.getOrDefault("languages", List.of());
    return new Watch(
        0,
        id,
        id,
        topics,
        (TopicMode) with.getOrDefault("mode", TopicMode.ANY),
        actors,
        countries,
        outlets,
        languages,
        ((Number) with.getOrDefault("minScore", 0)).doubleValue(),
        (Boolean) with.getOrDefault("article", false),
        (Boolean) with.getOrDefault("translation", null),
        (Boolean) with.getOrDefault("own", false),
        (String) with.get("webhook"));
  }
}
