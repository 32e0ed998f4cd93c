package io.newswatch.kafka;

import static io.newswatch.kafka.TestClients.consumer;
import static io.newswatch.kafka.TestClients.pollUntil;
import static io.newswatch.kafka.TestClients.producer;
import static io.newswatch.kafka.TestClients.values;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code newswatch up} relies on: a second start on the same directory finds the data. */
class PersistenceIT {

  private static final String TOPIC = "persistence.articles";
  private static final String GROUP = "persistence-reader";
  private static final TopicPartition PARTITION = new TopicPartition(TOPIC, 0);

  @Test
  void topicsMessagesAndOffsetsSurviveACloseAndStart(@TempDir Path dataDir) throws Exception {
    String clusterId;
    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dataDir, 0)) {
      clusterId = broker.clusterId();
      System.out.printf("first start (formats the directory): %d ms%n",
          broker.lastStartupTime().toMillis());
      try (Admin admin = admin(broker)) {
        admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all()
            .get(30, TimeUnit.SECONDS);
      }
      try (KafkaProducer<String, String> producer = producer(broker.bootstrapServers())) {
        for (String value : List.of("m1", "m2", "m3")) {
          producer.send(new ProducerRecord<>(TOPIC, value)).get(30, TimeUnit.SECONDS);
        }
      }
      try (KafkaConsumer<String, String> consumer = groupConsumer(broker)) {
        consumer.commitSync(Map.of(PARTITION, new OffsetAndMetadata(2)));
      }
    }
    assertTrue(Files.exists(dataDir.resolve("meta.properties")));

    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dataDir, 0)) {
      System.out.printf("second start (existing data): %d ms%n",
          broker.lastStartupTime().toMillis());
      assertEquals(clusterId, broker.clusterId());
      try (Admin admin = admin(broker)) {
        assertEquals(clusterId, admin.describeCluster().clusterId().get(30, TimeUnit.SECONDS));
        assertTrue(admin.listTopics().names().get(30, TimeUnit.SECONDS).contains(TOPIC));
      }

      try (KafkaConsumer<String, String> consumer =
          consumer(broker.bootstrapServers(), Map.of())) {
        consumer.assign(List.of(PARTITION));
        consumer.seekToBeginning(List.of(PARTITION));
        assertEquals(List.of("m1", "m2", "m3"), values(pollUntil(consumer, 3)));
      }

      // The group resumes at its committed offset, so the offsets topic survived as well.
      try (KafkaConsumer<String, String> consumer = groupConsumer(broker)) {
        consumer.subscribe(List.of(TOPIC));
        assertEquals(List.of("m3"), values(pollUntil(consumer, 1)));
      }
    }
  }

  private static Admin admin(EmbeddedKafkaBroker broker) {
    return Admin.create(
        Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()));
  }

  private static KafkaConsumer<String, String> groupConsumer(EmbeddedKafkaBroker broker) {
    return consumer(broker.bootstrapServers(), Map.of(ConsumerConfig.GROUP_ID_CONFIG, GROUP));
  }
}
