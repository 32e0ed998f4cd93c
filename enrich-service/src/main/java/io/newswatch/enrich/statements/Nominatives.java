package io.newswatch.enrich.statements;

import io.newswatch.common.model.Actor.Gender;
import io.newswatch.common.text.Texts;
import java.util.ArrayList;
import java.util.List;

/**
 * The nominative of a Serbian or Russian personal name met in the genitive, as "По словам
 * Джонатана Рейли" and "Prema rečima Milice Petrović" give it: the speaker outside the catalogue
 * is then known by the form another outlet's "Джонатан Рейли заявил" gives, and the same words
 * by that person get the same statement id in both.
 *
 * <p>The given name decides: its genitive ending, checked against the lexicon's given names, says
 * which nominative it comes from and whether a man's or a woman's declension, and the surname
 * follows that declension. A given name the lexicon
 * does not know is read as a man's when it ends in -a/-а (Jonathana, Джонатана) and left as it is
 * otherwise, and so is its surname. These are the regular endings of the two declensions, not a
 * morphology: an unusual name comes back unchanged rather than wrong.
 */
final class Nominatives {
  private Nominatives() {}

  /** The nominative of {@code name}, a genitive of two or three words, in base language sr or ru. */
  static String ofGenitive(String name, String base, SpeechLexicon lexicon) {
    String[] words = name.split(" ");
    if (words.length < 2 || words.length > 3 || !("sr".equals(base) || "ru".equals(base))) {
      return name;
    }
    Given given = givenName(words[0], lexicon);
    if (given == null) {
      if (!endsWith(words[0], "a", "а")) {
        return name; // neither a known name nor a man's genitive
      }
      given = new Given(cut(words[0], 1), Gender.MALE);
    }
    String last = words[words.length - 1];
    if ("sr".equals(base) && given.gender() == Gender.MALE && !endsWith(last, "a", "а", "i", "и", "o", "о", "e", "е")) {
      return name; // a man's surname in a consonant declines (Petrovića): undeclined, it is no man's genitive
    }
    List<String> out = new ArrayList<>();
    out.add(given.nominative());
    for (int i = 1; i < words.length; i++) {
      out.add("ru".equals(base) ? russianSurname(words[i], given.gender()) : serbianSurname(words[i], given.gender()));
    }
    return String.join(" ", out);
  }

  /** A given name's nominative and the gender its genitive ending shows. */
  private record Given(String nominative, Gender gender) {}

  /**
   * Genitive endings of given names and the nominative endings they come from, with the gender of
   * the declension: Ivana -> Ivan, Petra -> Petar, Сергея -> Сергей, Игоря -> Игорь (a man's);
   * Анны -> Анна, Натальи -> Наталья, Milice -> Milica (a woman's).
   */
  private static final String[][] GIVEN_ENDINGS = {
      {"a", "", "m"}, {"а", "", "m"}, {"ra", "ar", "m"}, {"ра", "ар", "m"}, {"я", "й", "m"}, {"я", "ь", "m"},
      {"ы", "а", "f"}, {"и", "я", "f"}, {"e", "a", "f"}, {"е", "а", "f"}};

  /** The nominative of a given name in the genitive that the lexicon lists, or null. */
  private static Given givenName(String word, SpeechLexicon lexicon) {
    for (String[] ending : GIVEN_ENDINGS) {
      if (word.endsWith(ending[0]) && word.length() > ending[0].length() + 1) {
        String candidate = cut(word, ending[0].length()) + ending[1];
        if (lexicon.givenName(Texts.matchKey(candidate))) {
          return new Given(candidate, "m".equals(ending[2]) ? Gender.MALE : Gender.FEMALE);
        }
      }
    }
    return null;
  }

  private static String russianSurname(String word, Gender gender) {
    if (gender == Gender.FEMALE) {
      // Ветровой -> Ветрова, Сокольской -> Сокольская; other women's surnames do not decline.
      if (word.endsWith("ской") || word.endsWith("цкой")) {
        return cut(word, 2) + "ая";
      }
      return endsWith(word, "овой", "евой", "иной", "ёвой") ? cut(word, 2) + "а" : word;
    }
    // Воронцова -> Воронцов, Петровича -> Петрович, Сокольского -> Сокольский, Рейли stays.
    if (word.endsWith("ского") || word.endsWith("цкого")) {
      return cut(word, 3) + "ий";
    }
    return endsWith(word, "а", "я") && word.length() > 3 ? (word.endsWith("я") ? cut(word, 1) + "й" : cut(word, 1)) : word;
  }

  private static String serbianSurname(String word, Gender gender) {
    if (gender == Gender.FEMALE) {
      // A woman's surname in a consonant does not decline (Milice Petrović); one in -a does (Jovanove).
      return endsWith(word, "e", "е") && word.length() > 3 ? cut(word, 1) + (isCyrillic(word) ? "а" : "a") : word;
    }
    // Petrovića -> Petrović; a surname in -i or -o (Kurti, Ćirko) stays.
    return endsWith(word, "a", "а") && word.length() > 3 ? cut(word, 1) : word;
  }

  private static boolean endsWith(String word, String... endings) {
    for (String ending : endings) {
      if (word.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  private static String cut(String word, int letters) {
    return word.substring(0, word.length() - letters);
  }

  private static boolean isCyrillic(String word) {
    return word.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
  }
}
