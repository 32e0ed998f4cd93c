package io.newswatch.alert;

import io.newswatch.common.text.Texts;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Evidence that two statements in different languages are one statement translated, without a
 * translation engine: the tokens that survive translation (numbers such as resolution 1244, and
 * proper nouns, compared after a transliteration-aware folding) and the article's topics.
 *
 * <p>Tokens are strings: {@code #1244} for numbers, a folded five-letter stem for names ({@code
 * Захаровой}, {@code Zakharova} and {@code Zaharova} all give {@code zahar}).
 */
public final class Translations {
  /** Names are stemmed to this many letters, which absorbs case endings (Vučića, Путина, Метохии). */
  static final int STEM = 5;

  /** A number says more than a name: 1244 is in every translation, a name may be rephrased. */
  static final int NUMBER_WEIGHT = 2;

  /** Below this summed weight of shared tokens, two texts do not share enough to be linked. */
  static final int MIN_SHARED_WEIGHT = 3;

  private Translations() {}

  /** The tokens of a text that survive translation. */
  public static Set<String> distinctiveTokens(String text) {
    Set<String> tokens = new TreeSet<>();
    String nfc = Texts.nfc(text);
    boolean sentenceStart = true;
    int i = 0;
    while (i < nfc.length()) {
      int cp = nfc.codePointAt(i);
      if (Character.isDigit(cp)) {
        int end = i;
        StringBuilder digits = new StringBuilder();
        while (end < nfc.length()) {
          char c = nfc.charAt(end);
          if (Character.isDigit(c)) {
            digits.append(Character.forDigit(Character.digit(c, 10), 10));
          } else if (!((c == '.' || c == ',') && end + 1 < nfc.length() && Character.isDigit(nfc.charAt(end + 1)))) {
            break;
          }
          end++;
        }
        // Single digits ("2 meetings") are too common to tell statements apart.
        if (digits.length() >= 2) {
          tokens.add("#" + digits);
        }
        i = end;
        sentenceStart = false;
      } else if (Character.isLetter(cp)) {
        int end = i;
        while (end < nfc.length()) {
          int c = nfc.codePointAt(end);
          if (!Character.isLetter(c) && c != '\'' && c != '’') {
            break;
          }
          end += Character.charCount(c);
        }
        String word = nfc.substring(i, end);
        // A capital after a full stop says nothing; elsewhere it marks a name in all four editions.
        if (!sentenceStart && Character.isUpperCase(cp)) {
          String folded = fold(word);
          if (folded.length() >= 4) {
            tokens.add(folded.length() > STEM ? folded.substring(0, STEM) : folded);
          }
        }
        sentenceStart = false;
        i = end;
      } else {
        if (cp == '.' || cp == '!' || cp == '?' || cp == ':') {
          sentenceStart = true;
        }
        i += Character.charCount(cp);
      }
    }
    return tokens;
  }

  /**
   * A word reduced to what Serbian Latin, Russian BGN and English spellings of it share: Cyrillic
   * via the match key (soft and hard signs and ы dropped first, as English spells ы y, which is
   * dropped below, and ё read as е, as English spells it: Gorbachev), then the digraphs of English
   * transliteration folded to Gaj letters without diacritics (kh, zh, ch, sh, ts; shch as the key
   * spells щ), j/y dropped (Metohija, Метохия, Yuriy, Юрий) and doubled letters collapsed.
   */
  static String fold(String word) {
    String key = Texts.matchKey(word.replaceAll("[ьъыЬЪЫ'’]", "").replace('ё', 'е').replace('Ё', 'Е')).replace(" ", "");
    String folded =
        key.replace("shch", "sc")
            .replace("kh", "h")
            .replace("zh", "z")
            .replace("ch", "c")
            .replace("sh", "s")
            .replace("ts", "c")
            .replace("tz", "c")
            .replace("ph", "f")
            .replace("x", "ks")
            .replace("w", "v")
            .replace("q", "k")
            .replace("j", "")
            .replace("y", "");
    StringBuilder out = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (out.isEmpty() || out.charAt(out.length() - 1) != c) {
        out.append(c);
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * How probably {@code b} translates {@code a}, in [0, 1]: the weighted share of the smaller token
   * set found in the other (translations keep names and numbers, and English adds capitals of its
   * own, so the smaller set is the fair denominator), scaled down when the texts share no article
   * topic or when one is much shorter than the other. Zero when too little is shared to tell.
   */
  public static double confidence(
      Collection<String> tokensA,
      Collection<String> tokensB,
      Collection<String> topicsA,
      Collection<String> topicsB,
      int wordsA,
      int wordsB) {
    Set<String> topics = new HashSet<>(topicsA);
    topics.retainAll(topicsB);
    if (topics.isEmpty()) {
      return 0;
    }
    Set<String> shared = new HashSet<>(tokensA);
    shared.retainAll(tokensB);
    int sharedWeight = weight(shared);
    if (sharedWeight < MIN_SHARED_WEIGHT) {
      return 0;
    }
    double overlap = (double) sharedWeight / Math.min(weight(tokensA), weight(tokensB));
    Set<String> allTopics = new HashSet<>(topicsA);
    allTopics.addAll(topicsB);
    double topicShare = (double) topics.size() / allTopics.size();
    // Serbian, Russian and English renderings of one sentence stay within a factor of about 1.5.
    double lengthRatio = (double) Math.min(wordsA, wordsB) / Math.max(1, Math.max(wordsA, wordsB));
    double lengthFactor = Math.min(1.0, lengthRatio / 0.5);
    return Math.min(1.0, overlap * (0.8 + 0.2 * topicShare) * lengthFactor);
  }

  /**
   * Whether the tokens two statements share weigh enough for {@link #confidence} to be more than 0;
   * when they do not, it is 0 whatever the rest.
   */
  static boolean sharesEnough(Collection<String> shared) {
    return weight(shared) >= MIN_SHARED_WEIGHT;
  }

  private static int weight(Collection<String> tokens) {
    int weight = 0;
    for (String token : tokens) {
      weight += token.startsWith("#") ? NUMBER_WEIGHT : 1;
    }
    return weight;
  }
}
