package io.newswatch.enrich.actors;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswatch.common.json.Json;
import io.newswatch.common.model.Actor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The actor catalogue: an immutable map from actor id to {@link Actor}, loaded from {@code
 * seeds/actors.yaml} or built from records read off the {@code newswatch.actors} topic.
 */
public final class ActorCatalogue {
  private static final Logger LOG = LoggerFactory.getLogger(ActorCatalogue.class);

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
    JsonNode root;
    try {
      root = Json.yaml().readTree(Files.newInputStream(yaml));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read actor catalogue " + yaml + ": " + e.getMessage(), e);
    }
    JsonNode list = root != null && root.isObject() ? root.get("actors") : root;
    if (list == null || !list.isArray()) {
      throw new IllegalArgumentException(
          "actor catalogue " + yaml + " holds no list of actors (expected a list or an 'actors:' key)");
    }
    Map<String, Actor> actors = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    int index = 0;
    for (JsonNode entry : list) {
      String id = entry.hasNonNull("id") ? entry.get("id").asText() : "#" + index;
      index++;
      try {
        Actor actor = Json.yaml().treeToValue(entry, Actor.class);
        if (actors.putIfAbsent(actor.id(), actor) != null) {
          problems.add(actor.id() + ": duplicate id, the first entry is kept");
        }
      } catch (IOException | IllegalArgumentException e) {
        problems.add(id + ": " + rootMessage(e));
      }
    }
    for (String problem : problems) {
      LOG.warn("actor catalogue {}: skipped entry {}", yaml, problem);
    }
    return new ActorCatalogue(actors, problems);
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

  /** Entries skipped at load, each as {@code <id>: <reason>}. */
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

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    return message.lines().findFirst().orElse(message);
  }
}
