package io.newswatch.bench.pipeline;

import com.ibm.icu.text.Transliterator;

/**
 * Serbian Latin (Gaj's alphabet) to Serbian Cyrillic, so that one generated Serbian text serves
 * both editions. ICU ships the other direction only ({@code sr-sr_Latn}); its generic
 * Latin-Cyrillic writes j as й, so this is an ICU rule-based transliterator with Serbian's own
 * one-to-one letter table: the digraphs lj, nj and dž become one letter each, and letters outside
 * the alphabet (q, w, x, y) stay as they are.
 */
final class SerbianCyrillic {
  /** Latin letters (digraphs first, so they win) and their Cyrillic letters, in lower case. */
  private static final String[][] LETTERS = {
    {"lj", "љ"}, {"nj", "њ"}, {"dž", "џ"},
    {"a", "а"}, {"b", "б"}, {"v", "в"}, {"g", "г"}, {"d", "д"}, {"đ", "ђ"}, {"e", "е"}, {"ž", "ж"},
    {"z", "з"}, {"i", "и"}, {"j", "ј"}, {"k", "к"}, {"l", "л"}, {"m", "м"}, {"n", "н"}, {"o", "о"},
    {"p", "п"}, {"r", "р"}, {"s", "с"}, {"t", "т"}, {"ć", "ћ"}, {"u", "у"}, {"f", "ф"}, {"h", "х"},
    {"c", "ц"}, {"č", "ч"}, {"š", "ш"},
  };

  private static final Transliterator TO_CYRILLIC = Transliterator.createFromRules(
      "sr_Latn-sr_Cyrl (bench)", rules(), Transliterator.FORWARD);

  private SerbianCyrillic() {}

  static String of(String latin) {
    return TO_CYRILLIC.transliterate(latin);
  }

  private static String rules() {
    StringBuilder rules = new StringBuilder();
    for (String[] pair : LETTERS) {
      String latin = pair[0];
      String cyrillic = pair[1];
      String upper = cyrillic.toUpperCase(java.util.Locale.ROOT);
      rules.append(quote(latin)).append(" > ").append(cyrillic).append(";\n");
      // Lj and LJ alike: a capitalised word and an all-capitals one.
      rules.append(quote(Character.toUpperCase(latin.charAt(0)) + latin.substring(1))).append(" > ").append(upper).append(";\n");
      if (latin.length() > 1) {
        rules.append(quote(latin.toUpperCase(java.util.Locale.ROOT))).append(" > ").append(upper).append(";\n");
      }
    }
    return rules.toString();
  }

  private static String quote(String letters) {
    return "'" + letters + "'";
  }
}
