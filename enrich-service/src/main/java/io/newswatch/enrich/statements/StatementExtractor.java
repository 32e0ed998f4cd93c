package io.newswatch.enrich.statements;

import io.newswatch.common.model.Actor;
import io.newswatch.common.model.Actor.Gender;
import io.newswatch.common.model.Language;
import io.newswatch.common.model.StatementKind;
import io.newswatch.common.text.Texts;
import io.newswatch.enrich.actors.ActorCatalogue;
import io.newswatch.enrich.actors.Mention;
import io.newswatch.enrich.statements.Quotes.Quote;
import io.newswatch.enrich.statements.Sentences.Sentence;
import io.newswatch.enrich.statements.SpeechLexicon.Verb;
import io.newswatch.enrich.statements.Tokens.Token;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds who said what in an article: direct quotes in every quotation-mark convention, and
 * reported speech ("X said that ...", "According to X, ...", "Prema rečima X", "По словам X"),
 * each attributed to a speaker through a speech verb, a colon ("X: «...»") or the phrase that
 * introduces it.
 *
 * <p>A speaker named by pronoun, by role ("the diplomat", "министр") or not at all (Serbian and
 * Russian drop the pronoun: "Dodala je da ...") is resolved to an actor named earlier that agrees
 * in gender (the pronoun's, or the verb's: rekla, заявила) and in role (the catalogue's role
 * terms), preferring who spoke or was the subject in the preceding sentences over someone merely
 * mentioned. When nothing fits, the speaker is {@link #UNKNOWN}: a wrong name in an alert is worse
 * than none.
 *
 * <p>Immutable and thread-safe: every call works on its own state.
 */
public final class StatementExtractor {
  /** Speaker id of a statement whose speaker could not be resolved. */
  public static final String UNKNOWN = "unknown";

  /** Prefix of the id of a quoted person who is not in the catalogue. */
  public static final String UNKNOWN_PERSON_PREFIX = "unknown:";

  /** An attributed quote shorter than this is a term or a title in quotes, not a statement. */
  private static final int MIN_ATTRIBUTED_WORDS = 2;

  /** Unattributed quotes this long read as statements; shorter ones are names, titles, terms. */
  private static final int MIN_UNATTRIBUTED_WORDS = 6;

  /** A reported clause needs some substance; "he said so" is not a statement. */
  private static final int MIN_REPORTED_WORDS = 3;

  /** How far after a quote the speech verb of "..., the Russian Ambassador to Serbia said" may be. */
  private static final int TAIL_VERB_REACH = 8;

  /** Tokens allowed between a speech verb and its "that" (said in a report to the Council that). */
  private static final int COMPLEMENTIZER_REACH = 12;

  /** "..., Russian Ambassador to Serbia Alexander Botsan-Kharchenko told Tanjug on Friday." */
  private static final int TRAILING_ATTRIBUTION_WORDS = 20;

  /** A sentence of its own that attributes the quote before it ("Zakharova said.") is this short. */
  private static final int ATTRIBUTION_SENTENCE_WORDS = 8;

  /** Pronouns and roles look back at most this many sentences for their antecedent. */
  private static final int COREFERENCE_SENTENCES = 6;

  /** Salience of an antecedent, by what it did in its sentence; a sentence of distance costs one step. */
  private static final double SPEAKER_WEIGHT = 4;

  private static final double SUBJECT_WEIGHT = 2;
  private static final double MENTION_WEIGHT = 1;
  private static final double QUOTED_MENTION_WEIGHT = 0.5;
  private static final double DISTANCE_COST = 0.75;
  private static final double UNKNOWN_GENDER_COST = 1;

  private final ActorCatalogue catalogue;
  private final Map<String, SpeechLexicon> lexicons;
  private final Sentences sentences = new Sentences();
  private final Map<String, List<RoleTerm>> roleTermsByBase;
  private final Map<String, String> personByName;

  /** A role noun phrase of the catalogue, as match keys, and every actor it may refer to. */
  private record RoleTerm(List<String> keys, Set<String> actorIds) {}

  public StatementExtractor(ActorCatalogue catalogue) {
    this.catalogue = catalogue == null ? ActorCatalogue.of(List.of()) : catalogue;
    this.lexicons = SpeechLexicon.loadAll();
    this.roleTermsByBase = roleTerms(this.catalogue.all());
    this.personByName = personByName(this.catalogue.all());
  }

  /**
   * Every name and surname of a catalogue person, by match key, where it names one person only:
   * a speaker the actor matcher did not report is still recognised by name.
   */
  private static Map<String, String> personByName(Collection<Actor> actors) {
    Map<String, String> byKey = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    for (Actor actor : actors) {
      if (actor.kind() != Actor.Kind.PERSON) {
        continue;
      }
      List<String> names = new ArrayList<>(List.of(actor.name()));
      actor.names().values().forEach(names::addAll);
      actor.surnames().values().forEach(names::addAll);
      for (String name : names) {
        String key = Texts.matchKey(name);
        String before = byKey.putIfAbsent(key, actor.id());
        if (before != null && !before.equals(actor.id())) {
          ambiguous.add(key);
        }
      }
    }
    ambiguous.forEach(byKey::remove);
    return Map.copyOf(byKey);
  }

  /**
   * The statements of an article's text, in text order.
   *
   * @param text the article text, paragraphs separated by blank lines
   * @param language its language and script (null is read as English)
   * @param mentions the catalogue actors the actor matcher found in it (may be empty)
   * @return statements with offsets into {@code text}; never null, empty for blank text
   */
  public List<ExtractedStatement> extract(String text, Language language, List<Mention> mentions) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    Language lang = language == null ? Language.EN : language;
    List<Mention> found = mentions == null ? List.of() : mentions;
    return new Pass(text, lang, found).run();
  }

  private static Map<String, List<RoleTerm>> roleTerms(Collection<Actor> actors) {
    Map<String, Map<List<String>, Set<String>>> byBase = new HashMap<>();
    for (Actor actor : actors) {
      for (Map.Entry<String, List<String>> entry : actor.roleTerms().entrySet()) {
        String base;
        try {
          base = Language.fromTag(entry.getKey()).base();
        } catch (IllegalArgumentException e) {
          base = entry.getKey().toLowerCase(java.util.Locale.ROOT);
        }
        for (String term : entry.getValue()) {
          String key = Texts.matchKey(term);
          if (key.isEmpty()) {
            continue;
          }
          byBase
              .computeIfAbsent(base, b -> new HashMap<>())
              .computeIfAbsent(List.of(key.split(" ")), k -> new HashSet<>())
              .add(actor.id());
        }
      }
    }
    Map<String, List<RoleTerm>> result = new HashMap<>();
    byBase.forEach(
        (base, terms) -> {
          List<RoleTerm> list = new ArrayList<>();
          terms.forEach((keys, ids) -> list.add(new RoleTerm(keys, Set.copyOf(ids))));
          list.sort(Comparator.comparingInt((RoleTerm t) -> t.keys().size()).reversed());
          result.put(base, List.copyOf(list));
        });
    return Map.copyOf(result);
  }

  /**
   * Whether an inflected word is a form of a role noun: Serbian and Russian decline role nouns
   * (ambasador, ambasadora; министр, министра; portparolka, portparolke), so the word may change
   * the last two letters of the term and add up to three, as long as a stem of four remains.
   * "министерство" (ministry) stays apart from "министр": too much is added.
   */
  private static boolean inflectedForm(String term, String word, boolean inflecting) {
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

  // ---------------------------------------------------------------------------------------------

  private enum RefType {
    MENTION,
    NAME,
    ROLE,
    PRONOUN
  }

  /** Something in the text that may be the speaker: a name, a role noun phrase, a pronoun. */
  private static final class Ref {
    final RefType type;
    final int from; // first token
    final int to; // after the last token
    String actorId;
    Actor actor;
    String name;
    Gender gender;
    Set<String> roleActors = Set.of();
    boolean oblique;
    boolean singleWord;
    boolean initial;

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

  private enum Via {
    SUBJECT, // the subject found next to the speech verb or in the introducing phrase
    INHERIT, // a quote continuing the previous one
    PARTICIPLE, // ", adding that ...": the sentence's speaker
    NONE // no attribution at all
  }

  /** A statement found, before its speaker is resolved. */
  private static final class Candidate {
    final int start;
    final int end;
    final StatementKind kind;
    final int anchor; // token where the attribution is, for the order of resolution
    Via via = Via.NONE;
    Ref subject;
    Ref fallback; // a body named with the role ("a representative of the KFOR press service")
    boolean zero; // nothing but auxiliaries around the verb: a dropped pronoun
    int windowFrom = -1; // where the subject was looked for, for a descriptor ("сказал эксперт")
    int windowTo = -1;
    boolean onlyIfDescribed; // "по мнению эксперта" with no expert introduced: not a statement
    Gender verbGender;
    Candidate inheritFrom;
    String speakerId;
    String speakerName;

    Candidate(int start, int end, StatementKind kind, int anchor) {
      this.start = start;
      this.end = end;
      this.kind = kind;
      this.anchor = anchor;
    }
  }

  /** An earlier appearance of an actor that a pronoun or role may point back to. */
  private record Salient(String id, String name, Gender gender, boolean person, int token, int sentence, double weight) {}

  /** The state of one {@link #extract} call. */
  private final class Pass {
    final String text;
    final Language language;
    final SpeechLexicon lex;
    final List<Mention> mentions;
    final List<Token> tokens;
    final List<String> keys;
    final List<Sentence> sentenceList;
    final int[] sentenceOf;
    final int[] sentenceFirst;
    final int[] sentenceEnd;
    final int[] paragraphOf;
    final boolean[] quoted;
    final boolean[] relative;
    final Ref[] refAt;
    final List<Ref> refs = new ArrayList<>();
    final List<Quote> quotes = new ArrayList<>();
    final List<Integer> quoteParagraph = new ArrayList<>();
    final List<Salient> salience = new ArrayList<>();
    final Map<String, String> unknownSurnames = new HashMap<>();
    final Map<String, Gender> unknownGenders = new HashMap<>();
    final Map<String, String> unknownNames = new HashMap<>();
    /** Nouns that introduced an unknown person ("эксперт ... Игорь Самсонов"), by stem, to its key. */
    final Map<String, String> unknownDescriptors = new HashMap<>();

    Pass(String text, Language language, List<Mention> mentions) {
      this.text = text;
      this.language = language;
      this.lex = lexicons.get(language.base());
      this.mentions = mentions;
      this.tokens = Tokens.of(text);
      this.keys = tokens.stream().map(Token::key).toList();
      this.sentenceList = sentences.split(text, language, lex);
      int n = tokens.size();
      this.sentenceOf = new int[n];
      this.sentenceFirst = new int[sentenceList.size()];
      this.sentenceEnd = new int[sentenceList.size()];
      this.paragraphOf = new int[n];
      this.quoted = new boolean[n];
      this.relative = new boolean[n];
      this.refAt = new Ref[n];
      indexSentences();
      indexParagraphsAndQuotes();
      indexRelativeClauses();
    }

    List<ExtractedStatement> run() {
      findRefs();
      List<Candidate> candidates = new ArrayList<>();
      findDirect(candidates);
      findIndirect(candidates);
      seedSalience();
      resolveAll(candidates);
      return result(candidates);
    }

    // ---- indexing --------------------------------------------------------------------------------

    private void indexSentences() {
      int s = 0;
      for (int i = 0; i < tokens.size(); i++) {
        while (s < sentenceList.size() - 1 && tokens.get(i).start() >= sentenceList.get(s).end()) {
          s++;
        }
        sentenceOf[i] = s;
      }
      java.util.Arrays.fill(sentenceFirst, -1);
      for (int i = tokens.size() - 1; i >= 0; i--) {
        sentenceFirst[sentenceOf[i]] = i;
      }
      for (int i = 0; i < tokens.size(); i++) {
        sentenceEnd[sentenceOf[i]] = i + 1;
      }
    }

    private void indexParagraphsAndQuotes() {
      int paragraph = 0;
      int lineStart = 0;
      int t = 0;
      while (lineStart <= text.length()) {
        int lineEnd = text.indexOf('\n', lineStart);
        if (lineEnd < 0) {
          lineEnd = text.length();
        }
        if (!text.substring(lineStart, lineEnd).isBlank()) {
          while (t < tokens.size() && tokens.get(t).start() < lineEnd) {
            paragraphOf[t++] = paragraph;
          }
          for (Quote quote : Quotes.find(text, lineStart, lineEnd)) {
            quotes.add(quote);
            quoteParagraph.add(paragraph);
            for (int i = tokenAtOrAfter(quote.contentStart()); i < tokens.size() && tokens.get(i).end() <= quote.contentEnd(); i++) {
              quoted[i] = true;
            }
          }
          paragraph++;
        }
        lineStart = lineEnd + 1;
      }
    }

    /** Marks ", who met Y," so that Y is not taken for the subject of the main verb. */
    private void indexRelativeClauses() {
      for (int i = 1; i < tokens.size(); i++) {
        if (tokens.get(i - 1).is(",") && tokens.get(i).word() && lex.isRelative(keys.get(i))) {
          for (int j = i; j < sentenceEnd[sentenceOf[i]] && !tokens.get(j).is(","); j++) {
            relative[j] = true;
          }
        }
      }
    }

    private int tokenAtOrAfter(int offset) {
      int lo = 0;
      int hi = tokens.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (tokens.get(mid).start() < offset) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }

    // ---- referring expressions ---------------------------------------------------------------------

    private void findRefs() {
      List<Mention> sorted = new ArrayList<>(mentions);
      sorted.removeIf(m -> m == null || m.end() > text.length() || m.end() <= m.start());
      sorted.sort(Comparator.comparingInt(Mention::start).thenComparing(m -> -(m.end() - m.start())));
      for (Mention mention : sorted) {
        int from = tokenAtOrAfter(mention.start());
        if (from > 0 && tokens.get(from - 1).end() > mention.start()) {
          from--; // the mention starts inside a token
        }
        int to = from;
        while (to < tokens.size() && tokens.get(to).start() < mention.end()) {
          to++;
        }
        if (to == from || occupied(from, to)) {
          continue;
        }
        Ref ref = new Ref(RefType.MENTION, from, to);
        ref.actorId = mention.actorId();
        ref.actor = catalogue.byId(mention.actorId()).orElse(null);
        ref.name = ref.actor == null ? mention.surface() : ref.actor.name();
        ref.gender = ref.actor == null ? null : ref.actor.gender();
        ref.oblique = obliqueBefore(from, !inflecting()) || possessiveAfter(to) || !nominative(ref.actor, mention)
            || modifierOfTitle(ref, to);
        add(ref);
      }
      findRoles();
      for (int i = 0; i < tokens.size(); i++) {
        Gender gender = tokens.get(i).word() ? lex.pronoun(keys.get(i)) : null;
        if (gender != null && refAt[i] == null && !(language == Language.EN && !isLowerPronoun(i))) {
          Ref ref = new Ref(RefType.PRONOUN, i, i + 1);
          ref.gender = gender;
          add(ref);
        }
      }
      findNames();
      refs.sort(Comparator.comparingInt(r -> r.from));
    }

    /** "He" is a pronoun; a capitalised "He" in mid-sentence is not expected, but "HE" would be. */
    private boolean isLowerPronoun(int i) {
      String surface = tokens.get(i).surface();
      return !tokens.get(i).acronym() || surface.length() < 2;
    }

    private void findRoles() {
      List<RoleTerm> terms = roleTermsByBase.getOrDefault(language.base(), List.of());
      if (terms.isEmpty()) {
        return;
      }
      boolean inflecting = !"en".equals(language.base());
      for (int i = 0; i < tokens.size(); i++) {
        if (refAt[i] != null || !tokens.get(i).word()) {
          continue;
        }
        int longest = 0;
        for (RoleTerm term : terms) {
          if (term.keys().size() > longest && roleTermAt(term, i, inflecting)) {
            longest = term.keys().size();
          }
        }
        if (longest > 0) {
          // "the Russian diplomat" may mean an actor listed as "Russian diplomat" as well as one
          // listed only as "diplomat": every term inside the phrase counts.
          Set<String> actors = new HashSet<>();
          for (int j = i; j < i + longest; j++) {
            for (RoleTerm term : terms) {
              if (j + term.keys().size() <= i + longest && roleTermAt(term, j, inflecting)) {
                actors.addAll(term.actorIds());
              }
            }
          }
          Ref ref = new Ref(RefType.ROLE, i, i + longest);
          ref.roleActors = Set.copyOf(ofCountry(actors, i, i + longest));
          ref.oblique = obliqueBefore(i, true);
          add(ref);
          i += longest - 1;
        }
      }
    }

    /**
     * "the Russian diplomat", "российский министр", "ruski ambasador": a country adjective in or
     * just before the role phrase keeps only the actors of that country (all of them if the
     * catalogue has none there, so a missing country code does not lose the speaker).
     */
    private Set<String> ofCountry(Set<String> actors, int from, int to) {
      String country = null;
      for (int i = Math.max(0, from - 2); i < to && country == null; i++) {
        if (tokens.get(i).word() && sentenceOf[i] == sentenceOf[from]) {
          country = lex.country(keys.get(i));
        }
      }
      if (country == null) {
        return actors;
      }
      Set<String> kept = new HashSet<>();
      for (String id : actors) {
        String code = catalogue.byId(id).map(Actor::country).orElse(null);
        if (country.equalsIgnoreCase(code)) {
          kept.add(id);
        }
      }
      return kept.isEmpty() ? actors : kept;
    }

    private boolean roleTermAt(RoleTerm term, int at, boolean inflecting) {
      int size = term.keys().size();
      if (at + size > tokens.size()) {
        return false;
      }
      for (int k = 0; k < size; k++) {
        int i = at + k;
        // Role nouns are lower case; a capitalised word in mid-sentence is a name (Vladan is not
        // a form of vlada), so it must match exactly.
        boolean tolerant = inflecting && (!tokens.get(i).capitalised() || i == sentenceFirst[sentenceOf[i]]);
        if (!tokens.get(i).word() || refAt[i] != null || !inflectedForm(term.keys().get(k), keys.get(i), tolerant)) {
          return false;
        }
      }
      return true;
    }

    /**
     * Runs of capitalised words not otherwise known, split at title words (so "Foreign Minister
     * John Smith" gives "John Smith"): candidates for a quoted person outside the catalogue.
     */
    private void findNames() {
      int i = 0;
      while (i < tokens.size()) {
        if (!nameWord(i) && !particleBeforeName(i)) {
          i++;
          continue;
        }
        int j = i;
        while (j < tokens.size() && (nameWord(j) || particleBeforeName(j)) && sentenceOf[j] == sentenceOf[i]
            && (j == i || adjacent(j - 1, j))) {
          j++;
        }
        // Split the run at title words and keep each remaining part.
        int partStart = i;
        for (int k = i; k <= j; k++) {
          if (k == j || lex.isTitle(keys.get(k)) && tokens.get(k).capitalised()) {
            addName(partStart, k);
            partStart = k + 1;
          }
        }
        i = j;
      }
    }

    /** "von der Leyen": a lower-case particle that a capitalised part of the name follows. */
    private boolean particleBeforeName(int i) {
      int j = i;
      while (j < tokens.size() && tokens.get(j).word() && !tokens.get(j).capitalised() && lex.isNameParticle(keys.get(j))
          && refAt[j] == null && !quoted[j]) {
        j++;
      }
      return j > i && j < tokens.size() && nameWord(j) && adjacent(j - 1, j);
    }

    private boolean adjacent(int a, int b) {
      String between = text.substring(tokens.get(a).end(), tokens.get(b).start());
      return between.isBlank() && between.indexOf('\n') < 0;
    }

    private boolean nameWord(int i) {
      Token token = tokens.get(i);
      return token.capitalised() && !token.acronym() && refAt[i] == null && !quoted[i]
          && Character.isLetter(token.surface().codePointAt(0)) && !functionWord(i);
    }

    /** Words of the lexicon that a capital at the start of a sentence does not make a name. */
    private boolean functionWord(int i) {
      String key = keys.get(i);
      return verbAt(i).isPresent() || lex.participleAt(keys, i) > 0 || lex.accordingToAt(keys, i).isPresent()
          || lex.thisPhraseAt(keys, i) > 0 || lex.isAs(key) || lex.isComplementizer(key) || lex.isPreposition(key)
          || lex.isFiller(key) || lex.isConjunction(key) || lex.isRelative(key) || lex.pronoun(key) != null
          || lex.possessive(key) != null || lex.isAuxiliary(key);
    }

    private void addName(int from, int to) {
      if (to <= from) {
        return;
      }
      // A sentence opens with a capital anyway: a lone first word is a name only if it is the
      // surname of someone met before ("Самсонов отметил"), which resolution checks.
      boolean initial = to - from == 1 && from == sentenceFirst[sentenceOf[from]];
      // Given name and surname (with particles: Ursula von der Leyen): a longer run carries an
      // outlet, a place or a capitalised title in front ("za Kosovo Online Dragiša Milović",
      // "Politikološkinja Milica Stevanović").
      int start = to;
      int capitals = 0;
      while (start > from && (capitals < 2 || !tokens.get(start - 1).capitalised())) {
        if (tokens.get(start - 1).capitalised()) {
          if (capitals == 2) {
            break;
          }
          capitals++;
        }
        start--;
      }
      while (start < to && !tokens.get(start).capitalised() && capitals == 2) {
        start++; // a particle that came before the given name belongs to an earlier part
      }
      if (start >= to) {
        return;
      }
      Ref ref = new Ref(RefType.NAME, start, to);
      ref.name = text.substring(tokens.get(start).start(), tokens.get(to - 1).end());
      ref.singleWord = to - start == 1;
      ref.initial = initial;
      ref.oblique = obliqueBefore(start, !inflecting()) || possessiveAfter(to);
      add(ref);
    }

    private boolean occupied(int from, int to) {
      for (int i = from; i < to; i++) {
        if (refAt[i] != null) {
          return true;
        }
      }
      return false;
    }

    private void add(Ref ref) {
      for (int i = ref.from; i < ref.to; i++) {
        refAt[i] = ref;
      }
      refs.add(ref);
    }

    /**
     * A preposition shortly before (with Vučić, sa ruskim diplomatom, о Путине, with NATO
     * Secretary General Mark Rutte): up to three lower-case words, and any titles and names of
     * bodies, may stand between it and the name.
     */
    private boolean obliqueBefore(int from, boolean acrossLowerCase) {
      int lowerCase = 0;
      for (int i = from - 1, seen = 0; i >= 0 && seen < 6 && sentenceOf[i] == sentenceOf[from]; i--, seen++) {
        Token token = tokens.get(i);
        if (!token.word()) {
          return false;
        }
        if (refAt[i] != null && refAt[i].type == RefType.MENTION) {
          i = refAt[i].from; // a body qualifying the title: "NATO Secretary General"
          continue;
        }
        if (lex.isPreposition(keys.get(i))) {
          return true;
        }
        if (token.capitalised()) {
          if (!lex.isTitle(keys.get(i)) && !token.acronym() && i != sentenceFirst[sentenceOf[i]]) {
            return false;
          }
        } else if (!acrossLowerCase || ++lowerCase > 3 || verbAt(i).isPresent()) {
          // Serbian and Russian show the case on the name itself: in "на брифинге Мария
          // Захарова" the preposition governs the noun before the name, not the name.
          return false;
        }
      }
      return false;
    }

    private boolean inflecting() {
      return !"en".equals(language.base());
    }

    /** "A NATO official said": the organisation only qualifies the person who spoke. */
    private boolean modifierOfTitle(Ref ref, int to) {
      if (ref.actor == null || ref.actor.kind() != Actor.Kind.ORGANISATION || to >= tokens.size()) {
        return false;
      }
      Token next = tokens.get(to);
      return next.word() && !next.capitalised() && lex.isTitle(keys.get(to));
    }

    /** Vučić's, Vučić’s: a possessor, not a speaker. */
    private boolean possessiveAfter(int to) {
      if (to + 1 >= tokens.size()) {
        return false;
      }
      Token mark = tokens.get(to);
      return (mark.is("'") || mark.is("\u2019")) && "s".equals(keys.get(to + 1))
          && mark.start() == tokens.get(to - 1).end();
    }

    /**
     * Whether a mention is in the nominative: in Serbian and Russian only the dictionary form of a
     * name can be a subject (Vučić, not Vučića; Захарова, not Захаровой). English does not show it.
     */
    private boolean nominative(Actor actor, Mention mention) {
      if ("en".equals(language.base()) || actor == null) {
        return true;
      }
      Set<String> forms = new HashSet<>();
      for (Map<String, List<String>> names : List.of(actor.names(), actor.surnames())) {
        for (List<String> list : names.values()) {
          for (String name : list) {
            forms.addAll(List.of(Texts.matchKey(name).split(" ")));
          }
        }
      }
      forms.addAll(List.of(Texts.matchKey(actor.name()).split(" ")));
      String surface = mention.surface() == null ? text.substring(mention.start(), mention.end()) : mention.surface();
      for (String word : Texts.matchKey(surface).split(" ")) {
        if (!word.isEmpty() && !forms.contains(word)) {
          return false;
        }
      }
      return true;
    }

    // ---- direct quotes ------------------------------------------------------------------------------

    private void findDirect(List<Candidate> out) {
      Candidate previous = null;
      int previousParagraph = -1;
      for (int q = 0; q < quotes.size(); q++) {
        Quote quote = quotes.get(q);
        int paragraph = quoteParagraph.get(q);
        int[] span = trimmedContent(quote);
        if (span == null) {
          continue;
        }
        int open = tokenAtOrAfter(quote.open());
        int close = quote.closed() ? tokenAtOrAfter(quote.close()) : tokenAtOrAfter(quote.close()) ;
        int words = wordsBetween(open + 1, close);
        int headFrom = sentenceFirst[sentenceOf[open]];
        if (q > 0 && quoteParagraph.get(q - 1) == paragraph) {
          headFrom = Math.max(headFrom, tokenAtOrAfter(quotes.get(q - 1).after()));
        }
        int lastContent = Math.max(open, close - 1);
        int tailTo = quote.closed() ? sentenceEnd[sentenceOf[close]] : close;
        if (q + 1 < quotes.size() && quoteParagraph.get(q + 1) == paragraph) {
          tailTo = Math.min(tailTo, tokenAtOrAfter(quotes.get(q + 1).open()));
        }
        Candidate found = new Candidate(span[0], span[1], StatementKind.DIRECT, open);
        Candidate attributed = null;
        if (quote.closed()) {
          attributed = attributeByHeadColon(quote, open, headFrom, found);
          if (attributed == null) {
            attributed = attributeByTail(quote, close, tailTo, found, lastContent);
          }
          if (attributed == null) {
            attributed = attributeByHeadVerb(open, headFrom, found);
          }
        } else {
          attributed = attributeByHeadColon(quote, open, headFrom, found);
        }
        Candidate result;
        if (attributed != null) {
          if (words < MIN_ATTRIBUTED_WORDS) {
            continue;
          }
          result = attributed;
        } else if (previous != null && continues(previous, previousParagraph, quote, paragraph, open)) {
          if (words < MIN_ATTRIBUTED_WORDS) {
            continue;
          }
          found.via = Via.INHERIT;
          found.inheritFrom = previous;
          result = found;
        } else if (words >= MIN_UNATTRIBUTED_WORDS) {
          result = found;
        } else {
          continue;
        }
        out.add(result);
        previous = result;
        previousParagraph = paragraph;
      }
    }

    /** The quote's words without the marks, surrounding spaces and a trailing comma. */
    private int[] trimmedContent(Quote quote) {
      int start = quote.contentStart();
      int end = quote.contentEnd();
      while (start < end && Character.isWhitespace(text.charAt(start))) {
        start++;
      }
      while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || ",;:".indexOf(text.charAt(end - 1)) >= 0)) {
        end--;
      }
      return end > start ? new int[] {start, end} : null;
    }

    private int wordsBetween(int from, int to) {
      int words = 0;
      for (int i = Math.max(0, from); i < Math.min(to, tokens.size()); i++) {
        if (tokens.get(i).word()) {
          words++;
        }
      }
      return words;
    }

    /** "X said: «...»" and "X: «...»", also with the introduction ending the paragraph before. */
    private Candidate attributeByHeadColon(Quote quote, int open, int headFrom, Candidate found) {
      int colon = open - 1;
      while (colon >= headFrom && isDash(colon)) {
        colon--;
      }
      if (colon < headFrom || !tokens.get(colon).is(":")) {
        // Nothing before the quote in its paragraph: the introduction may end the paragraph before.
        if (colon < headFrom && open > 0 && paragraphOf[open - 1] != paragraphOf[open] && tokens.get(open - 1).is(":")) {
          colon = open - 1;
          headFrom = sentenceFirst[sentenceOf[colon]];
        } else {
          return null;
        }
      }
      int verb = lastVerb(headFrom, colon);
      if (verb >= 0) {
        return attach(found, verb, headFrom, verbWindowEnd(verb, colon));
      }
      if (colon - headFrom <= ATTRIBUTION_SENTENCE_WORDS) {
        Ref ref = best(headFrom, colon, colon, false, false);
        if (ref != null) {
          found.via = Via.SUBJECT;
          found.subject = ref;
          return found;
        }
      }
      return null;
    }

    /** "«...», — заявил Лавров." / "“...,” the diplomat said." / "„...“, rekla je ona." */
    private Candidate attributeByTail(Quote quote, int close, int tailTo, Candidate found, int lastContent) {
      int from = close + 1;
      char lastInside = lastNonSpace(quote.contentStart(), quote.contentEnd());
      boolean punctuated = ",.!?\u2026".indexOf(lastInside) >= 0;
      int i = from;
      while (i < tailTo && (tokens.get(i).is(",") || isDash(i))) {
        punctuated = true;
        i++;
      }
      if (!punctuated) {
        return null;
      }
      if (i >= tailTo && tailTo == sentenceEnd[sentenceOf[close]]) {
        // The quote ended its sentence ("... us." Zakharova said.): a short next sentence may name
        // the speaker.
        int next = sentenceOf[close] + 1;
        if (next >= sentenceList.size() || sentenceFirst[next] < 0 || paragraphOf[sentenceFirst[next]] != paragraphOf[close]) {
          return null;
        }
        int nextFrom = sentenceFirst[next];
        int nextTo = sentenceEnd[next];
        if (wordsBetween(nextFrom, nextTo) > ATTRIBUTION_SENTENCE_WORDS || containsQuoteMark(nextFrom, nextTo)) {
          return null;
        }
        i = nextFrom;
        tailTo = nextTo;
      }
      int limit = Math.min(tailTo, i + TAIL_VERB_REACH + 1);
      for (int v = i; v < limit; v++) {
        Token token = tokens.get(v);
        if (!token.word()) {
          if (token.is(",") || token.is(".") || token.is(";") || token.is(":") || isQuoteMark(v)) {
            return null;
          }
          continue;
        }
        Optional<Verb> verb = verbAt(v);
        if (verb.isPresent()) {
          return attach(found, v, i, clauseEnd(v + verb.get().keys().size(), tailTo));
        }
      }
      return null;
    }

    /** "X said that “...”", "X said, “...”", "rekao je Vučić: ..." without the colon. */
    private Candidate attributeByHeadVerb(int open, int headFrom, Candidate found) {
      int i = open - 1;
      while (i >= headFrom) {
        Token token = tokens.get(i);
        if (token.is(",") || isDash(i) || (token.word() && lex.isComplementizer(keys.get(i)))) {
          i--;
        } else if (refAt[i] != null && refAt[i].type != RefType.ROLE) {
          i = refAt[i].from - 1;
        } else {
          break;
        }
      }
      if (i < headFrom) {
        return null;
      }
      int verb = verbEndingAt(i);
      if (verb < 0 || passive(verb)) {
        return null;
      }
      return attach(found, verb, headFrom, verbWindowEnd(verb, open));
    }

    private boolean continues(Candidate previous, int previousParagraph, Quote quote, int paragraph, int open) {
      if (previous.kind != StatementKind.DIRECT) {
        return false;
      }
      int prevEnd = tokenAtOrAfter(previous.end);
      if (previousParagraph == paragraph) {
        // Between the two quotes only the first one's attribution: "“A,” he said. “B.”"
        for (int i = prevEnd; i < open; i++) {
          if (refAt[i] != null && refAt[i] != previous.subject && !quoted[i]) {
            return false;
          }
        }
        return open - prevEnd <= TAIL_VERB_REACH + 4;
      }
      // A paragraph that is nothing but a quote, right after a paragraph that ended in a quote,
      // goes on with the same voice (the convention for quotes running over several paragraphs).
      return previousParagraph == paragraph - 1
          && text.substring(tokens.get(sentenceFirst[sentenceOf[open]]).start(), quote.open()).isBlank()
          && endsWithQuote(prevEnd);
    }

    private boolean endsWithQuote(int from) {
      for (int i = from; i < tokens.size() && paragraphOf[i] == paragraphOf[Math.max(0, from - 1)]; i++) {
        if (tokens.get(i).word()) {
          return false;
        }
      }
      return true;
    }

    /**
     * Attaches the subject of the speech verb at {@code verb}, searched in tokens [from, to): the
     * most likely subject, a body named alongside a role as a fall-back, and whether the verb
     * stands alone with its auxiliaries (a dropped pronoun in Serbian and Russian).
     */
    private Candidate attach(Candidate c, int verb, int from, int to) {
      Verb v = verbAt(verb).orElse(null);
      int verbEnd = verb + (v == null ? 1 : v.keys().size());
      c.via = Via.SUBJECT;
      if (c.verbGender == null && v != null) {
        c.verbGender = v.gender();
      }
      if (v != null && v.impersonal()) {
        // "— говорится в сообщении МИД": the source is the body or person in the phrase after.
        c.subject = best(from, to, verb, true, true);
      } else {
        c.subject = best(from, to, verb, false, false);
      }
      if (c.subject != null && c.subject.type == RefType.ROLE) {
        Ref body = best(from, to, verb, true, true);
        c.fallback = body != null && body.actor != null && body.actor.kind() == Actor.Kind.ORGANISATION ? body : null;
      }
      c.zero = c.subject == null && onlyAuxiliaries(from, verb) && onlyAuxiliaries(verbEnd, to);
      c.windowFrom = from;
      c.windowTo = to;
      return c;
    }

    /**
     * Whether tokens [from, to) hold nothing that could be a subject of its own: auxiliaries,
     * adverbs, punctuation and prepositional phrases only ("je za RTS", "также на брифинге"),
     * not "један од организатора".
     */
    private boolean onlyAuxiliaries(int from, int to) {
      boolean inPhrase = false;
      for (int i = Math.max(0, from); i < Math.min(to, tokens.size()); i++) {
        Token token = tokens.get(i);
        if (!token.word()) {
          inPhrase = false;
          continue;
        }
        String key = keys.get(i);
        if (lex.isPreposition(key)) {
          inPhrase = true;
        } else if (!inPhrase && !lex.isFiller(key) && !lex.isComplementizer(key) && verbAt(i).isEmpty()) {
          return false;
        }
      }
      return true;
    }

    // ---- reported speech ----------------------------------------------------------------------------

    private void findIndirect(List<Candidate> out) {
      for (int s = 0; s < sentenceList.size(); s++) {
        int first = sentenceFirst[s];
        if (first < 0) {
          continue;
        }
        int end = sentenceEnd[s];
        boolean hasQuote = containsQuoteMark(first, end);
        Candidate previousSentence = reportOfPreviousSentence(s, first, end);
        if (previousSentence != null) {
          out.add(previousSentence);
          continue;
        }
        for (int i = first; i < end; i++) {
          if (quoted[i] || !tokens.get(i).word()) {
            continue;
          }
          Optional<List<String>> according = lex.accordingToAt(keys, i);
          if (according.isPresent()) {
            Candidate c = accordingTo(i, according.get(), first, end);
            if (c != null) {
              out.add(c);
            }
            i += according.get().size() - 1;
            continue;
          }
          int participle = lex.participleAt(keys, i);
          if (participle > 0 && i > first && tokens.get(i - 1).is(",")) {
            int clause = complementizerAfter(i + participle - 1, end);
            if (clause >= 0) {
              Candidate c = reported(clause, clauseEnd(clause, end, true), i, Via.PARTICIPLE);
              if (c != null) {
                out.add(c);
              }
            }
            continue;
          }
          Optional<Verb> verb = verbAt(i);
          if (verb.isEmpty() || passive(i)) {
            continue;
          }
          int verbEnd = i + verb.get().keys().size();
          Candidate c = asPattern(i, verbEnd, verb.get(), first, end);
          if (c == null) {
            int clause = complementizerAfter(verbEnd - 1, end);
            if (clause < 0 && "en".equals(language.base())) {
              clause = clauseWithoutThat(verbEnd, end);
            }
            if (clause >= 0 && !startsQuote(clause)) {
              c = reported(clause, clauseEnd(clause, end, true), i, Via.SUBJECT);
              if (c != null) {
                attach(c, i, clauseStart(first, i), verbWindowEnd(i, clause - 1));
              }
            }
          }
          if (c == null && !hasQuote) {
            c = trailingAttribution(i, verbEnd, verb.get(), first, end);
          }
          if (c != null) {
            out.add(c);
          }
          i = verbEnd - 1;
        }
      }
    }

    /**
     * "Ситуация ... выходит из-под контроля. Об этом заявила Захарова.": a sentence that opens with
     * "this" and a speech verb reports the sentence before it (in the same paragraph).
     */
    private Candidate reportOfPreviousSentence(int s, int first, int end) {
      int phrase = lex.thisPhraseAt(keys, first);
      if (phrase == 0 || s == 0 || sentenceFirst[s - 1] < 0 || paragraphOf[sentenceFirst[s - 1]] != paragraphOf[first]) {
        return null;
      }
      for (int v = first + phrase; v < Math.min(end, first + phrase + 4); v++) {
        Optional<Verb> verb = verbAt(v);
        if (verb.isPresent()) {
          Candidate c = reported(sentenceFirst[s - 1], sentenceEnd[s - 1], v, Via.SUBJECT);
          return c == null ? null : attach(c, v, first + phrase, end);
        }
        if (!tokens.get(v).word()) {
          return null;
        }
      }
      return null;
    }

    /** "According to X, ...", "..., according to X.", "Prema njegovim rečima, ...", "По словам Захаровой ...". */
    private Candidate accordingTo(int at, List<String> phrase, int first, int end) {
      int after = at + phrase.size();
      Ref subject = null;
      Gender gender = null;
      int slot = phrase.indexOf(SpeechLexicon.SLOT);
      int npEnd = after;
      if (slot >= 0) {
        gender = lex.possessive(keys.get(at + slot));
        Ref zero = new Ref(RefType.PRONOUN, at + slot, at + slot + 1);
        zero.gender = gender;
        subject = zero;
      } else if (after < end) {
        Gender object = tokens.get(after).word() ? lex.objectPronoun(keys.get(after)) : null;
        if (object != null) {
          subject = new Ref(RefType.PRONOUN, after, after + 1);
          subject.gender = object;
          npEnd = after + 1;
        } else {
          int stop = after;
          while (stop < end && !tokens.get(stop).is(",") && !tokens.get(stop).is(".") && !isQuoteMark(stop)) {
            stop++;
          }
          subject = best(after, stop, after, true, false);
          npEnd = stop;
        }
      }
      boolean described = false;
      if (subject == null) {
        // "По мнению эксперта": kept only if the noun describes an unknown person met before.
        if (npEnd <= after) {
          return null;
        }
        described = true;
      }
      int from;
      int to;
      boolean opening = at == first || tokens.get(at - 1).is(",") && !hasWordsBefore(first, at - 1) || isDash(at - 1) && at - 1 == first;
      if (opening || at == first) {
        int comma = npEnd;
        while (comma < end && !tokens.get(comma).is(",")) {
          comma++;
        }
        from = comma + 1;
        to = clauseEnd(from, end, true);
      } else if (tokens.get(at - 1).is(",")) {
        // "X, according to Y, is ..." / "..., according to Y." : the sentence around the phrase.
        from = first;
        int next = npEnd;
        while (next < end && !tokens.get(next).is(",")) {
          next++;
        }
        to = next < end && wordsBetween(next, end) >= 2 ? clauseEnd(next, end, true) : at - 1;
      } else {
        return null;
      }
      Candidate c = reported(from, to, at, Via.SUBJECT);
      if (c != null) {
        c.subject = subject;
        c.verbGender = gender;
        c.onlyIfDescribed = described;
        c.windowFrom = after;
        c.windowTo = npEnd;
      }
      return c;
    }

    /** "X je ocenio da ..., kako je rekao, ...": the words before are already a report. */
    private boolean reportedBefore(int first, int at) {
      for (int i = first; i < at; i++) {
        if (!quoted[i] && (verbAt(i).isPresent() || lex.accordingToAt(keys, i).isPresent())) {
          return true;
        }
      }
      return false;
    }

    private boolean hasWordsBefore(int first, int at) {
      for (int i = first; i < at; i++) {
        if (tokens.get(i).word()) {
          return true;
        }
      }
      return false;
    }

    /** "As X noted, ...", "Kako je istakao Vučić, ...", "Как заявил Лавров, ...", and at the end. */
    private Candidate asPattern(int verb, int verbEnd, Verb v, int first, int end) {
      int as = -1;
      for (int i = verb - 1; i >= Math.max(first, verb - 5); i--) {
        if (!tokens.get(i).word()) {
          break;
        }
        if (lex.isAs(keys.get(i))) {
          as = i;
          break;
        }
      }
      if (as < 0) {
        return null;
      }
      boolean opening = as == first || isDash(as - 1) && !hasWordsBefore(first, as - 1);
      boolean closing = as > first && tokens.get(as - 1).is(",") && !reportedBefore(first, as);
      if (!opening && !closing) {
        return null;
      }
      int comma = verbEnd;
      while (comma < end && !tokens.get(comma).is(",") && !tokens.get(comma).is(".")) {
        comma++;
      }
      Candidate c;
      if (opening) {
        if (comma >= end || !tokens.get(comma).is(",")) {
          return null;
        }
        c = reported(comma + 1, clauseEnd(comma + 1, end, true), verb, Via.SUBJECT);
      } else {
        c = reported(first, as - 1, verb, Via.SUBJECT);
      }
      return c == null ? null : attach(c, verb, as + 1, comma);
    }

    /** "Russia will not abandon Serbia, the ambassador said." : a report with the verb at the end. */
    private Candidate trailingAttribution(int verb, int verbEnd, Verb v, int first, int end) {
      int comma = -1;
      for (int i = verb - 1; i > first; i--) {
        if (tokens.get(i).is(",")) {
          comma = i;
          break;
        }
      }
      if (comma < 0 || comma + 1 < end && tokens.get(comma + 1).word() && lex.isConjunction(keys.get(comma + 1))) {
        return null;
      }
      int segmentEnd = end;
      while (segmentEnd > verbEnd && !tokens.get(segmentEnd - 1).word()) {
        segmentEnd--;
      }
      for (int i = verbEnd; i < segmentEnd; i++) {
        if (!tokens.get(i).word() || lex.isComplementizer(keys.get(i))) {
          return null;
        }
      }
      if (wordsBetween(comma + 1, end) > TRAILING_ATTRIBUTION_WORDS) {
        return null;
      }
      int to = comma;
      while (to > first && isDash(to - 1)) {
        to--;
      }
      Candidate c = reported(first, to, verb, Via.SUBJECT);
      if (c == null) {
        return null;
      }
      attach(c, verb, comma + 1, segmentEnd);
      boolean dropped = c.zero && v.gender() != null && !"en".equals(language.base());
      return c.subject != null || dropped ? c : null;
    }

    /** A reported clause over tokens [from, to), or null if too short to be a statement. */
    private Candidate reported(int from, int to, int anchor, Via via) {
      while (to > from && !tokens.get(to - 1).word() && !isClosingMark(to - 1)) {
        to--;
      }
      while (from < to && !tokens.get(from).word() && !isQuoteMark(from)) {
        from++;
      }
      if (wordsBetween(from, to) < MIN_REPORTED_WORDS) {
        return null;
      }
      Candidate c = new Candidate(tokens.get(from).start(), tokens.get(to - 1).end(), StatementKind.INDIRECT, anchor);
      c.via = via;
      return c;
    }

    /** First token of the reported clause after a speech verb ending at {@code verbLast}, or -1. */
    private int complementizerAfter(int verbLast, int end) {
      for (int i = verbLast + 1; i < Math.min(end, verbLast + 1 + COMPLEMENTIZER_REACH); i++) {
        Token token = tokens.get(i);
        if (token.word() && lex.isComplementizer(keys.get(i))) {
          return i + 1 < end ? i + 1 : -1;
        }
        // Only Russian puts a comma before its "что"; any other punctuation or a relative clause
        // (", који није желео да ...") means the "da" belongs to something else.
        boolean commaBeforeThat = token.is(",") && i + 1 < end && lex.isComplementizer(keys.get(i + 1));
        if (!token.word() && !commaBeforeThat || token.word() && lex.isRelative(keys.get(i))) {
          return -1;
        }
        if (token.word() && (verbAt(i).isPresent() || lex.participleAt(keys, i) > 0)) {
          return -1;
        }
      }
      return -1;
    }

    /**
     * "said Belgrade would ...", "announced he will ...": English leaves out "that"; the clause is
     * recognised by a subject pronoun right after the verb or an auxiliary a few words on. Returns
     * the clause's first token, or -1.
     */
    private int clauseWithoutThat(int from, int end) {
      if (from >= end || !tokens.get(from).word() || lex.isPreposition(keys.get(from))) {
        return -1;
      }
      int start = from;
      for (int k = from; k < Math.min(end, from + 5); k++) {
        Token token = tokens.get(k);
        if (!token.word()) {
          if ((token.is("'") || token.is("\u2019")) && k > from) {
            continue; // Russia's position would ...
          }
          return -1;
        }
        if (lex.isClauseOpener(keys.get(k)) && k > from) {
          start = k; // told reporters he would ...
        }
        if (k > start && lex.isAuxiliary(keys.get(k))) {
          return start;
        }
        if (k > from && verbAt(k).isPresent()) {
          return -1;
        }
      }
      return -1;
    }

    /**
     * Where a reported clause ends: the sentence end, or before ", adding that ...", or in
     * English before ", and called on ...", a second thing the speaker did rather than said.
     */
    private int clauseEnd(int from, int end, boolean stopAtParticiple) {
      for (int i = from; i < end; i++) {
        if (stopAtParticiple && tokens.get(i).is(",") && i + 1 < end && lex.participleAt(keys, i + 1) > 0) {
          return i;
        }
        if ("en".equals(language.base()) && tokens.get(i).is(",") && i + 2 < end && "and".equals(keys.get(i + 1))
            && tokens.get(i + 2).word() && !lex.isComplementizer(keys.get(i + 2))
            && (keys.get(i + 2).endsWith("ed") || verbAt(i + 2).isPresent())) {
          return i;
        }
      }
      return end;
    }

    /** The clause of a speech verb ends at the next comma, colon, quote, "that" or sentence end. */
    private int clauseEnd(int from, int end) {
      for (int i = from; i < end; i++) {
        Token token = tokens.get(i);
        if (token.is(",") || token.is(";") || token.is(":") || token.is(".") || isQuoteMark(i)
            || (token.word() && (lex.isComplementizer(keys.get(i)) || lex.participleAt(keys, i) > 0))) {
          return i;
        }
      }
      return end;
    }

    /** Where the clause holding a verb starts: after an earlier quote or ';' in the sentence. */
    private int clauseStart(int first, int verb) {
      for (int i = verb - 1; i > first; i--) {
        if (tokens.get(i).is(";") || isClosingMark(i) && !quoted[i]) {
          return i + 1;
        }
      }
      return first;
    }

    private boolean startsQuote(int i) {
      return i < tokens.size() && isQuoteMark(i);
    }

    // ---- subjects -------------------------------------------------------------------------------------

    /** Where the search for a verb's subject ends after it: its clause, at most up to {@code to}. */
    private int verbWindowEnd(int verb, int to) {
      int verbEnd = verb + verbAt(verb).map(v -> v.keys().size()).orElse(1);
      return Math.max(verbEnd, clauseEnd(verbEnd, Math.max(verbEnd, to)));
    }

    /**
     * The most likely subject among the references in tokens [from, to): a named person before an
     * unknown name before a role before a pronoun before an organisation, nearest to the verb
     * first; never one inside a quote, a relative clause, or after a preposition (unless the
     * phrase itself governs the case, as "по словам Захаровой" does).
     */
    private Ref best(int from, int to, int verb, boolean obliqueAllowed, boolean mentionsOnly) {
      boolean english = "en".equals(language.base());
      Ref best = null;
      int bestDistance = Integer.MAX_VALUE;
      for (Ref ref : refs) {
        if (ref.from < from || ref.to > to || quoted[ref.from] || relative[ref.from]) {
          continue;
        }
        if (ref.oblique && !obliqueAllowed || mentionsOnly && ref.type != RefType.MENTION) {
          continue;
        }
        int distance = ref.to <= verb ? verb - ref.to : ref.from - verb;
        // A lone capitalised word is a surname only right next to the verb ("rekao je Ristović").
        if (ref.type == RefType.NAME && ref.singleWord && !nextToVerb(ref, verb)) {
          continue;
        }
        if (best == null) {
          best = ref;
          bestDistance = distance;
          continue;
        }
        // English puts the subject before the verb unless nothing stands there ("said Lavrov");
        // after the verb comes the listener ("she told Vučić").
        boolean before = ref.to <= verb;
        boolean bestBefore = best.to <= verb;
        if (english && before != bestBefore) {
          if (before) {
            best = ref;
            bestDistance = distance;
          }
          continue;
        }
        if (ref.tier() < best.tier() || ref.tier() == best.tier() && distance < bestDistance) {
          best = ref;
          bestDistance = distance;
        }
      }
      return best;
    }

    /** Only auxiliaries stand between the name and the verb ("rekao je Ristović", "Ristović kaže"). */
    private boolean nextToVerb(Ref ref, int verb) {
      int from = ref.to <= verb ? ref.to : verb + verbAt(verb).map(v -> v.keys().size()).orElse(1);
      int to = ref.to <= verb ? verb : ref.from;
      if (to - from > 2) {
        return false;
      }
      for (int i = from; i < to; i++) {
        if (!tokens.get(i).word() || !lex.isFiller(keys.get(i))) {
          return false;
        }
      }
      return true;
    }

    /** The subject of a sentence: its first named person (or body) not after a preposition. */
    private Ref firstSubject(int from, int to) {
      Ref first = null;
      for (Ref ref : refs) {
        if (ref.from < from || ref.to > to || quoted[ref.from] || relative[ref.from] || ref.oblique) {
          continue;
        }
        if (ref.type == RefType.NAME && ref.singleWord) {
          continue;
        }
        if (first == null || ref.tier() < first.tier()) {
          first = ref;
        }
      }
      return first;
    }

    // ---- resolution -----------------------------------------------------------------------------------

    /** Every catalogue actor named outside quotes starts as a possible antecedent. */
    private void seedSalience() {
      int subjectSentence = -1;
      for (Ref ref : refs) {
        if (ref.type != RefType.MENTION) {
          continue;
        }
        int sentence = sentenceOf[ref.from];
        double weight;
        if (quoted[ref.from]) {
          weight = QUOTED_MENTION_WEIGHT;
        } else if (!ref.oblique && !relative[ref.from] && subjectSentence != sentence) {
          weight = SUBJECT_WEIGHT;
          subjectSentence = sentence;
        } else {
          weight = MENTION_WEIGHT;
        }
        boolean person = ref.actor == null || ref.actor.kind() == Actor.Kind.PERSON;
        salience.add(new Salient(ref.actorId, ref.name, ref.gender, person, ref.from, sentence, weight));
      }
    }

    private void resolveAll(List<Candidate> candidates) {
      candidates.sort(Comparator.comparingInt((Candidate c) -> c.anchor).thenComparingInt(c -> c.start));
      for (Candidate c : candidates) {
        resolve(c, candidates);
        if (!UNKNOWN.equals(c.speakerId)) {
          int token = Math.min(c.anchor, tokens.size() - 1);
          Gender gender = genderOf(c.speakerId, c.verbGender);
          salience.add(new Salient(c.speakerId, c.speakerName, gender, true, token, sentenceOf[token], SPEAKER_WEIGHT));
        }
      }
    }

    private void resolve(Candidate c, List<Candidate> all) {
      c.speakerId = UNKNOWN;
      c.speakerName = UNKNOWN;
      switch (c.via) {
        case INHERIT -> {
          if (c.inheritFrom.speakerId != null) {
            c.speakerId = c.inheritFrom.speakerId;
            c.speakerName = c.inheritFrom.speakerName;
          }
        }
        case PARTICIPLE -> {
          Candidate before = null;
          for (Candidate other : all) {
            if (other != c && other.speakerId != null && other.anchor < c.anchor
                && sentenceOf[Math.min(other.anchor, tokens.size() - 1)] == sentenceOf[c.anchor]) {
              before = other;
            }
          }
          if (before != null) {
            c.speakerId = before.speakerId;
            c.speakerName = before.speakerName;
          } else {
            Ref subject = firstSubject(sentenceFirst[sentenceOf[c.anchor]], c.anchor);
            if (subject != null) {
              assign(c, subject);
            }
          }
        }
        case SUBJECT -> {
          if (c.subject != null) {
            assign(c, c.subject);
            if (UNKNOWN.equals(c.speakerId) && c.fallback != null) {
              assign(c, c.fallback);
            }
          } else if (describedUnknown(c) != null) {
            String key = describedUnknown(c);
            c.speakerId = UNKNOWN_PERSON_PREFIX + key;
            c.speakerName = unknownNames.get(key);
          } else if (c.zero && c.verbGender != null && !"en".equals(language.base())) {
            // Serbian and Russian drop the pronoun: "Dodala je da ..." still says "she".
            Salient antecedent = antecedent(c.verbGender, null, c.anchor);
            if (antecedent != null) {
              c.speakerId = antecedent.id();
              c.speakerName = antecedent.name();
            }
          }
        }
        case NONE -> {}
      }
    }

    private void assign(Candidate c, Ref ref) {
      switch (ref.type) {
        case MENTION -> {
          c.speakerId = ref.actorId;
          c.speakerName = ref.name;
        }
        case NAME -> {
          String catalogued = personByName.get(Texts.matchKey(ref.name));
          if (catalogued != null) {
            c.speakerId = catalogued;
            c.speakerName = catalogue.byId(catalogued).map(Actor::name).orElse(ref.name);
            return;
          }
          String surname = surnameKey(ref.name);
          String known = unknownSurnames.get(surname);
          if (known != null && (ref.singleWord || known.endsWith(" " + surname))) {
            c.speakerId = UNKNOWN_PERSON_PREFIX + known;
            c.speakerName = unknownNames.get(known);
          } else if (!ref.initial) {
            String key = Texts.matchKey(ref.name);
            c.speakerId = UNKNOWN_PERSON_PREFIX + key;
            c.speakerName = ref.name;
            unknownSurnames.put(surname, key);
            unknownNames.put(key, ref.name);
            rememberDescriptors(ref, key);
            if (c.verbGender != null) {
              unknownGenders.put(c.speakerId, c.verbGender);
            }
          }
        }
        case PRONOUN -> {
          Salient antecedent = antecedent(ref.gender, null, ref.from);
          if (antecedent != null) {
            c.speakerId = antecedent.id();
            c.speakerName = antecedent.name();
          }
        }
        case ROLE -> {
          Salient antecedent = antecedent(c.verbGender, ref.roleActors, ref.from);
          if (antecedent != null) {
            c.speakerId = antecedent.id();
            c.speakerName = antecedent.name();
          } else {
            // Nobody with the role came before; if exactly one actor with it is named anywhere
            // in the article, the role can only mean that actor.
            Set<String> named = new HashSet<>();
            for (Ref other : refs) {
              if (other.type == RefType.MENTION && ref.roleActors.contains(other.actorId)
                  && compatible(other.gender, c.verbGender)) {
                named.add(other.actorId);
              }
            }
            if (named.size() == 1) {
              String id = named.iterator().next();
              c.speakerId = id;
              c.speakerName = catalogue.byId(id).map(Actor::name).orElse(id);
            }
          }
        }
      }
    }

    /**
     * Keeps the lower-case nouns right before a new unknown person's name ("energetski analitičar
     * Vladan Ristović", "эксперт Центра балканских исследований Игорь Самсонов"), so that "rekao
     * je analitičar" or "по мнению эксперта" later can point back to that person.
     */
    private void rememberDescriptors(Ref ref, String key) {
      for (int i = ref.from - 1; i >= Math.max(0, ref.from - 5) && sentenceOf[i] == sentenceOf[ref.from]; i--) {
        Token token = tokens.get(i);
        if (!token.word() || verbAt(i).isPresent() || refAt[i] != null && refAt[i].type != RefType.NAME) {
          break;
        }
        if (!token.capitalised() || i == sentenceFirst[sentenceOf[i]]) {
          String k = keys.get(i);
          if (k.length() >= 4 && !lex.isPreposition(k) && !lex.isFiller(k)) {
            unknownDescriptors.putIfAbsent(stem(k), key);
          }
        }
      }
    }

    /** The unknown person a bare noun in the subject window describes, or null. */
    private String describedUnknown(Candidate c) {
      if (c.windowFrom < 0 || unknownDescriptors.isEmpty()) {
        return null;
      }
      for (int i = c.windowFrom; i < Math.min(c.windowTo, tokens.size()); i++) {
        if (tokens.get(i).word() && !quoted[i] && refAt[i] == null && keys.get(i).length() >= 4) {
          String key = unknownDescriptors.get(stem(keys.get(i)));
          if (key != null) {
            return key;
          }
        }
      }
      return null;
    }

    private String stem(String key) {
      return inflecting() && key.length() > 5 ? key.substring(0, key.length() - 2) : key;
    }

    /** The last word of a name, cut to a stem so "Petrović" finds "Petrovića" and back. */
    private String surnameKey(String name) {
      String key = Texts.matchKey(name);
      String last = key.substring(key.lastIndexOf(' ') + 1);
      return "en".equals(language.base()) || last.length() <= 5 ? last : last.substring(0, last.length() - 2);
    }

    private Gender genderOf(String id, Gender fallback) {
      Gender known = catalogue.byId(id).map(Actor::gender).orElse(null);
      if (known != null) {
        return known;
      }
      return unknownGenders.getOrDefault(id, fallback);
    }

    private boolean compatible(Gender actual, Gender wanted) {
      return wanted == null || actual == null || actual == wanted;
    }

    /**
     * The antecedent a careful reader picks for a pronoun, role or dropped subject at {@code
     * token}: among actors of the right gender (and role) in the last few sentences, the most
     * salient, where having spoken counts more than having been the subject, and that more than
     * having been mentioned; each sentence back costs a little.
     */
    private Salient antecedent(Gender gender, Set<String> roleActors, int token) {
      int sentence = sentenceOf[Math.min(token, tokens.size() - 1)];
      Map<String, Double> scores = new LinkedHashMap<>();
      Map<String, Salient> latest = new HashMap<>();
      for (Salient s : salience) {
        if (s.token() >= token || sentence - s.sentence() > COREFERENCE_SENTENCES) {
          continue;
        }
        if (roleActors != null && !roleActors.contains(s.id())) {
          continue;
        }
        if (roleActors == null && !s.person()) {
          continue;
        }
        Gender actual = genderOf(s.id(), s.gender());
        if (gender != null && actual != null && actual != gender) {
          continue;
        }
        double score = s.weight() - DISTANCE_COST * (sentence - s.sentence());
        if (gender != null && actual == null) {
          score -= UNKNOWN_GENDER_COST;
        }
        if (score > scores.getOrDefault(s.id(), Double.NEGATIVE_INFINITY) || !scores.containsKey(s.id())) {
          scores.put(s.id(), Math.max(score, scores.getOrDefault(s.id(), Double.NEGATIVE_INFINITY)));
        }
        Salient previous = latest.get(s.id());
        if (previous == null || s.token() > previous.token()) {
          latest.put(s.id(), s);
        }
      }
      String bestId = null;
      double bestScore = Double.NEGATIVE_INFINITY;
      for (Map.Entry<String, Double> entry : scores.entrySet()) {
        double score = entry.getValue();
        if (bestId == null || score > bestScore
            || score == bestScore && latest.get(entry.getKey()).token() > latest.get(bestId).token()) {
          bestId = entry.getKey();
          bestScore = score;
        }
      }
      if (bestId == null) {
        return null;
      }
      Salient s = latest.get(bestId);
      String name = catalogue.byId(bestId).map(Actor::name).orElse(s.name());
      return new Salient(bestId, name, s.gender(), s.person(), s.token(), s.sentence(), bestScore);
    }

    // ---- output -----------------------------------------------------------------------------------------

    private List<ExtractedStatement> result(List<Candidate> candidates) {
      candidates.sort(Comparator.comparingInt((Candidate c) -> c.start).thenComparingInt(c -> -c.end));
      List<Candidate> kept = new ArrayList<>();
      for (Candidate c : candidates) {
        if (c.onlyIfDescribed && UNKNOWN.equals(c.speakerId)) {
          continue;
        }
        boolean duplicate = false;
        for (int k = 0; k < kept.size(); k++) {
          Candidate other = kept.get(k);
          int overlap = Math.min(c.end, other.end) - Math.max(c.start, other.start);
          int shorter = Math.min(c.end - c.start, other.end - other.start);
          if (overlap > 0 && overlap * 2 >= shorter) {
            // The same words found twice: a quote beats the report around it, unless it is a
            // partial quotation inside the report (said that Pristina "cannot negotiate under
            // threat"); a known speaker beats an unknown one.
            if (better(c, other)) {
              kept.set(k, c);
            }
            duplicate = true;
            break;
          }
        }
        if (!duplicate) {
          kept.add(c);
        }
      }
      kept.sort(Comparator.comparingInt(c -> c.start));
      List<ExtractedStatement> out = new ArrayList<>(kept.size());
      for (Candidate c : kept) {
        out.add(new ExtractedStatement(c.speakerId, c.speakerName, text.substring(c.start, c.end), c.kind, c.start, c.end));
      }
      return List.copyOf(out);
    }

    private boolean better(Candidate c, Candidate other) {
      if (c.kind != other.kind) {
        Candidate direct = c.kind == StatementKind.DIRECT ? c : other;
        Candidate reported = direct == c ? other : c;
        boolean partial = direct.start >= reported.start && direct.end <= reported.end
            && (direct.end - direct.start) * 10 < (reported.end - reported.start) * 9;
        return partial ? c == reported : c == direct;
      }
      return UNKNOWN.equals(other.speakerId) && !UNKNOWN.equals(c.speakerId);
    }

    // ---- small helpers --------------------------------------------------------------------------------

    private Optional<Verb> verbAt(int i) {
      if (i < 0 || i >= tokens.size() || !tokens.get(i).word()) {
        return Optional.empty();
      }
      return lex.verbAt(keys, i);
    }

    /** The start of a speech verb whose last token is {@code last}, or -1. */
    private int verbEndingAt(int last) {
      for (int start = last; start >= Math.max(0, last - 2); start--) {
        Optional<Verb> verb = verbAt(start);
        if (verb.isPresent() && start + verb.get().keys().size() - 1 == last) {
          return start;
        }
      }
      return -1;
    }

    /** The last speech verb in [from, to), outside quotes, or -1. */
    private int lastVerb(int from, int to) {
      for (int i = to - 1; i >= from; i--) {
        if (!quoted[i] && verbAt(i).isPresent() && !passive(i)) {
          return i;
        }
      }
      return -1;
    }

    private boolean passive(int verb) {
      return verb > 0 && tokens.get(verb - 1).word() && lex.isPassiveAuxiliary(keys.get(verb - 1));
    }

    private boolean isDash(int i) {
      if (i < 0 || i >= tokens.size() || tokens.get(i).word()) {
        return false;
      }
      String s = tokens.get(i).surface();
      return s.equals("-") || s.equals("\u2013") || s.equals("\u2014") || s.equals("\u2012");
    }

    private boolean isQuoteMark(int i) {
      if (tokens.get(i).word()) {
        return false;
      }
      return "\"\u201C\u201D\u201E\u00AB\u00BB\u201A\u2018\u2039\u203A".contains(tokens.get(i).surface());
    }

    private boolean isClosingMark(int i) {
      if (tokens.get(i).word()) {
        return false;
      }
      return "\"\u201C\u201D\u00BB\u2019\u203A".contains(tokens.get(i).surface());
    }

    private boolean containsQuoteMark(int from, int to) {
      for (int i = from; i < to; i++) {
        if (isQuoteMark(i)) {
          return true;
        }
      }
      return false;
    }

    private char lastNonSpace(int from, int to) {
      for (int i = to - 1; i >= from; i--) {
        if (!Character.isWhitespace(text.charAt(i))) {
          return text.charAt(i);
        }
      }
      return ' ';
    }
  }
}
