package io.newswatch.ingest;

import io.newswatch.ingest.poll.ArticleClaims;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Which articles of each outlet this instance has emitted or is fetching, so that an article
 * listed by several feeds of an outlet (its main feed and a section feed, or the feeds of two of
 * its editions) is fetched and emitted once.
 *
 * <p>An article id is emitted once its poll's transaction committed, and held while a poll that
 * took it is still running: two feeds of one outlet polled at the same moment both list the new
 * article, and only the first to ask fetches it; the other leaves it for its next poll, which finds
 * it emitted, or free again if the holder's fetch failed or its result was dropped. A hold ends
 * with its poll ({@link Poll#close}), committed or not.
 *
 * <p>The emitted ids of an outlet are loaded on first use from what its feeds' states record, and
 * forgotten (to be loaded again) past {@code limit}, so memory stays bounded however long the
 * service runs.
 */
final class EmittedArticles {
  private final Function<String, Collection<String>> load;
  private final int limit;
  private final Map<String, Set<String>> emitted = new ConcurrentHashMap<>();
  /** Article id to the poll holding it, per outlet. */
  private final Map<String, Map<String, Poll>> held = new ConcurrentHashMap<>();

  /**
   * @param load the article ids an outlet's feed states record as emitted
   * @param limit emitted ids kept per outlet before they are reloaded from the states
   */
  EmittedArticles(Function<String, Collection<String>> load, int limit) {
    this.load = load;
    this.limit = limit;
  }

  /** A poll of one of the outlet's feeds; close it when the poll's result is committed or dropped. */
  Poll poll(String outlet) {
    return new Poll(outlet);
  }

  /** Whether the article was emitted for the outlet (committed, not merely held). */
  boolean emitted(String outlet, String articleId) {
    return emittedOf(outlet).contains(articleId);
  }

  /** Forgets the outlets not in {@code outlets}: their feeds are no longer polled here. */
  void retainOutlets(Set<String> outlets) {
    emitted.keySet().retainAll(outlets);
  }

  private Set<String> emittedOf(String outlet) {
    return emitted.computeIfAbsent(outlet, o -> {
      Set<String> ids = ConcurrentHashMap.newKeySet();
      ids.addAll(load.apply(o));
      return ids;
    });
  }

  /**
   * One poll's view: {@link #claim} answers whether an article is emitted, held by another poll,
   * or free, and holds a free one for this poll.
   */
  final class Poll implements ArticleClaims, AutoCloseable {
    private final String outlet;
    private final Map<String, Poll> holders;
    private final Set<String> mine = ConcurrentHashMap.newKeySet();

    private Poll(String outlet) {
      this.outlet = outlet;
      this.holders = held.computeIfAbsent(outlet, o -> new ConcurrentHashMap<>());
    }

    @Override
    public Claim claim(String articleId) {
      if (emittedOf(outlet).contains(articleId)) {
        return Claim.EMITTED;
      }
      Poll holder = holders.putIfAbsent(articleId, this);
      if (holder == null) {
        mine.add(articleId);
        return Claim.FREE;
      }
      return holder == this ? Claim.FREE : Claim.HELD;
    }

    /** Records the articles this poll emitted; call when its transaction has committed, before {@link #close}. */
    void committed(Collection<String> articleIds) {
      Set<String> ids = emittedOf(outlet);
      ids.addAll(articleIds);
      if (ids.size() > limit) {
        emitted.remove(outlet); // loaded again from the feed states on next use
      }
    }

    /** Ends the holds of this poll. */
    @Override
    public void close() {
      for (String id : mine) {
        holders.remove(id, this);
      }
      mine.clear();
    }
  }
}
