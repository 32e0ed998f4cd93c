package io.newswatch.common.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;

/** Kafka Streams settings every Newswatch topology runs with. */
public final class StreamsSupport {
  /** How long a Streams producer waits to fill a batch; see {@link #streamsProperties}. */
  static final int PRODUCER_LINGER_MS = 5;

  /**
   * Off-heap budget of all RocksDB stores of a service unless it sets its own. Measured on the
   * alert service: at 3,000 statements/s a 64 MB budget was full and p50 latency rose to 941 ms
   * (unbounded stores: 273 ms); at 256 MB it was 224-317 ms over two runs, with 170 MB in use.
   */
  public static final long DEFAULT_ROCKSDB_MEMORY_BYTES = 256L << 20;

  private StreamsSupport() {}

  /**
   * Closes a service's Streams instance and leaves its group. Kafka Streams stays in its group on
   * close by default, so an instance restarted with a new member id (every restart) waited out the
   * old member's session, 45 s, before it was given any task: alerts and enrichment stood still
   * that long after each restart. Leaving hands the tasks on at once. (An instance that dies still
   * waits out its session: nothing is sent then.)
   */
  public static void closeLeavingGroup(KafkaStreams streams, Duration timeout) {
    streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
        .withTimeout(timeout));
  }

  /**
   * Streams properties: the client settings of the service (bootstrap, security) with the
   * application id, exactly-once v2, the dead-letter handler for read and processing errors, and a
   * bounded off-heap budget for RocksDB stores ({@link BoundedRocksDbMemory}).
   * Values already in {@code clientProperties} win, so an operator can tune anything.
   */
  public static Properties streamsProperties(
      Properties clientProperties, String applicationId, MeterRegistry registry) {
    Properties props = new Properties();
    props.putAll(clientProperties);
    props.putIfAbsent(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
    props.putIfAbsent(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    props.putIfAbsent(
        StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class);
    props.putIfAbsent(
        StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class);
    // Without this an exception in a global store's processor (a catalogue or watch updater) ends
    // the global thread, and with it the service; the handler dead-letters the record instead.
    props.putIfAbsent(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
    // The partition assignor reads its StreamsConfig from the main consumer's settings, which carry
    // only consumer properties and main.consumer.* ones; without this copy that config lacks the
    // flag, and Kafka (4.3) warns at every start that the handler is not enabled when it is.
    props.putIfAbsent(
        StreamsConfig.mainConsumerPrefix(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG),
        props.get(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG));
    // Exactly-once commits every 100 ms by default; keep it so alerts are not held back.
    props.putIfAbsent(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
    // Streams lingers 100 ms by default, as long as the commit interval: everything a record
    // writes (changelogs, outputs) then waits for the commit, whose flush must send it all while the
    // thread stands still. Sent within 5 ms, it is mostly acknowledged by the time the commit comes,
    // so commits stay short (measured on the alert service: p99 at 1,000 statements/s 705 -> 405 ms).
    if (!props.containsKey(ProducerConfig.LINGER_MS_CONFIG)) {
      props.putIfAbsent(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), PRODUCER_LINGER_MS);
    }
    // One off-heap budget for all RocksDB stores instead of a cache and memtables per instance.
    props.putIfAbsent(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, BoundedRocksDbMemory.class);
    props.putIfAbsent(BoundedRocksDbMemory.MEMORY_BYTES_CONFIG, DEFAULT_ROCKSDB_MEMORY_BYTES);
    if (registry != null) {
      props.put(DeadLetterHandler.METER_REGISTRY_CONFIG, registry);
    }
    return props;
  }
}
