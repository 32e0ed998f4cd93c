package io.newswatch.enrich;

import java.util.function.Function;
import org.apache.lucene.analysis.CharArrayMap;

/**
 * What a function makes of a word, remembered per thread and looked up straight from the
 * characters it stands in (a tokenizer's buffer, a text's array): no String is made for a word
 * already seen, where a shared map keyed by String copied, compressed and hashed every token first.
 * Each thread fills its own map, so nothing is locked.
 *
 * <p>Bounded: when a thread's map holds {@code capacity} words it starts again empty. A day of
 * news in one language has well under a hundred thousand distinct word forms, so in practice it
 * fills once and stays; clearing is the cheapest bound that never lets a flood of odd tokens
 * (numbers, URLs, a garbage page) grow the heap.
 *
 * @param <V> what a word becomes; the function must give the same value for the same word
 */
public final class CharsCache<V> {
  /** The capacity the caches of text analysis and statement extraction use. */
  public static final int DEFAULT_CAPACITY = 100_000;

  private final int capacity;
  private final Function<String, V> compute;
  private final ThreadLocal<CharArrayMap<V>> maps;

  public CharsCache(int capacity, Function<String, V> compute) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive, not " + capacity);
    }
    this.capacity = capacity;
    this.compute = compute;
    this.maps = ThreadLocal.withInitial(() -> new CharArrayMap<>(Math.min(capacity, 4_096), false));
  }

  /** What the word in {@code chars[offset, offset + length)} becomes. */
  public V get(char[] chars, int offset, int length) {
    CharArrayMap<V> mine = maps.get();
    V known = mine.get(chars, offset, length);
    if (known != null) {
      return known;
    }
    String word = new String(chars, offset, length);
    V value = compute.apply(word);
    if (mine.size() >= capacity) {
      mine.clear();
    }
    mine.put(word, value);
    return value;
  }

  /** Words held for the calling thread. */
  int size() {
    return maps.get().size();
  }
}
