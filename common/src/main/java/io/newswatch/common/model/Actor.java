package io.newswatch.common.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A person or body from the actor catalogue ({@code seeds/actors.yaml}, and the compacted {@code
 * newswatch.actors} topic that replaces entries at run time).
 *
 * @param id Wikidata QID where one exists, otherwise {@code nw:<slug>}
 * @param name canonical display name
 * @param kind person or organisation
 * @param gender for people: male or female; null for bodies
 * @param country ISO code, or EU / UN / NATO for international bodies
 * @param role what the actor is, in English
 * @param names full names per language tag ({@code sr-Latn}, {@code sr-Cyrl}, {@code ru}, {@code
 *     en}), dictionary form
 * @param surnames what a later mention uses alone, per language tag
 * @param roleTerms role nouns that may refer back to the actor, per language tag
 * @param body for a person: the id of the body they head or speak for (a minister's ministry, a
 *     spokesman's Kremlin), whose common noun ("the ministry", "ministarstvo") means it once they
 *     are named; null for none. An id the catalogue does not hold links nothing.
 * @param surnameAfterName whether a surname alone means the actor only after their full name in
 *     the same text: for a surname that is also a common or a place word ("Mali" of Siniša Mali is
 *     "small", and begins Mali Zvornik and Mali Iđoš; Mali is also a country)
 */
public record Actor(
    String id,
    String name,
    Kind kind,
    Gender gender,
    String country,
    String role,
    Map<String, List<String>> names,
    Map<String, List<String>> surnames,
    Map<String, List<String>> roleTerms,
    String body,
    boolean surnameAfterName) {

  /** An actor linked to no body. */
  public Actor(String id, String name, Kind kind, Gender gender, String country, String role,
      Map<String, List<String>> names, Map<String, List<String>> surnames, Map<String, List<String>> roleTerms) {
    this(id, name, kind, gender, country, role, names, surnames, roleTerms, null, false);
  }

  /** An actor whose surname alone means them wherever the text has no other carrier of it. */
  public Actor(String id, String name, Kind kind, Gender gender, String country, String role,
      Map<String, List<String>> names, Map<String, List<String>> surnames, Map<String, List<String>> roleTerms,
      String body) {
    this(id, name, kind, gender, country, role, names, surnames, roleTerms, body, false);
  }

  public Actor {
    Require.text(id, "actor id");
    Require.text(name, "actor name of " + id);
    kind = kind == null ? Kind.PERSON : kind;
    names = Require.map(names);
    surnames = Require.map(surnames);
    roleTerms = Require.map(roleTerms);
    body = body == null || body.isBlank() ? null : body.strip();
    if (id.equals(body)) {
      throw new IllegalArgumentException("actor " + id + " names itself as its body");
    }
    for (String tag : names.keySet()) {
      Language.fromTag(tag);
    }
  }

  /** Person or body. */
  public enum Kind {
    PERSON,
    ORGANISATION;

    @JsonValue
    public String json() {
      return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Kind fromJson(String value) {
      String v = value.trim().toUpperCase(Locale.ROOT);
      return "ORGANIZATION".equals(v) ? ORGANISATION : valueOf(v);
    }
  }

  /** Grammatical gender of a person, which pronouns and verb forms agree with. */
  public enum Gender {
    MALE,
    FEMALE;

    @JsonValue
    public String json() {
      return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Gender fromJson(String value) {
      return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
  }
}
