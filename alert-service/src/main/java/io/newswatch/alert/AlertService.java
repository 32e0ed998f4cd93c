package io.newswatch.alert;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newswatch.common.http.ServiceHttpServer;
import io.newswatch.common.kafka.BoundedRocksDbMemory;
import io.newswatch.common.kafka.StreamsSupport;
import io.newswatch.common.kafka.TopicBootstrapper;
import io.newswatch.common.metrics.MetricNames;
import io.newswatch.common.metrics.ServiceMetrics;
import io.newswatch.common.model.Language;
import io.newswatch.common.model.Watch;
import io.newswatch.common.service.ManagedService;
import io.newswatch.common.text.Texts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.rocksdb.RocksDB;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The alert service: judges statements against the watches (the topology), publishes seed
 * watches, delivers webhooks, and serves {@code /alerts}, {@code /alerts/stream}, metrics and
 * health.
 */
public final class AlertService implements ManagedService {
  private static final Logger LOG = LoggerFactory.getLogger(AlertService.class);
  private static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(60);

  private final AlertConfig config;
  private final PrometheusMeterRegistry registry;
  private final Admin admin;
  private final WatchDirectory directory;
  private final KafkaStreams streams;
  private final KafkaStreamsMetrics streamsMetrics;
  private final AlertFeed feed;
  private final WebhookDispatcher webhooks;
  private final ServiceHttpServer http;

  private AlertService(
      AlertConfig config,
      PrometheusMeterRegistry registry,
      Admin admin,
      WatchDirectory directory,
      KafkaStreams streams,
      KafkaStreamsMetrics streamsMetrics,
      AlertFeed feed,
      WebhookDispatcher webhooks,
      ServiceHttpServer http) {
    this.config = config;
    this.registry = registry;
    this.admin = admin;
    this.directory = directory;
    this.streams = streams;
    this.streamsMetrics = streamsMetrics;
    this.feed = feed;
    this.webhooks = webhooks;
    this.http = http;
  }

  /** The topology as the service runs it, with the wall clock and every own topic taken as present. */
  public static Topology topology(AlertConfig config) {
    return topology(config, Clock.systemUTC(), watchId -> true, io.micrometer.core.instrument.Metrics.globalRegistry);
  }

  /**
   * The topology: statements and watches in, alerts, own-topic alerts and echoes out.
   *
   * @param clock detection time
   * @param ownTopicReady whether a watch's {@code alerts.<id>} topic exists
   */
  public static Topology topology(
      AlertConfig config, Clock clock, Predicate<String> ownTopicReady, MeterRegistry registry) {
    return AlertTopology.build(config, clock, ownTopicReady, registry);
  }

  /**
   * Streams properties: the common exactly-once settings plus this service's state directory and
   * RocksDB budget. The budget is always {@code NEWSWATCH_ALERT_ROCKSDB_MEMORY_MB}, the figure its
   * gauges report; for everything else, values set by the operator ({@code KAFKA_*}) win.
   */
  static Properties streamsProperties(AlertConfig config, MeterRegistry registry) {
    Properties props = StreamsSupport.streamsProperties(config.kafka().toProperties(), config.applicationId(), registry);
    props.put(BoundedRocksDbMemory.MEMORY_BYTES_CONFIG, config.rocksDbMemoryBytes());
    if (config.stateDir() != null) {
      props.putIfAbsent(StreamsConfig.STATE_DIR_CONFIG, config.stateDir().toString());
    }
    return props;
  }

  /**
   * Loads what the first statement would otherwise wait for: the RocksDB native library (the
   * window stores open their first segment on the first write, not at start) and the
   * transliteration tables behind the match keys.
   */
  private static void warmUp() {
    long started = System.nanoTime();
    RocksDB.loadLibrary();
    String sample = "Захарова: Vučić, Priština i Metohija (rezolucija 1244).";
    Fingerprint.of(sample).bandKeys();
    Translations.distinctiveTokens(sample);
    Texts.toLatin(sample, Language.SR_CYRL);
    LOG.info("alert: warmed up in {} ms", (System.nanoTime() - started) / 1_000_000);
  }

  public static AlertService start(AlertConfig config) {
    LOG.info("alert: starting with {}", config.describe());
    warmUp();
    List<Watch> seeds = WatchSeeder.load(config.watchesFile(), config.watchesFileRequired());
    PrometheusMeterRegistry registry = ServiceMetrics.create("alert");
    Properties client = config.kafka().toProperties();
    Admin admin = Admin.create(client);
    WatchDirectory directory = null;
    KafkaStreams streams = null;
    AlertFeed feed = null;
    WebhookDispatcher webhooks = null;
    try {
      new TopicBootstrapper(admin, KAFKA_TIMEOUT).ensureCatalogue();
      directory = new WatchDirectory(client, admin, config.applicationId() + "-watches", registry);
      directory.catchUp(KAFKA_TIMEOUT);
      if (!WatchSeeder.publishMissing(seeds, directory.idsOnTopic(), client).isEmpty()) {
        // Read the seeds back so their own topics exist before the first alert needs them.
        directory.catchUp(KAFKA_TIMEOUT);
      }
      directory.startFollowing();

      WatchDirectory watches = directory;
      streams =
          new KafkaStreams(
              topology(config, Clock.systemUTC(), watches::ownTopicReady, registry),
              streamsProperties(config, registry));
      streams.setUncaughtExceptionHandler(
          e -> {
            // Bad records are dead-lettered by the handlers; what reaches here is a failure of the
            // thread itself (a lost broker, a fenced producer), which a fresh thread can recover from.
            LOG.error("alert: stream thread failed, replacing it: {}", e.toString(), e);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
          });
      KafkaStreamsMetrics streamsMetrics = new KafkaStreamsMetrics(streams);
      streamsMetrics.bindTo(registry);
      KafkaStreams running = streams;
      BoundedRocksDbMemory.bindTo(registry, config.rocksDbMemoryBytes());
      registry.gauge(AlertMetrics.NOVELTY_ENTRIES, running, AlertService::noveltyEntries);
      registry.gauge(MetricNames.READY, running, s -> s.state() == KafkaStreams.State.RUNNING ? 1 : 0);
      streams.start();

      feed = new AlertFeed(client, config.feedSize(), registry);
      feed.start(KAFKA_TIMEOUT);
      webhooks =
          new WebhookDispatcher(
              client,
              config.applicationId() + "-webhooks",
              config.webhookQueue(),
              new WebhookSender(config.webhookTimeout(), config.webhookMaxAttempts(), config.webhookBackoff(), registry),
              watches::watch,
              registry);
      webhooks.start();

      AlertFeed alerts = feed;
      ServiceHttpServer http =
          ServiceHttpServer.start(
              "alert",
              config.httpHost(),
              config.httpPort(),
              registry,
              () -> running.state() == KafkaStreams.State.RUNNING && watches.following() && alerts.running());
      new AlertEndpoints(feed, config.feedSize()).register(http);
      return new AlertService(config, registry, admin, directory, streams, streamsMetrics, feed, webhooks, http);
    } catch (IOException e) {
      closeQuietly(webhooks, feed, streams, directory, admin);
      throw new UncheckedIOException("alert: cannot serve HTTP on " + config.httpHost() + ":" + config.httpPort(), e);
    } catch (RuntimeException e) {
      closeQuietly(webhooks, feed, streams, directory, admin);
      throw e;
    }
  }

  /** RocksDB's estimate of the wordings kept for novelty, summed over tasks and segments. */
  static double noveltyEntries(KafkaStreams streams) {
    double entries = 0;
    for (Map.Entry<MetricName, ? extends Metric> metric : streams.metrics().entrySet()) {
      if (metric.getKey().name().equals("estimate-num-keys")
          && metric.getKey().tags().containsValue(AlertTopology.WORDING_STORE)
          && metric.getValue().metricValue() instanceof Number n) {
        entries += n.doubleValue();
      }
    }
    return entries;
  }

  /** Whether a watch is in the topology's watch store now (what the next statement is judged by). */
  public boolean watchInForce(String watchId) {
    try {
      ReadOnlyKeyValueStore<String, WatchSlot> store =
          streams.store(StoreQueryParameters.fromNameAndType(AlertTopology.WATCH_STORE, QueryableStoreTypes.keyValueStore()));
      WatchSlot slot = store.get(watchId);
      return slot != null && slot.isValid();
    } catch (RuntimeException e) {
      return false;
    }
  }

  public KafkaStreams.State streamsState() {
    return streams.state();
  }

  public PrometheusMeterRegistry registry() {
    return registry;
  }

  public AlertConfig config() {
    return config;
  }

  @Override
  public String name() {
    return "alert";
  }

  @Override
  public boolean ready() {
    return streams.state() == KafkaStreams.State.RUNNING && directory.following() && feed.running();
  }

  @Override
  public int httpPort() {
    return http.port();
  }

  @Override
  public void close() {
    http.close();
    closeQuietly(webhooks, feed);
    StreamsSupport.closeLeavingGroup(streams, Duration.ofSeconds(30));
    streamsMetrics.close();
    closeQuietly(directory, admin);
    registry.close();
    LOG.info("alert: stopped");
  }

  private static void closeQuietly(AutoCloseable... parts) {
    for (AutoCloseable part : parts) {
      if (part == null) {
        continue;
      }
      try {
        part.close();
      } catch (Exception e) {
        LOG.warn("alert: error while closing {}: {}", part.getClass().getSimpleName(), e.toString());
      }
    }
  }
}
