package io.newswatch.ingest;

import io.newswatch.common.kafka.DeadLetters;
import io.newswatch.common.kafka.Topics;
import io.newswatch.common.model.FeedState;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The crawl state of every feed, read from the compacted {@code newswatch.ingest-state} topic
 * (read_committed, so only state whose articles were committed with it) and kept in memory. A
 * barrier tells when everything committed up to a moment has been read: a feed taken over from
 * another instance is polled only after that, so its validators and seen items are the latest.
 */
final class StateView implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(StateView.class);
  /** How often the reader asks the broker for the end offsets, only to know that it answers. */
  private static final Duration ASK_EVERY = Duration.ofSeconds(1);
  /** How long one such question may wait: short, since the reader reads nothing meanwhile. */
  private static final Duration ASK_TIMEOUT = Duration.ofSeconds(2);
  /** No answer for this long and the broker counts as out of reach (the sink's stall bound too). */
  static final Duration OUT_OF_REACH = Duration.ofSeconds(5);

  private final ConcurrentHashMap<String, FeedState> states = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<CompletableFuture<Void>> requests = new ConcurrentLinkedQueue<>();
  private final KafkaConsumer<String, byte[]> consumer;
  private final Thread thread;
  private final Producer<byte[], byte[]> deadLetters;
  private final IngestMetrics metrics;
  private volatile boolean running = true;
  /**
   * When the broker last answered this reader (System.nanoTime), or 0 before it first did. The
   * producer notices an outage only when it has something to write, and a service whose feeds are
   * not due for minutes writes nothing: this is how it knows the broker is gone while idle.
   */
  private volatile long lastAnswerNanos;

  /**
   * @param deadLetters a plain (not transactional) producer for unreadable state records
   * @param metrics counts them
   */
  StateView(Properties kafka, Producer<byte[], byte[]> deadLetters, IngestMetrics metrics) {
    this.deadLetters = deadLetters;
    this.metrics = metrics;
    Properties props = new Properties();
    props.putAll(kafka);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.remove(ConsumerConfig.GROUP_ID_CONFIG);
    // How long one look-up of partitions or end offsets waits for the broker before the reader
    // goes back to polling and asks again.
    props.putIfAbsent(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
    consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
    thread = Thread.ofPlatform().name("ingest-state-view").daemon().unstarted(this::run);
  }

  void start() {
    thread.start();
  }

  /**
   * Whether the broker answered within {@link #OUT_OF_REACH}. The reader asks it for the state
   * topic's end offsets every {@link #ASK_EVERY}; any answer will do.
   */
  boolean brokerInReach() {
    long last = lastAnswerNanos;
    return last != 0 && System.nanoTime() - last < OUT_OF_REACH.toNanos();
  }

  FeedState get(String feedUrl) {
    return states.get(feedUrl);
  }

  /** Records state this instance just committed, without waiting for it to come back from Kafka. */
  void putLocal(FeedState state) {
    merge(state.feedUrl(), state);
  }

  /** Completes once the state committed before this call has been read. */
  CompletableFuture<Void> barrier() {
    CompletableFuture<Void> barrier = new CompletableFuture<>();
    requests.add(barrier);
    return barrier;
  }

  private void merge(String key, FeedState state) {
    // Our own writes come back after we applied them; an older echo must not undo a newer poll.
    states.merge(key, state, (old, neu) -> neu.updatedAt().isBefore(old.updatedAt()) ? old : neu);
  }

  private void run() {
    List<TopicPartition> partitions = new ArrayList<>();
    List<Waiting> waiting = new ArrayList<>();
    long lastAskedNanos = System.nanoTime();
    boolean inReach = true;
    try {
      while (running && partitions.isEmpty()) {
        try {
          consumer.partitionsFor(Topics.INGEST_STATE.name())
              .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
          lastAnswerNanos = System.nanoTime();
        } catch (TimeoutException e) {
          // No broker yet: the reader asks again rather than end.
          LOG.warn("No partitions of {} yet: {}; asking again", Topics.INGEST_STATE.name(), e.getMessage());
        }
      }
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      var deserializer = Topics.INGEST_STATE.valueSerde().deserializer();
      while (running) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
          if (record.key() == null) {
            continue;
          }
          if (record.value() == null) {
            states.remove(record.key());
            continue;
          }
          try {
            merge(record.key(), deserializer.deserialize(record.topic(), record.value()));
          } catch (RuntimeException e) {
            // The feed keeps the state read before this record, if compaction has left one; else
            // its next poll is a first poll, and items it still lists come again (within its
            // novelty window the alert service does not alert on them twice). Every instance reads the
            // whole topic, so each start may dead-letter the record again until the feed's next
            // poll replaces it; the headers say which record it was.
            LOG.warn("Skipping unreadable state record {}-{}@{} for {}: {}",
                record.topic(), record.partition(), record.offset(), record.key(), e.getMessage());
            metrics.deadLetter(record.topic(), "state");
            deadLetters.send(
                DeadLetters.record(record.topic(), record.partition(), record.offset(),
                    record.key().getBytes(StandardCharsets.UTF_8), record.value(), record.headers(), "state", e),
                (metadata, error) -> {
                  if (error != null) {
                    LOG.error("Could not dead-letter state record {}: {}", record.key(), error.toString());
                  }
                });
          }
        }
        try {
          settle(partitions, waiting);
        } catch (TimeoutException e) {
          // The broker is away: the barriers wait, and are asked about again after the next poll.
          // Ending here instead would leave every feed taken over later waiting for good.
          LOG.debug("State barriers wait for the broker: {}", e.toString());
        }
        long now = System.nanoTime();
        if (now - lastAskedNanos >= ASK_EVERY.toNanos()) {
          lastAskedNanos = now;
          inReach = ask(partitions, inReach);
        }
      }
    } catch (WakeupException e) {
      // closing
    } catch (RuntimeException e) {
      LOG.error("State reader stopped: {}", e.toString(), e);
    } finally {
      waiting.forEach(w -> w.future.cancel(false));
      requests.forEach(r -> r.cancel(false));
      consumer.close(Duration.ofSeconds(5));
    }
  }

  /**
   * Asks the broker for the end offsets, notes when it answers, and logs when it stops or starts
   * answering; returns whether it answered.
   */
  private boolean ask(List<TopicPartition> partitions, boolean wasInReach) {
    try {
      consumer.endOffsets(partitions, ASK_TIMEOUT);
      lastAnswerNanos = System.nanoTime();
      if (!wasInReach) {
        LOG.info("Kafka answers again");
      }
      return true;
    } catch (TimeoutException e) {
      if (wasInReach) {
        LOG.warn("Kafka did not answer within {} ms; the service reports not ready once it has been silent for {} s",
            ASK_TIMEOUT.toMillis(), OUT_OF_REACH.toSeconds());
      }
      return false;
    }
  }

  /** Turns barrier requests into end-offset targets, and completes the barriers whose targets were read. */
  private void settle(List<TopicPartition> partitions, List<Waiting> waiting) {
    for (CompletableFuture<Void> request; (request = requests.peek()) != null; ) {
      // read_committed end offsets stop at the last stable offset: open transactions are not waited for twice.
      waiting.add(new Waiting(request, new HashMap<>(consumer.endOffsets(partitions))));
      requests.remove();
    }
    waiting.removeIf(w -> {
      for (Map.Entry<TopicPartition, Long> target : w.targets.entrySet()) {
        if (consumer.position(target.getKey()) < target.getValue()) {
          return false;
        }
      }
      w.future.complete(null);
      return true;
    });
  }

  boolean alive() {
    return thread.isAlive();
  }

  private record Waiting(CompletableFuture<Void> future, Map<TopicPartition, Long> targets) {}

  @Override
  public void close() {
    running = false;
    consumer.wakeup();
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
