package io.newswatch.common.kafka;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.newswatch.common.metrics.MetricNames;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Cache;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.WriteBufferManager;

/**
 * Caps the off-heap memory of every RocksDB store of a Kafka Streams application at one figure.
 *
 * <p>Left alone, each RocksDB instance takes its own 50 MB block cache and up to three 16 MB
 * memtables, plus index and filter blocks outside any cache. A persistent window store is several
 * instances (one per segment), and there is one per store and task: the alert service's five
 * window stores on six partitions open up to ninety instances, whose worst case is several GB a
 * container's memory limit knows nothing about. Here all of them share one LRU cache that holds
 * data blocks, index and filter blocks, and (through a write-buffer manager charging its memory to
 * the same cache) the memtables, so the total stays near {@link #MEMORY_BYTES_CONFIG}.
 *
 * <p>Streams creates a setter per store and calls it from its threads; the cache is shared per JVM
 * and per budget, made on first use and never closed, since stores open and close with rebalances
 * while the budget holds for the life of the process.
 */
public final class BoundedRocksDbMemory implements RocksDBConfigSetter {
  /** Streams property: the off-heap budget of all RocksDB stores of the application, in bytes. */
  public static final String MEMORY_BYTES_CONFIG = "newswatch.rocksdb.memory.bytes";

  /** The share of the budget that memtables (writes not yet flushed) may hold. */
  static final double MEMTABLE_SHARE = 0.25;

  /**
   * The share of the cache kept for index and filter blocks, which every read needs: data blocks
   * are evicted before them.
   */
  static final double HIGH_PRIORITY_SHARE = 0.1;

  /**
   * One memtable's size, and how many a store may hold (one filling, the others flushing). Small,
   * because every open instance reserves memtable arena in the cache and the manager flushes all
   * of them once their sum passes its share: on a 64 MB budget, with 4 MB memtables, the alert
   * benchmark's stores were flushed early and often, and its p99 statement-to-alert latency at
   * 1,000 statements/s went from 119 to 187 ms; with 1 MB ones it stayed at 116 ms.
   */
  static final long MEMTABLE_BYTES = 1L << 20;

  static final int MEMTABLES = 3;

  private static final Map<Long, Shared> SHARED = new ConcurrentHashMap<>();

  /** The cache and write-buffer manager of one budget. */
  public record Shared(long budget, Cache cache, WriteBufferManager writeBuffers) {}

  /** The shared cache of a budget, made on first use. */
  public static Shared shared(long budgetBytes) {
    if (budgetBytes <= 0) {
      throw new IllegalArgumentException(MEMORY_BYTES_CONFIG + " must be positive, was " + budgetBytes);
    }
    return SHARED.computeIfAbsent(
        budgetBytes,
        budget -> {
          // -1: RocksDB picks the shard count. false: when all is pinned, an insert may overshoot
          // the budget rather than fail the read or write that needs it.
          Cache cache = new LRUCache(budget, -1, false, HIGH_PRIORITY_SHARE);
          return new Shared(budget, cache, new WriteBufferManager((long) (budget * MEMTABLE_SHARE), cache));
        });
  }

  /**
   * Publishes the budget's use as {@value MetricNames#ROCKSDB_MEMORY} with tag {@code use}:
   * {@code budget}, {@code used} (everything charged to the cache: blocks and memtables) and {@code
   * pinned} (what cannot be evicted now).
   */
  public static void bindTo(MeterRegistry registry, long budgetBytes) {
    Shared shared = shared(budgetBytes);
    Gauge.builder(MetricNames.ROCKSDB_MEMORY, shared, s -> s.budget())
        .tag("use", "budget")
        .baseUnit("bytes")
        .register(registry);
    Gauge.builder(MetricNames.ROCKSDB_MEMORY, shared, s -> s.cache().getUsage())
        .tag("use", "used")
        .baseUnit("bytes")
        .register(registry);
    Gauge.builder(MetricNames.ROCKSDB_MEMORY, shared, s -> s.cache().getPinnedUsage())
        .tag("use", "pinned")
        .baseUnit("bytes")
        .register(registry);
  }

  @Override
  public void setConfig(String storeName, Options options, Map<String, Object> configs) {
    Shared shared = shared(budget(configs));
    // Streams hands over its own table config (with its cache-aware subclass, which its metrics
    // read), so it is changed in place rather than replaced.
    BlockBasedTableConfig table = (BlockBasedTableConfig) options.tableFormatConfig();
    table.setBlockCache(shared.cache());
    table.setCacheIndexAndFilterBlocks(true);
    table.setCacheIndexAndFilterBlocksWithHighPriority(true);
    table.setPinTopLevelIndexAndFilter(true);
    options.setWriteBufferManager(shared.writeBuffers());
    options.setWriteBufferSize(MEMTABLE_BYTES);
    options.setMaxWriteBufferNumber(MEMTABLES);
    options.setTableFormatConfig(table);
  }

  @Override
  public void close(String storeName, Options options) {
    // The cache and the manager are shared by every store of the process: nothing to free per store.
  }

  static long budget(Map<String, Object> configs) {
    Object value = configs.get(MEMORY_BYTES_CONFIG);
    if (value instanceof Number number) {
      return number.longValue();
    }
    if (value instanceof String text) {
      try {
        return Long.parseLong(text.trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(MEMORY_BYTES_CONFIG + " is not a number of bytes: '" + text + "'", e);
      }
    }
    throw new IllegalArgumentException(
        MEMORY_BYTES_CONFIG + " is not set; " + BoundedRocksDbMemory.class.getSimpleName() + " needs a budget");
  }
}
