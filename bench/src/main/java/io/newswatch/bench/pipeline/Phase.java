package io.newswatch.bench.pipeline;

import io.newswatch.bench.pipeline.BacklogSampler.Sample;
import java.util.ArrayList;
import java.util.List;

/**
 * One stretch of load at a fixed rate (the warm-up, a step of the ramp, the hold), the articles
 * released in it, and whether the pipeline held it.
 *
 * <p>A phase holds when, over its judged part (all but its first seconds, while the backlog
 * settles from the previous rate), the least-squares trend of the backlog rises by at most one
 * poll interval's worth of arrivals (rate x interval: the sawtooth polling alone makes), and the
 * trend of the alert service's lag by at most the statements of as many articles.
 */
final class Phase {
  final String name;
  final String kind;
  final double rate;
  final long startMs;
  final long judgedFromMs;
  final long endMs;
  final int firstSerial;
  final int endSerial;
  boolean judged;
  boolean held;
  String note = "";
  double backlogMid = Double.NaN;
  double backlogEnd = Double.NaN;
  double backlogSlope = Double.NaN;
  double lagMid = Double.NaN;
  double lagEnd = Double.NaN;
  double lagSlope = Double.NaN;
  double jvmCpu = Double.NaN;
  double machineCpu = Double.NaN;

  /**
   * @param startMs when its load starts
   * @param judgedFromMs from when its backlog is judged and its articles' latencies count
   * @param endMs when it ends (its load runs on a little longer, until the next phase takes over)
   * @param firstSerial its first article
   * @param endSerial the first article after it
   */
  Phase(String name, String kind, double rate, long startMs, long judgedFromMs, long endMs, int firstSerial,
      int endSerial) {
    this.name = name;
    this.kind = kind;
    this.rate = rate;
    this.startMs = startMs;
    this.judgedFromMs = judgedFromMs;
    this.endMs = endMs;
    this.firstSerial = firstSerial;
    this.endSerial = endSerial;
  }

  double seconds() {
    return (endMs - startMs) / 1000.0;
  }

  double judgedSeconds() {
    return (endMs - judgedFromMs) / 1000.0;
  }

  /**
   * Judges the phase on the samples of its judged part.
   *
   * @param pollSeconds the ingest poll interval
   * @param statementsPerArticle how many statements an article carries, to scale the lag's tolerance
   * @param lagProblem why the alert lag could not be read, if it could not
   */
  void judge(List<Sample> samples, double pollSeconds, double statementsPerArticle, String lagProblem) {
    judged = true;
    if (samples.size() < 4) {
      held = false;
      note = "too few samples to judge";
      return;
    }
    Series series = Series.of(samples);
    List<Long> times = series.times();
    List<Long> backlog = series.backlog();
    List<Long> lagTimes = series.lagTimes();
    List<Long> lag = series.lag();
    double tolerance = rate * pollSeconds;
    long mid = (judgedFromMs + endMs) / 2;
    backlogSlope = Stats.slopePerSecond(times, backlog);
    backlogMid = Stats.mean(between(times, backlog, mid - 1_000, mid + 1_000));
    backlogEnd = Stats.mean(between(times, backlog, endMs - 2_000, endMs));
    boolean backlogHeld = backlogSlope * judgedSeconds() <= tolerance;
    boolean lagHeld = true;
    if (lag.size() >= 3) {
      lagSlope = Stats.slopePerSecond(lagTimes, lag);
      lagMid = Stats.mean(between(lagTimes, lag, mid - 1_500, mid + 1_500));
      lagEnd = Stats.mean(between(lagTimes, lag, endMs - 2_500, endMs));
      lagHeld = lagSlope * judgedSeconds() <= tolerance * statementsPerArticle;
    } else {
      note = "alert lag not read (" + lagProblem + "); judged on the backlog alone";
    }
    held = backlogHeld && lagHeld;
    if (!backlogHeld && !lagHeld) {
      note = "backlog and alert lag grew";
    } else if (!backlogHeld) {
      note = "backlog grew";
    } else if (!lagHeld) {
      note = "alert lag grew";
    }
  }

  /**
   * Whether the samples so far show a failure plain enough to end a phase early: a backlog or
   * alert lag trend four times what {@link #judge} tolerates.
   */
  static boolean clearlyGrowing(List<Sample> samples, double rate, double pollSeconds, double statementsPerArticle) {
    if (samples.size() < 8) {
      return false;
    }
    Series series = Series.of(samples);
    List<Long> times = series.times();
    List<Long> backlog = series.backlog();
    List<Long> lagTimes = series.lagTimes();
    List<Long> lag = series.lag();
    double seconds = (samples.getLast().atMs() - samples.getFirst().atMs()) / 1000.0;
    double tolerance = 4 * rate * pollSeconds;
    return Stats.slopePerSecond(times, backlog) * seconds > tolerance
        || lag.size() >= 3 && Stats.slopePerSecond(lagTimes, lag) * seconds > tolerance * statementsPerArticle;
  }

  /** This JVM's share of the machine's CPU over the phase, and the machine's own load (other work included). */
  void measureCpu(List<Sample> samples, int cores) {
    if (samples.size() < 2) {
      return;
    }
    Sample first = samples.getFirst();
    Sample last = samples.getLast();
    jvmCpu = (last.cpuNanos() - first.cpuNanos()) / ((last.atMs() - first.atMs()) * 1e6 * cores);
    machineCpu = samples.stream().mapToDouble(Sample::machineLoad).filter(v -> v >= 0).average().orElse(Double.NaN);
  }

  /** The samples as series: the backlog at every sample, the alert lag where it was read. */
  private record Series(List<Long> times, List<Long> backlog, List<Long> lagTimes, List<Long> lag) {
    static Series of(List<Sample> samples) {
      Series series = new Series(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
      for (Sample s : samples) {
        series.times.add(s.atMs());
        series.backlog.add(s.backlog());
        if (s.alertLag() >= 0) {
          series.lagTimes.add(s.atMs());
          series.lag.add(s.alertLag());
        }
      }
      return series;
    }
  }

  private static List<Long> between(List<Long> times, List<Long> values, long fromMs, long toMs) {
    List<Long> out = new ArrayList<>();
    for (int i = 0; i < times.size(); i++) {
      if (times.get(i) >= fromMs && times.get(i) <= toMs) {
        out.add(values.get(i));
      }
    }
    return out;
  }
}
