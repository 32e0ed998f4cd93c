package io.newswatch.cli;

import io.newswatch.common.config.Env;
import io.newswatch.ingest.replay.ReplayServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Option;

/**
 * {@code newswatch demo}: the pipeline fed by a local replay server that serves the sample outlets
 * of {@code seeds/samples}, through the same polling code as real outlets. Needs no internet.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Run the pipeline offline on the sample outlets in seeds/samples (a local replay server"
          + " releases their articles over time). Data lives in data/demo; --fresh starts clean."
    })
final class DemoCommand implements Callable<Integer> {
  @ParentCommand Newswatch parent;

  private static final Logger LOG = LoggerFactory.getLogger(DemoCommand.class);

  static final String REPLAY_PORT_VARIABLE = "NEWSWATCH_REPLAY_PORT";

  @Option(names = "--fresh", description = "Delete the demo's broker data first, so every alert fires anew.")
  boolean fresh;

  @Override
  public Integer call() throws Exception {
    try (Launcher launcher = new Launcher(Launcher.withDefaults(parent.environment()))) {
      Path home = Launcher.home(launcher.env());
      Env env = new Env(launcher.env());
      Path dataDir = env.path(Launcher.DATA_DIR_VARIABLE, home.resolve("data")).resolve("demo");
      if (fresh) {
        deleteRecursively(dataDir);
        deleteRecursively(dataDir.resolveSibling("demo-streams"));
      }
      ReplayServer replay =
          ReplayServer.start(home.resolve("seeds/samples"), env.port(REPLAY_PORT_VARIABLE, 8089));
      try {
        LOG.info("replay: serving seeds/samples at {}", replay.baseUrl());
        DemoSupport.demoEnvironment(home, replay.baseUrl()).forEach(launcher::put);
        UpCommand.run(launcher, "demo");
        launcher.awaitShutdown();
      } finally {
        replay.close();
      }
    }
    return 0;
  }

  private static void deleteRecursively(Path dir) throws java.io.IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
