package io.newswatch.cli;

import io.newswatch.common.config.Env;
import io.newswatch.common.config.KafkaSettings;
import io.newswatch.common.kafka.TopicSpec;
import io.newswatch.common.kafka.Topics;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newswatch topics}: the pipeline's topics with how many messages each holds. */
@Command(
    name = "topics",
    mixinStandardHelpOptions = true,
    description = {
      "List Newswatch's topics with their message counts (end offset minus start offset; on"
          + " compacted topics an upper bound, and transaction markers count too)."
    })
final class TopicsCommand implements Callable<Integer> {
  @ParentCommand Newswatch parent;

  @Option(names = "--all", description = "Also list topics that are not in the Newswatch catalogue.")
  boolean all;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Map<String, String> env = Launcher.withDefaults(parent.environment());
    env.putIfAbsent(KafkaSettings.BOOTSTRAP_VARIABLE, "localhost:" + new Env(env).port(Launcher.EMBEDDED_PORT_VARIABLE, 9092));
    var props = KafkaSettings.from(new Env(env)).toProperties();
    props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000);
    props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
    PrintWriter out = spec.commandLine().getOut();
    try (Admin admin = Admin.create(props)) {
      Set<String> existing = admin.listTopics().names().get(20, TimeUnit.SECONDS);
      Set<String> names = new TreeSet<>();
      for (TopicSpec<?, ?> topic : Topics.all()) {
        if (existing.contains(topic.name())) {
          names.add(topic.name());
        }
      }
      for (String name : existing) {
        if (all || name.startsWith("alerts.") || name.startsWith("news.") || name.startsWith("newswatch.")) {
          names.add(name);
        }
      }
      Map<String, Long> counts = counts(admin, names);
      int width = names.stream().mapToInt(String::length).max().orElse(5);
      out.printf("%-" + width + "s  %10s  %s%n", "TOPIC", "MESSAGES", "CLEANUP");
      for (String name : names) {
        String cleanup = Topics.byName(name).map(TopicSpec::cleanupPolicy).orElse("");
        out.printf("%-" + width + "s  %10d  %s%n", name, counts.getOrDefault(name, 0L), cleanup);
      }
      List<String> missing =
          Topics.all().stream().map(TopicSpec::name).filter(n -> !existing.contains(n)).toList();
      if (!missing.isEmpty()) {
        out.println("Not created yet (the services create them at start): " + String.join(", ", missing));
      }
      out.flush();
    }
    return 0;
  }

  private static Map<String, Long> counts(Admin admin, Set<String> names) throws Exception {
    Map<String, TopicDescription> described =
        admin.describeTopics(names).allTopicNames().get(20, TimeUnit.SECONDS);
    Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
    Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
    described.forEach(
        (name, description) ->
            description
                .partitions()
                .forEach(
                    p -> {
                      TopicPartition tp = new TopicPartition(name, p.partition());
                      earliest.put(tp, OffsetSpec.earliest());
                      latest.put(tp, OffsetSpec.latest());
                    }));
    Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> start =
        admin.listOffsets(earliest).all().get(20, TimeUnit.SECONDS);
    Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> end =
        admin.listOffsets(latest).all().get(20, TimeUnit.SECONDS);
    Map<String, Long> counts = new HashMap<>();
    end.forEach(
        (tp, info) -> counts.merge(tp.topic(), info.offset() - start.get(tp).offset(), Long::sum));
    return counts;
  }
}
