package io.newswatch.common.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.ArrayList;
import java.util.List;

/** The one Prometheus registry of a service, with the JVM binders every dashboard needs. */
public final class ServiceMetrics {
  private ServiceMetrics() {}

  /**
   * Kafka Streams tags a store's metrics with a key that names the store type ({@code
   * rocksdb-window-state-id}, {@code in-memory-state-id}, ...), which Micrometer's binder passes on
   * with dots ({@code rocksdb.window.state.id}). Prometheus wants one set of label names per
   * metric, so the registry refused the second store type's meters and a topology with a RocksDB
   * and an in-memory store lost the latter's. The key becomes {@code state.id}, and the type it
   * named moves to a {@code store.type} tag (a handful of values: {@code rocksdb-window}, {@code
   * in-memory}, ...).
   */
  static final MeterFilter ONE_STATE_ID_TAG = new MeterFilter() {
    @Override
    public Meter.Id map(Meter.Id id) {
      if (!id.getName().startsWith("kafka.stream.state")) {
        return id;
      }
      List<Tag> tags = new ArrayList<>();
      boolean changed = false;
      for (Tag tag : id.getTagsAsIterable()) {
        String type = storeType(tag.getKey());
        if (type != null) {
          tags.add(Tag.of("state.id", tag.getValue()));
          tags.add(Tag.of("store.type", type));
          changed = true;
        } else {
          tags.add(tag);
        }
      }
      return changed ? id.replaceTags(tags) : id;
    }
  };

  /** The store type a {@code <type>-state-id} or {@code <type>.state.id} tag key names, else null. */
  static String storeType(String key) {
    for (String suffix : List.of(".state.id", "-state-id")) {
      if (key.endsWith(suffix) && key.length() > suffix.length()) {
        return key.substring(0, key.length() - suffix.length()).replace('.', '-');
      }
    }
    return null;
  }

  /**
   * A registry whose every meter carries {@code service=<name>}, so three services in one JVM (as
   * {@code newswatch up} runs them) still scrape as three distinct jobs.
   */
  @SuppressWarnings("resource") // the GC binder lives as long as the registry
  public static PrometheusMeterRegistry create(String service) {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    registry.config().commonTags("service", service).meterFilter(ONE_STATE_ID_TAG);
    new ClassLoaderMetrics().bindTo(registry);
    new JvmMemoryMetrics().bindTo(registry);
    new JvmGcMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    return registry;
  }
}
