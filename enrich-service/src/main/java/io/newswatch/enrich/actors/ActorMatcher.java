package io.newswatch.enrich.actors;

import io.newswatch.common.model.Actor;
import io.newswatch.common.model.Language;
import io.newswatch.common.text.Texts;
import io.newswatch.enrich.AnalysedText;
import io.newswatch.enrich.TextAnalysis;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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

  /**
   * Whether a word of a text is a common given name of its language, in any case: all the matcher
   * needs to know of people outside the catalogue, so that "John Miller" or "Marko Lavrov" is not
   * read as a later mention of Alexey Miller or Sergey Lavrov.
   */
  @FunctionalInterface
  public interface GivenNames {
    /** {@code base} is the language's base tag (en, sr, ru); {@code word} as the text writes it. */
    boolean contains(String base, String word);
  }

  /** A matcher that knows no given names: every surname after a capitalised word still counts. */
  public ActorMatcher(ActorCatalogue catalogue) {
    this(catalogue, (base, word) -> false);
  }

  public ActorMatcher(ActorCatalogue catalogue, GivenNames givenNames) {
    this.catalogue = catalogue;
    Map<String, Set<String>> givenPrefixes = givenPrefixes(catalogue);
    for (String base : BASES) {
      indexes.put(base, new LanguageIndex(catalogue, language(base), givenNames, givenPrefixes));
    }
  }

  /**
   * Letters of a given name's spelling-folded key compared ({@link #givenPrefix}): Sergey, Sergei,
   * Sergej and Сергей agree on them, as do Aleksandar and Alexander; Alexander and Alexey do not,
   * nor Maria and Marina.
   */
  private static final int GIVEN_PREFIX = 5;

  /**
   * The first letters of the first word of every listed name of each person, across languages
   * and scripts: the given names they go by.
   */
  private static Map<String, Set<String>> givenPrefixes(ActorCatalogue catalogue) {
    Map<String, Set<String>> byId = new HashMap<>();
    for (Actor actor : catalogue.all()) {
      if (actor.kind() != Actor.Kind.PERSON) {
        continue;
      }
      Set<String> prefixes = new HashSet<>();
      for (List<String> list : actor.names().values()) {
        for (String name : list) {
          String[] words = Texts.matchKey(name).split(" ");
          if (words.length > 1) {
            prefixes.add(givenPrefix(words[0]));
          }
        }
      }
      byId.put(actor.id(), Set.copyOf(prefixes));
    }
    return Map.copyOf(byId);
  }

  /**
   * The start of a given name's key with the spellings transliteration varies in folded together
   * (ks and x, y and j and i, doubled letters), so that the catalogue's Vasily is the text's Vassily.
   */
  private static String givenPrefix(String key) {
    String folded = key.replace("ks", "x").replace('y', 'i').replace('j', 'i');
    StringBuilder prefix = new StringBuilder(GIVEN_PREFIX);
    for (int i = 0; i < folded.length() && prefix.length() < GIVEN_PREFIX; i++) {
      char c = folded.charAt(i);
      if (prefix.isEmpty() || prefix.charAt(prefix.length() - 1) != c) {
        prefix.append(c);
      }
    }
    return prefix.toString();
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

  /**
   * A name analysed: the term (and second stem) at each word position, plus the stems of the
   * word's other case forms where the stemmer does not bring them to the nominative's stem
   * (Kurti gives kurt but Kurtija gives kurtij; Лавров gives лавр but Лаврова gives лавров), and
   * for a Serbian surname its possessive adjective (Kurtijeva policija: Kurti's police).
   * {@code capitalWord} is the first word the catalogue writes with a capital (2 in "von der
   * Leyen"): where a name must be capitalised in the text, that is the word checked.
   */
  private record Pattern(
      String[] terms,
      String[] alternates,
      List<Set<String>> extra,
      List<Set<String>> acronyms,
      Set<String> actorIds,
      MentionType type,
      int capitalWord) {
    int length() {
      return terms.length;
    }

    /**
     * Whether word k of the name meets the word at this position. An acronym (NIS, KFOR) must be
     * written as such: folded and stemmed, NIS would also meet the city of Niš and the verb nisu.
     * Case aside for a longer one, which British style writes as a word (Nato, Kfor); one of three
     * letters or fewer only in capitals, as every style writes it, so that "near Nis" (the city
     * without its diacritic) is no mention of NIS.
     */
    boolean meets(AnalysedText text, int position, int k) {
      if (!(text.has(position, terms[k])
          || (alternates[k] != null && text.has(position, alternates[k]))
          || hasExtra(text, position, k))) {
        return false;
      }
      Set<String> forms = acronyms.get(k);
      if (forms == null) {
        return true;
      }
      String word = text.text().substring(text.start(position), text.end(position));
      for (String form : forms) {
        String rest = word.length() >= form.length() ? word.substring(form.length()) : "?";
        if (word.regionMatches(form.length() > SHORT_ACRONYM, 0, form, 0, form.length())
            && (rest.isEmpty() || rest.equals("'s") || rest.equals("\u2019s"))) {
          return true;
        }
      }
      return false;
    }

    /** Letters an acronym may have and still be matched only as written in capitals. */
    private static final int SHORT_ACRONYM = 3;

    private boolean hasExtra(AnalysedText text, int position, int k) {
      Set<String> more = extra.get(k);
      if (more == null) {
        return false;
      }
      for (String term : more) {
        if (text.has(position, term)) {
          return true;
        }
      }
      return false;
    }

    /** Every term word k may have: its stem, second stem, and the stems of its other forms. */
    Set<String> termsAt(int k) {
      Set<String> all = new LinkedHashSet<>();
      all.add(terms[k]);
      if (alternates[k] != null) {
        all.add(alternates[k]);
      }
      if (extra.get(k) != null) {
        all.addAll(extra.get(k));
      }
      return all;
    }

    String key() {
      return String.join(" ", terms);
    }
  }

  /**
   * A short form of an organisation's name that other bodies share (a bare "Security Council",
   * "Савет безбедности", "Совет Безопасности" is the UN's or Russia's). It names the organisation
   * only in a text that names another actor of the same body ({@code country}: UN), or the
   * organisation itself, and names none of the rivals whose full names also begin with it.
   */
  private record Contextual(Pattern pattern, String actorId, String body, Set<String> rivals) {}

  private static final class LanguageIndex {
    /** Full names and aliases, by each term their first word may have. */
    private final Map<String, List<Pattern>> names = new HashMap<>();
    /** Surnames, one pattern per analysed surname with every actor that carries it. */
    private final Map<String, List<Pattern>> surnames = new HashMap<>();
    /** Shared short names of organisations, by each term their first word may have. */
    private final Map<String, List<Contextual>> contextual = new HashMap<>();
    /** The body each actor speaks for ({@code country}), for the shared short names. */
    private final Map<String, String> bodies = new HashMap<>();
    /** Who a surname alone means only after their full name ({@link Actor#surnameAfterName}). */
    private final Set<String> surnameAfterName = new HashSet<>();
    private final String base;
    private final GivenNames givenNames;
    /** Per person, the first letters of the given names the catalogue lists ({@link #givenPrefixes}). */
    private final Map<String, Set<String>> givenPrefixes;

    LanguageIndex(
        ActorCatalogue catalogue, Language language, GivenNames givenNames, Map<String, Set<String>> givenPrefixes) {
      this.base = language.base();
      this.givenNames = givenNames;
      this.givenPrefixes = givenPrefixes;
      Map<String, Pattern> byKey = new HashMap<>();
      Map<String, Pattern> surnameByKey = new HashMap<>();
      Map<String, List<Pattern>> fullNamesOf = new HashMap<>();
      for (Actor actor : catalogue.all()) {
        boolean person = actor.kind() == Actor.Kind.PERSON;
        if (actor.country() != null) {
          bodies.put(actor.id(), actor.country());
        }
        if (actor.surnameAfterName()) {
          surnameAfterName.add(actor.id());
        }
        for (List<String> list : actor.names().values()) {
          for (int i = 0; i < list.size(); i++) {
            // Every listed name of a person is a full name (Vučić with and without diacritics);
            // a body's later names are its aliases (NATO, then the North Atlantic alliance).
            MentionType type = i == 0 || person ? MentionType.FULL_NAME : MentionType.ALIAS;
            Pattern pattern = pattern(list.get(i), language, Set.of(actor.id()), type, person);
            if (pattern != null) {
              // The same name listed under two tags is one pattern; a full name beats an alias.
              byKey.merge(actor.id() + "|" + pattern.key(), pattern, LanguageIndex::same);
              fullNamesOf.computeIfAbsent(actor.id(), k -> new ArrayList<>()).add(pattern);
            }
          }
        }
        for (String surname : surnamesOf(actor)) {
          Pattern pattern = pattern(surname, language, Set.of(actor.id()), MentionType.SURNAME, person);
          if (pattern != null) {
            surnameByKey.merge(pattern.key(), pattern, LanguageIndex::union);
          }
        }
      }
      byKey.values().forEach(p -> index(names, p));
      surnameByKey.values().forEach(p -> index(surnames, p));
      for (Actor actor : catalogue.all()) {
        if (actor.kind() != Actor.Kind.PERSON && actor.country() != null) {
          indexContextual(actor, language, fullNamesOf);
        }
      }
    }

    /**
     * The organisation's role terms of two or more words that begin one of its own names (the
     * bare "Security Council" of "Security Council of the United Nations"), with the other actors
     * whose names begin the same way.
     */
    private void indexContextual(Actor actor, Language language, Map<String, List<Pattern>> fullNamesOf) {
      for (List<String> list : actor.roleTerms().values()) {
        for (String term : list) {
          Pattern shortName = pattern(term, language, Set.of(actor.id()), MentionType.ALIAS, false);
          if (shortName == null || shortName.length() < 2) {
            continue;
          }
          boolean own = false;
          for (Pattern name : fullNamesOf.getOrDefault(actor.id(), List.of())) {
            own |= name.length() > shortName.length() && begins(name, shortName);
          }
          if (!own) {
            continue;
          }
          Set<String> rivals = new LinkedHashSet<>();
          fullNamesOf.forEach((id, patterns) -> {
            if (!id.equals(actor.id())) {
              for (Pattern name : patterns) {
                if (name.length() >= shortName.length() && begins(name, shortName)) {
                  rivals.add(id);
                }
              }
            }
          });
          Contextual entry = new Contextual(shortName, actor.id(), actor.country(), Set.copyOf(rivals));
          List<Contextual> at = contextual.computeIfAbsent(shortName.terms()[0], k -> new ArrayList<>());
          boolean seen = at.stream().anyMatch(c -> c.actorId().equals(actor.id()) && c.pattern().key().equals(shortName.key()));
          if (!seen) {
            at.add(entry);
          }
        }
      }
    }

    /** Whether the first words of the name are the short name's words. */
    private static boolean begins(Pattern name, Pattern shortName) {
      for (int k = 0; k < shortName.length(); k++) {
        Set<String> mine = name.termsAt(k);
        boolean meet = false;
        for (String t : shortName.termsAt(k)) {
          meet |= mine.contains(t);
        }
        if (!meet) {
          return false;
        }
      }
      return true;
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
      return new Pattern(
          a.terms(), a.alternates(), both(a.extra(), b.extra()), looser(a.acronyms(), b.acronyms()), a.actorIds(),
          type, Math.max(a.capitalWord(), b.capitalWord()));
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

    /** Per word: the other forms of either. */
    private static List<Set<String>> both(List<Set<String>> a, List<Set<String>> b) {
      List<Set<String>> out = new ArrayList<>(a.size());
      for (int i = 0; i < a.size(); i++) {
        Set<String> x = a.get(i);
        Set<String> y = i < b.size() ? b.get(i) : null;
        if (x == null || y == null) {
          out.add(x == null ? y : x);
        } else {
          Set<String> all = new LinkedHashSet<>(x);
          all.addAll(y);
          out.add(Set.copyOf(all));
        }
      }
      return out;
    }

    private static Pattern union(Pattern a, Pattern b) {
      Set<String> ids = new LinkedHashSet<>(a.actorIds());
      ids.addAll(b.actorIds());
      return new Pattern(
          a.terms(), a.alternates(), both(a.extra(), b.extra()), looser(a.acronyms(), b.acronyms()), Set.copyOf(ids),
          a.type(), Math.max(a.capitalWord(), b.capitalWord()));
    }

    private static Pattern pattern(String name, Language language, Set<String> ids, MentionType type, boolean person) {
      if (name == null || name.isBlank()) {
        return null;
      }
      AnalysedText analysed = TextAnalysis.analyse(name, language);
      if (analysed.size() == 0) {
        return null;
      }
      String[] terms = new String[analysed.size()];
      String[] alternates = new String[analysed.size()];
      List<Set<String>> extra = new ArrayList<>(analysed.size());
      List<Set<String>> acronyms = new ArrayList<>(analysed.size());
      int capitalWord = -1;
      for (int i = 0; i < terms.length; i++) {
        terms[i] = analysed.term(i);
        alternates[i] = analysed.alternate(i);
        String word = name.substring(analysed.start(i), analysed.end(i));
        boolean acronym =
            word.length() > 1
                && word.equals(word.toUpperCase(Locale.ROOT))
                && !word.equals(word.toLowerCase(Locale.ROOT));
        acronyms.add(acronym ? Set.of(word) : null);
        boolean capital = Character.isUpperCase(word.codePointAt(0));
        if (capital && capitalWord < 0) {
          capitalWord = i;
        }
        Set<String> more = null;
        // A one-word body declines as a name does and shares its stemmer gap (Газпром gives
        // газпр, Газпрома газпром), so its other case forms are added as a person's are.
        if ((person || terms.length == 1) && capital && !acronym) {
          boolean last = i == terms.length - 1;
          more = otherForms(word, language, type == MentionType.SURNAME && last, terms[i], alternates[i]);
        }
        extra.add(more);
      }
      return new Pattern(terms, alternates, extra, acronyms, ids, type, Math.max(capitalWord, 0));
    }

    /**
     * The stems of a name word's other case forms (and, for a Serbian surname, of its possessive
     * adjective) that differ from the stems of the word itself; null when there are none.
     */
    private static Set<String> otherForms(String word, Language language, boolean possessive, String term, String alternate) {
      Set<String> out = new LinkedHashSet<>();
      for (String form : Inflections.forms(word, language.base(), possessive)) {
        AnalysedText analysed = TextAnalysis.analyse(form, language);
        if (analysed.size() != 1) {
          continue;
        }
        for (String stem : new String[] {analysed.term(0), analysed.alternate(0)}) {
          if (stem != null && !stem.equals(term) && !stem.equals(alternate)) {
            out.add(stem);
          }
        }
      }
      return out.isEmpty() ? null : Set.copyOf(out);
    }

    private static void index(Map<String, List<Pattern>> index, Pattern pattern) {
      for (String first : pattern.termsAt(0)) {
        index.computeIfAbsent(first, k -> new ArrayList<>()).add(pattern);
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
      // Shared short names (a bare "Security Council"), where the rest of the text says whose.
      if (!contextual.isEmpty()) {
        for (int i = 0; i < n; i++) {
          if (covered[i] == 1) {
            continue;
          }
          Contextual found = contextualAt(text, i, namedAnywhere);
          if (found == null) {
            continue;
          }
          int last = matchAt(found.pattern(), text, i);
          if (!isFree(covered, i, last)) {
            continue;
          }
          at[i] = mention(text, i, last, found.actorId(), MentionType.ALIAS, language);
          lastOf[i] = last;
          for (int j = i; j <= last; j++) {
            covered[j] = 1;
          }
          i = last;
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
            // Someone else of that surname ("John Miller") is who a lone surname after it means,
            // until the catalogue's carrier is named in full again.
            String someoneElse = SOMEONE_ELSE + hit.pattern.key();
            // "ministar Boris Bratina": Boris is a given name, not Borrell's surname declined.
            boolean givenNameItself = givenNameBeforeSurname(text, i, hit.last);
            if (anotherGivenName(text, i, hit.pattern.actorIds())) {
              namedSoFar.remove(someoneElse);
              namedSoFar.add(someoneElse);
            } else if (!givenNameItself && !someoneElseLast(namedSoFar, someoneElse, hit.pattern.actorIds())) {
              String actorId = resolve(hit.pattern.actorIds(), namedSoFar, namedAnywhere, surnameAfterName);
              if (actorId != null) {
                result.add(mention(text, i, hit.last, actorId, MentionType.SURNAME, language));
                i = hit.last + 1;
                continue;
              }
            }
          }
        }
        i++;
      }
      return result;
    }

    /**
     * The organisation a shared short name at i stands for: the text must name the organisation
     * itself or another actor of its body, and none of the rivals that share the short name.
     */
    private Contextual contextualAt(AnalysedText text, int i, Set<String> namedAnywhere) {
      // Called at nearly every word of the text, and nearly every word starts no short name: no
      // allocation on the way to that answer.
      String term = text.term(i);
      String alternate = text.alternate(i);
      List<Contextual> byTerm = contextual.getOrDefault(term, List.of());
      List<Contextual> byAlternate =
          alternate == null || alternate.equals(term) ? List.of() : contextual.getOrDefault(alternate, List.of());
      if (byTerm.isEmpty() && byAlternate.isEmpty()) {
        return null;
      }
      Contextual best = null;
      int bestLast = -1;
      for (List<Contextual> candidates : List.of(byTerm, byAlternate)) {
        for (Contextual candidate : candidates) {
          int last = matchAt(candidate.pattern(), text, i);
          if (last <= bestLast || !capitalised(text, i)) {
            continue;
          }
          boolean rivalNamed = false;
          for (String rival : candidate.rivals()) {
            rivalNamed |= namedAnywhere.contains(rival);
          }
          boolean bodyNamed = namedAnywhere.contains(candidate.actorId());
          for (String id : namedAnywhere) {
            bodyNamed |= candidate.body().equals(bodies.get(id));
          }
          if (!rivalNamed && bodyNamed) {
            best = candidate;
            bestLast = last;
          }
        }
      }
      return best;
    }

    /**
     * Whether a given name none of the surname's carriers goes by stands just before it: "John
     * Miller" is someone else than Alexey Miller, "Иван Захаров" no Zakharova. A capitalised word
     * that is no given name (a title, a place, a sentence's first word) leaves the surname be.
     */
    private boolean anotherGivenName(AnalysedText text, int i, Set<String> carriers) {
      if (i == 0 || !adjacent(text, i - 1, i) || !capitalised(text, i - 1)) {
        return false;
      }
      String word = text.text().substring(text.start(i - 1), text.end(i - 1));
      if (!givenNames.contains(base, word)) {
        return false;
      }
      String prefix = givenPrefix(Texts.matchKey(word));
      for (String id : carriers) {
        if (givenPrefixes.getOrDefault(id, Set.of()).contains(prefix)) {
          return false;
        }
      }
      return true;
    }

    /** Marks, among the actors named so far, a person outside the catalogue who bears a surname. */
    private static final String SOMEONE_ELSE = "\0someone-else:";

    /** Whether of that surname's bearers, the one named last is someone else than its carriers. */
    private static boolean someoneElseLast(List<String> namedSoFar, String someoneElse, Set<String> carriers) {
      for (int k = namedSoFar.size() - 1; k >= 0; k--) {
        String named = namedSoFar.get(k);
        if (named.equals(someoneElse)) {
          return true;
        }
        if (carriers.contains(named)) {
          return false;
        }
      }
      return false;
    }

    /**
     * Whether the surname found at [i, last] is a given name as written, with a capitalised word
     * right after it: the first name of someone else (Boris Bratina), whatever surname its stem
     * also meets (Borel, Borrell).
     */
    private boolean givenNameBeforeSurname(AnalysedText text, int i, int last) {
      if (i != last || last + 1 >= text.size() || !adjacent(text, last, last + 1) || !capitalised(text, last + 1)) {
        return false;
      }
      return givenNames.contains(base, text.text().substring(text.start(i), text.end(i)));
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
     * the text; else none (an ambiguous surname is left out rather than guessed). The last two
     * never give an actor whose surname means them only after their full name.
     */
    private static String resolve(
        Set<String> carriers, List<String> namedSoFar, Set<String> namedAnywhere, Set<String> afterNameOnly) {
      for (int k = namedSoFar.size() - 1; k >= 0; k--) {
        if (carriers.contains(namedSoFar.get(k))) {
          return namedSoFar.get(k);
        }
      }
      if (carriers.size() == 1) {
        String only = carriers.iterator().next();
        return afterNameOnly.contains(only) ? null : only;
      }
      String only = null;
      for (String id : carriers) {
        if (namedAnywhere.contains(id) && !afterNameOnly.contains(id)) {
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
      // A one-word name and a surname must be capitalised where the catalogue capitalises them:
      // "Mali" the surname, not "mali" the adjective; "von der Leyen" on its capital Leyen.
      boolean capitals = pattern.length() == 1 || pattern.type() == MentionType.SURNAME;
      if (capitals && pattern.capitalWord() == 0 && !capitalised(text, i)) {
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
        if (capitals && k == pattern.capitalWord() && !capitalised(text, next)) {
          return -1;
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
