package io.newswatch.alert;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newswatch.common.kafka.Topics;
import io.newswatch.common.model.Alert;
import io.newswatch.common.model.Echo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The committed alerts and echoes, as {@code /alerts} and {@code /alerts/stream} serve them: a
 * read_committed reader of both topics (so an alert of an aborted transaction is never shown)
 * that keeps the latest alerts with their echoes in memory and passes each new one to the
 * subscribed event streams. It also counts alerts and echoes and records their latencies: being
 * committed, each is counted once.
 */
final class AlertFeed implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(AlertFeed.class);

  /** An alert or an echo, as passed to stream subscribers. */
  record Event(String type, String id, String watchId, Object payload) {}

  /** One subscriber's queue; the feed drops a subscriber that cannot keep up. */
  static final class Subscription implements AutoCloseable {
    private final BlockingQueue<Event> queue = new ArrayBlockingQueue<>(1_000);
    private final AlertFeed feed;
    private volatile boolean open = true;

    private Subscription(AlertFeed feed) {
      this.feed = feed;
    }

    /** The next event, or null after the timeout; throws once the subscription is closed. */
    Event next(Duration timeout) throws InterruptedException {
      if (!open) {
        throw new IllegalStateException("subscription closed");
      }
      Event event = queue.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (event == CLOSED) {
        open = false;
        throw new IllegalStateException("subscription closed");
      }
      return event;
    }

    private void offer(Event event) {
      if (!queue.offer(event)) {
        LOG.warn("An /alerts/stream client is not keeping up; closing its stream");
        end();
      }
    }

    private void end() {
      feed.subscribers.remove(this);
      queue.clear();
      queue.offer(CLOSED);
    }

    @Override
    public void close() {
      feed.subscribers.remove(this);
      open = false;
    }
  }

  private static final Event CLOSED = new Event("closed", "", "", null);

  private final KafkaConsumer<byte[], byte[]> consumer;
  private final int capacity;
  private final MeterRegistry registry;
  private final RecentAlerts latest;
  private final Set<Subscription> subscribers = new CopyOnWriteArraySet<>();
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final Timer fromPublished;
  private final Timer fromFetched;
  private Map<TopicPartition, Long> liveFrom = Map.of();
  private Thread thread;

  AlertFeed(Properties client, int capacity, MeterRegistry registry) {
    Properties props = new Properties();
    props.putAll(client);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.remove(ConsumerConfig.GROUP_ID_CONFIG);
    this.consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    this.capacity = capacity;
    this.latest = new RecentAlerts(capacity);
    this.registry = registry;
    this.fromPublished =
        Timer.builder(AlertMetrics.LATENCY_FROM_PUBLISHED)
            .description("Publication-to-alert latency of committed alerts")
            .publishPercentileHistogram()
            .maximumExpectedValue(Duration.ofDays(2))
            .register(registry);
    this.fromFetched =
        Timer.builder(AlertMetrics.LATENCY_FROM_FETCHED)
            .description("Fetch-to-alert latency of committed alerts")
            .publishPercentileHistogram()
            .maximumExpectedValue(Duration.ofHours(1))
            .register(registry);
    registry.gauge(AlertMetrics.STREAM_CLIENTS, subscribers, Set::size);
  }

  /**
   * Starts reading: the last {@code capacity} alerts per partition (and as many echoes times four)
   * are loaded as history, then new ones are counted and streamed.
   */
  void start(Duration timeout) {
    List<TopicPartition> partitions = new ArrayList<>();
    for (String topic : List.of(Topics.ALERTS.name(), Topics.ECHOES.name())) {
      consumer.partitionsFor(topic, timeout).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
    }
    consumer.assign(partitions);
    Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, timeout);
    Map<TopicPartition, Long> begins = consumer.beginningOffsets(partitions, timeout);
    for (TopicPartition partition : partitions) {
      long history = partition.topic().equals(Topics.ALERTS.name()) ? capacity : 4L * capacity;
      consumer.seek(partition, Math.max(begins.get(partition), ends.get(partition) - history));
    }
    liveFrom = new HashMap<>(ends);
    thread =
        Thread.ofPlatform().name("alert-feed").daemon().start(() -> {
          try {
            while (running.get()) {
              for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                handle(record);
              }
            }
          } catch (WakeupException e) {
            if (running.get()) {
              throw e;
            }
          } catch (RuntimeException e) {
            LOG.error("Alert feed stopped: {}", e.toString(), e);
          }
        });
  }

  private void handle(ConsumerRecord<byte[], byte[]> record) {
    boolean live = record.offset() >= liveFrom.getOrDefault(new TopicPartition(record.topic(), record.partition()), 0L);
    try {
      if (record.topic().equals(Topics.ALERTS.name())) {
        Alert alert = Topics.ALERTS.valueSerde().deserializer().deserialize(record.topic(), record.value());
        if (alert == null) {
          return;
        }
        synchronized (latest) {
          latest.alert(alert);
        }
        if (live) {
          registry.counter(AlertMetrics.ALERTS, "watch", alert.watchId()).increment();
          if (alert.latencyFromPublishedMs() != null && alert.latencyFromPublishedMs() >= 0) {
            fromPublished.record(Duration.ofMillis(alert.latencyFromPublishedMs()));
          }
          if (alert.latencyFromFetchedMs() != null && alert.latencyFromFetchedMs() >= 0) {
            fromFetched.record(Duration.ofMillis(alert.latencyFromFetchedMs()));
          }
          publish(new Event("alert", alert.id(), alert.watchId(), alert));
        }
      } else {
        Echo echo = Topics.ECHOES.valueSerde().deserializer().deserialize(record.topic(), record.value());
        if (echo == null) {
          return;
        }
        synchronized (latest) {
          latest.echo(echo);
        }
        if (live) {
          registry.counter(AlertMetrics.ECHOES, "kind", echo.kind().json()).increment();
          publish(new Event("echo", echo.statementId(), echo.watchId(), echo));
        }
      }
    } catch (SerializationException e) {
      LOG.warn("Skipping an unreadable record {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), e.getMessage());
    }
  }

  private void publish(Event event) {
    for (Subscription subscription : subscribers) {
      subscription.offer(event);
    }
  }

  Subscription subscribe() {
    Subscription subscription = new Subscription(this);
    subscribers.add(subscription);
    return subscription;
  }

  /** The latest alerts, newest first, optionally of one watch, each with its echoes so far. */
  List<RecentAlerts.Recent> latest(String watchId, int limit) {
    synchronized (latest) {
      return latest.latest(watchId, limit);
    }
  }

  boolean running() {
    return thread != null && thread.isAlive();
  }

  @Override
  public void close() {
    running.set(false);
    subscribers.forEach(Subscription::end);
    consumer.wakeup();
    if (thread != null) {
      try {
        thread.join(Duration.ofSeconds(10));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    consumer.close(Duration.ofSeconds(5));
  }
}
