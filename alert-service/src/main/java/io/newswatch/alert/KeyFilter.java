package io.newswatch.alert;

/**
 * A Bloom filter over store keys: {@link #mightContain} is false only for a key never added, so a
 * lookup it rules out would have found nothing. Lets the judge skip RocksDB range scans for the
 * index keys (LSH bands, distinctive tokens, appearances) of a new statement, which are almost all
 * absent; each such scan costs an iterator and a seek per segment.
 *
 * <p>Keys are added to a namespace (one per store), so equal strings of two stores do not mix.
 * About 1% false positives while no more keys than the capacity were added.
 */
final class KeyFilter {
  private static final int BITS_PER_KEY = 10;
  private static final int HASHES = 7;

  private final long[] words;
  private final long bits;
  private final long capacity;
  private long added;

  KeyFilter(long capacity) {
    this.capacity = Math.max(1, capacity);
    long wanted = Math.max(64, this.capacity * BITS_PER_KEY);
    this.words = new long[Math.toIntExact((wanted + 63) / 64)];
    this.bits = (long) words.length * 64;
  }

  void add(char namespace, String key) {
    long h = hash(namespace, key);
    long h1 = h;
    long h2 = Fingerprint.mix(h) | 1;
    for (int i = 0; i < HASHES; i++) {
      long bit = Long.remainderUnsigned(h1 + i * h2, bits);
      words[(int) (bit >>> 6)] |= 1L << bit;
    }
    added++;
  }

  boolean mightContain(char namespace, String key) {
    long h = hash(namespace, key);
    long h1 = h;
    long h2 = Fingerprint.mix(h) | 1;
    for (int i = 0; i < HASHES; i++) {
      long bit = Long.remainderUnsigned(h1 + i * h2, bits);
      if ((words[(int) (bit >>> 6)] & (1L << bit)) == 0) {
        return false;
      }
    }
    return true;
  }

  /** Whether more keys were added than it was sized for, so false positives become frequent. */
  boolean full() {
    return added > capacity;
  }

  long added() {
    return added;
  }

  /** FNV-1a over the namespace and the key's chars, then mixed. */
  private static long hash(char namespace, String key) {
    long h = 0xcbf29ce484222325L;
    h = (h ^ namespace) * 0x100000001b3L;
    for (int i = 0; i < key.length(); i++) {
      h = (h ^ key.charAt(i)) * 0x100000001b3L;
    }
    return Fingerprint.mix(h);
  }
}
