package io.newswatch.kafka;

import static io.newswatch.kafka.TestClients.consumer;
import static io.newswatch.kafka.TestClients.pollUntil;
import static io.newswatch.kafka.TestClients.producer;
import static io.newswatch.kafka.TestClients.values;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/** A broker outage that a producer with retries rides out; isolated so no other class sees it. */
@ExtendWith(KafkaBrokerExtension.class)
@IsolatedBroker
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrokerRestartIT {

  private static final String TOPIC = "restart.events";

  @Test
  @Order(2)
  void producerWithRetriesDeliversAfterTheBrokerComesBack(KafkaCluster cluster) throws Exception {
    cluster.createTopics(TOPIC);
    String address = cluster.bootstrapServers();
    // During an outage the producer may drop its cached metadata and rebootstrap, and then send()
    // itself blocks for up to max.block.ms; so the send runs on its own thread and both limits
    // are longer than the outage.
    Map<String, Object> patient =
        Map.of(
            ProducerConfig.MAX_BLOCK_MS_CONFIG, 120_000,
            ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 120_000,
            ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
            ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500,
            ProducerConfig.RETRY_BACKOFF_MAX_MS_CONFIG, 500);

    ExecutorService sender = Executors.newSingleThreadExecutor();
    try (KafkaProducer<String, String> producer = producer(address, patient)) {
      producer.send(new ProducerRecord<>(TOPIC, "before")).get(30, TimeUnit.SECONDS);

      cluster.stop();
      Future<RecordMetadata> duringOutage =
          sender.submit(
              () -> producer.send(new ProducerRecord<>(TOPIC, "during-outage")).get());
      // With no broker the write cannot complete; holding for a while shows it is really pending.
      await()
          .during(Duration.ofSeconds(3))
          .atMost(Duration.ofSeconds(10))
          .until(() -> stillPending(duringOutage));

      cluster.start();
      assertEquals(address, cluster.bootstrapServers());
      assertEquals(1, duringOutage.get(90, TimeUnit.SECONDS).offset());
    } finally {
      sender.shutdownNow();
    }

    try (KafkaConsumer<String, String> consumer = consumer(address, Map.of())) {
      TopicPartition partition = new TopicPartition(TOPIC, 0);
      consumer.assign(List.of(partition));
      consumer.seekToBeginning(List.of(partition));
      assertEquals(List.of("before", "during-outage"), values(pollUntil(consumer, 2)));
    }
  }

  private static boolean stillPending(Future<RecordMetadata> write) {
    return switch (write.state()) {
      case RUNNING -> true;
      case SUCCESS -> throw new AssertionError(
          "write succeeded while the broker was down: " + write.resultNow());
      case FAILED -> throw new AssertionError(
          "write failed during the outage instead of retrying", write.exceptionNow());
      case CANCELLED -> throw new AssertionError("write was cancelled");
    };
  }

  /**
   * Runs first and leaves the broker stopped, as a fault test that fails midway would; the
   * extension must start it again before the next test.
   */
  @Test
  @Order(1)
  void testThatLeavesTheBrokerStopped(KafkaCluster cluster) throws Exception {
    cluster.createTopics("restart.probe");
    assertEquals(
        1,
        cluster.admin().describeTopics(List.of("restart.probe")).allTopicNames()
            .get(30, TimeUnit.SECONDS).get("restart.probe").partitions().size());
    cluster.stop();
  }
}
