package io.newswatch.bench.pipeline;

import io.newswatch.bench.HeapWatch;
import io.newswatch.bench.Reports;
import io.newswatch.bench.TextTable;
import io.newswatch.bench.pipeline.BacklogSampler.Sample;
import io.newswatch.bench.pipeline.PipelineBenchmark.Settings;
import io.newswatch.bench.pipeline.Stats.Latencies;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The figures of a pipeline benchmark run: printed as two tables and a summary, and as JSON. */
final class PipelineReport {
  private final Settings settings;
  private final List<Phase> phases;
  private final SyntheticOutlets outlets;
  private final PipelineProbe probe;
  private final BacklogSampler sampler;
  private final List<String> notes;
  private final Map<String, Object> startup;
  private final long startedMs;
  private final long peakHeapBytes;

  PipelineReport(Settings settings, List<Phase> phases, SyntheticOutlets outlets, PipelineProbe probe,
      BacklogSampler sampler, List<String> notes, Map<String, Object> startup, long startedMs, long peakHeapBytes) {
    this.settings = settings;
    this.phases = phases;
    this.outlets = outlets;
    this.probe = probe;
    this.sampler = sampler;
    this.notes = notes;
    this.startup = startup;
    this.startedMs = startedMs;
    this.peakHeapBytes = peakHeapBytes;
  }

  /** What a phase's articles and samples add up to. */
  private record Figures(double offered, double enrichedPerSecond, double alertsPerSecond, double alertedShare,
      int measured, int missing, Latencies releaseToArticle, Latencies releaseToEnriched, Latencies releaseToAlert,
      Latencies articleToAlert) {}

  /** Prints the tables and the summary, and returns the JSON report. */
  Map<String, Object> printAndCollect() {
    TextTable load = new TextTable("phase", "offered/s", "enriched/s", "alerts/s", "alerted", "backlog mid/end",
        "backlog trend/s", "alert lag mid/end", "lag trend/s", "held", "JVM CPU", "machine CPU");
    TextTable latency = new TextTable("phase", "articles", "release->article", "release->enriched", "release->alert",
        "article->alert", "release->alert max", "not enriched");
    List<Map<String, Object>> phaseJson = new ArrayList<>();
    for (Phase p : phases) {
      Figures f = figures(p);
      load.row(p.name, f1(f.offered()), f1(f.enrichedPerSecond()), f1(f.alertsPerSecond()), pct(f.alertedShare()),
          f0(p.backlogMid) + " / " + f0(p.backlogEnd), signed(p.backlogSlope), f0(p.lagMid) + " / " + f0(p.lagEnd),
          signed(p.lagSlope), p.judged ? (p.held ? "yes" : "NO") : "-", pct(p.jvmCpu), pct(p.machineCpu));
      latency.row(p.name, f.measured(), f.releaseToArticle().cell(), f.releaseToEnriched().cell(),
          f.releaseToAlert().cell(), f.articleToAlert().cell(),
          f.releaseToAlert().max() < 0 ? "-" : Long.toString(f.releaseToAlert().max()), f.missing());
      phaseJson.add(phaseJson(p, f));
    }
    System.out.println("throughput and backlog (backlog: articles released, not yet readable on news.enriched;"
        + " alert lag: statements on news.statements the alert service has not consumed)");
    System.out.print(load);
    System.out.printf(Locale.ROOT, "%nlatency in ms, p50 / p99, of the articles released after each phase's first %d s"
        + " (%d s for the hold); release = when the replay server starts listing the article%n",
        settings.stepWarmUpSeconds(), PipelineBenchmark.HOLD_WARM_UP_SECONDS);
    System.out.print(latency);
    System.out.printf(Locale.ROOT, "%nheld: after a phase's first seconds, the least-squares trend of the backlog (sampled"
        + " every %d ms) rises by at most rate x poll interval (%d ms) articles, and that of the alert lag (sampled every"
        + " second) by at most %.1f times as many statements (the statements per article)%n",
        BacklogSampler.PERIOD_MS, settings.pollInterval().toMillis(), statementsPerArticle());

    Phase hold = phases.stream().filter(p -> p.kind.equals("hold") && p.held).findFirst().orElse(null);
    Phase lastHold = phases.stream().filter(p -> p.kind.equals("hold")).reduce((a, b) -> b).orElse(null);
    String verdict;
    if (hold != null) {
      verdict = String.format(Locale.ROOT, "highest rate held for %d s: %.0f articles/s (backlog trend %+.2f/s,"
          + " alert lag trend %+.2f/s over its last %.0f s)%s", settings.holdSeconds(), hold.rate, hold.backlogSlope,
          hold.lagSlope, hold.judgedSeconds(),
          hold.rate >= settings.rates().getLast() ? "; the top of the ramp, so the limit lies higher" : "");
    } else if (lastHold != null) {
      verdict = String.format(Locale.ROOT, "no rate held for %d s; the last tried was %.0f articles/s",
          settings.holdSeconds(), lastHold.rate);
    } else {
      verdict = "no hold phase ran";
    }
    System.out.println();
    System.out.println(verdict);
    long enriched = probe.enriched();
    System.out.printf(Locale.ROOT, "articles: %d released, %d on news.articles, %d enriched, %d statements, %d alerts"
        + " (%.2f per enriched article); echoes: %s; dead letters: %s; duplicates: %d; pages written after their"
        + " release: %d%n",
        outlets.schedule().size(), probe.articles(), enriched, probe.statements(), probe.alerts(),
        enriched == 0 ? 0 : (double) probe.alerts() / enriched, mapOrNone(probe.echoesByKind()),
        mapOrNone(probe.deadLetters()), probe.duplicates(), outlets.latePages());
    System.out.printf(Locale.ROOT, "article text: %.1f KB on average, %.1f statements each (%d articles written)%n",
        outlets.written() == 0 ? 0 : outlets.textBytes() / 1024.0 / outlets.written(), statementsPerArticle(),
        outlets.written());
    System.out.println("alerts by watch: " + mapOrNone(probe.alertsByWatch()));
    notes.forEach(n -> System.out.println("note: " + n));
    System.out.printf(Locale.ROOT, "peak heap of this JVM (broker, services and benchmark together): %s of %s max%n",
        HeapWatch.mib(peakHeapBytes), HeapWatch.mib(HeapWatch.maxBytes()));

    Map<String, Object> report = new LinkedHashMap<>();
    report.put("benchmark", "pipeline");
    report.put("machine", Reports.machine());
    report.put("settings", settingsJson());
    report.put("startup", startup);
    report.put("phases", phaseJson);
    report.put("verdict", verdict);
    report.put("highestRateHeld", hold == null ? null : hold.rate);
    report.put("totals", totalsJson());
    report.put("notes", notes);
    report.put("peakHeapBytes", peakHeapBytes);
    report.put("samples", samplesJson());
    return report;
  }

  double statementsPerArticle() {
    int written = outlets.written();
    return written == 0 ? Double.NaN : (double) outlets.statementsWritten() / written;
  }

  private Figures figures(Phase p) {
    ReleaseSchedule schedule = outlets.schedule();
    int n = p.endSerial - p.firstSerial;
    long[] toArticle = new long[n];
    long[] toEnriched = new long[n];
    long[] toAlert = new long[n];
    long[] articleToAlert = new long[n];
    int articles = 0;
    int enriched = 0;
    int alerts = 0;
    int fromArticle = 0;
    int measured = 0;
    int missing = 0;
    for (int serial = p.firstSerial; serial < p.endSerial; serial++) {
      long release = schedule.releaseAt(serial);
      if (release < p.judgedFromMs) {
        continue;
      }
      PipelineProbe.Seen seen = probe.seen(serial);
      measured++;
      if (seen.article() > 0) {
        toArticle[articles++] = seen.article() - release;
      }
      if (seen.enriched() > 0) {
        toEnriched[enriched++] = seen.enriched() - release;
      } else {
        missing++;
      }
      if (seen.firstAlert() > 0) {
        toAlert[alerts++] = seen.firstAlert() - release;
        if (seen.article() > 0) {
          articleToAlert[fromArticle++] = seen.firstAlert() - seen.article();
        }
      }
    }
    // Throughput counts what became readable during the phase, whichever phase released it.
    long enrichedInPhase = 0;
    for (int serial = 0; serial < schedule.size(); serial++) {
      long at = probe.seen(serial).enriched();
      if (at >= p.startMs && at < p.endMs) {
        enrichedInPhase++;
      }
    }
    int offered = schedule.releasedBy(p.endMs - 1) - schedule.releasedBy(p.startMs - 1);
    double seconds = p.seconds();
    return new Figures(offered / seconds, enrichedInPhase / seconds, probe.alertsBetween(p.startMs, p.endMs) / seconds,
        enriched == 0 ? Double.NaN : (double) alerts / enriched, measured, missing, Latencies.of(toArticle, articles),
        Latencies.of(toEnriched, enriched), Latencies.of(toAlert, alerts), Latencies.of(articleToAlert, fromArticle));
  }

  private static Map<String, Object> phaseJson(Phase p, Figures f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", p.name);
    m.put("kind", p.kind);
    m.put("rate", p.rate);
    m.put("seconds", p.seconds());
    m.put("judgedSeconds", p.judgedSeconds());
    m.put("offeredPerSecond", f.offered());
    m.put("enrichedPerSecond", f.enrichedPerSecond());
    m.put("alertsPerSecond", f.alertsPerSecond());
    m.put("alertedShare", nanToNull(f.alertedShare()));
    m.put("judged", p.judged);
    m.put("held", p.judged ? p.held : null);
    m.put("note", p.note);
    m.put("backlogMid", nanToNull(p.backlogMid));
    m.put("backlogEnd", nanToNull(p.backlogEnd));
    m.put("backlogTrendPerSecond", nanToNull(p.backlogSlope));
    m.put("alertLagMid", nanToNull(p.lagMid));
    m.put("alertLagEnd", nanToNull(p.lagEnd));
    m.put("alertLagTrendPerSecond", nanToNull(p.lagSlope));
    m.put("jvmCpuShare", nanToNull(p.jvmCpu));
    m.put("machineCpuShare", nanToNull(p.machineCpu));
    m.put("measuredArticles", f.measured());
    m.put("notEnriched", f.missing());
    m.put("releaseToArticle", f.releaseToArticle().json());
    m.put("releaseToEnriched", f.releaseToEnriched().json());
    m.put("releaseToAlert", f.releaseToAlert().json());
    m.put("articleToAlert", f.articleToAlert().json());
    return m;
  }

  private Map<String, Object> settingsJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("rates", settings.rates());
    m.put("stepSeconds", settings.stepSeconds());
    m.put("stepWarmUpSeconds", settings.stepWarmUpSeconds());
    m.put("holdSeconds", settings.holdSeconds());
    m.put("holdWarmUpSeconds", PipelineBenchmark.HOLD_WARM_UP_SECONDS);
    m.put("warmupSeconds", settings.warmupSeconds());
    m.put("pollIntervalMs", settings.pollInterval().toMillis());
    m.put("pollJitter", 0.1);
    m.put("hostMinDelayMs", 0);
    m.put("hostConcurrency", settings.hostConcurrency());
    m.put("feeds", settings.feeds());
    m.put("feedHistory", SyntheticOutlets.FEED_HISTORY);
    m.put("releaseTickMs", PipelineBenchmark.TICK.toMillis());
    m.put("seed", settings.seed());
    m.put("budgetSeconds", settings.budgetSeconds());
    m.put("seeds", settings.root().resolve("seeds").toString());
    return m;
  }

  private Map<String, Object> totalsJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("released", outlets.schedule().size());
    m.put("articles", probe.articles());
    m.put("enriched", probe.enriched());
    m.put("statements", probe.statements());
    m.put("alerts", probe.alerts());
    m.put("alertsByWatch", probe.alertsByWatch());
    m.put("echoesByKind", probe.echoesByKind());
    m.put("deadLetters", probe.deadLetters());
    m.put("duplicates", probe.duplicates());
    m.put("foreignRecords", probe.foreign());
    m.put("pagesWrittenLate", outlets.latePages());
    m.put("worstPageLatenessMs", outlets.maxLateMs());
    m.put("averageTextBytes", outlets.written() == 0 ? 0 : outlets.textBytes() / outlets.written());
    m.put("statementsPerArticleWritten", nanToNull(statementsPerArticle()));
    return m;
  }

  /** One sample a second, enough to plot the backlog and the lag over the run. */
  private List<Map<String, Object>> samplesJson() {
    List<Map<String, Object>> out = new ArrayList<>();
    long lastSecond = Long.MIN_VALUE;
    for (Sample s : sampler.all()) {
      long second = (s.atMs() - startedMs) / 1000;
      if (s.alertLag() < 0 || second == lastSecond) {
        continue;
      }
      lastSecond = second;
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("t", (s.atMs() - startedMs) / 1000.0);
      m.put("released", s.released());
      m.put("ingested", s.ingested());
      m.put("enriched", s.enriched());
      m.put("alertLag", s.alertLag());
      out.add(m);
    }
    return out;
  }

  private static String mapOrNone(Map<String, Long> map) {
    if (map.isEmpty()) {
      return "none";
    }
    StringBuilder out = new StringBuilder();
    map.forEach((k, v) -> out.append(out.isEmpty() ? "" : ", ").append(k).append(' ').append(v));
    return out.toString();
  }

  private static Object nanToNull(double v) {
    return Double.isNaN(v) ? null : v;
  }

  static String f0(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.0f", v);
  }

  private static String f1(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.1f", v);
  }

  private static String signed(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%+.2f", v);
  }

  private static String pct(double share) {
    return Double.isNaN(share) ? "-" : String.format(Locale.ROOT, "%.0f%%", share * 100);
  }
}
