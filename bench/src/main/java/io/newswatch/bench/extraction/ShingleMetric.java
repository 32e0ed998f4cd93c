package io.newswatch.bench.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metric of the Zyte (scrapinghub) article-extraction benchmark, as ../shared/data/README.md
 * states it: texts become multisets of 4-token shingles, a page scores tp/fp/fn on them, precision
 * and recall are averaged over pages, and F1 is taken of the two means.
 */
public final class ShingleMetric {
  /** Unicode word characters, as Python's {@code \w} on str. */
  private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  static final int SHINGLE = 4;

  private ShingleMetric() {}

  /** One page's counts over shingles. */
  public record PageScore(long tp, long fp, long fn) {
    /** 1 where fp = fn = 0 (both texts agree, even when both are empty), 0 where tp = fp = 0. */
    public double precision() {
      if (fp == 0 && fn == 0) {
        return 1;
      }
      if (tp == 0 && fp == 0) {
        return 0;
      }
      return (double) tp / (tp + fp);
    }

    /** 1 where fp = fn = 0, 0 where tp = fn = 0. */
    public double recall() {
      if (fp == 0 && fn == 0) {
        return 1;
      }
      if (tp == 0 && fn == 0) {
        return 0;
      }
      return (double) tp / (tp + fn);
    }

    /** The page's own F1, for ranking pages; not part of the benchmark's figure. */
    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    boolean inPrecisionMean() {
      return tp + fp > 0;
    }

    boolean inRecallMean() {
      return tp + fn > 0;
    }
  }

  /**
   * The benchmark's figures over pages.
   *
   * @param precisionPages pages in the precision mean (tp + fp > 0)
   * @param recallPages pages in the recall mean (tp + fn > 0)
   */
  public record Summary(double precision, double recall, double f1, int pages, int precisionPages, int recallPages) {}

  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    if (text == null) {
      return tokens;
    }
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      tokens.add(m.group());
    }
    return tokens;
  }

  /**
   * The multiset of shingles of a text, each shingle its tokens joined by a space (which no token
   * contains). Fewer than 4 tokens make one shingle of what there is; no token at all makes none,
   * as in the benchmark's code, where an empty shingle is dropped.
   */
  static Map<String, Integer> shingles(String text) {
    List<String> tokens = tokens(text);
    Map<String, Integer> counts = new HashMap<>();
    if (tokens.isEmpty()) {
      return counts;
    }
    int windows = Math.max(1, tokens.size() - SHINGLE + 1);
    for (int i = 0; i < windows; i++) {
      String shingle = String.join(" ", tokens.subList(i, Math.min(tokens.size(), i + SHINGLE)));
      counts.merge(shingle, 1, Integer::sum);
    }
    return counts;
  }

  /** Scores a predicted text against the true one; null counts as empty. */
  public static PageScore score(String truth, String predicted) {
    Map<String, Integer> expected = shingles(truth);
    Map<String, Integer> got = shingles(predicted);
    long tp = 0;
    long fp = 0;
    long fn = 0;
    for (Map.Entry<String, Integer> e : expected.entrySet()) {
      int t = e.getValue();
      int p = got.getOrDefault(e.getKey(), 0);
      tp += Math.min(t, p);
      fn += Math.max(0, t - p);
    }
    for (Map.Entry<String, Integer> e : got.entrySet()) {
      fp += Math.max(0, e.getValue() - expected.getOrDefault(e.getKey(), 0));
    }
    return new PageScore(tp, fp, fn);
  }

  /**
   * Means over pages: pages with tp + fp = 0 are left out of the precision mean, pages with
   * tp + fn = 0 out of the recall mean; F1 is of the two means (0 when both are 0, NaN means
   * when no page counts).
   */
  public static Summary summarize(List<PageScore> pages) {
    double precisionSum = 0;
    double recallSum = 0;
    int precisionPages = 0;
    int recallPages = 0;
    for (PageScore s : pages) {
      if (s.inPrecisionMean()) {
        precisionSum += s.precision();
        precisionPages++;
      }
      if (s.inRecallMean()) {
        recallSum += s.recall();
        recallPages++;
      }
    }
    double precision = precisionPages == 0 ? Double.NaN : precisionSum / precisionPages;
    double recall = recallPages == 0 ? Double.NaN : recallSum / recallPages;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new Summary(precision, recall, f1, pages.size(), precisionPages, recallPages);
  }
}
