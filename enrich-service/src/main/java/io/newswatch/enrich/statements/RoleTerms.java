package io.newswatch.enrich.statements;

import io.newswatch.common.model.Actor;
import io.newswatch.common.model.Language;
import io.newswatch.common.text.Texts;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The role noun phrases of the catalogue ("ambassador", "министр иностранных дел") of one base
 * language, as match keys, each with the actors it may refer to; indexed by what their first word
 * must share with a text word to match it. A word matches a term word only if it equals it or,
 * inflected, shares its first four letters ({@link #inflectedForm}), so the first {@value #PREFIX}
 * letters (the whole word when shorter) pick every term that can start at the word.
 */
final class RoleTerms {
  /** A role noun phrase of the catalogue, as match keys, and every actor it may refer to. */
  record RoleTerm(List<String> keys, Set<String> actorIds) {}

  /**
   * The terms that open with one word, longest first. A word is tried against a first word once:
   * 23 Serbian terms open with "predsednik", and each word that starts with "pred" would otherwise
   * be compared with that first word 23 times.
   */
  record FirstWord(String key, List<RoleTerm> terms) {}

  static final int PREFIX = 4;

  final List<RoleTerm> all;
  private final Map<String, List<FirstWord>> byPrefix = new HashMap<>();
  /**
   * {@link #byPrefix} by the whole keys of the words met, shared by the threads; emptied when full,
   * as {@link io.newswatch.enrich.CharsCache} is, so odd tokens cannot grow it.
   */
  private final Map<String, List<FirstWord>> byKey = new ConcurrentHashMap<>();

  private static final int MAX_KEYS = 50_000;

  /**
   * The {@link #PREFIX} letters every term's first word opens with, hashed: a word whose own are
   * not among them is ruled out with no map look-up, and that is nearly every word of a text.
   */
  private final BitSet openings = new BitSet(OPENING_BITS);

  private static final int OPENING_BITS = 1 << 18;

  /** The terms, longest first. */
  private RoleTerms(List<RoleTerm> terms) {
    this.all = List.copyOf(terms);
    Map<String, List<RoleTerm>> byFirstWord = new LinkedHashMap<>();
    for (RoleTerm term : all) {
      byFirstWord.computeIfAbsent(term.keys().get(0), k -> new ArrayList<>()).add(term);
      openings.set(opening(term.keys().get(0)));
    }
    byFirstWord.forEach((key, opened) ->
        byPrefix.computeIfAbsent(prefix(key), k -> new ArrayList<>()).add(new FirstWord(key, List.copyOf(opened))));
  }

  /** A hash of {@code prefix(key)}, worked out without cutting it. */
  private static int opening(String key) {
    int h = 0;
    for (int i = 0, n = Math.min(key.length(), PREFIX); i < n; i++) {
      h = h * 31 + key.charAt(i);
    }
    return (h ^ h >>> 16) & (OPENING_BITS - 1);
  }

  /** The role terms of the actors, by base language (sr, ru, en). */
  static Map<String, RoleTerms> byBase(Collection<Actor> actors) {
    Map<String, Map<List<String>, Set<String>>> byBase = new HashMap<>();
    for (Actor actor : actors) {
      for (Map.Entry<String, List<String>> entry : actor.roleTerms().entrySet()) {
        String base;
        try {
          base = Language.fromTag(entry.getKey()).base();
        } catch (IllegalArgumentException e) {
          base = entry.getKey().toLowerCase(Locale.ROOT);
        }
        for (String term : entry.getValue()) {
          // One key per word as the text's tokens have it: a hyphenated word ("пресс-секретарь")
          // is one token, whose key keeps a space where the hyphen was.
          List<String> keys = new ArrayList<>();
          for (String word : term.strip().split("\\s+")) {
            String key = Texts.matchKey(word);
            if (!key.isEmpty()) {
              keys.add(key);
            }
          }
          if (keys.isEmpty()) {
            continue;
          }
          byBase
              .computeIfAbsent(base, b -> new HashMap<>())
              .computeIfAbsent(List.copyOf(keys), k -> new HashSet<>())
              .add(actor.id());
        }
      }
    }
    Map<String, RoleTerms> result = new HashMap<>();
    byBase.forEach(
        (base, terms) -> {
          List<RoleTerm> list = new ArrayList<>();
          terms.forEach((keys, ids) -> list.add(new RoleTerm(keys, Set.copyOf(ids))));
          list.sort(Comparator.comparingInt((RoleTerm t) -> t.keys().size()).reversed());
          result.put(base, new RoleTerms(list));
        });
    return Map.copyOf(result);
  }

  private static String prefix(String key) {
    return key.length() <= PREFIX ? key : key.substring(0, PREFIX);
  }

  /** The first words that may match this word, each with its terms in the order of {@link #all}. */
  List<FirstWord> startingWith(String key) {
    if (!openings.get(opening(key))) {
      return List.of();
    }
    // By the whole key, whose hash its String keeps: no prefix cut and hashed for each word met.
    List<FirstWord> known = byKey.get(key);
    if (known == null) {
      known = byPrefix.getOrDefault(prefix(key), List.of());
      if (byKey.size() >= MAX_KEYS) {
        byKey.clear();
      }
      byKey.put(key, known);
    }
    return known;
  }

  /**
   * Whether an inflected word is a form of a role noun: Serbian and Russian decline role nouns
   * (ambasador, ambasadora; министр, министра; portparolka, portparolke), so the word may change
   * the last two letters of the term and add up to three, as long as a stem of four remains.
   * "министерство" (ministry) stays apart from "министр": too much is added.
   */
  static boolean inflectedForm(String term, String word, boolean inflecting) {
    if (term.equals(word)) {
      return true;
    }
    if (!inflecting) {
      return false;
    }
    int common = 0;
    int limit = Math.min(term.length(), word.length());
    while (common < limit && term.charAt(common) == word.charAt(common)) {
      common++;
    }
    return common >= 4 && common >= term.length() - 2 && word.length() - common <= 3;
  }
}
