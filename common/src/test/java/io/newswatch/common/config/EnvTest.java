package io.newswatch.common.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvTest {

  @Test
  void defaultsApplyWhenUnsetOrBlank() {
    Env env = new Env(Map.of("NEWSWATCH_BLANK", "  "));
    assertEquals(7, env.integer("NEWSWATCH_X", 7, 0, 10));
    assertEquals("d", env.string("NEWSWATCH_BLANK", "d"));
  }

  @Test
  void badNumberNamesTheVariable() {
    Env env = new Env(Map.of("NEWSWATCH_PORT", "eighty"));
    ConfigException e = assertThrows(ConfigException.class, () -> env.port("NEWSWATCH_PORT", 1));
    assertEquals("NEWSWATCH_PORT", e.variable());
    assertTrue(e.getMessage().startsWith("NEWSWATCH_PORT: 'eighty'"), e.getMessage());
  }

  @Test
  void outOfRangeIsRefused() {
    Env env = new Env(Map.of("NEWSWATCH_PORT", "70000"));
    ConfigException e = assertThrows(ConfigException.class, () -> env.port("NEWSWATCH_PORT", 1));
    assertTrue(e.getMessage().contains("out of range"), e.getMessage());
  }

  @Test
  void durationsAcceptUnitsAndIso() {
    Env env = new Env(Map.of("A", "30d", "B", "PT5M", "C", "250ms", "D", "soon"));
    Duration max = Duration.ofDays(365);
    assertEquals(Duration.ofDays(30), env.duration("A", Duration.ZERO, Duration.ZERO, max));
    assertEquals(Duration.ofMinutes(5), env.duration("B", Duration.ZERO, Duration.ZERO, max));
    assertEquals(Duration.ofMillis(250), env.duration("C", Duration.ZERO, Duration.ZERO, max));
    ConfigException e =
        assertThrows(ConfigException.class, () -> env.duration("D", Duration.ZERO, Duration.ZERO, max));
    assertEquals("D", e.variable());
  }

  @Test
  void booleansAndListsParse() {
    Env env = new Env(Map.of("A", "yes", "B", "off", "C", "maybe", "L", " a, b ,,c "));
    assertTrue(env.bool("A", false));
    assertFalse(env.bool("B", true));
    assertThrows(ConfigException.class, () -> env.bool("C", true));
    assertEquals(List.of("a", "b", "c"), env.list("L"));
  }

  @Test
  void urlsMustBeAbsoluteHttp() {
    Env env = new Env(Map.of("U", "ftp://x/y", "V", "http://127.0.0.1:8089"));
    assertThrows(ConfigException.class, () -> env.url("U"));
    assertEquals("127.0.0.1", env.url("V").orElseThrow().getHost());
  }

  @Test
  void kafkaVariablesPassThroughAsClientProperties() {
    Env env =
        new Env(
            Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", "broker-1:9092,broker-2:9092",
                "KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                "KAFKA_SASL_MECHANISM", "SCRAM-SHA-512",
                "KAFKA_SASL_JAAS_CONFIG", "secret stuff",
                "NEWSWATCH_OTHER", "x"));
    KafkaSettings kafka = KafkaSettings.from(env);
    assertEquals("broker-1:9092,broker-2:9092", kafka.toProperties().get("bootstrap.servers"));
    assertEquals("SASL_SSL", kafka.toProperties().get("security.protocol"));
    assertEquals("SCRAM-SHA-512", kafka.toProperties().get("sasl.mechanism"));
    assertFalse(kafka.describe().contains("secret stuff"), kafka.describe());
    assertTrue(kafka.describe().contains("sasl.jaas.config=******"), kafka.describe());
  }

  @Test
  void malformedBootstrapServersNameTheVariable() {
    Env env = new Env(Map.of("KAFKA_BOOTSTRAP_SERVERS", "localhost"));
    ConfigException e = assertThrows(ConfigException.class, () -> KafkaSettings.from(env));
    assertEquals("KAFKA_BOOTSTRAP_SERVERS", e.variable());
  }
}
