package io.newswatch.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswatch.kafka.TestBrokerSettings.Mode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TestBrokerSettingsTest {

  @Test
  void defaultsToAutoWithTheDefaultImage() {
    TestBrokerSettings settings = TestBrokerSettings.from(name -> null, Map.of());
    assertEquals(Mode.AUTO, settings.mode());
    assertEquals(TestBrokerSettings.DEFAULT_IMAGE, settings.image());
  }

  @Test
  void environmentForcesTheEmbeddedBrokerInAnyCase() {
    TestBrokerSettings settings =
        TestBrokerSettings.from(name -> null, Map.of("NEWSWATCH_TEST_BROKER", " Embedded "));
    assertEquals(Mode.EMBEDDED, settings.mode());
  }

  @Test
  void systemPropertyWinsOverEnvironment() {
    TestBrokerSettings settings =
        TestBrokerSettings.from(
            name -> name.equals("NEWSWATCH_TEST_BROKER") ? "container" : null,
            Map.of(
                "NEWSWATCH_TEST_BROKER", "embedded",
                "NEWSWATCH_TEST_KAFKA_IMAGE", "apache/kafka:4.2.0"));
    assertEquals(Mode.CONTAINER, settings.mode());
    assertEquals("apache/kafka:4.2.0", settings.image());
  }

  @Test
  void blankPropertyFallsBackToEnvironment() {
    TestBrokerSettings settings =
        TestBrokerSettings.from(name -> "", Map.of("NEWSWATCH_TEST_BROKER", "embedded"));
    assertEquals(Mode.EMBEDDED, settings.mode());
  }

  @Test
  void unknownModeNamesTheVariableAndTheChoices() {
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class,
            () -> TestBrokerSettings.from(name -> null, Map.of("NEWSWATCH_TEST_BROKER", "docker")));
    assertTrue(error.getMessage().contains("NEWSWATCH_TEST_BROKER"));
    assertTrue(error.getMessage().contains("embedded"));
    assertTrue(error.getMessage().contains("'docker'"));
  }
}
