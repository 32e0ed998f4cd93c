package io.newswatch.alert;

import io.newswatch.common.text.Texts;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The wording of a statement as a set of hashed word bigrams of its {@link Texts#matchKey} text
 * (so script, diacritics, case, punctuation and spacing do not count), with a MinHash signature
 * whose LSH bands find earlier statements that probably share most of those bigrams.
 *
 * <p>LSH only proposes candidates; {@link #similarity} then compares the exact shingle sets, so the
 * echo threshold is deterministic and testable. Bands of two rows keep recall high down to a
 * Jaccard of about 0.4 (a reprint that kept less than half of a statement), at the price of more
 * candidates, which are cheap because only one speaker's statements are ever compared.
 *
 * @param shingles sorted distinct 32-bit hashes of the word bigrams (single words for one-word texts)
 * @param words the number of words of the match key
 */
public record Fingerprint(int[] shingles, int words) {
  /** LSH bands; each becomes one index entry per statement. */
  public static final int BANDS = 20;

  /** MinHash rows per band. */
  public static final int ROWS = 2;

  /**
   * Containment (share of the shorter text found in the longer) counts only for texts of at least
   * this many shingles: a five-word remark contained in a long statement is no evidence of a reprint.
   */
  static final int MIN_CONTAINED_SHINGLES = 5;

  /**
   * Nor when the shorter text is under this share of the longer one: a trimmed reprint keeps a fair
   * part of the statement.
   */
  static final double MIN_CONTAINED_RATIO = 0.25;

  /** Long reported speech is capped so one paragraph cannot bloat the store. */
  static final int MAX_SHINGLES = 400;

  private static final long[] SEEDS = seeds(BANDS * ROWS);

  public Fingerprint {
    shingles = shingles.clone();
  }

  /** The fingerprint of a statement text. */
  public static Fingerprint of(String text) {
    String key = Texts.matchKey(text);
    String[] words = key.isEmpty() ? new String[0] : key.split(" ");
    int[] hashes;
    if (words.length < 2) {
      hashes = Arrays.stream(words).mapToInt(Fingerprint::hash).toArray();
    } else {
      hashes = new int[words.length - 1];
      for (int i = 0; i + 1 < words.length; i++) {
        hashes[i] = hash(words[i] + ' ' + words[i + 1]);
      }
    }
    int[] distinct = Arrays.stream(hashes).distinct().sorted().toArray();
    if (distinct.length > MAX_SHINGLES) {
      // Keeping the smallest hashes is itself a consistent sample, so two long texts stay comparable.
      distinct = Arrays.copyOf(distinct, MAX_SHINGLES);
    }
    return new Fingerprint(distinct, words.length);
  }

  /** The MinHash signature: per seed, the minimum of the re-mixed shingle hashes. */
  public long[] signature() {
    long[] signature = new long[SEEDS.length];
    Arrays.fill(signature, Long.MAX_VALUE);
    for (int shingle : shingles) {
      for (int i = 0; i < SEEDS.length; i++) {
        long h = mix(shingle ^ SEEDS[i]);
        if (h < signature[i]) {
          signature[i] = h;
        }
      }
    }
    return signature;
  }

  /** One key per LSH band: texts that agree on all rows of some band become candidates. */
  public List<String> bandKeys() {
    if (shingles.length == 0) {
      return List.of();
    }
    long[] signature = signature();
    List<String> keys = new ArrayList<>(BANDS);
    for (int band = 0; band < BANDS; band++) {
      long h = band;
      for (int row = 0; row < ROWS; row++) {
        h = mix(h * 31 + signature[band * ROWS + row]);
      }
      keys.add(band + ":" + Long.toHexString(h));
    }
    return keys;
  }

  /**
   * How alike two wordings are: the larger of their Jaccard similarity and the containment of the
   * shorter in the longer (when the shorter is long enough to tell), both exact over the shingles.
   */
  public double similarity(Fingerprint other) {
    int common = intersection(shingles, other.shingles);
    int union = shingles.length + other.shingles.length - common;
    if (union == 0) {
      return 0;
    }
    double jaccard = (double) common / union;
    int smaller = Math.min(shingles.length, other.shingles.length);
    int larger = Math.max(shingles.length, other.shingles.length);
    if (smaller >= MIN_CONTAINED_SHINGLES && (double) smaller / larger >= MIN_CONTAINED_RATIO) {
      return Math.max(jaccard, (double) common / smaller);
    }
    return jaccard;
  }

  private static int intersection(int[] a, int[] b) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return common;
  }

  /** FNV-1a over UTF-8, folded: stable across JVMs and runs, unlike identity hashes. */
  static int hash(String text) {
    long h = 0xcbf29ce484222325L;
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    return (int) (mix(h) >>> 32);
  }

  /** SplitMix64 finaliser: spreads nearby inputs over the whole range. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  private static long[] seeds(int count) {
    long[] seeds = new long[count];
    long state = 0x5eed_0f_4e_5e_5a_11L;
    for (int i = 0; i < count; i++) {
      state += 0x9e3779b97f4a7c15L;
      seeds[i] = mix(state);
    }
    return seeds;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fingerprint f && words == f.words && Arrays.equals(shingles, f.shingles);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(shingles) + words;
  }

  @Override
  public String toString() {
    return "Fingerprint[" + shingles.length + " shingles, " + words + " words]";
  }
}
