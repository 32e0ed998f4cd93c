package io.newswatch.bench.pipeline;

import java.util.Arrays;

/**
 * When each article appears in its feed. Articles are numbered from 0 in release order; a phase of
 * the benchmark plans a run of them at a fixed rate, spaced 1/rate apart and rounded up to the
 * replay server's release tick, which is when the server starts to list them.
 *
 * <p>Times are epoch milliseconds of the wall clock, the clock the replay server, the services'
 * record timestamps and the probe all read.
 */
final class ReleaseSchedule {
  private final long tickMs;
  private final long firstTickMs;
  private final long lastTickMs;
  private long[] releases = new long[4096];
  private int size;

  /**
   * @param tickMs the replay server's release step
   * @param firstTickMs when its first step falls due
   * @param lastTickMs the last step its timeline covers; nothing can be released later
   */
  ReleaseSchedule(long tickMs, long firstTickMs, long lastTickMs) {
    this.tickMs = tickMs;
    this.firstTickMs = firstTickMs;
    this.lastTickMs = lastTickMs;
  }

  /**
   * Plans articles at {@code rate} per second from {@code fromMs} (inclusive) to {@code untilMs}
   * (exclusive).
   *
   * @return the serial of the first article planned; the run ends at {@link #size()}
   * @throws IllegalStateException when the run would go past the replay server's timeline
   */
  synchronized int plan(double rate, long fromMs, long untilMs) {
    // Rounded up to the tick, the last article of one run and the first of the next may share one.
    if (size > 0 && onTick(fromMs) < releases[size - 1]) {
      throw new IllegalArgumentException("a run must start after the last one planned");
    }
    int first = size;
    for (long k = 0; ; k++) {
      double due = fromMs + k * 1000.0 / rate;
      if (due >= untilMs) {
        break;
      }
      long release = onTick(due);
      if (release > lastTickMs) {
        throw new IllegalStateException("the replay server's timeline ends before " + untilMs);
      }
      if (size == releases.length) {
        releases = Arrays.copyOf(releases, size * 2);
      }
      releases[size++] = release;
    }
    return first;
  }

  /** The first release step at or after {@code ms}. */
  private long onTick(double ms) {
    return firstTickMs + Math.max(0, (long) Math.ceil((ms - firstTickMs) / tickMs)) * tickMs;
  }

  /** Articles planned so far. */
  synchronized int size() {
    return size;
  }

  /** When article {@code serial} is released. */
  synchronized long releaseAt(int serial) {
    if (serial < 0 || serial >= size) {
      throw new IndexOutOfBoundsException("no article " + serial + " planned");
    }
    return releases[serial];
  }

  /** Whether article {@code serial} is planned and released by {@code byMs}. */
  synchronized boolean isDue(int serial, long byMs) {
    return serial < size && releases[serial] <= byMs;
  }

  /**
   * Drops the articles planned after {@code afterMs}, so a phase can end early. The caller must
   * keep every article already written into a feed, which the replay server will release anyway.
   */
  synchronized void dropAfter(long afterMs) {
    size = releasedBy(afterMs);
  }

  /** How many articles are out by {@code nowMs}. */
  synchronized int releasedBy(long nowMs) {
    int low = 0;
    int high = size;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (releases[mid] <= nowMs) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /** When the last planned article is released, or {@code Long.MIN_VALUE} before any. */
  synchronized long lastRelease() {
    return size == 0 ? Long.MIN_VALUE : releases[size - 1];
  }
}
