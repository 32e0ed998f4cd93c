package io.newswatch.enrich;

import java.util.Arrays;
import java.util.BitSet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A text after analysis: per word position its term (and the shorter second stem where {@link
 * RestemFilter} added one), with the word's offsets in the original text. Immutable once built;
 * built once per article and read by the actor matcher and by every topic rule (replayed into a
 * Lucene {@code MemoryIndex} with {@link #tokenStream(int, int)}), so the text is analysed once.
 */
public final class AnalysedText {
  /** The one field name used wherever analysed text goes into Lucene. */
  public static final String FIELD = "text";

  private final String text;
  private final String[] terms;
  private final String[] alternates;
  private final int[] starts;
  private final int[] ends;
  private final int[] increments;

  private AnalysedText(
      String text, String[] terms, String[] alternates, int[] starts, int[] ends, int[] increments) {
    this.text = text;
    this.terms = terms;
    this.alternates = alternates;
    this.starts = starts;
    this.ends = ends;
    this.increments = increments;
  }

  public String text() {
    return text;
  }

  /** Number of word positions. */
  public int size() {
    return terms.length;
  }

  public String term(int i) {
    return terms[i];
  }

  /** The second term at this position, or null. */
  public String alternate(int i) {
    return alternates[i];
  }

  /** Whether this term is the term or the alternate at position i. */
  public boolean has(int i, String term) {
    return term.equals(terms[i]) || term.equals(alternates[i]);
  }

  /** How many positions this term is after the previous one (more than 1 after a skipped token). */
  int increment(int i) {
    return increments[i];
  }

  public int start(int i) {
    return starts[i];
  }

  public int end(int i) {
    return ends[i];
  }

  /** The first term at each position, in order. */
  public String[] terms() {
    return terms.clone();
  }

  /** Index of the first position whose word starts at or after this offset. */
  public int firstAtOrAfter(int offset) {
    int i = Arrays.binarySearch(starts, offset);
    if (i >= 0) {
      while (i > 0 && starts[i - 1] == offset) {
        i--;
      }
      return i;
    }
    return -i - 1;
  }

  /** Positions [from, to) replayed as a Lucene token stream, offsets as in the whole text. */
  public TokenStream tokenStream(int from, int to) {
    return new Replay(from, to, null, null);
  }

  /**
   * As {@link #tokenStream(int, int)}, keeping only the terms of the positions set in {@code
   * keptTerms} and the alternates of those set in {@code keptAlternates}; the positions of the
   * kept terms, relative to each other, are those of the full stream, so term, phrase and boolean
   * queries over kept terms match exactly as on the full stream.
   */
  public TokenStream tokenStream(int from, int to, BitSet keptTerms, BitSet keptAlternates) {
    return new Replay(from, to, keptTerms, keptAlternates);
  }

  private final class Replay extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment =
        addAttribute(PositionIncrementAttribute.class);
    private final int from;
    private final int to;
    private final BitSet keptTerms;
    private final BitSet keptAlternates;
    private int next;
    private boolean alternatePending;

    Replay(int from, int to, BitSet keptTerms, BitSet keptAlternates) {
      this.from = from;
      this.to = to;
      this.keptTerms = keptTerms;
      this.keptAlternates = keptAlternates;
      this.next = from;
    }

    @Override
    public void reset() {
      next = from;
      alternatePending = false;
    }

    @Override
    public boolean incrementToken() {
      if (alternatePending) {
        alternatePending = false;
        clearAttributes();
        int at = next - 1;
        term.setEmpty().append(alternates[at]);
        offset.setOffset(starts[at], ends[at]);
        increment.setPositionIncrement(0);
        return true;
      }
      if (keptTerms != null) {
        return incrementKept();
      }
      if (next >= to) {
        return false;
      }
      clearAttributes();
      term.setEmpty().append(terms[next]);
      offset.setOffset(starts[next], ends[next]);
      increment.setPositionIncrement(next == from ? 1 : increments[next]);
      alternatePending = alternates[next] != null;
      next++;
      return true;
    }

    /** The next position holding a kept term, its increment covering the positions skipped. */
    private boolean incrementKept() {
      int skipped = 0;
      while (next < to) {
        int at = next++;
        int step = at == from ? 1 : increments[at];
        String first = keptTerms.get(at) ? terms[at] : null;
        String second = alternates[at] != null && keptAlternates.get(at) ? alternates[at] : null;
        if (first == null && second == null) {
          skipped += step;
          continue;
        }
        clearAttributes();
        term.setEmpty().append(first != null ? first : second);
        offset.setOffset(starts[at], ends[at]);
        increment.setPositionIncrement(skipped + step);
        alternatePending = first != null && second != null;
        return true;
      }
      return false;
    }
  }

  static final class Builder {
    private final String text;
    private String[] terms;
    private String[] alternates;
    private int[] starts;
    private int[] ends;
    private int[] increments;
    private int size;

    Builder(String text, int capacity) {
      this.text = text;
      terms = new String[capacity];
      alternates = new String[capacity];
      starts = new int[capacity];
      ends = new int[capacity];
      increments = new int[capacity];
    }

    void add(String term, int start, int end, int increment) {
      if (increment == 0 && size > 0) {
        // A second term at the same position (the re-stemmed form): keep the first alternate only.
        if (alternates[size - 1] == null && !term.equals(terms[size - 1])) {
          alternates[size - 1] = term;
        }
        return;
      }
      if (size == terms.length) {
        int grown = size * 2;
        terms = Arrays.copyOf(terms, grown);
        alternates = Arrays.copyOf(alternates, grown);
        starts = Arrays.copyOf(starts, grown);
        ends = Arrays.copyOf(ends, grown);
        increments = Arrays.copyOf(increments, grown);
      }
      terms[size] = term;
      starts[size] = start;
      ends[size] = end;
      increments[size] = Math.max(1, increment);
      size++;
    }

    AnalysedText build() {
      return new AnalysedText(
          text,
          Arrays.copyOf(terms, size),
          Arrays.copyOf(alternates, size),
          Arrays.copyOf(starts, size),
          Arrays.copyOf(ends, size),
          Arrays.copyOf(increments, size));
    }
  }
}
