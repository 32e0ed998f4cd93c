package io.newswatch.cli;

import io.newswatch.common.config.Env;
import io.newswatch.common.service.ManagedService;
import io.newswatch.ingest.IngestConfig;
import io.newswatch.ingest.replay.ReplayServer;
import java.nio.file.Path;
import java.util.Optional;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * One service alone, as a container runs it: configured only by the environment, connected to the
 * cluster in KAFKA_BOOTSTRAP_SERVERS (or the embedded broker when unset, for local trials).
 */
abstract class ServiceCommand implements Callable<Integer> {
  /** When set, a replay server serves this samples folder before the service starts. */
  static final String REPLAY_DIR_VARIABLE = "NEWSWATCH_REPLAY_DIR";

  @ParentCommand Newswatch parent;

  private final String service;

  ServiceCommand(String service) {
    this.service = service;
  }

  @Override
  public Integer call() throws Exception {
    try (Launcher launcher = new Launcher(Launcher.withDefaults(parent.environment()))) {
      launcher.ensureBroker("kafka");
      Env env = new Env(launcher.env());
      Optional<String> replayDir = env.raw(REPLAY_DIR_VARIABLE);
      if (replayDir.isPresent()) {
        // The compose stack's offline profile: the ingest container serves the samples itself.
        ReplayServer replay =
            ReplayServer.start(Path.of(replayDir.get()), env.port(DemoCommand.REPLAY_PORT_VARIABLE, 8089));
        launcher.register(replay);
        launcher.env().putIfAbsent(IngestConfig.SOURCES_BASE_URL, replay.baseUrl());
      }
      ManagedService started = launcher.startService(service);
      Launcher.reportWhenReady(List.of(started), Duration.ofMinutes(2));
      launcher.awaitShutdown();
    }
    return 0;
  }

  @Command(name = "ingest", mixinStandardHelpOptions = true, description = "Run the ingest service alone.")
  static final class Ingest extends ServiceCommand {
    Ingest() {
      super("ingest");
    }
  }

  @Command(name = "enrich", mixinStandardHelpOptions = true, description = "Run the enrich service alone.")
  static final class Enrich extends ServiceCommand {
    Enrich() {
      super("enrich");
    }
  }

  @Command(name = "alert", mixinStandardHelpOptions = true, description = "Run the alert service alone.")
  static final class Alert extends ServiceCommand {
    Alert() {
      super("alert");
    }
  }
}
