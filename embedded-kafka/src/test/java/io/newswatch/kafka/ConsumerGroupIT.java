package io.newswatch.kafka;

import static io.newswatch.kafka.TestClients.consumer;
import static io.newswatch.kafka.TestClients.pollUntil;
import static io.newswatch.kafka.TestClients.producer;
import static io.newswatch.kafka.TestClients.values;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A subscribed consumer needs the group coordinator, which lives on the offsets topic; on a single
 * node that topic must have replication factor 1 or no consumer ever joins.
 */
@ExtendWith(KafkaBrokerExtension.class)
class ConsumerGroupIT {

  @ParameterizedTest(name = "group.protocol={0}")
  @ValueSource(strings = {"classic", "consumer"})
  void subscribedConsumerJoinsGroupReceivesAndCommits(String protocol, KafkaCluster cluster)
      throws Exception {
    String topic = "consumer-group." + protocol;
    String group = "consumer-group-it-" + protocol;
    cluster.createTopic(topic, 3);

    List<String> sent = List.of("b92", "rts", "novosti", "politika", "tanjug", "sputnik");
    try (KafkaProducer<String, String> producer = producer(cluster.bootstrapServers())) {
      for (String outlet : sent) {
        producer.send(new ProducerRecord<>(topic, outlet, outlet.toUpperCase(Locale.ROOT)));
      }
      producer.flush();
    }

    Map<String, Object> groupConfig =
        Map.of(
            ConsumerConfig.GROUP_ID_CONFIG, group,
            ConsumerConfig.GROUP_PROTOCOL_CONFIG, protocol);
    try (KafkaConsumer<String, String> consumer =
        consumer(cluster.bootstrapServers(), groupConfig)) {
      consumer.subscribe(List.of(topic));
      List<String> received = values(pollUntil(consumer, sent.size()));

      assertEquals(
          sent.stream().map(s -> s.toUpperCase(Locale.ROOT)).sorted().toList(),
          received.stream().sorted().toList());
      assertEquals(3, consumer.assignment().size());
      consumer.commitSync();
    }

    Map<TopicPartition, OffsetAndMetadata> committed =
        cluster
            .admin()
            .listConsumerGroupOffsets(group)
            .partitionsToOffsetAndMetadata()
            .get(30, TimeUnit.SECONDS);
    long total = committed.values().stream().mapToLong(OffsetAndMetadata::offset).sum();
    assertEquals(sent.size(), total);
  }
}
