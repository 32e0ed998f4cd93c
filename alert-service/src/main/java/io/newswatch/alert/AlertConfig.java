package io.newswatch.alert;

import io.newswatch.common.config.ConfigException;
import io.newswatch.common.config.Env;
import io.newswatch.common.config.KafkaSettings;
import io.newswatch.common.kafka.StreamsSupport;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * Everything the alert service is configured with, read once from the environment and validated;
 * the only code of the service that reads variables.
 *
 * @param kafka cluster address and client properties ({@code KAFKA_*})
 * @param watchesFile the seed watches ({@code NEWSWATCH_WATCHES_FILE}), published at start for ids
 *     not yet on the watches topic
 * @param watchesFileRequired whether the file was named explicitly (then a missing file is an
 *     error; the default path may be absent)
 * @param httpHost address of the metrics, health and alert endpoints
 * @param httpPort their port
 * @param applicationId Kafka Streams application id (consumer group, store and changelog prefix)
 * @param stateDir Kafka Streams state directory, or null for the Kafka default
 * @param noveltyWindow how long a wording counts as seen
 * @param translationWindow how far apart a statement and its translation may appear
 * @param nearThreshold the similarity from which a wording is an echo of an earlier one
 * @param translationMinConfidence the confidence from which another language's statement is a
 *     translation echo
 * @param webhookTimeout timeout of one webhook request
 * @param webhookMaxAttempts attempts per alert before a delivery counts as failed
 * @param webhookBackoff wait before the first retry; doubled for each further one
 * @param webhookQueue alerts waiting for delivery before the reader pauses
 * @param feedSize alerts kept in memory for {@code /alerts}
 * @param rocksDbMemoryMb off-heap budget of the novelty stores (RocksDB block cache, index and
 *     filter blocks, memtables), in MiB
 */
public record AlertConfig(
    KafkaSettings kafka,
    Path watchesFile,
    boolean watchesFileRequired,
    String httpHost,
    int httpPort,
    String applicationId,
    Path stateDir,
    Duration noveltyWindow,
    Duration translationWindow,
    double nearThreshold,
    double translationMinConfidence,
    Duration webhookTimeout,
    int webhookMaxAttempts,
    Duration webhookBackoff,
    int webhookQueue,
    int feedSize,
    int rocksDbMemoryMb) {

  public static final String WATCHES_FILE = "NEWSWATCH_WATCHES_FILE";
  public static final String HTTP_HOST = "NEWSWATCH_HTTP_HOST";
  public static final String HTTP_PORT = "NEWSWATCH_ALERT_HTTP_PORT";
  public static final String APPLICATION_ID = "NEWSWATCH_ALERT_APPLICATION_ID";
  public static final String STATE_DIR = "NEWSWATCH_ALERT_STATE_DIR";
  public static final String DATA_DIR = "NEWSWATCH_DATA_DIR";
  public static final String NOVELTY_WINDOW = "NEWSWATCH_NOVELTY_WINDOW";
  public static final String TRANSLATION_WINDOW = "NEWSWATCH_TRANSLATION_WINDOW";
  public static final String NEAR_THRESHOLD = "NEWSWATCH_NEAR_THRESHOLD";
  public static final String TRANSLATION_MIN_CONFIDENCE = "NEWSWATCH_TRANSLATION_MIN_CONFIDENCE";
  public static final String WEBHOOK_TIMEOUT = "NEWSWATCH_WEBHOOK_TIMEOUT";
  public static final String WEBHOOK_MAX_ATTEMPTS = "NEWSWATCH_WEBHOOK_MAX_ATTEMPTS";
  public static final String WEBHOOK_BACKOFF = "NEWSWATCH_WEBHOOK_BACKOFF";
  public static final String WEBHOOK_QUEUE = "NEWSWATCH_WEBHOOK_QUEUE";
  public static final String FEED_SIZE = "NEWSWATCH_ALERT_FEED_SIZE";
  public static final String ROCKSDB_MEMORY_MB = "NEWSWATCH_ALERT_ROCKSDB_MEMORY_MB";

  public static final Duration DEFAULT_NOVELTY_WINDOW = Duration.ofDays(30);
  public static final Duration DEFAULT_TRANSLATION_WINDOW = Duration.ofHours(48);

  /** Chosen in FingerprintTest: a changed word or a trimmed sentence stays above it, another sentence below. */
  public static final double DEFAULT_NEAR_THRESHOLD = 0.6;

  /** Chosen in TranslationsTest: TASS, Tanjug and B92 renderings link; other statements do not. */
  public static final double DEFAULT_TRANSLATION_MIN_CONFIDENCE = 0.5;

  public AlertConfig {
    if (translationWindow.compareTo(noveltyWindow) > 0) {
      throw new ConfigException(
          TRANSLATION_WINDOW,
          translationWindow + " is longer than " + NOVELTY_WINDOW + " (" + noveltyWindow + ")");
    }
  }

  public static AlertConfig from(Env env) {
    Path stateDir =
        env.raw(STATE_DIR)
            .map(Path::of)
            .orElseGet(() -> env.raw(DATA_DIR).map(d -> Path.of(d).resolve("alert-streams")).orElse(null));
    return new AlertConfig(
        KafkaSettings.from(env),
        env.path(WATCHES_FILE, Path.of("seeds/watches.yaml")),
        env.raw(WATCHES_FILE).isPresent(),
        env.string(HTTP_HOST, "0.0.0.0"),
        env.port(HTTP_PORT, 9403),
        applicationId(env),
        stateDir,
        env.duration(NOVELTY_WINDOW, DEFAULT_NOVELTY_WINDOW, Duration.ofMinutes(1), Duration.ofDays(365)),
        env.duration(
            TRANSLATION_WINDOW, DEFAULT_TRANSLATION_WINDOW, Duration.ofMinutes(1), Duration.ofDays(30)),
        env.decimal(NEAR_THRESHOLD, DEFAULT_NEAR_THRESHOLD, 0.05, 1.0),
        env.decimal(TRANSLATION_MIN_CONFIDENCE, DEFAULT_TRANSLATION_MIN_CONFIDENCE, 0.05, 1.0),
        env.duration(WEBHOOK_TIMEOUT, Duration.ofSeconds(5), Duration.ofMillis(100), Duration.ofMinutes(5)),
        env.integer(WEBHOOK_MAX_ATTEMPTS, 5, 1, 100),
        env.duration(WEBHOOK_BACKOFF, Duration.ofMillis(500), Duration.ZERO, Duration.ofMinutes(10)),
        env.integer(WEBHOOK_QUEUE, 1_000, 1, 1_000_000),
        env.integer(FEED_SIZE, 1_000, 1, 1_000_000),
        env.integer(ROCKSDB_MEMORY_MB, (int) (StreamsSupport.DEFAULT_ROCKSDB_MEMORY_BYTES >> 20), 8, 65_536));
  }

  private static String applicationId(Env env) {
    String id = env.string(APPLICATION_ID, "newswatch-alert");
    if (!id.matches("[A-Za-z0-9._-]+")) {
      throw new ConfigException(
          APPLICATION_ID, "'" + id + "' may only contain letters, digits, '.', '_' and '-'");
    }
    return id;
  }

  /** {@link #rocksDbMemoryMb} in bytes. */
  public long rocksDbMemoryBytes() {
    return (long) rocksDbMemoryMb << 20;
  }

  /** A copy pointing at another cluster (tests and the launcher's embedded broker). */
  public AlertConfig withKafka(KafkaSettings other) {
    return new AlertConfig(
        other, watchesFile, watchesFileRequired, httpHost, httpPort, applicationId, stateDir,
        noveltyWindow, translationWindow, nearThreshold, translationMinConfidence, webhookTimeout,
        webhookMaxAttempts, webhookBackoff, webhookQueue, feedSize, rocksDbMemoryMb);
  }

  /** One line for the start-up log, secrets masked. */
  public String describe() {
    return String.format(
        Locale.ROOT,
        "kafka [%s], application %s, watches %s, http %s:%d, state %s, novelty window %s,"
            + " translation window %s, near >= %.2f, translation >= %.2f, webhook timeout %s x %d"
            + " attempts (backoff %s, queue %d), feed %d, RocksDB memory %d MiB",
        kafka.describe(), applicationId, watchesFile, httpHost, httpPort,
        stateDir == null ? "(Kafka default)" : stateDir, noveltyWindow, translationWindow,
        nearThreshold, translationMinConfidence, webhookTimeout, webhookMaxAttempts,
        webhookBackoff, webhookQueue, feedSize, rocksDbMemoryMb);
  }
}
