package io.newswatch.bench.ingest;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newswatch.bench.HeapWatch;
import io.newswatch.bench.Options;
import io.newswatch.bench.Reports;
import io.newswatch.bench.TextTable;
import io.newswatch.common.Ids;
import io.newswatch.common.model.FeedState;
import io.newswatch.common.model.Language;
import io.newswatch.common.model.Source;
import io.newswatch.ingest.IngestMetrics;
import io.newswatch.ingest.fetch.FetchSettings;
import io.newswatch.ingest.fetch.Fetcher;
import io.newswatch.ingest.fetch.Outcome;
import io.newswatch.ingest.poll.ArticleClaims;
import io.newswatch.ingest.poll.FeedPoller;
import io.newswatch.ingest.poll.PollResult;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code bench/run ingest}: one polling round over 10,000 feeds through the ingest fetch and parse
 * path (virtual threads, the per-host limiter, conditional GET), then a second round in which every
 * feed answers 304. The feeds come from {@link FeedServer} in a second JVM, so this process's CPU
 * time (polling threads, HTTP client, parser, and this JVM's GC and JIT) is the polling cost alone.
 * Every item is already seen, so the figures are feed polling, not article fetching. 10,000 feeds
 * every 5 minutes need 33 polls per second.
 */
public final class IngestBenchmark {
  private IngestBenchmark() {}

  record Round(String name, int feeds, double seconds, long failures, double cpuSeconds) {
    double feedsPerSecond() {
      return feeds / seconds;
    }

    double cpuSecondsPerThousand() {
      return cpuSeconds * 1000.0 / feeds;
    }
  }

  public static void main(String[] args) throws Exception {
    Options o;
    try {
      o = Options.parse(args, Set.of("--feeds", "--concurrency"), Set.of());
    } catch (IllegalArgumentException e) {
      System.err.println("bench ingest: " + e.getMessage() + "\nusage: bench/run ingest [--feeds N] [--concurrency N]");
      System.exit(2);
      return;
    }
    int feeds = o.integer("--feeds", 10_000);
    int concurrency = o.integer("--concurrency", 256);
    Process server = startServer();
    List<Round> rounds = new ArrayList<>();
    long peakHeap;
    try (HeapWatch heap = HeapWatch.start()) {
      String base = "http://127.0.0.1:" + readPort(server);
      rounds = run(base, feeds, concurrency);
      peakHeap = heap.peakBytes();
    } finally {
      server.getOutputStream().close();
      server.waitFor();
    }

    System.out.printf(Locale.ROOT, "%ningest: %d feeds, %d concurrent polls, host limiter without delay, feeds from a second JVM; %d cores%n",
        feeds, concurrency, Runtime.getRuntime().availableProcessors());
    TextTable table = new TextTable("round", "feeds", "seconds", "feeds/s", "CPU s", "CPU s per 1,000 polls", "failures");
    for (Round r : rounds) {
      table.row(r.name(), r.feeds(), fmt("%.2f", r.seconds()), fmt("%.0f", r.feedsPerSecond()), fmt("%.2f", r.cpuSeconds()),
          fmt("%.3f", r.cpuSecondsPerThousand()), r.failures());
    }
    System.out.println(table);
    System.out.printf(Locale.ROOT, "10,000 feeds every 5 minutes need 33 polls/s.%npeak heap: %s of %s max%n",
        HeapWatch.mib(peakHeap), HeapWatch.mib(HeapWatch.maxBytes()));

    Map<String, Object> report = new LinkedHashMap<>();
    report.put("benchmark", "ingest");
    report.put("machine", Reports.machine());
    report.put("feeds", feeds);
    report.put("concurrency", concurrency);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Round r : rounds) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("round", r.name());
      row.put("seconds", r.seconds());
      row.put("feedsPerSecond", r.feedsPerSecond());
      row.put("cpuSeconds", r.cpuSeconds());
      row.put("cpuSecondsPer1000Polls", r.cpuSecondsPerThousand());
      row.put("failures", r.failures());
      rows.add(row);
    }
    report.put("rounds", rows);
    report.put("peakHeapBytes", peakHeap);
    System.out.println("report: " + Reports.write("ingest", report));
    if (rounds.stream().anyMatch(r -> r.failures() > 0)) {
      System.err.println("bench ingest: some polls failed; the figures above are not a clean run");
      System.exit(1);
    }
  }

  /** The first round fetches and parses every feed; the second finds each unchanged (304). */
  static List<Round> run(String base, int feeds, int concurrency) throws Exception {
    List<Round> rounds = new ArrayList<>();
    try (Fetcher fetcher = new Fetcher(FetchSettings.defaults().withHostMinDelay(Duration.ZERO).withHostConcurrency(concurrency))) {
      FeedPoller poller = new FeedPoller(fetcher, new IngestMetrics(new SimpleMeterRegistry()), 2_000, 100);
      Source source = new Source(1, "bench", "Bench", "bench", "RS", Language.EN, List.of(base + "/feed/0.xml"), List.of(), List.of(), null);
      ConcurrentHashMap<Integer, FeedState> states = new ConcurrentHashMap<>();
      for (String name : List.of("first poll (200, parse)", "next poll (304)")) {
        AtomicLong failures = new AtomicLong();
        Semaphore limit = new Semaphore(concurrency);
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
          for (int i = 0; i < feeds; i++) {
            int n = i;
            String url = base + "/feed/" + n + ".xml";
            limit.acquire();
            pool.execute(() -> {
              try {
                PollResult r = poller.poll(source, url, states.getOrDefault(n, seenFirstItem(url)), id -> ArticleClaims.Claim.EMITTED);
                states.put(n, r.state());
                if (r.outcome() != Outcome.OK && r.outcome() != Outcome.NOT_MODIFIED) {
                  failures.incrementAndGet();
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              } finally {
                limit.release();
              }
            });
          }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        rounds.add(new Round(name, feeds, seconds, failures.get(), (processCpuNanos() - cpu0) / 1e9));
      }
    }
    return rounds;
  }

  private static FeedState seenFirstItem(String url) {
    return new FeedState(FeedState.CURRENT_VERSION, url, "bench", null, null,
        List.of("i:" + Ids.hash(FeedServer.FIRST_GUID).substring(0, 20)), null, 0, Instant.now());
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static Process startServer() throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    return new ProcessBuilder(java.toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"), FeedServer.class.getName())
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
  }

  private static int readPort(Process server) throws IOException {
    BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    String line = out.readLine();
    if (line == null) {
      throw new IOException("the feed server process ended before it said its port");
    }
    return Integer.parseInt(line.strip());
  }

  private static String fmt(String format, double value) {
    return String.format(Locale.ROOT, format, value);
  }
}
