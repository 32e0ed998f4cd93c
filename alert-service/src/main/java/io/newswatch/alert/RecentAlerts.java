package io.newswatch.alert;

import io.newswatch.common.model.Alert;
import io.newswatch.common.model.Echo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The latest alerts with their echoes, as {@code /alerts} shows them: at most {@code capacity}
 * alerts, the oldest dropped first, and for each the first {@link #ECHOES_KEPT} echoes with the
 * count of all. A statement the whole press reprints can echo hundreds of times within the
 * novelty window; kept in full, the thousand alerts held by default could hold hundreds of
 * thousands of echoes.
 *
 * <p>Not thread-safe; {@link AlertFeed} guards it.
 */
final class RecentAlerts {
  /** Echoes kept per alert; those after it are counted only. */
  static final int ECHOES_KEPT = 100;

  /** An alert, its first echoes, and how many echoes it has had in all. */
  record Recent(Alert alert, List<Echo> echoes, int echoCount) {}

  private static final class Entry {
    final Alert alert;
    final List<Echo> echoes = new ArrayList<>();
    int echoCount;

    Entry(Alert alert) {
      this.alert = alert;
    }
  }

  private final int capacity;
  private final Map<String, Entry> byId = new LinkedHashMap<>();

  RecentAlerts(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive, not " + capacity);
    }
    this.capacity = capacity;
  }

  /** Adds an alert (once: a second record of the same alert changes nothing). */
  void alert(Alert alert) {
    byId.putIfAbsent(alert.id(), new Entry(alert));
    while (byId.size() > capacity) {
      byId.remove(byId.keySet().iterator().next());
    }
  }

  /**
   * Records an echo of an alert held here; an echo of an alert no longer held (or read before its
   * alert) is not kept. Returns whether it was.
   */
  boolean echo(Echo echo) {
    Entry entry = byId.get(echo.alertId());
    if (entry == null) {
      return false;
    }
    entry.echoCount++;
    if (entry.echoes.size() < ECHOES_KEPT) {
      entry.echoes.add(echo);
    }
    return true;
  }

  /** The latest alerts, newest first, of one watch or (watchId null) of all, at most {@code limit}. */
  List<Recent> latest(String watchId, int limit) {
    List<Entry> entries = new ArrayList<>(byId.values());
    List<Recent> out = new ArrayList<>();
    for (int i = entries.size() - 1; i >= 0 && out.size() < limit; i--) {
      Entry entry = entries.get(i);
      if (watchId == null || watchId.equals(entry.alert.watchId())) {
        out.add(new Recent(entry.alert, List.copyOf(entry.echoes), entry.echoCount));
      }
    }
    return out;
  }
}
