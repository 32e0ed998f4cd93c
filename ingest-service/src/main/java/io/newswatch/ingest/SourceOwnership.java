package io.newswatch.ingest;

import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.newswatch.common.kafka.DeadLetters;
import io.newswatch.common.kafka.Topics;
import io.newswatch.common.model.Source;
import io.newswatch.ingest.catalogue.SourceCatalogue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scale-out on Kafka itself: the instances of one consumer group share the partitions of the
 * compacted {@code newswatch.sources} topic, and each polls the sources of the partitions it is
 * assigned. Every assigned partition is read from the beginning, so the instance knows the full
 * current catalogue of its share; a record written later changes what is polled at once.
 */
final class SourceOwnership implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SourceOwnership.class);

  private final Properties consumerProps;
  /** Created on the ownership thread, and again after an unexpected error; only that thread uses it. */
  private volatile KafkaConsumer<String, byte[]> consumer;
  private final FeedScheduler scheduler;
  private final StateView states;
  private final TransactionalSink sink;
  private final KafkaProducer<byte[], byte[]> deadLetters;
  private final IngestMetrics metrics;
  // Concurrent only so that describe() may read them from another thread; the ownership thread alone writes.
  private final Map<TopicPartition, Map<String, Source>> owned = new ConcurrentHashMap<>();
  private final Map<TopicPartition, Long> loadUntil = new ConcurrentHashMap<>();
  private final Thread thread;
  private volatile boolean running = true;
  private volatile boolean assignedOnce;
  private volatile String lastError = "none";

  SourceOwnership(Properties kafka, String group, FeedScheduler scheduler, StateView states, TransactionalSink sink,
      KafkaProducer<byte[], byte[]> deadLetters, IngestMetrics metrics) {
    Properties props = new Properties();
    props.putAll(kafka);
    props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.putIfAbsent(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, "10000");
    props.putIfAbsent(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, "1000");
    this.consumerProps = props;
    this.scheduler = scheduler;
    this.states = states;
    this.sink = sink;
    this.deadLetters = deadLetters;
    this.metrics = metrics;
    this.thread = Thread.ofPlatform().name("ingest-sources").daemon().unstarted(this::run);
  }

  void start() {
    thread.start();
  }

  boolean healthy() {
    return thread.isAlive();
  }

  boolean assignedOnce() {
    return assignedOnce;
  }

  private void run() {
    while (running) {
      consumer = new KafkaConsumer<>(consumerProps, new StringDeserializer(), new ByteArrayDeserializer());
      KafkaClientMetrics consumerMetrics = metrics.bindClient(consumer);
      try {
        consume();
      } catch (WakeupException e) {
        // closing
      } catch (RuntimeException e) {
        if (!running) {
          break;
        }
        // An error the client does not retry by itself (a rebalance callback that timed out, say)
        // would otherwise end the thread and leave the instance polling a stale share for good:
        // leave the group, forget the share, and join again with a new consumer.
        lastError = e.toString();
        metrics.catalogueError("assignment");
        LOG.error("Source assignment failed, rejoining the group: {}", e.toString(), e);
        release(Set.copyOf(owned.keySet()));
      } finally {
        consumerMetrics.close();
        consumer.close(Duration.ofSeconds(5));
      }
      if (running) {
        pause(Duration.ofSeconds(1));
      }
    }
  }

  private void consume() {
    consumer.subscribe(List.of(Topics.SOURCES.name()), new Listener());
    var deserializer = Topics.SOURCES.valueSerde().deserializer();
    while (running) {
      boolean changed = false;
      for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
        TopicPartition tp = new TopicPartition(record.topic(), record.partition());
        Map<String, Source> sources = owned.get(tp);
        if (sources == null || record.key() == null) {
          continue;
        }
        changed = true;
        if (record.value() == null) {
          sources.remove(record.key());
          continue;
        }
        try {
          Source source = deserializer.deserialize(record.topic(), record.value());
          SourceCatalogue.validate(source);
          sources.put(record.key(), source);
        } catch (RuntimeException e) {
          // A bad record is reported with its id and skipped; the previous version of that source
          // is dropped too, since the operator meant to replace it.
          sources.remove(record.key());
          metrics.catalogueError("topic");
          LOG.warn("Source '{}' on {} skipped: {}", record.key(), tp, e.getMessage());
          deadLetters.send(DeadLetters.record(record.topic(), record.partition(), record.offset(),
              record.key().getBytes(java.nio.charset.StandardCharsets.UTF_8), record.value(), record.headers(), "catalogue", e));
        }
      }
      boolean loaded = false;
      for (var it = loadUntil.entrySet().iterator(); it.hasNext(); ) {
        var e = it.next();
        if (consumer.position(e.getKey()) >= e.getValue()) {
          it.remove();
          loaded = true;
        }
      }
      if (loaded || changed && loadUntil.isEmpty()) {
        publish();
      }
    }
  }

  private void pause(Duration d) {
    try {
      Thread.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }

  /**
   * What this instance holds of the catalogue, for logs and test failures: the partitions it owns,
   * those still being read, the sources it polls, and the last error of the assignment loop.
   */
  String describe() {
    return String.format(java.util.Locale.ROOT, "assigned once: %s, thread alive: %s, partitions %s, still loading %s, polling %d sources, last error: %s",
        assignedOnce, thread.isAlive(), Set.copyOf(owned.keySet()), Set.copyOf(loadUntil.keySet()), scheduler.ownedSourceIds().size(), lastError);
  }

  /** Hands the sources of the fully read partitions to the scheduler. */
  private void publish() {
    List<Source> sources = new ArrayList<>();
    owned.forEach((tp, s) -> {
      if (!loadUntil.containsKey(tp)) {
        sources.addAll(s.values());
      }
    });
    scheduler.ownSources(sources, states.barrier());
    LOG.info("Polling {} sources from {} partitions of {}", sources.size(), owned.size() - loadUntil.size(), Topics.SOURCES.name());
  }

  private void release(Collection<TopicPartition> partitions) {
    if (partitions.isEmpty()) {
      return;
    }
    Set.copyOf(partitions).forEach(tp -> {
      owned.remove(tp);
      loadUntil.remove(tp);
    });
    List<Source> remaining = new ArrayList<>();
    owned.forEach((tp, s) -> {
      if (!loadUntil.containsKey(tp)) {
        remaining.addAll(s.values());
      }
    });
    scheduler.ownSources(remaining, states.barrier());
    // The new owner must not read the state before our last transaction for these feeds is settled.
    sink.awaitIdle();
    LOG.info("Released {} of {}", partitions, Topics.SOURCES.name());
  }

  private final class Listener implements ConsumerRebalanceListener {
    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
      release(partitions);
    }

    @Override
    public void onPartitionsLost(Collection<TopicPartition> partitions) {
      release(partitions);
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
      assignedOnce = true;
      if (partitions.isEmpty()) {
        if (owned.isEmpty()) {
          scheduler.ownSources(List.of(), states.barrier());
        }
        return;
      }
      consumer.seekToBeginning(partitions);
      loadUntil.putAll(consumer.endOffsets(partitions));
      for (TopicPartition tp : partitions) {
        owned.put(tp, new HashMap<>());
      }
      LOG.info("Assigned {} of {}", partitions, Topics.SOURCES.name());
    }
  }

  @Override
  public void close() {
    running = false;
    KafkaConsumer<String, byte[]> current = consumer;
    if (current != null) {
      current.wakeup();
    }
    try {
      thread.join(15_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
