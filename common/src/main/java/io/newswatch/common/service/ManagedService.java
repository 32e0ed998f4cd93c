package io.newswatch.common.service;

/**
 * A running Newswatch service as the launcher sees it: started by its module's {@code start}
 * method, asked whether it is ready, closed on shutdown.
 */
public interface ManagedService extends AutoCloseable {
  /** Short name: {@code ingest}, {@code enrich} or {@code alert}. */
  String name();

  /** Whether the service does its work now (what {@code /health/ready} reports). */
  boolean ready();

  /** The port of its metrics and health server. */
  int httpPort();

  /** Stops the service, waiting for in-flight work within a bounded time. */
  @Override
  void close();
}
