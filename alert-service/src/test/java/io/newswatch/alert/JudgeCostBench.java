package io.newswatch.alert;

import static io.newswatch.alert.Fixtures.KOSOVO;
import static io.newswatch.alert.Fixtures.statement;
import static io.newswatch.alert.Fixtures.watch;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newswatch.common.config.Env;
import io.newswatch.common.kafka.StreamsSupport;
import io.newswatch.common.kafka.Topics;
import io.newswatch.common.model.Language;
import io.newswatch.common.model.Speaker;
import io.newswatch.common.model.Statement;
import io.newswatch.common.model.TopicMode;
import io.newswatch.common.model.Watch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/**
 * Not a test: the cost of judging one statement, on {@link TopologyTestDriver} (the topology with
 * its RocksDB stores and changelog serialisation, no broker). Statements are made before timing,
 * so their construction is not counted.
 *
 * <p>Run: {@code java -cp <test classpath> io.newswatch.alert.JudgeCostBench [statements] [names|plain]
 * [watches]} (default 30000; with {@code names}, sentences carry capitalised names in Latin and
 * Cyrillic, as real statements do; {@code watches} more watches, on topics the statements do not
 * have, show what a large watch list costs). The first half warms up; the second half is timed.
 */
public final class JudgeCostBench {
  private static final String[] NAMES = {
    "Vučić", "Путин", "Zakharova", "Захарова", "Priština", "Метохия", "Brnabić", "Лавров", "Blinken", "Kurti"
  };

  private JudgeCostBench() {}

  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 30_000;
    boolean names = args.length > 1 && args[1].equals("names");
    int moreWatches = args.length > 2 ? Integer.parseInt(args[2]) : 0;
    double micros = microsPerStatement(count, names, moreWatches);
    System.out.printf(
        Locale.ROOT, "judging%s against %d watches: %d statements, %.1f µs each (%.0f statements/s on one thread)%n",
        names ? " (with names)" : "", WATCHES + moreWatches, count - count / 2, micros, 1e6 / micros);
  }

  /** Watches every run has; {@code moreWatches} come on top. */
  public static final int WATCHES = 4;

  /**
   * Judges {@code count} statements (four in five new, one a reprint) against {@link #WATCHES}
   * watches and {@code moreWatches} more on topics the statements do not have; returns the mean
   * cost of one statement in µs over the second half.
   */
  public static double microsPerStatement(int count, boolean names, int moreWatches) throws Exception {
    Path dir = Files.createTempDirectory("judge-bench");
    Random random = new Random(1);
    List<Statement> input = new ArrayList<>(count);
    Instant t = Instant.parse("2024-05-02T08:00:00Z");
    Statement previous = null;
    for (int i = 0; i < count; i++) {
      t = t.plusMillis(1);
      if (previous != null && i % 5 == 4) {
        input.add(statement(previous.speaker(), previous.text(), Language.EN, "reprint", t, List.of(KOSOVO), List.of()));
      } else {
        int s = random.nextInt(200);
        Speaker speaker = new Speaker("speaker-" + s, "Speaker " + s, true, s % 2 == 0 ? "RU" : "RS", null);
        String text = ExactlyOnceCrashIT.sentence(random);
        if (names) {
          text = text.replace(".", " " + NAMES[random.nextInt(NAMES.length)] + " and " + NAMES[random.nextInt(NAMES.length)]
              + " met in " + (1000 + random.nextInt(9000)) + ".");
        }
        input.add(statement(speaker, text, Language.EN, "tass", t, List.of(KOSOVO), List.of()));
      }
      previous = input.get(input.size() - 1);
    }
    AlertConfig config = AlertConfig.from(new Env(Map.of()));
    Properties props = new Properties();
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    props = StreamsSupport.streamsProperties(props, "judge-bench", new SimpleMeterRegistry());
    props.put(StreamsConfig.STATE_DIR_CONFIG, dir.toString());
    Instant now = t;
    try (TopologyTestDriver driver =
        new TopologyTestDriver(
            AlertTopology.build(config, Clock.fixed(now, java.time.ZoneOffset.UTC), id -> true, new SimpleMeterRegistry()),
            props)) {
      TestInputTopic<String, Watch> watches =
          driver.createInputTopic(
              Topics.WATCHES.name(), Topics.WATCHES.keySerde().serializer(), Topics.WATCHES.valueSerde().serializer());
      watches.pipeInput("kosovo-any", watch("kosovo-any", List.of("kosovo")));
      watches.pipeInput("kosovo-russia", watch("kosovo-russia", List.of("kosovo"), Map.of("countries", List.of("RU"), "own", true)));
      watches.pipeInput("unsc-kosovo", watch("unsc-kosovo", List.of("unsc", "kosovo"), Map.of("mode", TopicMode.ALL)));
      watches.pipeInput("sanctions-serbia", watch("sanctions-serbia", List.of("sanctions")));
      for (int w = 0; w < moreWatches; w++) {
        String id = "other-" + w;
        watches.pipeInput(id, watch(id, List.of("other-topic-" + w % 50), Map.of("countries", List.of("RU"))));
      }
      TestInputTopic<String, Statement> statements =
          driver.createInputTopic(
              Topics.STATEMENTS.name(), Topics.STATEMENTS.keySerde().serializer(), Topics.STATEMENTS.valueSerde().serializer());
      int half = count / 2;
      for (int i = 0; i < half; i++) {
        statements.pipeInput(input.get(i).speaker().id(), input.get(i));
      }
      long start = System.nanoTime();
      for (int i = half; i < count; i++) {
        statements.pipeInput(input.get(i).speaker().id(), input.get(i));
      }
      long elapsed = System.nanoTime() - start;
      return elapsed / 1_000.0 / (count - half);
    }
  }
}
