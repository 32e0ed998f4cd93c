package io.newswatch.enrich;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * What one analysis chain makes of each word, remembered. Valid because every filter of the
 * project's chains after the tokenizer works on one token at a time (no stop words, no synonyms
 * across words), so a word's terms do not depend on its neighbours.
 *
 * <p>Bounded: when it holds {@code capacity} words it starts again empty. A day of news in one
 * language has well under a hundred thousand distinct word forms, so in practice it fills once and
 * stays; clearing is the cheapest bound that never lets a flood of odd tokens (numbers, URLs, a
 * garbage page) grow the heap.
 *
 * <p>One map per thread, looked up straight from the tokenizer's buffer: a shared map keyed by
 * String made every token a new String (copied, compressed and hashed) before the look-up. Without
 * that, text analysis of a 5 KB article went from about 137 to 115 µs. Each stream thread fills
 * its own map.
 */
final class WordCache {
  static final int DEFAULT_CAPACITY = 100_000;

  /** The terms a word analyses to, in order, each with its position increment. */
  record Terms(String[] terms, int[] increments) {
    int size() {
      return terms.length;
    }

    String term(int i) {
      return terms[i];
    }

    int increment(int i) {
      return increments[i];
    }
  }

  private final Analyzer chain;
  private final int capacity;
  private final ThreadLocal<CharArrayMap<Terms>> words;

  WordCache(Analyzer chain, int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive, not " + capacity);
    }
    this.chain = chain;
    this.capacity = capacity;
    this.words = ThreadLocal.withInitial(() -> new CharArrayMap<>(Math.min(capacity, 4_096), false));
  }

  /** The terms of the word in {@code buffer[0, length)}. */
  Terms get(char[] buffer, int length) {
    CharArrayMap<Terms> mine = words.get();
    Terms cached = mine.get(buffer, 0, length);
    if (cached != null) {
      return cached;
    }
    String word = new String(buffer, 0, length);
    Terms analysed = analyse(word);
    if (mine.size() >= capacity) {
      mine.clear();
    }
    mine.put(word, analysed);
    return analysed;
  }

  /** Words held for the calling thread. */
  int size() {
    return words.get().size();
  }

  private Terms analyse(String word) {
    List<String> terms = new ArrayList<>(2);
    List<Integer> increments = new ArrayList<>(2);
    try (TokenStream stream = chain.tokenStream(AnalysedText.FIELD, word)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
        increments.add(increment.getPositionIncrement());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // reading a String
    }
    return new Terms(terms.toArray(String[]::new), increments.stream().mapToInt(Integer::intValue).toArray());
  }
}
