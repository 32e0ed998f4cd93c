package io.newswatch.bench.enrich;

import io.newswatch.bench.HeapWatch;
import io.newswatch.bench.Options;
import io.newswatch.bench.Reports;
import io.newswatch.bench.TextTable;
import io.newswatch.enrich.EnrichBenchmark;
import java.nio.file.Path;
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
 */
public final class EnrichBench {
  private EnrichBench() {}

  public static void main(String[] args) throws Exception {
    // The test driver warns once per round that an output topic has no records yet; it is not news.
    System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka.streams.TopologyTestDriver", "error");
    Options o;
    try {
      o = Options.parse(args, Set.of("--articles", "--rounds"), Set.of());
    } catch (IllegalArgumentException e) {
      System.err.println("bench enrich: " + e.getMessage() + "\nusage: bench/run enrich [--articles N] [--rounds N]");
      System.exit(2);
      return;
    }
    int perRound = o.integer("--articles", 10_000);
    int rounds = o.integer("--rounds", 3);
    Path seeds = Path.of(System.getProperty("bench.root", ".")).resolve("seeds");
    List<EnrichBenchmark.Result> results;
    long peakHeap;
    try (HeapWatch heap = HeapWatch.start()) {
      results = EnrichBenchmark.run(seeds, perRound, rounds);
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

  private static String fmt(String format, double value) {
    return String.format(Locale.ROOT, format, value);
  }
}
