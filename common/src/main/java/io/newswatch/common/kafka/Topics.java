package io.newswatch.common.kafka;

import io.newswatch.common.json.JsonSerde;
import io.newswatch.common.model.Actor;
import io.newswatch.common.model.Alert;
import io.newswatch.common.model.Article;
import io.newswatch.common.model.Echo;
import io.newswatch.common.model.EnrichedArticle;
import io.newswatch.common.model.FeedState;
import io.newswatch.common.model.Source;
import io.newswatch.common.model.Statement;
import io.newswatch.common.model.TopicDefinition;
import io.newswatch.common.model.Watch;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The topic catalogue: every topic Newswatch reads or writes, with its serdes and settings. It is
 * immutable; services take their sources and sinks from here.
 */
public final class Topics {
  /**
   * Largest record value a service writes: below Kafka's default 1 MiB limits (the producer's
   * max.request.size, the broker's and topics' message size), with room for key, headers and batch
   * overhead. A larger value would fail its transaction at every retry and stall what follows it,
   * so a service reports the record that would make it instead.
   */
  public static final int MAX_VALUE_BYTES = 900_000;

  private static final Serde<String> KEY = Serdes.String();
  private static final Duration MONTH = Duration.ofDays(30);
  private static final Duration QUARTER = Duration.ofDays(90);

  /** Articles as ingested; key: article id. */
  public static final TopicSpec<String, Article> ARTICLES =
      new TopicSpec<>(
          "news.articles", KEY, new JsonSerde<>(Article.class), 6, false, MONTH, "news.articles.dlq");

  /** Articles with actors and topics; key: article id. */
  public static final TopicSpec<String, EnrichedArticle> ENRICHED =
      new TopicSpec<>(
          "news.enriched",
          KEY,
          new JsonSerde<>(EnrichedArticle.class),
          6,
          false,
          MONTH,
          "news.enriched.dlq");

  /** Statements; key: speaker id, so one speaker's statements share a partition. */
  public static final TopicSpec<String, Statement> STATEMENTS =
      new TopicSpec<>(
          "news.statements",
          KEY,
          new JsonSerde<>(Statement.class),
          6,
          false,
          MONTH,
          "news.statements.dlq");

  /** Every alert of every watch; key: watch id. */
  public static final TopicSpec<String, Alert> ALERTS =
      new TopicSpec<>("alerts", KEY, new JsonSerde<>(Alert.class), 3, false, QUARTER, null);

  /** Later appearances of alerted statements; key: the first alert's id. */
  public static final TopicSpec<String, Echo> ECHOES =
      new TopicSpec<>("alerts.echoes", KEY, new JsonSerde<>(Echo.class), 3, false, QUARTER, null);

  /** The source catalogue; key: source id; a null value removes the source. */
  public static final TopicSpec<String, Source> SOURCES =
      new TopicSpec<>(
          "newswatch.sources",
          KEY,
          new JsonSerde<>(Source.class),
          6,
          true,
          null,
          "newswatch.sources.dlq");

  /** Watches; key: watch id; a null value removes the watch. */
  public static final TopicSpec<String, Watch> WATCHES =
      new TopicSpec<>(
          "newswatch.watches",
          KEY,
          new JsonSerde<>(Watch.class),
          1,
          true,
          null,
          "newswatch.watches.dlq");

  /** Crawl state per feed; key: feed URL. */
  public static final TopicSpec<String, FeedState> INGEST_STATE =
      new TopicSpec<>(
          "newswatch.ingest-state",
          KEY,
          new JsonSerde<>(FeedState.class),
          6,
          true,
          null,
          "newswatch.ingest-state.dlq");

  /** Actor catalogue overrides; key: actor id; a null value removes the actor. */
  public static final TopicSpec<String, Actor> ACTORS =
      new TopicSpec<>(
          "newswatch.actors", KEY, new JsonSerde<>(Actor.class), 1, true, null, "newswatch.actors.dlq");

  /** Topic-rule catalogue overrides; key: topic id; a null value removes the topic. */
  public static final TopicSpec<String, TopicDefinition> TOPIC_RULES =
      new TopicSpec<>(
          "newswatch.topic-rules",
          KEY,
          new JsonSerde<>(TopicDefinition.class),
          1,
          true,
          null,
          "newswatch.topic-rules.dlq");

  private static final List<TopicSpec<String, ?>> DATA_TOPICS =
      List.of(
          ARTICLES, ENRICHED, STATEMENTS, ALERTS, ECHOES, SOURCES, WATCHES, INGEST_STATE, ACTORS,
          TOPIC_RULES);

  private static final List<TopicSpec<?, ?>> ALL = buildAll();

  private Topics() {}

  private static List<TopicSpec<?, ?>> buildAll() {
    List<TopicSpec<?, ?>> all = new ArrayList<>(DATA_TOPICS);
    for (TopicSpec<String, ?> topic : DATA_TOPICS) {
      if (topic.dlq() != null) {
        all.add(deadLetterTopic(topic.dlq(), topic.partitions()));
      }
    }
    return List.copyOf(all);
  }

  private static TopicSpec<byte[], byte[]> deadLetterTopic(String name, int partitions) {
    return new TopicSpec<>(
        name, Serdes.ByteArray(), Serdes.ByteArray(), Math.min(partitions, 3), false, MONTH, null);
  }

  /** Every topic of the catalogue, data topics first, then their dead-letter topics. */
  public static List<TopicSpec<?, ?>> all() {
    return ALL;
  }

  /** The catalogue entry with this name, if any. */
  public static Optional<TopicSpec<?, ?>> byName(String name) {
    return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
  }

  /**
   * The topic for a watch's own alerts ({@code alerts.<watch-id>}), created on demand by the alert
   * service; same serdes and settings as {@link #ALERTS}.
   */
  public static TopicSpec<String, Alert> watchAlerts(String watchId) {
    return new TopicSpec<>(
        "alerts." + watchId, KEY, ALERTS.valueSerde(), 1, false, QUARTER, null);
  }
}
