package io.newswatch.common.config;

import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.kafka.clients.CommonClientConfigs;

/**
 * How a service reaches Kafka: the bootstrap servers plus every other {@code KAFKA_*} variable
 * passed through as a client property ({@code KAFKA_SECURITY_PROTOCOL} becomes {@code
 * security.protocol}, {@code KAFKA_SASL_JAAS_CONFIG} becomes {@code sasl.jaas.config}), so a
 * secured cluster works without code changes.
 *
 * @param bootstrapServers {@code host:port} list; null when unset (the launcher may then start an
 *     embedded broker)
 * @param clientProperties the passed-through client properties
 */
public record KafkaSettings(String bootstrapServers, Map<String, String> clientProperties) {
  public static final String BOOTSTRAP_VARIABLE = "KAFKA_BOOTSTRAP_SERVERS";
  private static final String PREFIX = "KAFKA_";

  public KafkaSettings {
    clientProperties = Map.copyOf(clientProperties);
  }

  public static KafkaSettings from(Env env) {
    String bootstrap = env.raw(BOOTSTRAP_VARIABLE).orElse(null);
    if (bootstrap != null) {
      for (String server : bootstrap.split(",")) {
        String s = server.trim();
        int colon = s.lastIndexOf(':');
        if (colon <= 0 || colon == s.length() - 1 || !s.substring(colon + 1).chars().allMatch(Character::isDigit)) {
          throw new ConfigException(
              BOOTSTRAP_VARIABLE, "'" + s + "' is not host:port (e.g. localhost:9092)");
        }
      }
    }
    Map<String, String> props = new TreeMap<>();
    for (Map.Entry<String, String> e : env.asMap().entrySet()) {
      String name = e.getKey();
      if (name.startsWith(PREFIX) && !name.equals(BOOTSTRAP_VARIABLE) && e.getValue() != null) {
        props.put(name.substring(PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.'), e.getValue());
      }
    }
    return new KafkaSettings(bootstrap, props);
  }

  /** The same settings pointing at another cluster (used when the launcher starts a broker). */
  public KafkaSettings withBootstrapServers(String servers) {
    return new KafkaSettings(servers, clientProperties);
  }

  /** Client properties for producers, consumers, admin and Streams. */
  public Properties toProperties() {
    if (bootstrapServers == null) {
      throw new ConfigException(BOOTSTRAP_VARIABLE, "is required but not set");
    }
    Properties props = new Properties();
    props.putAll(clientProperties);
    props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    return props;
  }

  /** The settings for a log line: values of secret-looking properties are masked. */
  public String describe() {
    StringBuilder out = new StringBuilder("bootstrap.servers=").append(bootstrapServers);
    new TreeMap<>(clientProperties)
        .forEach(
            (k, v) -> out.append(", ").append(k).append('=').append(isSecret(k) ? "******" : v));
    return out.toString();
  }

  static boolean isSecret(String property) {
    return property.contains("password") || property.contains("jaas") || property.contains("secret") || property.endsWith(".key");
  }
}
