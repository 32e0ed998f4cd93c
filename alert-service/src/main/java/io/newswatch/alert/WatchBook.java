package io.newswatch.alert;

import io.newswatch.common.model.Watch;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The watches in force, parsed once and indexed by topic, for the stream threads to judge
 * statements against. A watch fires only on a statement that has one of its topics (its own or its
 * article's), so a statement is judged against the watches of its topics alone. Walking the whole
 * watch store instead read every watch back from its bytes for every statement: 1,000 watches
 * doubled the cost of judging one, and past the serde's cache of 1,024 parsed watches each cost a
 * JSON parse, 45 statements/s at 10,000 watches.
 *
 * <p>The global store stays the record: {@link WatchStoreUpdater} fills the book from it at start
 * (restoration does not call its processor) and then changes both together. Writes come from the
 * global thread, reads from the stream threads; the index is rebuilt on the first read after a
 * change, as watches change rarely and statements come all the time.
 */
final class WatchBook {
  private final Map<String, Watch> byId = new ConcurrentHashMap<>();
  private volatile Map<String, List<Watch>> byTopic = Map.of();
  private volatile boolean stale;

  /** Puts a watch in force, replacing the one of its id. */
  void put(Watch watch) {
    byId.put(watch.id(), watch);
    stale = true;
  }

  /** Takes the watch of this id out of force. */
  void remove(String id) {
    byId.remove(id);
    stale = true;
  }

  /** The watch of this id in force, or null. */
  Watch get(String id) {
    return byId.get(id);
  }

  /** How many watches are in force. */
  int size() {
    return byId.size();
  }

  /** The watches with at least one of these topics, each once, in the order of their ids. */
  List<Watch> withAnyOf(Collection<String> topicIds) {
    Map<String, List<Watch>> index = index();
    if (topicIds.size() == 1) {
      return index.getOrDefault(topicIds.iterator().next(), List.of());
    }
    TreeSet<Watch> found = new TreeSet<>(Comparator.comparing(Watch::id));
    for (String topicId : topicIds) {
      found.addAll(index.getOrDefault(topicId, List.of()));
    }
    return List.copyOf(found);
  }

  private Map<String, List<Watch>> index() {
    if (stale) {
      rebuild();
    }
    return byTopic;
  }

  private synchronized void rebuild() {
    if (!stale) {
      return;
    }
    // Cleared before reading, so a change made while this runs marks the book stale again.
    stale = false;
    Map<String, List<Watch>> index = new HashMap<>();
    for (Watch watch : byId.values()) {
      for (String topicId : new TreeSet<>(watch.topics())) {
        index.computeIfAbsent(topicId, t -> new ArrayList<>()).add(watch);
      }
    }
    index.replaceAll((topicId, watches) -> {
      watches.sort(Comparator.comparing(Watch::id));
      return List.copyOf(watches);
    });
    byTopic = Map.copyOf(index);
  }
}
