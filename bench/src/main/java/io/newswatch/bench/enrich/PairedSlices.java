package io.newswatch.bench.enrich;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Timings of two builds taken in alternating slices of the same length, one pair after another.
 * On a shared machine the load changes from minute to minute; a pair's two slices run within two
 * seconds of each other and see about the same load, so the ratio within each pair is steadier than
 * the ratio of two whole runs. Their median comes with a distribution-free confidence interval (the
 * order statistics a binomial count of pairs below the median allows), so a change that costs less
 * than the noise shows an interval that holds 1.
 */
final class PairedSlices {
  private final List<double[]> pairs = new ArrayList<>();

  /** Records one pair: microseconds per article of the base and of the new build in that pair. */
  void add(double baseMicros, double newMicros) {
    if (!(baseMicros > 0) || !(newMicros > 0)) {
      throw new IllegalArgumentException("a slice's time per article must be positive: " + baseMicros + ", " + newMicros);
    }
    pairs.add(new double[] {baseMicros, newMicros});
  }

  int size() {
    return pairs.size();
  }

  /** The new build's time over the base's, pair by pair, in ascending order. */
  double[] ratios() {
    return pairs.stream().mapToDouble(p -> p[1] / p[0]).sorted().toArray();
  }

  /** The median of the pairs' ratios (above 1: the new build is slower). */
  double median() {
    return quantile(0.5);
  }

  /** A quantile of the pairs' ratios, interpolating between neighbours. */
  double quantile(double q) {
    if (q < 0 || q > 1) {
      throw new IllegalArgumentException("quantile must be within [0, 1]: " + q);
    }
    double[] sorted = ratios();
    if (sorted.length == 0) {
      throw new IllegalStateException("no pairs recorded");
    }
    double position = q * (sorted.length - 1);
    int below = (int) Math.floor(position);
    int above = Math.min(below + 1, sorted.length - 1);
    return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
  }

  /** The fewest pairs for which a 95 % interval exists: with five, all below the median happens 1 time in 32. */
  static final int MIN_PAIRS_FOR_INTERVAL = 6;

  /**
   * A confidence interval of at least 95 % for the median ratio: the k-th smallest and k-th largest
   * ratios, with k the largest count for which fewer than k of n pairs fall below the true median
   * with probability at most 2.5 % (each pair falls below it with probability 1/2, independently).
   *
   * @throws IllegalStateException with fewer than {@link #MIN_PAIRS_FOR_INTERVAL} pairs
   */
  double[] medianInterval() {
    double[] sorted = ratios();
    int n = sorted.length;
    if (n < MIN_PAIRS_FOR_INTERVAL) {
      throw new IllegalStateException("a 95 % interval of the median needs " + MIN_PAIRS_FOR_INTERVAL + " pairs, not " + n);
    }
    // P(X < k) for X ~ Binomial(n, 1/2), summed in log space: 0.5^n underflows past 1,074 pairs.
    int k = 0;
    double below = 0;
    double logHalfToN = n * Math.log(0.5);
    double logChoose = 0; // log C(n, 0)
    while (true) {
      double next = below + Math.exp(logChoose + logHalfToN); // P(X < k + 1)
      if (next > 0.025) {
        break;
      }
      below = next;
      k++;
      logChoose += Math.log(n - k + 1) - Math.log(k);
    }
    // [k-th smallest, k-th largest] misses the median only when fewer than k pairs fall on one side.
    return new double[] {sorted[k - 1], sorted[n - k]};
  }

  @Override
  public String toString() {
    return "PairedSlices" + Arrays.toString(ratios());
  }
}
