package io.newswatch.systemtests;

import io.newswatch.ingest.IngestConfig;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The environment an ingest service runs with in these tests: fast polls on a local outlet. */
final class IngestEnvironment {
  private IngestEnvironment() {}

  static Map<String, String> of(String bootstrap, Path catalogue, String group) {
    Map<String, String> env = new HashMap<>();
    env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrap);
    env.put(IngestConfig.SOURCES_FILE, catalogue.toString());
    env.put(IngestConfig.HTTP_HOST, "127.0.0.1");
    env.put(IngestConfig.HTTP_PORT, "0");
    env.put(IngestConfig.POLL_INTERVAL, "300ms");
    env.put(IngestConfig.POLL_JITTER, "0");
    env.put(IngestConfig.HOST_MIN_DELAY, "0ms");
    env.put(IngestConfig.HOST_CONCURRENCY, "16");
    env.put(IngestConfig.GROUP, group);
    env.put(IngestConfig.INSTANCE_ID, group + "-1");
    env.put(IngestConfig.CATALOGUE_CHECK, "1s");
    return env;
  }
}
