package io.newswatch.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import kafka.server.KafkaConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks the broker properties against Kafka's own validation, without starting a broker. */
class EmbeddedKafkaBrokerConfigTest {

  @Test
  void configPassesKafkaValidationAsACombinedSingleNode(@TempDir Path dir) {
    KafkaConfig config =
        new KafkaConfig(EmbeddedKafkaBroker.brokerConfig(dir, 19092, 19093, Map.of()));

    assertEquals(1, config.nodeId());
    assertEquals((short) 1, config.getShort("offsets.topic.replication.factor"));
    assertEquals((short) 1, config.getShort("transaction.state.log.replication.factor"));
    assertEquals(1, config.getInt("transaction.state.log.min.isr"));
    assertEquals(0, config.getInt("group.initial.rebalance.delay.ms"));
    assertTrue(config.getList("controller.listener.names").contains("CONTROLLER"));
  }

  @Test
  void overridesReplaceDefaults(@TempDir Path dir) {
    Map<String, String> props =
        EmbeddedKafkaBroker.brokerConfig(dir, 19092, 19093, Map.of("log.retention.hours", "24"));
    KafkaConfig config = new KafkaConfig(props);
    assertEquals(24, config.getInt("log.retention.hours"));
  }

  @Test
  void listenerSettingsCannotBeOverridden(@TempDir Path dir) {
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class,
            () -> EmbeddedKafkaBroker.start(dir, 0, Map.of("listeners", "PLAINTEXT://:9092")));
    assertTrue(error.getMessage().contains("listeners"));
    // Rejected before anything was written, so the directory is still unformatted.
    assertNull(EmbeddedKafkaBroker.storedClusterId(dir));
    assertTrue(Files.notExists(dir.resolve("meta.properties")));
  }

  @Test
  void foreignNonEmptyDirectoryIsRefusedAndLeftAlone(@TempDir Path dir) throws Exception {
    Path notes = Files.writeString(dir.resolve("notes.txt"), "not Kafka data");

    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> EmbeddedKafkaBroker.start(dir, 0));
    assertTrue(error.getMessage().contains("not empty"));
    assertEquals("not Kafka data", Files.readString(notes));
    assertTrue(Files.notExists(dir.resolve("meta.properties")));
  }

  @Test
  void invalidPortIsRejected(@TempDir Path dir) {
    assertThrows(IllegalArgumentException.class, () -> EmbeddedKafkaBroker.start(dir, 70_000));
  }
}
