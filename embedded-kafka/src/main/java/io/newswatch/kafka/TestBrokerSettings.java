package io.newswatch.kafka;

import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * How {@link KafkaBrokerExtension} chooses its broker; the only place the extension reads system
 * properties and environment variables. A system property wins over the environment variable of
 * the same name.
 *
 * @param mode which broker to use
 * @param image the Docker image of the container broker
 */
record TestBrokerSettings(Mode mode, String image) {

  static final String MODE_VARIABLE = "NEWSWATCH_TEST_BROKER";
  static final String IMAGE_VARIABLE = "NEWSWATCH_TEST_KAFKA_IMAGE";
  static final String DEFAULT_IMAGE = "apache/kafka:4.1.0";

  /** Which broker the shared cluster runs on. */
  enum Mode {
    /** Testcontainers when a Docker engine answers, the embedded broker otherwise. */
    AUTO,
    /** Always the in-process KRaft broker. */
    EMBEDDED,
    /** Always Testcontainers; fails when there is no Docker engine. */
    CONTAINER
  }

  static TestBrokerSettings fromSystem() {
    return from(System::getProperty, System.getenv());
  }

  static TestBrokerSettings from(UnaryOperator<String> systemProperties, Map<String, String> env) {
    String modeText = lookup(MODE_VARIABLE, systemProperties, env);
    Mode mode;
    if (modeText == null) {
      mode = Mode.AUTO;
    } else {
      try {
        mode = Mode.valueOf(modeText.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            MODE_VARIABLE + " must be one of auto, embedded, container; was '" + modeText + "'", e);
      }
    }
    String image = lookup(IMAGE_VARIABLE, systemProperties, env);
    return new TestBrokerSettings(mode, image == null ? DEFAULT_IMAGE : image);
  }

  private static String lookup(
      String name, UnaryOperator<String> systemProperties, Map<String, String> env) {
    String value = systemProperties.apply(name);
    if (value == null || value.isBlank()) {
      value = env.get(name);
    }
    return value == null || value.isBlank() ? null : value.strip();
  }
}
