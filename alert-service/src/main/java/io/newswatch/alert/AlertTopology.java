package io.newswatch.alert;

import io.micrometer.core.instrument.MeterRegistry;
import io.newswatch.common.json.JsonSerde;
import io.newswatch.common.kafka.Topics;
import io.newswatch.common.model.Alert;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Predicate;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * news.statements and the watches in, alerts and echoes out:
 *
 * <pre>
 * newswatch.watches --(global)--> alert-watches
 * news.statements --> judge-statements [novelty stores] --> alerts, alerts.&lt;watch&gt;, alerts.echoes
 * </pre>
 */
final class AlertTopology {
  private static final Logger LOG = LoggerFactory.getLogger(AlertTopology.class);

  static final String WATCH_STORE = "alert-watches";
  static final String WORDING_STORE = "novelty-wordings";
  static final String APPEARANCE_STORE = "novelty-appearances";
  static final String BAND_STORE = "novelty-bands";
  static final String TOKEN_STORE = "novelty-tokens";
  static final String CLUSTER_STORE = "novelty-clusters";

  /** Window stores need a window size; entries here are points in time, not windows. */
  private static final Duration POINT = Duration.ofMillis(1);

  private AlertTopology() {}

  /**
   * @param clock detection time of alerts and echoes
   * @param ownTopicReady whether {@code alerts.<id>} exists for a watch id; alerts of a watch whose
   *     own topic is not there yet stay on {@code alerts} only, as writing to a missing topic would
   *     stall the stream
   */
  static Topology build(
      AlertConfig config, Clock clock, Predicate<String> ownTopicReady, MeterRegistry registry) {
    StreamsBuilder builder = new StreamsBuilder();
    // The watches in force, parsed and indexed: filled by the global store's processor, read by
    // every stream thread's judge.
    WatchBook book = new WatchBook();

    builder.addGlobalStore(
        Stores.keyValueStoreBuilder(
                Stores.inMemoryKeyValueStore(WATCH_STORE), Serdes.String(), new WatchSlotSerde())
            .withLoggingDisabled(),
        Topics.WATCHES.name(),
        Consumed.with(Serdes.String(), new WatchSlotSerde()).withName("read-watches"),
        () -> new WatchStoreUpdater(book, registry));

    Duration window = config.noveltyWindow();
    builder.addStateStore(windowStore(WORDING_STORE, window, false, new SeenStatementSerde()));
    builder.addStateStore(windowStore(APPEARANCE_STORE, window, false, Serdes.String()));
    builder.addStateStore(windowStore(BAND_STORE, window, true, Serdes.String()));
    builder.addStateStore(windowStore(TOKEN_STORE, config.translationWindow(), true, Serdes.String()));
    builder.addStateStore(windowStore(CLUSTER_STORE, window, false, new JsonSerde<>(Cluster.class)));

    KStream<String, Judgement> judged =
        builder.stream(
                Topics.STATEMENTS.name(), Topics.STATEMENTS.consumed().withName("read-statements"))
            .process(
                () -> new JudgeProcessor(config, book, clock, registry),
                Named.as("judge-statements"),
                WORDING_STORE,
                APPEARANCE_STORE,
                BAND_STORE,
                TOKEN_STORE,
                CLUSTER_STORE);

    KStream<String, Judgement.AlertOut> alerts =
        judged
            .filter((key, j) -> j instanceof Judgement.AlertOut, Named.as("only-alerts"))
            .mapValues(j -> (Judgement.AlertOut) j, Named.as("as-alerts"));
    alerts
        .mapValues(Judgement.AlertOut::alert, Named.as("unwrap-alerts"))
        .to(Topics.ALERTS.name(), Topics.ALERTS.produced().withName("write-alerts"));
    alerts
        .filter((key, a) -> a.ownTopic() && ready(ownTopicReady, a.alert(), registry), Named.as("only-own-topic"))
        .mapValues(Judgement.AlertOut::alert, Named.as("unwrap-own-alerts"))
        .to(
            (key, alert, context) -> Topics.watchAlerts(alert.watchId()).name(),
            Topics.ALERTS.produced().withName("write-watch-alerts"));

    judged
        .filter((key, j) -> j instanceof Judgement.EchoOut, Named.as("only-echoes"))
        .mapValues(j -> ((Judgement.EchoOut) j).echo(), Named.as("unwrap-echoes"))
        .to(Topics.ECHOES.name(), Topics.ECHOES.produced().withName("write-echoes"));

    return builder.build();
  }

  private static boolean ready(Predicate<String> ownTopicReady, Alert alert, MeterRegistry registry) {
    if (ownTopicReady.test(alert.watchId())) {
      return true;
    }
    LOG.warn(
        "Alert {} of watch {} stays on {} only: {} does not exist yet",
        alert.id(), alert.watchId(), Topics.ALERTS.name(), Topics.watchAlerts(alert.watchId()).name());
    registry.counter(AlertMetrics.OWN_TOPIC_SKIPPED, "watch", alert.watchId()).increment();
    return false;
  }

  private static <V> StoreBuilder<WindowStore<String, V>> windowStore(
      String name, Duration retention, boolean duplicates, org.apache.kafka.common.serialization.Serde<V> values) {
    return Stores.windowStoreBuilder(
        Stores.persistentWindowStore(name, retention, POINT, duplicates), Serdes.String(), values);
  }

}
