package io.newswatch.alert;

import static io.newswatch.alert.Fixtures.KOSOVO;
import static io.newswatch.alert.Fixtures.SANCTIONS;
import static io.newswatch.alert.Fixtures.T0;
import static io.newswatch.alert.Fixtures.UNSC;
import static io.newswatch.alert.Fixtures.VUCIC;
import static io.newswatch.alert.Fixtures.ZAKHAROVA;
import static io.newswatch.alert.Fixtures.statement;
import static io.newswatch.alert.Fixtures.topic;
import static io.newswatch.alert.Fixtures.watch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswatch.common.model.Language;
import io.newswatch.common.model.MatchBasis;
import io.newswatch.common.model.Speaker;
import io.newswatch.common.model.Statement;
import io.newswatch.common.model.TopicMatch;
import io.newswatch.common.model.TopicMode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WatchMatcherTest {
  private static Statement byZakharova(List<TopicMatch> own, List<TopicMatch> article) {
    return statement(ZAKHAROVA, "Situacija izmiče kontroli.", Language.SR_LATN, "tanjug", T0, own, article);
  }

  @Test
  void ownTopicsMatchOnTheStatement() {
    var match = WatchMatcher.match(watch("kosovo-any", List.of("kosovo")), byZakharova(List.of(KOSOVO), List.of()));
    assertEquals(MatchBasis.STATEMENT, match.orElseThrow().basis());
    assertEquals(List.of(KOSOVO), match.get().topics());
  }

  @Test
  void articleTopicsCountOnlyWhenTheWatchAcceptsThem() {
    Statement statement = byZakharova(List.of(), List.of(KOSOVO));
    assertTrue(WatchMatcher.match(watch("kosovo-any", List.of("kosovo")), statement).isEmpty());
    var match =
        WatchMatcher.match(watch("kosovo-ctx", List.of("kosovo"), Map.of("article", true)), statement);
    assertEquals(MatchBasis.ARTICLE, match.orElseThrow().basis());
  }

  @Test
  void allModeNeedsEveryTopicAndMaySplitThemBetweenStatementAndArticle() {
    var all = Map.<String, Object>of("mode", TopicMode.ALL);
    assertTrue(WatchMatcher.match(watch("unsc-kosovo", List.of("unsc", "kosovo"), all), byZakharova(List.of(KOSOVO), List.of(UNSC))).isEmpty());
    assertEquals(
        MatchBasis.STATEMENT,
        WatchMatcher.match(watch("unsc-kosovo", List.of("unsc", "kosovo"), all), byZakharova(List.of(KOSOVO, UNSC), List.of()))
            .orElseThrow()
            .basis());
    var allWithArticle = Map.<String, Object>of("mode", TopicMode.ALL, "article", true);
    var match =
        WatchMatcher.match(watch("unsc-kosovo", List.of("unsc", "kosovo"), allWithArticle), byZakharova(List.of(KOSOVO), List.of(UNSC)));
    assertEquals(MatchBasis.ARTICLE, match.orElseThrow().basis());
    assertEquals(List.of(UNSC, KOSOVO), match.get().topics());
  }

  @Test
  void minimumScoreFiltersWeakTopics() {
    Statement weak = byZakharova(List.of(topic("kosovo", 0.5)), List.of());
    assertTrue(WatchMatcher.match(watch("k", List.of("kosovo"), Map.of("minScore", 1.0)), weak).isEmpty());
    assertTrue(WatchMatcher.match(watch("k", List.of("kosovo"), Map.of("minScore", 0.5)), weak).isPresent());
  }

  @Test
  void actorsOrCountriesSelectTheSpeaker() {
    var russians = Map.<String, Object>of("countries", List.of("ru"));
    assertTrue(WatchMatcher.match(watch("kosovo-russia", List.of("kosovo"), russians), byZakharova(List.of(KOSOVO), List.of())).isPresent());
    Statement byVucic = statement(VUCIC, "Kosovo je Srbija.", Language.SR_LATN, "rts", Fixtures.T0, List.of(KOSOVO), List.of());
    assertTrue(WatchMatcher.match(watch("kosovo-russia", List.of("kosovo"), russians), byVucic).isEmpty());
    var russiansOrVucic = Map.<String, Object>of("countries", List.of("RU"), "actors", List.of(VUCIC.id()));
    assertTrue(WatchMatcher.match(watch("w", List.of("kosovo"), russiansOrVucic), byVucic).isPresent());
    Statement unknown = statement(Speaker.UNKNOWN, "Kosovo je Srbija.", Language.SR_LATN, "rts", T0, List.of(KOSOVO), List.of());
    assertTrue(WatchMatcher.match(watch("w", List.of("kosovo"), russiansOrVucic), unknown).isEmpty());
    assertTrue(WatchMatcher.match(watch("w", List.of("kosovo")), unknown).isPresent());
  }

  @Test
  void outletsAndLanguagesFilter() {
    Statement statement = byZakharova(List.of(KOSOVO), List.of());
    assertTrue(WatchMatcher.match(watch("w", List.of("kosovo"), Map.of("outlets", List.of("TANJUG"))), statement).isPresent());
    assertTrue(WatchMatcher.match(watch("w", List.of("kosovo"), Map.of("outlets", List.of("tanjug-sr"))), statement).isPresent());
    assertTrue(WatchMatcher.match(watch("w", List.of("kosovo"), Map.of("outlets", List.of("b92"))), statement).isEmpty());
    assertTrue(WatchMatcher.match(watch("w", List.of("kosovo"), Map.of("languages", List.of(Language.RU))), statement).isEmpty());
    assertTrue(WatchMatcher.match(watch("w", List.of("kosovo"), Map.of("languages", List.of(Language.SR_LATN))), statement).isPresent());
  }

  @Test
  void otherTopicsDoNotMatch() {
    assertTrue(WatchMatcher.match(watch("w", List.of("kosovo")), byZakharova(List.of(SANCTIONS), List.of(SANCTIONS))).isEmpty());
  }
}
