package io.newswatch.enrich.statements;

import io.newswatch.common.model.Actor.Gender;
import io.newswatch.common.model.Language;
import io.newswatch.common.text.Texts;
import io.newswatch.enrich.actors.ActorCatalogue;
import io.newswatch.enrich.actors.Mention;
import io.newswatch.enrich.statements.Quotes.Quote;
import io.newswatch.enrich.statements.Sentences.Sentence;
import io.newswatch.enrich.statements.SpeechLexicon.Verb;
import io.newswatch.enrich.statements.Tokens.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What statement extraction knows of one article before it looks for speakers: its tokens and
 * their match keys, sentences, paragraphs, quotes, relative clauses and the speech verb at each
 * token, all computed once, with the small look-ups every later step uses.
 */
abstract class TextIndex {
  /** Tokens the author's words inside a quote may have between their dashes ("заявил глава МИД России Сергей Лавров"). */
  static final int AUTHORS_WORDS = 14;

  final ActorCatalogue catalogue;
  final Map<String, RoleTerms> roleTermsByBase;
  final Map<String, String> personByName;
  final Map<String, Set<String>> nameWords;

  final String text;

  final Language language;

  final SpeechLexicon lex;

  /** The extractor this text is read for, whose given names count beyond the text's own lexicon. */
  final StatementExtractor extractor;

  final List<Mention> mentions;

  final List<Token> tokens;

  final List<String> keys;

  final List<Sentence> sentenceList;

  final int[] sentenceOf;

  final int[] sentenceFirst;

  final int[] sentenceEnd;

  final int[] paragraphOf;

  final boolean[] quoted;

  /** The marks closing a quote the pairing found: a ’ that closes none is an apostrophe. */
  private final boolean[] closesQuote;

  final boolean[] relative;

  /** The speech verb starting at each token, or null; looked up once per token. */
  final Verb[] verbs;

  /** Tokens in the participle ("adding", "dodavši") starting at each token, or 0. */
  final int[] participles;

  /** The "according to" phrase starting at each token, or null. */
  final List<List<String>> accordingTo;

  /** Tokens in the "Об этом" phrase starting at each token, or 0. */
  final int[] thisPhrases;

  /**
   * {@code wordsBefore[i]}: how many of tokens [0, i) are words. Clause lengths are asked for
   * once per speech verb; counting them token by token made a long run of text without a
   * sentence end cost time quadratic in its length.
   */
  final int[] wordsBefore;

  final List<Quote> quotes = new ArrayList<>();
  /** Offsets [after the opening mark, at the closing mark) of each name in quote marks, in text order. */
  final List<int[]> nameSpans = new ArrayList<>();

  final List<Integer> quoteParagraph = new ArrayList<>();
  /** Per quote, the author's words inside it ({@link #authorsWords}), or null. */
  final List<int[]> quoteAuthors = new ArrayList<>();

  TextIndex(StatementExtractor extractor, String text, Language language, List<Mention> mentions) {
    this.catalogue = extractor.catalogue;
    this.roleTermsByBase = extractor.roleTermsByBase;
    this.personByName = extractor.personByName;
    this.nameWords = extractor.nameWords;
    this.text = text;
    this.language = language;
    this.lex = extractor.lexicons.get(language.base());
    this.extractor = extractor;
    this.mentions = mentions;
    this.tokens = withoutNameMarks(text, Tokens.of(text, lex));
    this.keys = tokens.stream().map(Token::key).toList();
    this.sentenceList = extractor.sentences.split(text, language, lex);
    int n = tokens.size();
    this.sentenceOf = new int[n];
    this.sentenceFirst = new int[sentenceList.size()];
    this.sentenceEnd = new int[sentenceList.size()];
    this.paragraphOf = new int[n];
    this.quoted = new boolean[n];
    this.closesQuote = new boolean[n];
    this.relative = new boolean[n];
    this.verbs = new Verb[n];
    this.participles = new int[n];
    this.accordingTo = new ArrayList<>(Collections.nCopies(n, null));
    this.thisPhrases = new int[n];
    this.wordsBefore = new int[n + 1];
    for (int i = 0; i < n; i++) {
      Token token = tokens.get(i);
      SpeechLexicon.Entry entry = token.entry();
      // The entry says which phrases may start here; for most tokens none, and nothing is looked up.
      // A capital after a capital is a name's word, not a verb: "the United States lost", "EU Member States".
      boolean inName = token.capitalised() && i > 0 && tokens.get(i - 1).word() && tokens.get(i - 1).capitalised();
      if (token.word() && !inName && entry.startsAny(SpeechLexicon.Entry.STARTS_VERB)
          && !russianInfinitive(token.surface()) && !((entry.informing() || entry.estimating()) && !informsThat(i))) {
        verbs[i] = lex.verb(keys, i);
      }
      if (verbs[i] == null && entry.passiveAuxiliary() && "en".equals(language.base())) {
        verbs[i] = quotedByAgent(i); // "was quoted by ... as saying": from its auxiliary
      }
      if (verbs[i] == null && "as".equals(keys.get(i)) && "en".equals(language.base())) {
        verbs[i] = asSayingAfterQuoted(i); // "TASS quoted Maria Zakharova as saying": the one quoted speaks
      }
      if (verbs[i] == null && entry.documentVerb() && i > 0 && tokens.get(i - 1).entry().document()) {
        // "the statement read: “...”": the document's issuer speaks, found as for "the statement said".
        verbs[i] = lex.documentVerb(keys.get(i));
      }
      if (entry.startsAny(SpeechLexicon.Entry.STARTS_PARTICIPLE)) {
        participles[i] = lex.participleAt(keys, i);
      }
      if (entry.startsAny(SpeechLexicon.Entry.STARTS_ACCORDING_TO)) {
        accordingTo.set(i, lex.accordingToAt(keys, i).orElse(null));
      }
      if (entry.startsAny(SpeechLexicon.Entry.STARTS_THIS_PHRASE)) {
        thisPhrases[i] = lex.thisPhraseAt(keys, i);
      }
      wordsBefore[i + 1] = wordsBefore[i] + (token.word() ? 1 : 0);
    }
    indexSentences();
    indexParagraphsAndQuotes();
    indexRelativeClauses();
  }

  void indexSentences() {
    int s = 0;
    for (int i = 0; i < tokens.size(); i++) {
      while (s < sentenceList.size() - 1 && tokens.get(i).start() >= sentenceList.get(s).end()) {
        s++;
      }
      sentenceOf[i] = s;
    }
    Arrays.fill(sentenceFirst, -1);
    for (int i = tokens.size() - 1; i >= 0; i--) {
      sentenceFirst[sentenceOf[i]] = i;
    }
    for (int i = 0; i < tokens.size(); i++) {
      sentenceEnd[sentenceOf[i]] = i + 1;
    }
  }

  /** Words a quoted name of a programme, paper or place may have ("Hard Talk", „Politika“, «Известия»). */
  static final int TITLE_WORDS = 4;

  /**
   * If token {@code i} opens a closed quote of a few words starting with a capital (the name of
   * a programme, paper or place: "told the “Hard Talk” programme that", "za list „Politika“ da"),
   * the token after its closing mark; else -1.
   */
  int titleEnd(int i) {
    int after = shortQuoteEnd(i);
    return after > 0 && tokens.get(i + 1).capitalised() ? after : -1;
  }

  /**
   * Whether tokens [from, to) hold a quote mark other than those of a few words quoted inside a
   * clause, a word before and after them: a name or a scare quote ("Так называемое «правительство
   * Косова» вновь нарушило ..."), which is no one's words and leaves the clause a report.
   */
  boolean containsQuoteOutsideClause(int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isQuoteMark(i)) {
        continue;
      }
      int after = shortQuoteEnd(i);
      // Punctuation inside the marks ("left her “pretty overwhelmed,” she said") ends a clause there.
      // One that opens the sentence is a name in marks only if the sentence goes on in lower case
      // («Газпром нефть» продолжает переговоры ...).
      boolean opening = i == from && after >= 0 && after < to && tokens.get(after).word()
          && !tokens.get(after).capitalised();
      // A lower-case fragment after a word of the clause, closed before a comma, ends the clause
      // ("считает все его решения «ничтожными», заявил Лавров"): the writer's words go on around it.
      boolean fragmentAtComma = i > from && after >= 0 && after < to && tokens.get(after).is(",")
          && tokens.get(i - 1).word() && tokens.get(i + 1).word() && !tokens.get(i + 1).capitalised()
          && tokens.get(after - 2).word();
      if (fragmentAtComma) {
        i = after - 1;
        continue;
      }
      int longer = after < 0 && i > from ? quoteEnd(i, CLAUSE_FRAGMENT_WORDS) : -1;
      if (longer > 0 && longer < to && lowerCaseNoVerb(i - 1) && lowerCaseNoVerb(longer)) {
        // A longer fragment in mid-clause ("A dialogue in which “one side signs and the other side
        // collects” was not a dialogue at all, the president said"): the clause goes on around it.
        i = longer - 1;
        continue;
      }
      if (after < 0 || after >= to || i == from && !opening || !opening && !tokens.get(i - 1).word()
          || !tokens.get(after).word() || !tokens.get(after - 2).word()) {
        return true;
      }
      i = after - 1;
    }
    return false;
  }

  /** Words a fragment quoted in mid-clause may have, a lower-case word on either side. */
  static final int CLAUSE_FRAGMENT_WORDS = 12;

  /** A lower-case word, no verb of speech: one a clause goes on with around a quoted fragment. */
  private boolean lowerCaseNoVerb(int i) {
    return tokens.get(i).word() && !tokens.get(i).capitalised() && verbAt(i).isEmpty() && participleAt(i) == 0;
  }

  /**
   * If token {@code i} opens a closed quote of 1 to {@link #TITLE_WORDS} words, the token after its
   * closing mark; else -1.
   */
  int shortQuoteEnd(int i) {
    return quoteEnd(i, TITLE_WORDS);
  }

  /**
   * If token {@code i} opens a closed quote of 1 to {@code maxWords} words, the token after its
   * closing mark; else -1.
   */
  int quoteEnd(int i, int maxWords) {
    if (i >= tokens.size() || !isQuoteMark(i) || quotes.isEmpty()) {
      return -1;
    }
    int offset = tokens.get(i).start();
    int lo = 0;
    int hi = quotes.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (quotes.get(mid).open() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    Quote quote = quotes.get(lo);
    if (quote.open() != offset || !quote.closed()) {
      return -1;
    }
    int after = tokenAtOrAfter(quote.after());
    int words = wordsBetween(i + 1, after);
    return words >= 1 && words <= maxWords && tokens.get(i + 1).word() ? after : -1;
  }

  void indexParagraphsAndQuotes() {
    int paragraph = 0;
    int lineStart = 0;
    int t = 0;
    char leftOpen = 0; // the mark of a quote the paragraph before left open, or 0
    while (lineStart <= text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      if (!text.substring(lineStart, lineEnd).isBlank()) {
        int paragraphFirst = t;
        while (t < tokens.size() && tokens.get(t).start() < lineEnd) {
          paragraphOf[t++] = paragraph;
        }
        List<Quote> found = Quotes.find(text, lineStart, lineEnd, leftOpen);
        if (!nameSpans.isEmpty()) {
          // Names in marks that only the matcher knows for names are no quotes either.
          found = found.stream().filter(q -> !q.closed() || !nameSpan(q.contentStart(), q.contentEnd())).toList();
        }
        Quote last = found.isEmpty() ? null : found.get(found.size() - 1);
        leftOpen = last != null && !last.closed() ? text.charAt(last.open()) : 0;
        for (Quote quote : withDialogue(found, paragraphFirst, t)) {
          quotes.add(quote);
          quoteParagraph.add(paragraph);
          for (int i = tokenAtOrAfter(quote.contentStart()); i < tokens.size() && tokens.get(i).end() <= quote.contentEnd(); i++) {
            quoted[i] = true;
          }
          int close = tokenAtOrAfter(quote.close());
          if (quote.closed() && close < tokens.size() && tokens.get(close).start() == quote.close()) {
            closesQuote[close] = true;
          }
          int[] inside = authorsWords(tokenAtOrAfter(quote.open()), tokenAtOrAfter(quote.close()));
          quoteAuthors.add(inside);
          if (inside != null) {
            // «Россия, — заявил Лавров, — не ...»: the attribution is the author's, not the speaker's.
            Arrays.fill(quoted, inside[0], inside[2] + 1, false);
          }
        }
        paragraph++;
      }
      lineStart = lineEnd + 1;
    }
  }

  /**
   * The paragraph's quotes with its dialogue dashes added: Serbian and Russian papers set direct
   * speech off with dashes as often as with marks ("– Nikada nećemo priznati Kosovo – rekao je
   * Vučić.", "— Мы не допустим этого, — сказал Лавров. — Это наша позиция."). Only a paragraph
   * that opens with a dash counts, and only up to a dash that a speech verb follows, so a list of
   * dashed items or a dash in mid-sentence is never a quote; after that, a dash after a full stop
   * in the same paragraph is the speaker going on. Mark quotes inside a dialogue
   * quote are nested in it.
   */
  List<Quote> withDialogue(List<Quote> marked, int first, int last) {
    int open = first;
    boolean afterColon = false;
    if (first + 1 >= last || !isDash(first) || !tokens.get(first + 1).word()
        || !marked.isEmpty() && marked.get(0).open() <= tokens.get(first).start()) {
      open = dialogueInParagraph(marked, first, last);
      int colon = dashAfterSpeechColon(marked, first, last);
      if (colon >= 0 && (open < 0 || colon < open)) {
        // "..., učiteljica Dragana Mitić: — ... objasni. — Razumem vašu ljutnju, — rekao je Kostić":
        // the speech the colon opens comes first.
        open = colon;
        afterColon = true;
      }
      if (open < 0) {
        return marked;
      }
    }
    int opening = open;
    List<Quote> dialogue = new ArrayList<>();
    while (open >= 0) {
      int close = -1;
      int turn = -1; // in the speech a colon opened, a dash after a full stop: the next one's turn
      for (int d = open + 2; d < last && close < 0 && turn < 0; d++) {
        if (isDash(d) && speechVerbWithin(d + 1, last)) {
          close = d;
        } else if (afterColon && open == opening && isDash(d) && endsSentence(d - 1) && d + 1 < last
            && tokens.get(d + 1).word()) {
          turn = d;
        }
      }
      if (turn >= 0) {
        // "...: — Radim 31 godinu ... objasni. — Razumem vašu ljutnju, — rekao je Kostić": the
        // speech the colon opened ends where the next turn opens, without its full stop.
        int lastToken = tokens.get(turn - 1).is(".") ? turn - 2 : turn - 1;
        dialogue.add(new Quote(tokens.get(open).start(), tokens.get(lastToken).end(), false));
        open = turn;
        continue;
      }
      if (close < 0) {
        if (open != opening || afterColon) {
          // The speaker going on after the attribution, to the end of the paragraph, or up to a
          // sentence of the writer's that reports the speaker ("... весной. По словам
          // губернатора, ...").
          // Without its last full stop, as a quote's words are taken.
          int lastToken = reportingSentenceAfter(open, last) - 1;
          if (lastToken > open + 1 && tokens.get(lastToken).is(".")) {
            lastToken--;
          }
          dialogue.add(new Quote(tokens.get(open).start(), tokens.get(lastToken).end(), false));
        }
        break;
      }
      dialogue.add(new Quote(tokens.get(open).start(), tokens.get(close).start(), true));
      open = -1;
      for (int d = close + 1; d + 1 < last; d++) {
        // After a full stop, not at a sentence start: ICU runs ". —" on in one sentence.
        if (isDash(d) && endsSentence(d - 1) && tokens.get(d + 1).word()) {
          open = d;
          break;
        }
      }
    }
    if (dialogue.isEmpty()) {
      return marked;
    }
    List<Quote> all = new ArrayList<>(dialogue);
    for (Quote quote : marked) {
      boolean inside = false;
      for (Quote d : dialogue) {
        inside |= quote.open() > d.open() && quote.open() < d.close();
      }
      if (!inside) {
        all.add(quote);
      }
    }
    all.sort(Comparator.comparingInt(Quote::open));
    return all;
  }

  /**
   * The first token of the first sentence after token {@code from}, up to {@code last}, that opens
   * with an "according to" phrase (по словам, prema rečima): the writer's again. {@code last} if none.
   */
  private int reportingSentenceAfter(int from, int last) {
    for (int k = from + 1; k < last; k++) {
      if (tokens.get(k).word() && k == sentenceFirst[sentenceOf[k]] && sentenceOf[k] != sentenceOf[from]
          && accordingTo.get(k) != null) {
        return k;
      }
    }
    return last;
  }

  /**
   * A dash right after a colon that closes a speech verb's clause ("Stanimirović je odgovorio
   * kratko: — Pritisak je uvek isti ..."), or a person's name ("javila se gledateljka iz Niša,
   * učiteljica Dragana Mitić: — Radim 31 godinu ..."): direct speech to the paragraph's end, or to
   * a dash a speech verb follows. Not inside marks; returns the dash's token, or -1.
   */
  private int dashAfterSpeechColon(List<Quote> marked, int first, int last) {
    for (int d = first + 2; d + 1 < last; d++) {
      if (!isDash(d) || !tokens.get(d - 1).is(":") || !tokens.get(d + 1).word()) {
        continue;
      }
      int at = tokens.get(d).start();
      boolean insideMarks = false;
      for (Quote quote : marked) {
        insideMarks |= quote.open() <= at && at < quote.close();
      }
      for (int k = d - 2; k >= Math.max(first, d - 4) && tokens.get(k).word() && !insideMarks; k--) {
        if (verbs[k] != null) {
          return d;
        }
      }
      if (!insideMarks && (personsNameEndsAt(d - 2) || personOpensClauseBefore(d - 1))) {
        return d;
      }
    }
    return -1;
  }

  /**
   * Whether a sentence opens with a person's name (a given name the lexicon knows and a capital
   * after it) a few words before the colon at {@code colon}, with no other mark between: "Milica
   * Stanković nas ispraća do kapije: – Pišite da smo još živi".
   */
  private boolean personOpensClauseBefore(int colon) {
    int first = sentenceFirst[sentenceOf[colon]];
    if (first < 0 || colon - first > NAME_BEFORE_COLON_TOKENS || first + 1 >= colon
        || !tokens.get(first).capitalised() || !tokens.get(first + 1).word() || !tokens.get(first + 1).capitalised()
        || !lex.givenName(keys.get(first))) {
      return false;
    }
    for (int k = first; k < colon; k++) {
      if (!tokens.get(k).word()) {
        return false;
      }
    }
    return true;
  }

  /** Tokens a sentence may run from the name that opens it to a colon before someone's words. */
  private static final int NAME_BEFORE_COLON_TOKENS = 8;

  /**
   * Whether a person's name ends at token {@code last}: two capitalised words, the first a given
   * name the lexicon knows, not opening the sentence.
   */
  private boolean personsNameEndsAt(int last) {
    int first = last - 1;
    return first > 0 && sentenceFirst[sentenceOf[first]] != first && tokens.get(first).word()
        && tokens.get(last).word() && tokens.get(first).capitalised() && tokens.get(last).capitalised()
        && !tokens.get(first).acronym() && !tokens.get(last).acronym() && lex.givenName(keys.get(first));
  }

  /** Tokens a dialogue opened in mid-paragraph may run: a few sentences; a dash further on closes none. */
  private static final int DIALOGUE_TOKENS = 120;

  /**
   * A dialogue dash that opens direct speech in mid-paragraph, as tabloids set it ("Kostadinović
   * kaže da je to predstava. – Obojica dobijaju ono što žele – kaže Kostadinović."): right after a
   * full stop, before a capital, with no quote mark around it, and answered in the same paragraph by
   * a dash that a speech verb follows. Returns the dash's token, or -1.
   */
  private int dialogueInParagraph(List<Quote> marked, int first, int last) {
    for (int d = first + 1; d + 2 < last; d++) {
      // After a sentence's end, or after a quote's closing mark that one stands before ("Ana
      // Đorđević: „... ansamblom.“ – Crnjanski je ... – rekla je").
      boolean afterSentence = endsSentence(d - 1) || d >= 2 && isClosingMark(d - 1) && endsSentence(d - 2);
      if (!isDash(d) || !afterSentence || !tokens.get(d + 1).word() || !tokens.get(d + 1).capitalised()) {
        continue;
      }
      int at = tokens.get(d).start();
      boolean insideMarks = false;
      for (Quote quote : marked) {
        insideMarks |= quote.open() <= at && at < quote.close();
      }
      if (insideMarks) {
        continue;
      }
      for (int close = d + 2; close < Math.min(last, d + DIALOGUE_TOKENS); close++) {
        if (isDash(close) && speechVerbWithin(close + 1, last)) {
          return d;
        }
      }
    }
    return -1;
  }

  /**
   * The author's words set off by dashes inside a quote between the mark tokens {@code open} and
   * {@code close}, as Russian punctuation writes a quote they interrupt: «Россия, — заявил Лавров,
   * — не признает ...», «..., — сказал он. — И ...», «...? — спросил Лавров. — ...». After a comma
   * or a sentence's end, a dash, a few words holding a speech verb, perhaps a comma, colon or full
   * stop, and a dash before more words of the quote. Returns {first dash, token after the words,
   * second dash, speech verb}, or null.
   */
  int[] authorsWords(int open, int close) {
    for (int d = open + 2; d < close - 2; d++) {
      if (!isDash(d) || !tokens.get(d - 1).is(",") && !endsSentence(d - 1) || wordsBetween(open + 1, d) == 0) {
        continue;
      }
      int verb = -1;
      int k = d + 1;
      while (k < close && tokens.get(k).word() && k - d <= AUTHORS_WORDS) {
        if (verb < 0 && verbs[k] != null) {
          verb = k;
        }
        k++;
      }
      boolean marked = k < close && (tokens.get(k).is(",") || tokens.get(k).is(":") || endsSentence(k));
      int second = marked ? k + 1 : k;
      if (verb >= 0 && isDash(second) && second + 1 < close && tokens.get(second + 1).word()) {
        return new int[] {d, k, second, verb};
      }
    }
    return null;
  }

  boolean endsSentence(int i) {
    Token token = tokens.get(i);
    return token.is(".") || token.is("!") || token.is("?") || token.is("\u2026");
  }

  /**
   * A future at {@code k} in the lexicon's sense ("će", "will", "встретится"). Not a Russian
   * infinitive, which the match key reads as the future ("могут встретиться" keys as "встретится"
   * does, because the key drops the soft sign) and which tells of a possibility, not a plan.
   */
  boolean futureAt(int k) {
    return entry(k).future() && !russianInfinitiveAt(k);
  }

  /**
   * A verb of taking place at {@code k} ("состоится"), not a Russian infinitive ({@link #futureAt})
   * nor an English "scheduled" before its noun ("has postponed all scheduled surgery until
   * Friday"): that tells of what happened to a plan, not of a date being set.
   */
  boolean takesPlaceAt(int k) {
    return entry(k).takesPlace() && (!russianInfinitiveAt(k) || agreedBefore(k)) && !attributiveScheduled(k);
  }

  /**
   * Russian: an infinitive of holding right after a verb of agreeing or deciding ("стороны
   * договорились провести консультации"): the event is set, as a future verb sets one. After any
   * other word ("призыв провести заседание") it is what someone wants.
   */
  private boolean agreedBefore(int k) {
    return k > 0 && tokens.get(k - 1).word() && AGREED.contains(keys.get(k - 1));
  }

  private static final Set<String> AGREED = Set.of(Texts.matchKey("договорились"), Texts.matchKey("договорилась"),
      Texts.matchKey("договорился"), Texts.matchKey("условились"), Texts.matchKey("решили"));

  private boolean attributiveScheduled(int k) {
    return "en".equals(language.base()) && "scheduled".equals(keys.get(k)) && k + 1 < tokens.size()
        && tokens.get(k + 1).word() && !tokens.get(k + 1).capitalised() && !entry(k + 1).preposition()
        && !"to".equals(keys.get(k + 1)) && !entry(k + 1).time();
  }

  /** A Russian infinitive at {@code k}, one in -ти or -тись (провести, пройти) as well. */
  private boolean russianInfinitiveAt(int k) {
    String surface = tokens.get(k).surface();
    return "ru".equals(language.base())
        && (russianInfinitive(surface) || surface.endsWith("ти") || surface.endsWith("тись"));
  }

  private static boolean russianInfinitive(String surface) {
    return surface.endsWith("ть") || surface.endsWith("ться");
  }

  /**
   * A speech verb at {@code i}, after at most two fillers ("— также отметил он", "a zatim poručio"),
   * and after a preposition and its word of manner before them ("– kroz smeh je pričao", "— сквозь
   * слёзы сказала").
   */
  boolean speechVerbWithin(int i, int last) {
    if (i + 2 < last && tokens.get(i).word() && entry(i).preposition() && !tokens.get(i).capitalised()
        && tokens.get(i + 1).word() && !tokens.get(i + 1).capitalised() && verbs[i + 1] == null) {
      i += 2;
    }
    for (int k = i; k < Math.min(last, i + 3); k++) {
      if (!tokens.get(k).word()) {
        return false;
      }
      if (verbs[k] != null) {
        return true;
      }
      if (!entry(k).filler()) {
        return false;
      }
    }
    return false;
  }

  /**
   * Marks ", who met Y," so that Y is not taken for the subject of the main verb; in Russian also
   * with a preposition before the relative word (", с которым Лавров провел встречу,"). (Serbian's
   * ", za koje je rekao da ..." and ", u koji je agencija imala uvid," are read by rules of their
   * own, which a relative clause marked there would undo.)
   */
  void indexRelativeClauses() {
    boolean russian = language == Language.RU;
    for (int i = 1; i < tokens.size(); i++) {
      int opener = russian && tokens.get(i).word() && entry(i).preposition() && i + 1 < tokens.size() ? i + 1 : i;
      if (tokens.get(i - 1).is(",") && tokens.get(opener).word() && entry(opener).relative()) {
        for (int j = i; j < sentenceEnd[sentenceOf[i]] && !tokens.get(j).is(","); j++) {
          relative[j] = true;
        }
      }
    }
  }

  /**
   * "one legal expert", "jedan stručnjak", "a senior EU diplomat": an indefinite word among the
   * three before token {@code i}.
   */
  boolean indefiniteBefore(int i) {
    for (int k = i - 1; k >= Math.max(0, i - 3) && tokens.get(k).word(); k--) {
      if (entry(k).indefinite()) {
        return true;
      }
    }
    return false;
  }

  int tokenAtOrAfter(int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  int wordsBetween(int from, int to) {
    int lo = Math.max(0, from);
    int hi = Math.min(to, tokens.size());
    return hi <= lo ? 0 : wordsBefore[hi] - wordsBefore[lo];
  }

  boolean hasWordsBefore(int first, int at) {
    return wordsBetween(first, at) > 0;
  }

  boolean adjacent(int a, int b) {
    // Only white space, and no line break, between the two: String.isBlank's test, char by char.
    int end = tokens.get(b).start();
    for (int i = tokens.get(a).end(); i < end; ) {
      int cp = text.codePointAt(i);
      if (cp == '\n' || !Character.isWhitespace(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  boolean inflecting() {
    return !"en".equals(language.base());
  }

  boolean startsQuote(int i) {
    return i < tokens.size() && isQuoteMark(i);
  }

  /** What the lexicon says of token {@code i}. */
  SpeechLexicon.Entry entry(int i) {
    return tokens.get(i).entry();
  }

  int participleAt(int i) {
    return i < 0 || i >= tokens.size() ? 0 : participles[i];
  }

  Optional<List<String>> accordingToAt(int i) {
    return i < 0 || i >= tokens.size() ? Optional.empty() : Optional.ofNullable(accordingTo.get(i));
  }

  int thisPhraseAt(int i) {
    return i < 0 || i >= tokens.size() ? 0 : thisPhrases[i];
  }

  Optional<Verb> verbAt(int i) {
    if (i < 0 || i >= tokens.size()) {
      return Optional.empty();
    }
    return Optional.ofNullable(verbs[i]);
  }

  /**
   * Whether "that" follows the verb of informing at {@code i} after at most three words, its
   * listener ("obaveštava građane da ..."): else it reports nothing ("Beograd o svemu redovno
   * obaveštava Kfor i Euleks" is news, not a report of KFOR's).
   */
  private boolean informsThat(int i) {
    for (int k = i + 1; k < Math.min(tokens.size(), i + 5) && tokens.get(k).word(); k++) {
      if (tokens.get(k).entry().complementizer()) {
        return true;
      }
    }
    return false;
  }

  /**
   * "TASS quoted Russian Foreign Ministry spokeswoman Maria Zakharova as saying that ...": "as
   * saying" is the verb of the one quoted, named right before it, when an active "quoted" or
   * "cited" opens the words before them; else null.
   */
  private Verb asSayingAfterQuoted(int i) {
    // A name of two capitalised words right before "as": not "quoted sources as saying", nor "a
    // Serbian official", whose words the conventions leave to no one named.
    if (i < 3 || i + 1 >= keys.size() || !"saying".equals(keys.get(i + 1)) || !tokens.get(i - 1).word()
        || !tokens.get(i - 1).capitalised() || !tokens.get(i - 2).word() || !tokens.get(i - 2).capitalised()) {
      return null;
    }
    for (int k = i - 3; k >= Math.max(1, i - 2 - AGENT_WORDS); k--) {
      if (!tokens.get(k).word()) {
        return null;
      }
      if (QUOTED.contains(keys.get(k))) {
        Verb quoted = !"was".equals(keys.get(k - 1)) && !"is".equals(keys.get(k - 1))
            ? lex.verb(List.of("was", "quoted", "as", "saying"), 0) : null;
        return quoted == null ? null : new Verb(keys.subList(i, i + 2), quoted.gender(), false, false, false);
      }
    }
    return null;
  }

  /** Most words of the agent in "was quoted by the state news agency Tanjug as saying". */
  private static final int AGENT_WORDS = 6;

  private static final Set<String> QUOTED = Set.of("quoted", "cited");

  /**
   * "was quoted by Tanjug as saying", "was cited by RIA Novosti as saying": the lexicon's verb
   * "was quoted as saying" with the outlet that quoted set inside it, as one verb from "was" to
   * "saying" (the outlet reports, it does not speak), or null.
   */
  private Verb quotedByAgent(int i) {
    int by = i + 2;
    if (by + 3 >= keys.size() || !"by".equals(keys.get(by)) || !QUOTED.contains(keys.get(i + 1))
        || !"was".equals(keys.get(i)) && !"is".equals(keys.get(i))) {
      return null;
    }
    for (int k = by + 1; k + 1 < keys.size() && k <= by + AGENT_WORDS; k++) {
      if (!tokens.get(k).word() && !tokens.get(k).is("'") && !tokens.get(k).is("\u2019")) {
        return null;
      }
      if (k > by + 1 && "as".equals(keys.get(k)) && "saying".equals(keys.get(k + 1))) {
        Verb quoted = lex.verb(List.of(keys.get(i), "quoted", "as", "saying"), 0);
        return quoted == null ? null : new Verb(keys.subList(i, k + 2), quoted.gender(), quoted.impersonal(),
            quoted.plural(), quoted.neuter());
      }
    }
    return null;
  }

  /** The start of a speech verb whose last token is {@code last}, or -1. */
  int verbEndingAt(int last) {
    for (int start = last; start >= Math.max(0, last - 2); start--) {
      Optional<Verb> verb = verbAt(start);
      if (verb.isPresent() && start + verb.get().keys().size() - 1 == last) {
        return start;
      }
    }
    return -1;
  }

  /** The last speech verb in [from, to), outside quotes, or -1. */
  int lastVerb(int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      if (!quoted[i] && verbAt(i).isPresent() && !passive(i)) {
        return i;
      }
    }
    return -1;
  }

  boolean passive(int verb) {
    return verb > 0 && tokens.get(verb - 1).word() && entry(verb - 1).passiveAuxiliary();
  }

  boolean isDash(int i) {
    if (i < 0 || i >= tokens.size() || tokens.get(i).word()) {
      return false;
    }
    char c = tokens.get(i).mark();
    return c == '-' || c == '\u2013' || c == '\u2014' || c == '\u2012';
  }

  boolean isQuoteMark(int i) {
    return isMark(tokens.get(i).mark()); // a word's mark is 0
  }

  /** The marks that open or close a quotation (not ’ and ', which are apostrophes as often). */
  private static final String MARKS = "\"\u201C\u201D\u201E\u00AB\u00BB\u201A\u2018\u2039\u203A";

  static boolean isMark(String surface) {
    return surface.length() == 1 && isMark(surface.charAt(0));
  }

  static boolean isMark(char c) {
    return c < MARK_TABLE.length && MARK_TABLE[c];
  }

  /** {@link #MARKS} as a table: the test runs at every mark token of a text. */
  private static final boolean[] MARK_TABLE = new boolean[0x2100];

  static {
    for (char c : MARKS.toCharArray()) {
      MARK_TABLE[c] = true;
    }
  }

  /**
   * The tokens without the quote marks that set off a name («Газпром» и «Сербиягаз» подписали,
   * see {@link Quotes#nameInMarks}): such marks quote nobody, and every rule that reads marks as
   * the edge of a quotation would otherwise stop at them. The names' spans go to {@link #nameSpans}.
   */
  List<Token> withoutNameMarks(String text, List<Token> tokens) {
    List<Token> kept = null;
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (token.word() || !isMark(token.mark()) || i + 1 >= tokens.size() || !tokens.get(i + 1).word()) {
        if (kept != null) {
          kept.add(token);
        }
        continue;
      }
      int close = -1;
      for (int j = i + 2; j < Math.min(tokens.size(), i + 2 + 2 * Quotes.NAME_WORDS); j++) {
        if (isMark(tokens.get(j).mark())) {
          int from = token.end();
          int to = tokens.get(j).start();
          close = Quotes.nameInMarks(text, from, to) || actorNamedExactly(from, to) ? j : -1;
          break;
        }
      }
      if (close < 0) {
        if (kept != null) {
          kept.add(token);
        }
        continue;
      }
      if (kept == null) {
        kept = new ArrayList<>(tokens.subList(0, i));
      }
      kept.addAll(tokens.subList(i + 1, close));
      nameSpans.add(new int[] {token.end(), tokens.get(close).start()});
      nameSpanKeys.add(span(token.end(), tokens.get(close).start()));
      i = close;
    }
    return kept == null ? tokens : kept;
  }

  /**
   * Whether an actor the matcher found fills text[from, to) exactly: a catalogue name in marks
   * («Газпром нефть», «Единая Россия»), which Russian and Serbian write in sentence case, so that
   * {@link Quotes#nameInMarks} alone takes it for a short quotation.
   */
  private boolean actorNamedExactly(int from, int to) {
    if (mentionSpans == null) {
      // Built once, on the first pair of marks: an article of stray marks around names asks for
      // every pair, and a walk over all mentions each time made it quadratic in its length.
      mentionSpans = new HashSet<>(mentions.size() * 2);
      for (Mention mention : mentions) {
        mentionSpans.add(span(mention.start(), mention.end()));
      }
    }
    return mentionSpans.contains(span(from, to));
  }

  /** The spans of the matcher's mentions, as {@link #span} keys; built on first use. */
  private Set<Long> mentionSpans;

  /** The spans of {@link #nameSpans}, as {@link #span} keys. */
  private final Set<Long> nameSpanKeys = new HashSet<>();

  /** text[from, to) as one key. */
  private static long span(int from, int to) {
    return (long) from << 32 | to;
  }

  /** Whether text[from, to) is one of the names in marks {@link #withoutNameMarks} found. */
  private boolean nameSpan(int from, int to) {
    return nameSpanKeys.contains(span(from, to));
  }

  boolean isClosingMark(int i) {
    if (tokens.get(i).word()) {
      return false;
    }
    if (closesQuote[i]) {
      return true; // whatever the mark: « closes »...«, as “ closes „...“
    }
    String mark = tokens.get(i).surface();
    if (mark.equals("\u2019")) {
      // A ’ that closes no quote the pairing found is an apostrophe: Kong’s, don’t, and "the
      // farmers’ association" after a plural.
      return false;
    }
    return "\"\u201C\u201D\u00BB\u2019\u203A".contains(mark);
  }

  /** Token {@code i} is an apostrophe (' or ’) between two letters: Parliament's, don’t. */
  boolean apostropheInWord(int i) {
    String mark = tokens.get(i).surface();
    return (mark.equals("'") || mark.equals("\u2019")) && i > 0 && i + 1 < tokens.size()
        && tokens.get(i - 1).end() == tokens.get(i).start() && tokens.get(i + 1).start() == tokens.get(i).end()
        && tokens.get(i - 1).word() && tokens.get(i + 1).word();
  }

  /**
   * The gender of the given name keyed {@code key}: the language's, and for English, which names
   * the region's people in Serbian Latin ("Dragiša Milić"), Serbian's where English has none.
   */
  Gender givenNameGender(String key) {
    Gender gender = lex.givenNameGender(key);
    if (gender == null && "en".equals(language.base())) {
      SpeechLexicon serbian = extractor.lexicons.get("sr");
      gender = serbian == null ? null : serbian.givenNameGender(key);
    }
    return gender;
  }

  /** A colon or a point between two numbers it touches, as in a time of day ("15:30", "8.30"). */
  boolean timeSeparator(int i) {
    return (tokens.get(i).is(":") || tokens.get(i).is(".")) && i > 0 && i + 1 < tokens.size()
        && tokens.get(i - 1).end() == tokens.get(i).start() && tokens.get(i + 1).start() == tokens.get(i).end()
        && digits(tokens.get(i - 1).surface()) && digits(tokens.get(i + 1).surface());
  }

  private static boolean digits(String s) {
    return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  boolean containsQuoteMark(int from, int to) {
    for (int i = from; i < to; i++) {
      if (isQuoteMark(i)) {
        return true;
      }
    }
    return false;
  }

  char lastNonSpace(int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return text.charAt(i);
      }
    }
    return ' ';
  }
}
