package io.newswatch.kafka;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** String producers and consumers for the broker tests. */
final class TestClients {

  static final Duration RECEIVE_TIMEOUT = Duration.ofSeconds(60);

  private TestClients() {}

  static KafkaProducer<String, String> producer(String bootstrap, Map<String, Object> extra) {
    Map<String, Object> config = new HashMap<>();
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
    config.putAll(extra);
    return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
  }

  static KafkaProducer<String, String> producer(String bootstrap) {
    return producer(bootstrap, Map.of());
  }

  /** A consumer that starts from the earliest offset when its group has none committed. */
  static KafkaConsumer<String, String> consumer(String bootstrap, Map<String, Object> extra) {
    Map<String, Object> config = new HashMap<>();
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    config.putAll(extra);
    return new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
  }

  /**
   * Polls until at least {@code count} records arrived, failing after {@link #RECEIVE_TIMEOUT}.
   * Polling stays on the calling thread because a consumer must not hop between threads.
   */
  static List<ConsumerRecord<String, String>> pollUntil(
      KafkaConsumer<String, String> consumer, int count) {
    List<ConsumerRecord<String, String>> received = new ArrayList<>();
    await()
        .pollInSameThread()
        .pollDelay(Duration.ZERO)
        .pollInterval(Duration.ofMillis(10))
        .atMost(RECEIVE_TIMEOUT)
        .until(
            () -> {
              consumer.poll(Duration.ofMillis(200)).forEach(received::add);
              return received.size() >= count;
            });
    return received;
  }

  static List<String> values(List<ConsumerRecord<String, String>> records) {
    return records.stream().map(ConsumerRecord::value).toList();
  }
}
