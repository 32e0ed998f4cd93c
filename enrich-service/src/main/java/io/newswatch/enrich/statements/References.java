package io.newswatch.enrich.statements;

import static io.newswatch.enrich.statements.RoleTerms.inflectedForm;

import io.newswatch.common.model.Actor;
import io.newswatch.common.model.Actor.Gender;
import io.newswatch.common.model.Language;
import io.newswatch.common.text.Texts;
import io.newswatch.enrich.actors.Mention;
import io.newswatch.enrich.statements.RoleTerms.FirstWord;
import io.newswatch.enrich.statements.RoleTerms.RoleTerm;
import io.newswatch.enrich.statements.Tokens.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The referring expressions of an article that may name a speaker: catalogue mentions (and
 * whether they stand in a case a subject can take), role noun phrases, pronouns, and runs of
 * capitalised words that may be people outside the catalogue.
 */
abstract class References extends TextIndex {
  final Ref[] refAt;

  final List<Ref> refs = new ArrayList<>();

  /** The ids of the bodies outside the catalogue this text names ({@link #findBodies}). */
  final Set<String> bodiesOutsideCatalogue = new HashSet<>();

  /** The bodies outside the catalogue met so far, id to name, in the order met. */
  private final Map<String, String> bodyNames = new LinkedHashMap<>();

  References(StatementExtractor extractor, String text, Language language, List<Mention> mentions) {
    super(extractor, text, language, mentions);
    this.refAt = new Ref[tokens.size()];
  }

  void findRefs() {
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
      ref.oblique = !subjectOfClause(from, to) && (obliqueBefore(from, !inflecting()) || possessiveAfter(to)
          || !nominative(ref.actor, mention) || modifierOfTitle(ref, to) || caseEndingAfterHyphen(mention, to));
      add(ref);
    }
    findBodies();
    findBodiesByAcronym();
    findBodiesByHeadNoun();
    findClubsByNoun();
    findRoles();
    for (int i = 0; i < tokens.size(); i++) {
      Gender gender = tokens.get(i).word() ? entry(i).pronoun() : null;
      if (gender != null && refAt[i] == null && !(language == Language.EN && !isLowerPronoun(i))
          && !outletsInterviewee(i) && !nounBeforeName(i)) {
        Ref ref = new Ref(RefType.PRONOUN, i, i + 1);
        ref.gender = gender;
        add(ref);
      }
    }
    findAges();
    findNames();
    refs.sort(Comparator.comparingInt(r -> r.from));
    if (inflecting()) {
      nominativesFromSurnamesAlone();
    }
  }

  /**
   * Whether the word at {@code i}, a noun the lexicon reads as a pronoun (političar, Španac,
   * серб), comes right before a name: then it says what the person is ("Победу одержал серб Лука
   * Станкович", "Португалац Жоао Мендеш"), and the name is the reference.
   */
  private boolean nounBeforeName(int i) {
    return !PERSONAL_PRONOUNS.contains(keys.get(i)) && i + 1 < tokens.size() && tokens.get(i + 1).word()
        && tokens.get(i + 1).capitalised();
  }

  /** The personal pronouns among the lexicon's pronouns, by match key (он and она fold to on and ona). */
  private static final Set<String> PERSONAL_PRONOUNS = Set.of("on", "ona", "he", "she");

  /** Case endings a surname adds to its nominative in Serbian and Russian, in match keys. */
  private static final List<String> SURNAME_CASE_ENDINGS = List.of("a", "u", "om", "em", "e", "ja", "ju", "jem");

  /**
   * "савладао је Италијана Матеа Риналдија ... Риналди је признао", "амбасадора Грчке Јоргоса
   * Карамалиса ... Карамалис је рекао": a full name met only in an oblique case that the
   * declensions could not read back ({@link Nominatives}, for given names outside its list) takes
   * its nominative from the surname the text gives alone as a subject. The given name drops the
   * same case ending after a consonant (Јоргоса: Јоргос); after a vowel it stays as written
   * (Матеа: Mateo's, or Matea's own).
   */
  private void nominativesFromSurnamesAlone() {
    for (Ref full : refs) {
      if (full.type != RefType.NAME || full.to - full.from != 2 || !full.name.equals(surfaceOf(full))) {
        continue;
      }
      String surnameKey = keys.get(full.to - 1);
      for (Ref alone : refs) {
        if (alone.type != RefType.NAME || !alone.singleWord || alone.oblique || alone.from == full.to - 1) {
          continue;
        }
        String key = keys.get(alone.from);
        String ending = surnameKey.startsWith(key) ? surnameKey.substring(key.length()) : null;
        if (ending == null || !SURNAME_CASE_ENDINGS.contains(ending)) {
          continue;
        }
        String given = tokens.get(full.from).surface();
        String caseEnding = ending.startsWith("j") ? ending.substring(1) : ending;
        String givenKey = keys.get(full.from);
        if (givenKey.endsWith(caseEnding) && given.length() > caseEnding.length() + 2
            && !Nominatives.isVowel(givenKey.charAt(givenKey.length() - caseEnding.length() - 1))) {
          given = given.substring(0, given.length() - caseEnding.length());
        }
        full.name = given + " " + tokens.get(alone.from).surface();
        full.key = Texts.matchKey(full.name);
        break;
      }
    }
  }

  private String surfaceOf(Ref ref) {
    return text.substring(tokens.get(ref.from).start(), tokens.get(ref.to - 1).end());
  }

  /**
   * "рекао је двадесетогодишњи везиста", "добавила 45-летняя активистка", "the 20-year-old
   * said": a person by age, as news writing refers back to someone just named, stands for them
   * as a pronoun does (the adjective's gender, in Serbian and Russian, is theirs). Only in the
   * nominative, the subject's case; in English after "the".
   */
  void findAges() {
    for (int i = 0; i < tokens.size(); i++) {
      if (!tokens.get(i).word() || refAt[i] != null) {
        continue;
      }
      int end = -1;
      Gender gender = null;
      if (inflecting()) {
        // Match keys, in Latin letters: годишњи and godišnji are "godisnji", летний "letnij",
        // летняя "letnjaja".
        // The last letter first: this runs at every word, and few end as these do.
        String key = keys.get(i);
        char last = key.isEmpty() ? ' ' : key.charAt(key.length() - 1);
        if ((last == 'i' || last == 'j') && endsWithAny(key, "godisnji", "letnij")) {
          gender = Gender.MALE;
          end = i + 1;
        } else if (last == 'a' && endsWithAny(key, "godisnja", "letnjaja")) {
          gender = Gender.FEMALE;
          end = i + 1;
        }
      } else if (i > 0 && "the".equals(keys.get(i - 1)) && number(i) && keys.get(i).endsWith(" year old")) {
        end = i + 1; // one token, "20-year-old", whose key is "20 year old"
      }
      if (end < 0 || nameStartsAt(end) && adjacent(end - 1, end)) {
        // Before a name, the age is the name's own ("Седамдесетпетогодишња Станија Арсић", "the
        // 19-year-old Luka Jeremić"): the name, not the age, is the reference. A capital alone
        // after it is a noun of where they are from ("dvadesetogodišnja Beograđanka").
        continue;
      }
      // The noun after it belongs to the description ("двадесетогодишњи везиста").
      if (end < tokens.size() && tokens.get(end).word() && !tokens.get(end).capitalised() && refAt[end] == null
          && adjacent(end - 1, end) && !functionWord(end)) {
        end++;
      }
      Ref ref = new Ref(RefType.PRONOUN, i, end);
      ref.gender = gender;
      add(ref);
      i = end - 1;
    }
  }

  /** Whether a name of two capitalised words, or a given name the lexicon knows, starts at token {@code i}. */
  private boolean nameStartsAt(int i) {
    if (i >= tokens.size() || !tokens.get(i).word() || !tokens.get(i).capitalised()) {
      return false;
    }
    return lex.givenName(keys.get(i))
        || i + 1 < tokens.size() && tokens.get(i + 1).word() && tokens.get(i + 1).capitalised() && adjacent(i, i + 1);
  }

  private static boolean endsWithAny(String word, String... endings) {
    for (String ending : endings) {
      if (word.endsWith(ending) && word.length() > ending.length()) {
        return true;
      }
    }
    return false;
  }

  /** Whether token {@code i} is a number (a word that starts with a digit). */
  boolean number(int i) {
    return tokens.get(i).word() && Character.isDigit(tokens.get(i).surface().charAt(0));
  }

  /** A person named in full: a catalogue person, or a name of two words or more outside it. */
  static boolean personInFull(Ref ref) {
    return ref.type == RefType.MENTION && ref.actor != null && ref.actor.kind() == Actor.Kind.PERSON
        || ref.type == RefType.NAME && !ref.singleWord;
  }

  /** "Sagovornik NIN-a": an interviewee noun with a capitalised genitive (the outlet) after it. */
  private boolean outletsInterviewee(int i) {
    return entry(i).interviewee() && i + 1 < tokens.size() && tokens.get(i + 1).word()
        && tokens.get(i + 1).capitalised();
  }

  /**
   * The references that start inside tokens [from, to), in text order, as a view of {@link #refs}
   * (sorted by first token once {@link #findRefs} is done) bounded by binary search. Subjects are
   * looked for once per speech verb; a walk over every reference of the article each time made a
   * long article full of speech verbs cost time quadratic in its length.
   */
  List<Ref> refsStartingWithin(int from, int to) {
    return refs.subList(firstRefFrom(from), firstRefFrom(Math.max(from, to)));
  }

  /** Index in {@link #refs} of the first reference starting at or after token {@code from}. */
  private int firstRefFrom(int from) {
    int lo = 0;
    int hi = refs.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (refs.get(mid).from < from) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * Serbian: whether the word at {@code i} is a woman's form of a role noun in the nominative
   * ("Посланица је оценила" beside the term "посланик", "direktorka" beside "direktor"), which the
   * term's stem meets as it meets a case ending. No case of the man's noun ends so (poslanika,
   * direktora).
   */
  private boolean womansForm(int i) {
    String key = keys.get(i);
    return "sr".equals(language.base()) && (key.endsWith("ica") || key.endsWith("rka") || key.endsWith("lka"));
  }

  /** "He" is a pronoun; a capitalised "He" in mid-sentence is not expected, but "HE" would be. */
  boolean isLowerPronoun(int i) {
    String surface = tokens.get(i).surface();
    return !tokens.get(i).acronym() || surface.length() < 2;
  }

  void findRoles() {
    RoleTerms terms = roleTermsByBase.get(language.base());
    if (terms == null || terms.all.isEmpty()) {
      return;
    }
    boolean inflecting = !"en".equals(language.base());
    for (int i = 0; i < tokens.size(); i++) {
      // A role may start with its body's name ("the NATO chief", "шеф НАТО" starts after it).
      if (refAt[i] != null && !(refAt[i].from == i && organisation(refAt[i])) || !tokens.get(i).word()) {
        continue;
      }
      int longest = 0; // tokens the longest term found here spans
      boolean declined = false;
      // Indexed, not for-each: this runs at every word, and the iterator of the empty list that
      // most words get was about 8% of what the enricher allocated.
      List<FirstWord> starting = terms.startingWith(keys.get(i));
      for (int f = 0; f < starting.size(); f++) {
        FirstWord first = starting.get(f);
        if (!termWordAt(first.key(), i, inflecting)) {
          continue;
        }
        for (int t = 0; t < first.terms().size(); t++) {
          RoleTerm term = first.terms().get(t);
          int span = term.keys().size() < longest ? -1 : roleTermEndAfterFirst(term, i, inflecting) - i;
          if (span > 0 && span >= longest && (span > longest || declined)) {
            // Declined only if no term of that length matches the word as it stands ("министар"
            // is "ministar", not a declined "ministarka"). Which term comes first does not matter.
            declined = (span > longest || declined) && !first.key().equals(keys.get(i)) && !womansForm(i);
            longest = span;
          }
        }
      }
      if (longest > 0 && refAt[i] != null && i + longest <= refAt[i].to) {
        continue; // the body's own name, or a role no longer than it: the body stays
      }
      if (longest > 0) {
        // "the Russian diplomat" may mean an actor listed as "Russian diplomat" as well as one
        // listed only as "diplomat": every term inside the phrase counts.
        Set<String> actors = new HashSet<>();
        Set<String> whole = new HashSet<>(); // the actors of the terms that span the whole phrase
        for (int j = i; j < i + longest; j++) {
          for (FirstWord first : terms.startingWith(keys.get(j))) {
            if (!termWordAt(first.key(), j, inflecting)) {
              continue;
            }
            for (RoleTerm term : first.terms()) {
              int end = roleTermEndAfterFirst(term, j, inflecting);
              if (end > j && end <= i + longest) {
                actors.addAll(term.actorIds());
                if (j == i && end == i + longest) {
                  whole.addAll(term.actorIds());
                }
              }
            }
          }
        }
        String possessor = inflecting ? null : possessiveCountryBefore(i);
        if (possessor != null) {
          // "Russia's envoy" is "the Russian envoy": the terms that put the country's adjective
          // before these words are the ones that span the phrase.
          Set<String> adjectival = adjectivalTermActors(terms, possessor, i, i + longest);
          if (!adjectival.isEmpty()) {
            whole.clear();
            whole.addAll(adjectival);
            actors.addAll(adjectival);
          }
        }
        // "глава МИД России", "predsednik Vlade Srbije": a body named inside the role is part of
        // it, and the person is the reference, not the body.
        int end = i + longest;
        if (end < tokens.size() && tokens.get(end).word() && tokens.get(end).capitalised() && refAt[end] == null
            && entry(end).country() != null && sentenceOf[end] == sentenceOf[i]) {
          // "Premijer Srbije", "министр иностранных дел России": the country the office is of
          // belongs to the role; taken alone, the capital made a name of it.
          end++;
        }
        Ref body = null;
        for (int j = i; j < i + longest; j++) {
          if (refAt[j] != null) {
            body = refAt[j];
            end = Math.max(end, body.to);
            remove(body);
          }
        }
        Ref ref = new Ref(RefType.ROLE, i, end);
        ref.body = body;
        if (!whole.isEmpty() && longest > 1 && countryIn(i, end) == null && capitalisedIn(i, i + longest)) {
          // "спикер Совфеда", "predsednik Skupštine": a term that names its body is that body's
          // office alone, not any speaker's ("спикер" is Brnabić's too).
          actors = whole;
        }
        ref.roleActors = Set.copyOf(ofCountry(actors, i, end));
        // "predsednik Srbije", "the Serbian president", "глава МИД России": an office of one
        // country or body, which its holder in the catalogue fills unless "former" says otherwise.
        ref.former = formerBefore(i);
        if ((body != null || countryIn(i, end) != null) && !ref.former) {
          ref.officeHolders = Set.copyOf(ofCountry(whole, i, end));
        }
        // Terms are listed in the form a subject takes (министр, predsednik); a first word
        // declined out of it shows another case ("заявления верховного представителя ЕС",
        // "srpskog lidera"), and the role is no subject.
        // A role in the nominative right before its speech verb is that verb's subject whatever
        // stands before it ("Накануне сербский лидер заявил": an adverb that is also a preposition).
        // So is one before an auxiliary and its verb ("После литургије Патријарх је поручио").
        boolean nominativeSubject = inflecting && !declined && end < tokens.size() && (verbAt(end).isPresent()
            || tokens.get(end).word() && entry(end).filler() && end + 1 < tokens.size() && verbAt(end + 1).isPresent());
        // "On Friday his office said": a possessive before the role opens the subject, unless a
        // preposition stands right before it ("in his office").
        nominativeSubject |= !inflecting && i > 1 && tokens.get(i - 1).word() && entry(i - 1).possessive() != null
            && !(tokens.get(i - 2).word() && entry(i - 2).preposition()) && end < tokens.size() && verbAt(end).isPresent();
        ref.oblique = !subjectOfClause(i, end) && !nominativeSubject && (obliqueBefore(i, true) || inflecting && declined)
            || bodysTermBeforeSourcePeople(ref, end);
        add(ref);
        i = end - 1;
      }
    }
  }

  /**
   * Bodies outside the catalogue that speak under their own name: a phrase built on a head noun of
   * the lexicon's bodies that a capital shows to be a name ("Ministarstvo odbrane Srbije saopštilo
   * je", "Policijska uprava u Kragujevcu", "The Independent Journalists' Association of Serbia
   * said"), a name in quote marks between a preposition and a plural speech verb ("В «Росатоме»
   * сообщили"), and a one-word body after its press office ("сообщили в пресс-службе
   * Россельхознадзора"). Each becomes a mention of a body flagged as outside the catalogue, which speaks as
   * catalogue bodies do (the subject of a neuter or plural verb, the source of "iz ... saopšteno
   * je"). A head noun alone ("ministarstvo je saopštilo") is left to the roles, which take it back
   * to the body named before.
   */
  void findBodies() {
    for (int i = 0; i < tokens.size(); i++) {
      int markedEnd = markedBodyAfterIz(i);
      if (markedEnd > 0) {
        // "Из „Електродистрибуције Србије” саопштено је": a body's name in marks right after the
        // "Iz" that opens the sentence, in the genitive, and a body's verb after it.
        int[] span = nameSpanAt(i + 1);
        String written = text.substring(span[0], span[1]);
        int space = written.indexOf(' ');
        String first = space < 0 ? written : written.substring(0, space);
        addBody(i + 1, markedEnd, Nominatives.ofOneWordBody(first, language.base())
            + (space < 0 ? "" : written.substring(space)), true);
        i = markedEnd - 1;
        continue;
      }
      String headAfterDocument = inflecting() && i > 0 && freeWord(i) && tokens.get(i).capitalised()
          && i != sentenceFirst[sentenceOf[i]] && tokens.get(i - 1).word() && entry(i - 1).document()
          && (i + 1 >= tokens.size() || !tokens.get(i + 1).word() || !tokens.get(i + 1).capitalised())
          ? lex.bodyNominative(keys.get(i)) : null;
      String headBody = headAfterDocument == null ? null : lastBodyWithHead(Texts.matchKey(headAfterDocument));
      if (headBody != null) {
        // "„...”, navodi se u saopštenju Štaba" after "Gradski štab za vanredne situacije": the
        // head noun alone, capitalised and in the genitive, is the body named before with it.
        addBody(i, i + 1, headAfterDocument, true);
        continue;
      }
      if (inflecting() && freeWord(i) && !tokens.get(i).capitalised() && entry(i).body()
          && (placeNamedAfterSource(i) || complementBeforeVerbAfterSource(i))) {
        // "Из општине Дечани саопштено је", "В посольстве Сербии в Москве сообщили": where the
        // words came from, a body in lower case that the place after it names; its adjective
        // first ("в главном управлении МЧС по Оренбургской области").
        boolean adjective = i > 1 && freeWord(i - 1) && !tokens.get(i - 1).capitalised() && !entry(i - 1).pressOffice()
            && adjectiveLike(i - 1) && SOURCE_PREPOSITIONS.contains(keys.get(i - 2));
        i = Math.max(i, body(adjective ? i - 1 : i) - 1);
        continue;
      }
      if (freeWord(i) && !tokens.get(i).capitalised() && entry(i).body() && i + 1 < tokens.size()
          && adjacentAcrossMark(i, i + 1) && freeWord(i + 1) && !entry(i + 1).medium()) {
        // (Not an outlet told: "В пресс-службе суда «Интерфаксу» сообщили".)
        // "Iz preduzeća „Putevi Srbije” saopšteno je": a body in lower case, its name in marks.
        int[] marked = nameSpanAt(i + 1);
        int end = marked == null ? -1 : tokenAtOrAfter(marked[1]);
        // English sets a name in marks after its noun more rarely than it quotes a word there; the
        // verb right after it ("the water company "Ibar-Lepenac" said") shows a body speaking.
        if (end > 0 && (inflecting() || end < tokens.size() && speechVerbWithin(end, tokens.size()))) {
          // Its noun in another case than the nominative shows whose the body is ("Главный
          // экономист инвестиционной компании «Северный капитал» Олег Смирнов"), not who speaks.
          String head = lex.bodyNominative(keys.get(i));
          boolean declined = head != null && !Texts.matchKey(head).equals(keys.get(i));
          addBody(i, end, text.substring(marked[0], marked[1]), declined);
          i = end - 1;
          continue;
        }
      }
      boolean agencyMayStart = freeWord(i) && tokens.get(i).capitalised() && !tokens.get(i).acronym()
          && (i == 0 || !SOURCE_PREPOSITIONS.contains(keys.get(i - 1)));
      SpeechLexicon.AgencyPhrase phrase = agencyMayStart ? agencyPhraseAt(i) : null;
      if (phrase != null) {
        // "Crvena zvezda je saopštila", "trener Crvene zvezde": a club known by a name of two
        // words, which capitalises its first only, so that nothing else makes a name of it.
        int end = i + phrase.stems().size();
        addBody(i, end, phrase.name(), !Texts.matchKey(phrase.name()).equals(String.join(" ", keys.subList(i, end))));
        rememberNamedClub(i, phrase.name());
        i = end - 1;
        continue;
      }
      String agencyNamed = agencyMayStart ? lex.agency(keys.get(i)) : null;
      int agencyEnd = agencyNamed == null ? -1 : agencyEnd(i);
      if (agencyEnd > 0) {
        // "Гидрометцентр также предупредил", "специалист Гидрометцентра России": an agency by its
        // one-word name and perhaps its country. In another case than the nominative it names
        // whose someone is, and what a later "Гидрометцентр" is short for. (After "в" or "из" it
        // is where words come from, below.)
        String country = agencyEnd > i + 1 ? " " + tokens.get(i + 1).surface() : "";
        addBody(i, agencyEnd, agencyNamed + country, !Texts.matchKey(agencyNamed).equals(keys.get(i)));
        rememberNamedClub(i, agencyNamed);
        i = agencyEnd - 1;
        continue;
      }
      int club = clubEnd(i);
      if (club > 0) {
        // "KK Partizan saopštio je", "ФК «Зенит»": the sport's initials and the name make the
        // club's own name, without the marks a name in them had.
        String name = text.substring(tokens.get(i).start(), tokens.get(club - 1).end());
        addBody(i, club, name.replaceAll("[\"«»„“”]", ""), false);
        namedClubs.add(refAt[i]);
        i = club - 1;
        continue;
      }
      String organsAcronym = acronymAfterOrgan(i);
      if (organsAcronym != null) {
        addBody(i + 1, i + 2, organsAcronym, true); // the organ speaks for the body, as below
        i++;
        continue;
      }
      if (!freeWord(i) && "en".equals(language.base()) && innerBody(i, -1)) {
        int end = englishBody(i); // "The EU Delegation to Serbia said": the outpost speaks
        if (end > i) {
          i = end - 1;
          continue;
        }
      }
      // An organ ("Predsedništvo Stranke slobode i pravde") is no part of the body's name.
      if (!freeWord(i) || !tokens.get(i).capitalised() || entry(i).medium() || entry(i).organ()) {
        continue;
      }
      int[] span = nameSpanAt(i);
      if (span != null) {
        int end = tokenAtOrAfter(span[1]);
        if (entry(end - 1).medium()) {
          i = end - 1; // "«Российской газете» сообщили": an outlet told, named by its paper's noun
          continue;
        }
        // Its town's adjective may stand between ("Пресс-служба московского «Динамо»").
        int office = i > 1 && tokens.get(i - 1).word() && !tokens.get(i - 1).capitalised() && adjectiveLike(i - 1)
            && adjacentAcrossMark(i - 1, i) ? i - 2 : i - 1;
        boolean afterOffice = office >= 0 && adjacentAcrossMark(office, office + 1) && tokens.get(office).word()
            && entry(office).pressOffice();
        if (afterOffice || i > 0 && adjacentAcrossMark(i - 1, i) && tokens.get(i - 1).word() && entry(i - 1).preposition()
            && end < tokens.size() && pluralVerbAt(end)) {
          // (Also after a press office, whose body it names: "Пресс-служба «Спартака» заявила".)
          addBody(i, end, oneWordBody(text.substring(span[0], span[1])), true);
          i = end - 1;
        } else if (inflecting() && end < tokens.size() && bodyVerbAfter(end)) {
          // "JP „Putevi Srbije“ saopštilo je": a name in marks whose verb agrees with a body (neuter
          // or plural) is that body's; an outlet's name ("„Politika“ piše") is no speaker.
          addBody(i, end, text.substring(span[0], span[1]), false);
          i = end - 1;
        }
        continue;
      }
      if (englishAcronymBeforeSpeechVerb(i) || englishNameBeforeBodyApposition(i)) {
        // "NASA said", "VW says it hopes"; "Vojvodinavode, the public water management company, said"
        addBody(i, i + 1, tokens.get(i).surface(), false);
        continue;
      }
      int sourceEnd = inflecting() ? sourceBodyEnd(i) : -1;
      if (sourceEnd > 0) {
        // "В МЧС России сообщили", "Iz MUP-a Srbije su saopštili": where the words came from, a
        // body by its acronym (its case ending after a hyphen left off), perhaps with its country,
        // or the body named in full before whose acronym it is ("Iz UKC Niš je rečeno");
        // "В Гидрометцентре России сообщили": by its one-word name in the nominative.
        String acronym = tokens.get(i).surface();
        int hyphen = acronym.indexOf('-');
        String agency = tokens.get(i).acronym() ? null : lex.agency(keys.get(i));
        String head = agency != null ? agency : !tokens.get(i).acronym() ? oneWordBody(acronym)
            : hyphen > 0 ? acronym.substring(0, hyphen) : acronym;
        String full = tokens.get(i).acronym() ? bodyAbbreviated(acronymLetters(i)) : null;
        String name = full != null ? full : head + (sourceEnd > i + 1
            ? " " + text.substring(tokens.get(i + 1).start(), tokens.get(sourceEnd - 1).end()) : "");
        addBody(i, sourceEnd, name, false);
        i = sourceEnd - 1;
        continue;
      }
      int placed = acronymAndPlaceEnd(i);
      if (placed > 0) {
        // "MUP Republike Srpske saopštio je": the acronym and whose it is, the body's whole name.
        addBody(i, placed, text.substring(tokens.get(i).start(), tokens.get(placed - 1).end()), false);
        i = placed - 1;
        continue;
      }
      String letters = speakingAcronym(i);
      if (letters != null) {
        // "saopštio je RHMZ", "navodi se u saopštenju RHMZ-a": a body by its acronym alone, the
        // one named in full before whose name it shortens if there is one.
        String full = bodyAbbreviated(letters);
        boolean declined = letters.length() < tokens.get(i).surface().length(); // "RHMZ-a"
        addBody(i, i + 1, full != null ? full : letters, declined);
        continue;
      }
      int end = "en".equals(language.base()) ? englishBody(i) : body(i);
      int named = end != i ? i : "en".equals(language.base()) ? (i > 0 ? englishNamedAfterNoun(i) : i)
          : serbianNamedAfterCompanyNoun(i);
      if (named > i) {
        end = named;
        addBody(i, end, text.substring(tokens.get(i).start(), tokens.get(end - 1).end()), false);
      }
      if (end == i && inflecting() && (bodyAfterPressOffice(i) || bodyOpeningWithIz(i))) {
        addBody(i, i + 1, oneWordBody(tokens.get(i).surface()), true);
        end = i + 1;
      } else if (end == i && twoWordBodyInAStatement(i)) {
        // "Crvena zvezda je u saopštenju navela da ...": the adjective and noun that open the
        // sentence name a body that speaks in a document.
        addBody(i, i + 2, text.substring(tokens.get(i).start(), tokens.get(i + 1).end()), false);
        end = i + 2;
      } else if (end == i && twoWordBodyAfterIz(i)) {
        // "Из Црвене звезде одговорили су": a capitalised adjective and its noun, the body's name
        addBody(i, i + 2, Nominatives.ofOneWordBody(text.substring(tokens.get(i).start(), tokens.get(i + 1).end()),
            language.base()), true);
        end = i + 2;
      }
      i = Math.max(i, end - 1);
    }
  }

  /**
   * English: one capitalised word that opens its sentence, set off by an apposition that says what
   * kind of body it is ("Vojvodinavode, the public water management company, said ..."): an
   * article, lower-case words and a head noun of bodies between the commas. Not a given name.
   */
  private boolean englishNameBeforeBodyApposition(int i) {
    if (!"en".equals(language.base()) || i != sentenceFirst[sentenceOf[i]] || givenNameAt(i) || entry(i).medium()
        || entry(i).country() != null || i + 3 >= tokens.size() || !tokens.get(i + 1).is(",")
        || !tokens.get(i + 2).word() || !entry(i + 2).determiner()) {
      return false;
    }
    for (int k = i + 3; k < Math.min(tokens.size(), i + 3 + BODY_APPOSITION_WORDS); k++) {
      if (!tokens.get(k).word() || tokens.get(k).capitalised() || entry(k).preposition()) {
        return false; // "Jovanovic, the head of the company, said": the person's apposition
      }
      if (entry(k).body()) {
        return k + 1 < tokens.size() && tokens.get(k + 1).is(",");
      }
    }
    return false;
  }

  /** Lower-case words of an apposition that says what kind of body a name is. */
  private static final int BODY_APPOSITION_WORDS = 5;

  /**
   * English: an acronym right before a speech verb, as its subject ("NASA said", "the DEA said"):
   * a body, or a company, outside the catalogue. Only where a subject opens: "the Swedish MEP said"
   * has a role in it, whose person is named before. Not an outlet ("AP reported" credits a report)
   * nor a country ("US said" is headline English for its government, which the catalogue has).
   */
  private boolean englishAcronymBeforeSpeechVerb(int i) {
    boolean opensSubject = i == sentenceFirst[sentenceOf[i]] || !tokens.get(i - 1).word()
        || entry(i - 1).determiner();
    return "en".equals(language.base()) && opensSubject && tokens.get(i).acronym()
        && tokens.get(i).surface().length() >= 2
        && !entry(i).medium() && entry(i).country() == null && i + 1 < tokens.size() && tokens.get(i + 1).word()
        && adjacent(i, i + 1) && !tokens.get(i + 1).capitalised() && verbAt(i + 1).isPresent();
  }

  /**
   * Serbian: a company's name as written after the "Iz" that opens a sentence and a lower-case
   * noun of a company in the genitive, with a body's verb soon after it ("Iz preduzeća Putevi
   * Srbije saopšteno je", "Iz kompanije Šumadija motors rekli su"): a capitalised word and up to
   * two more. The name stands in apposition, so in the nominative whatever the noun's case. The
   * token after the name; else {@code i}.
   */
  private int serbianNamedAfterCompanyNoun(int i) {
    if (!"sr".equals(language.base()) || i < 2 || i - 2 != sentenceFirst[sentenceOf[i]] || !"iz".equals(keys.get(i - 2))
        || !tokens.get(i - 1).word() || tokens.get(i - 1).capitalised() || !adjacent(i - 2, i - 1)
        || !adjacent(i - 1, i) || !COMPANY_NOUNS.contains(String.valueOf(lex.bodyNominative(keys.get(i - 1))))
        || givenNameAt(i)) {
      return i;
    }
    int end = i + 1;
    while (end < tokens.size() && end - i < 3 && adjacent(end - 1, end) && freeWord(end) && tokens.get(end).word()
        && !functionWord(end) && !entry(end).medium()) {
      end++;
    }
    // "saopšteno je" agrees with no one: the words came from the company.
    boolean impersonal = end < tokens.size() && verbAt(end).map(v -> v.impersonal()).orElse(false);
    return bodyVerbSoonAfter(end) || impersonal ? end : i;
  }

  /** Serbian nouns of a company that its name follows in apposition, as the lexicon's nominatives. */
  private static final Set<String> COMPANY_NOUNS = Set.of("kompanija", "preduzeće");

  /**
   * Serbian or Russian: the token after an acronym at {@code i} that follows "iz", "u" or "в" (and
   * its country in the genitive, if one follows), or after a one-word name there that its country
   * follows, when a body's verb comes right after it; else -1.
   */
  private int sourceBodyEnd(int i) {
    // "в пресс-службе МЧС России": the body's press office may stand between.
    int preposition = i >= 2 && tokens.get(i - 1).word() && entry(i - 1).pressOffice() && adjacent(i - 1, i) ? i - 2 : i - 1;
    if (preposition < 0 || !tokens.get(preposition).word() || !SOURCE_PREPOSITIONS.contains(keys.get(preposition))
        || !adjacent(preposition, i - 1) || !adjacent(i - 1, i) || entry(i).medium()) {
      return -1;
    }
    int end = i + 1;
    if (!tokens.get(i).acronym() && lex.agency(keys.get(i)) != null) {
      end = regionAfter(end);
    }
    while (tokens.get(i).acronym() && end < tokens.size() && freeWord(end) && tokens.get(end).acronym()
        && adjacent(end - 1, end) && !entry(end).medium() && entry(end).country() == null) {
      end++; // "В ГУ МЧС России": a body's acronym inside another's
    }
    boolean country = end < tokens.size() && tokens.get(end).word() && tokens.get(end).capitalised()
        && adjacent(end - 1, end) && entry(end).country() != null;
    if (country) {
      end++;
      end = regionAfter(end);
    } else if (tokens.get(i).acronym()) {
      end = regionAfter(end); // "в ГУ МВД по Самарской области": the region's office, no country named
      String full = end == i + 1 ? bodyAbbreviated(acronymLetters(i)) : null;
      if (full != null && end < tokens.size() && freeWord(end) && tokens.get(end).capitalised() && adjacent(end - 1, end)
          && full.endsWith(" " + tokens.get(end).surface())) {
        end++; // "Iz UKC Niš" after "Univerzitetskog kliničkog centra Niš": the town its full name ends in
      }
    }
    // A capitalised word, not an acronym, needs its country after it: "В Гидрометцентре России
    // сообщили" is a body, "в Москве сообщили" a place's unnamed people. An agency the lexicon
    // names needs none ("В Минсельхозе сообщили").
    boolean named = tokens.get(i).acronym() || country && tokens.get(i).capitalised() && !givenNameAt(i)
        && entry(i).country() == null && !entry(i).body()
        || tokens.get(i).capitalised() && lex.agency(keys.get(i)) != null;
    int verb = afterOutletTold(afterRelativeAside(end));
    // "..., сообщили в МЧС России.": a trailing attribution's plural verb right before "в".
    // The outlet told may stand between them ("сообщили «Интерфаксу» в пресс-службе ...").
    int told = preposition >= 2 && tokens.get(preposition - 1).word() && tokens.get(preposition - 1).capitalised()
        && entry(preposition - 1).medium() ? preposition - 1 : preposition;
    // Its auxiliary may follow it ("..., поручили су из Електропривреде Србије.").
    int plural = told >= 2 && tokens.get(told - 1).word() && (entry(told - 1).filler() || entry(told - 1).auxiliary())
        && !pluralVerbAt(told - 1) ? told - 1 : told;
    boolean verbBefore = plural >= 1 && tokens.get(plural - 1).word() && adjacentAcrossMark(plural - 1, plural)
        && pluralVerbAt(plural - 1);
    // "Iz MUP-a Srbije je rečeno da ...": an impersonal verb says whose the words are as well.
    boolean impersonal = verb < tokens.size() && verbAt(verb).map(SpeechLexicon.Verb::impersonal).orElse(false);
    return named && (verb < tokens.size() && (pluralVerbAt(verb) || bodyVerbAfter(verb) || impersonal) || verbBefore)
        ? end : -1;
  }

  /**
   * After a short relative clause set off by commas at {@code k} ("Из ЦРТА, која је пратила
   * изборе, наводе да ..."): the token after its closing comma; else {@code k}.
   */
  private int afterRelativeAside(int k) {
    if (k + 1 >= tokens.size() || !tokens.get(k).is(",") || !tokens.get(k + 1).word() || !entry(k + 1).relative()) {
      return k;
    }
    for (int j = k + 2; j < Math.min(tokens.size(), k + 2 + RELATIVE_ASIDE_WORDS); j++) {
      if (tokens.get(j).is(",")) {
        return j + 1;
      }
      if (!tokens.get(j).word() || sentenceOf[j] != sentenceOf[k]) {
        return k;
      }
    }
    return k;
  }

  /** Words a relative clause between a body and its verb may have. */
  private static final int RELATIVE_ASIDE_WORDS = 8;

  /**
   * After the outlet told, in the dative, that may stand between a body and its verb ("В МЧС
   * России «Интерфаксу» сообщили": the marks of a name are no tokens): the token after it; else
   * {@code k}.
   */
  private int afterOutletTold(int k) {
    return k < tokens.size() && tokens.get(k).word() && tokens.get(k).capitalised() && entry(k).medium() ? k + 1 : k;
  }

  /**
   * Keeps the body just added at token {@code i} among the clubs a later "klub" may mean, when the
   * lexicon names a club so; not an opponent after a preposition ("protiv Crvene zvezde", "sa
   * Partizanom").
   */
  private void rememberNamedClub(int i, String name) {
    if (lex.clubName(name) && refAt[i] != null && !afterPreposition(i)) {
      namedClubs.add(refAt[i]);
    }
  }

  /** Whether a preposition stands right before token {@code i}. */
  private boolean afterPreposition(int i) {
    return i > 0 && tokens.get(i - 1).word() && entry(i - 1).preposition();
  }

  /** The agency name of several words whose forms start at token {@code i}, its words adjacent; or null. */
  private SpeechLexicon.AgencyPhrase agencyPhraseAt(int i) {
    for (SpeechLexicon.AgencyPhrase phrase : lex.agencyPhrases(keys.get(i))) {
      int n = phrase.stems().size();
      boolean all = i + n <= tokens.size();
      for (int k = 1; k < n && all; k++) {
        all = adjacent(i + k - 1, i + k) && freeWord(i + k)
            && SpeechLexicon.agencyWord(phrase.stems().get(k), keys.get(i + k));
      }
      if (all) {
        return phrase;
      }
    }
    return null;
  }

  /**
   * The token after a one-word agency at {@code i} and the country that may follow it
   * ("Гидрометцентр России"); -1 where another capitalised word, not a given name, goes on with
   * the agency's name.
   */
  private int agencyEnd(int i) {
    int end = i + 1;
    if (end < tokens.size() && freeWord(end) && tokens.get(end).capitalised() && adjacent(i, end)
        && entry(end).country() != null) {
      end++;
    }
    // Not before a person's name ("специалист Гидрометцентра России Наталья Орлова").
    boolean more = end < tokens.size() && tokens.get(end).word() && tokens.get(end).capitalised() && adjacent(end - 1, end)
        && !givenNameInAnyCase(end);
    return more ? -1 : end;
  }

  /**
   * Past a Russian region after a body's country ("МЧС России по Оренбургской области": its office
   * there), the token after it; else {@code k}.
   */
  private int regionAfter(int k) {
    if ("ru".equals(language.base()) && k + 2 < tokens.size() && "по".equals(tokens.get(k).surface())
        && adjacent(k, k + 1) && freeWord(k + 1) && tokens.get(k + 1).capitalised() && adjacent(k + 1, k + 2)
        && tokens.get(k + 2).word() && REGION_NOUNS.contains(keys.get(k + 2))) {
      return k + 3;
    }
    if ("ru".equals(language.base()) && k + 1 < tokens.size() && "по".equals(tokens.get(k).surface())
        && adjacent(k, k + 1) && freeWord(k + 1) && tokens.get(k + 1).capitalised() && !givenNameAt(k + 1)
        && (k + 2 >= tokens.size() || !tokens.get(k + 2).word() || !tokens.get(k + 2).capitalised())) {
      return k + 2; // "ГУ МЧС по Москве": a city's office, the city in the dative
    }
    if ("ru".equals(language.base()) && k + 1 < tokens.size() && freeWord(k) && tokens.get(k).capitalised()
        && adjacent(k, k + 1) && tokens.get(k + 1).word() && REGION_GENITIVES.contains(keys.get(k + 1))
        && (tokens.get(k).surface().endsWith("ой") || tokens.get(k).surface().endsWith("ого"))) {
      return k + 2; // "В Минздраве Тульской области": whose region, in the genitive
    }
    return k;
  }

  /** Serbian: whether the word at {@code j} reads as an infinitive (uputiti, razmatrati), no genitive's ending. */
  private boolean serbianInfinitive(int j) {
    String key = keys.get(j);
    return "sr".equals(language.base()) && key.length() >= 5
        && (key.endsWith("ati") || key.endsWith("iti") || key.endsWith("eti") || key.endsWith("uti"));
  }

  /**
   * Russian: whether the lower-case word at {@code j} reads as a verb in the present or the future,
   * third person (представит, проведет, откроют), whose endings no genitive of a body's name has:
   * "Большой театр представит премьеру" is the body and its verb.
   */
  private boolean russianFinite(int j) {
    String word = lowerSurface(j);
    return "ru".equals(language.base()) && word.length() >= 5 && endsWithAny(word, "ит", "ет", "ёт", "ют", "ят", "ут");
  }

  /**
   * Serbian verbs of the present, third person, that follow a body as its subject and end as a
   * genitive might (-a, -e, -i), by match key: a body's name stops before them.
   */
  private static final Set<String> PRESENT_VERBS = Set.of(
      Texts.matchKey("zna"), Texts.matchKey("ima"), Texts.matchKey("nema"), Texts.matchKey("čeka"),
      Texts.matchKey("traži"), Texts.matchKey("radi"), Texts.matchKey("želi"), Texts.matchKey("može"),
      Texts.matchKey("mora"), Texts.matchKey("treba"), Texts.matchKey("očekuje"), Texts.matchKey("planira"),
      Texts.matchKey("otvara"), Texts.matchKey("zatvara"), Texts.matchKey("nudi"), Texts.matchKey("daje"),
      Texts.matchKey("prati"), Texts.matchKey("priprema"), Texts.matchKey("poziva"), Texts.matchKey("nastavlja"),
      Texts.matchKey("ostaje"), Texts.matchKey("organizuje"), Texts.matchKey("obeležava"));

  /**
   * Demonstratives, which open the object after a body's name ("В администрации Илекского района
   * эти слова опровергли"), never a genitive of the name.
   */
  private static final Set<String> DEMONSTRATIVES = Set.of("etot", "eta", "eto", "eti", "etogo", "etoj", "etih",
      "ovaj", "ova", "ovo", "ovi", "ove", "ovog", "ovih", "taj", "ta", "to", "ti", "te", "tog", "tih");

  /** Russian nouns of a region in the genitive, after its adjective. */
  private static final Set<String> REGION_GENITIVES = Set.of(
      Texts.matchKey("области"), Texts.matchKey("края"), Texts.matchKey("округа"), Texts.matchKey("района"),
      Texts.matchKey("республики"));

  /** Russian nouns of a region in the dative, after "по" and its adjective. */
  private static final Set<String> REGION_NOUNS = Set.of(
      Texts.matchKey("области"), Texts.matchKey("краю"), Texts.matchKey("округу"), Texts.matchKey("району"),
      Texts.matchKey("республике"));

  /** Whether the word at {@code i} opens its sentence, or follows the "iz", "u" or "в" that does. */
  private boolean opensSentence(int i) {
    int first = sentenceFirst[sentenceOf[i]];
    return i == first || i - 1 == first && SOURCE_PREPOSITIONS.contains(keys.get(first));
  }

  /**
   * Whether a place after "iz" or "u" ("iz Niša") stands at {@code k} with the body's verb right
   * after it ("Građanska inicijativa za energiju iz Niša ocenila je"): where the body is from, no
   * part of its name.
   */
  private boolean placeThenVerb(int k) {
    return k + 2 < tokens.size() && tokens.get(k).word() && ("iz".equals(keys.get(k)) || "u".equals(keys.get(k)))
        && freeWord(k + 1) && tokens.get(k + 1).capitalised() && !givenNameAt(k + 1) && adjacent(k, k + 1)
        && (verbAt(k + 2).isPresent() || bodysVerbAt(k + 2));
  }

  /** Most words of a relative clause set off between a body's name and its verb. */
  private static final int RELATIVE_CLAUSE_WORDS = 12;

  /**
   * Whether a relative clause or an apposition set off by commas stands at {@code k}, with a
   * body's speech verb after its closing comma ("Тужилаштво за организовани криминал, које је
   * тражило казну од осам година, саопштило је", "Iz Beogradske inicijative za evropsku budućnost,
   * organizacije koja prati pregovore, saopšteno je"): the name ends before it.
   */
  private boolean relativeClauseThenVerb(int k) {
    if (k + 1 >= tokens.size() || !tokens.get(k).is(",") || !tokens.get(k + 1).word()
        || !entry(k + 1).relative() && !(lowerNameWord(k + 1) && entry(k + 1).body())) {
      return false;
    }
    for (int c = k + 2; c < tokens.size() && c - k <= RELATIVE_CLAUSE_WORDS + 1 && sentenceOf[c] == sentenceOf[k]; c++) {
      if (tokens.get(c).is(",")) {
        return c + 1 < tokens.size() && verbAt(c + 1).isPresent()
            && (bodysVerbAt(c + 1) || verbAt(c + 1).get().impersonal()); // (also "saopšteno je")
      }
      if (!tokens.get(c).word() || quoted[c]) {
        return false;
      }
    }
    return false;
  }

  /** Longest phrase set off by commas between a speech verb and its "that" ("s druge strane"). */
  static final int ASIDE_WORDS = 3;

  /**
   * The closing comma of one to {@link #ASIDE_WORDS} words set off by the comma at {@code comma},
   * none a verb, a "that" or a relative (", however,", ", s druge strane,"), or -1.
   */
  int shortAside(int comma, int end) {
    for (int k = comma + 1; k < end && k <= comma + ASIDE_WORDS + 1; k++) {
      Token token = tokens.get(k);
      if (token.is(",")) {
        return k > comma + 1 ? k : -1;
      }
      if (!token.word() || entry(k).complementizer() || entry(k).relative() || verbAt(k).isPresent()
          || participleAt(k) > 0) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Serbian: whether a verb in the past starts at {@code k} with its auxiliary after or before it
   * ("pozdravila je", "je saopštio"), or after a short aside set off by commas.
   */
  private boolean bodysVerbAt(int k) {
    int aside = k < tokens.size() && tokens.get(k).is(",") ? shortAside(k, tokens.size()) : -1;
    if (aside > 0) {
      return bodysVerbAt(aside + 1);
    }
    if (k + 1 >= tokens.size() || !tokens.get(k).word()) {
      return false;
    }
    return serbianPastAt(k) || "sr".equals(language.base()) && entry(k).filler() && tokens.get(k + 1).word()
        && SERBIAN_PAST.matcher(keys.get(k + 1)).matches();
  }

  /**
   * Whether the lower-case head noun at {@code i} follows "iz", "u" or "в" and a capitalised word
   * (not a given name) right after it says which one it is.
   */
  private boolean placeNamedAfterSource(int i) {
    // The preposition right before the head, or before the one adjective or the press office before
    // it ("в пресс-службе администрации Самары": the administration speaks, through its office).
    int preposition = i > 1 && freeWord(i - 1) && !tokens.get(i - 1).capitalised()
        && (entry(i - 1).pressOffice() || adjectiveLike(i - 1)) ? i - 2 : i - 1;
    if (preposition < 0 || !tokens.get(preposition).word() || !SOURCE_PREPOSITIONS.contains(keys.get(preposition))
        || !adjacent(preposition, preposition + 1) || !OFFICES_OF_PLACES.contains(lex.bodyNominative(keys.get(i)))) {
      return false;
    }
    // "в министерстве здравоохранения Новосибирской области": what the ministry is of, in the
    // genitive, may come before the place.
    int place = i + 1;
    if ("ru".equals(language.base()) && place + 1 < tokens.size() && freeWord(place) && adjacent(i, place)
        && !tokens.get(place).capitalised() && !functionWord(place)
        && (keys.get(place).endsWith("nija") || GENITIVE_NOUN.matcher(lowerSurface(place)).matches())) {
      place++; // (a noun in the genitive: "в министерстве строительства Московской области")
    }
    return place < tokens.size() && freeWord(place) && adjacent(place - 1, place) && tokens.get(place).capitalised()
        && !givenNameAt(place) && !entry(place).medium();
  }

  /**
   * Whether the lower-case head noun at {@code i}, right after "iz", "u" or "в", is an office's
   * whose lower-case complement runs up to a plural speech verb ("В комплексе городского хозяйства
   * столицы заявили", "В департаменте транспорта Москвы сообщили", "U gradskom sekretarijatu za
   * saobraćaj rekli su" has its adjective before): the office's name, head and complement, which
   * says where the words came from.
   */
  private boolean complementBeforeVerbAfterSource(int i) {
    int preposition = i > 1 && freeWord(i - 1) && !tokens.get(i - 1).capitalised() && adjectiveLike(i - 1) ? i - 2 : i - 1;
    if (preposition < 0 || !tokens.get(preposition).word() || !SOURCE_PREPOSITIONS.contains(keys.get(preposition))
        || !adjacent(preposition, preposition + 1) || !OFFICES.contains(lex.bodyNominative(keys.get(i)))) {
      return false;
    }
    int k = i + 1;
    // Lower-case genitives, a purpose after "za", and a place's name last ("транспорта Москвы").
    while (k < tokens.size() && k - i <= OFFICE_COMPLEMENT_WORDS && adjacent(k - 1, k) && freeWord(k)
        && (!functionWord(k) || k == i + 1 && "za".equals(keys.get(k))) && verbAt(k).isEmpty()
        && (!tokens.get(k).capitalised() || !givenNameAt(k) && !entry(k).medium()
            && (k + 1 >= tokens.size() || !tokens.get(k + 1).capitalised()))) {
      k++;
    }
    return k > i + 1 && k < tokens.size() && !"za".equals(keys.get(k - 1)) && pluralVerbAt(k);
  }

  /** Most lower-case words an office's complement may have before its verb ("городского хозяйства столицы"). */
  private static final int OFFICE_COMPLEMENT_WORDS = 4;

  /** A Russian noun in the genitive singular by its ending (строительства, культуры, экономики). */
  private static final Pattern GENITIVE_NOUN = Pattern.compile("[а-яё]{4,}(ства|ения|ания|ции|ры|ки|ти)");

  /**
   * Heads of bodies a place's name completes in lower case ("из општине Дечани", "в посольстве
   * Сербии"), as the lexicon's nominatives; not "centar" or "sud", which as often say where
   * ("у центру Лепосавића").
   */
  private static final Set<String> OFFICES_OF_PLACES = Set.of(
      "opština", "ministarstvo", "ambasada", "vlada", "kancelarija", "skupština", "tužilaštvo",
      "посольство", "министерство", "правительство", "администрация", "прокуратура", "мэрия", "управление");

  /**
   * Heads of offices whose lower-case complement names them after "iz", "u" or "в": the offices of
   * places, and the departments of a city's or a ministry's administration, as the lexicon's
   * nominatives.
   */
  private static final Set<String> OFFICES = Stream.concat(OFFICES_OF_PLACES.stream(),
          Stream.of("sekretarijat", "direkcija", "департамент", "комплекс", "дирекция"))
      .collect(Collectors.toUnmodifiableSet());

  /**
   * Serbian: one capitalised word after the "Iz" that opens a sentence, with a body's verb right
   * after it ("Iz Spartaka su rekli", "Iz Evrolige su saopštili"): the body the words came from,
   * in the genitive. Not a given name, an outlet or a country ("Iz Rusije su poručili" is a
   * country's unnamed officials), and not after "u", whose capital is as often a place.
   */
  private boolean bodyOpeningWithIz(int i) {
    return "sr".equals(language.base()) && i > 0 && i - 1 == sentenceFirst[sentenceOf[i]] && "iz".equals(keys.get(i - 1))
        && tokens.get(i).word() && tokens.get(i).capitalised() && !tokens.get(i).acronym() && adjacent(i - 1, i)
        && bodyVerbSoonAfter(i + 1) && !givenNameAt(i) && !entry(i).medium() && entry(i).country() == null;
  }

  /**
   * Serbian: a capitalised adjective and a lower-case noun after the "Iz" that opens a sentence,
   * with a body's verb right after them ("Iz Crvene zvezde su odgovorili"): a body's name of two
   * words in the genitive, as {@link #bodyOpeningWithIz} reads one.
   */
  private boolean twoWordBodyAfterIz(int i) {
    return "sr".equals(language.base()) && i > 0 && i + 2 < tokens.size() && i - 1 == sentenceFirst[sentenceOf[i]]
        && "iz".equals(keys.get(i - 1)) && tokens.get(i).word() && tokens.get(i).capitalised()
        && !tokens.get(i).acronym() && adjacent(i - 1, i) && adjectiveLike(i) && !givenNameAt(i) && !entry(i).medium()
        && entry(i).country() == null && freeWord(i + 1) && !tokens.get(i + 1).capitalised() && adjacent(i, i + 1)
        && !functionWord(i + 1) && bodyVerbSoonAfter(i + 2);
  }

  /**
   * Serbian: a capitalised adjective and a lower-case noun that open a sentence, its auxiliary, and
   * a document it speaks in before the speech verb ("Crvena zvezda je u saopštenju navela"): a
   * body's name of two words in the nominative, which no person's name is. Not a possessive
   * ("Njegova stranka"), nor a head noun the roles read ("Nova vlada").
   */
  private boolean twoWordBodyInAStatement(int i) {
    if (!"sr".equals(language.base()) || i != sentenceFirst[sentenceOf[i]] || i + 5 >= tokens.size()
        || !tokens.get(i).word() || !tokens.get(i).capitalised() || tokens.get(i).acronym() || !adjectiveLike(i)
        || entry(i).medium() || entry(i).country() != null || entry(i).possessive() != null
        || !freeWord(i + 1) || tokens.get(i + 1).capitalised() || !adjacent(i, i + 1) || functionWord(i + 1)
        || verbAt(i + 1).isPresent() || entry(i + 1).body()
        || !tokens.get(i + 2).word() || !entry(i + 2).filler()) {
      return false;
    }
    // Asked last of the word itself: a given name is looked for through its case endings, which
    // cost more than all the checks above (this runs at every Serbian sentence's first word).
    if (givenNameAt(i)) {
      return false;
    }
    int k = i + 3;
    return tokens.get(k).word() && entry(k).preposition() && tokens.get(k + 1).word() && entry(k + 1).document()
        && verbAt(k + 2).isPresent();
  }

  /**
   * The token after a body's acronym in brackets that opens at {@code k} ("Центар за изборну
   * транспарентност (ЦИТ) саопштио је"), or -1.
   */
  private int acronymInBracketsEnd(int k) {
    return k + 3 < tokens.size() && tokens.get(k).is("(") && tokens.get(k + 1).word() && tokens.get(k + 1).acronym()
        && tokens.get(k + 2).is(")") ? k + 3 : -1;
  }

  /** A speech verb in the two words right before token {@code i} ("саопштио је Градски штаб"). */
  private boolean verbJustBefore(int i) {
    for (int k = i - 1; k >= Math.max(0, i - 2) && tokens.get(k).word(); k--) {
      if (verbAt(k).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Serbian: the token after a name in marks that follows the "Iz" opening a sentence, when a
   * speech verb ("Iz „Elektrodistribucije Srbije” saopšteno je") or a body's verb comes soon after
   * it; else -1.
   */
  private int markedBodyAfterIz(int i) {
    if (!"sr".equals(language.base()) || i + 1 >= tokens.size() || !"iz".equals(keys.get(i)) || !opensClause(i)
        || refAt[i + 1] != null) {
      return -1;
    }
    // (The marks of a name are no tokens: the name's span says where they stood.)
    int[] span = nameSpanAt(i + 1);
    if (span == null) {
      return -1;
    }
    int end = tokenAtOrAfter(span[1]);
    String first = tokens.get(i + 1).surface();
    // A feminine genitive in -e, whose nominative is sure (not "Puteva", a plural's).
    boolean feminine = first.endsWith("e") || first.endsWith("е");
    return feminine && end < tokens.size() && (verbAt(end).isPresent() || bodyVerbSoonAfter(end)) ? end : -1;
  }

  /**
   * Whether token {@code i} opens its sentence, or a clause after a comma and its conjunction and
   * auxiliary (", док је из „Електродистрибуције Србије“ саопштено").
   */
  private boolean opensClause(int i) {
    if (i == sentenceFirst[sentenceOf[i]]) {
      return true;
    }
    int k = i - 1;
    while (k >= Math.max(0, i - 2) && tokens.get(k).word()
        && (entry(k).auxiliary() || entry(k).filler() || entry(k).conjunction() || entry(k).subordinator())) {
      k--;
    }
    return k < i - 1 && k >= 0 && tokens.get(k).is(",");
  }

  /** Words a body's verb may stand after its name ("Iz Spartaka su za ruski RBK rekli"). */
  private static final int BODY_VERB_WORDS = 5;

  /**
   * Whether a body's verb (plural or neuter) comes right after token k, past auxiliaries and a
   * "za" phrase of whom it was told to ("su za ruski RBK rekli"). Any other word there means the
   * name goes on ("Iz Eparhije raško-prizrenske navode"), and the one word is not all of it.
   */
  private boolean bodyVerbSoonAfter(int k) {
    boolean told = false; // inside "za ..."
    for (int j = k; j < Math.min(tokens.size(), k + BODY_VERB_WORDS) && tokens.get(j).word(); j++) {
      // "Iz Partizana je kasnije saopšteno": an impersonal verb says whose the words are as well.
      if (pluralVerbAt(j) || bodyVerbAt(j) || verbAt(j).map(SpeechLexicon.Verb::impersonal).orElse(false)) {
        return true;
      }
      if (verbAt(j).isPresent()) {
        return false;
      }
      told |= "za".equals(keys.get(j));
      // "Iz Crvene zvezde su u sredu saopštili": a day after its preposition is when, as an adverb is.
      boolean day = entry(j).time() || entry(j).preposition() && j + 1 < tokens.size() && tokens.get(j + 1).word()
          && entry(j + 1).time();
      if (!told && !entry(j).filler() && !WHEN.contains(keys.get(j)) && !day) {
        return false;
      }
    }
    return false;
  }

  /** Serbian adverbs of when that may stand between a body and its verb ("je kasnije saopšteno"), by match key. */
  private static final Set<String> WHEN = Set.of("kasnije", "ranije", "juce", "danas", "potom", "zatim", "jutros",
      "sinoc", "veceras", "takode");

  /** Prepositions of where words come from, by match key: iz, u (Serbian), из, в (Russian). */
  static final Set<String> SOURCE_PREPOSITIONS = Set.of("iz", "u", "v");

  /**
   * Serbian or Russian: a capitalised word in mid-sentence after a press office, next to a plural
   * speech verb ("Об этом сообщили в пресс-службе Россельхознадзора"): the body whose office
   * speaks. Not a given name, which starts a person's. (After "в" or "u" alone such a word is as
   * often a place: "u Prištini su rekli", "в Брюсселе считают".)
   */
  private boolean bodyAfterPressOffice(int i) {
    if (i < 2 || !tokens.get(i - 1).word() || !entry(i - 1).pressOffice() || i == sentenceFirst[sentenceOf[i]]
        || !adjacent(i - 1, i) || givenNameAt(i)) {
      return false;
    }
    if (i + 1 < tokens.size() && tokens.get(i + 1).word() && tokens.get(i + 1).capitalised()) {
      return false; // two capitals: a person's name or a longer one
    }
    int from = i - 2; // the preposition before the office
    for (int k = Math.max(0, from - 3); k < Math.min(tokens.size(), i + 4); k++) {
      if ((k < from || k > i) && sentenceOf[k] == sentenceOf[i] && pluralVerbAt(k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Serbian or Russian: the body whose name starts at {@code i} (adjectives, the head noun, and
   * its genitive or prepositional complement), added; returns the token after it, or {@code i}.
   */
  private int body(int i) {
    if (!bodyHeadWithin(i, 3)) {
      return i; // most capitalised words: no head noun near, nothing more to ask
    }
    int head = -1;
    for (int h = i; h < Math.min(tokens.size(), i + 3) && head < 0; h++) {
      if (h > i && (!adjacent(h - 1, h) || !freeWord(h))) {
        break;
      }
      if (entry(h).pressOffice()) {
        break; // "Кравцова пресс-служба клуба": the words before an office are no body's
      } else if (entry(h).body()) {
        head = h;
      } else if (functionWord(h) || entry(h).medium() || roleStartsAt(h) || !adjectiveLike(h) || womansNoun(h)) {
        // "Глава косовского правительства", "Lider Stranke ...", "Управница позоришта": a noun of
        // its own before the body
        break;
      }
    }
    if (head < 0) {
      return i;
    }
    if (head > i && i == sentenceFirst[sentenceOf[i]] && tokens.get(head).capitalised()) {
      // "Опозициона Странка слободе и правде саопштила је": a name capitalises its first word
      // only, so a capitalised head after the sentence's first word starts it; the word before
      // describes the body.
      return i;
    }
    int parentEnd = parentAcronymEnd(head);
    if (parentEnd > 0) {
      // "Iz Delegacije EU u Srbiji", "Misija OEBS-a na Kosovu": the acronym of the body it belongs
      // to, in the genitive, and where it sits; the head's body speaks, not the parent.
      Ref parent = refAt[head + 1];
      if (parent != null) {
        remove(parent);
      }
      addOfficeOfParent(i, head, parentEnd);
      return parentEnd;
    }
    // "Udruženje „Eko-straža“", "Posmatračka misija CRTA": a name set off by marks, or an acronym,
    // right after the head is the body's own name. (A name in marks written as a sentence,
    // "inicijativa „Novi Sad se ne predaje“", reads as a quotation before any of this runs.)
    int[] marked = head + 1 < tokens.size() && adjacentAcrossMark(head, head + 1) && freeWord(head + 1)
        && !entry(head + 1).medium() ? nameSpanAt(head + 1) : null;
    if (marked != null) {
      int end = tokenAtOrAfter(marked[1]);
      addBody(i, end, text.substring(marked[0], marked[1]), false);
      return end;
    }
    if (head + 1 < tokens.size() && adjacent(head, head + 1) && freeWord(head + 1)
        && tokens.get(head + 1).acronym() && !entry(head + 1).medium() && entry(head + 1).country() == null
        && (head + 2 == tokens.size() || !tokens.get(head + 2).word() || functionWord(head + 2))) {
      // Not where a noun goes on with the name ("Udruženje IT kompanija juga Srbije"), nor before
      // a capital (someone's name).
      int region = regionAfter(head + 2);
      if (region > head + 2) {
        // "Главное управление МЧС по Оренбургской области": the acronym is the parent's, and the
        // office with its region is the body, its own words in the nominative ("В Главном
        // управлении МЧС по ... сообщили").
        addOfficeOfParent(i, head, region);
        return region;
      }
      addBody(i, head + 2, tokens.get(head + 1).surface(), false);
      return head + 2;
    }
    int end = head + 1;
    boolean capitalAfterHead = false;
    boolean placed = false; // after "u Kragujevcu": where the body sits ends its name
    Ref accreditedTo = null; // "pri UN": the body an outpost is accredited to, inside its name
    for (int j = head + 1; j < tokens.size() && j - head <= 5 && adjacent(j - 1, j) && freeWord(j); ) {
      SpeechLexicon.Entry e = entry(j);
      accreditedTo = accreditedTo(head, j);
      if (accreditedTo != null) {
        // "Stalna misija Srbije pri UN", "Постпредство России при ООН": the outpost speaks, not
        // the body it is accredited to, whose name ends the outpost's.
        capitalAfterHead = true;
        end = accreditedTo.to;
        break;
      }
      if (tokens.get(j).capitalised()) {
        // "Srbije", "Fakulteta": one capitalised genitive; a second in a row, or a given name,
        // starts someone's name ("Narodnog pokreta Srbije Miroslav Aleksić").
        // "Crne Gore", "Republike Srpske": after a capitalised adjective a noun goes on the name.
        // "MUP-a Srbije": a country after an acronym goes on the name too.
        boolean countryOfAcronym = tokens.get(j - 1).acronym() && e.country() != null;
        // A given name right after the head with no surname after it and the body's verb next is
        // the body's own name ("Odbojkaški klub Zlatibor objavio je"), not someone named.
        boolean ownName = j == head + 1 && givenNameAt(j) && j + 1 < tokens.size() && !tokens.get(j + 1).capitalised()
            && (verbAt(j + 1).isPresent() || bodyVerbAfter(j + 1));
        // "Sekretarijat za saobraćaj Grada Beograda": the city's own name after "Grada".
        boolean cityName = tokens.get(j - 1).capitalised() && CITY_NOUNS.contains(keys.get(j - 1)) && !givenNameAt(j);
        if (givenNameAt(j) && !ownName || j > head + 1 && tokens.get(j - 1).capitalised() && !adjectiveEnding(j - 1)
            && !placeOfTwoWords(head, j) && !countryOfAcronym && !cityName || e.medium() || particleAndCapitalAfter(j)) {
          break;
        }
        if ((j > head + 1 && !tokens.get(j - 1).capitalised() || j == head + 1 && !tokens.get(head).capitalised())
            && j + 1 < tokens.size()
            && adjacent(j, j + 1) && freeWord(j + 1) && tokens.get(j + 1).capitalised() && keys.get(j + 1).endsWith("ic")
            && keys.get(j).indexOf('-') < 0) {
          // "посланик Странке демократске акције Амер Хоџић", "Потпредседник Странке демократске
          // акције Амир Хаџић", "Управник Народног позоришта Светислав Гојковић": after a body's
          // name that a lower-case genitive or head noun ended, two capitals,
          // the second a surname in -ić: a person's name, whatever the lexicon knows of the given
          // name, and whatever word for them came first.
          break;
        }
        if (j > head + 1 && tokens.get(j - 1).capitalised() && roleBefore(i) && nominativeSurnameAfterName(j)) {
          // "Portparolka Komisije Helena Nordstrem": after a role, a capital in a consonant, which
          // no genitive of the body's name ends in, after another: the name of the role's holder,
          // given name included, even where the lexicon does not know the given name. (Without a
          // role, "Policijska uprava Novi Sad saopštila je" is a body and its town.)
          end = j - 1;
          break;
        }
        capitalAfterHead = true;
        end = ++j;
      } else if (e.preposition() && j + 1 < tokens.size() && adjacent(j, j + 1) && freeWord(j + 1)
          && tokens.get(j + 1).capitalised() && !givenNameAt(j + 1) && !entry(j + 1).medium() && !entry(j + 1).body()) {
        // "Policijska uprava u Kragujevcu", "Univerzitet u Novom Sadu"; not another body, where
        // its member sits ("одборница Странке слободе и правде у Скупштини града")
        j += 2;
        placed = "sr".equals(language.base()); // Russian goes on: "по Алтайскому краю"
        if (j < tokens.size() && adjacent(j - 1, j) && freeWord(j) && tokens.get(j).capitalised()
            && !givenNameAt(j) && !entry(j).medium()) {
          j++;
        }
        capitalAfterHead = true;
        end = j;
      } else if (e.preposition() && j + 2 < tokens.size() && adjacent(j, j + 1) && freeWord(j + 1)
          && !tokens.get(j + 1).capitalised() && !functionWord(j + 1) && !entry(j + 1).time()) {
        // (Not a time: "Арбитражный суд Челябинской области в четверг признал ...".)
        // "Inicijativa za čist vazduh Novog Sada", "Agencija za privredne registre": a purpose
        // the name states; kept only if more of the name (a capital) follows within the window.
        int k = j + 1;
        while (k < tokens.size() && k - head <= 5 && adjacent(k - 1, k) && freeWord(k) && !tokens.get(k).capitalised()
            && !functionWord(k) && !serbianPastAt(k)) {
          k++;
        }
        if (k < tokens.size() && k - head <= 5 && adjacent(k - 1, k) && freeWord(k) && tokens.get(k).capitalised()
            && !givenNameAt(k) && !entry(k).medium()) {
          j = k;
          end = k;
        } else if (k < tokens.size() && k - head <= 5 && (i == head || head == i + 1 && adjectiveLike(i))
            && (verbAt(k).isPresent() || colonBeforeQuote(k)
                || acronymInBracketsEnd(k) > 0 && verbAt(acronymInBracketsEnd(k)).isPresent()
                || tokens.get(k).is(",") && i > 0 && verbAt(i - 1).isPresent()
                || endsSentence(k) && "za".equals(keys.get(j)) && i > 0 && verbJustBefore(i)
                || i == sentenceFirst[sentenceOf[i]] && serbianPastAt(k)
                || opensSentence(i) && "za".equals(keys.get(j)) && bodysVerbAt(k)
                || opensSentence(i) && "za".equals(keys.get(j)) && placeThenVerb(k)
                || opensSentence(i) && "za".equals(keys.get(j)) && relativeClauseThenVerb(k)
                || tokens.get(k).is(",") && "za".equals(keys.get(j)) && i > 0 && endsAccordingTo(i - 1))) {
          // "Центар за изборну демократију саопштио је", "Градски завод за хитну медицинску помоћ
          // саопштио је": a head that opens the name (or its one adjective does) and its purpose,
          // then the verb whose subject the whole is (maybe after its acronym in brackets), or the
          // colon of "X: „...“" ("Sektor za vanredne situacije: „Molimo građane ...”"), or the
          // comma or the sentence's end that closes an attribution after its verb ("Како је
          // саопштила Градска управа за културу, ...", "..., саопштио је Градски штаб за ванредне
          // ситуације."), or, opening the sentence, any verb in the past ("Koalicija za nadzor
          // javnih finansija pozdravila je"), and after a purpose with "za" its auxiliary or a
          // short aside may come first, "Iz" before it ("Centar za izborni nadzor je saopštio", "Iz
          // Centra za izborni nadzor, s druge strane, ocenili su"; not "Žiri NIN-ove nagrade u
          // obrazloženju je naveo", where it is said); or the comma that ends an "according to"
          // phrase ("Prema saopštenju Tužilaštva za organizovani kriminal, ...").
          capitalAfterHead = true;
          end = k;
          break;
        } else {
          break;
        }
      } else if (!functionWord(j) && !e.medium() && !pastVerbAt(j) && !e.negation() && !adverbAfterName(j)
          && !placed && !PRESENT_VERBS.contains(keys.get(j)) && !serbianInfinitive(j) && !russianFinite(j)
          && !DEMONSTRATIVES.contains(keys.get(j))) {
        // "odbrane", "inženjerskih nauka": the genitive that says which body. Not past a negation,
        // which a clause's verb follows ("dok Ministarstvo zdravlja ne ispuni obećanje"), nor past
        // where the body sits ("Народни музеј у Београду отвара изложбу": a verb), nor a verb of
        // the present that reads as a genitive would ("Министарство здравља зна за ..."), nor an
        // infinitive ("će Fudbalskom savezu Srbije uputiti zahtev").
        end = ++j;
      } else if (e.conjunction() && j > head + 1 && !tokens.get(j - 1).capitalised() && j + 1 < tokens.size()
          && adjacent(j, j + 1) && freeWord(j + 1) && !tokens.get(j + 1).capitalised() && !functionWord(j + 1)) {
        j += 2; // "Stranka slobode i pravde", "Ministarstvo rada i zapošljavanja"
        end = j;
      } else if (e.conjunction() && j > head + 1 && tokens.get(j - 1).capitalised() && j + 1 < tokens.size()
          && adjacent(j, j + 1) && freeWord(j + 1) && tokens.get(j + 1).capitalised()
          && entry(j - 1).country() != null && entry(j - 1).country().equals(entry(j + 1).country())) {
        j += 2; // "Суд Босне и Херцеговине": a country's name of two words is all the body's
        end = j;
      } else {
        break;
      }
    }
    // A head alone ("Vlada je"), or one adjective and a head with no capital but the sentence's
    // own ("Nova vlada"), is a common noun, not a name; two adjectives make one ("Republička
    // izborna komisija", "Федеральная таможенная служба").
    boolean named = capitalAfterHead || capitalisedIn(i + 1, head + 1) || i != sentenceFirst[sentenceOf[i]]
        || head - i >= 2 || head == i + 1 && relationalAdjective(i) && end == head + 1 && end < tokens.size()
            && (verbAt(end).isPresent() || bodyVerbAfter(end) || speechVerbInClause(end)) && !headNamedBefore(i, head)
        // "Viši sud je potom saopštio" after "pred Višim sudom u Kragujevcu": the first words of a
        // body's name met before, as they stand, are that body.
        || head == i + 1 && end == head + 1 && opensBodyNamedBefore(i, end);
    if (end == head + 1 && (head == i || !named)) {
      return i;
    }
    end = genitiveListEnd(head, end);
    List<String> words = new ArrayList<>();
    for (int k = i; k < end; k++) {
      if (tokens.get(k).is(",") && !words.isEmpty()) {
        words.set(words.size() - 1, words.get(words.size() - 1) + ","); // "poljoprivrede, šumarstva"
      } else {
        words.add(tokens.get(k).surface());
      }
    }
    String nominative = lex.bodyNominative(keys.get(head));
    String name = Nominatives.ofBody(words, head - i, nominative, language.base());
    // A name starts with a capital, also where the text wrote its head in lower case ("из општине Дечани").
    name = name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    int[] ownName = end > head + 1 && end < tokens.size() && adjacentAcrossMark(end - 1, end) && freeWord(end)
        && !entry(end).medium() ? nameSpanAt(end) : null;
    if (ownName != null && ownName[0] > 0 && ownName[1] < text.length()) {
      // "Udruženje potrošača „Pravi račun”": the kind of body, then its own name in marks.
      name = name + " " + text.substring(ownName[0] - 1, ownName[1] + 1);
      end = tokenAtOrAfter(ownName[1]);
    }
    if (accreditedTo != null) {
      remove(accreditedTo);
    }
    addBody(i, end, name, !Texts.matchKey(nominative).equals(keys.get(head)));
    return end;
  }

  /**
   * Serbian or Russian: the catalogue body after "pri" or "при" at {@code j} that an outpost
   * whose head is at {@code head} is accredited to ("Stalna misija Srbije pri UN"); or null.
   */
  private Ref accreditedTo(int head, int j) {
    String nominative = "pri".equals(keys.get(j)) ? lex.bodyNominative(keys.get(head)) : null;
    if (nominative == null || !PARENTED_HEADS.contains(Texts.matchKey(nominative)) || j + 1 >= tokens.size()
        || !adjacent(j, j + 1) || quoted[j + 1]) {
      return null;
    }
    Ref ref = refAt[j + 1];
    return ref != null && ref.from == j + 1 && organisation(ref) ? ref : null;
  }

  /**
   * Adds the body over tokens [i, end) whose own words (up to its head noun at {@code head}) are
   * put in the nominative and whose parent and place after them stay as written ("Главное
   * управление МЧС по Оренбургской области", "Delegacija EU u Srbiji").
   */
  private void addOfficeOfParent(int i, int head, int end) {
    List<String> words = new ArrayList<>();
    for (int k = i; k <= head; k++) {
      words.add(tokens.get(k).surface());
    }
    String nominative = lex.bodyNominative(keys.get(head));
    String office = Nominatives.ofBody(words, head - i, nominative, language.base());
    String name = office.substring(0, 1).toUpperCase(Locale.ROOT) + office.substring(1) + " "
        + text.substring(tokens.get(head + 1).start(), tokens.get(end - 1).end());
    addBody(i, end, name, !Texts.matchKey(nominative).equals(keys.get(head)));
  }

  /**
   * Heads of a body that is another's outpost and speaks for itself ("Delegacija EU u Srbiji",
   * "Миссия ОБСЕ"), as match keys. Not an organ or office of the parent, which speaks as the
   * parent ("Informativna služba SPC" is the Church), nor a possessive ("Žiri NIN-ove nagrade").
   * Russian делегация and миссия key as their Serbian counterparts do.
   */
  private static final Set<String> PARENTED_HEADS = Set.of(Texts.matchKey("delegacija"), Texts.matchKey("misija"),
      Texts.matchKey("predstavništvo"), Texts.matchKey("постпредство"), Texts.matchKey("представительство"));

  /**
   * Where the name of a body ends whose head noun at {@code head} an acronym in the genitive
   * follows, the parent it belongs to: a catalogue body's one-word mention ("Delegacije EU") or
   * an acronym with a case ending ("Misije OEBS-a"), and the place after them ("u Srbiji", "na
   * Kosovu") if one follows; -1 where there is none. An acronym without an ending is the body's
   * own name ("Posmatračka misija CRTA").
   */
  private int parentAcronymEnd(int head) {
    int k = head + 1;
    String nominative = lex.bodyNominative(keys.get(head));
    if (nominative == null || !PARENTED_HEADS.contains(Texts.matchKey(nominative)) || k >= tokens.size()
        || !adjacent(head, k) || !tokens.get(k).word() || !tokens.get(k).acronym() || quoted[k] || entry(k).medium()) {
      return -1;
    }
    Ref ref = refAt[k];
    boolean catalogueBody = ref != null && ref.type == RefType.MENTION && ref.from == k && ref.to == k + 1
        && organisation(ref) && !ref.outsideCatalogue;
    String surface = tokens.get(k).surface();
    int hyphen = surface.lastIndexOf('-');
    boolean declined = ref == null && hyphen > 0 && hyphen < surface.length() - 1
        && Character.isLowerCase(surface.charAt(hyphen + 1));
    if (!catalogueBody && !declined) {
      return -1;
    }
    int end = k + 1;
    if (end + 1 < tokens.size() && adjacent(end - 1, end) && freeWord(end) && entry(end).preposition()
        && adjacent(end, end + 1) && freeWord(end + 1) && tokens.get(end + 1).capitalised() && !givenNameAt(end + 1)
        && !entry(end + 1).medium()) {
      end += 2;
    }
    return end;
  }

  /**
   * English: the body whose name starts at {@code i}, capitalised words around a head noun with
   * "of", "for", "and", "on" or "the" joining them ("the Independent Journalists' Association of
   * Serbia", "Centre for Research, Transparency and Accountability" up to the comma), added;
   * returns the token after it, or {@code i}.
   */
  private int englishBody(int i) {
    if (entry(i).determiner() || !bodyHeadWithin(i, 6)) {
      return i; // "The": the name starts after it; or no head noun near
    }
    int head = -1;
    int end = i;
    int j = i;
    List<Ref> inner = new ArrayList<>(); // catalogue bodies the name holds ("Office of the UN High Commissioner")
    while (j < tokens.size() && (freeWord(j) || innerBody(j, head)) && tokens.get(j).capitalised() && !entry(j).medium()
        && (englishHead(j) || !functionWord(j))) {
      if (!freeWord(j)) {
        inner.add(refAt[j]);
      }
      if (head == j - 1 && entry(j).title() && !englishHead(j)) {
        break; // "Foreign Ministry Spokesperson": a title right after the head is someone's
      }
      if (head >= 0 && head == j - 1 && !englishHead(j) && !placeEndingName(j)) {
        // "the Gazprom Management Committee Gleb Ryazantsev": a capital right after the head that
        // is no head of its own starts a person's name.
        break;
      }
      if (englishHead(j)) {
        head = j;
      }
      end = ++j;
      if (j < tokens.size() && apostropheAt(j) && tokens.get(j).start() == tokens.get(j - 1).end()) {
        j++; // "Journalists' Association", "People's Party": the possessive inside the name
        if (j < tokens.size() && "s".equals(keys.get(j)) && tokens.get(j).start() == tokens.get(j - 1).end()) {
          j++;
        }
        if (j >= tokens.size() || !adjacent(j - 1, j)) {
          break;
        }
        continue;
      }
      if (j >= tokens.size() || !adjacent(j - 1, j)) {
        break;
      }
      int parent = outpostParentEnd(j, head);
      if (parent > 0) {
        // "The UK Mission to the United Nations said": the body it is sent to ends the name.
        inner.add(refAt[parent - 1]);
        end = parent;
        break;
      }
      int k = j;
      while (k < tokens.size() && k - j < 2 && tokens.get(k).word() && !tokens.get(k).capitalised()
          && (CONNECTORS.contains(keys.get(k)) || placeAfterHead(k, head, i)) && k + 1 < tokens.size()
          && adjacent(k, k + 1)) {
        k++;
      }
      if (k > j) {
        // "of Serbia", "for Kosovo and Metohija" after the head; before it, the words are someone
        // else's ("Marija Lazarevic of the Centre for Electoral Studies").
        if (head < 0 || !freeWord(k) && !innerBody(k, head) || !tokens.get(k).capitalised()
            || CALENDAR.contains(keys.get(k))) {
          break; // "The Basic Court in Pristina on Thursday": when, not more of the name
        }
        j = k;
      }
    }
    if (head < 0 || end - i < 2) {
      return i;
    }
    end = englishListEnd(head, end);
    if (end < tokens.size() && tokens.get(end).word() && !tokens.get(end).capitalised() && !entry(end).preposition()
        && (entry(end).title() || entry(end).sourcePeople() || entry(end).unnamedSource())) {
      return i; // "the Serbian Interior Ministry spokesman said": the body says whose he is
    }
    int from = i;
    for (Ref within : inner) {
      if (within.to <= end) {
        remove(within);
      }
    }
    addBody(from, end, text.substring(tokens.get(from).start(), tokens.get(end - 1).end()), false);
    return end;
  }

  /**
   * English: whether the capital at {@code j}, right after a body's head, is the one word of the
   * place that ends the body's name ("The University Clinical Centre Niš said"): no given name,
   * and no capital after it, as a person's surname would be.
   */
  private boolean placeEndingName(int j) {
    return !givenNameAt(j) && !tokens.get(j).acronym()
        && (j + 1 >= tokens.size() || !tokens.get(j + 1).word() || !tokens.get(j + 1).capitalised());
  }

  /**
   * Whether token {@code j} is a catalogue body's one-word mention inside an English body's name
   * that a head noun opened and a capital goes on after ("Office of the UN High Commissioner for
   * Human Rights" is no UN).
   */
  private boolean innerBody(int j, int head) {
    Ref ref = refAt[j];
    return (head >= 0 || sendsOutpost(j)) && ref != null && ref.type == RefType.MENTION && ref.from == j
        && ref.to == j + 1 && organisation(ref) && j + 1 < tokens.size() && tokens.get(j + 1).word()
        && tokens.get(j + 1).capitalised() && adjacent(j, j + 1);
  }

  /**
   * English: whether the word at {@code j} is followed by the capitalised head of an outpost and
   * "to" or "in" where it is ("the EU Delegation to Serbia", "the OSCE Mission in Kosovo"), so
   * that a catalogue body there names whose outpost it is, not the body that speaks.
   */
  private boolean sendsOutpost(int j) {
    return j + 2 < tokens.size() && tokens.get(j + 1).word() && tokens.get(j + 1).capitalised()
        && OUTPOST_HEADS.contains(keys.get(j + 1)) && adjacent(j, j + 1) && adjacent(j + 1, j + 2)
        && tokens.get(j + 2).word() && ("to".equals(keys.get(j + 2)) || "in".equals(keys.get(j + 2)));
  }

  /**
   * English: the capitalised name that a lower-case head noun introduces ("the public company Roads
   * of Serbia", "the environmental group Eko Straža Timok"), from token {@code i}: the token after
   * it, or {@code i} when there is none. A person's name (a given name first) is no body's.
   */
  private int englishNamedAfterNoun(int i) {
    if (!tokens.get(i - 1).word() || tokens.get(i - 1).capitalised() || !entry(i - 1).body()
        || !adjacent(i - 1, i) || givenNameAt(i)) {
      return i;
    }
    if (entry(i).title()) {
      return i; // "Ruling party MP Jelena Stamenkovic": a title, then a person's name
    }
    int end = i;
    int j = i;
    while (j < tokens.size() && freeWord(j) && tokens.get(j).capitalised() && !entry(j).medium() && !functionWord(j)
        && sentenceOf[j] == sentenceOf[i]) {
      end = ++j;
      if (j + 1 < tokens.size() && tokens.get(j).word() && CONNECTORS.contains(keys.get(j))
          && !tokens.get(j).capitalised() && adjacent(j - 1, j) && adjacent(j, j + 1) && freeWord(j + 1)
          && tokens.get(j + 1).capitalised() && !CALENDAR.contains(keys.get(j + 1))) {
        j++; // "Roads of Serbia", not "the space agency NASA on Monday"
      } else if (j < tokens.size() && !adjacent(j - 1, j)) {
        break;
      }
    }
    return end;
  }

  /**
   * The end of a body's name that goes on past {@code end} with a list of what it is of, in lower
   * case, commas between and "i" before the last ("Ministarstvo poljoprivrede, šumarstva i
   * vodoprivrede"); else {@code end}.
   */
  private int genitiveListEnd(int head, int end) {
    if (end <= head + 1 || tokens.get(end - 1).capitalised()) {
      return end;
    }
    int k = end;
    while (k + 1 < tokens.size() && tokens.get(k).is(",") && adjacent(k - 1, k) && lowerNameWord(k + 1)) {
      k = itemEnd(k + 1); // "науке, технолошког развоја и иновација": an item may have its adjective
    }
    boolean closed = k > end && k + 1 < tokens.size() && tokens.get(k).word() && entry(k).conjunction()
        && lowerNameWord(k + 1);
    return closed ? itemEnd(k + 1) : end;
  }

  /** The end of a list item of a body's name from the lower-case word at {@code k}: one word, or two. */
  private int itemEnd(int k) {
    return k + 1 < tokens.size() && adjacent(k, k + 1) && lowerNameWord(k + 1) && !entry(k + 1).conjunction()
        && adjectiveEnding(k) ? k + 2 : k + 1;
  }

  private boolean lowerNameWord(int k) {
    return tokens.get(k).word() && freeWord(k) && !tokens.get(k).capitalised() && !functionWord(k) && !pastVerbAt(k);
  }

  /**
   * "Policijska uprava Novi Sad saopštila je", "Policijska uprava Grada Beograda": two capitals
   * right after the head and right before the clause's verb name the place the body is of. A
   * person's name there would need a verb of its own to stand beside the body ("Narodnog pokreta
   * Srbije Miroslav Aleksić rekao je" is caught earlier by the given name).
   */
  private boolean placeOfTwoWords(int head, int j) {
    return j == head + 2 && !givenNameAt(j - 1) && j + 1 < tokens.size() && adjacent(j, j + 1)
        && (pastVerbAt(j + 1) || verbAt(j + 1).isPresent());
  }

  /** "Grad" in the genitive, whose city's name goes on with a body's ("Grada Beograda", "Города Москвы"). */
  private static final Set<String> CITY_NOUNS = Set.of("grada", "goroda");

  /** A neuter or plural speech verb at {@code k}: one that agrees with a body. */
  private boolean bodyVerbAt(int k) {
    return verbAt(k).map(v -> v.neuter() || v.plural()).orElse(false);
  }

  /**
   * Whether a body's verb stands at {@code k}, or after an auxiliary there ("je saopštilo"), and no
   * outlet's name stands at {@code k}.
   */
  private boolean bodyVerbAfter(int k) {
    return tokens.get(k).word() && !entry(k).medium()
        && (bodyVerbAt(k) || entry(k).filler() && k + 1 < tokens.size() && bodyVerbAt(k + 1));
  }

  /**
   * Whether a speech verb follows at {@code k} within a few words of the same clause, no comma
   * between ("Fiskalni savet je još u oktobru upozorio").
   */
  private boolean speechVerbInClause(int k) {
    int reach = k + CLAUSE_VERB_REACH;
    for (int j = k; j < Math.min(tokens.size(), reach); j++) {
      int aside = tokens.get(j).is(",") ? shortAside(j, tokens.size()) : -1;
      if (aside > 0) {
        // "Фискални савет је, међутим, у свом извештају оценио": a short aside set off by commas
        // adds nothing to the clause, nor to the words the verb may stand from its subject.
        reach += aside - j + 1;
        j = aside;
        continue;
      }
      if (!tokens.get(j).word()) {
        return false;
      }
      if (verbAt(j).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** Words from a body's name to its speech verb in {@link #speechVerbInClause}. */
  private static final int CLAUSE_VERB_REACH = 6;

  /**
   * Serbian or Russian: whether the word at {@code i} is an adjective made from a noun, in -ski,
   * -čki, -ški (-ский), or in Serbian -alni from a Latin one ("Fiskalni savet"), in any gender
   * ("Poreska uprava", "Policijska uprava", "Налоговая" is not),
   * which names a body with its head as a qualitative one ("Nova vlada") does not; not a country's.
   */
  private boolean relationalAdjective(int i) {
    if (!inflecting() || entry(i).country() != null) {
      return false;
    }
    String key = keys.get(i);
    for (String ending : RELATIONAL_ENDINGS) {
      if (key.length() > ending.length() + 2 && key.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the words [from, to), as match keys, open the name of a body outside the catalogue named before. */
  private boolean opensBodyNamedBefore(int from, int to) {
    String opening = StatementExtractor.OUTSIDE_CATALOGUE_PREFIX + String.join(" ", keys.subList(from, to)) + " ";
    for (String id : bodyNames.keySet()) {
      if (id.startsWith(opening)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a body with the head noun at {@code head} was named before token {@code i}: "Хрватско
   * министарство саопштило је" after "Министарство спољних и европских послова Хрватске" is that
   * ministry again, described.
   */
  private boolean headNamedBefore(int i, int head) {
    String nominative = lex.bodyNominative(keys.get(head));
    for (Ref ref : refs) {
      if (ref.from < i && organisation(ref) && nominative != null && headOf(ref, nominative)) {
        return true;
      }
    }
    return false;
  }

  /** Nominative endings of Serbian and Russian adjectives made from nouns, in match keys. */
  private static final List<String> RELATIONAL_ENDINGS =
      List.of("ski", "ska", "sko", "ske", "cki", "cka", "cko", "cke", "skij", "skaja", "skoe", "skie",
          "alni", "alna", "alno", "alne");

  /** Whether a plural speech verb starts at token {@code k} (сообщили, saopštili su). */
  private boolean pluralVerbAt(int k) {
    return verbAt(k).map(SpeechLexicon.Verb::plural).orElse(false);
  }

  /** Whether one of the {@code span} words from token {@code i} on is a head noun of a body's name. */
  private boolean bodyHeadWithin(int i, int span) {
    for (int h = i; h < Math.min(tokens.size(), i + span); h++) {
      if (tokens.get(h).word() && englishHead(h)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A head noun of an English body's name: the lexicon's, and "Cross" after "Red" (not after
   * anything else: "the VW Atlas Cross" is a car).
   */
  private boolean englishHead(int h) {
    return entry(h).body() || h > 0 && "cross".equals(keys.get(h)) && "red".equals(keys.get(h - 1));
  }

  /** Whether a role term of the language starts at token {@code h}. */
  private boolean roleStartsAt(int h) {
    RoleTerms terms = roleTermsByBase.get(language.base());
    if (terms == null) {
      return false;
    }
    for (FirstWord first : terms.startingWith(keys.get(h))) {
      if (!termWordAt(first.key(), h, inflecting())) {
        continue;
      }
      for (RoleTerm term : first.terms()) {
        // A one-word term as the word stands, not a near form ("Полицијска" is no "полиција").
        boolean asWritten = term.keys().size() > 1 || first.key().equals(keys.get(h));
        if (asWritten && roleTermEndAfterFirst(term, h, inflecting()) > h) {
          return true;
        }
      }
    }
    return false;
  }

  /** The nominative of a body's one-word name in Serbian and Russian ({@link Nominatives#ofOneWordBody}). */
  private String oneWordBody(String name) {
    return inflecting() ? Nominatives.ofOneWordBody(name, language.base()) : name;
  }

  /** A colon at {@code k} with a quote mark opening right after it. */
  private boolean colonBeforeQuote(int k) {
    return tokens.get(k).is(":") && k + 1 < tokens.size() && isQuoteMark(k + 1);
  }

  /**
   * "Himself" and "herself" before a name in Serbian and Russian, as match keys ("сам господин
   * Воронин", "lično Jovanović"): after a verb, or opening a sentence ("Сам Стеванович ...").
   */
  static final Set<String> SELF = Set.of("sam", "sama", "licno");

  /** Whether the word at {@code i} is a given name the lexicon knows, in any case ("Мирјану"). */
  boolean givenNameInAnyCase(int i) {
    return lex.givenName(keys.get(i)) || Nominatives.isGivenName(tokens.get(i).surface(), language.base(), lex);
  }

  /** A given name in any case ("Milene", "Андрея"): someone's name starts there, not the body's. */
  private boolean givenNameAt(int j) {
    return Nominatives.isGivenName(tokens.get(j).surface(), language.base(), lex);
  }

  /** English days and months, by match key: after "on" or "in" they date a report, not name a body. */
  private static final Set<String> CALENDAR = Set.of(
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
      "april", "may", "june", "july", "august", "september", "october", "november", "december");

  /** Lower-case words that join the parts of an English body's name. */
  private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "on", "the");

  /**
   * The end of an English body's name that goes on past {@code end} with a list of capitalised
   * words, commas between and "and" before the last ("Ministry of Agriculture, Forestry and Water
   * Management"); else {@code end}. Only after "of" or "for" and its capital past the head, and
   * only a list "and" closes: a comma alone may open an apposition.
   */
  private int englishListEnd(int head, int end) {
    if (end - head < 3 || end >= tokens.size() || !tokens.get(end).is(",") || !tokens.get(end - 1).capitalised()
        || !CONNECTORS.contains(keys.get(head + 1))) {
      return end;
    }
    int k = end;
    while (k + 1 < tokens.size() && tokens.get(k).is(",") && capitalisedFreeWord(k + 1)) {
      k++;
      while (k < tokens.size() && capitalisedFreeWord(k) && adjacent(k - 1, k)) {
        k++;
      }
    }
    if (k + 1 >= tokens.size() || !"and".equals(keys.get(k)) || !capitalisedFreeWord(k + 1)) {
      return end;
    }
    k++;
    while (k < tokens.size() && capitalisedFreeWord(k) && adjacent(k - 1, k)) {
      k++;
    }
    return k;
  }

  private boolean capitalisedFreeWord(int k) {
    return freeWord(k) && tokens.get(k).capitalised() && !entry(k).medium() && !givenNameAt(k)
        && !CALENDAR.contains(keys.get(k));
  }

  /**
   * "The Higher Public Prosecutor's Office in Belgrade": "in" and a place right after the head of a
   * name of several words belong to the name (not after a head alone: "the Ministry in Belgrade").
   */
  private boolean placeAfterHead(int k, int head, int start) {
    return "in".equals(keys.get(k)) && head == k - 1 && head > start
        || "to".equals(keys.get(k)) && head >= 0 && OUTPOST_HEADS.contains(keys.get(head));
  }

  /**
   * English heads of a body sent by one state or body to another, whose name goes on with "to"
   * and where it is sent ("the Permanent Mission of Serbia to the United Nations", "the EU
   * Delegation to Serbia"), as match keys.
   */
  private static final Set<String> OUTPOST_HEADS = Set.of("mission", "delegation");

  /**
   * English: where the name of an outpost whose head is {@code head} ends when "to", perhaps
   * "the", and a catalogue body follow at {@code j}: after that body, which the outpost's name
   * holds ("the UK Mission to the United Nations" is not the UN speaking); -1 otherwise. A place
   * after "to" is a capital like any other, read on by the caller.
   */
  private int outpostParentEnd(int j, int head) {
    if (head < 0 || !OUTPOST_HEADS.contains(keys.get(head)) || !tokens.get(j).word() || !"to".equals(keys.get(j))) {
      return -1;
    }
    int k = j + 1;
    if (k < tokens.size() && tokens.get(k).word() && entry(k).determiner() && adjacent(j, k)) {
      k++;
    }
    if (k >= tokens.size() || !adjacent(k - 1, k)) {
      return -1;
    }
    Ref ref = refAt[k];
    return ref != null && ref.from == k && organisation(ref) && !quoted[k] ? ref.to : -1;
  }

  private boolean connectorBefore(int j) {
    return j > 0 && CONNECTORS.contains(keys.get(j - 1)) && !tokens.get(j - 1).capitalised();
  }

  private boolean apostropheAt(int i) {
    return i < tokens.size() && (tokens.get(i).is("'") || tokens.get(i).is("\u2019"));
  }

  /** A word that no reference holds yet and that is not inside a quotation. */
  private boolean freeWord(int i) {
    return tokens.get(i).word() && refAt[i] == null && !quoted[i];
  }

  /**
   * Where a club named by its sport's initials at {@code i} ends: after its name in marks (ФК
   * «Зенит») or after its capitalised words (KK Partizan, FK Crvena zvezda); -1 if no club starts
   * there.
   */
  private int clubEnd(int i) {
    if (!freeWord(i) || !entry(i).club() || i + 1 >= tokens.size() || !adjacentAcrossMark(i, i + 1)
        || !freeWord(i + 1) || !tokens.get(i + 1).capitalised()) {
      return -1;
    }
    int[] marked = nameSpanAt(i + 1);
    if (marked != null) {
      return tokenAtOrAfter(marked[1]);
    }
    int end = i + 1;
    // Not on into a person's name after it ("Trener KK Partizan Željko Obradović"): a given name
    // ends the club's.
    while (end < tokens.size() && end - i <= 3 && adjacent(end - 1, end) && freeWord(end) && !functionWord(end)
        && (tokens.get(end).capitalised() && (end == i + 1 || !givenNameInAnyCase(end)) || nounOfClubName(end))) {
      end++;
    }
    return end;
  }

  /**
   * Whether the word in lower case at {@code k} ends a club's name after the capitalised adjective
   * before it, as Serbian writes "Crvena zvezda": a function word or a mark must follow it, so
   * the name does not run on into the sentence.
   */
  private boolean nounOfClubName(int k) {
    return inflecting() && tokens.get(k - 1).capitalised() && adjectiveLike(k - 1)
        && (k + 1 == tokens.size() || !tokens.get(k + 1).word() || functionWord(k + 1));
  }

  /** The span of the name in quote marks whose first word is token {@code i}, or null. */
  private int[] nameSpanAt(int i) {
    int start = tokens.get(i).start();
    for (int[] span : nameSpans) {
      if (span[0] == start) {
        return span;
      }
      if (span[0] > start) {
        return null;
      }
    }
    return null;
  }

  /** Tokens {@code a} and {@code b} with at most a quote mark, and white space, between them. */
  private boolean adjacentAcrossMark(int a, int b) {
    // Read in place: this runs at most words of a text, and a cut and stripped copy cost more
    // than the rest of the test.
    int first = tokens.get(a).end();
    int to = tokens.get(b).start();
    while (first < to && Character.isWhitespace(text.charAt(first))) {
      first++;
    }
    if (first == to) {
      return true;
    }
    int last = to - 1;
    while (Character.isWhitespace(text.charAt(last))) {
      last--;
    }
    return first == last && isMark(text.charAt(first));
  }

  /**
   * "The Interior Ministry said ... According to the ministry, ...": the head noun of a body
   * outside the catalogue named before, after "the", is that body when it is the last body with
   * that head the text named. A catalogue body named later than it keeps the noun to the roles
   * ({@link #findRoles}). Serbian and Russian name their bodies' short forms with a capital, which
   * {@link #addBody} joins to the full name, and write the head alone for catalogue bodies the
   * roles know ("Ministarstvo je saopštilo"); there only the head after "iz", "u" or "в", where
   * people speak from ("В министерстве подтвердили"), is the body named before.
   */
  private void findBodiesByHeadNoun() {
    if (bodiesOutsideCatalogue.isEmpty()) {
      return;
    }
    boolean english = "en".equals(language.base());
    List<Ref> bodies = new ArrayList<>();
    for (Ref ref : refs) {
      if (organisation(ref)) {
        bodies.add(ref);
      }
    }
    bodies.sort(Comparator.comparingInt(r -> r.from));
    for (int i = 1; i < tokens.size(); i++) {
      if (refAt[i] != null || !tokens.get(i).word() || !entry(i).body() || quoted[i]) {
        continue;
      }
      // Serbian and Russian have no article: there the noun after "iz", "u" or "в" is where people
      // speak from ("В министерстве подтвердили, что ...").
      // So is a lower-case head that opens a clause right before its speech verb ("..., a
      // sindikat tvrdi da ...").
      // English "the clinical centre" after "the University Clinical Centre of Nis": a word of
      // the name between the article and the head.
      String adjective = english && i >= 2 && tokens.get(i - 1).word() && !tokens.get(i - 1).capitalised()
          && refAt[i - 1] == null && tokens.get(i - 2).word() && entry(i - 2).determiner() ? keys.get(i - 1) : null;
      // "Prema navodima kompanije, ...": the noun that ends an "according to" phrase as well, and
      // the one right after a document ("Kako se navodi u saopštenju saveza, ...").
      boolean according = !english && endsAccordingTo(i - 1);
      boolean alone = !tokens.get(i).capitalised() && (tokens.get(i - 1).word()
          && (english ? entry(i - 1).determiner() || adjective != null
              : SOURCE_PREPOSITIONS.contains(keys.get(i - 1)) || according || entry(i - 1).document())
          || !english && (tokens.get(i - 1).is(",") || tokens.get(i - 1).word() && entry(i - 1).conjunction())
              && i + 1 < tokens.size() && verbAt(i + 1).isPresent());
      // "the ministry of finance": a name of its own goes on after it.
      boolean named = i + 1 < tokens.size() && tokens.get(i + 1).word() && adjacent(i, i + 1)
          && (tokens.get(i + 1).capitalised() || "of".equals(keys.get(i + 1)) || !english && !functionWord(i + 1)
              && verbAt(i + 1).isEmpty());
      if (!alone || named) {
        continue;
      }
      String head = lex.bodyNominative(keys.get(i));
      boolean anyBody = ANY_BODY_HEADS.contains(head);
      Ref last = null;
      for (Ref body : bodies) {
        if (body.to > i) {
          break;
        }
        if (head != null && (anyBody || headOf(body, head))
            && (adjective == null || (" " + Texts.matchKey(body.name) + " ").contains(" " + adjective + " "))) {
          last = body;
        }
      }
      if (last == null || !last.outsideCatalogue) {
        continue;
      }
      boolean fromWhere = !english && (SOURCE_PREPOSITIONS.contains(keys.get(i - 1)) || according);
      addMentionOf(last, i, english ? englishOblique(i, i + 1) : fromWhere);
    }
  }

  /**
   * Serbian and Russian: "Klub je saopštio", "В клубе сообщили" (the noun opening its sentence, or
   * after "iz", "u", "в") after "Fudbaleri Crvene zvezde" or "Trener Partizana": the club that the
   * name after a noun for its players, coach or fans named, in the nominative. Sports pages name a
   * club so, with no initials (KK, ФК) and no head noun of its own, and then call it "the club".
   */
  private void findClubsByNoun() {
    if (!inflecting()) {
      return;
    }
    Ref club = null;
    int searchedTo = 0;
    for (int i = 0; i < tokens.size(); i++) {
      if (refAt[i] != null || !tokens.get(i).word() || quoted[i] || !entry(i).body()
          || !CLUB_NOUNS.contains(lex.bodyNominative(keys.get(i)))) {
        continue;
      }
      boolean opening = i == sentenceFirst[sentenceOf[i]];
      boolean from = i > 0 && tokens.get(i - 1).word() && SOURCE_PREPOSITIONS.contains(keys.get(i - 1));
      if (!opening && !from || i + 1 < tokens.size() && tokens.get(i + 1).word() && tokens.get(i + 1).capitalised()) {
        continue; // "Klub Partizan": a name of its own follows
      }
      if (club == null) {
        club = clubNamedByItsPeople(searchedTo, i);
        searchedTo = i;
      }
      // The club named last before the noun: "КК Партизан саопштио је ... Из клуба су навели"
      // after "Кошаркаши Црвене звезде" is Partizan.
      Ref nearest = club;
      for (Ref named : namedClubs) {
        if (named != null && named.to <= i && (nearest == null || named.from > nearest.from)) {
          nearest = named;
        }
      }
      if (nearest != null) {
        addMentionOf(nearest, i, from);
      }
    }
  }

  /**
   * A lower-case word in -o right after a capital of a body's name ("Fudbalski klub Vojvodina
   * sporazumno je raskinuo"): an adverb of the clause, which no genitive of a name ends in but a
   * Russian adjective's in -ого or -его ("Комплексе городского хозяйства").
   */
  private boolean adverbAfterName(int j) {
    String key = keys.get(j);
    return tokens.get(j - 1).capitalised() && !tokens.get(j).capitalised() && key.length() > 3 && key.endsWith("o")
        && !("ru".equals(language.base()) && (key.endsWith("ogo") || key.endsWith("ego")));
  }

  /** Clubs named with their sport's initials ("KK Partizan") or by a name the lexicon knows, in text order. */
  private final List<Ref> namedClubs = new ArrayList<>();

  /** "klub" and "клуб" by their nominative as the lexicon writes it. */
  private static final Set<String> CLUB_NOUNS = Set.of("klub", "клуб");

  /**
   * The first club that a name in the genitive after a noun for its people names in tokens
   * [from, to) ("Fudbaleri Crvene zvezde", "тренер «Спартака»"), added as a body; or null.
   */
  private Ref clubNamedByItsPeople(int from, int to) {
    for (int k = from; k + 1 < to; k++) {
      if (tokens.get(k).word() && entry(k).teamPeople() && refAt[k + 1] != null && refAt[k + 1].from == k + 1
          && namedClubs.contains(refAt[k + 1])) {
        return refAt[k + 1]; // "Fudbaleri Crvene zvezde": a club the lexicon knows, named already
      }
      if (!tokens.get(k).word() || !entry(k).teamPeople() || !adjacentAcrossMark(k, k + 1) || !freeWord(k + 1)
          || !tokens.get(k + 1).capitalised() || givenNameAt(k + 1) || entry(k + 1).medium()) {
        continue;
      }
      int end = k + 2;
      while (end < to && end - k <= 3 && adjacent(end - 1, end) && freeWord(end) && !tokens.get(end).capitalised()
          && !functionWord(end) && verbAt(end).isEmpty() && lex.bodyNominative(keys.get(end)) == null
          && !entry(end).teamPeople() && Nominatives.genitiveNoun(tokens.get(end).surface())) {
        end++; // "Crvene zvezde": a name of a capital and a lower-case word
      }
      List<String> words = new ArrayList<>();
      for (int w = k + 1; w < end; w++) {
        words.add(tokens.get(w).surface());
      }
      addBody(k + 1, end, Nominatives.ofClubName(words, language.base()), true);
      return refAt[k + 1];
    }
    return null;
  }

  /**
   * Head nouns that stand for a government body of any name ("В ведомстве сообщили" after
   * "Министерство финансов России"), not only for one whose own head they are.
   */
  private static final Set<String> ANY_BODY_HEADS = Set.of("ведомство");

  /** Adds a one-token mention at {@code k} of the body outside the catalogue {@code body} names. */
  private void addMentionOf(Ref body, int k, boolean oblique) {
    Ref ref = new Ref(RefType.MENTION, k, k + 1);
    ref.actorId = body.actorId;
    ref.actor = body.actor;
    ref.name = body.name;
    ref.outsideCatalogue = body.outsideCatalogue;
    ref.oblique = oblique;
    add(ref);
  }

  /**
   * Whether an English reference over tokens [from, to) is no subject: after a preposition, before
   * a possessive or as a noun's modifier, unless a clause's subordinator opens before it.
   */
  private boolean englishOblique(int from, int to) {
    return !subjectOfClause(from, to) && (obliqueBefore(from, true) || possessiveAfter(to) || attributive(from, to));
  }

  /**
   * A body whose acronym follows its name in brackets ("Alliance of Independent Social Democrats
   * (SNSD)", "Савез независних социјалдемократа (СНСД)") is that acronym later, in any case
   * ("According to the SNSD", "из СНСД-а"); so is a catalogue body whose acronym the catalogue
   * lacks, after a place its name goes on with ("Канцелярии высокого представителя по Боснии и
   * Герцеговине (ОВП)").
   */
  private void findBodiesByAcronym() {
    Map<String, Ref> byAcronym = new LinkedHashMap<>();
    Map<String, Integer> definedAt = new LinkedHashMap<>();
    for (Ref ref : List.copyOf(refs)) {
      int open = ref.to;
      if (organisation(ref) && open < tokens.size() && tokens.get(open).word() && entry(open).preposition()) {
        int k = open + 1;
        while (k < tokens.size() && k - open <= 4 && tokens.get(k).word()
            && (tokens.get(k).capitalised() || entry(k).conjunction())) {
          k++;
        }
        open = k > open + 1 ? k : open;
      }
      if ((ref.outsideCatalogue || organisation(ref)) && open + 2 < tokens.size() && tokens.get(open).is("(")
          && tokens.get(open + 1).word() && tokens.get(open + 1).acronym() && tokens.get(open + 2).is(")")
          && refAt[open + 1] == null) {
        byAcronym.putIfAbsent(keys.get(open + 1), ref);
        definedAt.putIfAbsent(keys.get(open + 1), open + 2);
      }
    }
    if (byAcronym.isEmpty()) {
      return;
    }
    for (int k = 0; k < tokens.size(); k++) {
      // The acronym alone may have been taken for a body of its own name ("В ОВП заявили").
      Ref own = refAt[k];
      boolean ownBody = own != null && own.type == RefType.MENTION && own.outsideCatalogue && own.from == k
          && own.to == k + 1;
      if (!freeWord(k) && !ownBody || !tokens.get(k).acronym()) {
        continue;
      }
      String key = keys.get(k);
      int space = key.indexOf(' ');
      String acronym = space > 0 ? key.substring(0, space) : key; // "СНСД-а": its case after a hyphen
      Ref body = byAcronym.get(acronym);
      if (body == null || k <= definedAt.get(acronym)) {
        continue;
      }
      if (ownBody) {
        remove(own);
        addMentionOf(body, k, own.oblique);
        continue;
      }
      addMentionOf(body, k, inflecting() ? space > 0 || obliqueBefore(k, false) : englishOblique(k, k + 1));
    }
  }

  /** Whether a token of {@code body} is a head noun whose nominative is {@code head}. */
  private boolean headOf(Ref body, String head) {
    for (int k = body.from; k < body.to; k++) {
      if (tokens.get(k).word() && entry(k).body() && head.equals(lex.bodyNominative(keys.get(k)))) {
        return true;
      }
    }
    return false;
  }

  /** The capital initials of a name's words of three letters or more (Stranka slobode i pravde: SSP). */
  static String initials(String name) {
    StringBuilder out = new StringBuilder();
    for (String word : name.split("[\\s-]+")) {
      if (word.length() >= 3) {
        out.appendCodePoint(Character.toUpperCase(word.codePointAt(0)));
      }
    }
    return out.toString();
  }

  /**
   * Serbian or Russian: the acronym right after an organ's word at {@code organ} ("Predsedništvo
   * SNSD-a saopštilo je"), the letters of a body outside the catalogue that no body named before
   * has for initials; else null.
   */
  private String acronymAfterOrgan(int organ) {
    int k = organ + 1;
    if (!inflecting() || !entry(organ).organ() || k >= tokens.size() || !adjacent(organ, k) || !freeWord(k)
        || !tokens.get(k).acronym() || entry(k).medium() || entry(k).country() != null) {
      return null;
    }
    String letters = acronymLetters(k);
    // "Predsedništvo SSP-a" after "Stranka slobode i pravde": that body, found later.
    return bodyWithInitials(letters, k) == null ? letters : null;
  }

  /** The letters of the acronym at {@code i}, a case ending after a hyphen let go ("SNSD-a": SNSD). */
  String acronymLetters(int i) {
    String surface = tokens.get(i).surface();
    int hyphen = surface.indexOf('-');
    return hyphen > 0 ? surface.substring(0, hyphen) : surface;
  }

  /** The body outside the catalogue named before token {@code i} with initials {@code letters}, or null. */
  Ref bodyWithInitials(String letters, int i) {
    for (Ref ref : refs) {
      if (ref.from < i && ref.type == RefType.MENTION && ref.outsideCatalogue
          && letters.equals(initials(ref.name))) {
        return ref;
      }
    }
    return null;
  }

  /**
   * Serbian or Russian: the letters of the acronym at {@code i} (its case ending after a hyphen
   * let go) when it speaks or issues a document: right after a speech verb ("saopštio je RHMZ"),
   * after a document's word ("u saopštenju RHMZ-a"), or before a speech verb as its subject; else
   * null. Not an outlet, a country or a one-letter word.
   */
  private String speakingAcronym(int i) {
    if (!inflecting() || !freeWord(i) || !tokens.get(i).acronym() || entry(i).medium() || entry(i).country() != null
        || functionWord(i) || i > 0 && tokens.get(i - 1).acronym() && tokens.get(i - 1).word()) {
      return null; // nor a word of a heading in capitals ("САОПШТЕЊЕ ЗА ЈАВНОСТ")
    }
    String letters = acronymLetters(i);
    boolean hyphen = letters.length() < tokens.get(i).surface().length();
    if (letters.codePointCount(0, letters.length()) < 2 || !letters.chars().allMatch(Character::isLetter)) {
      return null;
    }
    boolean afterVerb = false;
    for (int k = Math.max(0, i - 3); k < i; k++) {
      afterVerb |= verbAt(k).map(v -> v.keys().size()).orElse(0) + k == i
          || verbAt(k).isPresent() && k + 2 == i && tokens.get(k + 1).word() && entry(k + 1).filler();
    }
    boolean afterDocument = i > 0 && tokens.get(i - 1).word() && entry(i - 1).document();
    // Not after a preposition: "Iz Spartaka su za ruski RBK rekli" names an outlet told.
    boolean afterPreposition = i > 0 && tokens.get(i - 1).word() && entry(i - 1).preposition()
        || i > 1 && tokens.get(i - 2).word() && entry(i - 2).preposition() && !tokens.get(i - 1).capitalised();
    boolean beforeVerb = !hyphen && !afterPreposition && i + 1 < tokens.size()
        && (speechVerbWithin(i + 1, tokens.size()) || speechVerbAfterDocument(i + 1));
    return afterVerb || afterDocument || beforeVerb ? letters : null;
  }

  /**
   * Whether an auxiliary, then the document a subject speaks in ("u posebnom upozorenju", "в
   * заявлении"), then a speech verb stand from token {@code k} ("РХМЗ је у посебном упозорењу
   * навео да ...").
   */
  private boolean speechVerbAfterDocument(int k) {
    while (k < tokens.size() && tokens.get(k).word() && entry(k).filler()) {
      k++;
    }
    if (k + 1 >= tokens.size() || !tokens.get(k).word() || !entry(k).preposition()) {
      return false;
    }
    for (int d = k + 1; d < Math.min(tokens.size(), k + 4) && tokens.get(d).word(); d++) {
      if (entry(d).document()) {
        return d + 1 < tokens.size() && speechVerbWithin(d + 1, tokens.size());
      }
    }
    return false;
  }

  /**
   * Serbian or Russian: where a body's name ends that opens with the acronym at {@code i} and goes
   * on with one or two capitalised words of a place in the genitive, right before its speech verb
   * ("MUP Republike Srpske saopštio je", "ГУ МЧС Свердловской области сообщило"); else -1.
   */
  private int acronymAndPlaceEnd(int i) {
    if (!inflecting() || !freeWord(i) || !tokens.get(i).acronym() || tokens.get(i).surface().indexOf('-') > 0
        || entry(i).medium() || functionWord(i) || i > 0 && tokens.get(i - 1).word() && entry(i - 1).preposition()) {
      return -1;
    }
    int end = i + 1;
    int words = 0;
    // A genitive ends in a vowel ("Republike Srpske", "России"); a person's name after an outlet's
    // letters need not ("FT Саймон Марлоу").
    while (end < tokens.size() && words < 2 && adjacent(end - 1, end) && tokens.get(end).word()
        && tokens.get(end).capitalised() && !tokens.get(end).acronym() && !givenNameAt(end)
        && "aeiy".indexOf(keys.get(end).charAt(keys.get(end).length() - 1)) >= 0) {
      Ref ref = refAt[end];
      if (ref != null && (ref.type != RefType.MENTION || ref.from != end || ref.actor == null
          || ref.actor.kind() == Actor.Kind.PERSON)) {
        return -1;
      }
      end = ref != null ? ref.to : end + 1;
      words++;
    }
    // "МИД Финляндии в заявлении отметил": where it said so may come first.
    int verbFrom = end + 1 < tokens.size() && tokens.get(end).word() && entry(end).preposition()
        && tokens.get(end + 1).word() && entry(end + 1).document() ? end + 2 : end;
    return words > 0 && verbFrom < tokens.size() && speechVerbWithin(verbFrom, tokens.size()) ? end : -1;
  }

  /**
   * The id of the last body outside the catalogue named before whose head noun is the word keyed
   * {@code key} in the nominative ("savez" for "Fudbalski savez Srbije"), or null. The head of a
   * name kept in the nominative is the first word that is a head in its own nominative; a head in
   * another case is a genitive after it ("pozorišta" in "Drama Narodnog pozorišta").
   */
  private String lastBodyWithHead(String key) {
    String nominative = lex.bodyNominative(key);
    if (nominative == null || !Texts.matchKey(nominative).equals(key)) {
      return null;
    }
    String last = null;
    for (Map.Entry<String, String> named : bodyNames.entrySet()) {
      for (String word : named.getValue().split(" ")) {
        String wordKey = Texts.matchKey(word);
        String head = wordKey.isEmpty() ? null : lex.bodyNominative(wordKey);
        if (head != null && Texts.matchKey(head).equals(wordKey)) {
          if (wordKey.equals(key) && !named.getKey().equals(StatementExtractor.OUTSIDE_CATALOGUE_PREFIX + key)) {
            last = named.getKey();
          }
          break;
        }
      }
    }
    return last;
  }

  /** The name of a body named before whose acronym {@code letters} is ({@link #abbreviates}), or null. */
  private String bodyAbbreviated(String letters) {
    for (String name : bodyNames.values()) {
      if (abbreviates(letters, name)) {
        return name;
      }
    }
    return null;
  }

  /**
   * Whether {@code letters} abbreviate {@code name}: each of its words of three letters or more
   * gives its initial, in order, and a long word may give more of its letters, as the parts of a
   * compound do ("RHMZ", Republički hidrometeorološki zavod); capitalised words at the end, a
   * country or a town ("Srbije", "Grada Beograda"), may be left out, and so may the words of an
   * organ at the start.
   */
  static boolean abbreviates(String letters, String name) {
    String[] words = name.split("[\\s-]+");
    String lower = letters.toLowerCase(Locale.ROOT);
    // Also the body inside an organ's name: "NBS" in "Izvršni odbor Narodne banke Srbije".
    for (int first = 0; first < words.length; first++) {
      if (abbreviates(lower, 0, Arrays.copyOfRange(words, first, words.length), 0)) {
        return true;
      }
    }
    return false;
  }

  private static boolean abbreviates(String letters, int at, String[] words, int word) {
    if (at == letters.length()) {
      for (int w = word; w < words.length; w++) {
        if (word == 0 || words[w].length() >= 3 && !Character.isUpperCase(words[w].codePointAt(0))) {
          return false;
        }
      }
      return true;
    }
    if (word == words.length) {
      return false;
    }
    String w = words[word].toLowerCase(Locale.ROOT);
    if (w.length() < 3) {
      return abbreviates(letters, at, words, word + 1); // "i", "za", "и"
    }
    if (w.charAt(0) != letters.charAt(at)) {
      return false;
    }
    int next = at + 1;
    if (abbreviates(letters, next, words, word + 1)) {
      return true;
    }
    // The parts of a long compound: later letters of the same word, in order.
    for (int p = 1; w.length() >= COMPOUND_LETTERS && p < w.length() && next < letters.length(); p++) {
      if (w.charAt(p) == letters.charAt(next)) {
        next++;
        if (abbreviates(letters, next, words, word + 1)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Letters a word needs for its inner letters to count in an acronym (hidrometeorološki). */
  private static final int COMPOUND_LETTERS = 10;

  /** Whether {@code full} opens with {@code name} and a possessive 's ("NASA's Science Mission Directorate"). */
  private static boolean possessiveOf(String full, String name) {
    return full.length() > name.length() + 1 && full.startsWith(name)
        && (full.charAt(name.length()) == '\'' || full.charAt(name.length()) == '\u2019');
  }

  /**
   * Adds tokens [from, to) as a mention of a body outside the catalogue named {@code name};
   * {@code declined} if the text has its head in another case than the nominative.
   */
  private void addBody(int from, int to, String name, boolean declined) {
    int space = name.indexOf(' ');
    if (inflecting() && space > 0 && space + 1 < name.length() && Character.isUpperCase(name.charAt(space + 1))
        && to - from >= 2 && Texts.matchKey(name.substring(0, space)).equals(keys.get(from))
        && COMPANY_NOUNS.contains(String.valueOf(lex.bodyNominative(keys.get(from))))) {
      // "Предузеће Путеви Србије упозорило је": a company's noun before its name in apposition;
      // the company is known by the name.
      name = name.substring(space + 1);
      from++;
    }
    if (Texts.matchKey(name).chars().noneMatch(Character::isLetter)) {
      // «Ъ», Kommersant's sign, and "блока 70", a block of flats by its number: no letter a
      // body's name could be known by.
      return;
    }
    String key = Texts.matchKey(name);
    String home = inflecting() && !declined ? extractor.homeBodies.getOrDefault(language.base(), Map.of()).get(key) : null;
    Actor catalogued = home == null ? null : catalogue.byId(home).orElse(null);
    if (catalogued != null) {
      // "Ministarstvo spoljnih poslova saopštilo je" in a Serbian text: the catalogue's ministry of
      // Serbia, whose name only adds the country the text takes for granted.
      Ref ref = new Ref(RefType.MENTION, from, to);
      ref.actorId = home;
      ref.actor = catalogued;
      ref.name = catalogued.name();
      ref.oblique = obliqueBefore(from, false);
      add(ref);
      return;
    }
    String id = StatementExtractor.OUTSIDE_CATALOGUE_PREFIX + key;
    // "U saopštenju Ustavnog suda" after "Ustavni sud Srbije": the short name of a body named in
    // full before it is that body; so are two English words or more from inside its name ("The
    // Clinical Centre said" after "the University Clinical Centre of Niš"). A Serbian or Russian
    // name's genitive is another body's ("Narodno pozorište" inside "Drama Narodnog pozorišta").
    String lastWithHead = inflecting() && key.indexOf(' ') < 0 ? lastBodyWithHead(key) : null;
    if (lastWithHead != null) {
      // "Из Савеза су подсетили" after "Фудбалски савез Србије": a body's head noun alone, with
      // the capital of a name, is the last body named with that head.
      id = lastWithHead;
      name = bodyNames.get(id);
    } else {
      for (Map.Entry<String, String> named : bodyNames.entrySet()) {
        boolean inside = "en".equals(language.base()) && key.indexOf(' ') > 0
            && (" " + named.getKey().substring(StatementExtractor.OUTSIDE_CATALOGUE_PREFIX.length()) + " ")
                .contains(" " + key + " ");
        // Not a part of it named by its possessive: "NASA's Science Mission Directorate" is no NASA.
        if ((named.getKey().startsWith(id + " ") || inside) && !named.getKey().equals(id)
            && !possessiveOf(named.getValue(), name)) {
          id = named.getKey();
          name = named.getValue();
          break;
        }
      }
    }
    bodyNames.putIfAbsent(id, name);
    Actor actor = new Actor(id, name, Actor.Kind.ORGANISATION, null, null, "body outside the catalogue",
        Map.of(), Map.of(), Map.of());
    Ref ref = new Ref(RefType.MENTION, from, to);
    ref.actorId = id;
    ref.actor = actor;
    ref.name = name;
    ref.outsideCatalogue = true;
    bodiesOutsideCatalogue.add(id);
    // Declined with no preposition or document before it, the body is another noun's genitive
    // ("Studenti u blokadi Univerziteta u Kragujevcu saopštili su"), which names who they are;
    // after one it is where they speak from ("Iz Fudbalskog saveza Srbije saopšteno je", "В
    // «Росатоме» сообщили", "u saopštenju Ministarstva").
    // An adjective may stand between ("Iz opozicione Stranke slobode i pravde ocenili su").
    int before = from - 1;
    if (before > 0 && declinedAdjective(before)) {
      before--;
    }
    ref.qualifier = declined && (before < 0 || !tokens.get(before).word()
        || !entry(before).preposition() && !entry(before).document() && !entry(before).pressOffice()
            && !endsAccordingTo(before));
    ref.oblique = declined || (inflecting() ? obliqueBefore(from, false) : englishOblique(from, to));
    add(ref);
  }

  /**
   * Whether token {@code k} ends an "according to" phrase ("Prema prognozi Republičkog
   * hidrometeorološkog zavoda", "По оценке Минэкономразвития"): the body after it is the source,
   * not another noun's genitive.
   */
  private boolean endsAccordingTo(int k) {
    for (int start = k; start >= Math.max(0, k - 3); start--) {
      Optional<List<String>> phrase = accordingToAt(start);
      if (phrase.isPresent() && start + phrase.get().size() - 1 == k) {
        return true;
      }
    }
    return false;
  }

  /**
   * A lower-case word with the ending of an adjective in an oblique case (opozicione, opozicionog,
   * оппозиционной, правящей): what such a word says of the body after it is no place or office of
   * its own, unlike a noun between ("u blokadi Univerziteta").
   */
  boolean declinedAdjective(int i) {
    Token token = tokens.get(i);
    return token.word() && !token.capitalised() && inflecting() && !functionWord(i) && adjectiveEnding(i);
  }

  /** Whether the word at {@code i} ends as a Serbian or Russian adjective in an oblique case. */
  boolean adjectiveEnding(int i) {
    if (!inflecting()) {
      return false;
    }
    // Match keys are in Latin letters; Russian endings are read from the word as written.
    String key = "ru".equals(language.base()) ? lowerSurface(i) : keys.get(i);
    for (String ending : "ru".equals(language.base()) ? RUSSIAN_ADJECTIVE_ENDINGS : SERBIAN_ADJECTIVE_ENDINGS) {
      if (key.length() >= ending.length() + 2 && key.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  private static final List<String> SERBIAN_ADJECTIVE_ENDINGS =
      List.of("ne", "ke", "ske", "og", "oga", "ih", "oj", "eg");
  private static final List<String> RUSSIAN_ADJECTIVE_ENDINGS = List.of("ого", "его", "ой", "ей", "ых", "их");

  /**
   * "the Russian diplomat", "российский министр", "ruski ambasador": a country adjective in or
   * just before the role phrase keeps only the actors of that country (all of them if the
   * catalogue has none there, so a missing country code does not lose the speaker).
   */
  Set<String> ofCountry(Set<String> actors, int from, int to) {
    String country = countryIn(from, to);
    if (country == null) {
      return actors;
    }
    Set<String> kept = new HashSet<>();
    for (String id : actors) {
      // (No Optional.map here: this runs for every role with a country, and a map call whose
      // lambdas vary across the code stops being inlined; it once cost 4 % of the statements step.)
      Actor actor = catalogue.byId(id).orElse(null);
      if (actor != null && country.equalsIgnoreCase(actor.country())) {
        kept.add(id);
      }
    }
    return kept.isEmpty() ? actors : kept;
  }

  /** English: whether a word and its "'s" stand right before token {@code i} ("Russia's envoy"). */
  boolean possessiveBefore(int i) {
    return i >= 3 && "s".equals(keys.get(i - 1)) && apostropheAt(i - 2) && tokens.get(i - 3).word()
        && adjacent(i - 3, i - 2) && adjacent(i - 2, i - 1);
  }

  /** English: the country whose name and "'s" stand right before token {@code i} ("Russia's"), or null. */
  private String possessiveCountryBefore(int i) {
    return possessiveBefore(i) ? entry(i - 3).country() : null;
  }

  /**
   * The actors of the role terms that are the words [from, to) after an adjective of {@code
   * country} ("Russian envoy" for "Russia's envoy"). Asked only after a country's possessive, which
   * is rare enough for a walk over the terms.
   */
  private Set<String> adjectivalTermActors(RoleTerms terms, String country, int from, int to) {
    Set<String> found = new HashSet<>();
    List<String> words = keys.subList(from, to);
    for (RoleTerm term : terms.all) {
      List<String> termKeys = term.keys();
      if (termKeys.size() == words.size() + 1 && termKeys.subList(1, termKeys.size()).equals(words)
          && country.equals(lex.entry(termKeys.get(0)).country())) {
        found.addAll(term.actorIds());
      }
    }
    return found;
  }

  /** The country of an adjective or name in role phrase [from, to) or just before it; or null. */
  String countryIn(int from, int to) {
    String country = null;
    // Before the phrase only words right before it: "sankcije Rusiji, predsednik je odgovorio" has
    // a comma between, and the country is the question's, not the president's.
    int start = from;
    while (start > Math.max(0, from - 2) && tokens.get(start - 1).word()) {
      start--;
    }
    if (start == from - 1 && possessiveBefore(from)) {
      start -= 2; // "Serbia's president", "Russia's foreign minister": the country's possessive
    }
    for (int i = start; i < to && country == null; i++) {
      if (tokens.get(i).word() && sentenceOf[i] == sentenceOf[from]) {
        // "predsednik Srpske": capitalised in mid-sentence, the word is Republika Srpska, not "Serbian".
        String proper = tokens.get(i).capitalised() && i != sentenceFirst[sentenceOf[i]]
            ? lex.properCountry(keys.get(i)) : null;
        country = proper != null ? proper : entry(i).country();
      }
    }
    return country;
  }

  /**
   * "bivši predsednik Srbije", "the former Serbian president": a word a few tokens before says the
   * office was someone else's.
   */
  boolean formerBefore(int from) {
    for (int i = from - 1; i >= Math.max(0, from - 3) && sentenceOf[i] == sentenceOf[from]; i--) {
      if (!tokens.get(i).word()) {
        return false;
      }
      if (entry(i).former()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the role term whose first word matches token {@code at} ends (the token after it), or -1
   * if the rest of it does not follow. The caller matches the first word ({@link #termWordAt}) once
   * for all the terms it opens. One country adjective may stand inside the phrase: "šef srpske
   * diplomatije" is the term "šef diplomatije" ({@link #ofCountry} then keeps the actors of that
   * country).
   */
  private int roleTermEndAfterFirst(RoleTerm term, int at, boolean inflecting) {
    int i = at + 1;
    boolean skipped = false;
    for (int k = 1; k < term.keys().size(); k++, i++) {
      String key = term.keys().get(k);
      if (termWordAt(key, i, inflecting)) {
        continue;
      }
      if (skipped || !countryAdjective(i) || !termWordAt(key, i + 1, inflecting)) {
        return -1;
      }
      skipped = true;
      i++;
    }
    return i;
  }

  private boolean termWordAt(String key, int i, boolean inflecting) {
    if (i >= tokens.size() || !tokens.get(i).word() || refAt[i] != null && !organisation(refAt[i])) {
      return false;
    }
    // The word as it stands first, then a case form, and only then whether the word may be one:
    // this runs for every word after a role's first, and most fail on the letters alone. An
    // acronym declines after a hyphen (lider SNSD-a) and is no name.
    String word = keys.get(i);
    if (key.equals(word)) {
      return true;
    }
    if (!inflecting) {
      return false;
    }
    return inflectedForm(key, word, true) && mayBeDeclined(i) || tokens.get(i).acronym() && declinedAcronym(key, i);
  }

  /**
   * Whether the word at {@code i} may be a case form of a role noun. Role nouns are lower case; a
   * capitalised word in mid-sentence is a name (Vladan is not a form of vlada), unless the lexicon
   * lists it as a case form of a body's head noun ("Према саопштењу Канцеларије"). Nor is a
   * preposition or a document a declined role noun ("после" and "послание" are no forms of "посла").
   */
  private boolean mayBeDeclined(int i) {
    return !entry(i).preposition() && !entry(i).document()
        && (!tokens.get(i).capitalised() || i == sentenceFirst[sentenceOf[i]] || tokens.get(i).acronym()
            || lex.bodyNominative(keys.get(i)) != null);
  }

  /** "SSP-a", "НИС-у": the acronym {@code key} with a case ending after a hyphen, however short the acronym. */
  private boolean declinedAcronym(String key, int i) {
    String surface = tokens.get(i).surface();
    int hyphen = surface.indexOf('-');
    return hyphen > 0 && surface.length() - hyphen - 1 <= 3 && Texts.matchKey(surface.substring(0, hyphen)).equals(key);
  }

  private boolean countryAdjective(int i) {
    return i < tokens.size() && tokens.get(i).word() && !tokens.get(i).capitalised() && entry(i).country() != null;
  }

  /**
   * Runs of capitalised words not otherwise known, split at title words (so "Foreign Minister
   * John Smith" gives "John Smith"): candidates for a quoted person outside the catalogue.
   */
  void findNames() {
    nickname = new boolean[tokens.size()];
    int i = 0;
    while (i < tokens.size()) {
      if (!nameWord(i) && !particleBeforeName(i)) {
        i++;
        continue;
      }
      int j = i;
      while (j < tokens.size() && (nameWord(j) || particleBeforeName(j)) && sentenceOf[j] == sentenceOf[i]
          && (j == i || adjacent(j - 1, j) || nickname[j - 1])) {
        j++;
        int nick = j < tokens.size() ? nicknameEnd(j) : -1;
        if (nick > 0) {
          // "kapiten Luka „Ledeni“ Savić": the nickname in marks is no part of the name, which goes on.
          for (int k = j; k < nick; k++) {
            nickname[k] = true;
          }
          j = nick;
        }
      }
      // Split the run at title words and keep each remaining part but those that only qualify a
      // title a name follows: in "White House Press Secretary Stephanie Grisham" the name is
      // Grisham's, and "White House Press" says whose secretary she is.
      int lastTitle = -1;
      for (int k = i; k < j; k++) {
        if (entry(k).title() && tokens.get(k).capitalised()) {
          lastTitle = k;
        }
      }
      // So does a whole run that ends in a title a role follows ("White House" before the role
      // "Press Secretary").
      boolean roleAfter = j < tokens.size() && adjacent(j - 1, j) && refAt[j] != null && refAt[j].type == RefType.ROLE;
      boolean qualifiesRole = lastTitle == j - 1 && roleAfter;
      // So does a run a role and a name follow ("Belgrade Philharmonic director Milena Jovanović"):
      // whose the role is, no one's name.
      int afterRole = roleAfter ? refAt[j].to : -1;
      qualifiesRole |= roleAfter && "en".equals(language.base()) && afterRole < tokens.size()
          && adjacent(afterRole - 1, afterRole) && tokens.get(afterRole).capitalised() && nameWord(afterRole);
      // So does a club's name before a noun for its people and a given name ("Red Star captain
      // Marko Pejović", "Partizan coach Goran Mirković"): the club they play or work for.
      qualifiesRole |= "en".equals(language.base()) && j + 1 < tokens.size() && tokens.get(j).word()
          && !tokens.get(j).capitalised() && entry(j).teamPeople() && adjacent(j - 1, j) && adjacent(j, j + 1)
          && tokens.get(j + 1).capitalised() && givenNameAt(j + 1);
      // So does a place's or body's name before a title noun and a given name ("Novi Sad mayor
      // Jelena Vuksanović"): where the office is, no one's name.
      qualifiesRole |= "en".equals(language.base()) && j + 1 < tokens.size() && tokens.get(j).word()
          && !tokens.get(j).capitalised() && entry(j).title() && !functionWord(j) && !entry(j).time()
          && adjacent(j - 1, j) && adjacent(j, j + 1) && tokens.get(j + 1).capitalised() && givenNameAt(j + 1);
      int partStart = i;
      for (int k = i; k <= j && !qualifiesRole; k++) {
        if (k == j || entry(k).title() && tokens.get(k).capitalised()) {
          if (k == j || lastTitle + 1 >= j) {
            addName(partStart, k);
          }
          partStart = k + 1;
        }
      }
      i = j;
    }
  }

  /** The text of tokens [start, to), a nickname in marks inside it left out ("Luka Savić"). */
  private String withoutNickname(int start, int to) {
    int k = start;
    while (k < to && !nickname[k]) {
      k++;
    }
    if (k == start || k == to) {
      return text.substring(tokens.get(start).start(), tokens.get(to - 1).end());
    }
    int after = k;
    while (after < to && nickname[after]) {
      after++;
    }
    String before = text.substring(tokens.get(start).start(), tokens.get(k - 1).end());
    return after == to ? before : before + " " + withoutNickname(after, to);
  }

  /** Tokens of a nickname in marks inside someone's name ({@link #nicknameEnd}). */
  private boolean[] nickname;

  /**
   * Where a nickname in marks ends that opens at token {@code k} inside a name: one or two
   * capitalised words in marks right after a given name, with a capitalised word, the surname,
   * right after the closing mark ("Luka „Ledeni“ Savić", "Лука „Јанко“ Јанковић"); else -1.
   */
  private int nicknameEnd(int k) {
    int[] span = k > 0 && tokens.get(k).word() && tokens.get(k).capitalised() && !adjacent(k - 1, k)
        && tokens.get(k - 1).word() && lex.givenName(keys.get(k - 1)) ? nameSpanAt(k) : null;
    if (span == null) {
      return -1;
    }
    int end = tokenAtOrAfter(span[1]);
    return end - k <= 2 && end < tokens.size() && sentenceOf[end] == sentenceOf[k] && adjacentAcrossMark(end - 1, end)
        && nameWord(end) && !insideNameMarks(tokens.get(end).start(), tokens.get(end).end()) ? end : -1;
  }

  /**
   * Whether the word at {@code i} may be a Serbian or Russian adjective by its ending (a vowel, й or
   * j, or an oblique case's -og, -ih, -ых ...): the words of a body's name before its head noun are
   * adjectives ("Srpska napredna stranka", "Федеральная таможенная служба"); a noun ending in a
   * consonant is not ("Lider Stranke ...").
   */
  private boolean adjectiveLike(int i) {
    String key = "ru".equals(language.base()) ? lowerSurface(i) : keys.get(i);
    if (key.isEmpty()) {
      return false;
    }
    if ("ru".equals(language.base()) && key.length() > 2 && "аяеоуюиы".indexOf(key.charAt(key.length() - 1)) >= 0) {
      // A Russian adjective ends in two letters of its own (-ая, -ое, -ую, -ого, -ые): a noun or
      // a surname in -а ("Сметанина агентству") is no adjective of a body's name.
      return RUSSIAN_ADJECTIVE_ENDING.matcher(key).find();
    }
    if ("aeiouаеиоуыэюяйj".indexOf(key.charAt(key.length() - 1)) >= 0) {
      return true;
    }
    for (String ending : OBLIQUE_ADJECTIVE_ENDINGS) {
      if (key.endsWith(ending)) {
        return true; // "Iz Fudbalskog saveza", "Федеральных служб"
      }
    }
    return false;
  }

  /**
   * Serbian: a woman's noun in -ica or -kinja ("upravnica", "direktorica"), which no adjective
   * ends in, though the vowel at its end reads as one.
   */
  private boolean womansNoun(int i) {
    String key = keys.get(i);
    return "sr".equals(language.base()) && key.length() > 5 && (key.endsWith("ica") || key.endsWith("kinja"));
  }

  /** Endings of a Russian adjective that ends in a vowel, in any case and gender. */
  private static final Pattern RUSSIAN_ADJECTIVE_ENDING = Pattern.compile("(ая|яя|ое|ее|ую|юю|ые|ие|ого|его|ому|ему|ой|ей)$");

  private static final List<String> OBLIQUE_ADJECTIVE_ENDINGS =
      List.of("og", "eg", "ih", "im", "om", "em", "ых", "их", "ым", "им", "ом", "ем");

  /**
   * The word at {@code i} as written, in lower case: for Russian endings, which match keys lose
   * (ля and ла are both "la"). Only words with a capital need a copy.
   */
  String lowerSurface(int i) {
    String surface = tokens.get(i).surface();
    return tokens.get(i).capitalised() || tokens.get(i).acronym() ? surface.toLowerCase(Locale.ROOT) : surface;
  }

  /** Whether a role word stands right before token {@code i} ("portparolka Komisije"). */
  private boolean roleBefore(int i) {
    return i > 0 && tokens.get(i - 1).word() && adjacent(i - 1, i) && roleStartsAt(i - 1);
  }

  /**
   * Whether the capitalised word at {@code j} ends as a surname in the nominative does (Nordstrem,
   * Vučić, Нордстрем: a consonant) and no genitive or adjective does, and the capital before it
   * ends in a vowel, as a given name may (Helena): not "Соединенных Штатов", whose adjective and
   * genitive plural end in consonants. Keys are in Latin letters, Cyrillic words transliterated.
   */
  private boolean nominativeSurnameAfterName(int j) {
    String key = keys.get(j);
    String before = keys.get(j - 1);
    if (key.isEmpty() || before.isEmpty() || "aeiouyj".indexOf(key.charAt(key.length() - 1)) >= 0
        || "aeiou".indexOf(before.charAt(before.length() - 1)) < 0) {
      return false;
    }
    for (String ending : OBLIQUE_KEY_ENDINGS) {
      if (key.endsWith(ending)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Endings in consonants of the genitives a body's name holds, in match keys: adjectives (-og,
   * -ih, -ых) and plurals (-ов, -ей). Not -em or -om: a genitive never ends so, and Nordstrem does.
   */
  private static final List<String> OBLIQUE_KEY_ENDINGS = List.of("og", "eg", "ih", "ov", "ev", "ej");

  /**
   * A past form of a verb with its auxiliary after it ("Stranka slobode i pravde održala je ..."),
   * or a Russian one in -л/-ла/-ло/-ли, which ends a body's name before it.
   */
  private boolean pastVerbAt(int j) {
    String key = keys.get(j);
    if ("ru".equals(language.base())) {
      return RUSSIAN_PAST.matcher(lowerSurface(j)).matches(); // "Кремля" is no past, "кремla" would be
    }
    // "okupilo se": the reflexive stands after the participle as the auxiliary does.
    return SERBIAN_PAST.matcher(key).matches() && j + 1 < tokens.size() && tokens.get(j + 1).word()
        && (entry(j + 1).filler() || "se".equals(keys.get(j + 1)));
  }

  /**
   * Serbian: a past participle with its auxiliary or reflexive after it ("pozdravila je", "okupilo
   * se"), whatever its verb.
   */
  private boolean serbianPastAt(int j) {
    return "sr".equals(language.base()) && pastVerbAt(j);
  }

  /**
   * A Russian past form by its lower-case surface, a Serbian past participle by its match key:
   * -o, -la, -lo, -li, and the feminine plural -le after a vowel, k or g (stupile, rekle; not
   * "škole", a noun's genitive).
   */
  static final Pattern RUSSIAN_PAST = Pattern.compile(".{3,}(л|ла|ло|ли)");
  static final Pattern SERBIAN_PAST = Pattern.compile(".{3,}(la|lo|li|ao|eo|io|[aeiu]le|kle|gle)");

  /**
   * "Komisije Katrin Van Lo": a name particle and a capital after the word at {@code j}, which
   * then starts someone's name (given name, particle, surname) rather than ending a body's.
   */
  private boolean particleAndCapitalAfter(int j) {
    return j + 2 < tokens.size() && adjacent(j, j + 1) && adjacent(j + 1, j + 2) && tokens.get(j + 1).word()
        && entry(j + 1).nameParticle() && tokens.get(j + 2).word() && tokens.get(j + 2).capitalised();
  }

  /**
   * "Katrin Van Lo", "Charles De Gaulle": a particle written with a capital inside a name, before
   * its last part; it is not one of the two words (given name and surname) a name is cut to.
   */
  boolean capitalParticle(int i, int to) {
    return i + 1 < to && tokens.get(i).capitalised() && entry(i).nameParticle();
  }

  /** "von der Leyen": a lower-case particle that a capitalised part of the name follows. */
  boolean particleBeforeName(int i) {
    int j = i;
    while (j < tokens.size() && tokens.get(j).word() && !tokens.get(j).capitalised() && entry(j).nameParticle()
        && refAt[j] == null && !quoted[j]) {
      j++;
    }
    return j > i && j < tokens.size() && nameWord(j) && adjacent(j - 1, j);
  }

  boolean nameWord(int i) {
    Token token = tokens.get(i);
    return token.capitalised() && !token.acronym() && refAt[i] == null && !quoted[i]
        && Character.isLetter(token.surface().codePointAt(0)) && !functionWord(i) && !entry(i).medium();
  }

  /**
   * Words of the lexicon that a capital at the start of a sentence does not make a name; among
   * them the words of asking ("Upitana da li bi podržala referendum, rekla je da ...": the one
   * asked is the dropped subject after the comma).
   */
  boolean functionWord(int i) {
    SpeechLexicon.Entry e = entry(i);
    return verbAt(i).isPresent() || participleAt(i) > 0 || accordingToAt(i).isPresent() || e.asking()
        || thisPhraseAt(i) > 0 || e.as() || e.complementizer() || e.preposition()
        || e.filler() || e.conjunction() || e.relative() || e.pronoun() != null
        || e.possessive() != null || e.auxiliary() || e.subordinator();
  }

  /**
   * Whether the words at {@code a} and {@code b} are given names of a man and a woman: no one's
   * two given names, but a place that is also a name before a person's ("Туристичке организације
   * Златибор Весна Радосављевић").
   */
  private boolean givenNamesOfTwoGenders(int a, int b) {
    Gender first = lex.givenNameGender(keys.get(a));
    Gender second = lex.givenNameGender(keys.get(b));
    return first != null && second != null && first != second;
  }

  /** A Slavic surname's nominative ending, in either script: Stojanović, Стоянович, Petrov, Иванова, Kovačevski. */
  private static final Pattern SLAVIC_SURNAME =
      Pattern.compile(".{2,}(ić|ic|ич|ић|ов|ова|ев|ева|ин|ина|ov|ova|ev|eva|ский|ская|ski|ska|ски|ска)");

  void addName(int from, int to) {
    if (to <= from) {
      return;
    }
    if (to - from == 2 && from == sentenceFirst[sentenceOf[from]] && !lex.givenName(keys.get(from))
        && surnameNamedBefore(from + 1)) {
      from++; // "Optuženi Milošević, koji se brani sa slobode, rekao je": a noun the capital of a sentence opens
    }
    if (to - from == 2 && from == sentenceFirst[sentenceOf[from]] && entry(from).honorific() != null
        && lex.givenName(keys.get(from + 1))) {
      from++; // "Бака Милица додала је": a word of address the capital of a sentence opens, and a given name
    }
    if (to - from >= 2 && to - from <= 3 && from == sentenceFirst[sentenceOf[from]] && inflecting()
        && entry(from).unnamedSource() && !lex.givenName(keys.get(from)) && !givenNameInAnyCase(from + 1)) {
      if (to - from == 3 && SLAVIC_SURNAME.matcher(tokens.get(from + 2).surface().toLowerCase(Locale.ROOT)).matches()) {
        from++; // "Пенсионерка Радмила Стоянович говорит": the noun, then a name the lexicon lacks
      } else {
        // "Meštanka Lešnice rekla je", "Meštani Donje Borine kažu": someone unnamed, whose noun
        // the sentence capitalised, and a place
        return;
      }
    }
    if (to - from == 2 && entry(to - 1).country() != null && from > 0 && tokens.get(from - 1).word()
        && entry(from - 1).preposition() && !givenNameInAnyCase(from)) {
      return; // "у Палати Србија": a place the country's name ends, no person's
    }
    if (to - from == 1 && from == sentenceFirst[sentenceOf[from]] && (entry(from).commentator() || entry(from).journalist())
        && !lex.givenName(keys.get(from))) {
      return; // "Экономист компании «Северный капитал» Олег Смирнов": the noun of a trade, capitalised by its sentence
    }
    if (to - from >= 2 && from == sentenceFirst[sentenceOf[from]] && SELF.contains(keys.get(from))) {
      from++; // "Сам Стеванович ... сказал": "himself", which the sentence's capital made part of the name
    }
    if (to - from == 2 && inflecting() && !lex.givenName(keys.get(from)) && givenNameInAnyCase(from + 1)
        && !givenNameInAnyCase(from)) {
      // "срели смо Крагујевчанку Мирјану": a word of where she is from, capitalised as Serbian
      // writes it, and the given name she is known by. Not a given name itself in another case
      // ("suđenje Zoranu Miliću", whose surname's key, "milicu", is Milica's accusative too).
      from++;
    }
    if (insideNameMarks(tokens.get(from).start(), tokens.get(to - 1).end())) {
      return; // „Bistrica Resort”, "Jadar Project: ...": a company's, a paper's name, a title
    }
    // A sentence opens with a capital anyway: a lone first word is a name only if it is the
    // surname of someone met before ("Самсонов отметил"), which resolution checks.
    // "Сам Стеванович ...": "himself" before it, the name still opens its sentence.
    int first = sentenceFirst[sentenceOf[from]];
    boolean opening = from == first || from == first + 1 && SELF.contains(keys.get(first));
    boolean initial = to - from == 1 && opening && !nameBeforeSpeechVerb(from);
    // Given name and surname (with particles: Ursula von der Leyen): a longer run carries an
    // outlet, a place or a capitalised title in front ("za Kosovo Online Dragiša Milović",
    // "Politikološkinja Milica Stevanović").
    int start = to;
    int capitals = 0;
    while (start > from && (capitals < 2 || !tokens.get(start - 1).capitalised() || capitalParticle(start - 1, to)
        || nickname[start - 1])) {
      if (tokens.get(start - 1).capitalised() && !capitalParticle(start - 1, to) && !nickname[start - 1]) {
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
    if (capitals == 2 && start - 1 >= from && tokens.get(start - 1).capitalised() && !entry(start - 1).title()
        && lex.givenName(keys.get(start - 1))
        && !(entry(start - 1).work() && !lex.givenName(keys.get(start)) && givenNameInAnyCase(start))
        && !givenNamesOfTwoGenders(start - 1, start)) {
      // "Mary Ellen Stanek", "Aleksandar Jovanović Ćuta": a given name before the two words
      // starts the name; an outlet, a place or a title there does not, nor a work that is a given
      // name too before a name in its genitive ("Роман Ольги Дороховой": a novel).
      start--;
    }
    if (start >= to) {
      return;
    }
    Ref ref = new Ref(RefType.NAME, start, to);
    ref.name = withoutNickname(start, to);
    if (ref.name.length() < tokens.get(to - 1).end() - tokens.get(start).start()) {
      ref.key = Texts.matchKey(ref.name); // the name's words, not the nickname's among its tokens
    }
    boolean declined = false;
    if (inflecting() && to - start > 1) {
      // "мы встретили Марину Ткаченко": known by the nominative, as a later "Марина Ткаченко
      // сказала" or another outlet names her.
      // After a work's noun the name is its maker's, in the genitive ("Роман Ольги Дороховой"),
      // unless its given name is a nominative of one gender ("Продюсер фильма Анна Лебедева
      // рассказала": she is the subject; a name that is also another's genitive, Jovana or
      // Александра, shows no gender).
      boolean ofWork = workJustBefore(start) && lex.givenNameGender(keys.get(start)) == null;
      String nominative = ofWork ? Nominatives.ofGenitive(ref.name, language.base(), lex)
          : Nominatives.ofAnyCase(ref.name, language.base(), lex);
      if (!nominative.equals(ref.name)) {
        ref.name = nominative;
        ref.key = Texts.matchKey(nominative);
        declined = true;
      }
    }
    ref.singleWord = to - start == 1;
    ref.initial = initial;
    // A name whose case is not the nominative ("pred većem sutkinje Jasmine Todorović") is no subject,
    // unless a relative clause about it follows, whose pronoun is ("редитеља Лазара Јанковића, који
    // је ... рекао").
    boolean relativeAfter = to + 1 < tokens.size() && tokens.get(to).is(",") && tokens.get(to + 1).word()
        && entry(to + 1).relative();
    ref.oblique = !subjectOfClause(start, to) && (obliqueBefore(start, !inflecting()) || possessiveAfter(to)
        || attributive(start, to) || joinedToOblique(start)) || obliqueAdjectiveOpens(start, to)
        || declined && !relativeAfter;
    add(ref);
  }

  /**
   * English, which shows no case: whether the name at {@code start} follows "and" or "or" after a
   * name that a preposition governs, and so is governed too ("farmers from Bačka Topola and Mali
   * Iđoš said": the places are where the farmers are from, not who spoke).
   */
  private boolean joinedToOblique(int start) {
    if (inflecting() || start < 2 || !tokens.get(start - 1).word()) {
      return false;
    }
    String word = keys.get(start - 1);
    Ref before = refAt[start - 2];
    return ("and".equals(word) || "or".equals(word)) && before != null && before.oblique
        && (before.type == RefType.NAME || before.type == RefType.MENTION);
  }

  /**
   * English: whether the capitalised word opening a sentence right before a speech verb is a name of
   * its own ("Nomura said", "Toyota said it would recall"), not just the sentence's capital: no
   * given name, title, role or body's common noun ("Police said"), and no surname of a full name
   * before (whose resolution stays as it was). A singular common noun would take an article; a word
   * in -s may be a plural one ("Officials said"), so it counts only if the text capitalises it
   * inside a sentence too ("Siemens"). An acronym there is a body ({@link
   * #englishAcronymBeforeSpeechVerb}).
   */
  private boolean nameBeforeSpeechVerb(int i) {
    if (!"en".equals(language.base()) || i + 1 >= tokens.size() || !tokens.get(i + 1).word()
        || verbAt(i + 1).isEmpty() || tokens.get(i + 1).capitalised()) {
      return false;
    }
    SpeechLexicon.Entry e = entry(i);
    if (lex.givenName(keys.get(i)) || surnameNamedBefore(i) || e.title() || e.body() || e.organ()
        || e.pressOffice() || e.sourcePeople() || e.unnamedSource() || e.commentator() || e.nominative()
        || e.determiner() || roleStartsAt(i)) {
      return false;
    }
    if (!keys.get(i).endsWith("s")) {
      return true;
    }
    String surface = tokens.get(i).surface();
    for (int k = 0; k < tokens.size(); k++) {
      if (k != i && k != sentenceFirst[sentenceOf[k]] && tokens.get(k).surface().equals(surface)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Serbian or Russian: whether a name of two or more words opens with an adjective in an oblique
   * case ("meštanka Gornjih Nedeljica", "жители Нижних Котлов"): a place's name, which no given
   * name declines to, so no one who could speak.
   */
  private boolean obliqueAdjectiveOpens(int start, int to) {
    if (!inflecting() || to - start < 2 || lex.givenName(keys.get(start))) {
      return false;
    }
    String key = keys.get(start);
    return key.length() > 4 && (key.endsWith("ih") || key.endsWith("og") || key.endsWith("ogo")
        || key.endsWith("ego"));
  }

  /**
   * Whether the word at {@code i} is, in some case, the surname of a name of two or more words
   * found before it (Milošević after Zoranu Miloševiću).
   */
  boolean surnameNamedBefore(int i) {
    if (surnameBefore == null) {
      surnameBefore = new byte[tokens.size()];
    }
    if (surnameBefore[i] == 0) {
      // Asked again for every verb whose window holds the word: the walk back is done once.
      String stem = lex.surnameStem(keys.get(i));
      String woman = womansSurname(keys.get(i));
      String womanStem = woman == null ? null : lex.surnameStem(woman);
      boolean found = false;
      for (int k = i - 1; k >= 0 && !found; k--) {
        Ref ref = refAt[k];
        if (ref != null && ref.type == RefType.NAME && !ref.singleWord && ref.to - 1 == k) {
          String other = lex.surnameStem(keys.get(k));
          found = other.equals(stem) || other.equals(womanStem);
        }
      }
      surnameBefore[i] = (byte) (found ? 1 : 2);
    }
    return surnameBefore[i] == 1;
  }

  /** Per token, whether {@link #surnameNamedBefore} holds (1), does not (2), or was not asked (0). */
  private byte[] surnameBefore;

  /**
   * The surname a woman called by it with -eva/-ova bears, in any case ("Stankovićeva", "Prema
   * rečima Marićeve": Stanković, Marić), or null.
   */
  String womansSurname(String key) {
    if (!inflecting() || key.length() <= 6) {
      return null;
    }
    for (String ending : WOMANS_SURNAME_ENDINGS) {
      if (key.endsWith(ending) && key.length() - ending.length() >= 4) {
        return key.substring(0, key.length() - ending.length());
      }
    }
    return null;
  }

  private static final List<String> WOMANS_SURNAME_ENDINGS =
      List.of("evoj", "ovoj", "evom", "ovom", "eva", "ova", "eve", "ove", "evu", "ovu");

  /**
   * Whether a work's noun stands right before token {@code i}, or before the title in marks right
   * before it ("роман „Зима у Призрену“ Милене Карановић"): a name there is the work's maker's.
   */
  boolean workJustBefore(int i) {
    if (i < 1 || !tokens.get(i - 1).word()) {
      return false;
    }
    if (entry(i - 1).work()) {
      return true;
    }
    int titleEnd = tokens.get(i - 1).end();
    for (int[] span : nameSpans) {
      if (span[1] == titleEnd) {
        int first = tokenAtOrAfter(span[0]);
        return first > 0 && tokens.get(first - 1).word() && entry(first - 1).work();
      }
    }
    return false;
  }

  /** Whether text[start, end) lies inside a name or title set in quote marks ({@link #nameSpans}). */
  boolean insideNameMarks(int start, int end) {
    for (int[] span : nameSpans) {
      if (span[0] > start) {
        return false; // in text order
      }
      if (end <= span[1]) {
        return true;
      }
    }
    return false;
  }

  /**
   * "the Inner Mongolia health commission said": in English a name between an article and a
   * lower-case noun qualifies the noun, which is the subject. Serbian and Russian show it by case.
   */
  boolean attributive(int from, int to) {
    if (inflecting() || from == 0 || to >= tokens.size() || !tokens.get(from - 1).word()
        || !entry(from - 1).determiner() || !tokens.get(to).word() || tokens.get(to).capitalised()) {
      return false;
    }
    SpeechLexicon.Entry next = entry(to);
    // A simple past after the name is its verb ("The Football Federation of Kosovo called the
    // restriction ..."), not a noun it modifies ("the Kremlin spokesman").
    String word = keys.get(to);
    boolean past = next.irregularPast() || word.length() >= 5 && word.endsWith("ed");
    // Nor an adverb before the verb ("The ministry also said").
    return verbAt(to).isEmpty() && !past && !next.auxiliary() && !next.preposition() && !next.conjunction()
        && !next.complementizer() && !next.relative() && !next.filler() && participleAt(to) == 0;
  }

  /**
   * A name between a word that opens a clause as well as a phrase and a speech verb is the verb's
   * subject: "after Kurti said ...", "since the ambassador told ..." ("officials in Belgrade said"
   * keeps Belgrade a place). Serbian and Russian show a preposition's object by its case instead
   * ({@link #nominative}).
   */
  boolean subjectOfClause(int from, int to) {
    return !inflecting() && from > 0 && tokens.get(from - 1).word() && entry(from - 1).subordinator()
        && to < tokens.size() && tokens.get(to).word() && verbAt(to).isPresent();
  }

  boolean occupied(int from, int to) {
    for (int i = from; i < to; i++) {
      if (refAt[i] != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * A body named in the text, of the catalogue or outside it: it may stand inside a role ("глава
   * МИД России"), and it speaks through plural and neuter verbs.
   */
  static boolean organisation(Ref ref) {
    return ref.type == RefType.MENTION && ref.actor != null && ref.actor.kind() == Actor.Kind.ORGANISATION;
  }

  void remove(Ref ref) {
    for (int i = ref.from; i < ref.to; i++) {
      refAt[i] = null;
    }
    refs.remove(ref);
  }

  void add(Ref ref) {
    for (int i = ref.from; i < ref.to; i++) {
      refAt[i] = ref;
    }
    refs.add(ref);
  }

  /** Whether a word in tokens [from, to) has a capital not owed to opening its sentence. */
  boolean capitalisedIn(int from, int to) {
    for (int k = from; k < to; k++) {
      if (tokens.get(k).word() && tokens.get(k).capitalised() && k != sentenceFirst[sentenceOf[k]]) {
        return true;
      }
    }
    return false;
  }

  /**
   * A preposition shortly before (with Vučić, sa ruskim diplomatom, о Путине, with NATO
   * Secretary General Mark Rutte): up to three lower-case words, and any titles and names of
   * bodies, may stand between it and the name.
   */
  boolean obliqueBefore(int from, boolean acrossLowerCase) {
    int lowerCase = 0;
    int mentionFrom = -1;
    boolean english = "en".equals(language.base());
    boolean article = false; // an English article seen between the name and here
    for (int i = from - 1, seen = 0; i >= 0 && seen < 6 && sentenceOf[i] == sentenceOf[from]; i--, seen++) {
      Token token = tokens.get(i);
      if (!token.word()) {
        return false;
      }
      if (english && article && !token.capitalised() && !entry(i).preposition() && !entry(i).determiner()
          && i > 0 && tokens.get(i - 1).word() && entry(i - 1).determiner()) {
        // "Later in the day the Russian Foreign Ministry said": the article opened the name's own
        // phrase; "the day" before it is the preposition's. Not "to hold the UNMIK debate", where
        // the word before the article is a verb.
        return false;
      }
      if (english && entry(i).determiner() && i == from - 2 && lowerCase == 1 && !token.capitalised()
          && tokens.get(from).capitalised() && refAt[from - 1] == null) {
        // "Before the game Radović told reporters": the article's noun ends what the preposition
        // governs, and a name after it, with no "of", opens a clause of its own.
        return false;
      }
      article |= english && entry(i).determiner();
      if (refAt[i] != null && refAt[i].type == RefType.MENTION) {
        i = refAt[i].from; // a body qualifying the title: "NATO Secretary General"
        mentionFrom = i;
        continue;
      }
      if (entry(i).preposition() && !"en".equals(language.base()) && i + 1 < from
          && (i + 1 == mentionFrom || tokens.get(i + 1).acronym())) {
        // "Бивши амбасадор Србије при ЕУ Драган Лазић", "депутат от КПРФ Игорь Лапин": the
        // preposition governs the body, and the title with it; Serbian and Russian show the
        // name's own case on the name.
        return false;
      }
      if (i == from - 1 && i == sentenceFirst[sentenceOf[i]] && ADVERBS_OF_TIME.contains(keys.get(i))) {
        return false; // "Накануне посольство России сообщило": the day before, no preposition
      }
      if (english && !token.capitalised() && entry(i).subordinator() && !entry(i).preposition()) {
        // "on Monday morning when Milica Stevanović walked": a clause of its own opens after the
        // preposition's phrase, and the name is its subject.
        return false;
      }
      if (entry(i).preposition()) {
        // "Permanent Representative to the UN Vasily Nebenzya": in English a preposition after a
        // capitalised title word qualifies the title, and the name is still its subject.
        // A title that opens the sentence counts too ("Speaker of parliament Ana Brnabić told").
        if (acrossLowerCase && (i - 1 > sentenceFirst[sentenceOf[i]] || i >= 1 && entry(i - 1).title())
            && tokens.get(i - 1).word() && tokens.get(i - 1).capitalised() && !tokens.get(i - 1).acronym()
            && refAt[i - 1] == null) {
          continue;
        }
        // So does one after a role with words of its own before the name ("the Commission's
        // spokesperson for foreign affairs Lena Marchetti said"); a preposition before the role
        // still governs both ("with the spokesperson for foreign affairs Lena Marchetti"), and a
        // name right after it is where the role is ("a diplomat in Sarajevo").
        if (english && acrossLowerCase && i > 0 && from - i > 1 && refAt[i - 1] != null
            && refAt[i - 1].type == RefType.ROLE) {
          continue;
        }
        return true;
      }
      if (entry(i).medium()) {
        return false; // "rekla je za N1 Snežana Pavlović": the preposition is the medium's
      }
      if (token.capitalised()) {
        if (!entry(i).title() && !token.acronym() && i != sentenceFirst[sentenceOf[i]]) {
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

  /**
   * Russian words that are prepositions before a genitive but adverbs of time opening a sentence
   * ("Накануне выборов" against "Накануне посольство сообщило"), as match keys.
   */
  private static final Set<String> ADVERBS_OF_TIME = Set.of(Texts.matchKey("накануне"));

  /** "A NATO official said", "two NATO officials said": the organisation only qualifies who spoke. */
  boolean modifierOfTitle(Ref ref, int to) {
    if (ref.actor == null || ref.actor.kind() != Actor.Kind.ORGANISATION || to >= tokens.size()) {
      return false;
    }
    Token next = tokens.get(to);
    // Not a preposition or conjunction the titles list holds for their capitalised forms ("В ..."):
    // "Посольство России в Сербии в заявлении ..." is the embassy speaking.
    return next.word() && !next.capitalised() && !entry(to).preposition() && !entry(to).conjunction()
        && (entry(to).title() || entry(to).sourcePeople());
  }

  /**
   * "Council diplomats said": a body's own role term before the people who speak unnamed only
   * qualifies them, as the body's name does in "NATO officials said" ({@link #modifierOfTitle}).
   */
  private boolean bodysTermBeforeSourcePeople(Ref role, int to) {
    if (role.roleActors.isEmpty() || to >= tokens.size() || !tokens.get(to).word() || tokens.get(to).capitalised()
        || !entry(to).sourcePeople()) {
      return false;
    }
    for (String id : role.roleActors) {
      if (catalogue.byId(id).map(a -> a.kind() != Actor.Kind.ORGANISATION).orElse(true)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Serbian: an acronym matched inside a word that goes on with a hyphen and a case ending
   * ("šaltera EPS-a", "članica NATO-a"): an oblique case, no subject.
   */
  private boolean caseEndingAfterHyphen(Mention mention, int to) {
    int end = mention.end();
    return inflecting() && end < text.length() && text.charAt(end) == '-' && end < tokens.get(to - 1).end();
  }

  /** Vučić's, Vučić’s: a possessor, not a speaker. */
  boolean possessiveAfter(int to) {
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
  boolean nominative(Actor actor, Mention mention) {
    if ("en".equals(language.base()) || actor == null) {
      return true;
    }
    Set<String> forms = nameWords.get(actor.id());
    if (forms == null) {
      forms = StatementExtractor.nameWords(List.of(actor)).get(actor.id());
    }
    String surface = mention.surface() == null ? text.substring(mention.start(), mention.end()) : mention.surface();
    for (String word : Texts.matchKey(surface).split(" ")) {
      if (!word.isEmpty() && !forms.contains(word) && !womansNominative(actor, word, forms)) {
        return false;
      }
    }
    return true;
  }

  /**
   * "Цвијановићева је изјавила", "Brnabićeva": Serbian names a woman by her surname with -eva or
   * -ova, which stands in the nominative as the surname alone does.
   */
  private boolean womansNominative(Actor actor, String word, Set<String> forms) {
    return "sr".equals(language.base()) && actor.gender() == Gender.FEMALE && word.length() > 6
        && (word.endsWith("eva") || word.endsWith("ova")) && forms.contains(word.substring(0, word.length() - 3));
  }
}
