package io.newswatch.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newswatch.common.config.KafkaSettings;
import io.newswatch.common.kafka.DeadLetters;
import io.newswatch.common.kafka.StreamsSupport;
import io.newswatch.common.kafka.Topics;
import io.newswatch.common.metrics.MetricNames;
import io.newswatch.common.model.Actor;
import io.newswatch.common.model.ActorMention;
import io.newswatch.common.model.Article;
import io.newswatch.common.model.EnrichedArticle;
import io.newswatch.common.model.Language;
import io.newswatch.common.model.Statement;
import io.newswatch.common.model.TopicDefinition;
import io.newswatch.common.model.TopicMatch;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnrichTopologyTest {
  @TempDir Path stateDir;

  private SimpleMeterRegistry registry;
  private LiveEnricher live;
  private TopologyTestDriver driver;
  private TestInputTopic<String, Article> articles;
  private TestInputTopic<byte[], byte[]> rawArticles;
  private TestInputTopic<String, Actor> actorUpdates;
  private TestInputTopic<String, TopicDefinition> topicUpdates;
  private TestOutputTopic<String, EnrichedArticle> enriched;
  private TestOutputTopic<String, Statement> statements;
  private TestOutputTopic<byte[], byte[]> deadLetters;

  static EnrichConfig config(Path stateDir) {
    return new EnrichConfig(
        new KafkaSettings("localhost:9", Map.of()),
        Fixtures.resource("actors-test.yaml"),
        Fixtures.resource("topics-test.yaml"),
        "127.0.0.1",
        0,
        "enrich-test",
        stateDir,
        1);
  }

  @BeforeEach
  void start() {
    registry = new SimpleMeterRegistry();
    EnrichMetrics metrics = new EnrichMetrics(registry);
    live = new LiveEnricher(Fixtures.actors(), Fixtures.topics().topics(), Clock.fixed(Fixtures.FETCHED, ZoneOffset.UTC));
    metrics.watch(live);
    EnrichConfig config = config(stateDir);
    Properties props = new Properties();
    props.put("bootstrap.servers", "localhost:9");
    props.put("state.dir", stateDir.toString());
    Topology topology = EnrichTopology.topology(config, live, metrics);
    driver = new TopologyTestDriver(topology, StreamsSupport.streamsProperties(props, "enrich-test", registry));
    articles = driver.createInputTopic(Topics.ARTICLES.name(), Serdes.String().serializer(), Topics.ARTICLES.valueSerde().serializer());
    rawArticles = driver.createInputTopic(Topics.ARTICLES.name(), Serdes.ByteArray().serializer(), Serdes.ByteArray().serializer());
    actorUpdates = driver.createInputTopic(Topics.ACTORS.name(), Serdes.String().serializer(), Topics.ACTORS.valueSerde().serializer());
    topicUpdates = driver.createInputTopic(Topics.TOPIC_RULES.name(), Serdes.String().serializer(), Topics.TOPIC_RULES.valueSerde().serializer());
    enriched = driver.createOutputTopic(Topics.ENRICHED.name(), Serdes.String().deserializer(), Topics.ENRICHED.valueSerde().deserializer());
    statements = driver.createOutputTopic(Topics.STATEMENTS.name(), Serdes.String().deserializer(), Topics.STATEMENTS.valueSerde().deserializer());
    deadLetters = driver.createOutputTopic(Topics.ARTICLES.dlq(), Serdes.ByteArray().deserializer(), Serdes.ByteArray().deserializer());
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  private static String header(TestRecord<byte[], byte[]> record, String name) {
    return DeadLetters.header(record.headers(), name).orElse(null);
  }

  @Test
  void articleBecomesEnrichedArticleAndStatementsKeyedBySpeaker() {
    Article article = Fixtures.article("https://example.test/1", Fixtures.BOTSAN_EN, Language.EN);
    articles.pipeInput(article.id(), article);

    List<KeyValue<String, EnrichedArticle>> out = enriched.readKeyValuesToList();
    assertEquals(1, out.size());
    assertEquals(article.id(), out.get(0).key);
    EnrichedArticle result = out.get(0).value;
    assertEquals(article, result.article());
    assertTrue(result.actors().stream().anyMatch(a -> a.actorId().equals("Q4098573")));
    assertTrue(result.topics().stream().anyMatch(t -> t.topicId().equals("kosovo")));

    List<KeyValue<String, Statement>> said = statements.readKeyValuesToList();
    assertEquals(result.statementIds().size(), said.stream().map(kv -> kv.value.id()).distinct().count());
    for (KeyValue<String, Statement> kv : said) {
      assertEquals(kv.value.speaker().id(), kv.key);
      assertTrue(result.statementIds().contains(kv.value.id()));
    }
    assertTrue(deadLetters.isEmpty());
    assertEquals(1.0, registry.get(EnrichMetrics.ARTICLES).tags("language", "en", "outcome", "enriched").counter().count());
    assertTrue(registry.get(EnrichMetrics.MENTIONS).tags("language", "en").counter().count() >= 3);
    assertEquals(1, registry.get(EnrichMetrics.LATENCY).tags("language", "en").timer().count());
  }

  @Test
  void unreadableAndUnenrichableArticlesGoToTheDeadLetterTopicAndTheStreamGoesOn() {
    rawArticles.pipeInput("k1".getBytes(StandardCharsets.UTF_8), "{not json".getBytes(StandardCharsets.UTF_8));
    Article tooLong =
        Fixtures.article("https://example.test/long", "word ".repeat(Enricher.MAX_TEXT_CHARS / 4), Language.EN);
    articles.pipeInput(tooLong.id(), tooLong);
    Article good = Fixtures.article("https://example.test/2", "Kosovo was discussed by the UN Security Council.", Language.EN);
    articles.pipeInput(good.id(), good);

    // The test driver does not capture the dead letters a deserialization handler returns (the
    // broker test EnrichServiceIT reads that one from the real topic); the handler's count shows it ran.
    assertEquals(
        1.0,
        registry.get(MetricNames.DLQ_RECORDS).tags("topic", Topics.ARTICLES.name(), "stage", "deserialization").counter().count());
    List<TestRecord<byte[], byte[]>> dead = deadLetters.readRecordsToList();
    assertEquals(1, dead.size());
    assertEquals("processing", header(dead.get(0), DeadLetters.STAGE));
    assertTrue(header(dead.get(0), DeadLetters.REASON).contains("characters"), header(dead.get(0), DeadLetters.REASON));
    assertEquals(Topics.ARTICLES.name(), header(dead.get(0), DeadLetters.SOURCE_TOPIC));
    assertEquals(tooLong.id(), new String(dead.get(0).key(), StandardCharsets.UTF_8));

    List<KeyValue<String, EnrichedArticle>> out = enriched.readKeyValuesToList();
    assertEquals(List.of(good.id()), out.stream().map(kv -> kv.key).toList());
    assertEquals(1.0, registry.get(EnrichMetrics.ARTICLES).tags("language", "en", "outcome", "failed").counter().count());
  }

  @Test
  void catalogueChangesOnTheCompactedTopicsApplyWithoutARestart() {
    String text = "Ivan Novak said that Kosovo talks on lithium mining will resume. Novak met envoys.";
    Article before = Fixtures.article("https://example.test/3", text, Language.EN);
    articles.pipeInput(before.id(), before);
    EnrichedArticle first = enriched.readValue();
    assertFalse(first.actors().stream().anyMatch(a -> a.actorId().equals("nw:ivan-novak")));
    assertFalse(first.topics().stream().anyMatch(t -> t.topicId().equals("lithium")));

    Actor novak =
        new Actor(
            "nw:ivan-novak", "Ivan Novak", Actor.Kind.PERSON, Actor.Gender.MALE, "SI", "Envoy",
            Map.of("en", List.of("Ivan Novak")), Map.of("en", List.of("Novak")), Map.of());
    actorUpdates.pipeInput(novak.id(), novak);
    TopicDefinition lithium =
        new TopicDefinition("lithium", "Lithium", 1.0, Map.of("en", List.of(new TopicDefinition.Rule("lithium", 1.0))));
    topicUpdates.pipeInput(lithium.id(), lithium);
    // A record whose key is not its id is left out, and counted.
    actorUpdates.pipeInput("nw:someone-else", novak);

    Article after = Fixtures.article("https://example.test/4", text, Language.EN);
    articles.pipeInput(after.id(), after);
    EnrichedArticle second = enriched.readValue();
    ActorMention mention = second.actors().stream().filter(a -> a.actorId().equals("nw:ivan-novak")).findFirst().orElseThrow();
    assertEquals(2, mention.spans().size());
    TopicMatch topic = second.topics().stream().filter(t -> t.topicId().equals("lithium")).findFirst().orElseThrow();
    assertEquals(List.of("lithium"), topic.terms());
    assertEquals(1.0, registry.get(EnrichMetrics.CATALOGUE_REJECTED).counter().count());
    assertEquals(8.0, registry.get(EnrichMetrics.CATALOGUE_SIZE).tags("catalogue", "actors").gauge().value());
    assertTrue(registry.get(EnrichMetrics.CATALOGUE_RELOADS).counter().count() >= 1);

    // Tombstones drop the run-time entries again.
    actorUpdates.pipeInput(novak.id(), null);
    topicUpdates.pipeInput(lithium.id(), null);
    Article third = Fixtures.article("https://example.test/5", text, Language.EN);
    articles.pipeInput(third.id(), third);
    EnrichedArticle last = enriched.readValue();
    assertFalse(last.actors().stream().anyMatch(a -> a.actorId().equals("nw:ivan-novak")));
    assertFalse(last.topics().stream().anyMatch(t -> t.topicId().equals("lithium")));
  }

  @Test
  void anArticleThatComesAgainUnchangedIsNotEnrichedTwiceAndAChangedOneIs() {
    Article article = Fixtures.article("https://example.test/again", Fixtures.BOTSAN_EN, Language.EN);
    articles.pipeInput(article.id(), article);
    int statementsOnce = statements.readValuesToList().size();
    assertEquals(1, enriched.readValuesToList().size());
    assertTrue(statementsOnce > 0);

    // The same page listed by a second source of the outlet: same id, same title and text.
    Article viaSection = new Article(
        article.schemaVersion(), article.id(), "other-section-feed", article.outlet(), article.url(), article.title(),
        article.text(), article.language(), article.script(), article.publishedAt(), article.fetchedAt(), article.author());
    articles.pipeInput(viaSection.id(), viaSection);
    assertTrue(enriched.isEmpty(), "an unchanged repeat is passed over");
    assertTrue(statements.isEmpty(), "and its statements are not published again");
    assertEquals(1.0, registry.get(EnrichMetrics.ARTICLES).tags("language", "en", "outcome", "repeat").counter().count());

    // The outlet corrects the article: enriched again.
    Article corrected = new Article(
        article.schemaVersion(), article.id(), article.sourceId(), article.outlet(), article.url(), article.title(),
        article.text() + " He added that talks would go on.", article.language(), article.script(),
        article.publishedAt(), article.fetchedAt(), article.author());
    articles.pipeInput(corrected.id(), corrected);
    assertEquals(1, enriched.readValuesToList().size());
    assertTrue(statements.readValuesToList().size() >= statementsOnce);
    assertEquals(2.0, registry.get(EnrichMetrics.ARTICLES).tags("language", "en", "outcome", "enriched").counter().count());

    // A different article with the same text is its own article.
    Article other = Fixtures.article("https://example.test/other", Fixtures.BOTSAN_EN, Language.EN);
    articles.pipeInput(other.id(), other);
    assertEquals(1, enriched.readValuesToList().size());
  }

  @Test
  void everyOperatorAndStoreIsNamed() {
    TopologyDescription description = EnrichTopology.topology(config(stateDir), live, null).describe();
    String text = description.toString();
    assertFalse(text.contains("KSTREAM-"), text);
    assertFalse(text.contains("KTABLE-"), text);
    for (String name :
        List.of(
            EnrichTopology.ARTICLES_SOURCE,
            EnrichTopology.ENRICH,
            EnrichTopology.ENRICHED_SINK,
            EnrichTopology.STATEMENTS_SINK,
            EnrichTopology.ACTORS_STORE,
            EnrichTopology.TOPICS_STORE,
            EnrichTopology.SEEN_STORE)) {
      assertTrue(text.contains(name), name + " in " + text);
    }
  }
}
