package io.newswatch.alert;

import static io.newswatch.alert.Fixtures.watch;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The directory keeps following the watches topic when a step of its loop fails: a commit the
 * group refuses (here, because another member holds the group; in production, a broker gone
 * at the wrong moment) is reported and the loop goes on. Had the thread ended, every later
 * change to the watches would be missed until a restart. A step that fails halfway through a batch
 * leaves the records after it to be read on the next try, not after the next restart.
 */
@IsolatedBroker
@ExtendWith(KafkaBrokerExtension.class)
class WatchDirectoryIT {
  private static final String GROUP = "watch-directory-it";

  @Test
  void aRefusedCommitDoesNotStopTheDirectory(KafkaCluster cluster) throws Exception {
    Properties client = clientOfCatalogue(cluster);
    String bootstrap = cluster.bootstrapServers();
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    try (KafkaProducer<byte[], byte[]> raw = BrokerClients.rawProducer(bootstrap);
        KafkaProducer<String, Watch> watches = BrokerClients.producer(bootstrap, Topics.WATCHES);
        WatchDirectory directory = new WatchDirectory(client, cluster.admin(), GROUP, registry)) {
      // Reading what the class's other test left on the topic commits too, so the group is taken
      // only after that.
      directory.catchUp(Duration.ofSeconds(30));
      directory.startFollowing();
      KafkaConsumer<byte[], byte[]> member = groupMember(bootstrap);
      try (member) {
        // An invalid record makes the directory write a dead letter and commit how far it wrote
        // them; the group, held by the other member, refuses the commit.
        byte[] brokenKey = "broken".getBytes(StandardCharsets.UTF_8);
        raw.send(new ProducerRecord<>(Topics.WATCHES.name(), brokenKey, "{not json".getBytes(StandardCharsets.UTF_8))).get();
        try (KafkaConsumer<byte[], byte[]> dlq = BrokerClients.consumer(bootstrap, false)) {
          BrokerClients.assignAll(dlq, Topics.WATCHES.dlq());
          await().atMost(Duration.ofSeconds(30)).until(() -> {
            for (ConsumerRecord<byte[], byte[]> letter : dlq.poll(Duration.ofMillis(100))) {
              if (Arrays.equals(letter.key(), brokenKey)) {
                return true;
              }
            }
            return false;
          });
        }
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(directory::following);

        watches.send(new ProducerRecord<>(Topics.WATCHES.name(), "later", watch("later", List.of("kosovo")))).get();
        await().atMost(Duration.ofSeconds(30)).until(() -> directory.watch("later").isPresent());
        // The refusal did happen, and was counted: this test went down the path it names.
        assertTrue(registry.counter(AlertMetrics.WATCH_DIRECTORY_ERRORS).count() >= 1);
      }
    }
  }

  @Test
  void aStepThatFailsHalfwayThroughABatchLeavesNoRecordOfItUnread(KafkaCluster cluster) throws Exception {
    // Before: the consumer's position was past the whole batch when the send failed, so the two
    // watches after the invalid record were read again only after a restart.
    Properties client = clientOfCatalogue(cluster);
    String bootstrap = cluster.bootstrapServers();
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    byte[] badKey = "bad".getBytes(StandardCharsets.UTF_8);
    AtomicInteger refusals = new AtomicInteger(1);
    Properties producerProps = new Properties();
    producerProps.putAll(client);
    producerProps.put(ProducerConfig.ACKS_CONFIG, "all");
    // A real producer to the real broker that refuses its first send of the bad record's dead
    // letter at once, as one does when interrupted or after a fatal error.
    KafkaProducer<byte[], byte[]> refusingOnce =
        new KafkaProducer<>(producerProps, new ByteArraySerializer(), new ByteArraySerializer()) {
          @Override
          public Future<RecordMetadata> send(ProducerRecord<byte[], byte[]> record, Callback callback) {
            if (Arrays.equals(record.key(), badKey) && refusals.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
              throw new KafkaException("refused by the test");
            }
            return super.send(record, callback);
          }
        };
    try (WatchDirectory directory =
            new WatchDirectory(client, cluster.admin(), "watch-directory-batch-it", registry, refusingOnce)) {
      directory.catchUp(Duration.ofSeconds(30));
      directory.startFollowing();
      // One transaction, so the directory, which reads committed records, gets all three in one poll.
      BrokerClients.sendAllOnce(bootstrap, cluster.admin(), Topics.WATCHES, List.of(
          new ProducerRecord<>(Topics.WATCHES.name(), "bad", watch("not-bad", List.of("kosovo"))),
          new ProducerRecord<>(Topics.WATCHES.name(), "second", watch("second", List.of("kosovo"))),
          new ProducerRecord<>(Topics.WATCHES.name(), "third", watch("third", List.of("nato")))));

      await().atMost(Duration.ofSeconds(30))
          .until(() -> directory.watch("second").isPresent() && directory.watch("third").isPresent());
      assertEquals(0, refusals.get(), "the refusal happened: this test went down the path it names");
      assertTrue(registry.counter(AlertMetrics.WATCH_DIRECTORY_ERRORS).count() >= 1);
      try (KafkaConsumer<byte[], byte[]> dlq = BrokerClients.consumer(bootstrap, false)) {
        BrokerClients.assignAll(dlq, Topics.WATCHES.dlq());
        long letters = BrokerClients.readToEnd(dlq).stream().filter(r -> Arrays.equals(r.key(), badKey)).count();
        assertEquals(1, letters, "the bad record's dead letter, written once on the second try");
      }
    }
  }

  /** The client properties of the class's broker, once its topics exist. */
  private static Properties clientOfCatalogue(KafkaCluster cluster) {
    new TopicBootstrapper(cluster.admin(), Duration.ofSeconds(30)).ensureCatalogue();
    Properties client = new Properties();
    client.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers());
    return client;
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
