package io.newswatch.bench.alert;

import io.newswatch.alert.AlertLatencyHarness;
import io.newswatch.bench.HeapWatch;
import io.newswatch.bench.Options;
import io.newswatch.bench.Reports;
import io.newswatch.bench.TextTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code bench/run alert}: runs the alert service's {@link AlertLatencyHarness} (statement written
 * to news.statements to alert readable on alerts, through the whole service on the embedded
 * broker) and adds the peak heap of the JVM, which holds the broker too, and the JSON report.
 */
public final class AlertBench {
  private AlertBench() {}

  public static void main(String[] args) throws Exception {
    Options o;
    List<Integer> rates;
    try {
      o = Options.parse(args, Set.of("--rates", "--seconds"), Set.of());
      rates = List.of(o.get("--rates", "200,1000").split(",")).stream().map(String::strip).map(Integer::parseInt).toList();
    } catch (IllegalArgumentException e) {
      System.err.println("bench alert: " + e.getMessage() + "\nusage: bench/run alert [--rates R1,R2,...] [--seconds N]");
      System.exit(2);
      return;
    }
    int seconds = o.integer("--seconds", 20);
    List<AlertLatencyHarness.RateResult> results;
    long peakHeap;
    try (HeapWatch heap = HeapWatch.start()) {
      results = AlertLatencyHarness.run(rates, seconds);
      peakHeap = heap.peakBytes();
    }

    System.out.printf(Locale.ROOT, "%nalert: statement -> alert readable (read_committed), broker and service in this JVM, %d cores%n",
        Runtime.getRuntime().availableProcessors());
    TextTable table = new TextTable("run", "statements/s", "seconds", "new statements", "measured", "never alerted", "p50 ms", "p99 ms", "max ms");
    for (AlertLatencyHarness.RateResult r : results) {
      table.row(r.label(), r.rate(), r.seconds(), r.newStatements(), r.measured(), r.neverAlerted(), r.p50(), r.p99(), r.max());
    }
    System.out.println(table);
    System.out.printf(Locale.ROOT, "peak heap (broker and service): %s of %s max%n", HeapWatch.mib(peakHeap), HeapWatch.mib(HeapWatch.maxBytes()));

    Map<String, Object> report = new LinkedHashMap<>();
    report.put("benchmark", "alert");
    report.put("machine", Reports.machine());
    List<Map<String, Object>> rows = new ArrayList<>();
    for (AlertLatencyHarness.RateResult r : results) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("run", r.label());
      row.put("statementsPerSecond", r.rate());
      row.put("seconds", r.seconds());
      row.put("sendMillis", r.sendMillis());
      row.put("newStatements", r.newStatements());
      row.put("measured", r.measured());
      row.put("neverAlerted", r.neverAlerted());
      row.put("p50Millis", r.p50());
      row.put("p99Millis", r.p99());
      row.put("maxMillis", r.max());
      rows.add(row);
    }
    report.put("runs", rows);
    report.put("peakHeapBytes", peakHeap);
    System.out.println("report: " + Reports.write("alert", report));
    if (results.stream().anyMatch(r -> r.measured() == 0)) {
      System.err.println("bench alert: a run produced no alerts");
      System.exit(1);
    }
  }
}
