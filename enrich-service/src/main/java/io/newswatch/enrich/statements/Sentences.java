package io.newswatch.enrich.statements;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import io.newswatch.common.model.Language;
import io.newswatch.common.text.Texts;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentence boundaries from ICU's rule-based sentence iterator for the article's locale, with the
 * repairs news text needs on top of it:
 *
 * <ul>
 *   <li>a full stop after an initial (A. Vučić, В.В. Путин) or a listed abbreviation (tzv., г.,
 *       Dr.) does not end the sentence, but one after the network X ("wrote on X.") does;
 *   <li>a "sentence" that starts with a lower-case letter continues the previous one: ICU breaks
 *       after a quoted question ("Why?" he asked) and before a Russian dash attribution («...?» —
 *       спросил он), which would cut a quote from its speaker;
 *   <li>a line break always ends a sentence (paragraphs are separated by blank lines);
 *   <li>a "sentence" longer than {@link #MAX_CHARS} is cut into pieces at white space.
 * </ul>
 */
final class Sentences {
  /** A sentence as [start, end) offsets in the text, trailing whitespace included. */
  record Sentence(int start, int end) {}

  /**
   * Longest sentence kept whole, about 300 words: far beyond the sentences of news prose, but a
   * page of lists, tables or garbled text can run for hundreds of kilobytes without a full stop.
   * Attribution looks at the sentence around each speech verb, so without a bound such a page cost
   * time quadratic in its length (a 400 KB run of "X said that ..." took 11 s, past the 10 s a
   * Kafka Streams transaction may stay open).
   */
  static final int MAX_CHARS = 2_000;

  private final Map<Language, BreakIterator> prototypes = new EnumMap<>(Language.class);

  Sentences() {
    for (Language language : Language.values()) {
      // "ss=standard" switches on ICU's abbreviation suppressions where it has data (en, ru).
      ULocale locale =
          switch (language) {
            case EN -> new ULocale("en@ss=standard");
            case RU -> new ULocale("ru@ss=standard");
            case SR_LATN -> new ULocale("sr_Latn@ss=standard");
            case SR_CYRL -> new ULocale("sr_Cyrl@ss=standard");
          };
      prototypes.put(language, BreakIterator.getSentenceInstance(locale));
    }
  }

  /** The sentences of {@code text}, in order, covering it without gaps. */
  List<Sentence> split(String text, Language language, SpeechLexicon lexicon) {
    List<Sentence> sentences = new ArrayList<>();
    if (text.isEmpty()) {
      return sentences;
    }
    // BreakIterator instances keep per-text state, so each call works on its own copy.
    BreakIterator iterator = (BreakIterator) prototypes.get(language).clone();
    iterator.setText(text);
    int start = iterator.first();
    int sentenceStart = start;
    // Serbian and Russian set direct speech off with dashes; English uses its dashes otherwise.
    boolean dialogue = language != Language.EN;
    // Where "X. " stands next, so that sentences without it cost no search (most texts have none).
    int nextX = text.indexOf("X. ");
    for (int end = iterator.next(); end != BreakIterator.DONE; end = iterator.next()) {
      if (end < text.length() && continues(text, sentenceStart, end, lexicon) && !timeStampAt(text, end, text.length())) {
        continue; // (A live blog's next entry starts a sentence after "km/h." too.)
      }
      if (dialogue && hasDash(text, sentenceStart, end)) {
        // ICU runs a full stop and a dialogue dash on in one sentence ("... predstava. – Obojica
        // dobijaju ... – kaže Kostadinović.", "... оружие». — Наши друзья ..., — сказал он."):
        // the dash opens a new one, the speech.
        Matcher dash = DIALOGUE_DASH.matcher(text).region(sentenceStart, end);
        while (dash.find()) {
          addCut(sentences, text, sentenceStart, dash.end());
          sentenceStart = dash.end();
        }
      }
      while (nextX >= 0 && nextX < sentenceStart) {
        nextX = text.indexOf("X. ", nextX + 1);
      }
      if (nextX >= 0 && nextX < end) {
        sentenceStart = cutAfterPlatformX(sentences, text, sentenceStart, end);
      }
      addCut(sentences, text, sentenceStart, end);
      sentenceStart = end;
    }
    if (sentenceStart < text.length()) {
      addCut(sentences, text, sentenceStart, text.length());
    }
    return sentences;
  }

  /**
   * A wire dateline that opens a paragraph and ends in a dash ("BELGRADE, Dec 3 (Reuters) - ",
   * "MOSCOW (AP) — ", "BEOGRAD – ", "KOPAONIK, 15. aprila (Beta) - "): a city in capitals, a date
   * (its day an ordinal in Serbian) and an agency in brackets, either optional. It is no part of
   * the first sentence, whose words a trailing attribution would otherwise report from the city on;
   * the first word after it may open with a quote mark ("ИНТЕРФАКС – «Сербиягаз» ..."), and the
   * agency may sign with its site's name ("INTERFAX.RU - "). (Datelines
   * that end in a full stop, "МОСКВА, 17 ноября. /ТАСС/.", are sentences of their own already.) A
   * live blog's time stamp is one too ("16:50 - ", "[15:10] ", "13.15 – "), and so is an agency's
   * name between slashes that a dash follows ("МОСКВА, 19 мая. /Интерфакс/ — ").
   */
  private static final Pattern DATELINE = Pattern.compile(
      "(?:\\p{Lu}[\\p{Lu}\\- ]{2,30}(?:\\.\\p{Lu}{2,3})?(?:, (?:\\d{1,2}\\. )?[^\\n(),.]{1,25})?(?: \\([^()\\n]{2,30}\\))? ?[-\u2013\u2014]"
          + "|\\[?\\d{1,2}[:.]\\d{2}\\]?(?: ?[-\u2013\u2014])?|/[^/\\n]{2,20}/ ?[-\u2013\u2014]) +(?=[\\p{L}\u00AB\u201E\u201C\"])");

  /** A live blog's time stamp and its dash anywhere in a paragraph ("12:15 – ", "[13.15] – "). */
  private static final Pattern TIME_STAMP =
      Pattern.compile("\\[?\\d{1,2}[:.]\\d{2}\\]? ?[\u2013\u2014-] +(?=[\\p{L}\u00AB\u201E\u201C\"])");

  /** Whether a time stamp opens text[from, to). */
  private static boolean timeStampAt(String text, int from, int to) {
    return mayOpenTimeStamp(text, from, to) && TIME_STAMP.matcher(text).region(from, to).lookingAt();
  }

  /**
   * Whether a digit or "[" opens text[from, to), as a time stamp's first character: the pattern
   * then runs only there, since every sentence of every article is asked.
   */
  private static boolean mayOpenTimeStamp(String text, int from, int to) {
    return from < to && (Character.isDigit(text.charAt(from)) || text.charAt(from) == '[');
  }

  /**
   * Whether {@code start} is at most {@link #DATELINE_SENTENCES_CHARS} characters into its
   * paragraph. Looks back that far and no further: a long paragraph has many sentences.
   */
  private static boolean nearParagraphStart(String text, int start) {
    for (int i = start - 1; i >= Math.max(0, start - DATELINE_SENTENCES_CHARS); i--) {
      if (text.charAt(i) == '\n') {
        return true;
      }
    }
    return start <= DATELINE_SENTENCES_CHARS;
  }

  /** Characters of a city and date before a dateline's agency ("МОСКВА. 12 января. "). */
  private static final int DATELINE_SENTENCES_CHARS = 30;

  /** Whether text[from, to) holds an en or em dash: the dialogue rule's pattern runs only then. */
  private static boolean hasDash(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\u2013' || text.charAt(i) == '\u2014') {
        return true;
      }
    }
    return false;
  }

  /** A full stop (or ! ? …), perhaps a closing mark, and white space before a dash and a capital. */
  private static final Pattern DIALOGUE_DASH =
      Pattern.compile("[.!?\u2026][\"\u201D\u201C\u00BB]?[ \u00A0]+(?=[\u2013\u2014][ \u00A0]+\\p{Lu})");

  /**
   * Adds text[start, end), a dateline at a paragraph's start split off first (see {@link #DATELINE}),
   * also after the short sentences of a date ("МОСКВА. 12 января. ИНТЕРФАКС - ").
   */
  private static void addCut(List<Sentence> sentences, String text, int start, int end) {
    Matcher stamp = mayOpenTimeStamp(text, start, end) ? TIME_STAMP.matcher(text).region(start, end) : null;
    if (stamp != null && stamp.lookingAt() && stamp.end() < end) {
      // A live blog's entries may share a paragraph ("... 90 km/h. 12:15 – Interior Minister ...
      // said"): each time stamp is cut off as a dateline is.
      sentences.add(new Sentence(start, stamp.end()));
      start = stamp.end();
    } else if (nearParagraphStart(text, start)) {
      Matcher dateline = DATELINE.matcher(text).region(start, end);
      if (dateline.lookingAt() && dateline.end() < end) {
        sentences.add(new Sentence(start, dateline.end()));
        start = dateline.end();
      }
    }
    addPieces(sentences, text, start, end);
  }

  /** Adds text[start, end) as one sentence, or as pieces of at most {@link #MAX_CHARS} cut after white space. */
  private static void addPieces(List<Sentence> sentences, String text, int start, int end) {
    while (end - start > MAX_CHARS) {
      int cut = start + MAX_CHARS;
      while (cut > start + MAX_CHARS / 2 && !Character.isWhitespace(text.charAt(cut - 1))) {
        cut--;
      }
      if (!Character.isWhitespace(text.charAt(cut - 1))) {
        cut = start + MAX_CHARS; // no white space in the second half: cut inside the word
        if (Character.isLowSurrogate(text.charAt(cut)) && Character.isHighSurrogate(text.charAt(cut - 1))) {
          cut--;
        }
      }
      sentences.add(new Sentence(start, cut));
      start = cut;
    }
    sentences.add(new Sentence(start, end));
  }

  /** Whether the break at {@code end} is a false one that the next sentence should be joined over. */
  private static boolean continues(String text, int sentenceStart, int end, SpeechLexicon lexicon) {
    int last = end - 1;
    while (last >= sentenceStart && Character.isWhitespace(text.charAt(last))) {
      if (text.charAt(last) == '\n' || text.charAt(last) == '\r') {
        return false;
      }
      last--;
    }
    if (last < sentenceStart) {
      return false;
    }
    if (text.charAt(last) == '.' && (abbreviationBefore(text, sentenceStart, last, lexicon)
        || ordinalBefore(text, sentenceStart, last, lexicon))) {
      return true;
    }
    for (int i = end; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        return Character.isLowerCase(cp);
      }
      if (cp == '\n') {
        return false;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  /**
   * A Serbian ordinal before a name ("da će 73. Sabor trubača biti održan"): the full stop closes
   * a number right after "that" or a future's auxiliary, which no sentence ends with. Not after a
   * copula or a preposition: "Broj žrtava je 73." and "porastao je na 73." end sentences.
   */
  private static boolean ordinalBefore(String text, int from, int dot, SpeechLexicon lexicon) {
    int numberStart = dot;
    while (numberStart > from && Character.isDigit(text.charAt(numberStart - 1))) {
      numberStart--;
    }
    if (numberStart == dot || numberStart == from || text.charAt(numberStart - 1) != ' ') {
      return false;
    }
    int wordEnd = numberStart - 1;
    int wordStart = wordStart(text, from, wordEnd);
    if (wordStart == wordEnd) {
      return false;
    }
    SpeechLexicon.Entry word = lexicon.entry(Texts.matchKey(text.substring(wordStart, wordEnd)));
    return word.complementizer() || word.future() && word.filler();
  }

  /** The word right before the full stop at {@code dot} is an initial or an abbreviation. */
  private static boolean abbreviationBefore(String text, int from, int dot, SpeechLexicon lexicon) {
    int wordEnd = dot;
    int wordStart = wordStart(text, from, wordEnd);
    if (wordStart == wordEnd) {
      return false;
    }
    String word = text.substring(wordStart, wordEnd);
    // A lone letter is an initial, but not the case ending of a declined acronym ("саопштено је из
    // НИС-а.", "stigla iz SAD-a."), nor the "s" of a possessive ("than last year's."), which end
    // the sentence like any word.
    if (word.codePointCount(0, word.length()) == 1 && Character.isLetter(word.codePointAt(0))
        && !(wordStart > from && "-'\u2019".indexOf(text.charAt(wordStart - 1)) >= 0)
        && !platformX(text, from, wordStart, word)) {
      return true;
    }
    return lexicon.isAbbreviation(Texts.matchKey(word));
  }

  /**
   * Cuts the sentence [start, end) after each "X." of the network that a capital follows, which
   * ICU's English abbreviation data keeps in the sentence as an initial ("she wrote on X. Jovana
   * Radić was more sceptical"); returns where the rest starts.
   */
  private static int cutAfterPlatformX(List<Sentence> sentences, String text, int start, int end) {
    for (int x = text.indexOf("X. ", start); x >= 0 && x + 3 < end; x = text.indexOf("X. ", x + 1)) {
      int next = x + 2;
      while (next < end && text.charAt(next) == ' ') {
        next++;
      }
      if (next < end && Character.isUpperCase(text.charAt(next)) && platformX(text, start, x, "X")) {
        addCut(sentences, text, start, next);
        start = next;
      }
    }
    return start;
  }

  /**
   * The network X after a lower-case word ("she wrote on X.", "objavio je na X."), which ends its
   * sentence, unlike an initial, which follows a given name or opens one.
   */
  private static boolean platformX(String text, int from, int wordStart, String word) {
    if (!"X".equals(word) || wordStart - 1 <= from || text.charAt(wordStart - 1) != ' ') {
      return false;
    }
    int before = wordStart - 1;
    int start = wordStart(text, from, before);
    return start < before && Character.isLowerCase(text.codePointAt(start));
  }

  /** Where the word ending at {@code end} starts, not before {@code from}; {@code end} if none. */
  private static int wordStart(String text, int from, int end) {
    int start = end;
    while (start > from && Tokens.isWordChar(text.codePointBefore(start))) {
      start -= Character.charCount(text.codePointBefore(start));
    }
    return start;
  }
}
