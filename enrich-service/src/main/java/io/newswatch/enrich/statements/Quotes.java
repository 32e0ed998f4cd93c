package io.newswatch.enrich.statements;

import io.newswatch.common.text.Texts;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds the outermost quotations of a paragraph in every convention the outlets use: "..." “...”
 * „...“ „...” «...» »...« ‚...‘ ‘...’ '...', with quotes nested inside (« ... „...“ ... »).
 *
 * <p>Straight and English quote marks are the same character at both ends, and ’ is also the
 * apostrophe, so whether a mark opens or closes is read from its neighbours, as a reader does: an
 * opening mark has a space (or start, bracket, dash) before it and a letter after it; a closing
 * mark has a letter or punctuation before it and a space or punctuation after it. A mark that fits
 * neither (Russia’s) is not a quote mark.
 */
final class Quotes {
  /**
   * One outermost quotation.
   *
   * @param open offset of the opening mark
   * @param close offset of the closing mark; the paragraph end for a quote left open there
   * @param closed whether a closing mark was found in the paragraph
   */
  record Quote(int open, int close, boolean closed) {
    int contentStart() {
      return open + 1;
    }

    int contentEnd() {
      return close;
    }

    /** First offset after the closing mark. */
    int after() {
      return closed ? close + 1 : close;
    }
  }

  /**
   * Open quotes tracked at once. Real text nests two or three deep; a paragraph of stray opening
   * marks would otherwise grow the stack without end and make every later mark walk all of it.
   */
  static final int MAX_OPEN = 8;

  private Quotes() {}

  /** Outermost quotes of {@code text[from, to)}, which should be one paragraph. */
  static List<Quote> find(String text, int from, int to) {
    return find(text, from, to, (char) 0);
  }

  /**
   * As {@link #find(String, int, int)}, after a paragraph whose last quote was left open with the
   * mark {@code continuing} (0 for none). Some writers do not open the mark again when a quote runs
   * on into the next paragraph ("«Сербия и Россия ... своими. ¶ Я уверена, что ... имена», —
   * сказала Матвиенко."): when the paragraph's first mark closes that one, the words before it are
   * the quote's next part, given as a quote whose opening mark is the line break before the
   * paragraph.
   */
  static List<Quote> find(String text, int from, int to, char continuing) {
    List<Quote> quotes = new ArrayList<>();
    Deque<int[]> open = new ArrayDeque<>(); // {offset, mark}
    boolean first = true;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!isMark(c)) {
        continue;
      }
      boolean goesOn = first && continuing != 0 && from > 0 && closes(continuing, c) && canClose(text, from, to, i, c);
      first = false;
      int depth = depthClosedBy(open, c);
      if (goesOn) {
        quotes.add(new Quote(from - 1, i, true));
      } else if (depth >= 0 && canClose(text, from, to, i, c)) {
        int[] opener = null;
        for (int d = 0; d <= depth; d++) {
          opener = open.pop();
        }
        if (open.isEmpty() && !nameInMarks(text, opener[0] + 1, i)) {
          quotes.add(new Quote(opener[0], i, true));
        }
      } else if (open.size() < MAX_OPEN && canOpen(text, from, to, i, c)) {
        open.push(new int[] {i, c});
      }
    }
    if (!open.isEmpty()) {
      int[] outer = open.peekLast();
      // A quote running on into the next paragraph is left open by convention; accept that only
      // for a paragraph that starts with the mark, for a sentence that does after a quote of the
      // same paragraph ("“...,” explains X. “We could ..."), or after the colon that introduces it
      // ("told reporters: “We have ..."), not for a stray mark in mid-text.
      if (text.substring(from, outer[0]).isBlank() || !quotes.isEmpty() && afterSentenceEnd(text, from, outer[0])
          || lastBefore(text, from, outer[0]) == ':'
          || afterSentenceEnd(text, from, outer[0]) && nextParagraphOpensWith(text, to, text.charAt(outer[0]))) {
        int end = to;
        while (end > outer[0] + 1 && Character.isWhitespace(text.charAt(end - 1))) {
          end--;
        }
        quotes.add(new Quote(outer[0], end, false));
      }
    }
    return quotes;
  }

  /** Most words a name or title in quote marks may have ("Law on Crossings in the Municipality of Mitrovica"). */
  static final int NAME_WORDS = 8;

  /** Short words a title keeps in lower case (the Peace Park, Zakon o državnoj imovini is not one). */
  private static final Set<String> TITLE_WORDS = Set.of(
      "the", "of", "in", "on", "for", "and", "a", "an", "to", "at", "under", "through", "i", "u", "o", "и", "в", "о");

  /**
   * Whether text[from, to) is a name or title set in quote marks, as Russian and Serbian write
   * companies, papers and parties («Газпром» и «Сербиягаз» подписали ...) and English writes
   * titles and nicknames ("Law on Crossings in the Municipality of Mitrovica", "the Peace Park"):
   * up to {@link #NAME_WORDS} words of letters, digits and hyphens, each capitalised but for a few
   * short ones, at least one capitalised. It is no quotation: its words may be a subject, and the
   * sentence around it may be a report. „Nećemo dati Jadar“ is a quotation.
   *
   * <p>Serbian and Russian capitalise only the first word of most names («Вечерние новости»,
   * „Pravi račun“, „Srbija ne sme da stane“), which then looks like a short quotation; such a
   * phrase is a name when the word before its marks says a name follows ({@link #introducesName}):
   * "u emisiji „Pravi račun“", "газета «Вечерние новости»", "za „Večernje novosti“".
   */
  static boolean nameInMarks(String text, int from, int to) {
    if (to <= from || to - from > 60) {
      return false;
    }
    int words = 0;
    boolean capital = false;
    boolean lower = false; // a word in lower case that titles keep capitalised
    boolean sentencePunctuation = false; // a colon or comma inside: a title's, or a sentence's
    boolean dashed = false; // a dash standing alone: only a sentence-case title's
    boolean firstCapitalised = Character.isUpperCase(text.charAt(from));
    int wordStart = from;
    for (int i = from; i <= to; i++) {
      char c = i < to ? text.charAt(i) : ' ';
      if (c != ' ') {
        // A colon or comma may part a title's pieces ("Jadar Project: Assessment, Revision 2").
        // A dot or an apostrophe between letters belongs to a name too ("Лента.ру", "N1.info",
        // "The Ferryman's Daughter").
        boolean joinerInWord = (c == '.' || c == '\'' || c == '\u2019') && i > from && i + 1 < to
            && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1));
        boolean pause = (c == ':' || c == ',') && i + 1 < to && text.charAt(i + 1) == ' ';
        // A dash standing alone parts a sentence-case title ("Дечани – светиња под заштитом").
        boolean dashWord = (c == '\u2013' || c == '\u2014') && i == wordStart && i + 1 < to
            && text.charAt(i + 1) == ' ';
        if (!Character.isLetterOrDigit(c) && c != '-' && !joinerInWord && !pause && !dashWord) {
          return false;
        }
        sentencePunctuation |= pause;
        dashed |= dashWord;
        continue;
      }
      if (i == wordStart) {
        return false; // two spaces, or a space at an edge
      }
      words++;
      char first = text.charAt(wordStart);
      if (Character.isUpperCase(first) || Character.isDigit(first)) {
        capital |= Character.isUpperCase(first);
      } else if (Character.isLetter(first)
          && !TITLE_WORDS.contains(text.substring(wordStart, i).toLowerCase(Locale.ROOT))) {
        lower = true;
      } else if (!Character.isLetter(first) && first != '\u2013' && first != '\u2014') {
        return false;
      }
      wordStart = i + 1;
    }
    if (!capital || words > NAME_WORDS) {
      return false;
    }
    return !lower && !dashed
        || firstCapitalised && !sentencePunctuation && words >= 2
            && (introducesName(text, from - 1) || words <= 3 && endsInPaperNoun(text, from, to));
  }

  /**
   * Whether the phrase text[from, to) ends in a Russian noun for a newspaper ("«Российской
   * газете»"): a paper's own name, whatever stands before it (a speech verb's addressee:
   * "рассказала «Российской газете», что ..."). Not "novosti", which a short quotation may end in
   * as well ("„Imamo dobre novosti“").
   */
  private static boolean endsInPaperNoun(String text, int from, int to) {
    String last = Texts.matchKey(text.substring(text.lastIndexOf(' ', to - 1) + 1, to));
    for (String stem : PAPER_NOUNS) {
      if (last.startsWith(stem)) {
        return true;
      }
    }
    return false;
  }

  /** Stems, as match keys, of the nouns a paper's name ends in. */
  private static final List<String> PAPER_NOUNS = keys("газет", "вестник");

  /**
   * Words that announce a name in quote marks right after them: what the name is (a paper, a
   * show, a party, a list, a company, a slogan, a book, an exercise ..., or a statement or press
   * release its issuer's name follows: "в пресс-релизе «Газпром нефти»") in any case, by its first
   * letters, and the prepositions a name of a paper or company takes ("za „Novosti“", "в «Газпром
   * нефти»"). A sentence-case quotation follows a speech verb, "da" or "что", or punctuation.
   * Compared as match keys, so that the Serbian stems serve both scripts, with or without marks.
   */
  private static final List<String> NAME_NOUNS = keys(
      // Serbian
      "emisij", "list", "novin", "portal", "agencij", "kanal", "televizij", "slogan", "natpis", "transparent",
      "parol", "pokret", "strank", "partij", "koalicij", "grup", "inicijativ", "udruženj", "organizacij",
      "kompanij", "firm", "preduzeć", "fabrik", "bank", "film", "serij", "predstav", "roman", "knjig",
      "monografij", "izložb", "festival", "nagrad", "projek", "program", "operacij", "vežb", "akcij", "forum",
      "konferencij", "restoran", "hotel", "kafan", "klub", "brend", "naziv", "imen", "protest", "kampanj",
      "platform", "aplikacij", "jkp", "saopštenj",
      // Russian
      "передач", "программ", "шоу", "ток-шоу", "газет", "журнал", "издани", "агентств", "телеканал", "сайт",
      "списк", "список", "лозунг", "надпис", "плакат", "транспарант", "движени", "парти", "коалици", "фракци",
      "групп", "объединени", "организаци", "ассоциаци", "компани", "концерн", "холдинг", "завод", "фильм",
      "сериал", "спектакл", "книг", "монографи", "выставк", "преми", "проект", "операци", "учени", "акци",
      "конференци", "кафе", "гостиниц", "отел", "назван", "митинг", "кампани", "приложени", "пресс-служб",
      "газопровод", "нефтепровод", "пресс-релиз", "релиз", "сообщени", "заявлени",
      // English
      "so-called", "titled", "entitled", "named", "dubbed", "banner", "newspaper", "magazine",
      "daily", "weekly", "show", "programme", "movie", "series", "book", "novel", "album", "song", "party",
      "movement", "coalition", "campaign", "operation", "exercise", "project", "award", "company", "group",
      "app", "channel", "agency", "association", "organisation", "organization", "foundation", "initiative",
      "alliance", "society", "network", "union");

  /** Short words that announce a name after them only as they stand, as match keys. */
  private static final Set<String> NAME_WORDS_EXACT = Set.copyOf(keys(
      "ime", "udeo", "udela", "u", "na", "za", "iz", "od", "po", "o", "s", "sa", "kod", "do", "prema", "preko", "ka",
      "ик", "ао", "пао", "оао", "ооо", "зао", "доля", "доли", "долю", "долей", "в", "во", "от", "об", "с", "со",
      "для", "к", "ко"));

  private static List<String> keys(String... words) {
    return Stream.of(words).map(Texts::matchKey).distinct().toList();
  }

  /** Whether the word before the opening mark at {@code mark} announces a name (see {@link #NAME_NOUNS}). */
  static boolean introducesName(String text, int mark) {
    int end = mark;
    if (end < 1 || !Character.isWhitespace(text.charAt(end - 1))) {
      return false;
    }
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '-')) {
      start--;
    }
    if (start == end || end - start > 30) {
      return false;
    }
    String word = Texts.matchKey(text.substring(start, end));
    if (NAME_WORDS_EXACT.contains(word)) {
      return true;
    }
    for (String noun : NAME_NOUNS) {
      if (word.startsWith(noun)) {
        return true;
      }
    }
    // "Udruženje potrošača „Pravi račun“", "Удружење грађана „Стоп корупцији“": a body's noun and
    // the genitive that says whose it is, then its own name.
    return Character.isLowerCase(text.charAt(start)) && ORGANISATION_NOUNS.stream().anyMatch(wordBefore(text, start)::startsWith);
  }

  /** The match key of the word that ends before {@code at} past white space; "" if none. */
  private static String wordBefore(String text, int at) {
    int end = at;
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    return start == end || end - start > 30 ? "" : Texts.matchKey(text.substring(start, end));
  }

  /** Nouns of bodies whose genitive complement may stand between them and their name in marks. */
  private static final List<String> ORGANISATION_NOUNS = keys(
      "udruženj", "organizacij", "pokret", "inicijativ", "savez", "sindikat", "centar", "centr", "fond",
      "объединени", "организаци", "ассоциаци", "движени", "союз", "фонд", "центр");

  /** The last character before {@code at} that is not white space ends a sentence. */
  private static boolean afterSentenceEnd(String text, int from, int at) {
    char last = lastBefore(text, from, at);
    return last != 0 && ".!?\u2026".indexOf(last) >= 0;
  }

  /**
   * Whether the paragraph after the one ending at {@code to} opens with the same mark: the way a
   * quote runs on over paragraphs ("... Petkovic answered at length. “Twelve years ... ¶ “I would
   * ...”"), so a sentence opened by that mark and left open is one.
   */
  private static boolean nextParagraphOpensWith(String text, int to, char mark) {
    int i = to;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i > to && i < text.length() && text.charAt(i) == mark;
  }

  /** The last character in [from, at) that is not white space, or 0. */
  private static char lastBefore(String text, int from, int at) {
    int i = at - 1;
    while (i >= from && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i >= from ? text.charAt(i) : 0;
  }

  private static boolean isMark(char c) {
    if (c < '\u2018') {
      // Every letter of Latin and Cyrillic text: decided here, without the switch's search.
      return c == '"' || c == '\'' || c == '\u00AB' || c == '\u00BB';
    }
    return switch (c) {
      case '\u201C', '\u201D', '\u201E', '\u201A', '\u2018', '\u2019', '\u2039', '\u203A' -> true;
      default -> false;
    };
  }

  /** How many open quotes down the stack the mark closes (0 = the innermost), or -1. */
  private static int depthClosedBy(Deque<int[]> open, char c) {
    int depth = 0;
    for (int[] opener : open) {
      if (closes((char) opener[1], c)) {
        return depth;
      }
      depth++;
    }
    return -1;
  }

  private static boolean closes(char opener, char c) {
    return switch (opener) {
      case '"' -> c == '"';
      case '\u201C' -> c == '\u201D';
      case '\u201D' -> c == '\u201D';
      case '\u201E' -> c == '\u201C' || c == '\u201D';
      case '\u00AB' -> c == '\u00BB';
      case '\u00BB' -> c == '\u00AB';
      case '\u201A' -> c == '\u2018' || c == '\u2019';
      case '\u2018' -> c == '\u2019';
      case '\'' -> c == '\'';
      case '\u2039' -> c == '\u203A';
      case '\u203A' -> c == '\u2039';
      default -> false;
    };
  }

  private static boolean canOpen(String text, int from, int to, int i, char c) {
    if (c == '\u201C' || c == '\u201D' || c == '\u2019' || c == '\u2018' || c == '"' || c == '\'') {
      // Marks that also close (or are apostrophes) open only with a space or bracket before.
      if (i > from && !opensAfter(text.charAt(i - 1))) {
        return false;
      }
    }
    if (c == '\u2019') {
      return false; // ’ never opens in these languages; it is a closing mark or an apostrophe
    }
    return i + 1 < to && !Character.isWhitespace(text.charAt(i + 1));
  }

  private static boolean canClose(String text, int from, int to, int i, char c) {
    if (i == from || Character.isWhitespace(text.charAt(i - 1))) {
      return false;
    }
    if (c == '\u2019' || c == '\'' || c == '"' || c == '\u201D' || c == '\u201C') {
      // Russia’s, don't: a mark between two letters is an apostrophe, not the end of a quote.
      return i + 1 >= to || !Character.isLetterOrDigit(text.charAt(i + 1));
    }
    return true;
  }

  private static boolean opensAfter(char before) {
    return Character.isWhitespace(before)
        || "([{\u2014\u2013-/:".indexOf(before) >= 0
        || isMark(before);
  }
}
