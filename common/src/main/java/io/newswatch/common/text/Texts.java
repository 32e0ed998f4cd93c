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
   * ICU transliterators are thread-safe for transliterate(String) (they synchronise internally on
   * the shared rule tables only at creation), so one instance each is enough.
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
   * vučić all give {@code vucic}; punctuation and whitespace runs become single spaces.
   */
  public static String matchKey(String text) {
    if (text == null) {
      return "";
    }
    String folded = KEY.transliterate(nfc(text));
    StringBuilder key = new StringBuilder(folded.length());
    boolean space = false;
    for (int i = 0; i < folded.length(); ) {
      int cp = folded.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        if (space && !key.isEmpty()) {
          key.append(' ');
        }
        space = false;
        key.appendCodePoint(cp);
      } else {
        space = true;
      }
    }
    return key.toString().toLowerCase(Locale.ROOT);
  }
}
