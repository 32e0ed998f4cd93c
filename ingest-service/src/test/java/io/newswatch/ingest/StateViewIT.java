package io.newswatch.ingest;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newswatch.common.kafka.TopicBootstrapper;
import io.newswatch.common.kafka.Topics;
import io.newswatch.common.model.FeedState;
import io.newswatch.kafka.IsolatedBroker;
import io.newswatch.kafka.KafkaBrokerExtension;
import io.newswatch.kafka.KafkaCluster;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The state reader outlives the broker's absence: a look-up that times out is asked again, so a
 * barrier asked during an outage completes after it, and a reader started before the broker
 * reads once it is there. Had the reader ended, every feed taken over later would wait for good.
 */
@IsolatedBroker
@ExtendWith(KafkaBrokerExtension.class)
class StateViewIT {
  @BeforeAll
  static void topics(KafkaCluster cluster) {
    new TopicBootstrapper(cluster.admin(), Duration.ofSeconds(30)).ensureCatalogue();
  }

  private static Properties kafka(KafkaCluster cluster) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers());
    // Look-ups give up after a second, so the outages below outlast several of them.
    props.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "1000");
    return props;
  }

  private static KafkaProducer<byte[], byte[]> producer(KafkaCluster cluster) {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers());
    return new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
  }

  private static void writeState(KafkaProducer<byte[], byte[]> producer, String feedUrl) throws Exception {
    FeedState state = new FeedState(0, feedUrl, "src", "\"e1\"", null, List.of("item-1"), Instant.now(), 0, Instant.now());
    producer.send(new ProducerRecord<>(Topics.INGEST_STATE.name(), feedUrl.getBytes(StandardCharsets.UTF_8),
        Topics.INGEST_STATE.valueSerde().serializer().serialize(Topics.INGEST_STATE.name(), state))).get();
  }

  @Test
  void aBarrierAskedWhileTheBrokerIsAwayCompletesOnceItIsBack(KafkaCluster cluster) throws Exception {
    try (KafkaProducer<byte[], byte[]> producer = producer(cluster);
        StateView view = new StateView(kafka(cluster), producer, new IngestMetrics(new SimpleMeterRegistry()))) {
      writeState(producer, "https://before.example/feed");
      view.start();
      await().atMost(Duration.ofSeconds(30)).until(() -> view.get("https://before.example/feed") != null);

      CompletableFuture<Void> barrier;
      cluster.stop();
      try {
        barrier = view.barrier();
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> view.alive() && !barrier.isDone());
      } finally {
        cluster.start();
      }
      await().atMost(Duration.ofSeconds(60)).until(barrier::isDone);
      assertFalse(barrier.isCompletedExceptionally(), "the barrier completes, it is not cancelled");
      writeState(producer, "https://after.example/feed");
      await().atMost(Duration.ofSeconds(30)).until(() -> view.get("https://after.example/feed") != null);
    }
  }

  @Test
  void aReaderStartedBeforeTheBrokerReadsOnceItIsThere(KafkaCluster cluster) throws Exception {
    try (KafkaProducer<byte[], byte[]> producer = producer(cluster);
        StateView view = new StateView(kafka(cluster), producer, new IngestMetrics(new SimpleMeterRegistry()))) {
      cluster.stop();
      try {
        view.start();
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(view::alive);
      } finally {
        cluster.start();
      }
      writeState(producer, "https://late.example/feed");
      await().atMost(Duration.ofSeconds(60)).until(() -> view.get("https://late.example/feed") != null);
      CompletableFuture<Void> barrier = view.barrier();
      await().atMost(Duration.ofSeconds(30)).until(barrier::isDone);
      assertFalse(barrier.isCompletedExceptionally());
    }
  }
}
