package io.newswatch.bench.enrich;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PairedSlicesTest {
  @Test
  void theMedianIsTakenOverThePairsRatiosNotOverTheTotals() {
    PairedSlices pairs = new PairedSlices();
    // A slow minute for both builds (the second pair) moves the totals, not the ratio within it.
    pairs.add(100, 110);
    pairs.add(400, 420);
    pairs.add(100, 102);
    assertArrayEquals(new double[] {1.02, 1.05, 1.10}, pairs.ratios(), 1e-9);
    assertEquals(1.05, pairs.median(), 1e-9);
  }

  @Test
  void quantilesInterpolateBetweenNeighbouringRatios() {
    PairedSlices pairs = new PairedSlices();
    for (int i = 0; i < 11; i++) {
      pairs.add(100, 90 + 2 * i); // ratios 0.90, 0.92, ..., 1.10
    }
    assertEquals(0.90, pairs.quantile(0), 1e-9);
    assertEquals(0.92, pairs.quantile(0.1), 1e-9);
    assertEquals(1.00, pairs.median(), 1e-9);
    assertEquals(1.08, pairs.quantile(0.9), 1e-9);
    assertEquals(1.10, pairs.quantile(1), 1e-9);

    PairedSlices two = new PairedSlices();
    two.add(100, 100);
    two.add(100, 110);
    assertEquals(1.05, two.median(), 1e-9);
  }

  @Test
  void aSliceWithoutTimeOrWithoutPairsIsAnError() {
    PairedSlices pairs = new PairedSlices();
    assertThrows(IllegalStateException.class, pairs::median);
    assertThrows(IllegalArgumentException.class, () -> pairs.add(0, 100));
    assertThrows(IllegalArgumentException.class, () -> pairs.add(100, Double.NaN));
    pairs.add(100, 100);
    assertThrows(IllegalArgumentException.class, () -> pairs.quantile(1.5));
  }

  @Test
  void theMediansIntervalRunsBetweenTheOrderStatisticsTheBinomialAllows() {
    // With 30 pairs, fewer than 10 of them fall below the median with probability 0.021 and fewer
    // than 11 with 0.049, so the 95 % interval runs from the 10th smallest to the 10th largest ratio.
    PairedSlices thirty = new PairedSlices();
    for (int i = 1; i <= 30; i++) {
      thirty.add(100, 100 + i); // ratios 1.01 ... 1.30
    }
    assertArrayEquals(new double[] {1.10, 1.21}, thirty.medianInterval(), 1e-9);

    // Six pairs are the fewest for a 95 % interval: all six on one side happens with probability 1/32.
    PairedSlices six = new PairedSlices();
    for (int i = 1; i <= 6; i++) {
      six.add(100, 100 + i);
    }
    assertArrayEquals(new double[] {1.01, 1.06}, six.medianInterval(), 1e-9);
    PairedSlices five = new PairedSlices();
    for (int i = 1; i <= 5; i++) {
      five.add(100, 100 + i);
    }
    assertThrows(IllegalStateException.class, five::medianInterval);
  }
}
