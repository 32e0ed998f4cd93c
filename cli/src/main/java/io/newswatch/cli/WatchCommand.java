package io.newswatch.cli;

import io.newswatch.alert.WatchFile;
import io.newswatch.common.config.Env;
import io.newswatch.common.config.KafkaSettings;
import io.newswatch.common.json.Json;
import io.newswatch.common.kafka.TopicBootstrapper;
import io.newswatch.common.kafka.Topics;
import io.newswatch.common.model.Language;
import io.newswatch.common.model.TopicMode;
import io.newswatch.common.model.Watch;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code newswatch watch add|list|remove}: changes the watches on the compacted {@code
 * newswatch.watches} topic while the pipeline runs; the alert service judges the next statement
 * by the new set. A malformed watch is refused here, before it reaches the topic.
 */
@Command(
    name = "watch",
    mixinStandardHelpOptions = true,
    description = "Add, list or remove watches (what alerts are raised for).",
    subcommands = {WatchCommand.Add.class, WatchCommand.ListWatches.class, WatchCommand.Remove.class})
public final class WatchCommand implements Callable<Integer> {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  @ParentCommand Newswatch parent;

  @Spec CommandSpec spec;

  public WatchCommand() {}

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }

  Properties kafka() {
    Map<String, String> env = Launcher.withDefaults(parent.environment());
    env.putIfAbsent(
        KafkaSettings.BOOTSTRAP_VARIABLE, "localhost:" + new Env(env).port(Launcher.EMBEDDED_PORT_VARIABLE, 9092));
    return KafkaSettings.from(new Env(env)).toProperties();
  }

  /** A watch record as read back from the topic: the watch, or why it is not one. */
  record Entry(String id, Watch watch, String problem) {}

  /** The watches on the topic now (latest record per id; removed ids left out). */
  static Map<String, Entry> read(Properties client) {
    Properties props = new Properties();
    props.putAll(client);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    Map<String, Entry> entries = new TreeMap<>();
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(Topics.WATCHES.name(), TIMEOUT).stream()
              .map(p -> new TopicPartition(p.topic(), p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, TIMEOUT);
      Instant deadline = Instant.now().plus(TIMEOUT);
      while (ends.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
        if (Instant.now().isAfter(deadline)) {
          throw new IllegalStateException("could not read " + Topics.WATCHES.name() + " within " + TIMEOUT.toSeconds() + " s");
        }
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
          if (record.key() == null) {
            continue;
          }
          String id = new String(record.key(), StandardCharsets.UTF_8);
          if (record.value() == null) {
            entries.remove(id);
            continue;
          }
          try {
            Watch watch = Topics.WATCHES.valueSerde().deserializer().deserialize(record.topic(), record.value());
            entries.put(id, id.equals(watch.id())
                ? new Entry(id, watch, null)
                : new Entry(id, null, "key differs from the watch id " + watch.id()));
          } catch (SerializationException e) {
            entries.put(id, new Entry(id, null, e.getMessage()));
          }
        }
      }
    }
    return entries;
  }

  static void publish(Properties client, String id, Watch watch) throws Exception {
    Properties props = new Properties();
    props.putAll(client);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    try (KafkaProducer<String, Watch> producer =
        new KafkaProducer<>(props, Topics.WATCHES.keySerde().serializer(), Topics.WATCHES.valueSerde().serializer())) {
      producer.send(new ProducerRecord<>(Topics.WATCHES.name(), id, watch)).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }
  }

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = {
        "Add a watch from options or from a YAML file (one watch, a list, or a 'watches:' list).",
        "Example: newswatch watch add --id kosovo-russia --topics kosovo --countries RU --own-topic"
      })
  static final class Add implements Callable<Integer> {
    @ParentCommand WatchCommand watch;
    @Spec CommandSpec spec;

    @Option(names = "--file", paramLabel = "FILE", description = "Read the watch(es) from this YAML file.")
    Path file;

    @Option(names = "--id", description = "Watch id: lower-case letters, digits and '-'.")
    String id;

    @Option(names = "--name", description = "Display name.")
    String name;

    @Option(names = "--topics", split = ",", paramLabel = "TOPIC", description = "Topic ids, comma-separated.")
    List<String> topics = new ArrayList<>();

    @Option(names = "--mode", paramLabel = "any|all", description = "Whether any (default) or all topics must match.")
    String mode;

    @Option(names = "--actors", split = ",", paramLabel = "ACTOR", description = "Speaker actor ids.")
    List<String> actors = new ArrayList<>();

    @Option(names = "--countries", split = ",", paramLabel = "CC", description = "Speaker countries (ISO codes).")
    List<String> countries = new ArrayList<>();

    @Option(names = "--outlets", split = ",", paramLabel = "OUTLET", description = "Outlet or source ids.")
    List<String> outlets = new ArrayList<>();

    @Option(names = "--languages", split = ",", paramLabel = "TAG", description = "sr-Latn, sr-Cyrl, ru, en.")
    List<String> languages = new ArrayList<>();

    @Option(names = "--min-score", paramLabel = "SCORE", description = "Minimum topic score (default 0).")
    double minScore;

    @Option(names = "--accept-article-topics", description = "Let the article's topics satisfy the watch.")
    boolean acceptArticleTopics;

    @Option(names = "--no-translation-echoes", description = "Alert on translations instead of linking them as echoes.")
    boolean noTranslationEchoes;

    @Option(names = "--own-topic", description = "Also publish alerts to alerts.<id>.")
    boolean ownTopic;

    @Option(names = "--webhook", paramLabel = "URL", description = "POST each alert as JSON to this URL.")
    String webhook;

    @Option(names = "--replace", description = "Replace a watch of the same id instead of refusing.")
    boolean replace;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      List<Watch> watches;
      try {
        watches = file != null ? WatchFile.read(file) : List.of(fromOptions());
      } catch (IllegalArgumentException e) {
        err.println("newswatch: watch refused: " + e.getMessage());
        return 2;
      }
      if (watches.isEmpty()) {
        err.println("newswatch: " + file + " holds no watch");
        return 2;
      }
      Properties client = watch.kafka();
      Map<String, Entry> existing = read(client);
      if (!replace) {
        List<String> taken = watches.stream().map(Watch::id).filter(existing::containsKey).toList();
        if (!taken.isEmpty()) {
          err.println("newswatch: watch " + String.join(", ", taken) + " exists already; use --replace to change it");
          return 1;
        }
      }
      try (Admin admin = Admin.create(client)) {
        for (Watch w : watches) {
          if (w.ownTopic()) {
            // Created before the watch is published, so its first alert has a topic to go to.
            new TopicBootstrapper(admin, TIMEOUT).ensure(List.of(Topics.watchAlerts(w.id())));
          }
          publish(client, w.id(), w);
          out.println((existing.containsKey(w.id()) ? "replaced watch " : "added watch ") + w.id()
              + (w.ownTopic() ? " (alerts also on " + w.ownTopicName() + ")" : ""));
        }
      }
      out.flush();
      return 0;
    }

    Watch fromOptions() {
      if (id == null) {
        throw new IllegalArgumentException("--id is required (or --file)");
      }
      List<Language> tags = languages.stream().map(Language::fromTag).toList();
      TopicMode topicMode = mode == null ? TopicMode.ANY : parseMode(mode);
      return new Watch(
          Watch.CURRENT_VERSION, id.trim(), name, topics, topicMode, actors, countries, outlets, tags,
          minScore, acceptArticleTopics, !noTranslationEchoes, ownTopic, webhook);
    }

    private static TopicMode parseMode(String mode) {
      try {
        return TopicMode.fromJson(mode);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--mode must be any or all, not '" + mode + "'");
      }
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the watches on the topic.")
  static final class ListWatches implements Callable<Integer> {
    @ParentCommand WatchCommand watch;
    @Spec CommandSpec spec;

    @Option(names = "--json", description = "One JSON watch per line.")
    boolean json;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      Map<String, Entry> entries = read(watch.kafka());
      if (!json) {
        out.printf(Locale.ROOT, "%-22s %-34s %-24s %s%n", "ID", "NAME", "TOPICS", "FILTERS");
      }
      for (Entry entry : entries.values()) {
        if (entry.watch() == null) {
          if (json) {
            out.println(Json.mapper().createObjectNode().put("id", entry.id()).put("invalid", entry.problem()));
          } else {
            out.printf(Locale.ROOT, "%-22s (invalid, ignored by the alert service: %s)%n", entry.id(), entry.problem());
          }
          continue;
        }
        Watch w = entry.watch();
        if (json) {
          out.println(Json.write(w));
        } else {
          out.printf(
              Locale.ROOT, "%-22s %-34s %-24s %s%n", w.id(), truncate(w.name(), 34),
              w.topicMode().json() + ":" + String.join(",", w.topics()), filters(w));
        }
      }
      out.flush();
      return 0;
    }

    private static String filters(Watch w) {
      List<String> parts = new ArrayList<>();
      if (!w.actors().isEmpty()) {
        parts.add("actors=" + String.join(",", w.actors()));
      }
      if (!w.actorCountries().isEmpty()) {
        parts.add("countries=" + String.join(",", w.actorCountries()));
      }
      if (!w.outlets().isEmpty()) {
        parts.add("outlets=" + String.join(",", w.outlets()));
      }
      if (!w.languages().isEmpty()) {
        parts.add("languages=" + String.join(",", w.languages().stream().map(Language::tag).toList()));
      }
      if (w.minScore() > 0) {
        parts.add("minScore=" + w.minScore());
      }
      if (w.acceptArticleTopics()) {
        parts.add("article-topics");
      }
      if (!w.translationEchoes()) {
        parts.add("no-translation-echoes");
      }
      if (w.ownTopic()) {
        parts.add("own-topic");
      }
      if (w.webhook() != null) {
        parts.add("webhook");
      }
      return parts.isEmpty() ? "-" : String.join(" ", parts);
    }

    private static String truncate(String text, int width) {
      return text.length() <= width ? text : text.substring(0, width - 3) + "...";
    }
  }

  @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove watches by id.")
  static final class Remove implements Callable<Integer> {
    @ParentCommand WatchCommand watch;
    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "ID", description = "Ids of the watches to remove.")
    List<String> ids = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Properties client = watch.kafka();
      Map<String, Entry> existing = read(client);
      int missing = 0;
      for (String id : ids) {
        if (!existing.containsKey(id)) {
          err.println("newswatch: no watch " + id);
          missing++;
          continue;
        }
        // A tombstone: compaction drops the watch, and the alert service stops judging by it.
        publish(client, id, null);
        out.println("removed watch " + id);
      }
      out.flush();
      return missing == 0 ? 0 : 1;
    }
  }
}
