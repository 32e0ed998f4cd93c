package io.newswatch.enrich.actors;

import io.newswatch.common.model.Actor;
import io.newswatch.common.model.Language;
import io.newswatch.enrich.AnalysedText;
import io.newswatch.enrich.TextAnalysis;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds catalogue actors named in a text. Names, surnames and text go through the same Lucene
 * analysis chain ({@link TextAnalysis}), so inflected forms (Vučića, Путину, Захаровой), both
 * Serbian scripts, and spellings with or without diacritics meet on the same terms; matching is on
 * whole analysed words, so a name never matches inside another word.
 *
 * <p>Every name of every language tag is tried on every text (analysed with the text's chain):
 * a Serbian text may name a foreign politician in the form the catalogue lists under {@code en},
 * and an English one may keep the Serbian diacritics. A name in the wrong script simply never
 * meets a word of the text.
 *
 * <p>Immutable and thread-safe.
 */
public final class ActorMatcher {
  private static final List<String> BASES = List.of("sr", "ru", "en");

  private final ActorCatalogue catalogue;
  private final Map<String, LanguageIndex> indexes = new HashMap<>();

  public ActorMatcher(ActorCatalogue catalogue) {
    this.catalogue = catalogue;
    for (String base : BASES) {
      indexes.put(base, new LanguageIndex(catalogue, language(base)));
    }
  }

  public ActorCatalogue catalogue() {
    return catalogue;
  }

  /**
   * Every mention of a catalogue actor in the text, in text order, without overlaps. A surname
   * alone resolves to the actor named in full most recently before it in the same text; a surname
   * never seen in full is matched when only one catalogue actor carries it, or when exactly one of
   * the actors carrying it is named in full later in the text.
   */
  public List<Mention> find(String text, Language language) {
    return find(TextAnalysis.analyse(text, language), language);
  }

  /** As {@link #find(String, Language)}, on a text already analysed for this language. */
  public List<Mention> find(AnalysedText text, Language language) {
    return indexes.get(language.base()).find(text, language);
  }

  private static Language language(String base) {
    return switch (base) {
      case "sr" -> Language.SR_LATN;
      case "ru" -> Language.RU;
      default -> Language.EN;
    };
  }

  /** A name analysed: the term (and second stem) at each word position. */
  private record Pattern(
      String[] terms, String[] alternates, List<Set<String>> acronyms, Set<String> actorIds, MentionType type) {
    int length() {
      return terms.length;
    }

    /**
     * Whether word k of the name meets the word at this position. An acronym (NIS, KFOR) must be
     * written as such, case aside: folded and stemmed, NIS would also meet the city of Niš and
     * the verb nisu.
     */
    boolean meets(AnalysedText text, int position, int k) {
      if (!(text.has(position, terms[k]) || (alternates[k] != null && text.has(position, alternates[k])))) {
        return false;
      }
      Set<String> forms = acronyms.get(k);
      if (forms == null) {
        return true;
      }
      String word = text.text().substring(text.start(position), text.end(position));
      for (String form : forms) {
        String rest = word.length() >= form.length() ? word.substring(form.length()) : "?";
        if (word.regionMatches(true, 0, form, 0, form.length())
            && (rest.isEmpty() || rest.equals("'s") || rest.equals("\u2019s"))) {
          return true;
        }
      }
      return false;
    }

    String key() {
      return String.join(" ", terms);
    }
  }

  private static final class LanguageIndex {
    /** Full names and aliases, by each term their first word may have. */
    private final Map<String, List<Pattern>> names = new HashMap<>();
    /** Surnames, one pattern per analysed surname with every actor that carries it. */
    private final Map<String, List<Pattern>> surnames = new HashMap<>();

    LanguageIndex(ActorCatalogue catalogue, Language language) {
      Map<String, Pattern> byKey = new HashMap<>();
      Map<String, Pattern> surnameByKey = new HashMap<>();
      for (Actor actor : catalogue.all()) {
        for (List<String> list : actor.names().values()) {
          for (int i = 0; i < list.size(); i++) {
            // Every listed name of a person is a full name (Vučić with and without diacritics);
            // a body's later names are its aliases (NATO, then the North Atlantic alliance).
            MentionType type =
                i == 0 || actor.kind() == Actor.Kind.PERSON ? MentionType.FULL_NAME : MentionType.ALIAS;
            Pattern pattern = pattern(list.get(i), language, Set.of(actor.id()), type);
            if (pattern != null) {
              // The same name listed under two tags is one pattern; a full name beats an alias.
              byKey.merge(actor.id() + "|" + pattern.key(), pattern, LanguageIndex::same);
            }
          }
        }
        for (String surname : surnamesOf(actor)) {
          Pattern pattern = pattern(surname, language, Set.of(actor.id()), MentionType.SURNAME);
          if (pattern != null) {
            surnameByKey.merge(pattern.key(), pattern, LanguageIndex::union);
          }
        }
      }
      byKey.values().forEach(p -> index(names, p));
      surnameByKey.values().forEach(p -> index(surnames, p));
    }

    /** The catalogue's surnames; for a person listed without any, the last word of each name. */
    private static Set<String> surnamesOf(Actor actor) {
      Set<String> all = new LinkedHashSet<>();
      actor.surnames().values().forEach(all::addAll);
      if (all.isEmpty() && actor.kind() == Actor.Kind.PERSON) {
        for (List<String> list : actor.names().values()) {
          for (String name : list) {
            String[] words = name.trim().split("\\s+");
            if (words.length > 1) {
              all.add(words[words.length - 1]);
            }
          }
        }
      }
      return all;
    }

    /** One name listed twice (KFOR and Kfor): a full name beats an alias, and case is free. */
    private static Pattern same(Pattern a, Pattern b) {
      MentionType type = a.type() == MentionType.FULL_NAME ? a.type() : b.type();
      return new Pattern(a.terms(), a.alternates(), looser(a.acronyms(), b.acronyms()), a.actorIds(), type);
    }

    /** Per word: no constraint if either has none, else either's acronym forms (УН and UN). */
    private static List<Set<String>> looser(List<Set<String>> a, List<Set<String>> b) {
      List<Set<String>> out = new ArrayList<>(a.size());
      for (int i = 0; i < a.size(); i++) {
        Set<String> x = a.get(i);
        Set<String> y = i < b.size() ? b.get(i) : null;
        if (x == null || y == null) {
          out.add(null);
        } else {
          Set<String> both = new LinkedHashSet<>(x);
          both.addAll(y);
          out.add(Set.copyOf(both));
        }
      }
      return out;
    }

    private static Pattern union(Pattern a, Pattern b) {
      Set<String> ids = new LinkedHashSet<>(a.actorIds());
      ids.addAll(b.actorIds());
      return new Pattern(a.terms(), a.alternates(), looser(a.acronyms(), b.acronyms()), Set.copyOf(ids), a.type());
    }

    private static Pattern pattern(String name, Language language, Set<String> ids, MentionType type) {
      if (name == null || name.isBlank()) {
        return null;
      }
      AnalysedText analysed = TextAnalysis.analyse(name, language);
      if (analysed.size() == 0) {
        return null;
      }
      String[] terms = new String[analysed.size()];
      String[] alternates = new String[analysed.size()];
      List<Set<String>> acronyms = new ArrayList<>(analysed.size());
      for (int i = 0; i < terms.length; i++) {
        terms[i] = analysed.term(i);
        alternates[i] = analysed.alternate(i);
        String word = name.substring(analysed.start(i), analysed.end(i));
        boolean acronym =
            word.length() > 1
                && word.equals(word.toUpperCase(Locale.ROOT))
                && !word.equals(word.toLowerCase(Locale.ROOT));
        acronyms.add(acronym ? Set.of(word) : null);
      }
      return new Pattern(terms, alternates, acronyms, ids, type);
    }

    private static void index(Map<String, List<Pattern>> index, Pattern pattern) {
      index.computeIfAbsent(pattern.terms()[0], k -> new ArrayList<>()).add(pattern);
      if (pattern.alternates()[0] != null) {
        index.computeIfAbsent(pattern.alternates()[0], k -> new ArrayList<>()).add(pattern);
      }
    }

    List<Mention> find(AnalysedText text, Language language) {
      int n = text.size();
      // Pass 1: full names and aliases, longest first, so "Aleksandar Vučić" is one mention.
      Mention[] at = new Mention[n];
      int[] covered = new int[n];
      int[] lastOf = new int[n];
      for (int i = 0; i < n; ) {
        Hit best = longest(names, text, i);
        if (best == null) {
          i++;
          continue;
        }
        String actorId = best.pattern.actorIds().iterator().next();
        at[i] = mention(text, i, best.last, actorId, best.pattern.type(), language);
        lastOf[i] = best.last;
        for (int j = i; j <= best.last; j++) {
          covered[j] = 1;
        }
        i = best.last + 1;
      }
      Set<String> namedAnywhere = new LinkedHashSet<>();
      for (Mention m : at) {
        if (m != null) {
          namedAnywhere.add(m.actorId());
        }
      }
      // Pass 2, in text order: surnames resolved against the actors named in full so far.
      List<Mention> result = new ArrayList<>();
      List<String> namedSoFar = new ArrayList<>();
      for (int i = 0; i < n; ) {
        if (at[i] != null) {
          result.add(at[i]);
          namedSoFar.remove(at[i].actorId());
          namedSoFar.add(at[i].actorId());
          i = lastOf[i] + 1;
          continue;
        }
        if (covered[i] == 0) {
          Hit hit = longest(surnames, text, i);
          if (hit != null && isFree(covered, i, hit.last)) {
            String actorId = resolve(hit.pattern.actorIds(), namedSoFar, namedAnywhere);
            if (actorId != null) {
              result.add(mention(text, i, hit.last, actorId, MentionType.SURNAME, language));
              i = hit.last + 1;
              continue;
            }
          }
        }
        i++;
      }
      return result;
    }

    private static boolean isFree(int[] covered, int from, int last) {
      for (int j = from; j <= last; j++) {
        if (covered[j] == 1) {
          return false;
        }
      }
      return true;
    }

    /**
     * The actor a surname stands for: the one of its carriers named in full most recently before
     * it; else the only carrier in the catalogue; else the only carrier named in full anywhere in
     * the text; else none (an ambiguous surname is left out rather than guessed).
     */
    private static String resolve(Set<String> carriers, List<String> namedSoFar, Set<String> namedAnywhere) {
      for (int k = namedSoFar.size() - 1; k >= 0; k--) {
        if (carriers.contains(namedSoFar.get(k))) {
          return namedSoFar.get(k);
        }
      }
      if (carriers.size() == 1) {
        return carriers.iterator().next();
      }
      String only = null;
      for (String id : carriers) {
        if (namedAnywhere.contains(id)) {
          if (only != null) {
            return null;
          }
          only = id;
        }
      }
      return only;
    }

    private record Hit(Pattern pattern, int last) {}

    private static Hit longest(Map<String, List<Pattern>> index, AnalysedText text, int i) {
      Hit best = null;
      best = longest(index.get(text.term(i)), text, i, best);
      String alternate = text.alternate(i);
      if (alternate != null) {
        best = longest(index.get(alternate), text, i, best);
      }
      return best;
    }

    private static Hit longest(List<Pattern> candidates, AnalysedText text, int i, Hit best) {
      if (candidates == null) {
        return best;
      }
      for (Pattern pattern : candidates) {
        int last = matchAt(pattern, text, i);
        if (last < 0) {
          continue;
        }
        boolean better =
            best == null
                || last > best.last
                || (last == best.last
                    && pattern.type() == MentionType.FULL_NAME
                    && best.pattern.type() != MentionType.FULL_NAME);
        if (better) {
          best = new Hit(pattern, last);
        }
      }
      return best;
    }

    /**
     * Position of the last word of the name when the pattern matches at i, else -1. Words must be
     * adjacent (only spaces or a hyphen between them, so a name does not run across a sentence
     * end); one capitalised word may stand before the last one (a patronymic or middle initial:
     * Мария Владимировна Захарова). A one-word name, and any surname, must be capitalised in the
     * text, so a surname that is also a common word (Mali) is not taken for a name.
     */
    private static int matchAt(Pattern pattern, AnalysedText text, int i) {
      if (!pattern.meets(text, i, 0)) {
        return -1;
      }
      if ((pattern.length() == 1 || pattern.type() == MentionType.SURNAME) && !capitalised(text, i)) {
        return -1;
      }
      int j = i;
      for (int k = 1; k < pattern.length(); k++) {
        int next = j + 1;
        if (next >= text.size() || !adjacent(text, j, next)) {
          return -1;
        }
        if (!pattern.meets(text, next, k)) {
          boolean middle =
              k == pattern.length() - 1
                  && pattern.type() != MentionType.SURNAME
                  && capitalised(text, next)
                  && next + 1 < text.size()
                  && adjacentOrInitial(text, next, next + 1)
                  && pattern.meets(text, next + 1, k);
          if (!middle) {
            return -1;
          }
          next++;
        }
        j = next;
      }
      return j;
    }

    private static boolean capitalised(AnalysedText text, int i) {
      return Character.isUpperCase(text.text().codePointAt(text.start(i)));
    }

    private static boolean adjacent(AnalysedText text, int a, int b) {
      String s = text.text();
      for (int c = text.end(a); c < text.start(b); c++) {
        char ch = s.charAt(c);
        if (!Character.isWhitespace(ch) && ch != '-' && ch != '\u2010' && ch != '\u2011' && ch != '\u00A0') {
          return false;
        }
      }
      return true;
    }

    /** Adjacent, or separated by the full stop of an initial (Aleksandar S. Vučić). */
    private static boolean adjacentOrInitial(AnalysedText text, int a, int b) {
      if (adjacent(text, a, b)) {
        return true;
      }
      String gap = text.text().substring(text.end(a), text.start(b));
      return text.end(a) - text.start(a) == 1 && gap.strip().equals(".");
    }

    private static Mention mention(
        AnalysedText text, int first, int last, String actorId, MentionType type, Language language) {
      int start = text.start(first);
      int end = text.end(last);
      String s = text.text();
      if (language.base().equals("en") && end - start > 2) {
        // The possessive 's is part of the English token but not of the name.
        char quote = s.charAt(end - 2);
        char ess = s.charAt(end - 1);
        if ((quote == '\'' || quote == '\u2019') && (ess == 's' || ess == 'S')) {
          end -= 2;
        }
      }
      return new Mention(actorId, start, end, s.substring(start, end), type);
    }
  }
}
