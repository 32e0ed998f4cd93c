package io.newswatch.bench.enrich;

import io.newswatch.bench.HeapWatch;
import io.newswatch.bench.Options;
import io.newswatch.bench.Reports;
import io.newswatch.bench.TextTable;
import io.newswatch.common.json.Json;
import io.newswatch.common.model.Article;
import io.newswatch.enrich.EnrichBenchmark;
import io.newswatch.enrich.quality.SamplePages;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code bench/run compare}: the cost of a change to the enricher, measured against another commit
 * (by default {@code HEAD}) in one JVM. Each build's {@code common} and {@code enrich-service}
 * classes get a class loader of their own over the same third-party jars, and each build reads
 * its own seed catalogues. The two {@code Enricher}s take turns on the same articles in slices of
 * one second, and the median of the pairs' ratios is reported with its 95 % confidence interval.
 * Two separate {@code bench/run enrich} runs on a shared machine differ by more than most rule
 * changes cost; pairs a second apart do not.
 *
 * <p>It also enriches every input article once with each build on a fixed clock and says whether
 * the two builds' output (mentions, topics, statements) is the same, so a change meant only to be
 * faster shows that it changed nothing else.
 */
public final class EnrichCompare {
  private static final String USAGE =
      "usage: bench/run compare [--base REV] [--input synthetic|pages|news] [--seconds N] [--warmup N] [--news DIR]";

  private EnrichCompare() {}

  public static void main(String[] args) throws Exception {
    Options o;
    String input;
    int seconds;
    int warmup;
    try {
      o = Options.parse(args, Set.of("--base", "--input", "--seconds", "--warmup", "--news"), Set.of());
      input = o.get("--input", "synthetic");
      seconds = o.integer("--seconds", 60);
      warmup = o.integer("--warmup", 16);
      if (!Set.of("synthetic", "pages", "news").contains(input)) {
        throw new IllegalArgumentException("--input must be synthetic, pages or news, not '" + input + "'");
      }
      if (seconds < 2 * PairedSlices.MIN_PAIRS_FOR_INTERVAL || warmup < 0) {
        throw new IllegalArgumentException(
            "--seconds must be at least " + 2 * PairedSlices.MIN_PAIRS_FOR_INTERVAL + " and --warmup at least 0");
      }
    } catch (IllegalArgumentException e) {
      System.err.println("bench compare: " + e.getMessage() + "\n" + USAGE);
      System.exit(2);
      return;
    }
    Path root = Path.of(System.getProperty("bench.root", ".")).toAbsolutePath().normalize();
    Path lib = Path.of(System.getProperty("bench.lib", root.resolve("bench/target/lib").toString()));
    String revision = o.get("--base", "HEAD");
    BaseBuild base;
    try {
      base = BaseBuild.of(root, revision, Reports.outputDir(), System.getenv().getOrDefault("BENCH_MVN_FLAGS", ""));
    } catch (IOException e) {
      System.err.println("bench compare: " + e.getMessage());
      System.exit(1);
      return;
    }

    List<Article> articles = articles(input, root, o.get("--news"));
    if (articles.isEmpty()) {
      System.err.println("bench compare: the '" + input + "' input has no articles here");
      System.exit(3);
      return;
    }
    // The articles cross to each build as JSON: each loader has its own Article class.
    List<String> json = articles.stream().map(Json::write).toList();
    List<Path> shared = thirdPartyJars(lib);

    Side before;
    try {
      before = Side.load("base " + base.commit().substring(0, 12),
          List.of(base.commonClasses(), base.enrichClasses()), shared, base.seeds(), json);
    } catch (ReflectiveOperationException e) {
      // An older commit whose Enricher, catalogues or Article are shaped otherwise.
      System.err.println("bench compare: " + revision + " has no enricher this harness can drive (" + e + ")");
      System.exit(1);
      return;
    }
    try (HeapWatch heap = HeapWatch.start();
        before;
        Side after = Side.load("working tree",
            List.of(moduleJar(lib, "newswatch-common"), moduleJar(lib, "newswatch-enrich-service")), shared,
            root.resolve("seeds"), json)) {
      List<String> beforeOut = before.outputs();
      List<String> afterOut = after.outputs();
      int differing = 0;
      String firstDifference = null;
      for (int i = 0; i < articles.size(); i++) {
        if (!beforeOut.get(i).equals(afterOut.get(i))) {
          differing++;
          firstDifference = firstDifference == null ? articles.get(i).url() : firstDifference;
        }
      }

      long warmupSlice = 2_000_000_000L;
      for (long spent = 0; spent < warmup * 1_000_000_000L; spent += 2 * warmupSlice) {
        before.slice(warmupSlice);
        after.slice(warmupSlice);
      }
      before.reset();
      after.reset();
      PairedSlices pairs = new PairedSlices();
      long slice = 1_000_000_000L;
      for (int pair = 0; pair < seconds / 2; pair++) {
        // Whoever goes first in a pair may inherit the other's cache and JIT state; take turns.
        double b;
        double a;
        if (pair % 2 == 0) {
          b = before.slice(slice);
          a = after.slice(slice);
        } else {
          a = after.slice(slice);
          b = before.slice(slice);
        }
        pairs.add(b, a);
      }
      long peakHeap = heap.peakBytes();

      System.out.printf(Locale.ROOT, "%ncompare: %s input, %d distinct articles of %.0f characters on average, %d s of warm-up,"
              + " %d pairs of 1 s slices, one thread; %d cores on the machine%n",
          input, articles.size(), articles.stream().mapToInt(x -> x.text().length()).average().orElse(0), warmup,
          pairs.size(), Runtime.getRuntime().availableProcessors());
      TextTable table = new TextTable("build", "µs per article", "articles/s", "statements/article", "articles enriched");
      for (Side s : List.of(before, after)) {
        table.row(s.name, fmt("%.1f", s.micros()), fmt("%.0f", 1e6 / s.micros()), fmt("%.2f", s.statementsPerArticle),
            String.valueOf(s.count));
      }
      System.out.println(table);
      double[] interval = pairs.medianInterval();
      System.out.printf(Locale.ROOT, "new / base time per article: median %.3f over %d pairs, 95%% interval %.3f to %.3f%s%n",
          pairs.median(), pairs.size(), interval[0], interval[1],
          interval[0] <= 1 && interval[1] >= 1 ? " (holds 1: no difference shown)" : "");
      System.out.println(differing == 0
          ? "output: the same for all " + articles.size() + " articles"
          : "output: differs for " + differing + " of " + articles.size() + " articles (the first: " + firstDifference + ")");
      System.out.printf("peak heap: %s of %s max%n", HeapWatch.mib(peakHeap), HeapWatch.mib(HeapWatch.maxBytes()));

      Map<String, Object> report = new LinkedHashMap<>();
      report.put("benchmark", "compare");
      report.put("machine", Reports.machine());
      report.put("input", input);
      report.put("articles", articles.size());
      report.put("baseCommit", base.commit());
      report.put("baseMicrosPerArticle", before.micros());
      report.put("newMicrosPerArticle", after.micros());
      report.put("medianRatio", pairs.median());
      report.put("medianRatio95Low", interval[0]);
      report.put("medianRatio95High", interval[1]);
      report.put("pairRatios", pairs.ratios());
      report.put("articlesWithDifferentOutput", differing);
      report.put("peakHeapBytes", peakHeap);
      System.out.println("report: " + Reports.write("compare", report));
    }
  }

  /** The input articles, built once with the working tree's code and handed to both builds. */
  private static List<Article> articles(String input, Path root, String news) throws IOException {
    return switch (input) {
      case "synthetic" -> EnrichBenchmark.articles(2_000);
      case "pages" -> {
        List<Article> pages = SamplePages.articles(root.resolve("seeds/samples"));
        yield pages.isEmpty() ? pages : EnrichBenchmark.joined(pages, 400);
      }
      case "news" -> EnrichBench.realNews(news != null ? Path.of(news) : root.resolve(EnrichBench.DEFAULT_NEWS).normalize());
      default -> throw new IllegalArgumentException(input);
    };
  }

  /** Every jar bench runs on except the project's own modules, which each build brings itself. */
  static List<Path> thirdPartyJars(Path lib) throws IOException {
    try (Stream<Path> jars = Files.list(lib)) {
      return jars.filter(p -> p.getFileName().toString().endsWith(".jar"))
          .filter(p -> !p.getFileName().toString().startsWith("newswatch-"))
          .sorted()
          .toList();
    }
  }

  private static Path moduleJar(Path lib, String artifact) throws IOException {
    try (Stream<Path> jars = Files.list(lib)) {
      return jars.filter(p -> {
        String name = p.getFileName().toString();
        return name.startsWith(artifact + "-") && name.endsWith(".jar") && !name.endsWith("-tests.jar");
      }).findFirst().orElseThrow(() -> new IOException("no " + artifact + " jar in " + lib + "; run bench/run once to build it"));
    }
  }

  private static String fmt(String format, double value) {
    return String.format(Locale.ROOT, format, value);
  }

  /** One build's enricher, reached by reflection through its own class loader. */
  private static final class Side implements AutoCloseable {
    private static final Instant FIXED = Instant.parse("2026-01-15T12:00:00Z");

    final String name;
    private final URLClassLoader loader;
    private final Object enricher;
    private final Method enrich;
    private final Method write;
    private final List<Object> articles;
    private long nanos;
    long count;
    private int next;
    double statementsPerArticle;

    private Side(String name, URLClassLoader loader, Object enricher, Method enrich, Method write, List<Object> articles) {
      this.name = name;
      this.loader = loader;
      this.enricher = enricher;
      this.enrich = enrich;
      this.write = write;
      this.articles = articles;
    }

    static Side load(String name, List<Path> modules, List<Path> shared, Path seeds, List<String> json) throws Exception {
      List<URL> urls = new ArrayList<>();
      for (Path p : Stream.concat(modules.stream(), shared.stream()).toList()) {
        if (!Files.exists(p)) {
          throw new IOException(name + ": " + p + " is missing");
        }
        urls.add(p.toUri().toURL());
      }
      // The platform loader as parent: nothing of the project or its libraries leaks in from bench's own class path.
      URLClassLoader loader = new URLClassLoader(name, urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
      Class<?> actorCatalogue = loader.loadClass("io.newswatch.enrich.actors.ActorCatalogue");
      Class<?> topicCatalogue = loader.loadClass("io.newswatch.enrich.topics.TopicCatalogue");
      Object actors = actorCatalogue.getMethod("load", Path.class).invoke(null, seeds.resolve("actors.yaml"));
      Object topics = topicCatalogue.getMethod("topics")
          .invoke(topicCatalogue.getMethod("load", Path.class).invoke(null, seeds.resolve("topics.yaml")));
      Class<?> enricherClass = loader.loadClass("io.newswatch.enrich.Enricher");
      Class<?> articleClass = loader.loadClass("io.newswatch.common.model.Article");
      Object enricher = enricherClass.getConstructor(actorCatalogue, List.class, Clock.class)
          .newInstance(actors, topics, Clock.fixed(FIXED, ZoneOffset.UTC));
      Class<?> jsonClass = loader.loadClass("io.newswatch.common.json.Json");
      Object mapper = jsonClass.getMethod("mapper").invoke(null);
      Method read = mapper.getClass().getMethod("readValue", String.class, Class.class);
      List<Object> articles = new ArrayList<>(json.size());
      for (String j : json) {
        articles.add(read.invoke(mapper, j, articleClass));
      }
      return new Side(name, loader, enricher, enricherClass.getMethod("enrich", articleClass),
          jsonClass.getMethod("write", Object.class), articles);
    }

    /** Each article's mentions, topics and statements as JSON, in input order. */
    List<String> outputs() throws Exception {
      List<String> out = new ArrayList<>(articles.size());
      long statements = 0;
      for (Object article : articles) {
        Object result = call(article);
        Object enriched = result.getClass().getMethod("enriched").invoke(result);
        List<?> found = (List<?>) result.getClass().getMethod("statements").invoke(result);
        statements += found.size();
        out.add(write.invoke(null, enriched.getClass().getMethod("actors").invoke(enriched)) + "\n"
            + write.invoke(null, enriched.getClass().getMethod("topics").invoke(enriched)) + "\n"
            + write.invoke(null, found));
      }
      statementsPerArticle = (double) statements / articles.size();
      return out;
    }

    /** Enriches articles in turn for about {@code budget} ns; returns this slice's µs per article. */
    double slice(long budget) throws Exception {
      long start = System.nanoTime();
      long end = start + budget;
      long done = 0;
      do {
        call(articles.get(next));
        next = (next + 1) % articles.size();
        done++;
      } while (System.nanoTime() < end);
      long spent = System.nanoTime() - start;
      nanos += spent;
      count += done;
      return spent / 1e3 / done;
    }

    void reset() {
      nanos = 0;
      count = 0;
    }

    double micros() {
      return nanos / 1e3 / count;
    }

    private Object call(Object article) throws Exception {
      try {
        return enrich.invoke(enricher, article);
      } catch (InvocationTargetException e) {
        throw new IllegalStateException(name + " failed on an article", e.getCause());
      }
    }

    @Override
    public void close() throws IOException {
      loader.close();
    }
  }
}
