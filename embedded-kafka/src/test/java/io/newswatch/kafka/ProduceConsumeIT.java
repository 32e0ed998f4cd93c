package io.newswatch.kafka;

import static io.newswatch.kafka.TestClients.consumer;
import static io.newswatch.kafka.TestClients.pollUntil;
import static io.newswatch.kafka.TestClients.producer;
import static io.newswatch.kafka.TestClients.values;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(KafkaBrokerExtension.class)
class ProduceConsumeIT {

  @Test
  void recordsComeBackInOrderWithKeysAndOffsets(KafkaCluster cluster) throws Exception {
    String topic = "produce-consume.articles";
    cluster.createTopics(topic);
    List<String> headlines =
        List.of(
            "Боцан-Харченко: Србија може да рачуна на Русију",
            "Zaharova: situacija na Kosovu i Metohiji izmiče kontroli",
            "Vučić asks for a UN Security Council session");

    try (KafkaProducer<String, String> producer = producer(cluster.bootstrapServers())) {
      for (int i = 0; i < headlines.size(); i++) {
        RecordMetadata metadata =
            producer
                .send(new ProducerRecord<>(topic, "article-" + i, headlines.get(i)))
                .get(30, TimeUnit.SECONDS);
        assertEquals(i, metadata.offset());
      }
    }

    try (KafkaConsumer<String, String> consumer = consumer(cluster.bootstrapServers(), Map.of())) {
      consumer.assign(List.of(new TopicPartition(topic, 0)));
      consumer.seekToBeginning(consumer.assignment());
      List<ConsumerRecord<String, String>> records = pollUntil(consumer, headlines.size());

      assertEquals(headlines, values(records));
      assertEquals(
          List.of("article-0", "article-1", "article-2"),
          records.stream().map(ConsumerRecord::key).toList());
    }
  }
}
