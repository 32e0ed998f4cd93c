package io.newswatch.enrich.actors;

import io.newswatch.common.model.Actor;
import io.newswatch.enrich.CatalogueFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The actor catalogue: an immutable map from actor id to {@link Actor}, loaded from {@code
 * seeds/actors.yaml} or built from records read off the {@code newswatch.actors} topic.
 */
public final class ActorCatalogue {

  private final Map<String, Actor> byId;
  private final List<String> problems;

  private ActorCatalogue(Map<String, Actor> byId, List<String> problems) {
    this.byId = Collections.unmodifiableMap(new LinkedHashMap<>(byId));
    this.problems = List.copyOf(problems);
  }

  /**
   * Loads a YAML catalogue: either a list of actors or a mapping with an {@code actors} list. An
   * entry that does not make a valid {@link Actor} is logged with its id and skipped, so one typo
   * does not take the whole catalogue down; {@link #problems()} lists them.
   *
   * @throws UncheckedIOException when the file cannot be read or is not YAML at all
   * @throws IllegalArgumentException when the file has no list of actors
   */
  public static ActorCatalogue load(Path yaml) {
    CatalogueFile<Actor> file = CatalogueFile.load(yaml, "actors", Actor.class, Actor::id);
    List<String> problems = new ArrayList<>(file.problems());
    // A body link to nothing is kept (an update on the actors topic may bring the body later) but
    // reported, since in a file it is a typo.
    for (Actor actor : file.entries().values()) {
      Actor body = actor.body() == null ? null : file.entries().get(actor.body());
      if (actor.body() != null && (body == null || body.kind() != Actor.Kind.ORGANISATION)) {
        problems.add(actor.id() + ": body '" + actor.body() + "' is not an organisation of the catalogue");
      }
    }
    return new ActorCatalogue(new LinkedHashMap<>(file.entries()), problems);
  }

  /** A catalogue of these actors; a later actor with an id already seen replaces the earlier one. */
  public static ActorCatalogue of(Collection<Actor> actors) {
    Map<String, Actor> byId = new LinkedHashMap<>();
    for (Actor actor : actors) {
      byId.put(actor.id(), actor);
    }
    return new ActorCatalogue(byId, List.of());
  }

  public Optional<Actor> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Every actor, in catalogue order. */
  public Collection<Actor> all() {
    return byId.values();
  }

  public int size() {
    return byId.size();
  }

  /** Entries skipped at load, and body links to no organisation, each as {@code <id>: <reason>}. */
  public List<String> problems() {
    return problems;
  }

  /** A copy with this actor added or replaced (by id). */
  public ActorCatalogue with(Actor actor) {
    Map<String, Actor> copy = new LinkedHashMap<>(byId);
    copy.put(actor.id(), actor);
    return new ActorCatalogue(copy, problems);
  }

  /** A copy without the actor of this id. */
  public ActorCatalogue without(String id) {
    Map<String, Actor> copy = new LinkedHashMap<>(byId);
    copy.remove(id);
    return new ActorCatalogue(copy, problems);
  }
}
