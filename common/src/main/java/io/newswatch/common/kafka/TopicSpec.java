package io.newswatch.common.kafka;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/**
 * A Kafka topic of the catalogue: its name paired with the serdes of its key and value and the
 * settings it is created with. Services never spell a topic name or pick a serde themselves.
 *
 * @param name topic name
 * @param keySerde serde of the keys
 * @param valueSerde serde of the values
 * @param partitions partition count at creation
 * @param compacted whether the topic is log-compacted (latest value per key kept)
 * @param retention how long records are kept on a delete-policy topic; null means the broker's
 *     default (and is ignored on compacted topics)
 * @param dlq the dead-letter topic for records of this topic that cannot be processed, or null
 */
public record TopicSpec<K, V>(
    String name,
    Serde<K> keySerde,
    Serde<V> valueSerde,
    int partitions,
    boolean compacted,
    Duration retention,
    String dlq) {

  public Consumed<K, V> consumed() {
    return Consumed.with(keySerde, valueSerde);
  }

  public Produced<K, V> produced() {
    return Produced.with(keySerde, valueSerde);
  }

  /** The cleanup policy this topic is created with. */
  public String cleanupPolicy() {
    return compacted ? TopicConfig.CLEANUP_POLICY_COMPACT : TopicConfig.CLEANUP_POLICY_DELETE;
  }

  /** The topic-level configs this topic is created with. */
  public Map<String, String> configs() {
    Map<String, String> configs = new HashMap<>();
    configs.put(TopicConfig.CLEANUP_POLICY_CONFIG, cleanupPolicy());
    if (!compacted && retention != null) {
      configs.put(TopicConfig.RETENTION_MS_CONFIG, Long.toString(retention.toMillis()));
    }
    return Map.copyOf(configs);
  }

  /** The admin request that creates this topic with the cluster's default replication factor. */
  public NewTopic newTopic() {
    return new NewTopic(name, Optional.of(partitions), Optional.empty()).configs(configs());
  }

  @Override
  public String toString() {
    return name;
  }
}
