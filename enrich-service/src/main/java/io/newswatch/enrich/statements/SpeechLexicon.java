package io.newswatch.enrich.statements;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswatch.common.json.Json;
import io.newswatch.common.model.Actor.Gender;
import io.newswatch.common.model.Language;
import io.newswatch.common.text.Texts;
import io.newswatch.enrich.CharsCache;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The closed word classes of one base language that statement extraction needs (speech verbs by
 * gender, complementizers, "according to" phrases, pronouns, ...), read from {@code
 * speech-lexicon.yaml}. Every entry is kept as a sequence of {@link Texts#matchKey} keys, so one
 * Serbian list covers both scripts and text written without diacritics.
 */
final class SpeechLexicon {
  static final String RESOURCE = "speech-lexicon.yaml";

  /** Marks the possessive-pronoun slot in an {@code accordingTo} phrase. */
  static final String SLOT = "*";

  /**
   * A speech verb form.
   *
   * @param keys its words' match keys (one, or more for "pointed out")
   * @param gender the speaker's gender the form shows, or null
   * @param impersonal the source stands in a phrase after it (говорится в сообщении МИД)
   * @param plural the form is plural: several people, or a body, speak
   * @param neuter the form is neuter: a body speaks (ministarstvo je saopštilo, посольство отметило)
   */
  record Verb(List<String> keys, Gender gender, boolean impersonal, boolean plural, boolean neuter) {}

  /**
   * Everything the lexicon says of one key, looked up once per distinct word: extraction asks a
   * dozen questions of most tokens, and one look-up each cost more than the rest of the walk.
   *
   * @param classes the word classes and phrase starts below, as bits
   * @param pronoun the gender of a nominative personal pronoun, null for any other word
   * @param objectPronoun likewise for an object pronoun
   * @param possessive likewise for a possessive
   * @param honorific likewise for a title of address before a name (Mr, Mrs, gospođa, госпожа)
   * @param country the country (ISO code, or EU) whose adjective or name the word is a form of, or null
   */
  record Entry(long classes, Gender pronoun, Gender objectPronoun, Gender possessive, Gender honorific, String country) {
    static final long COMPLEMENTIZER = 1L;
    static final long PASSIVE_AUXILIARY = 1L << 1;
    static final long AUXILIARY = 1L << 2;
    static final long CLAUSE_OPENER = 1L << 3;
    static final long AS = 1L << 4;
    static final long PREPOSITION = 1L << 5;
    static final long RELATIVE = 1L << 6;
    static final long CONJUNCTION = 1L << 7;
    static final long FILLER = 1L << 8;
    static final long NAME_PARTICLE = 1L << 9;
    static final long TITLE = 1L << 10;
    /** May start a verb, a participle, an "according to" or an "Об этом" phrase: worth looking further. */
    static final long STARTS_VERB = 1L << 11;
    static final long STARTS_PARTICIPLE = 1L << 12;
    static final long STARTS_ACCORDING_TO = 1L << 13;
    static final long STARTS_THIS_PHRASE = 1L << 14;
    static final long NOMINATIVE = 1L << 15;
    static final long SUBORDINATOR = 1L << 16;
    static final long DETERMINER = 1L << 17;
    static final long UNNAMED_SOURCE = 1L << 18;
    static final long COMMENTATOR = 1L << 19;
    static final long FORMER = 1L << 20;
    static final long INDEFINITE = 1L << 21;
    static final long IRREGULAR_PAST = 1L << 22;
    static final long SOURCE_PEOPLE = 1L << 23;
    static final long DOCUMENT = 1L << 24;
    static final long ASKING = 1L << 25;
    static final long MEDIUM = 1L << 26;
    static final long QUESTION = 1L << 27;
    static final long BODY = 1L << 28;
    static final long PROMISE = 1L << 29;
    static final long PRESS_OFFICE = 1L << 30;
    static final long NEGATION = 1L << 31;
    static final long ORGAN = 1L << 32;
    static final long EVENT = 1L << 33;
    static final long TAKES_PLACE = 1L << 34;
    static final long COMMENT = 1L << 35;
    static final long INTERVIEWEE = 1L << 36;
    static final long CLAIMS = 1L << 37;
    static final long HELD = 1L << 38;
    static final long FUTURE = 1L << 39;
    static final long MEETING = 1L << 40;
    static final long INSCRIPTION = 1L << 41;
    static final long DOCUMENT_VERB = 1L << 42;
    static final long LISTENER = 1L << 43;
    static final long WITHHELD = 1L << 44;
    static final long ABSENCE = 1L << 45;
    static final long STATEMENT_NOUN = 1L << 46;
    static final long PROTEST = 1L << 47;
    static final long ANNOUNCING = 1L << 48;
    static final long TIME = 1L << 49;
    static final long RESUMES = 1L << 50;
    static final long SETTLEMENT = 1L << 51;
    static final long JOURNALIST = 1L << 52;
    static final long INFORMING = 1L << 53;
    static final long WORK = 1L << 54;
    static final long CONDITION = 1L << 55;
    static final long CLUB = 1L << 56;
    static final long QUOTING = 1L << 57;
    static final long TEAM_PEOPLE = 1L << 58;
    static final long DELIBERATION = 1L << 59;
    static final long OPINION = 1L << 60;
    static final long ESTIMATING = 1L << 61;

    /** A key the lexicon knows nothing of: most words. */
    static final Entry NONE = new Entry(0, null, null, null, null, null);

    boolean complementizer() {
      return (classes & COMPLEMENTIZER) != 0;
    }

    /** "was told that": the name before it is the listener, not the speaker. */
    boolean passiveAuxiliary() {
      return (classes & PASSIVE_AUXILIARY) != 0;
    }

    /** A finite auxiliary that shows a clause began (said Belgrade would ...); English only. */
    boolean auxiliary() {
      return (classes & AUXILIARY) != 0;
    }

    /** A pronoun that opens a reported clause without "that" (announced he will ...). */
    boolean clauseOpener() {
      return (classes & CLAUSE_OPENER) != 0;
    }

    /** A pronoun that can only be a subject (he, we): after a speech verb it opens a clause. */
    boolean nominative() {
      return (classes & NOMINATIVE) != 0;
    }

    /** A preposition that also opens a clause (after, since): "after Kurti said ...". */
    boolean subordinator() {
      return (classes & SUBORDINATOR) != 0;
    }

    /** An article (a, the): after a name set off by commas it opens an apposition. */
    boolean determiner() {
      return (classes & DETERMINER) != 0;
    }

    /** A noun or pronoun that speaks without a name: "officials said", "rekao je izvor", "сообщил источник". */
    boolean unnamedSource() {
      return (classes & UNNAMED_SOURCE) != 0;
    }

    /** A noun for someone asked for a view (expert, politolog, analitičar): one stands for another. */
    boolean commentator() {
      return (classes & COMMENTATOR) != 0;
    }

    /** A speech verb of a promise (promised, pledged): after "as" it recalls a commitment, not words. */
    boolean promise() {
      return (classes & PROMISE) != 0;
    }

    /** A body's press office (пресс-служба): the body named after it speaks ("сообщили в пресс-службе X"). */
    boolean pressOffice() {
      return (classes & PRESS_OFFICE) != 0;
    }

    /** The head noun of a body's own name, in any case (ministarstvo, saveza, Association, службы). */
    boolean body() {
      return (classes & BODY) != 0;
    }

    /** The name of a news agency or outlet, in any of its forms (Tanjugu, Danas, «Коммерсанту»): no person. */
    boolean medium() {
      return (classes & MEDIUM) != 0;
    }

    /** A verb that asks (asked, upitao, спросил): the question it quotes is no statement. */
    boolean asking() {
      return (classes & ASKING) != 0;
    }

    /** A noun for a question (question, pitanje, вопрос): the quote it introduces is asked, not said. */
    boolean question() {
      return (classes & QUESTION) != 0;
    }

    /** A word for a statement or document ("saopštenje", "комментарий"): it speaks for whoever issued it. */
    boolean document() {
      return (classes & DOCUMENT) != 0;
    }

    /** People who speak unnamed (officials, sources, diplomats): a body before them only qualifies them. */
    boolean sourcePeople() {
      return (classes & SOURCE_PEOPLE) != 0;
    }

    /** An English simple past without -ed (met, took, went): "said the project met ..." opens a clause. */
    boolean irregularPast() {
      return (classes & IRREGULAR_PAST) != 0;
    }

    /** "former", "bivši", "бывший": the office that follows was someone else's, or is no longer. */
    boolean former() {
      return (classes & FORMER) != 0;
    }

    /** "a", "one", "jedan", "один": the noun after it is someone not met before. */
    boolean indefinite() {
      return (classes & INDEFINITE) != 0;
    }

    boolean as() {
      return (classes & AS) != 0;
    }

    boolean preposition() {
      return (classes & PREPOSITION) != 0;
    }

    boolean relative() {
      return (classes & RELATIVE) != 0;
    }

    boolean conjunction() {
      return (classes & CONJUNCTION) != 0;
    }

    boolean filler() {
      return (classes & FILLER) != 0;
    }

    /** "Predsedništvo Srpske napredne stranke ocenilo je": an organ of the body named after it. */
    boolean organ() {
      return (classes & ORGAN) != 0;
    }

    /** A meeting or session that may be scheduled (заседание, sednica, session). */
    boolean event() {
      return (classes & EVENT) != 0;
    }

    /** A future verb of an event's taking place, or "scheduled" (пройдет, održaće, zakazana). */
    boolean takesPlace() {
      return (classes & TAKES_PLACE) != 0;
    }

    /** "Comment" in a refusal ("nije želeo da komentariše navode da ..."). */
    boolean comment() {
      return (classes & COMMENT) != 0;
    }

    /** A noun an interview uses for the person interviewed (sagovornik), listed among the pronouns. */
    boolean interviewee() {
      return (classes & INTERVIEWEE) != 0;
    }

    /** Others' claims or reports responded to ("odgovorio na pisanje listova da ..."). */
    boolean claims() {
      return (classes & CLAIMS) != 0;
    }

    /** A passive participle of holding an event, future with će (sednica će biti održana). */
    boolean held() {
      return (classes & HELD) != 0;
    }

    /**
     * A verb of meeting or visiting (sastati, posetiti, visit, встретится), or of a body taking up a
     * matter (raspravljati, razmatrati, glasati, рассмотрит): after a future, a plan ("će Petković u
     * četvrtak obići Srbe u Gračanici", "će Disciplinska komisija o incidentima raspravljati u
     * četvrtak").
     */
    boolean meeting() {
      return (classes & MEETING) != 0;
    }

    /** A verb of protesting (blokirati, štrajkovati, протестовать): after a future, a protest planned. */
    boolean protest() {
      return (classes & PROTEST) != 0;
    }

    /**
     * A verb of informing someone (obaveštava): a speech verb only where "that" follows its
     * listener ("obaveštava građane da ...").
     */
    boolean informing() {
      return (classes & INFORMING) != 0;
    }

    /**
     * A verb of estimating (procenjuje): a speech verb only where "that" follows it; "procenjuje se
     * na" gives an amount, no one's words.
     */
    boolean estimating() {
      return (classes & ESTIMATING) != 0;
    }

    /** A verb that announces what is to come (najavio, announced, анонсировал): with a time, a plan. */
    boolean announcing() {
      return (classes & ANNOUNCING) != 0;
    }

    /** A verb of going on with, or taking up again (nastaviti, resume, продолжат): with a future and an event, a plan. */
    boolean resumes() {
      return (classes & RESUMES) != 0;
    }

    /** A noun of a settlement (village, selo, поселка): a lone capital after it is a place. */
    boolean settlement() {
      return (classes & SETTLEMENT) != 0;
    }

    /** An impersonal verb of quoting (цитирует, citira): the person quoted may follow its channel. */
    boolean quoting() {
      return (classes & QUOTING) != 0;
    }

    /** A sports club's initials (KK, ФК, FC): with the name after them, a club that speaks as a body. */
    boolean club() {
      return (classes & CLUB) != 0;
    }

    /** A noun for a club's players, coach or fans (fudbaleri, тренер): a name in the genitive after it is a club's. */
    boolean teamPeople() {
      return (classes & TEAM_PEOPLE) != 0;
    }

    /**
     * A verb of a body taking up a matter (raspravljati, razmatrati, glasati, рассмотрит): after a
     * future, a session planned ("će Disciplinska komisija o incidentima raspravljati u četvrtak").
     */
    boolean deliberation() {
      return (classes & DELIBERATION) != 0;
    }

    /**
     * A verb or noun of holding a view (smatra, believes, считает, mišljenju): a time to come in
     * what it reports is a prediction, not a plan announced.
     */
    boolean opinion() {
      return (classes & OPINION) != 0;
    }

    /** A word that opens a condition (ukoliko, if, если): a negation in it leaves the plan around it be. */
    boolean condition() {
      return (classes & CONDITION) != 0;
    }

    /** A work (roman, книга, film): the person named after it in the genitive made it. */
    boolean work() {
      return (classes & WORK) != 0;
    }

    /** A journalist or host (voditelj, reporter, ведущий): a question they put is no statement. */
    boolean journalist() {
      return (classes & JOURNALIST) != 0;
    }

    /** A weekday, month or season: when something is to happen (ponedeljak, September, осенью). */
    boolean time() {
      return (classes & TIME) != 0;
    }

    /** A word that introduces what a sign or banner says ("reading", "s natpisom", "с надписью"). */
    boolean inscription() {
      return (classes & INSCRIPTION) != 0;
    }

    /** The audience in the dative (novinarima, журналистам): told to, never the one who speaks. */
    boolean listener() {
      return (classes & LISTENER) != 0;
    }

    /** What a refusal withholds: comment or details, as noun or verb (komentara, подробностей). */
    boolean withheld() {
      return (classes & WITHHELD) != 0;
    }

    /** A word of absence that, next to {@link #withheld}, refuses ("no comment", "без комментариев"). */
    boolean absence() {
      return (classes & ABSENCE) != 0;
    }

    /** A noun for someone's statement, which a name and "da" or "о том, что" may follow ("izjave Kurtija da"). */
    boolean statementNoun() {
      return (classes & STATEMENT_NOUN) != 0;
    }

    /** A verb that reports a document's words, and only after a word for one ("the statement read"). */
    boolean documentVerb() {
      return (classes & DOCUMENT_VERB) != 0;
    }

    /** An auxiliary that puts a held or scheduled event ahead (će, biće, will, is). */
    boolean future() {
      return (classes & FUTURE) != 0;
    }

    /** "not", "nije", "не" before a speech verb: it reports nothing. */
    boolean negation() {
      return (classes & NEGATION) != 0;
    }

    boolean nameParticle() {
      return (classes & NAME_PARTICLE) != 0;
    }

    boolean title() {
      return (classes & TITLE) != 0;
    }

    boolean startsAny(long phrases) {
      return (classes & phrases) != 0;
    }
  }

  private final List<Verb> verbs;
  private final Map<String, List<Verb>> verbsByFirst;
  private final List<List<String>> participles;
  private final PhraseIndex creditIndex;
  private final PhraseIndex participleIndex;
  private final PhraseIndex accordingToIndex;
  private final PhraseIndex thisPhraseIndex;
  private final Set<String> complementizers;
  private final Set<String> passiveAuxiliaries;
  private final Set<String> auxiliaries;
  private final Set<String> clauseOpeners;
  private final Set<String> nominatives;
  private final Set<String> subordinators;
  private final Set<String> determiners;
  private final Set<String> unnamedSources;
  private final Set<String> commentators;
  private final Set<String> formers;
  private final Set<String> indefinites;
  private final Set<String> irregularPasts;
  private final Set<String> sourcePeople;
  private final Set<String> documents;
  private final Set<String> askingVerbs;
  private final Set<String> questions;

  /**
   * What the extractor derives once from one of this lexicon's sets of nouns (their stems), by the
   * set's identity: the lexicon is one language's, so the derivation is too, and it lives as long
   * as the lexicon does.
   */
  final Map<Set<String>, Object> derived = Collections.synchronizedMap(new IdentityHashMap<>());
  private final Set<String> promises;
  private final Set<String> pressOffices;
  private final Set<String> negations;
  private final Set<String> organs;
  private final Set<String> events;
  private final Set<String> eventVerbs;
  private final Set<String> comments;
  private final Set<String> interviewees;
  private final Set<String> claims;
  private final Set<String> heldForms;
  private final Set<String> meetings;
  private final Set<String> protests;
  private final Set<String> announcing;
  private final Set<String> times;
  private final Set<String> resumes;
  private final Set<String> conditions;
  private final Set<String> clubs;
  private final Set<String> teamPeople;
  private final Set<String> deliberations;
  private final Set<String> opinions;
  private final Set<String> quoting;
  private final Set<String> settlements;
  private final Set<String> journalists;
  private final Set<String> informing;
  private final Set<String> estimating;
  private final Set<String> works;
  private final Set<String> creators;
  private final Set<String> diplomats;
  private final List<Set<String>> professions;
  private final Set<String> inscriptions;
  private final Set<String> documentVerbs;
  private final Set<String> listeners;
  private final Set<String> withheld;
  private final Set<String> absences;
  private final Set<String> statementNouns;
  private final Set<String> futures;
  /** Head nouns of bodies' names: each form's key to the nominative as the lexicon writes it. */
  private final Map<String, String> bodyHeads;
  /** One-word names of agencies, by their match key less a final vowel, to their nominative. */
  private final Map<String, String> agencies;
  /** Names of agencies and clubs of more words ("Crvena zvezda"), by their first word's stem. */
  private final Map<String, List<AgencyPhrase>> agencyPhrases;
  /** The match keys of the agency names that are sports clubs'. */
  private final Set<String> clubNames;
  private final Set<String> media;
  /** Capitalised forms that name a country or entity which an adjective's forms otherwise mean (Srpska). */
  private final Map<String, String> properCountries;
  private final List<List<String>> accordingTo;
  private final Set<String> as;
  private final Map<String, Gender> pronouns;
  private final Map<String, Gender> objectPronouns;
  private final Map<String, Gender> possessives;
  private final Map<String, Gender> honorifics;
  /** Given names by key; the value is the gender the name shows, or absent from it when it shows none. */
  private final Set<String> givenNames;
  private final Map<String, Gender> givenNameGenders;
  private final List<String> possessiveNameEndings;
  /** Case endings of surnames, longest first. */
  private final List<String> surnameEndings;
  private final Set<String> prepositions;
  private final Set<String> relatives;
  private final Set<String> conjunctions;
  private final List<List<String>> thisPhrases;
  private final Set<String> fillers;
  private final Set<String> nameParticles;
  private final Map<String, List<String>> countryStems;
  private final Set<String> titles;
  private final Set<String> abbreviations;

  /** The forms of the words seen in this language, with their keys and entries, per thread. */
  final CharsCache<Tokens.Form> forms = new CharsCache<>(CharsCache.DEFAULT_CAPACITY, surface -> Tokens.form(surface, this));

  /**
   * The forms of single marks below U+2100 (commas, full stops, quote marks, dashes): about one
   * token in six, read from an array instead of hashed. A form depends only on its characters, so
   * threads that fill a slot at once store equal values.
   */
  private final Tokens.Form[] marks = new Tokens.Form[0x2100];

  /** The form of the single mark {@code c}, which is below U+2100 and not a word character. */
  Tokens.Form mark(char c) {
    Tokens.Form form = marks[c];
    if (form == null) {
      form = Tokens.form(String.valueOf(c), this);
      marks[c] = form;
    }
    return form;
  }

  private SpeechLexicon(JsonNode node, String base) {
    if (node == null || !node.isObject()) {
      throw new IllegalStateException(RESOURCE + " has no section for language '" + base + "'");
    }
    List<Verb> verbList = new ArrayList<>();
    JsonNode verbNode = node.path("verbs");
    for (String form : List.of("male", "female", "any", "neuter", "plural")) {
      Gender gender = form.equals("male") || form.equals("female") ? Gender.fromJson(form) : null;
      for (List<String> keys : phrases(verbNode.path(form))) {
        verbList.add(new Verb(keys, gender, false, form.equals("plural"), form.equals("neuter")));
      }
    }
    for (List<String> keys : phrases(node.path("impersonalVerbs"))) {
      verbList.add(new Verb(keys, null, true, false, false));
    }
    // Longest first, so "pointed out" wins over a one-word verb at the same place.
    verbList.sort((a, b) -> b.keys().size() - a.keys().size());
    this.verbs = List.copyOf(verbList);
    Map<String, List<Verb>> byFirst = new HashMap<>();
    for (Verb verb : this.verbs) {
      byFirst.computeIfAbsent(verb.keys().get(0), k -> new ArrayList<>()).add(verb);
    }
    byFirst.replaceAll((k, v) -> List.copyOf(v));
    this.verbsByFirst = Map.copyOf(byFirst);
    this.participles = sortedLongestFirst(phrases(node.path("participles")));
    this.complementizers = words(node.path("complementizers"));
    this.passiveAuxiliaries = words(node.path("passiveAuxiliaries"));
    this.auxiliaries = words(node.path("auxiliaries"));
    this.clauseOpeners = words(node.path("clauseOpeners"));
    this.nominatives = words(node.path("nominatives"));
    this.subordinators = words(node.path("subordinators"));
    this.determiners = words(node.path("determiners"));
    this.unnamedSources = words(node.path("unnamedSources"));
    this.commentators = words(node.path("commentators"));
    this.formers = words(node.path("former"));
    this.indefinites = words(node.path("indefinites"));
    this.irregularPasts = words(node.path("irregularPast"));
    this.sourcePeople = words(node.path("sourcePeople"));
    this.documents = words(node.path("documents"));
    this.askingVerbs = words(node.path("askingVerbs"));
    this.questions = words(node.path("questions"));
    this.promises = words(node.path("promises"));
    this.pressOffices = words(node.path("pressOffices"));
    this.negations = words(node.path("negations"));
    this.organs = words(node.path("organs"));
    this.events = words(node.path("events"));
    this.eventVerbs = words(node.path("eventVerbs"));
    this.comments = words(node.path("comments"));
    this.interviewees = words(node.path("interviewees"));
    this.claims = words(node.path("claims"));
    this.heldForms = words(node.path("eventHeld"));
    this.meetings = words(node.path("meetings"));
    this.protests = words(node.path("protests"));
    this.announcing = words(node.path("announcing"));
    this.informing = words(node.path("informing"));
    this.estimating = words(node.path("estimating"));
    this.works = words(node.path("works"));
    this.creators = words(node.path("creators"));
    this.diplomats = words(node.path("diplomats"));
    List<Set<String>> groups = new ArrayList<>();
    for (JsonNode group : node.path("professions")) {
      groups.add(words(group));
    }
    this.professions = List.copyOf(groups);
    this.times = words(node.path("times"));
    this.resumes = words(node.path("resumes"));
    this.conditions = words(node.path("conditions"));
    this.clubs = words(node.path("clubs"));
    this.teamPeople = words(node.path("teamPeople"));
    this.deliberations = words(node.path("deliberations"));
    this.opinions = words(node.path("opinions"));
    this.quoting = words(node.path("quoting"));
    this.settlements = words(node.path("settlements"));
    this.journalists = words(node.path("journalists"));
    this.inscriptions = words(node.path("inscriptions"));
    this.documentVerbs = words(node.path("documentVerbs"));
    this.listeners = words(node.path("listeners"));
    this.withheld = words(node.path("withheld"));
    this.absences = words(node.path("absences"));
    this.statementNouns = words(node.path("statementNouns"));
    this.futures = words(node.path("futures"));
    Map<String, String> heads = new HashMap<>();
    JsonNode bodies = node.path("bodies");
    if (bodies.isObject()) {
      bodies.fields().forEachRemaining(entry -> {
        heads.put(Texts.matchKey(entry.getKey()), entry.getKey());
        entry.getValue().forEach(form -> heads.put(Texts.matchKey(text(form)), entry.getKey()));
      });
    } else {
      bodies.forEach(word -> heads.put(Texts.matchKey(text(word)), text(word)));
    }
    this.bodyHeads = Map.copyOf(heads);
    Map<String, String> agencyNames = new HashMap<>();
    Map<String, List<AgencyPhrase>> phrases = new HashMap<>();
    Set<String> clubs = new HashSet<>();
    node.path("clubNames").forEach(entry -> clubs.add(Texts.matchKey(text(entry))));
    this.clubNames = Set.copyOf(clubs);
    List<JsonNode> named = new ArrayList<>();
    node.path("agencies").forEach(named::add);
    node.path("clubNames").forEach(named::add);
    for (JsonNode entry : named) {
      String name = text(entry);
      if (name.indexOf(' ') < 0) {
        agencyNames.put(agencyStem(Texts.matchKey(name)), name);
        continue;
      }
      List<String> stems = Stream.of(name.split(" ")).map(w -> agencyStem(Texts.matchKey(w))).toList();
      phrases.computeIfAbsent(stems.get(0), k -> new ArrayList<>()).add(new AgencyPhrase(stems, name));
    }
    this.agencies = Map.copyOf(agencyNames);
    phrases.replaceAll((k, v) -> List.copyOf(v));
    this.agencyPhrases = Map.copyOf(phrases);
    this.media = words(node.path("media"));
    Map<String, String> proper = new HashMap<>();
    node.path("properCountries").fields().forEachRemaining(entry ->
        entry.getValue().forEach(word -> proper.put(Texts.matchKey(text(word)), entry.getKey())));
    this.properCountries = Map.copyOf(proper);
    this.accordingTo = sortedLongestFirst(phrases(node.path("accordingTo")));
    this.as = words(node.path("as"));
    this.pronouns = gendered(node.path("pronouns"));
    this.objectPronouns = gendered(node.path("objectPronouns"));
    this.possessives = gendered(node.path("possessives"));
    this.honorifics = gendered(node.path("honorifics"));
    JsonNode given = node.path("givenNames");
    Set<String> male = words(given.path("male"));
    Set<String> female = words(given.path("female"));
    Set<String> allGiven = new HashSet<>(male);
    allGiven.addAll(female);
    this.givenNames = Set.copyOf(allGiven);
    Map<String, Gender> genders = new HashMap<>();
    for (String key : allGiven) {
      boolean m = male.contains(key);
      boolean f = female.contains(key);
      // A name both lists hold shows no gender (Jordan, Саша); nor, where names decline, does a
      // woman's name that is a man's with -a added, for it is also his genitive (Jovana, Александра).
      boolean declined = f && !"en".equals(base) && key.endsWith("a") && male.contains(key.substring(0, key.length() - 1));
      if (m != f && !declined) {
        genders.put(key, m ? Gender.MALE : Gender.FEMALE);
      }
    }
    this.givenNameGenders = Map.copyOf(genders);
    List<String> endings = new ArrayList<>();
    node.path("possessiveNameEndings").forEach(ending -> endings.add(Texts.matchKey(text(ending))));
    this.possessiveNameEndings = List.copyOf(endings);
    List<String> surnameEndingList = new ArrayList<>();
    node.path("surnameEndings").forEach(ending -> surnameEndingList.add(Texts.matchKey(text(ending))));
    surnameEndingList.sort(Comparator.comparingInt(String::length).reversed());
    this.surnameEndings = List.copyOf(surnameEndingList);
    this.prepositions = words(node.path("prepositions"));
    this.relatives = words(node.path("relatives"));
    this.conjunctions = words(node.path("conjunctions"));
    this.thisPhrases = sortedLongestFirst(phrases(node.path("thisPhrases")));
    this.fillers = words(node.path("fillers"));
    this.nameParticles = words(node.path("nameParticles"));
    Map<String, List<String>> countries = new HashMap<>();
    node.path("countries").fields().forEachRemaining(e -> {
      List<String> stems = new ArrayList<>();
      e.getValue().forEach(stem -> stems.add(Texts.matchKey(text(stem))));
      countries.put(e.getKey(), List.copyOf(stems));
    });
    this.countryStems = Map.copyOf(countries);
    this.titles = words(node.path("titles"));
    this.abbreviations = words(node.path("abbreviations"));
    this.participleIndex = new PhraseIndex(participles);
    this.creditIndex = new PhraseIndex(sortedLongestFirst(phrases(node.path("credits"))));
    this.accordingToIndex = new PhraseIndex(accordingTo);
    this.thisPhraseIndex = new PhraseIndex(thisPhrases);
  }

  /**
   * Phrases by their first key, each list in the phrases' order (longest first), so a look-up
   * tries only the phrases that can start at a word and finds the one a scan of all would find
   * first. Phrases opening with the possessive {@link #SLOT} are kept apart and tried in order too.
   */
  private final class PhraseIndex {
    private final List<List<String>> all;
    private final Map<String, List<Integer>> byFirst = new HashMap<>();
    private final List<Integer> slotFirst = new ArrayList<>();

    PhraseIndex(List<List<String>> phrases) {
      this.all = phrases;
      for (int p = 0; p < phrases.size(); p++) {
        String first = phrases.get(p).get(0);
        if (SLOT.equals(first)) {
          slotFirst.add(p);
        } else {
          byFirst.computeIfAbsent(first, k -> new ArrayList<>()).add(p);
        }
      }
    }

    /** Whether some phrase may start with this key. */
    boolean canStart(String key) {
      return byFirst.containsKey(key) || !slotFirst.isEmpty() && fillsSlot(key);
    }

    /** The first phrase, in list order, that starts at {@code keys[at]}, or null. */
    List<String> at(List<String> keys, int at) {
      if (at < 0 || at >= keys.size()) {
        return null;
      }
      List<Integer> named = byFirst.getOrDefault(keys.get(at), List.of());
      List<Integer> slotted = slotFirst.isEmpty() || !fillsSlot(keys.get(at)) ? List.of() : slotFirst;
      int a = 0;
      int b = 0;
      while (a < named.size() || b < slotted.size()) {
        int p;
        if (b >= slotted.size() || a < named.size() && named.get(a) < slotted.get(b)) {
          p = named.get(a++);
        } else {
          p = slotted.get(b++);
        }
        List<String> phrase = all.get(p);
        if (startsWith(keys, at, phrase)) {
          return phrase;
        }
      }
      return null;
    }
  }

  /** What the lexicon says of {@code key}: its word classes, genders, country and phrase starts. */
  Entry entry(String key) {
    long classes = 0;
    classes |= complementizers.contains(key) ? Entry.COMPLEMENTIZER : 0;
    classes |= passiveAuxiliaries.contains(key) ? Entry.PASSIVE_AUXILIARY : 0;
    classes |= auxiliaries.contains(key) ? Entry.AUXILIARY : 0;
    classes |= clauseOpeners.contains(key) ? Entry.CLAUSE_OPENER : 0;
    classes |= nominatives.contains(key) ? Entry.NOMINATIVE : 0;
    classes |= subordinators.contains(key) ? Entry.SUBORDINATOR : 0;
    classes |= determiners.contains(key) ? Entry.DETERMINER : 0;
    classes |= unnamedSources.contains(key) ? Entry.UNNAMED_SOURCE : 0;
    classes |= commentators.contains(key) ? Entry.COMMENTATOR : 0;
    classes |= formers.contains(key) ? Entry.FORMER : 0;
    classes |= indefinites.contains(key) ? Entry.INDEFINITE : 0;
    classes |= irregularPasts.contains(key) ? Entry.IRREGULAR_PAST : 0;
    classes |= sourcePeople.contains(key) ? Entry.SOURCE_PEOPLE : 0;
    classes |= documents.contains(key) ? Entry.DOCUMENT : 0;
    classes |= askingVerbs.contains(key) ? Entry.ASKING : 0;
    classes |= questions.contains(key) ? Entry.QUESTION : 0;
    classes |= bodyHeads.containsKey(key) ? Entry.BODY : 0;
    classes |= promises.contains(key) ? Entry.PROMISE : 0;
    classes |= pressOffices.contains(key) ? Entry.PRESS_OFFICE : 0;
    classes |= media.contains(key) ? Entry.MEDIUM : 0;
    classes |= as.contains(key) ? Entry.AS : 0;
    classes |= prepositions.contains(key) ? Entry.PREPOSITION : 0;
    classes |= relatives.contains(key) ? Entry.RELATIVE : 0;
    classes |= conjunctions.contains(key) ? Entry.CONJUNCTION : 0;
    classes |= fillers.contains(key) ? Entry.FILLER : 0;
    classes |= nameParticles.contains(key) ? Entry.NAME_PARTICLE : 0;
    classes |= negations.contains(key) ? Entry.NEGATION : 0;
    classes |= organs.contains(key) ? Entry.ORGAN : 0;
    classes |= events.contains(key) ? Entry.EVENT : 0;
    classes |= eventVerbs.contains(key) ? Entry.TAKES_PLACE : 0;
    classes |= comments.contains(key) ? Entry.COMMENT : 0;
    classes |= interviewees.contains(key) ? Entry.INTERVIEWEE : 0;
    classes |= claims.contains(key) ? Entry.CLAIMS : 0;
    classes |= heldForms.contains(key) ? Entry.HELD : 0;
    classes |= meetings.contains(key) ? Entry.MEETING : 0;
    classes |= protests.contains(key) ? Entry.PROTEST : 0;
    classes |= announcing.contains(key) ? Entry.ANNOUNCING : 0;
    classes |= informing.contains(key) ? Entry.INFORMING : 0;
    classes |= estimating.contains(key) ? Entry.ESTIMATING : 0;
    classes |= works.contains(key) ? Entry.WORK : 0;
    classes |= times.contains(key) ? Entry.TIME : 0;
    classes |= resumes.contains(key) ? Entry.RESUMES : 0;
    classes |= conditions.contains(key) ? Entry.CONDITION : 0;
    classes |= clubs.contains(key) ? Entry.CLUB : 0;
    classes |= teamPeople.contains(key) ? Entry.TEAM_PEOPLE : 0;
    classes |= deliberations.contains(key) ? Entry.DELIBERATION : 0;
    classes |= opinions.contains(key) ? Entry.OPINION : 0;
    classes |= quoting.contains(key) ? Entry.QUOTING : 0;
    classes |= settlements.contains(key) ? Entry.SETTLEMENT : 0;
    classes |= journalists.contains(key) ? Entry.JOURNALIST : 0;
    classes |= inscriptions.contains(key) ? Entry.INSCRIPTION : 0;
    classes |= documentVerbs.contains(key) ? Entry.DOCUMENT_VERB : 0;
    classes |= listeners.contains(key) ? Entry.LISTENER : 0;
    classes |= withheld.contains(key) ? Entry.WITHHELD : 0;
    classes |= absences.contains(key) ? Entry.ABSENCE : 0;
    classes |= statementNouns.contains(key) ? Entry.STATEMENT_NOUN : 0;
    classes |= futures.contains(key) ? Entry.FUTURE : 0;
    classes |= titles.contains(key) ? Entry.TITLE : 0;
    classes |= verbsByFirst.containsKey(key) ? Entry.STARTS_VERB : 0;
    classes |= participleIndex.canStart(key) ? Entry.STARTS_PARTICIPLE : 0;
    classes |= accordingToIndex.canStart(key) ? Entry.STARTS_ACCORDING_TO : 0;
    classes |= thisPhraseIndex.canStart(key) ? Entry.STARTS_THIS_PHRASE : 0;
    Gender pronoun = pronouns.get(key);
    Gender object = objectPronouns.get(key);
    Gender possessive = possessives.get(key);
    Gender honorific = honorifics.get(key);
    String country = country(key);
    if (classes == 0 && pronoun == null && object == null && possessive == null && honorific == null
        && country == null) {
      return Entry.NONE;
    }
    return new Entry(classes, pronoun, object, possessive, honorific, country);
  }

  /**
   * The lexicons of every base language, read once per JVM from the resource next to this class.
   * Once, because each lexicon keeps a per-thread cache of the word forms it has seen ({@link
   * #forms}): a lexicon per extractor, rebuilt with every catalogue update, would leave its
   * predecessors' caches behind in every stream thread.
   */
  static Map<String, SpeechLexicon> loadAll() {
    return Loaded.ALL;
  }

  private static final class Loaded {
    static final Map<String, SpeechLexicon> ALL = read();
  }

  private static Map<String, SpeechLexicon> read() {
    try (InputStream in = SpeechLexicon.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCE + " is missing from the classpath");
      }
      JsonNode root = Json.yaml().readTree(in);
      Map<String, SpeechLexicon> byBase = new HashMap<>();
      for (Language language : Language.values()) {
        byBase.computeIfAbsent(language.base(), base -> new SpeechLexicon(root.get(base), base));
      }
      return Map.copyOf(byBase);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
    }
  }

  /** The verb whose keys start at {@code keys[at]}, or null: longest first, as in the list. */
  Verb verb(List<String> keys, int at) {
    if (at < 0 || at >= keys.size()) {
      return null;
    }
    for (Verb verb : verbsByFirst.getOrDefault(keys.get(at), List.of())) {
      if (startsWith(keys, at, verb.keys())) {
        return verb;
      }
    }
    return null;
  }

  /**
   * The verb of a document's words ("the statement read"): of no gender, since a document has
   * none, and a verb only after the word for the document, which {@link TextIndex} checks.
   */
  Verb documentVerb(String key) {
    return new Verb(List.of(key), null, false, false, false);
  }

  /** Number of tokens of the participle starting at {@code keys[at]}, or 0. */
  int participleAt(List<String> keys, int at) {
    List<String> phrase = participleIndex.at(keys, at);
    return phrase == null ? 0 : phrase.size();
  }

  /**
   * Whether a word may stand in the {@link #SLOT} of an "according to" phrase: a possessive pronoun
   * ("prema njegovim rečima") or a possessive adjective made of a name ("prema Dodikovim rečima").
   */
  boolean fillsSlot(String key) {
    return possessives.get(key) != null || possessiveOfName(key);
  }

  /**
   * A surname's key without its case ending, so that its forms meet ("jaksic", "jaksica" and
   * "jaksicem" are all "jaksic"; "vetrova" and "vetrovoj" are "vetrov"); at least three letters
   * are kept. Languages whose names do not decline list no endings.
   */
  String surnameStem(String key) {
    for (String ending : surnameEndings) {
      if (key.length() - ending.length() >= 3 && key.endsWith(ending)) {
        return key.substring(0, key.length() - ending.length());
      }
    }
    return key;
  }

  /** The name a possessive adjective is made of ("dilasovim" gives "dilas"), or null. */
  String nameOfPossessive(String key) {
    for (String ending : possessiveNameEndings) {
      if (key.length() > ending.length() + 2 && key.endsWith(ending)) {
        return key.substring(0, key.length() - ending.length());
      }
    }
    return null;
  }

  /** "dodikovim", "vucicevim": a name's possessive adjective in the case "rečima" takes. */
  boolean possessiveOfName(String key) {
    return nameOfPossessive(key) != null;
  }

  /**
   * Tokens in the phrase crediting a medium ("prenosi", "передает", "according to") that starts at
   * {@code keys[at]}, or 0.
   */
  int creditAt(List<String> keys, int at) {
    List<String> phrase = creditIndex.at(keys, at);
    return phrase == null ? 0 : phrase.size();
  }

  /** The "according to" phrase starting at {@code keys[at]}, if any (may hold a {@link #SLOT}). */
  Optional<List<String>> accordingToAt(List<String> keys, int at) {
    return Optional.ofNullable(accordingToIndex.at(keys, at));
  }

  /** Number of tokens of the "Об этом" phrase starting at {@code keys[at]}, or 0. */
  int thisPhraseAt(List<String> keys, int at) {
    List<String> phrase = thisPhraseIndex.at(keys, at);
    return phrase == null ? 0 : phrase.size();
  }

  /** The country (ISO code, or EU) whose adjective or name this word is a form of, or null. */
  private String country(String key) {
    for (Map.Entry<String, List<String>> entry : countryStems.entrySet()) {
      for (String stem : entry.getValue()) {
        // A short stem (sad, eu, сша) must be the whole word: "sada" (now) is not the USA.
        boolean match = stem.length() < 4 ? key.equals(stem) : key.startsWith(stem) && key.length() - stem.length() <= 4;
        if (match) {
          return entry.getKey();
        }
      }
    }
    return null;
  }

  /** The country code a capitalised word names in mid-sentence ("Srpske": BA), or null. */
  String properCountry(String key) {
    return properCountries.get(key);
  }

  /**
   * The nominative, as the lexicon writes it, of the head noun of a body's name whose key this is
   * ("saveza" gives "savez", "службы" "служба"), or null.
   */
  String bodyNominative(String key) {
    return bodyHeads.get(key);
  }

  /**
   * The nominative of the one-word agency name whose form this key is ("minselhoze", the key of
   * "Минсельхозе", gives "Минсельхоз"; "Авиалесоохране" gives "Авиалесоохрана"), or null: a case
   * ending of up to three letters is let go.
   */
  String agency(String key) {
    if (agencies.isEmpty()) {
      return null;
    }
    for (int cut = 0; cut <= Math.min(3, key.length() - 1); cut++) {
      String name = agencies.get(key.substring(0, key.length() - cut));
      if (name != null) {
        return name;
      }
    }
    return null;
  }

  /** Whether the agency name (as the lexicon writes it) is a sports club's. */
  boolean clubName(String name) {
    return clubNames.contains(Texts.matchKey(name));
  }

  /** An agency's name of several words: each word's stem, and the name in the nominative. */
  record AgencyPhrase(List<String> stems, String name) {}

  /**
   * The agency names of several words whose first word this key may be a form of ("crvenoj" for
   * "Crvena zvezda"); empty if none. The other words are matched with {@link #agencyWord}.
   */
  List<AgencyPhrase> agencyPhrases(String key) {
    if (agencyPhrases.isEmpty()) {
      return List.of();
    }
    for (int cut = 0; cut <= Math.min(3, key.length() - 1); cut++) {
      List<AgencyPhrase> found = agencyPhrases.get(key.substring(0, key.length() - cut));
      if (found != null) {
        return found;
      }
    }
    return List.of();
  }

  /** Whether the key is a form of the agency word with this stem: the stem and up to three letters of ending. */
  static boolean agencyWord(String stem, String key) {
    return key.startsWith(stem) && key.length() - stem.length() <= 3;
  }

  /** A key less its final vowel, the part of an agency's name every case form starts with. */
  private static String agencyStem(String key) {
    return !key.isEmpty() && "aeiouy".indexOf(key.charAt(key.length() - 1)) >= 0
        ? key.substring(0, key.length() - 1) : key;
  }

  /** Nouns for a diplomat of any rank (ambassador, ambasador, посол, дипломат), as match keys. */
  Set<String> diplomats() {
    return diplomats;
  }

  /** Groups of nouns for one profession (advokat, pravnik; адвокат, юрист), as match keys. */
  List<Set<String>> professions() {
    return professions;
  }

  /** Nouns for whoever made a work (pisac, автор, режиссер), as match keys. */
  Set<String> creators() {
    return creators;
  }

  /** Whether {@code key} is a given name of the lexicon ("Mary" in "Mary Ellen Stanek"). */
  boolean givenName(String key) {
    return givenNames.contains(key);
  }

  /** The gender a given name shows, or null (not a given name, or one of either gender or case). */
  Gender givenNameGender(String key) {
    return givenNameGenders.get(key);
  }

  boolean isAbbreviation(String key) {
    return abbreviations.contains(key);
  }

  private boolean startsWith(List<String> keys, int at, List<String> phrase) {
    if (at + phrase.size() > keys.size()) {
      return false;
    }
    for (int i = 0; i < phrase.size(); i++) {
      String want = phrase.get(i);
      String have = keys.get(at + i);
      if (SLOT.equals(want)) {
        if (!fillsSlot(have)) {
          return false;
        }
      } else if (!want.equals(have)) {
        return false;
      }
    }
    return true;
  }

  private static List<List<String>> sortedLongestFirst(List<List<String>> phrases) {
    List<List<String>> sorted = new ArrayList<>(phrases);
    sorted.sort((a, b) -> b.size() - a.size());
    return List.copyOf(sorted);
  }

  private static List<List<String>> phrases(JsonNode list) {
    List<List<String>> phrases = new ArrayList<>();
    for (JsonNode entry : list) {
      List<String> keys = new ArrayList<>();
      for (String word : text(entry).trim().split("\\s+")) {
        keys.add(SLOT.equals(word) ? SLOT : Texts.matchKey(word));
      }
      if (!keys.isEmpty() && !keys.get(0).isEmpty()) {
        phrases.add(List.copyOf(keys));
      }
    }
    return phrases;
  }

  /** A word of the lexicon; YAML reads an unquoted on/no/yes as a boolean, which is a typo here. */
  private static String text(JsonNode entry) {
    if (!entry.isTextual()) {
      throw new IllegalStateException(RESOURCE + ": '" + entry + "' is not a word (quote on, no, yes, off)");
    }
    return entry.asText();
  }

  private static Set<String> words(JsonNode list) {
    Set<String> words = new HashSet<>();
    for (JsonNode entry : list) {
      words.add(Texts.matchKey(text(entry)));
    }
    return Set.copyOf(words);
  }

  private static Map<String, Gender> gendered(JsonNode node) {
    Map<String, Gender> byKey = new HashMap<>();
    for (String gender : List.of("male", "female")) {
      for (JsonNode entry : node.path(gender)) {
        byKey.put(Texts.matchKey(text(entry)), Gender.fromJson(gender));
      }
    }
    return Map.copyOf(byKey);
  }
}
