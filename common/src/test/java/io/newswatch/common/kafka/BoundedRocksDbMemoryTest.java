package io.newswatch.common.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newswatch.common.metrics.MetricNames;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoundedRocksDbMemoryTest {
  /** A budget no other test uses, so what the shared cache holds was put there by this test. */
  private static final long BUDGET = (24L << 20) + 4096;

  @TempDir Path stateDir;

  @Test
  void everyRocksDbStoreOfTheTopologyUsesTheOneSharedCache() {
    StreamsBuilder builder = new StreamsBuilder();
    builder.addStateStore(
        Stores.windowStoreBuilder(
            Stores.persistentWindowStore("seen", Duration.ofDays(2), Duration.ofMillis(1), false),
            Serdes.String(), Serdes.String()));
    builder.addStateStore(
        Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore("latest"), Serdes.String(), Serdes.String()));
    builder.stream("in", Consumed.with(Serdes.String(), Serdes.String())).process(Remember::new, "seen", "latest");

    Properties client = new Properties();
    client.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    Properties props = StreamsSupport.streamsProperties(client, "bounded-rocksdb-test", null);
    props.put(BoundedRocksDbMemory.MEMORY_BYTES_CONFIG, BUDGET);
    props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());

    try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(), props)) {
      TestInputTopic<String, String> in =
          driver.createInputTopic("in", new StringSerializer(), new StringSerializer());
      Instant start = Instant.parse("2026-12-01T00:00:00Z");
      // Two days and more of records: the window store opens several segments, each its own
      // RocksDB instance.
      for (int i = 0; i < 3_000; i++) {
        in.pipeInput("key-" + (i % 300), "value " + i + " ".repeat(200), start.plus(Duration.ofMinutes(90L * i / 60)));
      }

      Map<String, Double> capacities = new HashMap<>();
      for (Map.Entry<MetricName, ? extends Metric> metric : driver.metrics().entrySet()) {
        if (metric.getKey().name().equals("block-cache-capacity")) {
          capacities.put(
              metric.getKey().tags().toString(), ((Number) metric.getValue().metricValue()).doubleValue());
        }
      }
      assertEquals(2, capacities.size(), "one capacity per store: " + capacities);
      capacities.forEach((store, capacity) -> assertEquals((double) BUDGET, capacity, store));

      long used = BoundedRocksDbMemory.shared(BUDGET).cache().getUsage();
      assertTrue(used > 0, "the shared cache holds the stores' memtables: " + used);
    }
  }

  @Test
  void theBudgetIsPublishedWithWhatIsUsed() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    BoundedRocksDbMemory.bindTo(registry, BUDGET);
    assertEquals(
        (double) BUDGET,
        registry.get(MetricNames.ROCKSDB_MEMORY).tag("use", "budget").gauge().value());
    assertFalse(
        Double.isNaN(registry.get(MetricNames.ROCKSDB_MEMORY).tag("use", "used").gauge().value()));
  }

  @Test
  void aMissingOrUnreadableBudgetIsRefusedWithItsName() {
    IllegalArgumentException missing =
        assertThrows(IllegalArgumentException.class, () -> BoundedRocksDbMemory.budget(Map.of()));
    assertTrue(missing.getMessage().contains(BoundedRocksDbMemory.MEMORY_BYTES_CONFIG), missing.getMessage());
    IllegalArgumentException unreadable =
        assertThrows(
            IllegalArgumentException.class,
            () -> BoundedRocksDbMemory.budget(Map.of(BoundedRocksDbMemory.MEMORY_BYTES_CONFIG, "64MB")));
    assertTrue(unreadable.getMessage().contains("'64MB'"), unreadable.getMessage());
    assertThrows(IllegalArgumentException.class, () -> BoundedRocksDbMemory.shared(0));
    assertEquals(1024L, BoundedRocksDbMemory.budget(Map.of(BoundedRocksDbMemory.MEMORY_BYTES_CONFIG, " 1024 ")));
  }

  /** Keeps each value in both stores, so every store is written. */
  private static final class Remember implements Processor<String, String, Void, Void> {
    private WindowStore<String, String> seen;
    private KeyValueStore<String, String> latest;

    @Override
    public void init(ProcessorContext<Void, Void> context) {
      seen = context.getStateStore("seen");
      latest = context.getStateStore("latest");
    }

    @Override
    public void process(Record<String, String> record) {
      seen.put(record.key(), record.value(), record.timestamp());
      latest.put(record.key(), record.value());
    }
  }
}
