package io.newswatch.enrich;

import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newswatch.common.http.ServiceHttpServer;
import io.newswatch.common.kafka.DeadLetterHandler;
import io.newswatch.common.kafka.StreamsSupport;
import io.newswatch.common.kafka.Topics;
import io.newswatch.common.kafka.TopicBootstrapper;
import io.newswatch.common.metrics.MetricNames;
import io.newswatch.common.metrics.ServiceMetrics;
import io.newswatch.common.service.ManagedService;
import io.newswatch.enrich.actors.ActorCatalogue;
import io.newswatch.enrich.topics.TopicCatalogue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running enrich service: catalogues loaded from the seeds, topics created when missing, the
 * enrich topology on Kafka Streams, and the metrics and health server.
 */
public final class EnrichService implements ManagedService {
  private static final Logger LOG = LoggerFactory.getLogger(EnrichService.class);
  private static final Duration BOOTSTRAP_TIMEOUT = Duration.ofSeconds(60);
  private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

  private final KafkaStreams streams;
  private final KafkaStreamsMetrics streamsMetrics;
  private final ServiceHttpServer http;
  private final PrometheusMeterRegistry registry;

  private EnrichService(
      KafkaStreams streams,
      KafkaStreamsMetrics streamsMetrics,
      ServiceHttpServer http,
      PrometheusMeterRegistry registry) {
    this.streams = streams;
    this.streamsMetrics = streamsMetrics;
    this.http = http;
    this.registry = registry;
  }

  /**
   * Starts the service and returns once the streams are started and the HTTP server listens.
   *
   * @throws UncheckedIOException when a catalogue cannot be read or the HTTP port is taken
   * @throws IllegalArgumentException when a catalogue file holds no list
   */
  public static EnrichService start(EnrichConfig config) {
    LOG.info("starting {}", config.describe());
    ActorCatalogue actors = ActorCatalogue.load(config.actorsFile());
    TopicCatalogue topics = TopicCatalogue.load(config.topicsFile());
    LOG.info(
        "seed catalogues: {} actors ({} skipped), {} topics ({} skipped)",
        actors.size(),
        actors.problems().size(),
        topics.topics().size(),
        topics.problems().size());

    PrometheusMeterRegistry registry = ServiceMetrics.create("enrich");
    Properties client = config.kafka().toProperties();
    try (Admin admin = Admin.create(client)) {
      new TopicBootstrapper(admin, BOOTSTRAP_TIMEOUT).ensureCatalogue();
    }

    EnrichMetrics metrics = new EnrichMetrics(registry);
    LiveEnricher live = new LiveEnricher(actors, topics.topics(), Clock.systemUTC());
    metrics.watch(live);

    Properties props = StreamsSupport.streamsProperties(client, config.applicationId(), registry);
    // The catalogue topics feed global stores, whose thread cannot write dead letters itself.
    props.put(
        DeadLetterHandler.DIRECT_TOPICS_CONFIG,
        Topics.ACTORS.name() + "," + Topics.TOPIC_RULES.name());
    props.putIfAbsent(StreamsConfig.STATE_DIR_CONFIG, config.stateDir().toString());
    props.putIfAbsent(StreamsConfig.NUM_STREAM_THREADS_CONFIG, config.streamThreads());
    KafkaStreams streams = new KafkaStreams(EnrichTopology.topology(config, live, metrics), props);
    // Bad records are dead-lettered by the handlers; anything else is a bug or a broker problem,
    // and a fresh thread resumes from the last committed offsets.
    streams.setUncaughtExceptionHandler(
        e -> {
          LOG.error("stream thread failed; replacing it", e);
          return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
    KafkaStreamsMetrics streamsMetrics = new KafkaStreamsMetrics(streams);
    streamsMetrics.bindTo(registry);
    streams.start();

    ServiceHttpServer http;
    try {
      http =
          ServiceHttpServer.start(
              "enrich", config.httpHost(), config.httpPort(), registry, () -> isReady(streams));
    } catch (IOException e) {
      StreamsSupport.closeLeavingGroup(streams, CLOSE_TIMEOUT);
      streamsMetrics.close();
      throw new UncheckedIOException(
          "enrich: cannot serve HTTP on " + config.httpHost() + ":" + config.httpPort(), e);
    }
    registry.gauge(MetricNames.READY, streams, s -> isReady(s) ? 1 : 0);
    return new EnrichService(streams, streamsMetrics, http, registry);
  }

  private static boolean isReady(KafkaStreams streams) {
    KafkaStreams.State state = streams.state();
    return state == KafkaStreams.State.RUNNING || state == KafkaStreams.State.REBALANCING;
  }

  @Override
  public String name() {
    return "enrich";
  }

  @Override
  public boolean ready() {
    return isReady(streams);
  }

  @Override
  public int httpPort() {
    return http.port();
  }

  public PrometheusMeterRegistry registry() {
    return registry;
  }

  public KafkaStreams.State state() {
    return streams.state();
  }

  @Override
  public void close() {
    StreamsSupport.closeLeavingGroup(streams, CLOSE_TIMEOUT);
    streamsMetrics.close();
    http.close();
    registry.close();
  }
}
