package io.newswatch.systemtests;

import io.newswatch.common.kafka.TopicSpec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** Plain Kafka and HTTP clients the system tests read and write with; no service code. */
final class Clients {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private Clients() {}

  /** An idempotent byte producer: tests write exactly the bytes they mean, valid or not. */
  static KafkaProducer<byte[], byte[]> producer(String bootstrap, Map<String, Object> overrides) {
    Map<String, Object> props = new HashMap<>();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    props.putAll(overrides);
    return new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
  }

  static KafkaProducer<byte[], byte[]> producer(String bootstrap) {
    return producer(bootstrap, Map.of());
  }

  static byte[] utf8(String text) {
    return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
  }

  static <V> byte[] bytes(TopicSpec<String, V> topic, V value) {
    return topic.valueSerde().serializer().serialize(topic.name(), value);
  }

  /**
   * Every record now on the topics, read to the end of each partition. With {@code committed} the
   * reader sees only committed transactions (read_committed), which is what a user of the pipeline
   * sees; without it, also the records of aborted transactions.
   */
  static List<ConsumerRecord<byte[], byte[]>> readAll(String bootstrap, boolean committed, String... topics) {
    Map<String, Object> props = new HashMap<>();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "system-test-reader-" + UUID.randomUUID());
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, committed ? "read_committed" : "read_uncommitted");
    props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 16 * 1024 * 1024);
    List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions = new ArrayList<>();
      for (String topic : topics) {
        consumer.partitionsFor(topic, Duration.ofSeconds(30))
            .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
      }
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      // read_committed end offsets stop at the last stable offset, so an open transaction is not waited for.
      Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(30));
      Instant deadline = Instant.now().plusSeconds(60);
      while (ends.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
        if (Instant.now().isAfter(deadline)) {
          throw new IllegalStateException("could not read " + List.of(topics) + " to the end within 60 s");
        }
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
      }
    }
    return records;
  }

  /** Whether the group's committed offsets on the topic have reached the end of every partition. */
  static boolean consumedToEnd(Admin admin, String group, String topic) throws Exception {
    Map<TopicPartition, OffsetAndMetadata> committed =
        admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
    Set<TopicPartition> partitions = new java.util.HashSet<>();
    admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()
        .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
    Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
    partitions.forEach(tp -> latest.put(tp, OffsetSpec.latest()));
    for (var end : admin.listOffsets(latest).all().get().entrySet()) {
      OffsetAndMetadata offset = committed.get(end.getKey());
      long position = offset == null ? 0 : offset.offset();
      if (position < end.getValue().offset()) {
        return false;
      }
    }
    return true;
  }

  /** GET on a service's HTTP port; the status and body. */
  static HttpResponse<String> get(int port, String path) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(5)).build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** The readiness status code of a service: 200 or 503. */
  static int readiness(int port) throws Exception {
    return get(port, "/health/ready").statusCode();
  }

  /**
   * The sum of a Prometheus counter's samples whose labels contain all of {@code labels}, from a
   * /metrics scrape (e.g. {@code newswatch_ingest_polls_total}, {@code outcome="timeout"}).
   */
  static double scrape(String metrics, String name, String... labels) {
    double sum = 0;
    for (String line : metrics.lines().toList()) {
      if (line.startsWith("#") || !(line.startsWith(name + "{") || line.startsWith(name + " "))) {
        continue;
      }
      boolean all = true;
      for (String label : labels) {
        all &= line.contains(label);
      }
      if (all) {
        sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
      }
    }
    return sum;
  }
}
