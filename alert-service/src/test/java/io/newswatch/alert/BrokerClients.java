package io.newswatch.alert;

import static org.awaitility.Awaitility.await;

import io.newswatch.common.kafka.TopicSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** Producers and consumers for the broker tests and the harness. */
final class BrokerClients {
  private BrokerClients() {}

  static <K, V> KafkaProducer<K, V> producer(String bootstrap, TopicSpec<K, V> topic) {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.LINGER_MS_CONFIG, 0);
    return new KafkaProducer<>(props, topic.keySerde().serializer(), topic.valueSerde().serializer());
  }

  static KafkaProducer<byte[], byte[]> rawProducer(String bootstrap) {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    return new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
  }

  /** Attempts {@link #sendAllOnce} makes before it gives up. */
  private static final int INPUT_ATTEMPTS = 3;

  /**
   * Writes the records in one transaction, so that a consumer of committed data (every Streams
   * application here runs exactly-once) sees each of them once. When the broker does not take a
   * send within the producer's timeout, the partitions' state and the producer's counters are
   * printed, the transaction is aborted, and the whole batch is written again in a new one: a
   * test about what the service does with its input then fails only on what the service did.
   * A commit that fails is not retried, because it may have landed.
   */
  static <K, V> void sendAllOnce(String bootstrap, Admin admin, TopicSpec<K, V> topic, List<ProducerRecord<K, V>> records)
      throws InterruptedException {
    String transactionalId = "test-inputs-" + UUID.randomUUID();
    for (int attempt = 1; ; attempt++) {
      KafkaProducer<K, V> producer = transactionalProducer(bootstrap, topic, transactionalId);
      try {
        Throwable failure;
        try {
          producer.initTransactions();
          producer.beginTransaction();
          List<Future<RecordMetadata>> sends = new ArrayList<>(records.size());
          for (ProducerRecord<K, V> record : records) {
            sends.add(producer.send(record));
          }
          producer.flush();
          failure = firstFailure(sends);
        } catch (KafkaException e) {
          // A send after a failed one is refused at once; so is a transaction the broker never began.
          failure = e;
        }
        if (failure == null) {
          producer.commitTransaction();
          return;
        }
        System.out.printf(
            "input attempt %d of %d: %s%n  producer: %s%n  broker: %s%n",
            attempt, INPUT_ATTEMPTS, failure, producerCounters(producer), partitionState(admin, topic.name()));
        if (attempt == INPUT_ATTEMPTS) {
          throw new AssertionError("The broker did not take the test's input in " + attempt + " attempts", failure);
        }
        abortQuietly(producer);
      } finally {
        // Closing without waiting: a producer that could not abort is fenced by the next one,
        // which uses the same transactional id.
        producer.close(Duration.ofSeconds(5));
      }
    }
  }

  private static <K, V> KafkaProducer<K, V> transactionalProducer(String bootstrap, TopicSpec<K, V> topic, String transactionalId) {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
    // A minute per attempt rather than the default two, so three attempts fit where one did.
    props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 20_000);
    props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 60_000);
    return new KafkaProducer<>(props, topic.keySerde().serializer(), topic.valueSerde().serializer());
  }

  private static Throwable firstFailure(List<Future<RecordMetadata>> sends) throws InterruptedException {
    for (Future<RecordMetadata> send : sends) {
      try {
        send.get();
      } catch (ExecutionException e) {
        return e.getCause();
      }
    }
    return null;
  }

  private static void abortQuietly(KafkaProducer<?, ?> producer) {
    try {
      producer.abortTransaction();
    } catch (KafkaException e) {
      System.out.printf("  abort failed (the next producer fences this one): %s%n", e);
    }
  }

  /** Whether requests went unanswered or were answered with errors, from the producer's metrics. */
  private static String producerCounters(KafkaProducer<?, ?> producer) {
    Set<String> wanted =
        Set.of("record-send-total", "record-retry-total", "record-error-total", "request-total", "response-total",
            "requests-in-flight", "connection-count", "connection-close-total");
    Map<String, Object> values = new TreeMap<>();
    producer.metrics().forEach((name, metric) -> {
      if (name.group().equals("producer-metrics") && wanted.contains(name.name())) {
        values.put(name.name(), metric.metricValue());
      }
    });
    return values.toString();
  }

  /** Each partition's leader, in-sync replicas and end offset, as the broker reports them now. */
  private static String partitionState(Admin admin, String topic) {
    try {
      TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames().get(10, TimeUnit.SECONDS).get(topic);
      Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
      description.partitions().forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
      var ends = admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS);
      StringBuilder state = new StringBuilder();
      for (TopicPartitionInfo p : description.partitions()) {
        state.append(String.format("%n    %s-%d leader %s isr %s end %d", topic, p.partition(), p.leader(), p.isr(),
            ends.get(new TopicPartition(topic, p.partition())).offset()));
      }
      return state.toString();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
      return "not answered: " + e;
    }
  }

  /** Waits until every partition of the topics has a leader, so the first sends are not refused. */
  static void awaitLeaders(org.apache.kafka.clients.admin.Admin admin, String... topics) {
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                admin.describeTopics(List.of(topics)).allTopicNames().get().values().stream()
                    .flatMap(d -> d.partitions().stream())
                    .allMatch(p -> p.leader() != null && !p.leader().isEmpty()));
  }

  /** A consumer without group, of the given isolation level. */
  static KafkaConsumer<byte[], byte[]> consumer(String bootstrap, boolean committedOnly) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, committedOnly ? "read_committed" : "read_uncommitted");
    return new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }

  /** Assigns every partition of the topic, from the beginning. */
  static void assignAll(KafkaConsumer<byte[], byte[]> consumer, String... topics) {
    List<TopicPartition> partitions = new ArrayList<>();
    for (String topic : topics) {
      consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
    }
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
  }

  /** Everything on the assigned partitions up to their current end (for read_committed, the last stable offset). */
  static List<ConsumerRecord<byte[], byte[]>> readToEnd(KafkaConsumer<byte[], byte[]> consumer) {
    Map<TopicPartition, Long> ends = new HashMap<>(consumer.endOffsets(consumer.assignment()));
    List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
    await()
        .pollInSameThread()
        .pollDelay(Duration.ZERO)
        .pollInterval(Duration.ofMillis(10))
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> {
              consumer.poll(Duration.ofMillis(100)).forEach(records::add);
              return ends.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
            });
    return records;
  }
}
