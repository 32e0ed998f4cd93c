package io.newswatch.bench.alert;

import io.newswatch.alert.JudgeCostBench;
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
 * {@code bench/run judge}: what judging one statement costs the alert topology (novelty stores,
 * watches, alerts; on TopologyTestDriver, no broker) as the watch list grows, through the alert
 * service's {@link JudgeCostBench}. The added watches are on topics the statements lack, so the
 * figures show the price of watches that do not fire.
 */
public final class JudgeBench {
  private JudgeBench() {}

  public static void main(String[] args) throws Exception {
    Options o;
    List<Integer> more;
    try {
      o = Options.parse(args, Set.of("--statements", "--watches"), Set.of());
      more = List.of(o.get("--watches", "0,1000,10000").split(",")).stream().map(String::strip).map(Integer::parseInt).toList();
    } catch (IllegalArgumentException e) {
      System.err.println("bench judge: " + e.getMessage() + "\nusage: bench/run judge [--statements N] [--watches W1,W2,...]");
      System.exit(2);
      return;
    }
    int statements = o.integer("--statements", 20_000);
    List<Map<String, Object>> rows = new ArrayList<>();
    TextTable table = new TextTable("watches", "statements timed", "µs per statement", "statements/s");
    long peakHeap;
    try (HeapWatch heap = HeapWatch.start()) {
      for (int w : more) {
        double micros = JudgeCostBench.microsPerStatement(statements, true, w);
        int watches = JudgeCostBench.WATCHES + w;
        table.row(watches, statements - statements / 2, String.format(Locale.ROOT, "%.1f", micros), Math.round(1e6 / micros));
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("watches", watches);
        row.put("statementsTimed", statements - statements / 2);
        row.put("microsPerStatement", micros);
        rows.add(row);
      }
      peakHeap = heap.peakBytes();
    }
    System.out.printf(Locale.ROOT, "%njudge: one statement through the alert topology (TopologyTestDriver, one thread), %d cores%n",
        Runtime.getRuntime().availableProcessors());
    System.out.println(table);
    System.out.printf(Locale.ROOT, "peak heap: %s of %s max%n", HeapWatch.mib(peakHeap), HeapWatch.mib(HeapWatch.maxBytes()));
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("benchmark", "judge");
    report.put("machine", Reports.machine());
    report.put("runs", rows);
    report.put("peakHeapBytes", peakHeap);
    System.out.println("report: " + Reports.write("judge", report));
  }
}
