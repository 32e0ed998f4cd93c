package io.newswatch.cli;

import java.nio.file.Path;
import java.util.Map;

/** The environment overrides under which {@code newswatch demo} runs the ingest service offline. */
final class DemoSupport {
  private DemoSupport() {}

  /**
   * The sample catalogue with its {@code {{BASE}}} pointing at the local replay server, and a short
   * poll interval so articles arrive within seconds.
   */
  static Map<String, String> demoEnvironment(Path repoRoot, String replayBaseUrl) {
    return Map.of(
        "NEWSWATCH_SOURCES_FILE", repoRoot.resolve("seeds").resolve("samples").resolve("sources.yaml").toString(),
        "NEWSWATCH_SOURCES_BASE_URL", replayBaseUrl,
        "NEWSWATCH_INGEST_POLL_INTERVAL", "2s",
        "NEWSWATCH_INGEST_POLL_JITTER", "0.2",
        // One local server stands in for every outlet, so the per-host politeness delay would
        // serialise the whole demo behind it.
        "NEWSWATCH_INGEST_HOST_MIN_DELAY", "0ms",
        "NEWSWATCH_INGEST_HOST_CONCURRENCY", "8",
        "NEWSWATCH_INGEST_CATALOGUE_CHECK", "2s");
  }
}
