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
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Transactions only work when the transaction state log fits the one node, so this proves the
 * broker's single-node transaction settings.
 */
@ExtendWith(KafkaBrokerExtension.class)
class TransactionsIT {

  private static final String TOPIC = "transactions.alerts";

  @Test
  void readCommittedConsumerSeesCommittedRecordsOnly(KafkaCluster cluster) {
    cluster.createTopics(TOPIC);
    Map<String, Object> transactional =
        Map.of(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "transactions-it-producer");

    try (KafkaProducer<String, String> producer =
        producer(cluster.bootstrapServers(), transactional)) {
      producer.initTransactions();

      producer.beginTransaction();
      producer.send(new ProducerRecord<>(TOPIC, "a", "committed-1"));
      producer.send(new ProducerRecord<>(TOPIC, "a", "committed-2"));
      producer.commitTransaction();

      producer.beginTransaction();
      producer.send(new ProducerRecord<>(TOPIC, "a", "aborted"));
      producer.flush();
      producer.abortTransaction();

      producer.beginTransaction();
      producer.send(new ProducerRecord<>(TOPIC, "a", "committed-3"));
      producer.commitTransaction();
    }

    // The uncommitted reader proves the aborted record really reached the log, so its absence
    // below is the isolation level at work and not a lost write.
    assertEquals(
        List.of("committed-1", "committed-2", "aborted", "committed-3"),
        readAll(cluster, "read_uncommitted", 4));
    assertEquals(
        List.of("committed-1", "committed-2", "committed-3"),
        readAll(cluster, "read_committed", 3));
  }

  private static List<String> readAll(KafkaCluster cluster, String isolation, int expected) {
    try (KafkaConsumer<String, String> consumer =
        consumer(
            cluster.bootstrapServers(), Map.of(ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation))) {
      TopicPartition partition = new TopicPartition(TOPIC, 0);
      consumer.assign(List.of(partition));
      consumer.seekToBeginning(List.of(partition));
      List<String> values = values(pollUntil(consumer, expected));
      // Transaction markers occupy offsets too; reaching the end offset means nothing else is
      // left to arrive, so an extra record would already be in the list.
      long end = consumer.endOffsets(List.of(partition)).get(partition);
      pollUntilPosition(consumer, partition, end);
      return values;
    }
  }

  private static void pollUntilPosition(
      KafkaConsumer<String, String> consumer, TopicPartition partition, long end) {
    await()
        .pollInSameThread()
        .atMost(TestClients.RECEIVE_TIMEOUT)
        .until(
            () -> {
              if (!consumer.poll(Duration.ofMillis(100)).isEmpty()) {
                throw new AssertionError("unexpected record after the expected ones");
              }
              return consumer.position(partition) >= end;
            });
  }
}
