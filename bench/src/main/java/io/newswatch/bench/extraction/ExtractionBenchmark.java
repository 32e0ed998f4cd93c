package io.newswatch.bench.extraction;

import io.newswatch.bench.HeapWatch;
import io.newswatch.bench.Options;
import io.newswatch.bench.Reports;
import io.newswatch.bench.TextTable;
import io.newswatch.bench.extraction.ShingleMetric.PageScore;
import io.newswatch.bench.extraction.ShingleMetric.Summary;
import io.newswatch.ingest.extract.ArticleExtractor;
import io.newswatch.ingest.extract.ExtractionException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code bench/run extraction}: the ingest {@link ArticleExtractor} and Mozilla Readability.js over
 * the same page set, scored with the Zyte benchmark's shingle metric. Both sides time parsing and
 * extraction only, single-threaded, after warm-up passes, with the pages already in memory.
 */
public final class ExtractionBenchmark {
  static final String DEFAULT_PAGES = "../shared/data/extraction-zyte-dev";

  private ExtractionBenchmark() {}

  public static void main(String[] args) throws Exception {
    Options o;
    try {
      o = Options.parse(args,
          Set.of("--pages", "--predictions", "--warmup", "--passes", "--worst", "--node-timeout"),
          Set.of("--no-readability"));
    } catch (IllegalArgumentException e) {
      System.err.println("extraction: " + e.getMessage());
      usage();
      System.exit(2);
      return;
    }
    Path root = Path.of(System.getProperty("bench.root", "."));
    Path pagesDir = o.get("--pages") != null ? Path.of(o.get("--pages")) : root.resolve(DEFAULT_PAGES).normalize();
    int warmup = Math.max(0, o.integer("--warmup", 1));
    int passes = Math.max(1, o.integer("--passes", 2));
    int worst = Math.max(0, o.integer("--worst", 10));

    PageSet set;
    try {
      set = PageSet.load(pagesDir);
    } catch (PageSet.MissingPageSet e) {
      System.err.println("extraction: " + e.getMessage());
      System.exit(3);
      return;
    }
    System.out.printf(Locale.ROOT, "extraction: %d pages from %s; %d warm-up and %d timed passes each, one thread, %d cores%n",
        set.pages().size(), pagesDir, warmup, passes, Runtime.getRuntime().availableProcessors());

    Side ours;
    long ourPeakHeap;
    try (HeapWatch heap = HeapWatch.start()) {
      ours = runOurs(set, warmup, passes);
      ourPeakHeap = heap.peakBytes();
    }

    Side readability = null;
    String readabilitySkipped = null;
    ReadabilityRunner.Result rr = null;
    if (o.flag("--no-readability")) {
      readabilitySkipped = "--no-readability";
    } else {
      Path benchDir = root.resolve("bench");
      ReadabilityRunner runner = new ReadabilityRunner(
          benchDir.resolve("src/main/node/readability-extract.cjs"),
          Path.of(System.getProperty("bench.node.modules", benchDir.resolve("node").toString())),
          o.integer("--node-timeout", 900));
      try {
        rr = runner.run(set, warmup, passes);
        readability = new Side("Readability.js", rr.predictions(), rr.errors(), rr.seconds(), rr.passes(), set);
      } catch (ReadabilityRunner.Unavailable e) {
        readabilitySkipped = e.getMessage();
        System.err.println("extraction: Readability.js not scored: " + e.getMessage());
      }
    }

    Summary ourSummary = ours.summary();
    TextTable table = new TextTable("extractor", "F1", "precision", "recall", "pages", "failed", "pages/s", "peak heap");
    table.row(ours.name, f3(ourSummary.f1()), f3(ourSummary.precision()), f3(ourSummary.recall()),
        set.pages().size(), ours.errors.size(), f1(ours.pagesPerSecond()), HeapWatch.mib(ourPeakHeap) + " (JVM)");
    Double speedRatio = null;
    if (readability != null) {
      Summary rs = readability.summary();
      table.row(readability.name, f3(rs.f1()), f3(rs.precision()), f3(rs.recall()), set.pages().size(),
          readability.errors.size(), f1(readability.pagesPerSecond()),
          HeapWatch.mib(rr.peakHeapUsedBytes()) + " (V8), " + HeapWatch.mib(rr.peakRssBytes()) + " RSS");
      speedRatio = ours.pagesPerSecond() / readability.pagesPerSecond();
    }
    System.out.println();
    System.out.print(table);
    if (readability != null) {
      System.out.printf(Locale.ROOT, "%nspeed ours / Readability.js: %.1fx; F1 ours - Readability.js: %+.3f%n",
          speedRatio, ourSummary.f1() - readability.summary().f1());
    } else {
      System.out.println("\nReadability.js: not run (" + readabilitySkipped + ")");
    }
    System.out.printf(Locale.ROOT, "peak heap of this JVM: %s of %s max%n", HeapWatch.mib(ourPeakHeap), HeapWatch.mib(HeapWatch.maxBytes()));

    List<Map<String, Object>> perPage = perPage(set, ours, readability);
    if (worst > 0) {
      System.out.println();
      System.out.println("worst pages for " + ours.name + " (by the page's own F1):");
      TextTable w = new TextTable("id", "site", "F1", "P", "R", "Readability F1", "true tokens", "our tokens", "note");
      perPage.stream()
          .sorted(Comparator.comparingDouble(m -> (double) m.get("f1")))
          .limit(worst)
          .forEach(m -> w.row(((String) m.get("id")).substring(0, Math.min(12, ((String) m.get("id")).length())),
              m.get("site"), f3((double) m.get("f1")), f3((double) m.get("precision")), f3((double) m.get("recall")),
              m.containsKey("readabilityF1") ? f3((double) m.get("readabilityF1")) : "-",
              m.get("trueTokens"), m.get("predictedTokens"), m.getOrDefault("error", "")));
      System.out.print(w);
    }

    if (o.get("--predictions") != null) {
      Map<String, Map<String, String>> out = new LinkedHashMap<>();
      for (PageSet.Page p : set.pages()) {
        out.put(p.id(), Map.of("articleBody", ours.predictions.getOrDefault(p.id(), "")));
      }
      Path file = Path.of(o.get("--predictions"));
      if (file.toAbsolutePath().getParent() != null) {
        Files.createDirectories(file.toAbsolutePath().getParent());
      }
      Reports.mapper().writeValue(file.toFile(), out);
      System.out.println("\npredictions written to " + file);
    }

    Map<String, Object> report = new LinkedHashMap<>();
    report.put("benchmark", "extraction");
    report.put("machine", Reports.machine());
    report.put("pageSet", pagesDir.toAbsolutePath().normalize().toString());
    report.put("pages", set.pages().size());
    report.put("warmupPasses", warmup);
    report.put("timedPasses", passes);
    report.put("metric", "Zyte article-extraction-benchmark: 4-token shingles, mean P and R over pages, F1 of the means");
    List<Map<String, Object>> results = new ArrayList<>();
    results.add(ours.json(ourPeakHeap, null));
    if (readability != null) {
      Map<String, Object> extra = new LinkedHashMap<>();
      extra.put("peakV8HeapUsedBytes", rr.peakHeapUsedBytes());
      extra.put("peakRssBytes", rr.peakRssBytes());
      extra.put("versions", rr.versions());
      results.add(readability.json(-1, extra));
      report.put("speedRatioOursOverReadability", speedRatio);
    } else {
      report.put("readabilitySkipped", readabilitySkipped);
    }
    report.put("results", results);
    report.put("perPage", perPage);
    report.put("hostilePages", HostilePages.run(100_000, 1_000_000));
    Path written = Reports.write("extraction", report);
    System.out.println("\nreport: " + written);
  }

  private static void usage() {
    System.err.println("usage: bench/run extraction [--pages DIR] [--predictions FILE] [--warmup N] [--passes N]"
        + " [--worst N] [--no-readability] [--node-timeout SECONDS]");
  }

  private static Side runOurs(PageSet set, int warmup, int passes) {
    ArticleExtractor extractor = new ArticleExtractor();
    Map<String, String> predictions = new HashMap<>();
    Map<String, String> errors = new HashMap<>();
    long nanos = 0;
    for (int pass = 0; pass < warmup + passes; pass++) {
      boolean last = pass == warmup + passes - 1;
      for (PageSet.Page p : set.pages()) {
        String text = "";
        long started = System.nanoTime();
        try {
          // The pages of the set are stored as UTF-8, whatever their meta tags say.
          text = extractor.extract(p.html(), p.url(), "UTF-8").text();
        } catch (ExtractionException | RuntimeException e) {
          if (last) {
            errors.put(p.id(), e.getClass().getSimpleName() + ": " + e.getMessage());
          }
        }
        long took = System.nanoTime() - started;
        if (pass >= warmup) {
          nanos += took;
        }
        if (last) {
          predictions.put(p.id(), text);
        }
      }
    }
    return new Side("newswatch ArticleExtractor", predictions, errors, nanos / 1e9, passes, set);
  }

  private static List<Map<String, Object>> perPage(PageSet set, Side ours, Side readability) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (PageSet.Page p : set.pages()) {
      PageScore s = ours.scores.get(p.id());
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", p.id());
      m.put("site", site(p.url()));
      m.put("tp", s.tp());
      m.put("fp", s.fp());
      m.put("fn", s.fn());
      m.put("precision", s.precision());
      m.put("recall", s.recall());
      m.put("f1", s.f1());
      m.put("trueTokens", ShingleMetric.tokens(p.truth()).size());
      m.put("predictedTokens", ShingleMetric.tokens(ours.predictions.get(p.id())).size());
      if (ours.errors.containsKey(p.id())) {
        m.put("error", ours.errors.get(p.id()));
      }
      if (readability != null) {
        PageScore r = readability.scores.get(p.id());
        m.put("readabilityPrecision", r.precision());
        m.put("readabilityRecall", r.recall());
        m.put("readabilityF1", r.f1());
        m.put("readabilityTokens", ShingleMetric.tokens(readability.predictions.get(p.id())).size());
      }
      rows.add(m);
    }
    return rows;
  }

  static String site(String url) {
    try {
      String host = URI.create(url).getHost();
      return host == null ? "?" : host.replaceFirst("^www\\.", "");
    } catch (RuntimeException e) {
      return "?";
    }
  }

  private static String f3(double v) {
    return Double.isNaN(v) ? "NaN" : String.format(Locale.ROOT, "%.3f", v);
  }

  private static String f1(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  /** One extractor's predictions, timing and scores. */
  private static final class Side {
    final String name;
    final Map<String, String> predictions;
    final Map<String, String> errors;
    final double seconds;
    final int passes;
    final int pages;
    final Map<String, PageScore> scores = new LinkedHashMap<>();

    Side(String name, Map<String, String> predictions, Map<String, String> errors, double seconds, int passes, PageSet set) {
      this.name = name;
      this.predictions = predictions;
      this.errors = errors;
      this.seconds = seconds;
      this.passes = passes;
      this.pages = set.pages().size();
      for (PageSet.Page p : set.pages()) {
        scores.put(p.id(), ShingleMetric.score(p.truth(), predictions.getOrDefault(p.id(), "")));
      }
    }

    Summary summary() {
      return ShingleMetric.summarize(new ArrayList<>(scores.values()));
    }

    double pagesPerSecond() {
      return seconds <= 0 ? Double.NaN : pages * (double) passes / seconds;
    }

    Map<String, Object> json(long peakHeapBytes, Map<String, Object> extra) {
      Summary s = summary();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("extractor", name);
      m.put("f1", s.f1());
      m.put("precision", s.precision());
      m.put("recall", s.recall());
      m.put("pagesInPrecisionMean", s.precisionPages());
      m.put("pagesInRecallMean", s.recallPages());
      m.put("failedPages", errors.size());
      m.put("errors", errors);
      m.put("timedSeconds", seconds);
      m.put("pagesPerSecond", pagesPerSecond());
      if (peakHeapBytes >= 0) {
        m.put("peakHeapBytes", peakHeapBytes);
      }
      if (extra != null) {
        m.putAll(extra);
      }
      return m;
    }
  }
}
