package io.newswatch.bench.sweep;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.newswatch.bench.HeapWatch;
import io.newswatch.bench.Options;
import io.newswatch.bench.Reports;
import io.newswatch.bench.TextTable;
import io.newswatch.ingest.extract.ArticleExtractor;
import io.newswatch.ingest.extract.ExtractionException;
import io.newswatch.ingest.feed.FeedItem;
import io.newswatch.ingest.feed.FeedParseException;
import io.newswatch.ingest.feed.FeedParser;
import io.newswatch.ingest.fetch.FetchException;
import io.newswatch.ingest.fetch.FetchResult;
import io.newswatch.ingest.fetch.FetchSettings;
import io.newswatch.ingest.fetch.Fetcher;
import io.newswatch.ingest.fetch.HostPolicy;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * {@code bench/run sweep}: every file under a folder of test feeds goes through the ingest feed path
 * (served over local HTTP with the Content-Type the file states, fetched with the ingest
 * {@link Fetcher}, parsed with {@link FeedParser}, and each item's content through
 * {@link ArticleExtractor#extractFragment}), one file at a time, each bounded by a timeout.
 * A file either parses, is rejected with a checked exception and a reason, crashes (any other
 * exception or error), or hangs (no answer within the timeout). Crashes and hangs are bugs.
 */
public final class FeedSweep {
  static final String DEFAULT_FEEDS = "../shared/data/feeds-robustness";

  enum Result { PARSED, REJECTED, CRASHED, HUNG }

  record Outcome(
      String file,
      String servedContentType,
      String expect,
      Result result,
      String stage,
      String reason,
      String exception,
      int items,
      String title,
      List<String> fragmentCrashes,
      double millis) {}

  private FeedSweep() {}

  public static void main(String[] args) throws Exception {
    Options o;
    try {
      o = Options.parse(args, Set.of("--feeds", "--timeout"), Set.of("--direct", "--verbose"));
    } catch (IllegalArgumentException e) {
      System.err.println("sweep: " + e.getMessage());
      System.err.println("usage: bench/run sweep [--feeds DIR] [--timeout SECONDS] [--direct] [--verbose]");
      System.exit(2);
      return;
    }
    Path root = Path.of(System.getProperty("bench.root", "."));
    Path dir = o.get("--feeds") != null ? Path.of(o.get("--feeds")) : root.resolve(DEFAULT_FEEDS).normalize();
    if (!Files.isDirectory(dir)) {
      System.err.println("sweep: no feed folder at " + dir.toAbsolutePath().normalize() + " (give one with --feeds DIR)");
      System.exit(3);
      return;
    }
    int timeout = Math.max(1, o.integer("--timeout", 10));
    boolean direct = o.flag("--direct");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(Files::isRegularFile).filter(FeedSweep::isFeedCandidate).sorted().toList();
    }
    if (files.isEmpty()) {
      System.err.println("sweep: no files under " + dir);
      System.exit(3);
      return;
    }
    System.out.printf(Locale.ROOT, "sweep: %d files under %s, %s, %d s timeout each, %d cores%n",
        files.size(), dir, direct ? "parsed directly" : "served over local HTTP and fetched with the ingest Fetcher",
        timeout, Runtime.getRuntime().availableProcessors());

    List<Outcome> outcomes = new ArrayList<>();
    long peakHeap;
    // Daemon threads: a parse that never returns must not keep the JVM alive after the report.
    ExecutorService workers = Executors.newCachedThreadPool(r -> Thread.ofPlatform().daemon().name("sweep-", 0).unstarted(r));
    try (HeapWatch heap = HeapWatch.start();
        FeedServer server = direct ? null : FeedServer.start();
        Fetcher fetcher = direct ? null : new Fetcher(FetchSettings.defaults()
            .withHostMinDelay(Duration.ZERO)
            .withReadTimeout(Duration.ofSeconds(timeout))
            .withHostConcurrency(4))) {
      HostPolicy policy = direct ? null : HostPolicy.trusting(List.of(server.base()));
      for (Path file : files) {
        byte[] bytes = Files.readAllBytes(file);
        FeedFile meta = FeedFile.read(bytes);
        String rel = dir.relativize(file).toString();
        String url = direct ? "http://feeds.example/" + rel : server.serve(rel, bytes, meta.contentType());
        long started = System.nanoTime();
        java.util.concurrent.atomic.AtomicReference<Thread> worker = new java.util.concurrent.atomic.AtomicReference<>();
        Future<Outcome> f = workers.submit(() -> {
          worker.set(Thread.currentThread());
          return one(rel, bytes, meta, url, fetcher, policy);
        });
        Outcome out;
        try {
          out = f.get(timeout, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
          Thread stuck = worker.get();
          StackTraceElement[] where = stuck == null ? new StackTraceElement[0] : stuck.getStackTrace();
          f.cancel(true);
          out = new Outcome(rel, meta.contentType(), meta.expect(), Result.HUNG, "fetch+parse",
              "no answer within " + timeout + " s" + where(where), null, 0, null, List.of(),
              (System.nanoTime() - started) / 1e6);
        } catch (ExecutionException e) {
          Throwable t = e.getCause();
          out = new Outcome(rel, meta.contentType(), meta.expect(), Result.CRASHED, "harness", describe(t),
              t.getClass().getName(), 0, null, List.of(), (System.nanoTime() - started) / 1e6);
        }
        if (o.flag("--verbose")) {
          System.out.println("  " + out.result() + " " + rel + (out.reason() == null ? "" : ": " + out.reason()));
        }
        outcomes.add(out);
      }
      peakHeap = heap.peakBytes();
    } finally {
      workers.shutdownNow();
    }
    report(dir, direct, timeout, outcomes, peakHeap);
  }

  /** Files that could be feeds: licence and read-me files are left out. */
  static boolean isFeedCandidate(Path p) {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return !name.startsWith("license") && !name.startsWith("readme") && !name.startsWith(".");
  }

  private static Outcome one(String rel, byte[] bytes, FeedFile meta, String url, Fetcher fetcher, HostPolicy policy) {
    long started = System.nanoTime();
    String stage = "fetch";
    try {
      byte[] body = bytes;
      String contentType = meta.contentType();
      String finalUrl = url;
      if (fetcher != null) {
        FetchResult r = fetcher.fetch(URI.create(url), policy);
        body = r.body();
        contentType = r.contentType();
        finalUrl = r.url().toString();
      }
      stage = "parse";
      FeedParser.ParsedFeed feed = new FeedParser().parse(body, contentType, finalUrl);
      stage = "extractFragment";
      List<String> fragmentCrashes = new ArrayList<>();
      ArticleExtractor extractor = new ArticleExtractor();
      for (FeedItem item : feed.items()) {
        for (String html : new String[] {item.contentHtml(), item.summaryHtml()}) {
          if (html == null || html.isBlank()) {
            continue;
          }
          try {
            extractor.extractFragment(html, item.link(), item.title(), item.publishedAt());
          } catch (ExtractionException e) {
            // a fragment with no text is an ordinary answer
          } catch (RuntimeException | StackOverflowError e) {
            fragmentCrashes.add(describe(e));
          }
        }
      }
      return new Outcome(rel, meta.contentType(), meta.expect(), fragmentCrashes.isEmpty() ? Result.PARSED : Result.CRASHED,
          fragmentCrashes.isEmpty() ? null : "extractFragment", fragmentCrashes.isEmpty() ? null : fragmentCrashes.get(0),
          null, feed.items().size(), feed.title(), fragmentCrashes, (System.nanoTime() - started) / 1e6);
    } catch (FeedParseException | FetchException e) {
      String kind = e instanceof FetchException fe ? "fetch " + fe.outcome().tag() : "parse";
      return new Outcome(rel, meta.contentType(), meta.expect(), Result.REJECTED, kind, reason(e), rootName(e), 0, null,
          List.of(), (System.nanoTime() - started) / 1e6);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Outcome(rel, meta.contentType(), meta.expect(), Result.HUNG, stage, "interrupted", null, 0, null, List.of(),
          (System.nanoTime() - started) / 1e6);
    } catch (RuntimeException | Error e) {
      return new Outcome(rel, meta.contentType(), meta.expect(), Result.CRASHED, stage, describe(e), e.getClass().getName(),
          0, null, List.of(), (System.nanoTime() - started) / 1e6);
    }
  }

  /** The reason people read: the message of the rejection without the feed URL, and its root cause. */
  static String reason(Exception e) {
    String m = e.getMessage() == null ? "" : e.getMessage().replaceFirst("^cannot parse feed \\S+: ", "");
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    if (root != e) {
      String rm = root.getMessage() == null ? "" : root.getMessage();
      m = m + " <- " + root.getClass().getSimpleName() + (rm.isBlank() || m.contains(rm) ? "" : ": " + rm);
    }
    m = m.replaceAll("\\s+", " ").strip();
    return m.length() > 300 ? m.substring(0, 300) + "..." : m;
  }

  /** The group a reason belongs to: numbers, URLs and quoted names blanked out. */
  static String group(String stage, String reason) {
    String r = reason == null ? "" : reason;
    r = r.replaceAll("https?://\\S+", "URL")
        .replaceAll("\"[^\"]{0,80}\"", "\"…\"")
        .replaceAll("'[^']{0,80}'", "'…'")
        .replaceAll("\\d+", "N");
    if (r.length() > 110) {
      r = r.substring(0, 110) + "…";
    }
    return stage + ": " + r;
  }

  /** Where a stuck thread is: its top frame and its innermost frame in our own code. */
  private static String where(StackTraceElement[] st) {
    if (st.length == 0) {
      return "";
    }
    String ours = "";
    for (StackTraceElement e : st) {
      if (e.getClassName().startsWith("io.newswatch.")) {
        ours = ", called from " + e;
        break;
      }
    }
    return " at " + st[0] + ours;
  }

  private static String rootName(Throwable t) {
    Throwable root = t;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getName();
  }

  private static String describe(Throwable t) {
    StackTraceElement[] st = t.getStackTrace();
    String where = "";
    for (StackTraceElement e : st) {
      if (e.getClassName().startsWith("io.newswatch.")) {
        where = " at " + e;
        break;
      }
    }
    if (where.isEmpty() && st.length > 0) {
      where = " at " + st[0];
    }
    return t.getClass().getName() + ": " + t.getMessage() + where;
  }

  private static void report(Path dir, boolean direct, int timeout, List<Outcome> outcomes, long peakHeap) throws IOException {
    Map<Result, Integer> counts = new java.util.EnumMap<>(Result.class);
    for (Result r : Result.values()) {
      counts.put(r, 0);
    }
    Map<String, List<String>> groups = new TreeMap<>();
    Map<String, Map<Result, Integer>> byFolder = new TreeMap<>();
    for (Outcome out : outcomes) {
      counts.merge(out.result(), 1, Integer::sum);
      String top = out.file().contains("/") ? out.file().substring(0, out.file().indexOf('/')) : ".";
      byFolder.computeIfAbsent(top, k -> new java.util.EnumMap<>(Result.class)).merge(out.result(), 1, Integer::sum);
      if (out.result() == Result.REJECTED) {
        groups.computeIfAbsent(group(out.stage(), out.reason()), k -> new ArrayList<>()).add(out.file());
      }
    }
    TextTable summary = new TextTable("folder", "files", "parsed", "rejected", "crashed", "hung");
    for (var e : byFolder.entrySet()) {
      Map<Result, Integer> c = e.getValue();
      summary.row(e.getKey(), c.values().stream().mapToInt(Integer::intValue).sum(), c.getOrDefault(Result.PARSED, 0),
          c.getOrDefault(Result.REJECTED, 0), c.getOrDefault(Result.CRASHED, 0), c.getOrDefault(Result.HUNG, 0));
    }
    summary.row("all", outcomes.size(), counts.get(Result.PARSED), counts.get(Result.REJECTED), counts.get(Result.CRASHED),
        counts.get(Result.HUNG));
    System.out.println();
    System.out.print(summary);

    System.out.println("\nrejected, by reason:");
    TextTable reasons = new TextTable("files", "reason", "example");
    groups.entrySet().stream()
        .sorted((a, b) -> b.getValue().size() - a.getValue().size())
        .forEach(e -> reasons.row(e.getValue().size(), e.getKey(), e.getValue().get(0)));
    System.out.print(reasons);

    List<Outcome> bad = outcomes.stream().filter(x -> x.result() == Result.CRASHED || x.result() == Result.HUNG).toList();
    System.out.println("\ncrashed or hung: " + bad.size());
    for (Outcome b : bad) {
      System.out.println("  " + b.result() + " in " + b.stage() + ": " + b.file());
      System.out.println("      " + b.reason());
      if (b.fragmentCrashes().size() > 1) {
        System.out.println("      (" + b.fragmentCrashes().size() + " fragments of this feed crashed)");
      }
    }

    // feedparser's files say whether a correct parser flags them ill-formed ("bozo") or not.
    TextTable expect = new TextTable("feedparser expects", "files", "parsed", "rejected", "crashed", "hung");
    Map<String, Map<Result, Integer>> byExpect = new TreeMap<>();
    List<Outcome> wellFormedRejected = new ArrayList<>();
    for (Outcome out : outcomes) {
      if (out.expect() == null) {
        continue;
      }
      String e = out.expect().startsWith("not bozo") ? "well-formed (not bozo)" : out.expect().startsWith("bozo") ? "ill-formed (bozo)" : "other";
      byExpect.computeIfAbsent(e, k -> new java.util.EnumMap<>(Result.class)).merge(out.result(), 1, Integer::sum);
      if (e.startsWith("well") && out.result() == Result.REJECTED) {
        wellFormedRejected.add(out);
      }
    }
    if (!byExpect.isEmpty()) {
      for (var e : byExpect.entrySet()) {
        Map<Result, Integer> c = e.getValue();
        expect.row(e.getKey(), c.values().stream().mapToInt(Integer::intValue).sum(), c.getOrDefault(Result.PARSED, 0),
            c.getOrDefault(Result.REJECTED, 0), c.getOrDefault(Result.CRASHED, 0), c.getOrDefault(Result.HUNG, 0));
      }
      System.out.println();
      System.out.print(expect);
      if (!wellFormedRejected.isEmpty()) {
        System.out.println("\nwell-formed by feedparser's account, yet rejected:");
        for (Outcome w : wellFormedRejected) {
          System.out.println("  " + w.file() + (w.servedContentType() == null ? "" : " [" + w.servedContentType() + "]"));
          System.out.println("      " + w.reason());
        }
      }
    }
    System.out.printf(Locale.ROOT, "%npeak heap: %s of %s max%n", HeapWatch.mib(peakHeap), HeapWatch.mib(HeapWatch.maxBytes()));

    Map<String, Object> report = new LinkedHashMap<>();
    report.put("benchmark", "sweep");
    report.put("machine", Reports.machine());
    report.put("feeds", dir.toAbsolutePath().normalize().toString());
    report.put("path", direct ? "FeedParser directly" : "local HTTP + ingest Fetcher + FeedParser + extractFragment");
    report.put("timeoutSeconds", timeout);
    report.put("counts", counts);
    report.put("rejectedByReason", groups);
    report.put("peakHeapBytes", peakHeap);
    report.put("files", outcomes);
    System.out.println("\nreport: " + Reports.write("sweep", report));
  }

  /** A local server giving each file its own path, with the Content-Type the file states, or none. */
  static final class FeedServer implements AutoCloseable {
    private final HttpServer server;
    private final Map<String, byte[]> bodies = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, String> types = new java.util.concurrent.ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> Thread.ofPlatform().daemon().unstarted(r));
    private int next;

    private FeedServer(HttpServer server) {
      this.server = server;
    }

    static FeedServer start() throws IOException {
      HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      FeedServer fs = new FeedServer(s);
      s.createContext("/", fs::handle);
      s.setExecutor(fs.executor);
      s.start();
      return fs;
    }

    String base() {
      return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /** Registers a file and returns its URL. */
    String serve(String name, byte[] body, String contentType) {
      String path = "/feed/" + (next++) + "/" + name.replaceAll("[^A-Za-z0-9._/-]", "_");
      bodies.put(path, body);
      if (contentType != null) {
        types.put(path, contentType);
      }
      return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private void handle(HttpExchange ex) throws IOException {
      try (ex) {
        byte[] body = bodies.get(ex.getRequestURI().getPath());
        if (body == null) {
          ex.sendResponseHeaders(404, -1);
          return;
        }
        String type = types.get(ex.getRequestURI().getPath());
        if (type != null) {
          ex.getResponseHeaders().set("Content-Type", type);
        }
        ex.sendResponseHeaders(200, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
          try (OutputStream os = ex.getResponseBody()) {
            os.write(body);
          }
        }
      }
    }

    @Override
    public void close() {
      server.stop(0);
      executor.shutdownNow();
    }
  }
}
