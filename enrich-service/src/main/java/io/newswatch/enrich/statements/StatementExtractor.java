package io.newswatch.enrich.statements;

import io.newswatch.common.model.Actor;
import io.newswatch.common.model.Language;
import io.newswatch.common.text.Texts;
import io.newswatch.enrich.actors.ActorCatalogue;
import io.newswatch.enrich.actors.Mention;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds who said what in an article: direct quotes in every quotation-mark convention and set off
 * by dialogue dashes ("– ... – rekao je X"), and reported speech ("X said that ...", "X said he
 * ...", "According to X, ...", "Prema rečima X", "По словам X"), each attributed to a speaker
 * through a speech verb, a colon ("X: «...»") or the phrase that introduces it. A body speaks
 * through a neuter or plural verb too ("ministarstvo saopštilo je", "в МИД заявили"); a plural
 * verb never makes one of several people the speaker. An attribution set off by commas inside a
 * report ("Russia, Lavrov said, will ...", "Srbija, rekao je Vučić, neće ...", "Санкции, по словам
 * Захаровой, ...") is left out of the report's words, which are then the two parts joined, and
 * so is one inside a quote («Россия, — заявил Лавров, — не ...») or between the two parts of a
 * quoted sentence ("“Serbia,” Vucic said, “will not ...”"), which are one statement; what
 * follows an attribution at the end and is about the speaker (", a senior fellow at ...",
 * ", predsednik Srbije", ", adding ...") is not taken for more of the report. A quote with no
 * attribution of its own goes on in the voice before it: after the same speaker's quote, in the
 * paragraph after one, or as a whole sentence right after a report.
 *
 * <p>A speaker named by pronoun, by role ("the diplomat", "министр") or not at all (Serbian and
 * Russian drop the pronoun: "Dodala je da ...") is resolved to an actor named earlier that agrees
 * in gender (the pronoun's, or the verb's: rekla, заявила) and in role (the catalogue's role
 * terms), preferring who spoke or was the subject in the preceding sentences over someone merely
 * mentioned, and the subject of the sentence just before over a speaker further back. People
 * outside the catalogue count too once named in full ("Leif Dahleen ... He says ..."), and a lone
 * surname is the one person named in full with it. A role may name a body ("глава МИД России"):
 * with no such person named before, the body speaks. When nothing fits, the speaker is {@link
 * #UNKNOWN}: a wrong name in an alert is worse than none. So it is for a source left unnamed ("..., officials said", "..., rekao je izvor",
 * "..., сообщил источник"), and in English a name after the verb is no speaker when an unnamed
 * subject stands before it ("..., an insurgent source told Agence France-Presse").
 *
 * <p>Immutable and thread-safe: every call works on its own state.
 */
public final class StatementExtractor {
  /** Speaker id of a statement whose speaker could not be resolved. */
  public static final String UNKNOWN = "unknown";

  /** Prefix of the id of a person or body outside the catalogue who speaks (the name's match key follows). */
  public static final String OUTSIDE_CATALOGUE_PREFIX = "unknown:";

  // What every call reads, built once from the catalogue and the lexicon resource.
  final ActorCatalogue catalogue;
  final Map<String, SpeechLexicon> lexicons;
  final Sentences sentences = new Sentences();
  final Map<String, RoleTerms> roleTermsByBase;
  final Map<String, String> personByName;
  /** Every word (match key) of each catalogue actor's names and surnames, in all languages. */
  final Map<String, Set<String>> nameWords;
  /**
   * By base language (sr, ru), the catalogue's bodies of the home country by their names less the
   * country ("Ministarstvo spoljnih poslova" for "Ministarstvo spoljnih poslova Srbije"), match key
   * to id: a Serbian text's ministry with no country named is Serbia's, a Russian text's Russia's.
   */
  final Map<String, Map<String, String>> homeBodies;

  public StatementExtractor(ActorCatalogue catalogue) {
    this.catalogue = catalogue == null ? ActorCatalogue.of(List.of()) : catalogue;
    this.lexicons = SpeechLexicon.loadAll();
    this.roleTermsByBase = RoleTerms.byBase(this.catalogue.all());
    this.personByName = personByName(this.catalogue.all());
    this.nameWords = nameWords(this.catalogue.all());
    this.homeBodies = homeBodies(this.catalogue.all());
  }

  /** The home countries' genitives a body's name ends in, by base language, as match keys. */
  private static final Map<String, List<String>> HOME_COUNTRIES = Map.of(
      "sr", List.of(" " + Texts.matchKey("Republike Srbije"), " " + Texts.matchKey("Srbije")),
      "ru", List.of(" " + Texts.matchKey("Российской Федерации"), " " + Texts.matchKey("России")));

  static Map<String, Map<String, String>> homeBodies(Collection<Actor> actors) {
    Map<String, Map<String, String>> byBase = new HashMap<>();
    for (Actor actor : actors) {
      if (actor.kind() != Actor.Kind.ORGANISATION) {
        continue;
      }
      for (Map.Entry<String, List<String>> names : actor.names().entrySet()) {
        String base = names.getKey().startsWith("sr") ? "sr" : names.getKey();
        for (String country : HOME_COUNTRIES.getOrDefault(base, List.of())) {
          for (String name : names.getValue()) {
            String key = Texts.matchKey(name);
            // At least two words besides the country: "Vlada Srbije" less its country is any government.
            if (key.endsWith(country) && key.substring(0, key.length() - country.length()).indexOf(' ') > 0) {
              byBase.computeIfAbsent(base, b -> new HashMap<>())
                  .putIfAbsent(key.substring(0, key.length() - country.length()), actor.id());
            }
          }
        }
      }
    }
    Map<String, Map<String, String>> copy = new HashMap<>();
    byBase.forEach((base, map) -> copy.put(base, Map.copyOf(map)));
    return Map.copyOf(copy);
  }

  /**
   * Whether {@code word} is a common given name of a language (base tag: en, sr, ru), in any case
   * (for English, of Serbian too): what the actor matcher asks before it reads a surname after it
   * as a catalogue actor's.
   */
  public boolean givenName(String base, String word) {
    SpeechLexicon lexicon = lexicons.get(base);
    if (lexicon != null && Nominatives.isGivenName(word, base, lexicon)) {
      return true;
    }
    // English text about the region names its people in Serbian Latin ("Prosecutor Tamara
    // Nikolic" is no Tomislav Nikolić): its given names count there too. So do Russian ones whose
    // English spelling is their match key ("Gleb Arkhipov", "Oleg", "Kirill"), as written.
    SpeechLexicon serbian = lexicons.get("sr");
    SpeechLexicon russian = lexicons.get("ru");
    return "en".equals(base) && (serbian != null && Nominatives.isGivenName(word, "sr", serbian)
        || russian != null && russian.givenName(Texts.matchKey(word)));
  }

  /** The dictionary forms a name may take as a subject: every word of every name of the actor. */
  static Map<String, Set<String>> nameWords(Collection<Actor> actors) {
    Map<String, Set<String>> byId = new HashMap<>();
    for (Actor actor : actors) {
      Set<String> forms = new HashSet<>();
      for (Map<String, List<String>> names : List.of(actor.names(), actor.surnames())) {
        for (List<String> list : names.values()) {
          for (String name : list) {
            forms.addAll(List.of(Texts.matchKey(name).split(" ")));
          }
        }
      }
      forms.addAll(List.of(Texts.matchKey(actor.name()).split(" ")));
      byId.put(actor.id(), Set.copyOf(forms));
    }
    return Map.copyOf(byId);
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
    return new ExtractionPass(this, text, lang, found).run();
  }
}
