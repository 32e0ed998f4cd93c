package io.newswatch.bench.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswatch.bench.HeapWatch;
import io.newswatch.bench.Options;
import io.newswatch.bench.Reports;
import io.newswatch.bench.TextTable;
import io.newswatch.common.Ids;
import io.newswatch.common.json.Json;
import io.newswatch.common.model.Article;
import io.newswatch.common.model.Language;
import io.newswatch.common.model.Script;
import io.newswatch.enrich.EnrichBenchmark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code bench/run enrich}: runs the enrich service's {@link EnrichBenchmark} (the enrich topology
 * against a pass-through topology on one thread, and the cost of each step) with the repository's
 * seed catalogues, then prints the summary table and the peak heap and writes the JSON report.
 * When the shared benchmark data is beside the repository it adds a fourth input, real English
 * news at its real density of quotes ({@code --news DIR}).
 */
public final class EnrichBench {
  private EnrichBench() {}

  public static void main(String[] args) throws Exception {
    // The test driver warns once per round that an output topic has no records yet; it is not news.
    System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka.streams.TopologyTestDriver", "error");
    Options o;
    try {
      o = Options.parse(args, Set.of("--articles", "--rounds", "--news"), Set.of());
    } catch (IllegalArgumentException e) {
      System.err.println("bench enrich: " + e.getMessage() + "\nusage: bench/run enrich [--articles N] [--rounds N] [--news DIR]");
      System.exit(2);
      return;
    }
    int perRound = o.integer("--articles", 10_000);
    int rounds = o.integer("--rounds", 3);
    Path root = Path.of(System.getProperty("bench.root", "."));
    Path seeds = root.resolve("seeds");
    Path news = o.get("--news") != null ? Path.of(o.get("--news")) : root.resolve(DEFAULT_NEWS).normalize();
    Map<String, List<Article>> more = new LinkedHashMap<>();
    List<Article> real = realNews(news);
    if (real.isEmpty()) {
      System.out.println("enrich: no real-news input (" + news + " has no ground-truth.json); measuring the project's inputs only");
    } else {
      more.put("real news (en)", real);
    }
    List<EnrichBenchmark.Result> results;
    long peakHeap;
    try (HeapWatch heap = HeapWatch.start()) {
      results = EnrichBenchmark.run(seeds, perRound, rounds, more);
      peakHeap = heap.peakBytes();
    }

    System.out.printf(Locale.ROOT, "%nenrich: %d articles per round, %d rounds, best round after the first, one thread (TopologyTestDriver); %d cores on the machine%n",
        perRound, rounds, Runtime.getRuntime().availableProcessors());
    TextTable table = new TextTable("input", "chars", "statements/article", "enrich topology/s", "pass-through/s", "ratio", "Enricher alone/s");
    for (EnrichBenchmark.Result r : results) {
      table.row(r.input(), fmt("%.0f", r.averageChars()), fmt("%.1f", r.statementsPerArticle()), fmt("%.0f", r.enrichTopology()),
          fmt("%.0f", r.passThrough()), fmt("%.3f", r.ratio()), fmt("%.0f", r.enricherAlone()));
    }
    System.out.println(table);
    TextTable steps = new TextTable("input", "µs per article by step");
    results.forEach(r -> steps.row(r.input(), r.stepMicros()));
    System.out.println(steps);
    System.out.printf(Locale.ROOT, "target: 5,000 articles/s per core and at least half of pass-through%npeak heap: %s of %s max%n",
        HeapWatch.mib(peakHeap), HeapWatch.mib(HeapWatch.maxBytes()));

    Map<String, Object> report = new LinkedHashMap<>();
    report.put("benchmark", "enrich");
    report.put("machine", Reports.machine());
    report.put("articlesPerRound", perRound);
    report.put("rounds", rounds);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (EnrichBenchmark.Result r : results) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("input", r.input());
      row.put("distinctArticles", r.articles());
      row.put("averageChars", r.averageChars());
      row.put("mentionsPerArticle", r.mentionsPerArticle());
      row.put("statementsPerArticle", r.statementsPerArticle());
      row.put("topicsPerArticle", r.topicsPerArticle());
      row.put("enrichTopologyPerSecond", r.enrichTopology());
      row.put("passThroughPerSecond", r.passThrough());
      row.put("ratio", r.ratio());
      row.put("enricherAlonePerSecond", r.enricherAlone());
      row.put("stepMicrosPerArticle", r.stepMicros());
      rows.add(row);
    }
    report.put("inputs", rows);
    report.put("peakHeapBytes", peakHeap);
    System.out.println("report: " + Reports.write("enrich", report));
  }

  /** The Zyte extraction benchmark's page set, whose ground truth is the body of each article. */
  static final String DEFAULT_NEWS = "../shared/data/extraction-zyte-dev";

  /** Shorter bodies are mostly not articles (product pages, stubs); longer ones are cut to 5 KB. */
  private static final int MIN_CHARS = 1_500;

  private static final int MAX_CHARS = 5_000;

  /**
   * Real news articles at their real density of names and quotes: the ground-truth bodies of a
   * public extraction benchmark (English, from many sites), each cut at a word boundary to at most
   * 5 KB. Empty when the folder or its ground truth is absent.
   */
  static List<Article> realNews(Path dir) throws IOException {
    return realNews(dir, MIN_CHARS, MAX_CHARS);
  }

  /** The article bodies of a page set with at least {@code minChars}, cut to about {@code maxChars}. */
  static List<Article> realNews(Path dir, int minChars, int maxChars) throws IOException {
    Path truth = dir.resolve("ground-truth.json");
    if (!Files.isRegularFile(truth)) {
      return List.of();
    }
    JsonNode pages = Json.mapper().readTree(truth.toFile());
    List<Article> out = new ArrayList<>();
    Instant fetched = Instant.parse("2026-01-15T10:00:00Z");
    for (Map.Entry<String, JsonNode> page : pages.properties()) {
      String body = page.getValue().path("articleBody").asText("").strip();
      if (body.length() < minChars) {
        continue;
      }
      String text = body.length() <= maxChars ? body : body.substring(0, Math.max(body.lastIndexOf(' ', maxChars), 1));
      String url = page.getValue().path("url").asText("https://bench.example/" + page.getKey());
      out.add(new Article(
          Article.CURRENT_VERSION, Ids.hash(url), "bench-real-news", "bench", url, "", text,
          Language.EN, Script.LATIN, fetched, fetched, null));
    }
    return out;
  }

  private static String fmt(String format, double value) {
    return String.format(Locale.ROOT, format, value);
  }
}
