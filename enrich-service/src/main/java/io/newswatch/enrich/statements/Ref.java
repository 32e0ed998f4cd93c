package io.newswatch.enrich.statements;

import io.newswatch.common.model.Actor;
import io.newswatch.common.model.Actor.Gender;
import java.util.Set;

/** Something in the text that may be the speaker: a name, a role noun phrase, a pronoun. */
final class Ref {
  final RefType type;
  final int from; // first token
  final int to; // after the last token
  String actorId;
  Actor actor;
  String name;
  String key; // match key of the name, once asked for
  Gender gender;
  Set<String> roleActors = Set.of();
  Ref body; // for a role that names a body ("глава МИД России"), that body's mention
  /**
   * For a role of one country or body ("predsednik Srbije") not said to be a former one: the actors
   * its whole phrase names (not those of a shorter term inside it: "ministar" in "ministar
   * spoljnih poslova Srbije"), of that country.
   */
  Set<String> officeHolders = Set.of();
  boolean former; // a role said to be a former one ("bivši predsednik", "бывший глава МИД")
  boolean oblique;
  boolean singleWord;
  boolean initial;
  /** A body outside the catalogue ({@link References#findBodies}). */
  boolean outsideCatalogue;
  /** A body outside the catalogue in another noun's genitive ("studenti Univerziteta"): no speaker. */
  boolean qualifier;

  Ref(RefType type, int from, int to) {
    this.type = type;
    this.from = from;
    this.to = to;
  }

  /** Lower is a better subject: a named person first, then an unknown name, a role, a pronoun. */
  int tier() {
    return switch (type) {
      case MENTION -> actor != null && actor.kind() == Actor.Kind.ORGANISATION ? 4 : 0;
      case NAME -> 1;
      case ROLE -> 2;
      case PRONOUN -> 3;
    };
  }
}
