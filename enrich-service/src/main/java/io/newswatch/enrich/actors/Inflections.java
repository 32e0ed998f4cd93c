package io.newswatch.enrich.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Other case forms of a person's name word (or a one-word body's: Газпром), for the names whose
 * nominative the Snowball stemmer takes to a different stem from the other cases (Serbian Kurti
 * gives kurt but Kurtija kurtij; Russian Лавров gives лавр but Лаврова лавров, Газпром газпр but
 * Газпрома газпром), and the Serbian possessive adjective of a surname
 * (Kurtijeva policija, Vučićeve reči). The catalogue lists names in the nominative only; the
 * matcher analyses these forms with the text's chain and accepts their stems as well.
 *
 * <p>Only the regular endings of the name declensions are produced, from the word's last letter
 * and the fleeting a before it (Petar, Petra): this is a stand-in for what the stemmer fails to
 * join, not a morphology. Possessives
 * are produced only where they cannot meet a place name (Kos would give Kosov, which is Kosovo):
 * after -i (Kurtijev), a soft consonant (Vučićev, Dačićev) or -v (Lavrovljev).
 */
final class Inflections {
  private Inflections() {}

  /** Case forms (and, when asked for, possessive forms) of a word of a name, in its own script. */
  static List<String> forms(String word, String base, boolean possessive) {
    List<String> out = new ArrayList<>();
    if (word.length() < 2) {
      return out;
    }
    boolean cyrillic = word.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
    String lower = word.toLowerCase(Locale.ROOT);
    char lastChar = lower.charAt(lower.length() - 1);
    String stem = word.substring(0, word.length() - 1);
    switch (base) {
      case "sr" -> {
        if (cyrillic) {
          serbian(out, word, stem, lastChar, possessive, SR_CYRL);
        } else {
          serbian(out, word, stem, lastChar, possessive, SR_LATN);
        }
      }
      case "ru" -> {
        if (cyrillic) {
          russian(out, word, stem, lastChar);
        }
      }
      default -> {
        // English does not inflect names.
      }
    }
    return out;
  }

  /** Serbian endings, in Latin and in Cyrillic: [a, u, om, em, e, i, ja, ju, jem, ev, eva, jev, jeva, ljev, ljeva]. */
  private static final String[] SR_LATN = {"a", "u", "om", "em", "e", "i", "ja", "ju", "jem", "ev", "eva", "jev", "jeva", "ljev", "ljeva"};

  private static final String[] SR_CYRL = {"а", "у", "ом", "ем", "е", "и", "ја", "ју", "јем", "ев", "ева", "јев", "јева", "љев", "љева"};

  private static void serbian(List<String> out, String word, String stem, char last, boolean possessive, String[] e) {
    if (isOneOf(last, "iи")) {
      // Kurti: Kurtija, Kurtiju, Kurtijem; Kurtijev, Kurtijeva.
      add(out, word, e[6], e[7], e[8]);
      if (possessive) {
        add(out, word, e[11], e[12]);
      }
    } else if (isOneOf(last, "aа")) {
      // Zaharova: Zaharove, Zaharovoj (left to the stemmer), Zaharovu, Zaharovom.
      add(out, stem, e[4], e[5], e[1], e[2]);
    } else if (isOneOf(last, "eoео")) {
      // Rute: Rutea, Rutei, Ruteom.
      add(out, word, e[0], e[1], e[2]);
    } else {
      // Peskov, Petković: Peskova, Peskovu, Peskovom; Petkovića, Petkovićem.
      add(out, word, e[0], e[1], e[2], e[3]);
      int n = word.length();
      if (n >= 4 && isOneOf(last, "rcрц") && isOneOf(Character.toLowerCase(word.charAt(n - 2)), "aа")) {
        // Petar: Petra, Petru, Petrom. The a before the last consonant drops in every other case,
        // and the stemmer keeps petar apart from petr, so without these forms "sa Petrom
        // Petkovićem" was nobody. Aleksandar needs none (its stems meet), and an -ar that keeps
        // its a (Lazar, Lazara) only gains a form no text has.
        add(out, word.substring(0, n - 2) + word.substring(n - 1), e[0], e[1], e[2], e[3]);
      }
      if (possessive) {
        if (isOneOf(last, "vв")) {
          add(out, word, e[13], e[14]);
        } else if (isOneOf(last, "ćčšžđjcћчшжђјцљњ")) {
          add(out, word, e[9], e[10]);
        }
      }
    }
  }

  private static void russian(List<String> out, String word, String stem, char last) {
    if (isOneOf(last, "йь")) {
      // Сергей: Сергея, Сергею, Сергеем.
      add(out, stem, "я", "ю", "ем");
    } else if (last == 'а') {
      // Захарова: Захаровой, Захарову, Захаровы.
      add(out, stem, "ой", "у", "ы", "е");
    } else if (last == 'я') {
      // Небензя: Небензи, Небензю, Небензей.
      add(out, stem, "и", "ю", "ей", "е");
    } else if (isOneOf(last, "оеиуыэю")) {
      // Курти, Рютте, Шойгу: not declined.
    } else {
      // Лавров: Лаврова, Лаврову, Лавровым, Лаврове; Путин: Путина, Путиным.
      add(out, word, "а", "у", "ым", "ом", "е");
      int n = word.length();
      if (n >= 4 && last == 'р' && word.charAt(n - 2) == 'а') {
        // A Serbian Петар is declined the Serbian way as often as not: Петра, Петром.
        add(out, word.substring(0, n - 2) + "р", "а", "у", "ом", "е");
      }
    }
  }

  private static void add(List<String> out, String stem, String... endings) {
    for (String ending : endings) {
      out.add(stem + ending);
    }
  }

  private static boolean isOneOf(char c, String set) {
    return set.indexOf(c) >= 0;
  }
}
