package io.newswatch.bench.pipeline;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Percentiles of latencies and the trend of a sampled series. */
final class Stats {
  private Stats() {}

  /** Latencies in milliseconds, sorted, with nearest-rank percentiles. */
  record Latencies(long[] sorted) {
    static Latencies of(long[] values, int count) {
      long[] copy = Arrays.copyOf(values, count);
      Arrays.sort(copy);
      return new Latencies(copy);
    }

    int count() {
      return sorted.length;
    }

    /** The nearest-rank percentile, or -1 without values. */
    long percentile(double p) {
      if (sorted.length == 0) {
        return -1;
      }
      int rank = (int) Math.ceil(p / 100.0 * sorted.length);
      return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    long max() {
      return sorted.length == 0 ? -1 : sorted[sorted.length - 1];
    }

    /** "p50 / p99" for a table cell, or "-". */
    String cell() {
      return sorted.length == 0 ? "-" : percentile(50) + " / " + percentile(99);
    }

    Map<String, Object> json() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("count", sorted.length);
      if (sorted.length > 0) {
        m.put("minMs", sorted[0]);
        m.put("p50Ms", percentile(50));
        m.put("p90Ms", percentile(90));
        m.put("p99Ms", percentile(99));
        m.put("maxMs", max());
      }
      return m;
    }
  }

  /**
   * The least-squares slope of {@code values} over {@code timesMs}, per second; 0 for fewer than two
   * points.
   */
  static double slopePerSecond(List<Long> timesMs, List<Long> values) {
    int n = timesMs.size();
    if (n < 2) {
      return 0;
    }
    double meanT = 0;
    double meanV = 0;
    for (int i = 0; i < n; i++) {
      meanT += timesMs.get(i) / 1000.0;
      meanV += values.get(i);
    }
    meanT /= n;
    meanV /= n;
    double covariance = 0;
    double variance = 0;
    for (int i = 0; i < n; i++) {
      double dt = timesMs.get(i) / 1000.0 - meanT;
      covariance += dt * (values.get(i) - meanV);
      variance += dt * dt;
    }
    return variance == 0 ? 0 : covariance / variance;
  }

  /** The mean of {@code values}, or NaN without any. */
  static double mean(List<Long> values) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    double sum = 0;
    for (long v : values) {
      sum += v;
    }
    return sum / values.size();
  }
}
