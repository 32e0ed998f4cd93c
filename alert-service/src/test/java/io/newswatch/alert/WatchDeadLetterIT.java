package io.newswatch.alert;

import static io.newswatch.alert.Fixtures.watch;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newswatch.common.kafka.TopicBootstrapper;
import io.newswatch.common.kafka.Topics;
import io.newswatch.common.model.Watch;
import io.newswatch.kafka.IsolatedBroker;
import io.newswatch.kafka.KafkaBrokerExtension;
import io.newswatch.kafka.KafkaCluster;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A dead letter the broker refuses (here, larger than its topic takes) is logged and counted, and
 * the directory reads on: the watch record stays on its topic, only its report is missing, and
 * retrying a refusal would stop the reading there for good. A broker of its own, since the record
 * left on the watches topic would be read again by any other directory test.
 */
@IsolatedBroker
@ExtendWith(KafkaBrokerExtension.class)
class WatchDeadLetterIT {

  @Test
  void aDeadLetterTheBrokerRefusesIsCountedAndReadingGoesOn(KafkaCluster cluster) throws Exception {
    // Before: the dead letter's send was never looked at, so a refused one was lost without a word.
    new TopicBootstrapper(cluster.admin(), Duration.ofSeconds(30)).ensureCatalogue();
    ConfigResource dlq = new ConfigResource(ConfigResource.Type.TOPIC, Topics.WATCHES.dlq());
    cluster.admin().incrementalAlterConfigs(Map.of(dlq, List.of(new AlterConfigOp(
        new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, "2000"), AlterConfigOp.OpType.SET)))).all().get();
    String bootstrap = cluster.bootstrapServers();
    Properties client = new Properties();
    client.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    try (KafkaProducer<byte[], byte[]> raw = BrokerClients.rawProducer(bootstrap);
        KafkaProducer<String, Watch> watches = BrokerClients.producer(bootstrap, Topics.WATCHES);
        WatchDirectory directory = new WatchDirectory(client, cluster.admin(), "watch-dead-letter-it", registry)) {
      directory.catchUp(Duration.ofSeconds(30));
      directory.startFollowing();
      // Invalid, and too large for the dead-letter topic as configured above.
      byte[] large = ("{not json " + "x".repeat(10_000)).getBytes(StandardCharsets.UTF_8);
      raw.send(new ProducerRecord<>(Topics.WATCHES.name(), "too-large".getBytes(StandardCharsets.UTF_8), large)).get();
      await().atMost(Duration.ofSeconds(30))
          .until(() -> registry.counter(AlertMetrics.WATCH_DEAD_LETTER_FAILURES).count() >= 1);
      watches.send(new ProducerRecord<>(Topics.WATCHES.name(), "after", watch("after", List.of("kosovo")))).get();
      await().atMost(Duration.ofSeconds(30)).until(() -> directory.watch("after").isPresent());
    }
  }
}
