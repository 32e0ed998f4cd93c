package io.newswatch.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.newswatch.common.metrics.MetricNames;
import io.newswatch.ingest.fetch.Outcome;
import java.time.Duration;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.producer.Producer;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The ingest service's meters. Tags come from small fixed sets: source id (from the catalogue),
 * outcome ({@link Outcome}), kind (feed or article), status class; never URLs or headlines.
 */
public final class IngestMetrics {
  public static final String POLLS = MetricNames.PREFIX + "ingest.polls";
  public static final String FETCHES = MetricNames.PREFIX + "ingest.fetches";
  public static final String HTTP_RESPONSES = MetricNames.PREFIX + "ingest.http.responses";
  public static final String FETCH_LATENCY = MetricNames.PREFIX + "ingest.fetch.latency";
  public static final String ITEMS = MetricNames.PREFIX + "ingest.items";
  public static final String BYTES = MetricNames.PREFIX + "ingest.bytes";
  public static final String EXTRACTION_FAILURES = MetricNames.PREFIX + "ingest.extraction.failures";
  public static final String FEED_PARSES = MetricNames.PREFIX + "ingest.feed.parses";
  public static final String LAST_SUCCESS = MetricNames.PREFIX + "ingest.last.success.seconds";
  public static final String BACKED_OFF = MetricNames.PREFIX + "ingest.feeds.backed.off";
  public static final String UNHEALTHY = MetricNames.PREFIX + "ingest.feeds.unhealthy";
  public static final String OWNED_FEEDS = MetricNames.PREFIX + "ingest.feeds.owned";
  public static final String ARTICLES = MetricNames.PREFIX + "ingest.articles";
  public static final String CATALOGUE_ERRORS = MetricNames.PREFIX + "ingest.catalogue.errors";
  public static final String COMMIT_FAILURES = MetricNames.PREFIX + "ingest.commit.failures";

  private final MeterRegistry registry;
  private final ConcurrentHashMap<String, AtomicLong> lastSuccess = new ConcurrentHashMap<>();
  private final AtomicInteger backedOff = new AtomicInteger();
  private final AtomicInteger unhealthy = new AtomicInteger();
  private final AtomicInteger owned = new AtomicInteger();

  public IngestMetrics(MeterRegistry registry) {
    this.registry = registry;
    registry.gauge(BACKED_OFF, backedOff);
    registry.gauge(UNHEALTHY, unhealthy);
    registry.gauge(OWNED_FEEDS, owned);
  }

  public MeterRegistry registry() {
    return registry;
  }

  public void poll(String source, Outcome outcome) {
    registry.counter(POLLS, "source", source, "outcome", outcome.tag()).increment();
  }

  /** One fetch of a feed or article page, successful or not. */
  public void fetch(String source, String kind, Outcome outcome, int status, long bytes, Duration latency) {
    registry.counter(FETCHES, "source", source, "kind", kind, "outcome", outcome.tag()).increment();
    if (status > 0) {
      registry.counter(HTTP_RESPONSES, "source", source, "class", (status / 100) + "xx").increment();
    }
    if (bytes > 0) {
      registry.counter(BYTES, "source", source, "kind", kind).increment(bytes);
    }
    if (latency != null) {
      Timer.builder(FETCH_LATENCY)
          .tags("kind", kind)
          .publishPercentileHistogram()
          .register(registry)
          .record(latency);
    }
  }

  public void items(String source, int fresh, int seen) {
    registry.counter(ITEMS, "source", source, "state", "new").increment(fresh);
    registry.counter(ITEMS, "source", source, "state", "seen").increment(seen);
  }

  public void feedParsed(String source) {
    registry.counter(FEED_PARSES, "source", source).increment();
  }

  public void extractionFailure(String source, Outcome outcome) {
    registry.counter(EXTRACTION_FAILURES, "source", source, "outcome", outcome.tag()).increment();
  }

  public void articles(String source, int count) {
    registry.counter(ARTICLES, "source", source).increment(count);
  }

  public void catalogueError(String stage) {
    registry.counter(CATALOGUE_ERRORS, "stage", stage).increment();
  }

  /** A record of one of the service's own topics that it could not read, sent to its dead-letter topic. */
  public void deadLetter(String topic, String stage) {
    registry.counter(MetricNames.DLQ_RECORDS, "topic", topic, "stage", stage).increment();
  }

  public void commitFailure() {
    registry.counter(COMMIT_FAILURES).increment();
  }

  /** For the freshness panel: the last successful poll per source, in epoch seconds. */
  public void lastSuccess(String source, long epochSeconds) {
    lastSuccess
        .computeIfAbsent(
            source,
            s -> {
              AtomicLong value = new AtomicLong();
              registry.gauge(LAST_SUCCESS, io.micrometer.core.instrument.Tags.of("source", s), value);
              return value;
            })
        .set(epochSeconds);
  }

  public void setBackedOff(int n) {
    backedOff.set(n);
  }

  public void setUnhealthy(int n) {
    unhealthy.set(n);
  }

  public void setOwnedFeeds(int n) {
    owned.set(n);
  }

  public Counter counter(String name, String... tags) {
    return registry.counter(name, tags);
  }

  /** The count of a counter summed over all its tag values, for tests and the harness. */
  public double total(String name, String... tags) {
    return registry.find(name).tags(tags).counters().stream().mapToDouble(Counter::count).sum();
  }

  /**
   * Publishes a Kafka client's own metrics (request latency, batch sizes, transaction times) beside
   * the service's; close the returned binder with the client.
   */
  KafkaClientMetrics bindClient(Producer<?, ?> producer) {
    KafkaClientMetrics binder = new KafkaClientMetrics(producer);
    binder.bindTo(registry);
    return binder;
  }

  /** As {@link #bindClient(Producer)}, for a consumer. */
  KafkaClientMetrics bindClient(Consumer<?, ?> consumer) {
    KafkaClientMetrics binder = new KafkaClientMetrics(consumer);
    binder.bindTo(registry);
    return binder;
  }
}
