package io.newswatch.common.text;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import io.newswatch.common.model.Language;
import io.newswatch.common.model.Script;
import java.util.Locale;

/**
 * Text helpers every service needs: NFC normalisation on entry, script detection, Latin
 * transliteration, and the matching key under which Serbian Cyrillic and Latin, with or without
 * diacritics, and case and punctuation variants all compare equal.
 */
public final class Texts {
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  /*
   * ICU transliterators are thread-safe for transliterate(String), so one instance each is enough;
   * rule-based ones hold a lock on their rule data while they work, so concurrent calls queue.
   * matchKey therefore reads most text from a per-character table instead (see there).
   *
   * Serbian Cyrillic maps one to one onto Gaj's Latin alphabet (Вучић = Vučić); ICU's BGN rules
   * for Serbian produce exactly that alphabet. Russian uses the BGN/PCGN romanisation most English
   * editions follow (Захарова = Zakharova).
   */
  private static final Transliterator SERBIAN_TO_LATIN = Transliterator.getInstance("Serbian-Latin/BGN");
  private static final Transliterator RUSSIAN_TO_LATIN = Transliterator.getInstance("Russian-Latin/BGN");

  /**
   * The matching key: any Cyrillic goes to Latin, diacritics are dropped (č, ć → c; đ → d; ž → z),
   * case folded, every run of non-letters-or-digits becomes one space.
   */
  private static final Transliterator KEY =
      Transliterator.getInstance("Serbian-Latin/BGN; Any-Latin; Latin-ASCII; Any-Lower");

  /** Below this share, the minority script is taken for quoted names, not a second script. */
  private static final double MIXED_SHARE = 0.2;

  private Texts() {}

  /** Unicode NFC, so composed and decomposed diacritics compare equal; null stays null. */
  public static String nfc(String text) {
    return text == null ? null : NFC.normalize(text);
  }

  /** The script of a text from its letters: Latin, Cyrillic, mixed (both over 20 %), or none. */
  public static Script detectScript(CharSequence text) {
    long latin = 0;
    long cyrillic = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      if (!Character.isLetter(cp)) {
        continue;
      }
      int script = UScript.getScript(cp);
      if (script == UScript.LATIN) {
        latin++;
      } else if (script == UScript.CYRILLIC) {
        cyrillic++;
      }
    }
    long letters = latin + cyrillic;
    if (letters == 0) {
      return Script.NONE;
    }
    double cyrillicShare = (double) cyrillic / letters;
    if (cyrillicShare >= 1 - MIXED_SHARE) {
      return Script.CYRILLIC;
    }
    if (cyrillicShare <= MIXED_SHARE) {
      return Script.LATIN;
    }
    return Script.MIXED;
  }

  /**
   * The text in Latin script, keeping diacritics: Serbian Cyrillic in Gaj's alphabet, Russian in
   * BGN/PCGN romanisation; Latin text is returned unchanged.
   */
  public static String toLatin(String text, Language language) {
    if (text == null || detectScript(text) == Script.LATIN || detectScript(text) == Script.NONE) {
      return text;
    }
    return nfc(language == Language.RU ? RUSSIAN_TO_LATIN.transliterate(text) : SERBIAN_TO_LATIN.transliterate(text));
  }

  /**
   * The key under which two spellings of the same words compare equal: Вучић, Vučić, VUCIC and
   * vučić all give {@code vucic}; punctuation and whitespace runs become single spaces; Russian
   * letters Serbian lacks are first spelt as Serbian spells them (Мария and Марија both give
   * {@code marija}), and the soft and hard signs are dropped, or spelt ј before е, и and о (Ольга
   * gives {@code olga}, Юрьев {@code jurjev}).
   *
   * <p>The key chain's rules are context-free for the characters of {@link #tabled} (the only
   * context rules it has choose between "Lj" and "LJ", which the lower-casing erases, and drop
   * combining marks after a letter, which such text does not have once composed), so the chain's
   * result on a text is the concatenation of its results on each character. Those are computed
   * once per character by ICU itself and kept (the Russian letters' Serbian spelling, whose ё and
   * signs look one character back or ahead, comes first); any other text goes through the chain
   * whole. A transliterator call costs tens of microseconds and locks its rule data; a table read
   * does not.
   */
  public static String matchKey(String text) {
    if (text == null) {
      return "";
    }
    String normal = nfc(text);
    String key = keyByTable(normal);
    return key != null ? key : collapse(KEY.transliterate(inSerbianSpelling(normal)));
  }

  /**
   * Russian letters Serbian Cyrillic lacks, written as Serbian writes them in Russian names, so
   * that the key of a Russian spelling is the key of its Serbian one: "Мария Юрьева" and "Марија
   * Јурјева" both give {@code marija jurjeva}, "Щербаков" and "Шчербаков" {@code scerbakov},
   * "Рыжков" and "Рижков" {@code rizkov}, "Хрущёв" and "Хрушчов" {@code hruscov}. An unknown
   * person quoted by a Russian outlet and by a Serbian one is then one speaker. The soft and hard
   * signs, which the chain spells as primes and the key would split a word at ("Ольга" as "ol
   * ga"), are ј before е, и and о (Юрьев, Јурјев; Ильин, Иљин; объект, објект) and dropped
   * elsewhere: a name's given name and surname are told apart by the key's spaces. Null for any
   * other character.
   */
  private static String serbianSpelling(char c, char before, char after) {
    return switch (c) {
      case '\u044F', '\u042F' -> "\u0458\u0430"; // я: ја
      case '\u044E', '\u042E' -> "\u0458\u0443"; // ю: ју
      case '\u0449', '\u0429' -> "\u0448\u0447"; // щ: шч
      case '\u044B', '\u042B' -> "\u0438"; // ы: и
      // ё: о after ж, ч, ш and щ (Горбачёв, Горбачов), јо elsewhere (Фёдор, Фјодор)
      case '\u0451', '\u0401' -> hushing(before) ? "\u043E" : "\u0458\u043E";
      case '\u044C', '\u044A', '\u042C', '\u042A' -> iotated(after) ? "\u0458" : ""; // ь, ъ
      default -> null;
    };
  }

  /** е, и, о: the vowels a sign before them makes start with a j sound. */
  private static boolean iotated(char c) {
    return switch (Character.toLowerCase(c)) {
      case '\u0435', '\u0438', '\u043E' -> true;
      default -> false;
    };
  }

  private static boolean hushing(char c) {
    return switch (Character.toLowerCase(c)) {
      case '\u0436', '\u0447', '\u0448', '\u0449' -> true;
      default -> false;
    };
  }

  /** The text with {@link #serbianSpelling} applied, for the whole chain. */
  private static String inSerbianSpelling(String text) {
    StringBuilder spelt = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String serbian = serbianSpelling(c, i > 0 ? text.charAt(i - 1) : ' ', i + 1 < text.length() ? text.charAt(i + 1) : ' ');
      if (serbian != null && spelt == null) {
        spelt = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      if (spelt != null) {
        if (serbian != null) {
          spelt.append(serbian);
        } else {
          spelt.append(c);
        }
      }
    }
    return spelt == null ? text : spelt.toString();
  }

  /** Letters and digits kept, every run of anything else one space, lower case. */
  private static String collapse(String folded) {
    KeyBuilder key = new KeyBuilder(folded.length());
    for (int i = 0; i < folded.length(); ) {
      int cp = folded.codePointAt(i);
      i += Character.charCount(cp);
      key.add(cp);
    }
    return key.build();
  }

  /** The key chain's result for each tabled character, filled on first use (null: not yet). */
  private static final String[] FOLDED = new String[0x2100];

  /**
   * {@code collapse} of the chain's result on an NFC text, read character by character from the
   * table in one pass, or null when the text has a character outside it. ASCII maps to itself but
   * for case, so it skips the table.
   */
  private static String keyByTable(String text) {
    int n = text.length();
    KeyBuilder key = new KeyBuilder(n);
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 128) {
        key.add(c);
        continue;
      }
      if (!tabled(c)) {
        return null;
      }
      String serbian = c >= CYRILLIC && c < CYRILLIC + SERBIAN_KEYS.length ? SERBIAN_KEYS[c - CYRILLIC] : null;
      if (serbian == null) {
        addFolded(key, c);
      } else {
        addSerbian(key, text, i, serbian);
      }
    }
    return key.build();
  }

  /** Adds the key of the Russian letter at {@code i}, {@code serbian} out of context. */
  private static void addSerbian(KeyBuilder key, String text, int i, String serbian) {
    char c = text.charAt(i);
    if (sign(c) || c == '\u0451' || c == '\u0401') {
      // The letters whose spelling depends on a neighbour (a sign, ё): spelt where they stand.
      String spelt = serbianSpelling(c, i > 0 ? text.charAt(i - 1) : ' ', i + 1 < text.length() ? text.charAt(i + 1) : ' ');
      for (int j = 0; j < spelt.length(); j++) {
        addFolded(key, spelt.charAt(j));
      }
      return;
    }
    for (int j = 0; j < serbian.length(); j++) {
      key.add(serbian.charAt(j));
    }
  }

  private static final char CYRILLIC = '\u0400';

  /**
   * The key of each Russian letter Serbian lacks, as {@link #serbianSpelling} spells it, so that
   * the table path reads one entry where the chain works through the Serbian spelling (ё and the
   * signs, which look at a neighbour, are spelt where they stand; their entries only mark them).
   */
  private static final String[] SERBIAN_KEYS = new String[0x60];

  static {
    for (char c = CYRILLIC; c < CYRILLIC + SERBIAN_KEYS.length; c++) {
      String serbian = serbianSpelling(c, ' ', ' ');
      if (serbian != null) {
        SERBIAN_KEYS[c - CYRILLIC] = collapse(KEY.transliterate(serbian));
      }
    }
  }

  private static boolean sign(char c) {
    return c == '\u044C' || c == '\u044A' || c == '\u042C' || c == '\u042A';
  }

  private static void addFolded(KeyBuilder key, char c) {
    String mapped = FOLDED[c];
    if (mapped == null) {
      mapped = KEY.transliterate(String.valueOf(c));
      FOLDED[c] = mapped; // a benign race: every thread computes the same immutable string
    }
    for (int j = 0; j < mapped.length(); ) {
      int cp = mapped.codePointAt(j);
      j += Character.charCount(cp);
      key.add(cp);
    }
  }

  /** A key being built: letters and digits kept, every run of anything else one space. */
  private static final class KeyBuilder {
    private final StringBuilder key;
    private boolean space;
    private boolean needsLowering;

    KeyBuilder(int capacity) {
      key = new StringBuilder(capacity);
    }

    void add(int cp) {
      if (!Character.isLetterOrDigit(cp)) {
        space = true;
        return;
      }
      if (space && !key.isEmpty()) {
        key.append(' ');
      }
      space = false;
      if (cp >= 'A' && cp <= 'Z') {
        key.append((char) (cp + ('a' - 'A')));
      } else {
        key.appendCodePoint(cp);
        needsLowering |= cp > 127;
      }
    }

    /** The key, lower case: ASCII was lowered as it came, the rest in one pass if there is any. */
    String build() {
      return needsLowering ? key.toString().toLowerCase(Locale.ROOT) : key.toString();
    }
  }

  /**
   * Characters whose key chain result does not depend on their neighbours: Latin (basic,
   * Latin-1, Extended-A and B, Extended Additional), Cyrillic and its supplement, general
   * punctuation; combining marks (which Latin-ASCII drops only after a letter) and everything
   * else (Greek has a context-dependent final sigma) take the whole chain.
   */
  static boolean tabled(char c) {
    boolean range =
        c < 0x0250 || (c >= 0x0400 && c < 0x0530) || (c >= 0x1E00 && c < 0x1F00) || (c >= 0x2000 && c < 0x2070);
    if (!range) {
      return false;
    }
    int type = Character.getType(c);
    return type != Character.NON_SPACING_MARK
        && type != Character.ENCLOSING_MARK
        && type != Character.COMBINING_SPACING_MARK
        && type != Character.SURROGATE;
  }

  /** The key by the whole ICU chain, for tests that compare it with the table. */
  static String matchKeyByChain(String text) {
    return text == null ? "" : collapse(KEY.transliterate(inSerbianSpelling(nfc(text))));
  }
}
