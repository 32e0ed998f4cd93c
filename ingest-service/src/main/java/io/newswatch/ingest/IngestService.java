package io.newswatch.ingest;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newswatch.common.config.Env;
import io.newswatch.common.http.ServiceHttpServer;
import io.newswatch.common.kafka.TopicBootstrapper;
import io.newswatch.common.metrics.MetricNames;
import io.newswatch.common.metrics.ServiceMetrics;
import io.newswatch.common.service.ManagedService;
import io.newswatch.ingest.fetch.Fetcher;
import io.newswatch.ingest.poll.FeedPoller;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest service: publishes the catalogue, takes its share of the sources through the consumer
 * group, polls them and writes articles and crawl state to Kafka together.
 */
public final class IngestService implements ManagedService {
  private static final Logger LOG = LoggerFactory.getLogger(IngestService.class);

  private final IngestConfig config;
  private final PrometheusMeterRegistry registry;
  private final IngestMetrics metrics;
  private final List<AutoCloseable> closeables = new ArrayList<>();
  private Fetcher fetcher;
  private StateView states;
  private TransactionalSink sink;
  private FeedScheduler scheduler;
  private SourceOwnership ownership;
  private ServiceHttpServer http;
  private volatile boolean closed;

  private IngestService(IngestConfig config) {
    this.config = config;
    this.registry = ServiceMetrics.create("ingest");
    this.metrics = new IngestMetrics(registry);
  }

  /** Starts the service; throws, with everything started so far closed, when it cannot. */
  public static IngestService start(IngestConfig config) {
    IngestService service = new IngestService(config);
    try {
      service.startAll();
      return service;
    } catch (IOException e) {
      service.close();
      throw new UncheckedIOException("ingest service cannot start: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      service.close();
      throw e;
    }
  }

  private void startAll() throws IOException {
    LOG.info("Starting ingest: {}", config.describe());
    Properties kafka = config.kafka().toProperties();
    try (Admin admin = Admin.create(kafka)) {
      new TopicBootstrapper(admin, Duration.ofSeconds(30)).ensureCatalogue();
    }
    Properties plain = new Properties();
    plain.putAll(kafka);
    plain.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    plain.put(ProducerConfig.ACKS_CONFIG, "all");
    KafkaProducer<byte[], byte[]> catalogueProducer = new KafkaProducer<>(plain, new ByteArraySerializer(), new ByteArraySerializer());
    closeables.add(catalogueProducer);

    fetcher = new Fetcher(config.fetch());
    closeables.add(fetcher);
    states = new StateView(kafka, catalogueProducer, metrics);
    closeables.add(states);
    sink = new TransactionalSink(kafka, config.transactionalId(), metrics, 1_000);
    closeables.add(sink);
    FeedPoller poller = new FeedPoller(fetcher, metrics, config.seenItemsLimit(), config.maxItemsPerPoll());
    scheduler = new FeedScheduler(config, poller, states, sink, metrics);
    closeables.add(scheduler);
    ownership = new SourceOwnership(kafka, config.group(), scheduler, states, sink, catalogueProducer, metrics);
    closeables.add(ownership);
    if (config.publishCatalogue()) {
      CataloguePublisher publisher = new CataloguePublisher(config.sourcesFile(), config.baseUrl(), catalogueProducer, metrics);
      closeables.add(publisher);
      publisher.start(config.catalogueCheck());
    }
    states.start();
    sink.start();
    scheduler.start();
    ownership.start();
    http = ServiceHttpServer.start("ingest", config.httpHost(), config.httpPort(), registry, this::ready);
    closeables.add(http);
    registry.gauge(MetricNames.READY, this, s -> s.ready() ? 1 : 0);
  }

  @Override
  public String name() {
    return "ingest";
  }

  /**
   * Ready while the broker answers, the sink writes (or has nothing to write) and the readers run.
   * The broker's answers are checked on their own: an instance whose feeds are not due writes
   * nothing, and would otherwise look ready through a whole outage.
   */
  @Override
  public boolean ready() {
    return !closed && sink != null && sink.healthy() && states.alive() && states.brokerInReach()
        && ownership.healthy() && ownership.assignedOnce();
  }

  @Override
  public int httpPort() {
    return http == null ? -1 : http.port();
  }

  public IngestMetrics metrics() {
    return metrics;
  }

  /** The ids of the sources this instance polls now. */
  public Set<String> ownedSourceIds() {
    return scheduler == null ? Set.of() : scheduler.ownedSourceIds();
  }

  /** What this instance holds of the catalogue and why, for logs and for tests that fail. */
  public String ownershipState() {
    return ownership == null ? "not started" : ownership.describe();
  }

  /** Polls whose results were committed since start (for the harness). */
  public long completedPolls() {
    return scheduler == null ? 0 : scheduler.completedPolls();
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    // Reverse start order: stop taking work, settle the last transaction, then the readers.
    List<AutoCloseable> order = new ArrayList<>(closeables);
    java.util.Collections.reverse(order);
    // The group leaves first so that the others take the sources over while we wind down.
    order.remove(ownership);
    order.addFirst(ownership);
    for (AutoCloseable c : order) {
      if (c == null) {
        continue;
      }
      try {
        c.close();
      } catch (Exception e) {
        LOG.warn("Error while closing {}: {}", c.getClass().getSimpleName(), e.toString());
      }
    }
    registry.close();
    LOG.info("Ingest service stopped");
  }

  /** Runs the service from the environment until the process is stopped. */
  public static void main(String[] args) throws InterruptedException {
    IngestService service = start(IngestConfig.from(Env.system()));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      service.close();
      stopped.countDown();
    }));
    stopped.await();
  }
}
