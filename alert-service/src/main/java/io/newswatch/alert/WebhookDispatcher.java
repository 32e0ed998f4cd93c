package io.newswatch.alert;

import io.micrometer.core.instrument.MeterRegistry;
import io.newswatch.common.json.Json;
import io.newswatch.common.kafka.Topics;
import io.newswatch.common.model.Alert;
import io.newswatch.common.model.Watch;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers committed alerts to their watches' webhooks, outside the topology so a slow or dead
 * receiver never holds the stream back: a read_committed consumer group on {@code alerts} fills a
 * bounded queue (pausing its partitions while the queue is full), and a virtual thread drains it
 * through the {@link WebhookSender}. Offsets are committed once an alert's delivery has finished
 * (delivered or given up), so a restart resends at most the alerts in flight.
 */
final class WebhookDispatcher implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);

  /** One alert's delivery; {@code url} null for an alert whose watch has no webhook. */
  private record Delivery(TopicPartition partition, long offset, String watchId, String url, String json) {}

  private final KafkaConsumer<byte[], byte[]> consumer;
  private final BlockingQueue<Delivery> queue;
  private final WebhookSender sender;
  private final Function<String, Optional<Watch>> watches;
  private final MeterRegistry registry;
  private final Map<TopicPartition, Long> finished = new ConcurrentHashMap<>();
  private final AtomicBoolean running = new AtomicBoolean(true);
  private Thread reader;
  private Thread worker;

  WebhookDispatcher(
      Properties client,
      String groupId,
      int queueSize,
      WebhookSender sender,
      Function<String, Optional<Watch>> watches,
      MeterRegistry registry) {
    Properties props = new Properties();
    props.putAll(client);
    props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    // A new group starts at the end: webhooks are for alerts from now on, not the topic's history.
    props.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
    this.consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    this.queue = new ArrayBlockingQueue<>(queueSize);
    this.sender = sender;
    this.watches = watches;
    this.registry = registry;
  }

  void start() {
    consumer.subscribe(List.of(Topics.ALERTS.name()));
    worker = Thread.ofVirtual().name("alert-webhook-worker").start(this::drain);
    reader = Thread.ofPlatform().name("alert-webhook-reader").daemon().start(this::read);
  }

  private void read() {
    Deque<Delivery> pending = new ArrayDeque<>();
    try {
      while (running.get()) {
        try {
          while (!pending.isEmpty() && queue.offer(pending.peekFirst())) {
            pending.pollFirst();
          }
          if (pending.isEmpty()) {
            consumer.resume(consumer.paused());
          } else {
            consumer.pause(consumer.assignment());
          }
          for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
            TopicPartition partition = new TopicPartition(record.topic(), record.partition());
            // Alerts without a webhook pass through the queue too, so offsets finish in order.
            pending.addLast(delivery(partition, record));
          }
          commitFinished();
        } catch (WakeupException e) {
          throw e;
        } catch (RuntimeException e) {
          // A commit that timed out while the broker was away, or that a rebalance refused: the
          // offsets wait for the next commit, and reading goes on after a pause. Ending here
          // would stop every webhook until a restart.
          registry.counter(AlertMetrics.WEBHOOK_READER_ERRORS).increment();
          LOG.warn("Webhook reader: {}; reading on", e.toString());
          ReaderPause.after(running);
        }
      }
    } catch (WakeupException e) {
      if (running.get()) {
        LOG.error("Webhook reader woken unexpectedly", e);
      }
    } finally {
      try {
        commitFinished();
      } catch (RuntimeException e) {
        LOG.debug("Final webhook offset commit failed: {}", e.toString());
      }
    }
  }

  private Delivery delivery(TopicPartition partition, ConsumerRecord<byte[], byte[]> record) {
    Alert alert;
    try {
      alert = Topics.ALERTS.valueSerde().deserializer().deserialize(record.topic(), record.value());
    } catch (SerializationException e) {
      LOG.warn("Skipping an unreadable alert {}@{}: {}", partition, record.offset(), e.getMessage());
      return new Delivery(partition, record.offset(), null, null, null);
    }
    if (alert == null) {
      return new Delivery(partition, record.offset(), null, null, null);
    }
    Optional<Watch> watch = watches.apply(alert.watchId());
    if (watch.isEmpty() || watch.get().webhook() == null) {
      return new Delivery(partition, record.offset(), alert.watchId(), null, null);
    }
    return new Delivery(partition, record.offset(), alert.watchId(), watch.get().webhook(), Json.write(alert));
  }

  private void drain() {
    try {
      while (running.get() || !queue.isEmpty()) {
        Delivery delivery = queue.poll(200, TimeUnit.MILLISECONDS);
        if (delivery == null) {
          continue;
        }
        if (delivery.url() == null) {
          finished.merge(delivery.partition(), delivery.offset() + 1, Math::max);
          continue;
        }
        if (!running.get()) {
          // Shutting down: left for the next start (its offset is not committed).
          registry.counter(AlertMetrics.WEBHOOK_DELIVERIES, "watch", delivery.watchId(), "outcome", "dropped").increment();
          continue;
        }
        sender.deliver(delivery.watchId(), delivery.url(), delivery.json());
        finished.merge(delivery.partition(), delivery.offset() + 1, Math::max);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void commitFinished() {
    if (finished.isEmpty()) {
      return;
    }
    Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
    for (TopicPartition partition : consumer.assignment()) {
      Long offset = finished.remove(partition);
      if (offset != null) {
        offsets.put(partition, new OffsetAndMetadata(offset));
      }
    }
    if (!offsets.isEmpty()) {
      try {
        consumer.commitSync(offsets);
      } catch (RuntimeException e) {
        // Kept for the next commit (a partition no longer assigned is skipped then).
        offsets.forEach((partition, offset) -> finished.merge(partition, offset.offset(), Math::max));
        throw e;
      }
    }
  }

  boolean running() {
    return reader != null && reader.isAlive();
  }

  @Override
  public void close() {
    running.set(false);
    consumer.wakeup();
    try {
      if (worker != null) {
        worker.interrupt();
        worker.join(Duration.ofSeconds(10));
      }
      if (reader != null) {
        reader.join(Duration.ofSeconds(10));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    consumer.close(Duration.ofSeconds(5));
  }
}
