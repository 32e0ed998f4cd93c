package io.newswatch.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswatch.common.config.ConfigException;
import io.newswatch.common.config.Env;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlertConfigTest {
  @Test
  void defaults() {
    AlertConfig config = AlertConfig.from(new Env(Map.of()));
    assertEquals(9403, config.httpPort());
    assertEquals("0.0.0.0", config.httpHost());
    assertEquals("newswatch-alert", config.applicationId());
    assertEquals(Duration.ofDays(30), config.noveltyWindow());
    assertEquals(Duration.ofHours(48), config.translationWindow());
    assertEquals(Path.of("seeds/watches.yaml"), config.watchesFile());
    assertEquals(false, config.watchesFileRequired());
    assertEquals(256L << 20, config.rocksDbMemoryBytes());
  }

  @Test
  void readsAndValidatesVariables() {
    AlertConfig config =
        AlertConfig.from(
            new Env(
                Map.of(
                    "KAFKA_BOOTSTRAP_SERVERS", "localhost:9092",
                    "KAFKA_SASL_JAAS_CONFIG", "secret-stuff",
                    "NEWSWATCH_NOVELTY_WINDOW", "7d",
                    "NEWSWATCH_TRANSLATION_WINDOW", "12h",
                    "NEWSWATCH_DATA_DIR", "/var/newswatch")));
    assertEquals(Duration.ofDays(7), config.noveltyWindow());
    assertEquals(Path.of("/var/newswatch/alert-streams"), config.stateDir());
    assertTrue(config.describe().contains("******") && !config.describe().contains("secret-stuff"));
    ConfigException longer =
        assertThrows(
            ConfigException.class,
            () -> AlertConfig.from(new Env(Map.of("NEWSWATCH_NOVELTY_WINDOW", "1d", "NEWSWATCH_TRANSLATION_WINDOW", "2d"))));
    assertEquals(AlertConfig.TRANSLATION_WINDOW, longer.variable());
    assertEquals(
        AlertConfig.NEAR_THRESHOLD,
        assertThrows(ConfigException.class, () -> AlertConfig.from(new Env(Map.of("NEWSWATCH_NEAR_THRESHOLD", "2")))).variable());
    assertEquals(
        512L << 20,
        AlertConfig.from(new Env(Map.of(AlertConfig.ROCKSDB_MEMORY_MB, "512"))).rocksDbMemoryBytes());
    assertEquals(
        AlertConfig.ROCKSDB_MEMORY_MB,
        assertThrows(ConfigException.class, () -> AlertConfig.from(new Env(Map.of(AlertConfig.ROCKSDB_MEMORY_MB, "4")))).variable());
    assertEquals(
        AlertConfig.APPLICATION_ID,
        assertThrows(ConfigException.class, () -> AlertConfig.from(new Env(Map.of("NEWSWATCH_ALERT_APPLICATION_ID", "a b")))).variable());
  }
}
