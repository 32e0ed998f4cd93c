package io.newswatch.common.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.Test;

class ServiceMetricsTest {
  @Test
  void storeMetricsOfEveryStoreTypeReachTheScrape() {
    PrometheusMeterRegistry registry = ServiceMetrics.create("alert");
    // As Micrometer's Kafka Streams binder reports them (dotted keys; the key names the store type).
    Gauge.builder("kafka.stream.state.put.rate", () -> 1.0)
        .tags("thread.id", "t1", "task.id", "0_0", "rocksdb.window.state.id", "alert-wordings")
        .register(registry);
    Gauge.builder("kafka.stream.state.put.rate", () -> 2.0)
        .tags("thread.id", "t1", "task.id", "0_0", "in.memory.state.id", "alert-watches")
        .register(registry);

    String scrape = registry.scrape();
    assertTrue(scrape.contains("state_id=\"alert-wordings\""), scrape);
    assertTrue(scrape.contains("state_id=\"alert-watches\""), scrape);
    assertTrue(scrape.contains("store_type=\"in-memory\""), scrape);
    assertTrue(scrape.contains("store_type=\"rocksdb-window\""), scrape);
    registry.close();
  }

  @Test
  void storeTypeComesFromEitherSpellingOfTheKey() {
    assertEquals("rocksdb-window", ServiceMetrics.storeType("rocksdb.window.state.id"));
    assertEquals("in-memory", ServiceMetrics.storeType("in-memory-state-id"));
    assertNull(ServiceMetrics.storeType("task.id"));
    assertNull(ServiceMetrics.storeType("state.id"));
  }
}
