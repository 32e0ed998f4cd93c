package io.newswatch.cli;

import io.newswatch.common.service.ManagedService;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Option;

/** {@code newswatch up}: the whole pipeline in one JVM, on an embedded broker unless told otherwise. */
@Command(
    name = "up",
    mixinStandardHelpOptions = true,
    description = {
      "Start the pipeline: a Kafka broker (embedded, unless KAFKA_BOOTSTRAP_SERVERS is set) and the"
          + " ingest, enrich and alert services. Ctrl-C stops everything cleanly."
    })
final class UpCommand implements Callable<Integer> {
  @ParentCommand Newswatch parent;

  @Option(
      names = "--sources",
      paramLabel = "FILE",
      description = "Source catalogue to poll (default: seeds/sources.yaml; env NEWSWATCH_SOURCES_FILE).")
  Path sources;

  @Option(
      names = "--offline",
      description = "Poll the sample outlets in seeds/samples through a local replay server (same as `demo`).")
  boolean offline;

  @Override
  public Integer call() throws Exception {
    if (offline) {
      DemoCommand demo = new DemoCommand();
      demo.parent = parent;
      return demo.call();
    }
    try (Launcher launcher = new Launcher(Launcher.withDefaults(parent.environment()))) {
      if (sources != null) {
        launcher.put("NEWSWATCH_SOURCES_FILE", sources.toAbsolutePath().toString());
      }
      run(launcher, "kafka");
      launcher.awaitShutdown();
    }
    return 0;
  }

  /** Starts broker and the three services on the launcher's environment. */
  static void run(Launcher launcher, String dataSubdir) throws Exception {
    launcher.ensureBroker(dataSubdir);
    List<ManagedService> services = new ArrayList<>();
    for (String name : List.of("enrich", "alert", "ingest")) {
      services.add(launcher.startService(name));
    }
    Launcher.reportWhenReady(services, Duration.ofMinutes(2));
  }
}
