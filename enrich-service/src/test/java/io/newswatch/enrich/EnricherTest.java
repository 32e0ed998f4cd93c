package io.newswatch.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswatch.common.Ids;
import io.newswatch.common.model.ActorMention;
import io.newswatch.common.model.Article;
import io.newswatch.common.model.Language;
import io.newswatch.common.model.Span;
import io.newswatch.common.model.Statement;
import io.newswatch.common.model.TopicMatch;
import io.newswatch.common.text.Texts;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EnricherTest {
  private final Enricher enricher =
      new Enricher(Fixtures.actors(), Fixtures.topics().topics(), Clock.fixed(Fixtures.FETCHED, ZoneOffset.UTC));

  @Test
  void articleLevelActorsAndTopicsWithSpansInTheText() {
    Article article = Fixtures.article("https://example.test/a", Fixtures.BOTSAN_EN, Language.EN);
    EnrichmentResult result = enricher.enrich(article);
    String text = article.text();

    List<ActorMention> actors = result.enriched().actors();
    ActorMention botsan = actors.stream().filter(a -> a.actorId().equals("Q4098573")).findFirst().orElseThrow();
    assertTrue(botsan.inCatalogue());
    assertEquals("RU", botsan.country());
    assertEquals("Alexander Botsan-Kharchenko", botsan.name());
    assertTrue(botsan.spans().size() >= 2, botsan.spans().toString());
    assertTrue(actors.stream().anyMatch(a -> a.actorId().equals("Q55223")));
    for (ActorMention actor : actors) {
      for (Span span : actor.spans()) {
        assertEquals(span.text(), text.substring(span.start(), span.end()));
      }
    }

    Set<String> topics = result.enriched().topics().stream().map(TopicMatch::topicId).collect(Collectors.toSet());
    assertTrue(topics.containsAll(Set.of("kosovo", "unsc", "sanctions-russia")), topics.toString());
    for (TopicMatch topic : result.enriched().topics()) {
      assertFalse(topic.terms().isEmpty());
      for (Span span : topic.evidence()) {
        assertEquals(span.text(), text.substring(span.start(), span.end()));
      }
    }
    assertEquals(Fixtures.FETCHED, result.enriched().enrichedAt());
  }

  @Test
  void aSpeakerOutsideTheCatalogueNamedOnlyInAnotherCaseHasTheSpansOfTheSurname() {
    // Before: the mention had no span at all, since the nominative "Ольга Дорохова" is nowhere in
    // the text.
    String text = "Роман Ольги Дороховой «Белградский вокзал» выходит в Сербии. Сама писательница призналась, что "
        + "немного волнуется. Дороховой предстоит встреча с читателями.";
    EnrichmentResult result = enricher.enrich(Fixtures.article("https://example.test/dorohova", text, Language.RU));
    ActorMention dorohova = result.enriched().actors().stream()
        .filter(a -> a.actorId().equals("unknown:olga dorohova")).findFirst().orElseThrow();
    assertFalse(dorohova.inCatalogue());
    int first = text.indexOf("Дороховой");
    int second = text.lastIndexOf("Дороховой");
    assertEquals(List.of(new Span(first, first + 9, "Дороховой"), new Span(second, second + 9, "Дороховой")),
        dorohova.spans());
  }

  @Test
  void aBodyOutsideTheCatalogueHasTheSpansWhereTheTextNamesIt() {
    // Before: a body named only in another case had no span, and one whose name ends in a
    // country's had every "России" of the text for its spans, as if that were a surname.
    String text = "В Главном управлении МЧС по Оренбургской области сообщили, что вода в России поднялась.\n\n"
        + "Специалист Гидрометцентра России Наталья Орлова ждет дождей. Гидрометцентр также предупредил, "
        + "что возможны заморозки.";
    EnrichmentResult result = enricher.enrich(Fixtures.article("https://example.test/bodies", text, Language.RU));
    Map<String, List<Span>> spans = result.enriched().actors().stream()
        .collect(Collectors.toMap(ActorMention::actorId, ActorMention::spans));
    String office = "Главном управлении МЧС по Оренбургской области";
    int at = text.indexOf(office);
    assertEquals(List.of(new Span(at, at + office.length(), office)),
        spans.get("unknown:glavnoe upravlenie mcs po orenburgskoj oblasti"));
    int full = text.indexOf("Гидрометцентра России");
    int shortName = text.indexOf("Гидрометцентр ", full + 1);
    assertEquals(List.of(new Span(full, full + 21, "Гидрометцентра России"), new Span(shortName, shortName + 13, "Гидрометцентр")),
        spans.get("unknown:gidrometcentr rossii"));
  }

  @Test
  void wordsRepeatedInTheArticleAreOneStatementWhereTheyFirstStandWithTheTopicsOfEveryParagraph() {
    String quote = "Serbia can always rely on Russia, whatever happens.";
    String text =
        "Russian Ambassador to Serbia Alexander Botsan-Kharchenko said on Friday: \"" + quote + "\"\n\n"
            + "Speaking of Kosovo and Metohija, Botsan-Kharchenko repeated: \"" + quote + "\"";
    EnrichmentResult result = enricher.enrich(Fixtures.article("https://example.test/repeat", text, Language.EN));

    List<Statement> found = result.statements().stream().filter(s -> s.text().equals(quote)).toList();
    assertEquals(1, found.size(), result.statements().toString());
    Statement statement = found.get(0);
    assertEquals("Q4098573", statement.speaker().id());
    assertEquals(text.indexOf(quote), statement.start());
    // Kosovo is named only in the second paragraph, where the words stand the second time.
    assertTrue(text.indexOf("Kosovo") > text.indexOf("\n\n"));
    assertTrue(statement.topics().stream().anyMatch(t -> t.topicId().equals("kosovo")), statement.topics().toString());
    assertEquals(result.statements().stream().map(Statement::id).toList(), result.enriched().statementIds());
  }

  @Test
  void statementsCarryIdsTopicsOfTheirParagraphAndArticleContext() {
    Article article = Fixtures.article("https://example.test/b", Fixtures.BOTSAN_EN, Language.EN);
    EnrichmentResult result = enricher.enrich(article);
    assertEquals(
        result.statements().stream().map(Statement::id).distinct().toList(), result.enriched().statementIds());
    for (Statement statement : result.statements()) {
      assertEquals(Ids.hash(statement.speaker().id(), Texts.matchKey(statement.text())), statement.id());
      assertEquals(result.enriched().topics(), statement.articleTopics());
      assertEquals(article.id(), statement.article().articleId());
      assertEquals(Language.EN, statement.language());
      // A statement's own topics come from its paragraph: their evidence lies in that paragraph.
      int paragraphStart = article.text().lastIndexOf("\n\n", statement.start()) + 1;
      int paragraphEnd = article.text().indexOf("\n\n", statement.end());
      paragraphEnd = paragraphEnd < 0 ? article.text().length() : paragraphEnd;
      for (TopicMatch topic : statement.topics()) {
        for (Span span : topic.evidence()) {
          assertTrue(span.start() >= paragraphStart && span.end() <= paragraphEnd, topic + " in " + statement);
        }
      }
    }
  }

  @Test
  void theQuotedParagraphHasItsOwnTopics() {
    // Drives the paragraph logic directly, independent of which statements the extractor finds.
    Article article = Fixtures.article("https://example.test/c", Fixtures.BOTSAN_EN, Language.EN);
    EnrichmentResult result = enricher.enrich(article);
    result.statements().stream()
        .filter(s -> s.text().contains("permanent seat"))
        .forEach(
            s -> {
              Set<String> own = s.topics().stream().map(TopicMatch::topicId).collect(Collectors.toSet());
              assertEquals(Set.of("unsc"), own);
            });
  }

  @Test
  void tooLongTextIsAClearError() {
    Article article = Fixtures.article("https://example.test/d", "x ".repeat(Enricher.MAX_TEXT_CHARS), Language.EN);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> enricher.enrich(article));
    assertTrue(e.getMessage().contains("characters"), e.getMessage());
  }

  @Test
  void serbianCyrillicArticle() {
    String text = "Амбасадор Александар Боцан-Харченко рекао је да Србија може да рачуна на Русију по питању Косова и Метохије.";
    EnrichmentResult result = enricher.enrich(Fixtures.article("https://example.test/e", text, Language.SR_CYRL));
    assertEquals(List.of("Q4098573"), result.enriched().actors().stream().map(ActorMention::actorId).toList());
    assertEquals(List.of("kosovo"), result.enriched().topics().stream().map(TopicMatch::topicId).toList());
  }

  @Test
  void statementsCarryTheArticleEvidenceNearestToThem() {
    List<Span> spans = List.of(new Span(0, 5, "a"), new Span(100, 105, "b"), new Span(200, 205, "c"), new Span(300, 305, "d"),
        new Span(400, 405, "e"), new Span(900, 905, "f"));
    TopicMatch many = new TopicMatch("kosovo", "Kosovo", 2.5, List.of("kosovo"), spans);
    TopicMatch few = new TopicMatch("nato", "NATO", 1.0, List.of("nato"), spans.subList(0, 2));

    List<TopicMatch> carried = Enricher.nearestEvidence(List.of(many, few), 290, 350);

    assertEquals(List.of("kosovo", "nato"), carried.stream().map(TopicMatch::topicId).toList());
    // 300 overlaps the statement, 200 and 400 are 85 and 50 characters away; in article order.
    assertEquals(List.of(200, 300, 400), carried.get(0).evidence().stream().map(Span::start).toList());
    assertEquals(2.5, carried.get(0).score());
    assertEquals(List.of("kosovo"), carried.get(0).terms());
    assertEquals(few, carried.get(1), "a topic with few spans travels whole");
  }
}
