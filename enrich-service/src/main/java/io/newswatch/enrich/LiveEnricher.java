package io.newswatch.enrich;

import io.newswatch.common.model.Actor;
import io.newswatch.common.model.TopicDefinition;
import io.newswatch.enrich.actors.ActorCatalogue;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The enricher in use, replaced without a restart when the catalogues change. The catalogues are
 * the seeds loaded at start overlaid by the entries of the compacted {@code newswatch.actors} and
 * {@code newswatch.topic-rules} topics (same id: the topic's entry wins). A tombstone drops the
 * topic's entry, so a seed with that id applies again: that way the catalogue after a restart
 * (seeds plus what compaction kept) is the catalogue before it.
 *
 * <p>The global-store processors write overrides from the global thread; stream threads call
 * {@link #current()}, which rebuilds the immutable {@link Enricher} once after a burst of changes
 * and then hands out the same instance.
 */
public final class LiveEnricher {
  private static final Logger LOG = LoggerFactory.getLogger(LiveEnricher.class);

  private final ActorCatalogue seedActors;
  private final List<TopicDefinition> seedTopics;
  private final Clock clock;
  private final Map<String, Actor> actorOverrides = new ConcurrentHashMap<>();
  private final Map<String, TopicDefinition> topicOverrides = new ConcurrentHashMap<>();
  private volatile Enricher current;
  private volatile boolean stale;
  private volatile Consumer<Enricher> onRebuild = e -> {};

  public LiveEnricher(ActorCatalogue seedActors, List<TopicDefinition> seedTopics, Clock clock) {
    this.seedActors = seedActors;
    this.seedTopics = List.copyOf(seedTopics);
    this.clock = clock;
    this.current = new Enricher(seedActors, this.seedTopics, clock);
  }

  /** Called with each newly built enricher (metrics use it for catalogue sizes). */
  public void onRebuild(Consumer<Enricher> listener) {
    this.onRebuild = listener;
    listener.accept(current);
  }

  /** The enricher for the catalogues as they are now. */
  public Enricher current() {
    if (stale) {
      rebuild();
    }
    return current;
  }

  /** An actor from the topic; null (a tombstone) drops the override. */
  public void actor(String id, Actor actor) {
    if (actor == null) {
      actorOverrides.remove(id);
    } else {
      actorOverrides.put(id, actor);
    }
    stale = true;
  }

  /** A topic definition from the topic; null (a tombstone) drops the override. */
  public void topic(String id, TopicDefinition topic) {
    if (topic == null) {
      topicOverrides.remove(id);
    } else {
      topicOverrides.put(id, topic);
    }
    stale = true;
  }

  private synchronized void rebuild() {
    if (!stale) {
      return;
    }
    stale = false;
    Map<String, Actor> actors = new LinkedHashMap<>();
    for (Actor actor : seedActors.all()) {
      actors.put(actor.id(), actor);
    }
    actors.putAll(actorOverrides);
    Map<String, TopicDefinition> topics = new LinkedHashMap<>();
    for (TopicDefinition topic : seedTopics) {
      topics.put(topic.id(), topic);
    }
    topics.putAll(topicOverrides);
    Enricher built = new Enricher(ActorCatalogue.of(actors.values()), new ArrayList<>(topics.values()), clock);
    current = built;
    LOG.info("catalogues replaced: {} actors, {} topics", actors.size(), topics.size());
    onRebuild.accept(built);
  }
}
