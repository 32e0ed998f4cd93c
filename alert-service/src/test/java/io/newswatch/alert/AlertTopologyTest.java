package io.newswatch.alert;

import static io.newswatch.alert.Fixtures.BOTSAN;
import static io.newswatch.alert.Fixtures.KOSOVO;
import static io.newswatch.alert.Fixtures.T0;
import static io.newswatch.alert.Fixtures.UNSC;
import static io.newswatch.alert.Fixtures.ZAKHAROVA;
import static io.newswatch.alert.Fixtures.statement;
import static io.newswatch.alert.Fixtures.statementAt;
import static io.newswatch.alert.Fixtures.watch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newswatch.common.Ids;
import io.newswatch.common.config.Env;
import io.newswatch.common.metrics.MetricNames;
import io.newswatch.common.kafka.StreamsSupport;
import io.newswatch.common.kafka.Topics;
import io.newswatch.common.model.Alert;
import io.newswatch.common.model.Echo;
import io.newswatch.common.model.EchoKind;
import io.newswatch.common.model.Language;
import io.newswatch.common.model.MatchBasis;
import io.newswatch.common.model.Speaker;
import io.newswatch.common.model.Statement;
import io.newswatch.common.model.Watch;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlertTopologyTest {
  static final String BOTSAN_RU =
      "Сербия может рассчитывать на Россию, которая координирует свою позицию с Белградом и с"
          + " Пекином и использует постоянное место в Совете Безопасности ООН.";
  static final String BOTSAN_EN =
      "Serbia can rely on Russia, which coordinates its position with Belgrade and with China and"
          + " uses its permanent seat on the UN Security Council.";

  @TempDir Path stateDir;

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final TestClock clock = new TestClock(T0.plusSeconds(60));
  private TopologyTestDriver driver;
  private TestInputTopic<String, Statement> statements;
  private TestInputTopic<String, Watch> watches;
  private TestInputTopic<byte[], byte[]> rawStatements;
  private TestInputTopic<byte[], byte[]> rawWatches;
  private TestOutputTopic<String, Alert> alerts;
  private TestOutputTopic<String, Echo> echoes;

  @BeforeEach
  void start() {
    start(Map.of());
  }

  void start(Map<String, String> env) {
    if (driver != null) {
      driver.close();
    }
    AlertConfig config = AlertConfig.from(new Env(env));
    Properties client = new Properties();
    client.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    Properties props = StreamsSupport.streamsProperties(client, "alert-topology-test", registry);
    props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    driver = new TopologyTestDriver(AlertTopology.build(config, clock, id -> true, registry), props);
    statements =
        driver.createInputTopic(
            Topics.STATEMENTS.name(),
            Topics.STATEMENTS.keySerde().serializer(),
            Topics.STATEMENTS.valueSerde().serializer());
    watches =
        driver.createInputTopic(
            Topics.WATCHES.name(), Topics.WATCHES.keySerde().serializer(), Topics.WATCHES.valueSerde().serializer());
    rawStatements =
        driver.createInputTopic(Topics.STATEMENTS.name(), new ByteArraySerializer(), new ByteArraySerializer());
    rawWatches =
        driver.createInputTopic(Topics.WATCHES.name(), new ByteArraySerializer(), new ByteArraySerializer());
    alerts =
        driver.createOutputTopic(
            Topics.ALERTS.name(), Topics.ALERTS.keySerde().deserializer(), Topics.ALERTS.valueSerde().deserializer());
    echoes =
        driver.createOutputTopic(
            Topics.ECHOES.name(), Topics.ECHOES.keySerde().deserializer(), Topics.ECHOES.valueSerde().deserializer());
    watches.pipeInput("kosovo-any", watch("kosovo-any", List.of("kosovo")));
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  private void send(Statement statement) {
    statements.pipeInput(statement.speaker().id(), statement);
  }

  private static Statement zakharova(String text, String outlet, Instant fetched) {
    return statement(ZAKHAROVA, text, Language.EN, outlet, fetched, List.of(KOSOVO), List.of(KOSOVO));
  }

  static final String ZAKHAROVA_EN =
      "The situation in Kosovo and Metohija is getting out of control, and Pristina keeps"
          + " provoking the Serbs in the north of the province.";

  @Test
  void firstAppearanceAlertsOnceAndAVerbatimReprintEchoes() {
    Statement first = zakharova(ZAKHAROVA_EN, "tass", T0);
    send(first);
    TestRecord<String, Alert> record = alerts.readRecord();
    Alert alert = record.value();
    assertEquals("kosovo-any", record.key());
    assertEquals(Ids.hash("kosovo-any", first.id()), alert.id());
    assertEquals(first, alert.statement());
    assertEquals(MatchBasis.STATEMENT, alert.matchedOn());
    assertEquals(List.of(KOSOVO), alert.topics());
    assertEquals(clock.instant(), alert.detectedAt());
    assertEquals(Duration.ofMinutes(11).toMillis(), alert.latencyFromPublishedMs());
    assertEquals(Duration.ofMinutes(1).toMillis(), alert.latencyFromFetchedMs());
    assertEquals(ZAKHAROVA_EN, alert.transliteration());

    // Reprinted with typographic changes only: another outlet, same words.
    Statement reprint =
        zakharova(ZAKHAROVA_EN.toUpperCase(java.util.Locale.ROOT).replace(",", " -"), "b92", T0.plusSeconds(3600));
    send(reprint);
    assertTrue(alerts.isEmpty(), "a reprint must not alert again");
    TestRecord<String, Echo> echo = echoes.readRecord();
    assertEquals(alert.id(), echo.key());
    assertEquals(EchoKind.VERBATIM, echo.value().kind());
    assertEquals(1.0, echo.value().confidence());
    assertEquals("b92", echo.value().outlet());
    assertEquals(reprint.article().url(), echo.value().url());
    assertEquals(reprint.id(), echo.value().statementId());
  }

  @Test
  void theSameArticleAgainIsNeitherAlertNorEcho() {
    Statement first = zakharova(ZAKHAROVA_EN, "tass", T0);
    send(first);
    send(first);
    assertEquals(1, alerts.readRecordsToList().size());
    assertTrue(echoes.isEmpty());
  }

  @Test
  void cyrillicAndLatinEditionsOfOneStatementAreVerbatim() {
    send(statement(ZAKHAROVA, "Situacija na Kosovu i Metohiji izmiče kontroli.", Language.SR_LATN, "rts", T0, List.of(KOSOVO), List.of()));
    send(statement(ZAKHAROVA, "Ситуација на Косову и Метохији измиче контроли.", Language.SR_CYRL, "rts", T0.plusSeconds(5), List.of(KOSOVO), List.of()));
    Alert alert = alerts.readValue();
    assertEquals("Situacija na Kosovu i Metohiji izmiče kontroli.", alert.transliteration());
    assertTrue(alerts.isEmpty());
    assertEquals(EchoKind.VERBATIM, echoes.readValue().kind());
  }

  @Test
  void theSameWordsByAnotherSpeakerAreNew() {
    send(zakharova(ZAKHAROVA_EN, "tass", T0));
    send(statement(BOTSAN, ZAKHAROVA_EN, Language.EN, "b92", T0.plusSeconds(60), List.of(KOSOVO), List.of()));
    assertEquals(2, alerts.readRecordsToList().size());
    assertTrue(echoes.isEmpty());
  }

  @Test
  void aChangedWordIsANearEcho() {
    send(zakharova(ZAKHAROVA_EN, "tass", T0));
    Alert alert = alerts.readValue();
    send(zakharova(ZAKHAROVA_EN.replace("getting", "spinning"), "b92", T0.plusSeconds(600)));
    assertTrue(alerts.isEmpty());
    Echo echo = echoes.readValue();
    assertEquals(alert.id(), echo.alertId());
    assertEquals(EchoKind.NEAR, echo.kind());
    assertTrue(echo.confidence() >= AlertConfig.DEFAULT_NEAR_THRESHOLD && echo.confidence() < 1, "confidence " + echo.confidence());
  }

  @Test
  void aTrimmedReprintOfAnEchoStillEchoesTheFirstAlert() {
    send(zakharova(ZAKHAROVA_EN, "tass", T0));
    Alert alert = alerts.readValue();
    send(zakharova(ZAKHAROVA_EN.replace("getting", "spinning"), "b92", T0.plusSeconds(600)));
    send(zakharova("The situation in Kosovo and Metohija is spinning out of control", "n1", T0.plusSeconds(1200)));
    assertTrue(alerts.isEmpty());
    List<Echo> all = echoes.readValuesToList();
    assertEquals(2, all.size());
    assertTrue(all.stream().allMatch(e -> e.alertId().equals(alert.id()) && e.kind() == EchoKind.NEAR), all.toString());
  }

  @Test
  void anotherSentenceOfTheSameSpeakerIsNew() {
    send(zakharova(ZAKHAROVA_EN, "tass", T0));
    send(zakharova("We support the Serbian president's call for an urgent session of the UN Security Council on Kosovo.", "tass", T0.plusSeconds(60)));
    assertEquals(2, alerts.readRecordsToList().size());
    assertTrue(echoes.isEmpty());
  }

  @Test
  void aReprintOutsideTheWindowIsNew() {
    start(Map.of(AlertConfig.NOVELTY_WINDOW, "30d"));
    send(zakharova(ZAKHAROVA_EN, "tass", T0));
    send(zakharova(ZAKHAROVA_EN, "b92", T0.plus(Duration.ofDays(29))));
    assertEquals(1, alerts.readRecordsToList().size());
    assertEquals(1, echoes.readRecordsToList().size());
    send(zakharova(ZAKHAROVA_EN, "novosti", T0.plus(Duration.ofDays(31))));
    List<Alert> again = alerts.readValuesToList();
    assertEquals(1, again.size(), "the first appearance is 31 days old: the wording is new again");
    assertTrue(echoes.isEmpty());
  }

  @Test
  void unknownSpeakersAreOnlyMergedWhenTheirWordsAreIdentical() {
    String text = "The situation in Kosovo is getting out of control and nobody in Pristina listens to reason.";
    send(statement(Speaker.UNKNOWN, text, Language.EN, "b92", T0, List.of(KOSOVO), List.of()));
    send(statement(Speaker.UNKNOWN, text.replace("nobody", "no one"), Language.EN, "n1", T0.plusSeconds(10), List.of(KOSOVO), List.of()));
    assertEquals(2, alerts.readRecordsToList().size(), "near words of unknown speakers are two statements");
    send(statement(Speaker.UNKNOWN, text, Language.EN, "rts", T0.plusSeconds(20), List.of(KOSOVO), List.of()));
    assertTrue(alerts.isEmpty());
    assertEquals(EchoKind.VERBATIM, echoes.readValue().kind());
  }

  @Test
  void aTranslatedReprintLinksAsATranslationEcho() {
    send(statement(ZAKHAROVA, TranslationsTest.TASS_RU, Language.RU, "tass", T0, List.of(KOSOVO), List.of(KOSOVO, UNSC)));
    Alert alert = alerts.readValue();
    send(statement(ZAKHAROVA, TranslationsTest.TANJUG_SR, Language.SR_LATN, "tanjug", T0.plus(Duration.ofHours(2)), List.of(KOSOVO), List.of(KOSOVO, UNSC)));
    send(statement(ZAKHAROVA, TranslationsTest.B92_EN, Language.EN, "b92", T0.plus(Duration.ofHours(5)), List.of(KOSOVO), List.of(KOSOVO)));
    assertTrue(alerts.isEmpty(), "translations must not alert again");
    List<Echo> all = echoes.readValuesToList();
    assertEquals(List.of("tanjug", "b92"), all.stream().map(Echo::outlet).toList());
    for (Echo echo : all) {
      assertEquals(alert.id(), echo.alertId());
      assertEquals(EchoKind.TRANSLATION, echo.kind());
      assertTrue(echo.confidence() >= AlertConfig.DEFAULT_TRANSLATION_MIN_CONFIDENCE && echo.confidence() <= 1);
    }
    // A verbatim copy of the Serbian translation echoes the same first alert.
    send(statement(ZAKHAROVA, TranslationsTest.TANJUG_SR, Language.SR_LATN, "novosti", T0.plus(Duration.ofHours(6)), List.of(KOSOVO), List.of(KOSOVO)));
    assertTrue(alerts.isEmpty());
    Echo copy = echoes.readValue();
    assertEquals(alert.id(), copy.alertId());
    assertEquals(EchoKind.VERBATIM, copy.kind());
  }

  @Test
  void aTranslationIsFoundAmongMoreEarlierStatementsSharingATokenThanTheCandidateCap() {
    // A busy speaker: more earlier statements sharing the number 1244 than translation candidates
    // are read, all older than the original. The Serbian translation must still find the original.
    java.util.SplittableRandom random = new java.util.SplittableRandom(1244);
    String[] syllables = {"ба", "ве", "го", "ду", "жи", "зо", "ку", "ла", "ми", "но", "пу", "ре", "си", "ту", "фа", "хо"};
    for (int i = 0; i < JudgeProcessor.MAX_TRANSLATION_CANDIDATES + 50; i++) {
      StringBuilder text = new StringBuilder("По резолюции 1244");
      for (int w = 0; w < 12; w++) {
        text.append(' ');
        for (int k = 0; k < 3; k++) {
          text.append(syllables[random.nextInt(syllables.length)]);
        }
      }
      send(statement(ZAKHAROVA, text.append('.').toString(), Language.RU, "tass", T0.plusSeconds(i), List.of(KOSOVO), List.of(KOSOVO)));
    }
    assertEquals(JudgeProcessor.MAX_TRANSLATION_CANDIDATES + 50, alerts.readRecordsToList().size(), "each earlier statement is new");
    assertTrue(echoes.isEmpty());

    send(statement(ZAKHAROVA, TranslationsTest.TASS_RU, Language.RU, "tass", T0.plus(Duration.ofHours(1)), List.of(KOSOVO), List.of(KOSOVO, UNSC)));
    Alert original = alerts.readValue();
    send(statement(ZAKHAROVA, TranslationsTest.TANJUG_SR, Language.SR_LATN, "tanjug", T0.plus(Duration.ofHours(2)), List.of(KOSOVO), List.of(KOSOVO, UNSC)));
    assertTrue(alerts.isEmpty(), "the translation must not alert again");
    Echo echo = echoes.readValue();
    assertEquals(original.id(), echo.alertId());
    assertEquals(EchoKind.TRANSLATION, echo.kind());
  }

  @Test
  void anotherStatementInAnotherLanguageOnTheSameDayStaysNew() {
    send(statement(ZAKHAROVA, TranslationsTest.TASS_RU, Language.RU, "tass", T0, List.of(KOSOVO), List.of(KOSOVO, UNSC)));
    send(statement(ZAKHAROVA, TranslationsTest.OTHER_EN, Language.EN, "b92", T0.plus(Duration.ofHours(3)), List.of(KOSOVO), List.of(KOSOVO, UNSC)));
    assertEquals(2, alerts.readRecordsToList().size());
    assertTrue(echoes.isEmpty());
  }

  @Test
  void differentStatementsOfOneSpeakerInTwoLanguagesStayApart() {
    send(statement(BOTSAN, BOTSAN_RU, Language.RU, "tass", T0, List.of(KOSOVO), List.of(KOSOVO, UNSC)));
    send(statement(BOTSAN, "Serbia is under enormous Western pressure over sanctions, and President Vučić is standing firm.", Language.EN, "b92", T0.plus(Duration.ofHours(1)), List.of(KOSOVO), List.of(KOSOVO)));
    assertEquals(2, alerts.readRecordsToList().size());
    assertTrue(echoes.isEmpty());
  }

  @Test
  void aTranslationAfterTheTranslationWindowIsNew() {
    send(statement(ZAKHAROVA, TranslationsTest.TASS_RU, Language.RU, "tass", T0, List.of(KOSOVO), List.of(KOSOVO)));
    send(statement(ZAKHAROVA, TranslationsTest.B92_EN, Language.EN, "b92", T0.plus(Duration.ofHours(49)), List.of(KOSOVO), List.of(KOSOVO)));
    assertEquals(2, alerts.readRecordsToList().size());
    assertTrue(echoes.isEmpty());
  }

  @Test
  void aWatchCanTurnTranslationEchoesOff() {
    watches.pipeInput("kosovo-literal", watch("kosovo-literal", List.of("kosovo"), Map.of("translation", false)));
    send(statement(ZAKHAROVA, TranslationsTest.TASS_RU, Language.RU, "tass", T0, List.of(KOSOVO), List.of(KOSOVO)));
    assertEquals(Set.of("kosovo-any", "kosovo-literal"), Set.copyOf(alerts.readKeyValuesToMap().keySet()));
    send(statement(ZAKHAROVA, TranslationsTest.B92_EN, Language.EN, "b92", T0.plus(Duration.ofHours(5)), List.of(KOSOVO), List.of(KOSOVO)));
    List<Alert> again = alerts.readValuesToList();
    assertEquals(List.of("kosovo-literal"), again.stream().map(Alert::watchId).toList());
    List<Echo> linked = echoes.readValuesToList();
    assertEquals(List.of("kosovo-any"), linked.stream().map(Echo::watchId).toList());
    assertEquals(EchoKind.TRANSLATION, linked.get(0).kind());
  }

  @Test
  void aWatchAddedLaterAlertsOnTheNextReprintAndEchoesGoToEveryAlert() {
    Statement first = zakharova(ZAKHAROVA_EN, "tass", T0);
    send(first);
    Alert any = alerts.readValue();
    watches.pipeInput("kosovo-russia", watch("kosovo-russia", List.of("kosovo"), Map.of("countries", List.of("RU"), "own", true)));
    TestOutputTopic<String, Alert> own =
        driver.createOutputTopic("alerts.kosovo-russia", Serdes.String().deserializer(), Topics.ALERTS.valueSerde().deserializer());
    Statement reprint = zakharova(ZAKHAROVA_EN, "b92", T0.plusSeconds(60));
    send(reprint);
    Alert russia = alerts.readValue();
    assertEquals("kosovo-russia", russia.watchId());
    assertEquals(Ids.hash("kosovo-russia", reprint.id()), russia.id());
    assertEquals(russia, own.readValue());
    assertEquals(List.of(any.id()), echoes.readValuesToList().stream().map(Echo::alertId).toList());

    send(zakharova(ZAKHAROVA_EN, "rts", T0.plusSeconds(120)));
    assertTrue(alerts.isEmpty());
    assertEquals(Set.of(any.id(), russia.id()), Set.copyOf(echoes.readValuesToList().stream().map(Echo::alertId).toList()));
  }

  @Test
  void aRemovedWatchNoLongerAlerts() {
    watches.pipeInput("kosovo-any", (Watch) null);
    send(zakharova(ZAKHAROVA_EN, "tass", T0));
    assertTrue(alerts.isEmpty());
    watches.pipeInput("kosovo-any", watch("kosovo-any", List.of("kosovo")));
    send(zakharova("Pristina is provoking the Serbs of Kosovo and Metohija every single day now.", "tass", T0.plusSeconds(30)));
    assertEquals(1, alerts.readRecordsToList().size());
  }

  /**
   * The test driver does not route the handler's dead letters to a topic (the broker test
   * AlertServiceIT reads them from news.statements.dlq); here the handler's count and the stream
   * going on are what is checked.
   */
  @Test
  void aMalformedStatementIsHandedToTheDeadLetterHandlerAndTheStreamGoesOn() {
    rawStatements.pipeInput("maria-zakharova".getBytes(StandardCharsets.UTF_8), "{\"id\":\"x\",\"text\":".getBytes(StandardCharsets.UTF_8));
    rawStatements.pipeInput(
        "maria-zakharova".getBytes(StandardCharsets.UTF_8),
        "{\"id\":\"x\",\"speaker\":{\"id\":\"maria-zakharova\",\"inCatalogue\":true},\"text\":\"\"}"
            .getBytes(StandardCharsets.UTF_8));
    send(zakharova(ZAKHAROVA_EN, "tass", T0));
    assertEquals(
        2.0,
        registry.counter(MetricNames.DLQ_RECORDS, "topic", Topics.STATEMENTS.name(), "stage", "deserialization").count());
    assertEquals(1, alerts.readRecordsToList().size(), "the next statement is judged as usual");
  }

  @Test
  void aMalformedWatchIsSkippedAndThePreviousVersionStaysInForce() {
    rawWatches.pipeInput("kosovo-any".getBytes(StandardCharsets.UTF_8), "{\"id\":\"kosovo-any\",\"topics\":[]}".getBytes(StandardCharsets.UTF_8));
    rawWatches.pipeInput("broken".getBytes(StandardCharsets.UTF_8), "not json".getBytes(StandardCharsets.UTF_8));
    watches.pipeInput("mismatch", watch("other-id", List.of("kosovo")));
    send(zakharova(ZAKHAROVA_EN, "tass", T0));
    assertEquals(List.of("kosovo-any"), alerts.readValuesToList().stream().map(Alert::watchId).toList());
    assertEquals(3.0, registry.counter(AlertMetrics.WATCHES_SKIPPED).count());
  }

  @Test
  void statementsJudgedAreCountedByOutcome() {
    send(zakharova(ZAKHAROVA_EN, "tass", T0));
    send(zakharova(ZAKHAROVA_EN, "b92", T0.plusSeconds(1)));
    assertEquals(1.0, registry.counter(AlertMetrics.STATEMENTS_JUDGED, "outcome", "new").count());
    assertEquals(1.0, registry.counter(AlertMetrics.STATEMENTS_JUDGED, "outcome", "verbatim").count());
    assertFalse(alerts.isEmpty());
  }

  /** A clock the test moves; detection times are then exact. */
  static final class TestClock extends Clock {
    private volatile Instant now;

    TestClock(Instant now) {
      this.now = now;
    }

    void set(Instant instant) {
      now = instant;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
