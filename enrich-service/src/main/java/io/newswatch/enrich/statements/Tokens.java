package io.newswatch.enrich.statements;

import io.newswatch.common.text.Texts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Words and punctuation of a text with their offsets. A word is a run of letters, digits and
 * combining marks, with inner hyphens (Botsan-Kharchenko, Боцан-Харченко); every other
 * non-space character is a token of its own, so quote marks and commas can be looked at one by
 * one. Each word carries its {@link Texts#matchKey} for lexicon look-ups.
 */
final class Tokens {
  /** One token; {@code key} is the match key for words and the character itself otherwise. */
  record Token(int start, int end, String surface, String key, boolean word, boolean capitalised, boolean acronym) {
    Token(int start, int end, String surface, String key, boolean word) {
      this(start, end, surface, key, word, word && Character.isUpperCase(surface.codePointAt(0)), word && allCaps(surface));
    }

    boolean is(String punctuation) {
      return !word && surface.equals(punctuation);
    }

    /** Starts with an upper-case letter. */
    @Override
    public boolean capitalised() {
      return capitalised;
    }

    /** Two or more letters, all upper case: an acronym (NATO, UN, МИД), not a name. */
    @Override
    public boolean acronym() {
      return acronym;
    }

    private static boolean allCaps(String surface) {
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
  }

  private Tokens() {}

  static List<Token> of(String text) {
    List<Token> tokens = new ArrayList<>();
    Map<String, String> keys = new HashMap<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      int cp = text.codePointAt(i);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      if (isWordChar(cp)) {
        int start = i;
        i += Character.charCount(cp);
        while (i < n) {
          int c = text.codePointAt(i);
          if (isWordChar(c)) {
            i += Character.charCount(c);
          } else if (isHyphen(c) && i + 1 < n && isWordChar(text.codePointAt(i + 1))) {
            i += Character.charCount(c);
          } else {
            break;
          }
        }
        String surface = text.substring(start, i);
        tokens.add(new Token(start, i, surface, keys.computeIfAbsent(surface, Tokens::key), true));
      } else {
        int start = i;
        i += Character.charCount(cp);
        String surface = text.substring(start, i);
        tokens.add(new Token(start, i, surface, surface, false));
      }
    }
    return tokens;
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
