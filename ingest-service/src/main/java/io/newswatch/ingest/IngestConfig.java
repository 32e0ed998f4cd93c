package io.newswatch.ingest;

import io.newswatch.common.config.ConfigException;
import io.newswatch.common.config.Env;
import io.newswatch.common.config.KafkaSettings;
import io.newswatch.ingest.fetch.FetchSettings;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * Everything the ingest service is configured with; the only code of the service that reads the
 * environment. Parsed and validated once at start, each failure naming its variable.
 *
 * @param kafka how to reach Kafka
 * @param sourcesFile the catalogue YAML published to {@code newswatch.sources} at start
 * @param baseUrl replaces {@code {{BASE}}} in catalogue URLs (the offline demo's local server), or null
 * @param httpHost address of the metrics and health server
 * @param httpPort port of the metrics and health server
 * @param pollInterval default interval between polls of one feed
 * @param pollJitter random spread of each interval, as a fraction of it (0.1 = ±10 %)
 * @param fetch HTTP timeouts, caps and politeness
 * @param maxConcurrentPolls polls in flight at once in this instance
 * @param maxBackoff longest wait after repeated failures of one feed
 * @param unhealthyAfter consecutive failures after which a feed is reported unhealthy
 * @param group consumer group of the instances that share the catalogue
 * @param instanceId this instance's name, part of its transactional id
 * @param catalogueCheck how often the catalogue file is checked for changes
 * @param publishCatalogue whether this instance publishes the catalogue file at all
 * @param seenItemsLimit how many recent item ids are remembered per feed
 * @param maxItemsPerPoll new items fetched per poll at most; the rest wait for the next poll
 */
public record IngestConfig(
    KafkaSettings kafka,
    Path sourcesFile,
    String baseUrl,
    String httpHost,
    int httpPort,
    Duration pollInterval,
    double pollJitter,
    FetchSettings fetch,
    int maxConcurrentPolls,
    Duration maxBackoff,
    int unhealthyAfter,
    String group,
    String instanceId,
    Duration catalogueCheck,
    boolean publishCatalogue,
    int seenItemsLimit,
    int maxItemsPerPoll) {

  public static final String SOURCES_FILE = "NEWSWATCH_SOURCES_FILE";
  public static final String SOURCES_BASE_URL = "NEWSWATCH_SOURCES_BASE_URL";
  public static final String HTTP_HOST = "NEWSWATCH_HTTP_HOST";
  public static final String HTTP_PORT = "NEWSWATCH_INGEST_HTTP_PORT";
  public static final String POLL_INTERVAL = "NEWSWATCH_INGEST_POLL_INTERVAL";
  public static final String POLL_JITTER = "NEWSWATCH_INGEST_POLL_JITTER";
  public static final String CONNECT_TIMEOUT = "NEWSWATCH_INGEST_CONNECT_TIMEOUT";
  public static final String READ_TIMEOUT = "NEWSWATCH_INGEST_READ_TIMEOUT";
  public static final String MAX_BYTES = "NEWSWATCH_INGEST_MAX_BYTES";
  public static final String MAX_REDIRECTS = "NEWSWATCH_INGEST_MAX_REDIRECTS";
  public static final String HOST_CONCURRENCY = "NEWSWATCH_INGEST_HOST_CONCURRENCY";
  public static final String HOST_MIN_DELAY = "NEWSWATCH_INGEST_HOST_MIN_DELAY";
  public static final String USER_AGENT = "NEWSWATCH_INGEST_USER_AGENT";
  public static final String ROBOTS_TTL = "NEWSWATCH_INGEST_ROBOTS_TTL";
  public static final String MAX_CONCURRENT_POLLS = "NEWSWATCH_INGEST_MAX_CONCURRENT_POLLS";
  public static final String MAX_BACKOFF = "NEWSWATCH_INGEST_MAX_BACKOFF";
  public static final String UNHEALTHY_AFTER = "NEWSWATCH_INGEST_UNHEALTHY_AFTER";
  public static final String GROUP = "NEWSWATCH_INGEST_GROUP";
  public static final String INSTANCE_ID = "NEWSWATCH_INGEST_INSTANCE_ID";
  public static final String CATALOGUE_CHECK = "NEWSWATCH_INGEST_CATALOGUE_CHECK";
  public static final String PUBLISH_CATALOGUE = "NEWSWATCH_INGEST_PUBLISH_CATALOGUE";
  public static final String SEEN_ITEMS = "NEWSWATCH_INGEST_SEEN_ITEMS";
  public static final String MAX_ITEMS_PER_POLL = "NEWSWATCH_INGEST_MAX_ITEMS_PER_POLL";

  public IngestConfig {
    if (instanceId == null || !instanceId.matches("[A-Za-z0-9._-]+")) {
      throw new ConfigException(INSTANCE_ID, "'" + instanceId + "' must match [A-Za-z0-9._-]+");
    }
  }

  public static IngestConfig from(Env env) {
    FetchSettings defaults = FetchSettings.defaults();
    Duration second = Duration.ofSeconds(1);
    FetchSettings fetch =
        new FetchSettings(
            env.string(USER_AGENT, defaults.userAgent()),
            env.duration(CONNECT_TIMEOUT, defaults.connectTimeout(), Duration.ofMillis(100), Duration.ofMinutes(5)),
            env.duration(READ_TIMEOUT, defaults.readTimeout(), Duration.ofMillis(100), Duration.ofMinutes(10)),
            env.integer(MAX_BYTES, (int) defaults.maxBytes(), 1024, 512 * 1024 * 1024),
            env.integer(MAX_REDIRECTS, defaults.maxRedirects(), 0, 20),
            env.integer(HOST_CONCURRENCY, defaults.hostConcurrency(), 1, 1024),
            env.duration(HOST_MIN_DELAY, defaults.hostMinDelay(), Duration.ZERO, Duration.ofMinutes(10)),
            env.duration(ROBOTS_TTL, defaults.robotsTtl(), second, Duration.ofDays(7)),
            defaults.defaultRetryAfter(),
            defaults.maxRetryAfter());
    String baseUrl = env.url(SOURCES_BASE_URL).map(Object::toString).orElse(null);
    if (baseUrl != null && baseUrl.endsWith("/")) {
      baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
    }
    return new IngestConfig(
        KafkaSettings.from(env),
        env.path(SOURCES_FILE, Path.of("seeds", "sources.yaml")),
        baseUrl,
        env.string(HTTP_HOST, "0.0.0.0"),
        env.port(HTTP_PORT, 9401),
        env.duration(POLL_INTERVAL, Duration.ofMinutes(5), Duration.ofMillis(100), Duration.ofDays(1)),
        env.decimal(POLL_JITTER, 0.1, 0, 0.5),
        fetch,
        env.integer(MAX_CONCURRENT_POLLS, 256, 1, 100_000),
        env.duration(MAX_BACKOFF, Duration.ofHours(6), second, Duration.ofDays(7)),
        env.integer(UNHEALTHY_AFTER, 3, 1, 1000),
        env.string(GROUP, "newswatch-ingest"),
        env.string(INSTANCE_ID, defaultInstanceId()),
        env.duration(CATALOGUE_CHECK, Duration.ofSeconds(5), Duration.ofMillis(100), Duration.ofHours(1)),
        env.bool(PUBLISH_CATALOGUE, true),
        env.integer(SEEN_ITEMS, 2000, 10, 100_000),
        env.integer(MAX_ITEMS_PER_POLL, 100, 1, 10_000));
  }

  /** The transactional id: stable per instance, so a restarted instance fences its own old transactions. */
  public String transactionalId() {
    return group + "-" + instanceId;
  }

  private static String defaultInstanceId() {
    try {
      return InetAddress.getLocalHost().getHostName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "-");
    } catch (UnknownHostException e) {
      return "ingest";
    }
  }

  /** For the start-up log line: secrets masked by {@link KafkaSettings#describe()}. */
  public String describe() {
    return "sources=" + sourcesFile + ", baseUrl=" + baseUrl + ", http=" + httpHost + ":" + httpPort
        + ", interval=" + pollInterval + ", jitter=" + pollJitter + ", group=" + group + ", instance=" + instanceId
        + ", maxConcurrentPolls=" + maxConcurrentPolls + ", fetch=" + fetch + ", kafka=[" + kafka.describe() + "]";
  }
}
