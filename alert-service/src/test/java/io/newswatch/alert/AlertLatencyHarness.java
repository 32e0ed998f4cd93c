package io.newswatch.alert;

import static io.newswatch.alert.Fixtures.KOSOVO;
import static io.newswatch.alert.Fixtures.statement;

import io.newswatch.common.config.Env;
import io.newswatch.common.kafka.BoundedRocksDbMemory;
import io.newswatch.common.kafka.Topics;
import io.newswatch.common.model.Alert;
import io.newswatch.common.model.Language;
import io.newswatch.common.model.Speaker;
import io.newswatch.common.model.Statement;
import io.newswatch.kafka.EmbeddedKafkaBroker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Not a test: measures end-to-end latency from a statement written to news.statements to its
 * alert readable (read_committed) on alerts, through the whole alert service on the embedded
 * broker, at fixed offered rates. Prints p50/p99/max per rate.
 *
 * <p>Run: {@code bench/run alert [--rates R1,R2] [--seconds N]}, which adds the peak heap and a
 * JSON report, or {@code java -cp <test classpath> io.newswatch.alert.AlertLatencyHarness [rates] [seconds]}
 * (defaults: 200,1000 and 20 s per rate, the first 5 s of each not counted). A first run of 15 s at
 * the first rate warms the service up; its figures are printed as the cold start. With {@code
 * -Dharness.timeline=true} it also prints latency per second of sending and the stream thread's
 * commit, poll and process metrics.
 */
public final class AlertLatencyHarness {
  private static final int WARM_UP_SECONDS = 5;

  private static final int COLD_START_SECONDS = 15;

  private AlertLatencyHarness() {}

  /**
   * One rate's figures; latencies in milliseconds, over the statements sent after the warm-up.
   * {@code p50} and the others are -1 when no alert was measured.
   */
  public record RateResult(
      String label, int rate, int seconds, long sendMillis, int newStatements, int measured, int neverAlerted,
      long p50, long p99, long max) {
    @Override
    public String toString() {
      if (measured == 0) {
        return String.format(Locale.ROOT, "%s: %5d statements/s: no alerts measured", label, rate);
      }
      return String.format(
          Locale.ROOT,
          "%s: %5d statements/s for %d s (sent in %d ms; %d new statements, %d measured, %d never alerted): p50 %d ms, p99 %d ms, max %d ms",
          label, rate, seconds, sendMillis, newStatements, measured, neverAlerted, p50, p99, max);
    }
  }

  public static void main(String[] args) throws Exception {
    List<Integer> rates = args.length > 0 ? List.of(args[0].split(",")).stream().map(Integer::parseInt).toList() : List.of(200, 1000);
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    System.out.println();
    run(rates, seconds).forEach(System.out::println);
  }

  /** Starts a broker and the alert service, measures a cold start and then each rate in turn. */
  public static List<RateResult> run(List<Integer> rates, int seconds) throws Exception {
    Path dir = Files.createTempDirectory("alert-harness");
    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startTemporary()) {
      String bootstrap = broker.bootstrapServers();
      Path seeds = dir.resolve("watches.yaml");
      Files.writeString(seeds, "- id: kosovo-any\n  topics: [kosovo]\n- id: kosovo-russia\n  topics: [kosovo]\n  actorCountries: [RU]\n  ownTopic: true\n- id: unsc-kosovo\n  topics: [unsc, kosovo]\n  topicMode: all\n- id: sanctions-serbia\n  topics: [sanctions]\n");
      AlertConfig config =
          AlertConfig.from(new Env(environment(bootstrap, seeds, dir.resolve("state"))));
      try (AlertService service = AlertService.start(config)) {
        while (!service.ready() || !service.watchInForce("sanctions-serbia")) {
          Thread.sleep(100); // a harness waiting for start-up, not a test
        }
        System.out.printf(Locale.ROOT, "%nalert latency harness: statement on %s -> alert readable on %s (read_committed), embedded broker, %d cores%n",
            Topics.STATEMENTS.name(), Topics.ALERTS.name(), Runtime.getRuntime().availableProcessors());
        Random random = new Random(1);
        List<RateResult> results = new ArrayList<>();
        // The first statements after start pay for class loading, JIT compilation, RocksDB segment
        // creation and producer metadata; that one-off cost is reported apart, not mixed into a rate.
        results.add(measure("cold start (not a rate result)", bootstrap, rates.get(0), COLD_START_SECONDS, 0, random));
        for (int rate : rates) {
          results.add(measure("warm", bootstrap, rate, seconds, WARM_UP_SECONDS, random));
          if (Boolean.getBoolean("harness.timeline")) {
            // The stream thread's own view: how long its commits, polls and processing take.
            service.registry().scrape().lines()
                .filter(l -> l.matches("kafka_stream_thread_(commit|poll|process|punctuate)_(latency_(avg|max)|rate).*"))
                .forEach(l -> System.out.println("  " + l));
          }
        }
        BoundedRocksDbMemory.Shared rocksDb = BoundedRocksDbMemory.shared(config.rocksDbMemoryBytes());
        System.out.printf(
            Locale.ROOT, "RocksDB off-heap after the runs: %.1f MiB used (%.1f MiB pinned) of a %d MiB budget%n",
            rocksDb.cache().getUsage() / 1048576.0, rocksDb.cache().getPinnedUsage() / 1048576.0, config.rocksDbMemoryMb());
        return results;
      }
    }
  }

  /**
   * The service's variables; {@code KAFKA_*} variables of the harness's own environment (say
   * {@code KAFKA_NUM_STREAM_THREADS=2}) and {@code NEWSWATCH_ALERT_ROCKSDB_MEMORY_MB} are passed
   * on, to compare settings without a rebuild.
   */
  private static Map<String, String> environment(String bootstrap, Path seeds, Path state) {
    Map<String, String> env = new HashMap<>();
    System.getenv().forEach((name, value) -> {
      if (name.startsWith("KAFKA_") || name.equals(AlertConfig.ROCKSDB_MEMORY_MB)) {
        env.put(name, value);
      }
    });
    env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrap);
    env.put("NEWSWATCH_WATCHES_FILE", seeds.toString());
    env.put("NEWSWATCH_ALERT_HTTP_PORT", "0");
    env.put("NEWSWATCH_HTTP_HOST", "127.0.0.1");
    env.put("NEWSWATCH_ALERT_STATE_DIR", state.toString());
    return env;
  }

  private static RateResult measure(String label, String bootstrap, int rate, int seconds, int warmUpSeconds, Random random)
      throws Exception {
    Map<String, Long> sentAt = new ConcurrentHashMap<>();
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    List<long[]> timeline = Collections.synchronizedList(new ArrayList<>());
    AtomicBoolean reading = new AtomicBoolean(true);
    // Set when sending starts: the reader's own start-up is no part of the warm-up.
    AtomicLong measureFrom = new AtomicLong(Long.MAX_VALUE);
    Thread reader = Thread.ofPlatform().start(() -> {
      try (KafkaConsumer<byte[], byte[]> consumer = BrokerClients.consumer(bootstrap, true)) {
        BrokerClients.assignAll(consumer, Topics.ALERTS.name());
        consumer.seekToEnd(consumer.assignment());
        consumer.assignment().forEach(consumer::position);
        while (reading.get()) {
          for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(50))) {
            long now = System.nanoTime();
            Alert alert = Topics.ALERTS.valueSerde().deserializer().deserialize(record.topic(), record.value());
            Long sent = sentAt.remove(alert.statement().id() + "|" + alert.watchId());
            if (sent != null && sent >= measureFrom.get()) {
              latencies.add(now - sent);
            }
            if (sent != null) {
              timeline.add(new long[] {sent, now - sent});
            }
          }
        }
      }
    });
    Thread.sleep(1_000); // let the reader get its positions before the first statement
    long total = (long) rate * seconds;
    long interval = 1_000_000_000L / rate;
    long start = System.nanoTime();
    measureFrom.set(start + Duration.ofSeconds(warmUpSeconds).toNanos());
    if (Boolean.getBoolean("harness.timeline")) {
      System.out.printf(Locale.ROOT, "  %d statements/s: sending from %s%n", rate, Instant.now());
    }
    Statement previous = null;
    int expected = 0;
    try (KafkaProducer<String, Statement> producer = BrokerClients.producer(bootstrap, Topics.STATEMENTS)) {
      for (long i = 0; i < total; i++) {
        long due = start + i * interval;
        long wait = due - System.nanoTime();
        if (wait > 0) {
          LockSupport.parkNanos(wait);
        }
        Statement statement;
        if (previous != null && i % 5 == 4) {
          statement = statement(previous.speaker(), previous.text(), Language.EN, "reprint", Instant.now(), List.of(KOSOVO), List.of());
        } else {
          int s = random.nextInt(200);
          Speaker speaker = new Speaker("speaker-" + s, "Speaker " + s, true, s % 2 == 0 ? "RU" : "RS", null);
          statement = statement(speaker, ExactlyOnceCrashIT.sentence(random), Language.EN, "tass", Instant.now(), List.of(KOSOVO), List.of());
          long now = System.nanoTime();
          sentAt.put(statement.id() + "|kosovo-any", now);
          expected++;
        }
        producer.send(new ProducerRecord<>(Topics.STATEMENTS.name(), statement.speaker().id(), statement));
        previous = statement;
      }
      producer.flush();
    }
    long sendMillis = (System.nanoTime() - start) / 1_000_000;
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!sentAt.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(100); // draining the backlog of a harness run
    }
    reading.set(false);
    reader.join();
    if (Boolean.getBoolean("harness.timeline")) {
      printTimeline(timeline, start);
    }
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    if (sorted.isEmpty()) {
      return new RateResult(label, rate, seconds, sendMillis, expected, 0, sentAt.size(), -1, -1, -1);
    }
    return new RateResult(label, rate, seconds, sendMillis, expected, sorted.size(), sentAt.size(),
        percentile(sorted, 50), percentile(sorted, 99), sorted.get(sorted.size() - 1) / 1_000_000);
  }

  /** Per second of sending: alerts, p50 and max latency, to tell a steady backlog from spikes. */
  private static void printTimeline(List<long[]> timeline, long start) {
    Map<Long, List<Long>> bySecond = new TreeMap<>();
    synchronized (timeline) {
      for (long[] entry : timeline) {
        bySecond.computeIfAbsent((entry[0] - start) / 1_000_000_000L, s -> new ArrayList<>()).add(entry[1]);
      }
    }
    bySecond.forEach((second, values) -> {
      Collections.sort(values);
      System.out.printf(Locale.ROOT, "  t=%3d s: %5d alerts, p50 %5d ms, max %5d ms%n",
          second, values.size(), percentile(values, 50), values.get(values.size() - 1) / 1_000_000);
    });
  }

  private static long percentile(List<Long> sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1_000_000;
  }

}
