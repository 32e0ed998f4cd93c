package io.newswatch.alert;

import static io.newswatch.alert.Fixtures.KOSOVO;
import static io.newswatch.alert.Fixtures.T0;
import static io.newswatch.alert.Fixtures.statement;
import static io.newswatch.alert.Fixtures.watch;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newswatch.common.config.Env;
import io.newswatch.common.kafka.TopicBootstrapper;
import io.newswatch.common.kafka.Topics;
import io.newswatch.common.model.Alert;
import io.newswatch.common.model.Echo;
import io.newswatch.common.model.Language;
import io.newswatch.common.model.Speaker;
import io.newswatch.common.model.Statement;
import io.newswatch.common.model.Watch;
import io.newswatch.kafka.IsolatedBroker;
import io.newswatch.kafka.KafkaBrokerExtension;
import io.newswatch.kafka.KafkaCluster;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the stream thread in the middle of a transaction (an Error from inside the processor, as
 * an out-of-memory would be), restarts on an empty state directory so the novelty stores come
 * back from their changelogs, and counts with a read_committed consumer: every first appearance
 * alerts exactly once and every reprint echoes exactly once.
 */
@IsolatedBroker
@ExtendWith(KafkaBrokerExtension.class)
class ExactlyOnceCrashIT {
  private static final String APP = "alert-crash-it";
  private static final int STATEMENTS = 2_000;
  private static final int CRASH_AT = 1_000;

  /** Stands in for a process death: nothing in Kafka Streams handles an Error as a bad record. */
  static final class SimulatedCrash extends Error {
    private static final long serialVersionUID = 1L;

    SimulatedCrash() {
      super("simulated crash in the middle of a batch");
    }
  }

  /** The wall clock until its n-th reading, then a crash. */
  static final class CrashingClock extends Clock {
    private final AtomicInteger readings = new AtomicInteger();
    private final int crashAt;

    CrashingClock(int crashAt) {
      this.crashAt = crashAt;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      if (readings.incrementAndGet() >= crashAt) {
        throw new SimulatedCrash();
      }
      return Instant.now();
    }
  }

  @Test
  void aKilledInstanceNeitherDuplicatesNorDropsAlertsOrEchoes(KafkaCluster cluster, @TempDir Path dir) throws Exception {
    new TopicBootstrapper(cluster.admin(), Duration.ofSeconds(60)).ensureCatalogue();
    String bootstrap = cluster.bootstrapServers();
    BrokerClients.awaitLeaders(cluster.admin(), Topics.STATEMENTS.name(), Topics.WATCHES.name(), Topics.ALERTS.name(), Topics.ECHOES.name());
    long started = System.nanoTime();
    try (KafkaProducer<String, Watch> watches = BrokerClients.producer(bootstrap, Topics.WATCHES)) {
      watches.send(new ProducerRecord<>(Topics.WATCHES.name(), "kosovo-any", watch("kosovo-any", List.of("kosovo")))).get();
    }
    int expectedEchoes = 0;
    List<ProducerRecord<String, Statement>> inputs = new ArrayList<>();
    Random random = new Random(7);
    Statement previous = null;
    for (int i = 0; i < STATEMENTS; i++) {
      Statement statement;
      if (i % 4 == 3) {
        // A verbatim reprint of the statement before it, in another outlet.
        statement = statement(previous.speaker(), previous.text(), Language.EN, "reprint", T0.plusSeconds(i), List.of(KOSOVO), List.of());
        expectedEchoes++;
      } else {
        Speaker speaker = new Speaker("speaker-" + (i % 20), "Speaker " + (i % 20), true, "RU", null);
        statement = statement(speaker, sentence(random), Language.EN, "tass", T0.plusSeconds(i), List.of(KOSOVO), List.of());
      }
      inputs.add(new ProducerRecord<>(Topics.STATEMENTS.name(), statement.speaker().id(), statement));
      previous = statement;
    }
    // Every input must be on the topic exactly once, or a lost or doubled input would look like
    // a lost or doubled alert.
    BrokerClients.sendAllOnce(bootstrap, cluster.admin(), Topics.STATEMENTS, inputs);
    int expectedAlerts = STATEMENTS - expectedEchoes;

    AlertConfig config =
        AlertConfig.from(new Env(Map.of("KAFKA_BOOTSTRAP_SERVERS", bootstrap, "NEWSWATCH_ALERT_APPLICATION_ID", APP)));
    SimpleMeterRegistry registry = new SimpleMeterRegistry();

    Properties first = AlertService.streamsProperties(config, registry);
    first.put(StreamsConfig.STATE_DIR_CONFIG, dir.resolve("first").toString());
    // A dead member does not leave its group; the second instance gets the tasks when the
    // broker gives up on it. Ten seconds rather than the default 45 keep the test short.
    first.put(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), 10_000);
    try (KafkaStreams streams =
        new KafkaStreams(AlertService.topology(config, new CrashingClock(CRASH_AT), id -> true, registry), first)) {
      streams.setUncaughtExceptionHandler(
          e -> StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
      streams.start();
      await().atMost(Duration.ofSeconds(120)).until(() -> streams.state() == KafkaStreams.State.ERROR);
    }
    System.out.printf("crash after %d ms%n", (System.nanoTime() - started) / 1_000_000);

    int committedBefore;
    int uncommittedBefore;
    try (KafkaConsumer<byte[], byte[]> committed = BrokerClients.consumer(bootstrap, true);
        KafkaConsumer<byte[], byte[]> all = BrokerClients.consumer(bootstrap, false)) {
      BrokerClients.assignAll(committed, Topics.ALERTS.name());
      BrokerClients.assignAll(all, Topics.ALERTS.name());
      committedBefore = BrokerClients.readToEnd(committed).size();
      uncommittedBefore = BrokerClients.readToEnd(all).size();
    }
    System.out.printf(
        "crash: %d alerts committed, %d written including the aborted batch, of %d expected%n",
        committedBefore, uncommittedBefore, expectedAlerts);
    assertTrue(committedBefore < expectedAlerts, "the crash must come before the last commit");

    Properties second = AlertService.streamsProperties(config, registry);
    second.put(StreamsConfig.STATE_DIR_CONFIG, dir.resolve("second").toString());
    try (KafkaStreams streams =
        new KafkaStreams(AlertService.topology(config, Clock.systemUTC(), id -> true, registry), second)) {
      streams.start();
      await().atMost(Duration.ofSeconds(180)).until(() -> allStatementsCommitted(cluster));
    }
    System.out.printf("all statements committed after %d ms%n", (System.nanoTime() - started) / 1_000_000);

    try (KafkaConsumer<byte[], byte[]> committed = BrokerClients.consumer(bootstrap, true)) {
      BrokerClients.assignAll(committed, Topics.ALERTS.name(), Topics.ECHOES.name());
      List<String> alertIds = new ArrayList<>();
      List<String> echoStatements = new ArrayList<>();
      for (ConsumerRecord<byte[], byte[]> record : BrokerClients.readToEnd(committed)) {
        if (record.topic().equals(Topics.ALERTS.name())) {
          Alert alert = Topics.ALERTS.valueSerde().deserializer().deserialize(record.topic(), record.value());
          alertIds.add(alert.id());
        } else {
          Echo echo = Topics.ECHOES.valueSerde().deserializer().deserialize(record.topic(), record.value());
          echoStatements.add(echo.statementId() + "|" + echo.url());
        }
      }
      Set<String> distinctAlerts = new HashSet<>(alertIds);
      System.out.printf(
          "after restart: %d alerts (%d distinct), %d echoes (%d distinct)%n",
          alertIds.size(), distinctAlerts.size(), echoStatements.size(), new HashSet<>(echoStatements).size());
      assertEquals(expectedAlerts, distinctAlerts.size(), "no alert dropped");
      assertEquals(expectedAlerts, alertIds.size(), "no alert duplicated");
      assertEquals(expectedEchoes, echoStatements.size(), "each reprint echoes exactly once");
      assertEquals(expectedEchoes, new HashSet<>(echoStatements).size());
    }
  }

  /** Whether the application's committed offsets on news.statements reached the end of every partition. */
  private static boolean allStatementsCommitted(KafkaCluster cluster) throws Exception {
    Map<TopicPartition, OffsetAndMetadata> committed =
        cluster.admin().listConsumerGroupOffsets(APP).partitionsToOffsetAndMetadata().get();
    Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
    for (int p = 0; p < Topics.STATEMENTS.partitions(); p++) {
      latest.put(new TopicPartition(Topics.STATEMENTS.name(), p), OffsetSpec.latest());
    }
    var ends = cluster.admin().listOffsets(latest).all().get();
    for (var end : ends.entrySet()) {
      OffsetAndMetadata offset = committed.get(end.getKey());
      long position = offset == null ? 0 : offset.offset();
      // Transaction markers take an offset after the last record, hence >= rather than ==.
      if (position < end.getValue().offset()) {
        return false;
      }
    }
    return true;
  }

  /** Fifteen random words: no two such sentences are near each other. */
  static String sentence(Random random) {
    StringBuilder text = new StringBuilder("Kosovo");
    for (int i = 0; i < 15; i++) {
      text.append(' ').append("w").append(Integer.toString(random.nextInt(1_000_000), 36));
    }
    return text.append('.').toString();
  }
}
