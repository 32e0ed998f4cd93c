package io.newswatch.cli;

import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newswatch} command: runs the pipeline, its services, and the tools around it. */
@Command(
    name = "newswatch",
    mixinStandardHelpOptions = true,
    versionProvider = Newswatch.Version.class,
    description = "Streaming news monitoring for Serbian and Russian outlets on Kafka.",
    subcommands = {
      UpCommand.class,
      DemoCommand.class,
      ServiceCommand.Ingest.class,
      ServiceCommand.Enrich.class,
      ServiceCommand.Alert.class,
      AlertsCommand.class,
      TopicsCommand.class,
      WatchCommand.class,
      ExtractCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Newswatch implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private final Map<String, String> environment;

  Newswatch(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  public static void main(String[] args) {
    System.exit(commandLine(System.getenv()).execute(args));
  }

  /**
   * The configured command line. The environment is a parameter so tests can run every command
   * against their own broker and ports without touching the process environment.
   */
  public static CommandLine commandLine(Map<String, String> environment) {
    CommandLine cli = new CommandLine(new Newswatch(environment));
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          // A bad config value or an unreachable cluster is a message for the user, not a trace.
          commandLine.getErr().println("newswatch: " + Launcher.describe(e));
          return 2;
        });
    return cli;
  }

  /** The environment every subcommand reads its settings from. */
  Map<String, String> environment() {
    return environment;
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** Prints the version from the jar manifest when there is one. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Newswatch.class.getPackage().getImplementationVersion();
      return new String[] {"newswatch " + (version == null ? "development build" : version)};
    }
  }
}
