package io.newswatch.common.kafka;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newswatch.common.Fixtures;
import io.newswatch.kafka.KafkaBrokerExtension;
import io.newswatch.kafka.KafkaCluster;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A Streams application under exactly-once on the real broker: a record that is not JSON, one of
 * the wrong shape and one that fails in processing each land in news.articles.dlq with a reason,
 * and the good records around them still come out. A global store's processor that fails on a
 * record leaves the service running and the record in the topic's dead-letter topic.
 */
@ExtendWith(KafkaBrokerExtension.class)
class DeadLetterIT {

  @Test
  void poisonRecordsGoToTheDlqAndTheStreamGoesOn(KafkaCluster cluster) throws Exception {
    new TopicBootstrapper(cluster.admin(), Duration.ofSeconds(30)).ensureCatalogue();
    String output = "dlq-it-titles-" + UUID.randomUUID();
    cluster.createTopics(output);
    String run = UUID.randomUUID().toString();

    StreamsBuilder builder = new StreamsBuilder();
    builder.stream(Topics.ARTICLES.name(), Topics.ARTICLES.consumed())
        .filter((k, v) -> k.startsWith(run), Named.as("this-run-only"))
        .mapValues(
            article -> {
              if (article.title().equals("boom")) {
                throw new IllegalStateException("refusing article " + article.id());
              }
              return article.title();
            },
            Named.as("title-of-article"))
        .to(output, Produced.with(Serdes.String(), Serdes.String()));

    Properties client = new Properties();
    client.put("bootstrap.servers", cluster.bootstrapServers());
    Properties props =
        StreamsSupport.streamsProperties(client, "dlq-it-" + run, new SimpleMeterRegistry());
    props.put(StreamsConfig.STATE_DIR_CONFIG, System.getProperty("java.io.tmpdir") + "/dlq-it-" + run);
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");

    try (KafkaStreams streams = new KafkaStreams(builder.build(), props)) {
      streams.start();
      try (KafkaProducer<byte[], byte[]> producer =
          new KafkaProducer<>(
              Map.of("bootstrap.servers", cluster.bootstrapServers()),
              new ByteArraySerializer(),
              new ByteArraySerializer())) {
        send(producer, run + "-1", "not json at all".getBytes(StandardCharsets.UTF_8));
        send(producer, run + "-2", "{\"id\":\"x\"}".getBytes(StandardCharsets.UTF_8));
        send(producer, run + "-3", value(Fixtures.article("boom-article", "boom")));
        send(producer, run + "-4", value(Fixtures.article("good-article", "still flowing")));
        producer.flush();
      }

      List<ConsumerRecord<byte[], byte[]>> titles = new ArrayList<>();
      List<ConsumerRecord<byte[], byte[]>> dead = new ArrayList<>();
      try (KafkaConsumer<byte[], byte[]> consumer = committedConsumer(cluster)) {
        consumer.subscribe(List.of(output, Topics.ARTICLES.dlq()));
        await()
            .atMost(Duration.ofSeconds(60))
            .until(
                () -> {
                  for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.key() == null || !new String(r.key(), StandardCharsets.UTF_8).startsWith(run)) {
                      continue;
                    }
                    (r.topic().equals(output) ? titles : dead).add(r);
                  }
                  return titles.size() == 1 && dead.size() == 3;
                });
      }
      assertEquals("still flowing", new String(titles.get(0).value(), StandardCharsets.UTF_8));
      dead.sort((a, b) -> new String(a.key(), StandardCharsets.UTF_8).compareTo(new String(b.key(), StandardCharsets.UTF_8)));
      assertEquals("deserialization", header(dead.get(0), DeadLetters.STAGE));
      assertTrue(header(dead.get(0), DeadLetters.REASON).contains("Unreadable Article"));
      assertEquals("deserialization", header(dead.get(1), DeadLetters.STAGE));
      assertTrue(header(dead.get(1), DeadLetters.REASON).contains("is required"));
      assertEquals("processing", header(dead.get(2), DeadLetters.STAGE));
      assertTrue(header(dead.get(2), DeadLetters.REASON).contains("refusing article boom-article"));
      assertEquals("not json at all", new String(dead.get(0).value(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void aFailingGlobalStoreProcessorDeadLettersTheRecordAndTheServiceGoesOn(KafkaCluster cluster) throws Exception {
    String run = UUID.randomUUID().toString();
    String global = "dlq-it-global-" + run;
    cluster.createTopics(global, DeadLetters.topicFor(global));

    StreamsBuilder builder = new StreamsBuilder();
    builder.addGlobalStore(
        Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("dlq-it-global-store"), Serdes.String(), Serdes.String())
            .withLoggingDisabled(),
        global,
        Consumed.with(Serdes.String(), Serdes.String()).withName("read-global"),
        () -> new Processor<String, String, Void, Void>() {
          private KeyValueStore<String, String> store;

          @Override
          public void init(ProcessorContext<Void, Void> context) {
            store = context.getStateStore("dlq-it-global-store");
          }

          @Override
          public void process(Record<String, String> record) {
            if (record.value().equals("boom")) {
              throw new IllegalStateException("refusing global entry " + record.key());
            }
            store.put(record.key(), record.value());
          }
        });

    Properties client = new Properties();
    client.put("bootstrap.servers", cluster.bootstrapServers());
    Properties props = StreamsSupport.streamsProperties(client, "dlq-it-global-" + run, new SimpleMeterRegistry());
    props.put(StreamsConfig.STATE_DIR_CONFIG, System.getProperty("java.io.tmpdir") + "/dlq-it-global-" + run);
    props.put(DeadLetterHandler.DIRECT_TOPICS_CONFIG, global);

    try (KafkaStreams streams = new KafkaStreams(builder.build(), props)) {
      streams.start();
      // Records already on the topic at start are restored into the store without the processor;
      // these must arrive while it runs.
      await().atMost(Duration.ofSeconds(60)).until(() -> streams.state() == KafkaStreams.State.RUNNING);
      try (KafkaProducer<byte[], byte[]> producer =
          new KafkaProducer<>(
              Map.of("bootstrap.servers", cluster.bootstrapServers()), new ByteArraySerializer(), new ByteArraySerializer())) {
        producer.send(new ProducerRecord<>(global, bytes("bad"), bytes("boom")));
        producer.send(new ProducerRecord<>(global, bytes("good"), bytes("kept")));
        producer.flush();
      }
      ReadOnlyKeyValueStore<String, String> store =
          streams.store(StoreQueryParameters.fromNameAndType("dlq-it-global-store", QueryableStoreTypes.keyValueStore()));
      await().atMost(Duration.ofSeconds(60)).until(() -> "kept".equals(store.get("good")));
      assertEquals(KafkaStreams.State.RUNNING, streams.state());

      List<ConsumerRecord<byte[], byte[]>> dead = new ArrayList<>();
      try (KafkaConsumer<byte[], byte[]> consumer = committedConsumer(cluster)) {
        consumer.subscribe(List.of(DeadLetters.topicFor(global)));
        await().atMost(Duration.ofSeconds(60)).until(() -> {
          consumer.poll(Duration.ofMillis(200)).forEach(dead::add);
          return !dead.isEmpty();
        });
      }
      assertEquals(1, dead.size());
      assertEquals("bad", new String(dead.get(0).key(), StandardCharsets.UTF_8));
      assertEquals("boom", new String(dead.get(0).value(), StandardCharsets.UTF_8));
      assertEquals("processing", header(dead.get(0), DeadLetters.STAGE));
      assertTrue(header(dead.get(0), DeadLetters.REASON).contains("refusing global entry bad"));
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] value(io.newswatch.common.model.Article article) {
    return Topics.ARTICLES.valueSerde().serializer().serialize(Topics.ARTICLES.name(), article);
  }

  private static void send(KafkaProducer<byte[], byte[]> producer, String key, byte[] value) {
    producer.send(
        new ProducerRecord<>(Topics.ARTICLES.name(), key.getBytes(StandardCharsets.UTF_8), value));
  }

  private static KafkaConsumer<byte[], byte[]> committedConsumer(KafkaCluster cluster) {
    return new KafkaConsumer<>(
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers(),
            ConsumerConfig.GROUP_ID_CONFIG, "dlq-it-reader-" + UUID.randomUUID(),
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
            ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
        new ByteArrayDeserializer(),
        new ByteArrayDeserializer());
  }

  private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
    return DeadLetters.header(record.headers(), name).orElse("<missing " + name + ">");
  }
}
