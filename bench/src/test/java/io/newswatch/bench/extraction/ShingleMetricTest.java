package io.newswatch.bench.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswatch.bench.extraction.ShingleMetric.PageScore;
import io.newswatch.bench.extraction.ShingleMetric.Summary;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShingleMetricTest {
  private static final double EPS = 1e-12;

  @Test
  void tokensAreUnicodeWordRuns() {
    assertEquals(List.of("Hello", "world", "It", "s", "2019", "snake_case"),
        ShingleMetric.tokens("Hello, world! It's 2019 — snake_case."));
    assertEquals(List.of("Вучић", "је", "рекао", "Vučić"), ShingleMetric.tokens("Вучић је «рекао»: Vučić"));
    // a combining accent is a word character, so "é" written as e + U+0301 stays one token
    assertEquals(List.of("cafe\u0301", "ok"), ShingleMetric.tokens("cafe\u0301 ok"));
    assertEquals(List.of(), ShingleMetric.tokens(" ,.;— "));
    assertEquals(List.of(), ShingleMetric.tokens(null));
  }

  @Test
  void shinglesAreConsecutiveFourTokenWindowsCountedAsAMultiset() {
    assertEquals(Map.of("a b c d", 1, "b c d e", 1), ShingleMetric.shingles("a b c d e"));
    assertEquals(Map.of("a b c d", 2, "b c d a", 1, "c d a b", 1, "d a b c", 1),
        ShingleMetric.shingles("a b c d a b c d"));
  }

  @Test
  void shortTextIsOneShingleOfWhatItHasAndEmptyTextHasNone() {
    assertEquals(Map.of("one two", 1), ShingleMetric.shingles("one, two"));
    assertEquals(Map.of("a b c d", 1), ShingleMetric.shingles("a b c d"));
    assertEquals(Map.of(), ShingleMetric.shingles(""));
    assertEquals(Map.of(), ShingleMetric.shingles("!!!"));
  }

  @Test
  void identicalTextsScorePerfectly() {
    PageScore s = ShingleMetric.score("The quick brown fox jumps.", "The quick brown fox jumps!");
    assertEquals(new PageScore(2, 0, 0), s);
    assertEquals(1, s.precision(), EPS);
    assertEquals(1, s.recall(), EPS);
  }

  @Test
  void extraAndMissingShinglesAreFalsePositivesAndNegatives() {
    // truth: a b c d e f -> abcd bcde cdef; predicted: x a b c d e -> xabc abcd bcde
    PageScore s = ShingleMetric.score("a b c d e f", "x a b c d e");
    assertEquals(new PageScore(2, 1, 1), s);
    assertEquals(2.0 / 3, s.precision(), EPS);
    assertEquals(2.0 / 3, s.recall(), EPS);
  }

  @Test
  void repeatedShinglesCountOncePerOccurrence() {
    PageScore s = ShingleMetric.score("a b c d a b c d", "a b c d");
    assertEquals(new PageScore(1, 0, 4), s);
    assertEquals(1, s.precision(), EPS);
    assertEquals(0.2, s.recall(), EPS);
    assertEquals(new PageScore(1, 4, 0), ShingleMetric.score("a b c d", "a b c d a b c d"));
  }

  @Test
  void tokensAreCaseSensitive() {
    assertEquals(new PageScore(0, 1, 1), ShingleMetric.score("The cat sat down", "the cat sat down"));
  }

  @Test
  void shortTextsMatchOnlyWhole() {
    assertEquals(new PageScore(1, 0, 0), ShingleMetric.score("one two", "one two"));
    PageScore s = ShingleMetric.score("one two", "one two three");
    assertEquals(new PageScore(0, 1, 1), s);
    assertEquals(0, s.precision(), EPS);
    assertEquals(0, s.recall(), EPS);
  }

  @Test
  void edgeCasesOfEmptyTexts() {
    PageScore bothEmpty = ShingleMetric.score("", "  ");
    assertEquals(new PageScore(0, 0, 0), bothEmpty);
    assertEquals(1, bothEmpty.precision(), EPS);
    assertEquals(1, bothEmpty.recall(), EPS);

    PageScore nothingPredicted = ShingleMetric.score("a b c d e", null);
    assertEquals(new PageScore(0, 0, 2), nothingPredicted);
    assertEquals(0, nothingPredicted.precision(), EPS);
    assertEquals(0, nothingPredicted.recall(), EPS);
    assertFalse(nothingPredicted.inPrecisionMean());
    assertTrue(nothingPredicted.inRecallMean());

    PageScore nothingTrue = ShingleMetric.score("", "a b c d e");
    assertEquals(new PageScore(0, 2, 0), nothingTrue);
    assertEquals(0, nothingTrue.precision(), EPS);
    assertEquals(0, nothingTrue.recall(), EPS);
    assertTrue(nothingTrue.inPrecisionMean());
    assertFalse(nothingTrue.inRecallMean());
  }

  @Test
  void meansLeaveOutPagesWithoutPredictedOrTrueShinglesAndF1IsOfTheMeans() {
    Summary s =
        ShingleMetric.summarize(
            List.of(
                new PageScore(1, 0, 0), // P 1, R 1
                new PageScore(0, 0, 5), // out of the precision mean; R 0
                new PageScore(0, 3, 0), // P 0; out of the recall mean
                new PageScore(0, 0, 0), // out of both
                new PageScore(3, 1, 0))); // P 0.75, R 1
    double p = (1 + 0 + 0.75) / 3;
    double r = (1 + 0 + 1) / 3.0;
    assertEquals(p, s.precision(), EPS);
    assertEquals(r, s.recall(), EPS);
    assertEquals(2 * p * r / (p + r), s.f1(), EPS);
    assertEquals(5, s.pages());
    assertEquals(3, s.precisionPages());
    assertEquals(3, s.recallPages());
  }

  @Test
  void f1IsZeroWhenBothMeansAre() {
    Summary s = ShingleMetric.summarize(List.of(new PageScore(0, 2, 3)));
    assertEquals(0, s.precision(), EPS);
    assertEquals(0, s.recall(), EPS);
    assertEquals(0, s.f1(), EPS);
  }
}
