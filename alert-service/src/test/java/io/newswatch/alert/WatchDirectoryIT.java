package io.newswatch.alert;

import static io.newswatch.alert.Fixtures.watch;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The directory keeps following the watches topic when a step of its loop fails: a commit the
 * group refuses (here, because another member holds the group; in production, a broker gone
 * at the wrong moment) is reported and the loop goes on. Had the thread ended, every later
 * change to the watches would be missed until a restart.
 */
@IsolatedBroker
@ExtendWith(KafkaBrokerExtension.class)
class WatchDirectoryIT {
  private static final String GROUP = "watch-directory-it";

  @Test
  void aRefusedCommitDoesNotStopTheDirectory(KafkaCluster cluster) throws Exception {
    new TopicBootstrapper(cluster.admin(), Duration.ofSeconds(30)).ensureCatalogue();
    String bootstrap = cluster.bootstrapServers();
    Properties client = new Properties();
    client.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    try (KafkaConsumer<byte[], byte[]> member = groupMember(bootstrap);
        KafkaProducer<byte[], byte[]> raw = BrokerClients.rawProducer(bootstrap);
        KafkaProducer<String, Watch> watches = BrokerClients.producer(bootstrap, Topics.WATCHES);
        WatchDirectory directory = new WatchDirectory(client, cluster.admin(), GROUP, registry)) {
      directory.catchUp(Duration.ofSeconds(30));
      directory.startFollowing();

      // An invalid record makes the directory write a dead letter and commit how far it wrote
      // them; the group, held by the other member, refuses the commit.
      raw.send(new ProducerRecord<>(Topics.WATCHES.name(), "broken".getBytes(StandardCharsets.UTF_8),
          "{not json".getBytes(StandardCharsets.UTF_8))).get();
      try (KafkaConsumer<byte[], byte[]> dlq = BrokerClients.consumer(bootstrap, false)) {
        BrokerClients.assignAll(dlq, Topics.WATCHES.dlq());
        await().atMost(Duration.ofSeconds(30)).until(() -> !dlq.poll(Duration.ofMillis(100)).isEmpty());
      }
      await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(directory::following);

      watches.send(new ProducerRecord<>(Topics.WATCHES.name(), "later", watch("later", List.of("kosovo")))).get();
      await().atMost(Duration.ofSeconds(30)).until(() -> directory.watch("later").isPresent());
      // The refusal did happen, and was counted: this test went down the path it names.
      assertTrue(registry.counter(AlertMetrics.WATCH_DIRECTORY_ERRORS).count() >= 1);
    }
  }

  /** A consumer that joins the directory's group and holds it. */
  private static KafkaConsumer<byte[], byte[]> groupMember(String bootstrap) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ConsumerConfig.GROUP_ID_CONFIG, GROUP);
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    KafkaConsumer<byte[], byte[]> member = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    member.subscribe(List.of(Topics.WATCHES.name()));
    await().atMost(Duration.ofSeconds(60)).until(() -> {
      member.poll(Duration.ofMillis(100));
      return !member.assignment().isEmpty();
    });
    return member;
  }
}
