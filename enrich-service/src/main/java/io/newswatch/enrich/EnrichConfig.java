package io.newswatch.enrich;

import io.newswatch.common.config.ConfigException;
import io.newswatch.common.config.Env;
import io.newswatch.common.config.KafkaSettings;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The enrich service's settings, read once from the environment and validated; the only code of
 * the service that reads variables.
 *
 * @param kafka bootstrap servers and client properties ({@code KAFKA_*})
 * @param actorsFile {@code NEWSWATCH_ACTORS_FILE}, default {@code seeds/actors.yaml}
 * @param topicsFile {@code NEWSWATCH_TOPICS_FILE}, default {@code seeds/topics.yaml}
 * @param httpHost {@code NEWSWATCH_HTTP_HOST}, default {@code 0.0.0.0}
 * @param httpPort {@code NEWSWATCH_ENRICH_HTTP_PORT}, default 9402 (0 picks a free port)
 * @param applicationId {@code NEWSWATCH_ENRICH_APPLICATION_ID}, default {@code newswatch-enrich}
 * @param stateDir {@code NEWSWATCH_ENRICH_STATE_DIR}, default {@code <tmp>/newswatch-enrich}
 * @param streamThreads {@code NEWSWATCH_ENRICH_THREADS}, default 1
 */
public record EnrichConfig(
    KafkaSettings kafka,
    Path actorsFile,
    Path topicsFile,
    String httpHost,
    int httpPort,
    String applicationId,
    Path stateDir,
    int streamThreads) {
  public static final String ACTORS_FILE = "NEWSWATCH_ACTORS_FILE";
  public static final String TOPICS_FILE = "NEWSWATCH_TOPICS_FILE";
  public static final String HTTP_HOST = "NEWSWATCH_HTTP_HOST";
  public static final String HTTP_PORT = "NEWSWATCH_ENRICH_HTTP_PORT";
  public static final String APPLICATION_ID = "NEWSWATCH_ENRICH_APPLICATION_ID";
  public static final String STATE_DIR = "NEWSWATCH_ENRICH_STATE_DIR";
  public static final String THREADS = "NEWSWATCH_ENRICH_THREADS";

  public static EnrichConfig from(Env env) {
    Path actors = env.path(ACTORS_FILE, Path.of("seeds", "actors.yaml"));
    Path topics = env.path(TOPICS_FILE, Path.of("seeds", "topics.yaml"));
    requireReadable(ACTORS_FILE, actors);
    requireReadable(TOPICS_FILE, topics);
    String applicationId = env.string(APPLICATION_ID, "newswatch-enrich");
    if (!applicationId.matches("[A-Za-z0-9._-]+")) {
      throw new ConfigException(
          APPLICATION_ID, "'" + applicationId + "' may only hold letters, digits, '.', '_' and '-'");
    }
    return new EnrichConfig(
        KafkaSettings.from(env),
        actors,
        topics,
        env.string(HTTP_HOST, "0.0.0.0"),
        env.port(HTTP_PORT, 9402),
        applicationId,
        env.path(STATE_DIR, Path.of(System.getProperty("java.io.tmpdir"), "newswatch-enrich")),
        env.integer(THREADS, 1, 1, 64));
  }

  private static void requireReadable(String variable, Path file) {
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new ConfigException(variable, "'" + file + "' is not a readable file");
    }
  }

  /** One line for the start-up log, secrets masked. */
  public String describe() {
    return "enrich: "
        + kafka.describe()
        + ", actors="
        + actorsFile
        + ", topics="
        + topicsFile
        + ", http="
        + httpHost
        + ":"
        + httpPort
        + ", applicationId="
        + applicationId
        + ", stateDir="
        + stateDir
        + ", threads="
        + streamThreads;
  }
}
