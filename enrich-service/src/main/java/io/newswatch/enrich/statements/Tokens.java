package io.newswatch.enrich.statements;

import io.newswatch.common.text.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Words and punctuation of a text with their offsets. A word is a run of letters, digits and
 * combining marks, with inner hyphens (Botsan-Kharchenko, Боцан-Харченко); every other
 * non-space character is a token of its own, so quote marks and commas can be looked at one by
 * one. Each word carries its {@link Texts#matchKey} and what the lexicon says of it.
 *
 * <p>What a token is besides its place (its key, its case, its lexicon entry) depends on its
 * characters alone, so it is worked out once per distinct form and kept per thread ({@link
 * SpeechLexicon#forms}).
 */
final class Tokens {
  /** A form (word or mark) with what is known of it; {@code key} is the mark itself for marks. */
  record Form(String surface, String key, boolean word, boolean capitalised, boolean acronym, SpeechLexicon.Entry entry) {}

  /**
   * One token: a form at a place. {@code mark} is the character of a single-character mark, and 0
   * for a word or a longer token: {@link #is} runs at nearly every token the rules look at, and
   * comparing one char kept in the token costs less than reaching the form's surface for an equals.
   */
  record Token(int start, int end, Form form, char mark) {
    Token(int start, int end, Form form) {
      this(start, end, form, form.word() || form.surface().length() != 1 ? 0 : form.surface().charAt(0));
    }

    String surface() {
      return form.surface();
    }

    String key() {
      return form.key();
    }

    boolean word() {
      return form.word();
    }

    /** Starts with an upper-case letter. */
    boolean capitalised() {
      return form.capitalised();
    }

    /** Two or more letters, all upper case: an acronym (NATO, UN, МИД), not a name. */
    boolean acronym() {
      return form.acronym();
    }

    /** What the lexicon of the text's language says of the word. */
    SpeechLexicon.Entry entry() {
      return form.entry();
    }

    /** Whether the token is the mark {@code punctuation}. */
    boolean is(String punctuation) {
      return punctuation.length() == 1 ? mark != 0 && punctuation.charAt(0) == mark
          : !form.word() && form.surface().equals(punctuation);
    }
  }

  /**
   * The form of a surface, as the lexicon of its language sees it. A surface is a word when it
   * starts with a word character ({@link #of} makes every other token a single mark).
   */
  static Form form(String surface, SpeechLexicon lexicon) {
    boolean word = isWordChar(surface.codePointAt(0));
    String key = word ? key(surface) : surface;
    return new Form(surface, key, word, word && Character.isUpperCase(surface.codePointAt(0)),
        word && allCaps(surface), lexicon.entry(key));
  }

  /** For the characters below 128: white space, and word characters, by the general rules below. */
  private static final boolean[] ASCII_SPACE = new boolean[128];

  private static final boolean[] ASCII_WORD = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_SPACE[c] = isSpace(c);
      ASCII_WORD[c] = isWordChar(c);
    }
  }

  private Tokens() {}

  static List<Token> of(String text, SpeechLexicon lexicon) {
    char[] chars = text.toCharArray();
    List<Token> tokens = new ArrayList<>(chars.length / 5);
    int i = 0;
    int n = chars.length;
    while (i < n) {
      char c = chars[i];
      if (c < 128 ? ASCII_SPACE[c] : isSpace(Character.codePointAt(chars, i))) {
        i += c < 128 ? 1 : Character.charCount(Character.codePointAt(chars, i));
        continue;
      }
      int start = i;
      if (c < 128 ? ASCII_WORD[c] : isWordChar(Character.codePointAt(chars, i))) {
        int dotted = dottedAbbreviationEnd(chars, i);
        i = dotted > 0 ? dotted : wordEnd(chars, i);
        tokens.add(new Token(start, i, lexicon.forms.get(chars, start, i - start)));
      } else if (c < 0x2100) {
        i++;
        tokens.add(new Token(start, i, lexicon.mark(c)));
      } else {
        i += Character.charCount(Character.codePointAt(chars, i));
        tokens.add(new Token(start, i, lexicon.forms.get(chars, start, i - start)));
      }
    }
    return tokens;
  }

  /**
   * The end of an abbreviation of capitals each followed by a full stop, with no space between,
   * that starts at {@code i} ("U.S.", "U.K.", "U.N."), its last full stop included; else -1. It is
   * one word, an acronym, whose full stops end neither a name nor a clause ("“...,” U.S. Deputy
   * Ambassador Daniel Reyes said"); "J. K." spaces a person's initials.
   */
  private static int dottedAbbreviationEnd(char[] chars, int i) {
    int end = i;
    while (end + 1 < chars.length && Character.isUpperCase(chars[end]) && chars[end + 1] == '.') {
      end += 2;
    }
    return end - i >= 4 && (end == chars.length || !isWordChar(Character.codePointAt(chars, end))) ? end : -1;
  }

  /** The end of the word starting at {@code i}: word characters, and hyphens between them. */
  private static int wordEnd(char[] chars, int i) {
    int n = chars.length;
    i += Character.charCount(Character.codePointAt(chars, i));
    while (i < n) {
      char c = chars[i];
      if (c < 128 ? ASCII_WORD[c] : isWordChar(Character.codePointAt(chars, i))) {
        i += c < 128 ? 1 : Character.charCount(Character.codePointAt(chars, i));
      } else if (isHyphen(c) && i + 1 < n && isWordChar(Character.codePointAt(chars, i + 1))) {
        i++;
      } else if (c == '.' && domainEndAt(chars, i + 1) > 0) {
        i = domainEndAt(chars, i + 1); // "za Nova.rs", "told N1info.com": a site's name, one word
        break;
      } else {
        break;
      }
    }
    return i;
  }

  /**
   * The end of a web domain's last part of 2 to 4 lower-case letters starting at {@code i} (after a
   * dot with no space: "Nova.rs", "B92.net", and in Cyrillic "Лента.ру", "Госуслуги.рф"), when
   * nothing of a word follows it; else -1.
   */
  private static int domainEndAt(char[] chars, int i) {
    int end = i;
    while (end < chars.length && end - i < 5
        && (chars[end] >= 'a' && chars[end] <= 'z' || chars[end] >= '\u0430' && chars[end] <= '\u044F')) {
      end++;
    }
    boolean wordAfter = end < chars.length && isWordChar(Character.codePointAt(chars, end));
    return end - i >= 2 && end - i <= 4 && !wordAfter ? end : -1;
  }

  /** Plain ASCII words skip the transliterator, which is the costly part of a key. */
  private static String key(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c > 127 || !Character.isLetterOrDigit(c)) {
        return Texts.matchKey(word);
      }
    }
    return word.toLowerCase(Locale.ROOT);
  }

  private static boolean allCaps(String surface) {
    int hyphen = surface.lastIndexOf('-');
    if (hyphen > 0 && surface.length() - hyphen - 1 <= 3) {
      // Serbian declines an acronym after a hyphen: NATO-a, SNSD-om, УН-у.
      String ending = surface.substring(hyphen + 1);
      if (!ending.isEmpty() && ending.equals(ending.toLowerCase(Locale.ROOT))) {
        surface = surface.substring(0, hyphen);
      }
    }
    if (surface.codePointCount(0, surface.length()) < 2) {
      return false;
    }
    for (int i = 0; i < surface.length(); ) {
      int cp = surface.codePointAt(i);
      if (Character.isLetter(cp) && !Character.isUpperCase(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  private static boolean isSpace(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
  }

  static boolean isWordChar(int cp) {
    int type = Character.getType(cp);
    return Character.isLetterOrDigit(cp)
        || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  private static boolean isHyphen(int cp) {
    return cp == '-' || cp == '\u2010' || cp == '\u2011';
  }
}
