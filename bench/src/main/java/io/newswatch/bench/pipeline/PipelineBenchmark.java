package io.newswatch.bench.pipeline;

import io.newswatch.alert.AlertConfig;
import io.newswatch.alert.AlertService;
import io.newswatch.bench.HeapWatch;
import io.newswatch.bench.Options;
import io.newswatch.bench.Reports;
import io.newswatch.bench.pipeline.BacklogSampler.Sample;
import io.newswatch.common.config.Env;
import io.newswatch.common.kafka.Topics;
import io.newswatch.enrich.EnrichConfig;
import io.newswatch.enrich.EnrichService;
import io.newswatch.ingest.IngestConfig;
import io.newswatch.ingest.IngestService;
import io.newswatch.kafka.EmbeddedKafkaBroker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * {@code bench/run pipeline}: the whole pipeline in this JVM on the embedded broker, fed by the
 * ingest replay server at fixed offered rates. Outlets ({@link SyntheticOutlets}) release
 * synthetic articles ({@link ArticleGenerator}) into 20 Atom feeds; the ingest, enrich and alert
 * services run as the launcher runs them, from an environment map; a read_committed consumer
 * ({@link PipelineProbe}) notes when each article becomes readable on {@code news.articles}, {@code
 * news.enriched} and {@code alerts}.
 *
 * <p>After a warm-up, a ramp of rates runs for {@code --step-seconds} each and stops at the first
 * step that did not hold; the highest rate held is then offered for {@code --hold-seconds}. A phase
 * holds when, after its first seconds, neither the backlog (articles released but not yet
 * enriched) nor the alert service's lag on {@code news.statements} trends upward by more than one
 * poll interval's worth of arrivals. Latencies are per article, from the instant the replay server
 * starts to list it. The figures are printed and written as JSON; nothing is asserted.
 */
public final class PipelineBenchmark {
  private static final String ENRICH_APP = "bench-pipeline-enrich";
  private static final String ALERT_APP = "bench-pipeline-alert";
  private static final String KEY_WATCH = "kosovo-any";
  static final Duration TICK = Duration.ofMillis(10);
  private static final long READY_TIMEOUT_MS = 120_000;
  /** Longest wait for the pipeline to catch up, before a hold and at the end. */
  private static final long DRAIN_MS = 20_000;
  /** What the budget keeps for a drain (usually a few seconds) and for closing everything. */
  private static final long DRAIN_ALLOWANCE_MS = 10_000;
  private static final long SHUTDOWN_RESERVE_MS = 15_000;
  static final int HOLD_WARM_UP_SECONDS = 5;
  private static final int EARLY_END_AFTER_SECONDS = 15;

  private PipelineBenchmark() {}

  /** What the command line asked for. */
  record Settings(List<Integer> rates, int stepSeconds, int holdSeconds, int warmupSeconds, Duration pollInterval,
      int hostConcurrency, int feeds, long seed, int budgetSeconds, Path root) {
    /** Seconds of each step left out of its latencies and of its held judgement. */
    int stepWarmUpSeconds() {
      return Math.max(1, Math.min(5, stepSeconds / 4));
    }
  }

  /** A failure that ends the benchmark with a message rather than a stack trace. */
  static final class BenchmarkFailure extends Exception {
    private static final long serialVersionUID = 1L;

    BenchmarkFailure(String message) {
      super(message);
    }
  }

  public static void main(String[] args) {
    Settings settings;
    try {
      settings = settings(args);
    } catch (IllegalArgumentException e) {
      System.err.println("pipeline: " + e.getMessage());
      System.err.println("usage: bench/run pipeline [--rates R1,R2,...] [--step-seconds N] [--hold-seconds N]"
          + " [--warmup-seconds N] [--poll-ms N] [--host-concurrency N] [--feeds N] [--seed N] [--budget-seconds N]");
      System.exit(2);
      return;
    }
    int code;
    try {
      code = new Run(settings).run();
    } catch (BenchmarkFailure e) {
      System.err.println("pipeline: " + e.getMessage());
      code = 1;
    } catch (Exception e) {
      System.err.println("pipeline: failed: " + e);
      e.printStackTrace();
      code = 1;
    }
    // Kafka and Streams leave non-daemon threads behind for a while; the figures are out.
    System.exit(code);
  }

  static Settings settings(String[] args) {
    Options o = Options.parse(args,
        Set.of("--rates", "--step-seconds", "--hold-seconds", "--warmup-seconds", "--poll-ms", "--host-concurrency",
            "--feeds", "--seed", "--budget-seconds"),
        Set.of());
    List<Integer> rates = new ArrayList<>();
    for (String r : o.get("--rates", "10,20,40,60,90,120,150").split(",")) {
      try {
        int rate = Integer.parseInt(r.trim());
        if (rate <= 0) {
          throw new NumberFormatException();
        }
        rates.add(rate);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("--rates takes whole numbers above 0, not '" + r + "'");
      }
    }
    rates.sort(null);
    Settings s = new Settings(
        List.copyOf(rates),
        o.integer("--step-seconds", 15),
        o.integer("--hold-seconds", 60),
        o.integer("--warmup-seconds", 10),
        Duration.ofMillis(o.integer("--poll-ms", 500)),
        o.integer("--host-concurrency", 32),
        o.integer("--feeds", 20),
        o.integer("--seed", 1),
        o.integer("--budget-seconds", 285),
        Path.of(System.getProperty("bench.root", ".")).toAbsolutePath().normalize());
    if (s.stepSeconds() < 4 || s.holdSeconds() < HOLD_WARM_UP_SECONDS + 2 || s.warmupSeconds() < 0) {
      throw new IllegalArgumentException("--step-seconds must be at least 4, --hold-seconds at least "
          + (HOLD_WARM_UP_SECONDS + 2) + ", --warmup-seconds at least 0");
    }
    if (s.pollInterval().toMillis() < 100) {
      throw new IllegalArgumentException("--poll-ms must be at least 100 (the ingest service's minimum)");
    }
    if (s.feeds() < 4 || s.hostConcurrency() < 1) {
      throw new IllegalArgumentException("--feeds must be at least 4 (one per language), --host-concurrency at least 1");
    }
    for (String seed : List.of("actors.yaml", "topics.yaml", "watches.yaml")) {
      if (!Files.isRegularFile(s.root().resolve("seeds").resolve(seed))) {
        throw new IllegalArgumentException("no seeds/" + seed + " under " + s.root() + " (set -Dbench.root)");
      }
    }
    return s;
  }

  /** One benchmark run: the parts it started, the phases it ran. */
  private static final class Run {
    private final Settings settings;
    private final long startedMs = System.currentTimeMillis();
    private final Deque<AutoCloseable> running = new ArrayDeque<>();
    private final List<Phase> phases = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<String, Object> startup = new LinkedHashMap<>();
    private SyntheticOutlets outlets;
    private PipelineProbe probe;
    private BacklogSampler sampler;
    private long nextStartMs;

    Run(Settings settings) {
      this.settings = settings;
    }

    int run() throws Exception {
      Path dir = Files.createTempDirectory("newswatch-pipeline-bench");
      HeapWatch heap = HeapWatch.start();
      try {
        start(dir);
        phases();
        finalDrain();
        return report(heap);
      } finally {
        closeAll();
        heap.close();
        deleteRecursively(dir);
      }
    }

    private void start(Path dir) throws Exception {
      System.out.printf(Locale.ROOT,
          "pipeline: starting the embedded broker, the replay server and the services (%d cores) ...%n",
          Runtime.getRuntime().availableProcessors());
      long t0 = System.currentTimeMillis();
      EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startTemporary();
      running.push(broker);
      startup.put("brokerMs", System.currentTimeMillis() - t0);
      String bootstrap = broker.bootstrapServers();

      // The clock of the replay server must outlast the run; the budget bounds it, with room to spare.
      Duration horizon = Duration.ofSeconds(settings.budgetSeconds() + 180L);
      outlets = SyntheticOutlets.start(dir, settings.feeds(), settings.seed(), TICK, horizon);
      running.push(outlets);

      Map<String, String> env = environment(bootstrap, dir);
      long t1 = System.currentTimeMillis();
      EnrichService enrich = EnrichService.start(EnrichConfig.from(new Env(env)));
      running.push(enrich);
      AlertService alert = AlertService.start(AlertConfig.from(new Env(env)));
      running.push(alert);
      IngestService ingest = IngestService.start(IngestConfig.from(new Env(env)));
      running.push(ingest);
      awaitCondition("the services to be ready (" + KEY_WATCH + " in force, all " + settings.feeds() + " feeds owned)",
          READY_TIMEOUT_MS,
          () -> enrich.ready() && alert.ready() && alert.watchInForce(KEY_WATCH) && ingest.ready()
              && ingest.ownedSourceIds().size() == settings.feeds());
      startup.put("servicesReadyMs", System.currentTimeMillis() - t1);

      probe = new PipelineProbe(bootstrap);
      running.push(probe);
      probe.start();
      Map<String, Object> adminConfig = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
      Admin admin = Admin.create(adminConfig);
      running.push(admin);
      sampler = new BacklogSampler(outlets.schedule(), probe, admin, ALERT_APP);
      running.push(sampler);
      sampler.start();
      startup.put("totalMs", System.currentTimeMillis() - startedMs);
      printHeader();
    }

    /**
     * The services' variables, as the launcher would set them, with the bench's ingest settings:
     * one local server stands in for every outlet, so the per-host politeness delay would
     * serialise everything behind it, and a short poll interval keeps articles from waiting minutes.
     */
    private Map<String, String> environment(String bootstrap, Path dir) {
      Path seeds = settings.root().resolve("seeds");
      Map<String, String> env = new HashMap<>();
      env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrap);
      env.put(IngestConfig.HTTP_HOST, "127.0.0.1");
      env.put(IngestConfig.HTTP_PORT, "0");
      env.put(EnrichConfig.HTTP_PORT, "0");
      env.put(AlertConfig.HTTP_PORT, "0");
      env.put(IngestConfig.SOURCES_FILE, outlets.sourcesFile().toString());
      env.put(IngestConfig.SOURCES_BASE_URL, outlets.baseUrl());
      env.put(IngestConfig.POLL_INTERVAL, settings.pollInterval().toMillis() + "ms");
      env.put(IngestConfig.HOST_MIN_DELAY, "0ms");
      env.put(IngestConfig.HOST_CONCURRENCY, Integer.toString(settings.hostConcurrency()));
      env.put(IngestConfig.GROUP, "bench-pipeline-ingest");
      env.put(IngestConfig.INSTANCE_ID, "bench");
      env.put(EnrichConfig.ACTORS_FILE, seeds.resolve("actors.yaml").toString());
      env.put(EnrichConfig.TOPICS_FILE, seeds.resolve("topics.yaml").toString());
      env.put(EnrichConfig.APPLICATION_ID, ENRICH_APP);
      env.put(EnrichConfig.STATE_DIR, dir.resolve("streams/enrich").toString());
      env.put(AlertConfig.WATCHES_FILE, seeds.resolve("watches.yaml").toString());
      env.put(AlertConfig.APPLICATION_ID, ALERT_APP);
      env.put(AlertConfig.STATE_DIR, dir.resolve("streams/alert").toString());
      return env;
    }

    private void printHeader() {
      System.out.printf(Locale.ROOT, "pipeline: replay server -> ingest -> enrich -> alert, embedded broker, all in one JVM"
          + " (max heap %s), %d cores; ready %.1f s after start (broker %.1f s, services %.1f s)%n",
          HeapWatch.mib(HeapWatch.maxBytes()), Runtime.getRuntime().availableProcessors(),
          (long) startup.get("totalMs") / 1000.0, (long) startup.get("brokerMs") / 1000.0,
          (long) startup.get("servicesReadyMs") / 1000.0);
      System.out.printf(Locale.ROOT, "  outlets: %d Atom feeds (as many sr-Latn, sr-Cyrl, ru and en) on the ingest ReplayServer,"
          + " articles released on a %d ms tick, each feed listing its last %d%n",
          settings.feeds(), TICK.toMillis(), SyntheticOutlets.FEED_HISTORY);
      System.out.printf(Locale.ROOT, "  ingest, bench settings (production defaults are 5 min, 1 s and 2): poll interval %d ms"
          + " (jitter ±10 %%), host min delay 0 ms, host concurrency %d%n",
          settings.pollInterval().toMillis(), settings.hostConcurrency());
      System.out.printf(Locale.ROOT, "  enrich and alert: one stream thread each, exactly-once v2;"
          + " seeds/actors.yaml, topics.yaml, watches.yaml of %s%n", settings.root());
      System.out.printf(Locale.ROOT, "  plan: warm-up %d s at %d/s, then steps of %d s at %s articles/s"
          + " (first %d s of each not judged), then %d s at the highest rate held; budget %d s%n%n",
          settings.warmupSeconds(), settings.rates().getFirst(), settings.stepSeconds(), joined(settings.rates()),
          settings.stepWarmUpSeconds(), settings.holdSeconds(), settings.budgetSeconds());
    }

    private void phases() throws Exception {
      nextStartMs = System.currentTimeMillis() + SyntheticOutlets.LOOKAHEAD_MS + 200;
      if (settings.warmupSeconds() > 0) {
        Phase warm = load("warm-up", "warm-up", settings.rates().getFirst(), settings.warmupSeconds(), 0, false);
        System.out.printf(Locale.ROOT, "  %-8s %3.0f/s for %d s: not judged (JIT, RocksDB stores, first transactions)%n",
            warm.name, warm.rate, settings.warmupSeconds());
      }
      // A hold costs its length, a drain before it, and the closing after it.
      long holdCost = settings.holdSeconds() * 1000L + SyntheticOutlets.LOOKAHEAD_MS + 2 * DRAIN_ALLOWANCE_MS
          + SHUTDOWN_RESERVE_MS;
      List<Phase> held = new ArrayList<>();
      for (int rate : settings.rates()) {
        if (remainingMs() < settings.stepSeconds() * 1000L + SyntheticOutlets.LOOKAHEAD_MS + holdCost) {
          notes.add(String.format(Locale.ROOT, "ramp stopped before %d/s: the %d s budget leaves no room for it and the hold",
              rate, settings.budgetSeconds()));
          break;
        }
        Phase step = load(rate + "/s", "step", rate, settings.stepSeconds(), settings.stepWarmUpSeconds(), false);
        judge(step);
        printVerdict(step);
        if (!step.held) {
          break;
        }
        held.add(step);
      }
      if (held.isEmpty()) {
        notes.add("no step held, so there is no hold phase");
        return;
      }
      held.sort(Comparator.comparingDouble((Phase p) -> p.rate).reversed());
      // The highest rate held first; when it does not hold for the whole hold, the next one down.
      for (Phase best : held) {
        if (remainingMs() < holdCost) {
          notes.add(String.format(Locale.ROOT, "no hold at %.0f/s: the %d s budget leaves no room", best.rate,
              settings.budgetSeconds()));
          break;
        }
        drainBeforeHold(best.rate);
        Phase hold = load("hold " + (int) best.rate + "/s", "hold", best.rate, settings.holdSeconds(), HOLD_WARM_UP_SECONDS,
            true);
        judge(hold);
        printVerdict(hold);
        if (hold.held) {
          break;
        }
      }
    }

    /**
     * Offers {@code rate} for {@code seconds} from the next start, waits to its end and records
     * it. A phase that {@code mayEndEarly} ends as soon as it plainly fails ({@link
     * Phase#clearlyGrowing}), judged on at least {@value PipelineBenchmark#EARLY_END_AFTER_SECONDS} s, and the load
     * planned past that point is dropped.
     */
    private Phase load(String name, String kind, double rate, int seconds, int warmUpSeconds, boolean mayEndEarly)
        throws InterruptedException, BenchmarkFailure {
      ReleaseSchedule schedule = outlets.schedule();
      long start = Math.max(nextStartMs, System.currentTimeMillis() + SyntheticOutlets.LOOKAHEAD_MS);
      long judgedFrom = start + warmUpSeconds * 1000L;
      long end = start + seconds * 1000L;
      // The load goes on for one lookahead past the end, so the next phase, planned at the end,
      // follows without a gap.
      int first;
      try {
        first = schedule.plan(rate, start, end + SyntheticOutlets.LOOKAHEAD_MS);
      } catch (IllegalStateException e) {
        throw new BenchmarkFailure("cannot plan " + name + ": " + e.getMessage());
      }
      long checkFrom = judgedFrom + EARLY_END_AFTER_SECONDS * 1000L;
      while (System.currentTimeMillis() < end) {
        sleepUntil(Math.min(end, System.currentTimeMillis() + 1_000));
        long now = System.currentTimeMillis();
        if (mayEndEarly && now >= checkFrom && now < end && Phase.clearlyGrowing(sampler.between(judgedFrom, now), rate,
            settings.pollInterval().toMillis() / 1000.0, statementsPerArticle())) {
          // Whatever may already stand in a feed stays; the replay server releases it regardless.
          schedule.dropAfter(now + SyntheticOutlets.LOOKAHEAD_MS);
          end = now;
          notes.add(String.format(Locale.ROOT, "%s ended after %.0f s: its backlog or alert lag had plainly grown",
              name, (now - start) / 1000.0));
          break;
        }
      }
      Phase phase = new Phase(name, kind, rate, start, judgedFrom, end, first, schedule.size());
      phases.add(phase);
      nextStartMs = end + SyntheticOutlets.LOOKAHEAD_MS;
      phase.measureCpu(sampler.between(phase.startMs, phase.endMs), Runtime.getRuntime().availableProcessors());
      return phase;
    }

    private void judge(Phase p) {
      p.judge(sampler.between(p.judgedFromMs, p.endMs), settings.pollInterval().toMillis() / 1000.0,
          statementsPerArticle(), sampler.lagProblem());
    }

    private void printVerdict(Phase p) {
      System.out.printf(Locale.ROOT, "  %-12s %s; backlog %s -> %s, trend %+.2f/s; alert lag %s -> %s, trend %+.2f/s%s%n",
          p.name + ":", p.held ? "held" : "NOT held", PipelineReport.f0(p.backlogMid), PipelineReport.f0(p.backlogEnd),
          p.backlogSlope, PipelineReport.f0(p.lagMid), PipelineReport.f0(p.lagEnd), p.lagSlope,
          p.note.isEmpty() ? "" : " (" + p.note + ")");
    }

    /** Lets a backlog left by a step that did not hold run out, so the hold starts clean. */
    private void drainBeforeHold(double rate) throws InterruptedException, BenchmarkFailure {
      long waited = drain(DRAIN_MS);
      if (waited > 2_000) {
        System.out.printf(Locale.ROOT, "  drained the backlog in %.1f s before the hold%n", waited / 1000.0);
      }
      Sample s = sampler.latest();
      if (s != null && s.backlog() > rate * settings.pollInterval().toMillis() / 1000.0 * 2) {
        notes.add(String.format(Locale.ROOT, "the hold at %.0f/s started with a backlog of %d articles", rate, s.backlog()));
      }
    }

    /**
     * Waits until every released article is enriched and the alert lag is down to the odd
     * transaction marker, for at most {@code maxMs}; a note says so when it gave up.
     */
    private long drain(long maxMs) throws InterruptedException, BenchmarkFailure {
      long from = System.currentTimeMillis();
      long lastRelease = outlets.schedule().lastRelease();
      sleepUntil(Math.max(from, lastRelease + BacklogSampler.PERIOD_MS));
      boolean drained = awaitQuietly(maxMs, () -> {
        Sample s = sampler.latest();
        return s != null && s.atMs() > lastRelease && s.backlog() <= 0 && s.alertLag() >= 0
            && s.alertLag() <= Topics.STATEMENTS.partitions();
      });
      if (!drained) {
        Sample s = sampler.latest();
        notes.add(String.format(Locale.ROOT, "gave up draining after %d s with a backlog of %d articles and an alert lag"
            + " of %d statements; articles not through by then are missing from the latencies", maxMs / 1000,
            s.backlog(), s.alertLag()));
      }
      return System.currentTimeMillis() - from;
    }

    private void finalDrain() throws InterruptedException, BenchmarkFailure {
      if (phases.isEmpty()) {
        return;
      }
      long waited = drain(DRAIN_MS);
      // The last alerts of the last articles follow their statements by a commit or two.
      sleepUntil(System.currentTimeMillis() + 1_000);
      System.out.printf(Locale.ROOT, "  final drain: %.1f s%n%n", waited / 1000.0);
    }

    /** Statements per article written so far; before any, the lag is judged per statement. */
    private double statementsPerArticle() {
      int written = outlets.written();
      return written == 0 ? 1 : (double) outlets.statementsWritten() / written;
    }

    private int report(HeapWatch heap) throws IOException, BenchmarkFailure {
      long peakHeap = heap.peakBytes();
      if (probe.enriched() == 0) {
        throw new BenchmarkFailure("no article was enriched; the pipeline did not work (see the log above)");
      }
      if (probe.alerts() == 0) {
        throw new BenchmarkFailure("no alert at all on " + probe.enriched() + " enriched articles; the synthetic"
            + " articles no longer satisfy the seed watches, or the alert service failed");
      }
      Map<String, Object> report =
          new PipelineReport(settings, phases, outlets, probe, sampler, notes, startup, startedMs, peakHeap)
              .printAndCollect();
      System.out.println("report: " + Reports.write("pipeline", report));
      return 0;
    }

    private long remainingMs() {
      return settings.budgetSeconds() * 1000L - (System.currentTimeMillis() - startedMs);
    }

    /** Sleeps until {@code untilMs}, checking that the writer and the probe still work. */
    private void sleepUntil(long untilMs) throws InterruptedException, BenchmarkFailure {
      while (true) {
        check();
        long left = untilMs - System.currentTimeMillis();
        if (left <= 0) {
          return;
        }
        Thread.sleep(Math.min(left, 200)); // a benchmark pacing its phases, not a test waiting for a state
      }
    }

    private void check() throws BenchmarkFailure {
      try {
        outlets.check();
        probe.check();
      } catch (IllegalStateException e) {
        throw new BenchmarkFailure(e.getMessage());
      }
    }

    private void awaitCondition(String what, long timeoutMs, BooleanSupplier done)
        throws InterruptedException, BenchmarkFailure {
      if (!awaitQuietly(timeoutMs, done)) {
        throw new BenchmarkFailure("gave up after " + timeoutMs / 1000 + " s waiting for " + what);
      }
    }

    private boolean awaitQuietly(long timeoutMs, BooleanSupplier done) throws InterruptedException, BenchmarkFailure {
      long deadline = System.currentTimeMillis() + timeoutMs;
      while (!done.getAsBoolean()) {
        if (System.currentTimeMillis() > deadline) {
          return false;
        }
        if (outlets != null && probe != null) {
          check();
        }
        Thread.sleep(100); // polling a readiness flag of services that offer no callback
      }
      return true;
    }

    private void closeAll() {
      while (!running.isEmpty()) {
        AutoCloseable part = running.pop();
        try {
          part.close();
        } catch (Exception e) {
          System.err.println("pipeline: error while closing " + part.getClass().getSimpleName() + ": " + e);
        }
      }
    }
  }

  private static void deleteRecursively(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      System.err.println("pipeline: could not delete " + dir + ": " + e.getMessage());
    }
  }

  private static String joined(List<Integer> rates) {
    return String.join(",", rates.stream().map(String::valueOf).toList());
  }
}
