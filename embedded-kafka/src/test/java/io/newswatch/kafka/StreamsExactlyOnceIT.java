package io.newswatch.kafka;

import static io.newswatch.kafka.TestClients.consumer;
import static io.newswatch.kafka.TestClients.pollUntil;
import static io.newswatch.kafka.TestClients.producer;
import static io.newswatch.kafka.TestClients.values;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The services run exactly-once Streams; this proves the broker supports it. */
@ExtendWith(KafkaBrokerExtension.class)
class StreamsExactlyOnceIT {

  private static final String INPUT = "streams-eos.input";
  private static final String OUTPUT = "streams-eos.output";

  @Test
  void exactlyOnceTopologyCommitsItsOutput(KafkaCluster cluster, @TempDir Path stateDir) {
    cluster.createTopics(INPUT, OUTPUT);

    StreamsBuilder builder = new StreamsBuilder();
    builder
        .stream(INPUT, Consumed.with(Serdes.String(), Serdes.String()).withName("read-input"))
        .mapValues(v -> v.toUpperCase(Locale.ROOT), Named.as("upper-case"))
        .to(OUTPUT, Produced.with(Serdes.String(), Serdes.String()).withName("write-output"));
    Topology topology = builder.build();

    Properties config = new Properties();
    config.put(StreamsConfig.APPLICATION_ID_CONFIG, "streams-eos-it");
    config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers());
    config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    config.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
    config.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");

    try (KafkaStreams streams = new KafkaStreams(topology, config)) {
      streams.start();
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> streams.state() == KafkaStreams.State.RUNNING);

      try (KafkaProducer<String, String> producer = producer(cluster.bootstrapServers())) {
        for (String word : List.of("kosovo", "metohija", "unsc")) {
          producer.send(new ProducerRecord<>(INPUT, word, word));
        }
        producer.flush();
      }

      Map<String, Object> committedOnly =
          Map.of(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
      try (KafkaConsumer<String, String> consumer =
          consumer(cluster.bootstrapServers(), committedOnly)) {
        TopicPartition partition = new TopicPartition(OUTPUT, 0);
        consumer.assign(List.of(partition));
        consumer.seekToBeginning(List.of(partition));
        assertEquals(List.of("KOSOVO", "METOHIJA", "UNSC"), values(pollUntil(consumer, 3)));
      }
    }
  }
}
