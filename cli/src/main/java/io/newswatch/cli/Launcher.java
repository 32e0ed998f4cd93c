package io.newswatch.cli;

import io.newswatch.alert.AlertConfig;
import io.newswatch.alert.AlertService;
import io.newswatch.common.config.ConfigException;
import io.newswatch.common.config.Env;
import io.newswatch.common.config.KafkaSettings;
import io.newswatch.common.kafka.TopicBootstrapper;
import io.newswatch.common.service.ManagedService;
import io.newswatch.enrich.EnrichConfig;
import io.newswatch.enrich.EnrichService;
import io.newswatch.ingest.IngestConfig;
import io.newswatch.ingest.IngestService;
import io.newswatch.kafka.EmbeddedKafkaBroker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.admin.Admin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts what a command asked for (an embedded broker when no cluster is configured, then the
 * services), reports each as it becomes ready, and tears everything down in reverse on Ctrl-C.
 */
final class Launcher implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Launcher.class);

  /** Where the launcher script says the repository is; seeds and data default to it. */
  static final String HOME_VARIABLE = "NEWSWATCH_HOME";

  static final String EMBEDDED_PORT_VARIABLE = "NEWSWATCH_EMBEDDED_KAFKA_PORT";
  static final String DATA_DIR_VARIABLE = "NEWSWATCH_DATA_DIR";

  private final List<AutoCloseable> running = new ArrayList<>();
  private final Map<String, String> env;

  Launcher(Map<String, String> env) {
    this.env = new HashMap<>(env);
  }

  /** The given environment with the seeds and data defaults resolved against the repository. */
  static Map<String, String> withDefaults(Map<String, String> environment) {
    Map<String, String> env = new HashMap<>(environment);
    Path home = home(env);
    env.putIfAbsent("NEWSWATCH_SOURCES_FILE", home.resolve("seeds/sources.yaml").toString());
    env.putIfAbsent("NEWSWATCH_ACTORS_FILE", home.resolve("seeds/actors.yaml").toString());
    env.putIfAbsent("NEWSWATCH_TOPICS_FILE", home.resolve("seeds/topics.yaml").toString());
    env.putIfAbsent("NEWSWATCH_WATCHES_FILE", home.resolve("seeds/watches.yaml").toString());
    env.putIfAbsent(DATA_DIR_VARIABLE, home.resolve("data").toString());
    return env;
  }

  static Path home(Map<String, String> env) {
    String home = env.get(HOME_VARIABLE);
    return home == null || home.isBlank() ? Path.of("").toAbsolutePath() : Path.of(home);
  }

  /** Closes this part with the rest, newest first. */
  void register(AutoCloseable part) {
    running.add(part);
  }

  Map<String, String> env() {
    return env;
  }

  void put(String variable, String value) {
    env.put(variable, value);
  }

  /**
   * Uses the cluster named by KAFKA_BOOTSTRAP_SERVERS, or starts the embedded broker with its data
   * under {@code <data dir>/<name>} so a restart keeps topics and messages. Creates missing topics.
   */
  String ensureBroker(String dataSubdir) throws Exception {
    Env parsed = new Env(env);
    KafkaSettings kafka = KafkaSettings.from(parsed);
    String bootstrap = kafka.bootstrapServers();
    Path dataRoot = parsed.path(DATA_DIR_VARIABLE, Path.of("data"));
    // Streams state belongs with the cluster it was built from: keep it next to that broker's data.
    env.putIfAbsent(
        "NEWSWATCH_ENRICH_STATE_DIR", dataRoot.resolve(dataSubdir + "-streams/enrich").toString());
    env.putIfAbsent(
        "NEWSWATCH_ALERT_STATE_DIR", dataRoot.resolve(dataSubdir + "-streams/alert").toString());
    if (bootstrap == null) {
      Path dataDir = dataRoot.resolve(dataSubdir);
      int port = parsed.port(EMBEDDED_PORT_VARIABLE, 9092);
      Files.createDirectories(dataDir);
      Instant start = Instant.now();
      EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dataDir, port);
      running.add(broker);
      bootstrap = broker.bootstrapServers();
      LOG.info(
          "kafka: embedded KRaft broker ready on {} (data in {}, started in {} ms)",
          bootstrap,
          dataDir,
          Duration.between(start, Instant.now()).toMillis());
      env.put(KafkaSettings.BOOTSTRAP_VARIABLE, bootstrap);
    } else {
      LOG.info("kafka: using the cluster at {}", kafka.describe());
    }
    try (Admin admin = Admin.create(KafkaSettings.from(new Env(env)).toProperties())) {
      new TopicBootstrapper(admin, Duration.ofSeconds(60)).ensureCatalogue();
    }
    return bootstrap;
  }

  /** Starts one service by name and registers it for shutdown. */
  ManagedService startService(String name) {
    Env parsed = new Env(env);
    ManagedService service =
        switch (name) {
          case "ingest" -> IngestService.start(IngestConfig.from(parsed));
          case "enrich" -> EnrichService.start(EnrichConfig.from(parsed));
          case "alert" -> AlertService.start(AlertConfig.from(parsed));
          default -> throw new IllegalArgumentException("unknown service " + name);
        };
    running.add(service);
    return service;
  }

  /** Logs one line per service once it is ready; gives up waiting (with a warning) after a while. */
  static void reportWhenReady(List<ManagedService> services, Duration patience) {
    Thread.ofVirtual()
        .name("readiness-reporter")
        .start(
            () -> {
              List<ManagedService> pending = new ArrayList<>(services);
              Instant deadline = Instant.now().plus(patience);
              while (!pending.isEmpty()) {
                pending.removeIf(
                    s -> {
                      if (s.ready()) {
                        LOG.info(
                            "{}: ready, metrics at http://localhost:{}/metrics",
                            s.name(),
                            s.httpPort());
                        return true;
                      }
                      return false;
                    });
                if (!pending.isEmpty() && Instant.now().isAfter(deadline)) {
                  pending.forEach(
                      s -> LOG.warn("{}: not ready after {} s; see its log", s.name(), patience.toSeconds()));
                  return;
                }
                try {
                  Thread.sleep(200); // a status poll for a human-facing log line, not a test wait
                } catch (InterruptedException e) {
                  return;
                }
              }
            });
  }

  /** Blocks until Ctrl-C (or SIGTERM), then closes everything it started, newest first. */
  void awaitShutdown() throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  LOG.info("Stopping ...");
                  close();
                  stopped.countDown();
                },
                "newswatch-shutdown"));
    stopped.await();
  }

  @Override
  public synchronized void close() {
    for (int i = running.size() - 1; i >= 0; i--) {
      AutoCloseable part = running.get(i);
      try {
        part.close();
      } catch (Exception e) {
        LOG.warn("Error while stopping {}: {}", part, e.toString());
      }
    }
    running.clear();
  }

  /** A one-line explanation of a failure for the terminal. */
  static String describe(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && !(cause instanceof ConfigException)) {
      cause = cause.getCause();
    }
    return cause instanceof ConfigException ? cause.getMessage() : String.valueOf(e.getMessage());
  }
}
