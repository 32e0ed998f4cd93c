package io.newswatch.common.metrics;

/**
 * Metric names shared by the services. Every Newswatch metric starts with {@code newswatch.}
 * (Prometheus shows {@code newswatch_...}); tag values come from small bounded sets (service,
 * source id, watch id, outcome, language), never from URLs, headlines or quotes.
 */
public final class MetricNames {
  public static final String PREFIX = "newswatch.";

  /** Records sent to a dead-letter topic; tags: topic (the input topic), stage. */
  public static final String DLQ_RECORDS = PREFIX + "dlq.records";

  /** 1 while the service is ready, 0 otherwise; tag: service. */
  public static final String READY = PREFIX + "service.ready";

  /**
   * Off-heap memory of the RocksDB stores against their shared budget; tag use: budget, used,
   * pinned.
   */
  public static final String ROCKSDB_MEMORY = PREFIX + "rocksdb.memory";

  private MetricNames() {}
}
