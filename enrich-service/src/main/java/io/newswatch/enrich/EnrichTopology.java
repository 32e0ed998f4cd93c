package io.newswatch.enrich;

import io.newswatch.common.Ids;
import io.newswatch.common.kafka.TopicSpec;
import io.newswatch.common.kafka.Topics;
import io.newswatch.common.model.Actor;
import io.newswatch.common.model.Article;
import io.newswatch.common.model.Statement;
import io.newswatch.common.model.TopicDefinition;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The enrich topology: {@code news.articles} in; each article out on {@code news.enriched} (key:
 * article id) and each of its statements on {@code news.statements} (key: speaker id).
 *
 * <p>The catalogues arrive through two global stores fed by the compacted {@code newswatch.actors}
 * and {@code newswatch.topic-rules} topics; their update processors hand every change to the
 * {@link LiveEnricher}, so new names and rules apply to the next article without a restart, on
 * every instance. An article that fails to enrich is thrown to the processing-exception handler
 * ({@code DeadLetterHandler}: {@code news.articles.dlq} with the reason) and the stream goes on.
 * A window store remembers what was enriched, so that an article that comes again unchanged is
 * not enriched twice.
 */
public final class EnrichTopology {
  public static final String ARTICLES_SOURCE = "articles-source";
  public static final String ENRICH = "enrich";
  public static final String ENRICHED_VALUE = "enriched-article";
  public static final String ENRICHED_SINK = "enriched-sink";
  public static final String STATEMENTS_BY_SPEAKER = "statements-by-speaker";
  public static final String STATEMENTS_SINK = "statements-sink";
  public static final String ACTORS_SOURCE = "actors-source";
  public static final String ACTORS_STORE = "enrich-actors-store";
  public static final String TOPICS_SOURCE = "topic-rules-source";
  public static final String TOPICS_STORE = "enrich-topic-rules-store";
  public static final String SEEN_STORE = "enrich-seen-articles";

  /**
   * How long an enriched article is remembered, so that the same article coming again (listed by
   * sources of its outlet that two ingest instances poll, or re-emitted after ingest lost a feed's
   * state) is passed over instead of enriched and its statements published twice. Outlets list
   * an item for a day or two; three days cover that with room. The store is in memory (about 200
   * bytes an article, so some 12 MB at 20,000 articles a day) and restored from its changelog: on
   * RocksDB its look-up and write cost about 85 µs an article, a third of what enriching a short
   * article takes.
   */
  static final Duration SEEN_RETENTION = Duration.ofDays(3);

  /** Window stores need a window size; entries here are points in time, not windows. */
  private static final Duration POINT = Duration.ofMillis(1);

  private EnrichTopology() {}

  /** The topology over the live enricher; metrics may be null (benchmarks, some tests). */
  public static Topology topology(EnrichConfig config, LiveEnricher live, EnrichMetrics metrics) {
    StreamsBuilder builder = new StreamsBuilder();
    builder.addGlobalStore(
        catalogueStore(ACTORS_STORE, Topics.ACTORS.valueSerde()),
        Topics.ACTORS.name(),
        Topics.ACTORS.consumed().withName(ACTORS_SOURCE),
        () -> new CatalogueUpdater<Actor>(ACTORS_STORE, Actor::id, live::actor, metrics));
    builder.addGlobalStore(
        catalogueStore(TOPICS_STORE, Topics.TOPIC_RULES.valueSerde()),
        Topics.TOPIC_RULES.name(),
        Topics.TOPIC_RULES.consumed().withName(TOPICS_SOURCE),
        () -> new CatalogueUpdater<TopicDefinition>(TOPICS_STORE, TopicDefinition::id, live::topic, metrics));

    builder.addStateStore(
        Stores.windowStoreBuilder(
            Stores.inMemoryWindowStore(SEEN_STORE, SEEN_RETENTION, POINT, false), Serdes.String(), Serdes.String()));
    // The processor writes the records' JSON itself (see Output), so the sinks pass bytes on.
    KStream<String, Output> results =
        builder.stream(Topics.ARTICLES.name(), Topics.ARTICLES.consumed().withName(ARTICLES_SOURCE))
            .processValues(() -> new EnrichProcessor(live, metrics), Named.as(ENRICH), SEEN_STORE);
    results
        .mapValues(Output::enriched, Named.as(ENRICHED_VALUE))
        .to(Topics.ENRICHED.name(), Produced.with(Serdes.String(), Serdes.ByteArray()).withName(ENRICHED_SINK));
    results
        .flatMap((articleId, output) -> output.statements(), Named.as(STATEMENTS_BY_SPEAKER))
        .to(Topics.STATEMENTS.name(), Produced.with(Serdes.String(), Serdes.ByteArray()).withName(STATEMENTS_SINK));
    return builder.build();
  }

  /**
   * One article's records as they are written: the enriched article and each statement keyed by
   * its speaker, already JSON. Serialising in the processor lets it check every record against
   * {@link Topics#MAX_VALUE_BYTES} before any is forwarded: an article can be small enough to read
   * yet enrich past what a record may hold (its mentions, each with offsets, can double it), and a
   * record refused by the producer would fail the transaction at every retry and stall the
   * partition, where an exception here sends the article to the dead-letter topic.
   */
  record Output(byte[] enriched, List<KeyValue<String, byte[]>> statements) {
    static Output of(EnrichmentResult result) {
      byte[] enriched = checked(Topics.ENRICHED, result.enriched().article().id(), result.enriched());
      List<KeyValue<String, byte[]>> statements = new ArrayList<>(result.statements().size());
      for (Statement statement : result.statements()) {
        statements.add(KeyValue.pair(statement.speaker().id(), checked(Topics.STATEMENTS, statement.id(), statement)));
      }
      return new Output(enriched, statements);
    }

    private static <V> byte[] checked(TopicSpec<String, V> topic, String id, V value) {
      byte[] bytes = topic.valueSerde().serializer().serialize(topic.name(), value);
      if (bytes.length > Topics.MAX_VALUE_BYTES) {
        throw new IllegalStateException(
            "its record " + id + " on " + topic.name() + " would be " + bytes.length + " bytes, more than the "
                + Topics.MAX_VALUE_BYTES + " a record may take");
      }
      return bytes;
    }
  }

  /** Global stores restore from their topic and never log elsewhere. */
  private static <V> StoreBuilder<KeyValueStore<String, V>> catalogueStore(String name, Serde<V> values) {
    return Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name), Serdes.String(), values)
        .withLoggingDisabled();
  }

  /**
   * Enriches one article. A null value (nothing to enrich) is passed over, and so is an article
   * enriched before under the same id with the same title and text (see {@link #SEEN_RETENTION});
   * one whose text changed is enriched again.
   */
  static final class EnrichProcessor implements FixedKeyProcessor<String, Article, Output> {
    private final LiveEnricher live;
    private final EnrichMetrics metrics;
    private FixedKeyProcessorContext<String, Output> context;
    private WindowStore<String, String> seen;

    EnrichProcessor(LiveEnricher live, EnrichMetrics metrics) {
      this.live = live;
      this.metrics = metrics;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Output> context) {
      this.context = context;
      this.seen = context.getStateStore(SEEN_STORE);
    }

    @Override
    public void process(FixedKeyRecord<String, Article> record) {
      Article article = record.value();
      if (article == null) {
        return;
      }
      String id = record.key() != null ? record.key() : article.id();
      String content = Ids.hash(article.title(), article.text());
      long time = record.timestamp();
      if (content.equals(latest(id, time))) {
        if (metrics != null) {
          metrics.repeated(article.language());
        }
        return;
      }
      long started = System.nanoTime();
      EnrichmentResult result;
      Output output;
      try {
        result = live.current().enrich(article);
        output = Output.of(result);
      } catch (RuntimeException e) {
        if (metrics != null) {
          metrics.failed(article.language());
        }
        // Rethrown for the processing-exception handler, which dead-letters the article.
        throw new IllegalStateException(
            "enriching article " + article.id() + " failed: " + e.getMessage(), e);
      }
      if (metrics != null) {
        metrics.enriched(article.language(), result, Duration.ofNanos(System.nanoTime() - started));
      }
      seen.put(id, content, time);
      context.forward(record.withValue(output));
    }

    /** The content hash last enriched under this id within the retention around {@code time}. */
    private String latest(String id, long time) {
      long range = SEEN_RETENTION.toMillis();
      String found = null;
      try (WindowStoreIterator<String> values = seen.fetch(id, Math.max(0, time - range), time + range)) {
        while (values.hasNext()) {
          found = values.next().value;
        }
      }
      return found;
    }
  }

  /**
   * Keeps a global catalogue store and tells the live enricher about each change. Restoration
   * fills the store without calling {@link #process}, so {@link #init} hands over what the store
   * already holds. A record whose key is not its value's id is logged, counted and left out: an
   * exception here would stop the global thread, and with it the whole service.
   */
  static final class CatalogueUpdater<V> implements Processor<String, V, Void, Void> {
    private static final Logger LOG = LoggerFactory.getLogger(CatalogueUpdater.class);

    private final String storeName;
    private final Function<V, String> idOf;
    private final BiConsumer<String, V> sink;
    private final EnrichMetrics metrics;
    private KeyValueStore<String, V> store;

    CatalogueUpdater(
        String storeName, Function<V, String> idOf, BiConsumer<String, V> sink, EnrichMetrics metrics) {
      this.storeName = storeName;
      this.idOf = idOf;
      this.sink = sink;
      this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
      store = context.getStateStore(storeName);
      try (KeyValueIterator<String, V> all = store.all()) {
        while (all.hasNext()) {
          KeyValue<String, V> entry = all.next();
          sink.accept(entry.key, entry.value);
        }
      }
    }

    @Override
    public void process(Record<String, V> record) {
      String key = record.key();
      V value = record.value();
      if (key == null || (value != null && !key.equals(idOf.apply(value)))) {
        LOG.warn(
            "{}: ignored a catalogue record whose key '{}' is not its id '{}'",
            storeName,
            key,
            value == null ? null : idOf.apply(value));
        if (metrics != null) {
          metrics.catalogueRejected(storeName);
        }
        return;
      }
      if (value == null) {
        store.delete(key);
      } else {
        store.put(key, value);
      }
      sink.accept(key, value);
    }
  }
}
