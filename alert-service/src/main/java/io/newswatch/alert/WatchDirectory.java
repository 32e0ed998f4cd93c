package io.newswatch.alert;

import io.micrometer.core.instrument.MeterRegistry;
import io.newswatch.common.kafka.DeadLetters;
import io.newswatch.common.kafka.TopicBootstrapper;
import io.newswatch.common.kafka.Topics;
import io.newswatch.common.model.Watch;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service's own reader of {@code newswatch.watches}, beside the topology's global store: it
 * knows every id ever written (for seeding), the valid watches (for webhooks), creates the {@code
 * alerts.<id>} topic of each watch that wants one, and sends each invalid watch record to {@code
 * newswatch.watches.dlq} once: its consumer group remembers how far dead letters were written, so
 * re-reading the topic from the start after a restart does not repeat them.
 */
final class WatchDirectory implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WatchDirectory.class);
  private static final Duration POLL = Duration.ofMillis(200);

  private final KafkaConsumer<byte[], byte[]> consumer;
  private final Producer<byte[], byte[]> deadLetters;
  private final Admin admin;
  private final MeterRegistry registry;
  private final WatchSlotSerde serde = new WatchSlotSerde();
  private final Map<String, Watch> watches = new ConcurrentHashMap<>();
  private final Set<String> everWritten = ConcurrentHashMap.newKeySet();
  private final Set<String> ownTopics = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean running = new AtomicBoolean(true);
  private Map<TopicPartition, Long> deadLettersWrittenUpTo = Map.of();
  /** A dead letter was sent since the last flush. */
  private boolean unflushed;
  private Thread thread;

  WatchDirectory(Properties client, Admin admin, String groupId, MeterRegistry registry) {
    this(client, admin, groupId, registry, deadLetterProducer(client));
  }

  /** With the producer of dead letters given, which the directory closes: tests inject faults in it. */
  WatchDirectory(
      Properties client, Admin admin, String groupId, MeterRegistry registry, Producer<byte[], byte[]> deadLetters) {
    Properties consumerProps = new Properties();
    consumerProps.putAll(client);
    consumerProps.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
    consumerProps.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    consumerProps.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    this.consumer = new KafkaConsumer<>(consumerProps, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    this.deadLetters = deadLetters;
    this.admin = admin;
    this.registry = registry;
  }

  static KafkaProducer<byte[], byte[]> deadLetterProducer(Properties client) {
    Properties producerProps = new Properties();
    producerProps.putAll(client);
    producerProps.put(ProducerConfig.ACKS_CONFIG, "all");
    producerProps.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    return new KafkaProducer<>(producerProps, new ByteArraySerializer(), new ByteArraySerializer());
  }

  /** Reads the whole topic as it is now, from the beginning; call before {@link #startFollowing}. */
  void catchUp(Duration timeout) {
    if (consumer.assignment().isEmpty()) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(Topics.WATCHES.name(), timeout).stream()
              .map(p -> new TopicPartition(p.topic(), p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> written = new HashMap<>();
      consumer.committed(Set.copyOf(partitions), timeout)
          .forEach((tp, offset) -> written.put(tp, offset == null ? 0L : offset.offset()));
      deadLettersWrittenUpTo = written;
    }
    Map<TopicPartition, Long> ends = consumer.endOffsets(consumer.assignment(), timeout);
    Instant deadline = Instant.now().plus(timeout);
    while (ends.entrySet().stream().anyMatch(e -> consumer.position(e.getKey(), timeout) < e.getValue())) {
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException(
            "Could not read " + Topics.WATCHES.name() + " to its end within " + timeout.toSeconds() + " s");
      }
      handle(consumer.poll(POLL));
    }
  }

  /** Follows the topic on a thread of its own until closed. */
  void startFollowing() {
    thread =
        Thread.ofPlatform().name("alert-watch-directory").daemon().start(() -> {
          while (running.get()) {
            try {
              handle(consumer.poll(POLL));
            } catch (WakeupException e) {
              if (running.get()) {
                throw e;
              }
            } catch (RuntimeException e) {
              // A commit the group refused or a broker gone at the wrong moment: the watches read
              // so far stay, and so does the position, so reading goes on after a pause. Ending
              // here would miss every later change to the watches until a restart.
              registry.counter(AlertMetrics.WATCH_DIRECTORY_ERRORS).increment();
              LOG.warn("Watch directory: {}; reading on", e.toString());
              ReaderPause.after(running);
            }
          }
        });
  }

  private void handle(ConsumerRecords<byte[], byte[]> records) {
    // Where each partition of this batch stands: the first record not handled yet. The consumer's
    // position is already past the whole batch, so a step that fails halfway (a send the producer
    // refuses at once, an interrupted flush) must move it back, or the rest of the batch would be
    // read again only after a restart. Handling a record twice is harmless: the maps take the same
    // value, and its dead letter, if it has one, is a report, not a result.
    Map<TopicPartition, Long> unhandled = new HashMap<>();
    for (TopicPartition partition : records.partitions()) {
      unhandled.put(partition, records.records(partition).getFirst().offset());
    }
    Map<TopicPartition, OffsetAndMetadata> commit = new HashMap<>();
    try {
      for (ConsumerRecord<byte[], byte[]> record : records) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        handle(record, partition);
        unhandled.put(partition, record.offset() + 1);
        commit.put(partition, new OffsetAndMetadata(record.offset() + 1));
      }
      if (!commit.isEmpty() && unflushed) {
        // The dead letters must be on the broker before the group says they were written.
        deadLetters.flush();
        unflushed = false;
      }
    } catch (RuntimeException e) {
      unhandled.forEach(consumer::seek);
      throw e;
    }
    if (!commit.isEmpty()) {
      Map<TopicPartition, Long> written = new HashMap<>(deadLettersWrittenUpTo);
      for (Map.Entry<TopicPartition, OffsetAndMetadata> e : commit.entrySet()) {
        if (e.getValue().offset() > written.getOrDefault(e.getKey(), 0L)) {
          written.put(e.getKey(), e.getValue().offset());
        }
      }
      if (!written.equals(deadLettersWrittenUpTo)) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        written.forEach((tp, offset) -> offsets.put(tp, new OffsetAndMetadata(offset)));
        consumer.commitSync(offsets);
        deadLettersWrittenUpTo = written;
      }
    }
  }

  private void handle(ConsumerRecord<byte[], byte[]> record, TopicPartition partition) {
    String key = record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
    if (key != null) {
      everWritten.add(key);
    }
    String problem = null;
    if (key == null) {
      problem = "a watch record needs its id as key";
    } else if (record.value() == null) {
      watches.remove(key);
    } else {
      WatchSlot slot = serde.deserializer().deserialize(record.topic(), record.value());
      if (!slot.isValid()) {
        problem = slot.problem();
      } else if (!slot.watch().id().equals(key)) {
        problem = "key '" + key + "' differs from the watch id '" + slot.watch().id() + "'";
      } else {
        watches.put(key, slot.watch());
        if (slot.watch().ownTopic()) {
          ensureOwnTopic(key);
        }
      }
    }
    if (problem == null || record.offset() < deadLettersWrittenUpTo.getOrDefault(partition, 0L)) {
      return;
    }
    LOG.warn("Watch record {}@{} is invalid and goes to {}: {}", key, record.offset(), Topics.WATCHES.dlq(), problem);
    String where = key + "@" + record.partition() + "/" + record.offset();
    deadLetters.send(
        DeadLetters.record(
            record.topic(), record.partition(), record.offset(), record.key(), record.value(),
            record.headers(), "validation", new IllegalArgumentException(problem)),
        (written, e) -> {
          if (e != null) {
            // The watch record stays on its topic; only the report of it is missing. Retrying
            // a refusal (a record too large for the dead-letter topic) would stop the reading
            // here for good, so it is logged and counted, and reading goes on.
            LOG.error("Dead letter for watch record {} not written: {}", where, e.toString());
            registry.counter(AlertMetrics.WATCH_DEAD_LETTER_FAILURES).increment();
          }
        });
    // Set after the send returned: one that threw queued nothing. Kept across batches, since a
    // batch that failed after its send leaves the letter queued for the next batch's flush.
    unflushed = true;
  }

  private void ensureOwnTopic(String watchId) {
    if (ownTopics.contains(watchId)) {
      return;
    }
    try {
      new TopicBootstrapper(admin, Duration.ofSeconds(30)).ensure(List.of(Topics.watchAlerts(watchId)));
      ownTopics.add(watchId);
    } catch (RuntimeException e) {
      // Its alerts still reach the alerts topic; the next record of the watch tries again.
      LOG.warn("Cannot create {}: {}", Topics.watchAlerts(watchId).name(), e.getMessage());
      registry.counter(AlertMetrics.OWN_TOPIC_SKIPPED, "watch", watchId).increment();
    }
  }

  /** Ids that have a record on the topic, removed ones included: seeding leaves them alone. */
  Set<String> idsOnTopic() {
    return Set.copyOf(everWritten);
  }

  Optional<Watch> watch(String id) {
    return Optional.ofNullable(watches.get(id));
  }

  Map<String, Watch> watches() {
    return Map.copyOf(watches);
  }

  boolean ownTopicReady(String watchId) {
    return ownTopics.contains(watchId);
  }

  boolean following() {
    return thread != null && thread.isAlive();
  }

  @Override
  public void close() {
    running.set(false);
    consumer.wakeup();
    if (thread != null) {
      try {
        thread.join(Duration.ofSeconds(10));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    consumer.close(Duration.ofSeconds(5));
    deadLetters.close(Duration.ofSeconds(5));
  }
}
