package io.newswatch.enrich.statements;

import io.newswatch.common.model.Actor;
import io.newswatch.common.model.Actor.Gender;
import io.newswatch.common.model.Language;
import io.newswatch.common.model.StatementKind;
import io.newswatch.common.text.Texts;
import io.newswatch.enrich.actors.Mention;
import io.newswatch.enrich.statements.Candidate.Via;
import io.newswatch.enrich.statements.Quotes.Quote;
import io.newswatch.enrich.statements.SpeechLexicon.Verb;
import io.newswatch.enrich.statements.Tokens.Token;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The statements of an article before their speakers are resolved: direct quotes attributed by a
 * colon, a speech verb before or after them, or a continuing quote; reported speech after a
 * speech verb and "that", "according to" phrases, "as X said", trailing attributions; and the
 * subject each attribution points to.
 */
abstract class Attributions extends References {
  /** An attributed quote shorter than this is a term or a title in quotes, not a statement. */
  static final int MIN_ATTRIBUTED_WORDS = 2;

  /** Unattributed quotes this long read as statements; shorter ones are names, titles, terms. */
  static final int MIN_UNATTRIBUTED_WORDS = 6;

  /** A reported clause needs some substance; "he said so" is not a statement. */
  static final int MIN_REPORTED_WORDS = 3;

  /** Words a Serbian or Russian clause right after its "that" needs at the least. */
  static final int MIN_REPORTED_WORDS_AFTER_THAT = 2;

  /** The person named in full before a lone name ({@link ExtractionPass#fullNameFor}), or null. */
  abstract Ref fullNameFor(Ref ref);

  /** The match key of a name ({@link ExtractionPass#keyOf}). */
  abstract String keyOf(Ref ref);

  /** The gender of the person a name or mention is, when the catalogue or a given name says it; or null. */
  abstract Gender personGender(Ref ref);

  /** How far after a quote the speech verb of "..., the Russian Ambassador to Serbia said" may be. */
  static final int TAIL_VERB_REACH = 8;

  /** Words a clause left without "that" may have before its auxiliary or past tense ("said a Hungarian group and a fund were"). */
  static final int CLAUSE_SUBJECT_WORDS = 14;

  /**
   * Tokens allowed between a speech verb and its "that" (said in a report to the Council that;
   * "изјавио је у четвртак на седници Савета безбедности УН о Косову и Метохији да").
   */
  static final int COMPLEMENTIZER_REACH = 16;

  /** Words an event's name in marks may have between a speech verb and its "da" ("„Srbija ne sme da stane“"). */
  static final int EVENT_TITLE_WORDS = 8;

  /** Words of the phrase between a speech verb and the quote it introduces ("told reporters on Friday, “"). */
  static final int HEAD_VERB_PHRASE_WORDS = 5;

  /** "..., Russian Ambassador to Serbia Alexander Botsan-Kharchenko told Tanjug on Friday." */
  static final int TRAILING_ATTRIBUTION_WORDS = 30;

  /**
   * Words the subject of a trailing attribution may have before its verb ("Russian Foreign
   * Minister Sergey Lavrov said", "Director of the Serbian Government's Office for Kosovo and
   * Metohija Petar Petković said": a possessive's "s" is a word too).
   */
  static final int TRAILING_SUBJECT_WORDS = 15;

  /**
   * Words an attribution set off inside a report may have before its verb ("Russian Ambassador to
   * Serbia Alexander Botsan-Kharchenko") and after it ("told the state agency Tanjug on Friday").
   */
  static final int PARENTHETICAL_WORDS = 7;

  /**
   * Words a report may have before an attribution set off inside it: a subject or an adverbial
   * ("The sanctions imposed on Russia, Zakharova said, ..."). A whole clause before the commas is
   * a report with its attribution after it, and what follows is something else.
   */
  static final int INTERRUPTED_HEAD_WORDS = 8;

  /** Words an apposition to a speaker may have ("a senior fellow at the Urban Institute-Brookings Institution Tax Policy Center"). */
  static final int APPOSITION_WORDS = 16;

  /** Words a role may take before the subject that a colon's quote is by ("Глава комитета ... Леонид Слуцкий ...:"). */
  static final int COLON_SUBJECT_WORDS = 8;

  /** A sentence of its own that attributes the quote before it ("Zakharova said.") is this short. */
  static final int ATTRIBUTION_SENTENCE_WORDS = 8;

  Attributions(StatementExtractor extractor, String text, Language language, List<Mention> mentions) {
    super(extractor, text, language, mentions);
  }

  void findDirect(List<Candidate> out) {
    Candidate previous = null;
    int previousParagraph = -1;
    for (int q = 0; q < quotes.size(); q++) {
      Quote quote = quotes.get(q);
      int paragraph = quoteParagraph.get(q);
      int[] span = trimmedContent(quote);
      if (span == null) {
        continue;
      }
      int open = tokenAtOrAfter(quote.open());
      int close = quote.closed() ? tokenAtOrAfter(quote.close()) : tokenAtOrAfter(quote.close()) ;
      int words = wordsBetween(open + 1, close);
      int headFrom = sentenceFirst[sentenceOf[open]];
      // The quote before bounds where this one's speaker is named, unless it is a name given
      // ("Teodora Savić, koju navijači zovu „Zlatna ptica”, kaže: „...”") or a phrase of the
      // same sentence that made no statement ("прокомментировала слова генсека о «расширении
      // присутствия» альянса: «...»").
      int before = q - 1;
      while (before >= 0 && quoteParagraph.get(before) == paragraph
          && (namedByVerb(quotes.get(before)) || silentInSentence(quotes.get(before), open, out))) {
        before--;
      }
      if (before >= 0 && quoteParagraph.get(before) == paragraph) {
        headFrom = Math.max(headFrom, tokenAtOrAfter(quotes.get(before).after()));
      }
      if (questionPut(quote, open, headFrom) || questionFragment(quote, open)) {
        continue;
      }
      if (afterInscription(open) || eventTitle(open, words)) {
        continue; // "banners reading “No to the mine” and “Jadar is not for sale”": what signs say
      }
      if (callForFragment(open)) {
        continue; // "призвала Евросоюз «перестать делать вид ...»": what was urged, no words of hers
      }
      if (namingFragment(open, words)) {
        continue; // "аранжман, који део опозиције назива „руском омчом“": a name given, no statement
      }
      int lastContent = Math.max(open, close - 1);
      int tailTo = quote.closed() ? sentenceEnd[sentenceOf[close]] : close;
      // The next quote bounds the attribution after this one, unless it is a nickname inside it
      // ("„...”, rekao je trener „crno-belih” Goran Milojević").
      int next = q + 1;
      while (next < quotes.size() && quoteParagraph.get(next) == paragraph && nicknameAt(tokenAtOrAfter(quotes.get(next).open()))) {
        next++;
      }
      if (next < quotes.size() && quoteParagraph.get(next) == paragraph) {
        tailTo = Math.min(tailTo, tokenAtOrAfter(quotes.get(next).open()));
      }
      // Only a quote that opens its sentence: after "After hitting “Takin’ It to the Streets,”"
      // the quoted title is no part of what follows.
      int continuation = wordsBetween(headFrom, open) == 0 ? continuationOf(q, close) : -1;
      if (continuation >= 0 && words + wordsInside(quotes.get(continuation)) >= MIN_ATTRIBUTED_WORDS) {
        // "“Serbia,” Vucic said, “will not ...”": one sentence quoted in two parts, one statement.
        int[] rest = trimmedContent(quotes.get(continuation));
        Candidate joined = new Candidate(span[0], rest[1], StatementKind.DIRECT, open);
        joined.gapStart = span[1];
        joined.gapEnd = rest[0];
        if (attributeByTail(quote, close, tailTo, joined, lastContent) != null) {
          out.add(joined);
          previous = joined;
          previousParagraph = paragraph;
          q = continuation;
          continue;
        }
      }
      // "rekao je da „...“", "ответил, что «...»": a report in the speaker's own words, which the
      // conventions count as a report, its marks kept.
      Candidate found = quote.closed() && reportedInMarks(open, close)
          ? new Candidate(tokens.get(open).start(), tokens.get(close).end(), StatementKind.INDIRECT, open)
          : new Candidate(span[0], span[1], StatementKind.DIRECT, open);
      Candidate attributed = attributeInside(quoteAuthors.get(q), found);
      boolean byColon = false;
      if (attributed != null) {
        // The author's words inside the quote name the speaker.
      } else if (quote.closed()) {
        attributed = attributeByHeadColon(quote, open, headFrom, found);
        byColon = attributed != null;
        if (attributed == null) {
          attributed = attributeByTail(quote, close, tailTo, found, lastContent);
        }
        if (attributed == null) {
          attributed = attributeByHeadVerb(open, headFrom, found);
        }
      } else {
        attributed = attributeByHeadColon(quote, open, headFrom, found);
      }
      Candidate result;
      if (attributed != null && fragmentAfterAs(open, headFrom)) {
        continue; // "..., како је навео, „принципијелном ставу“": words vouched for, no statement
      }
      if (attributed != null) {
        // "Pavlovićeva je odgovorila kratko: »Naravno.«": one word that is a whole sentence, put
        // after the speaker and a colon, is an answer; one word otherwise is a fragment or a name.
        boolean oneWordSentence = byColon && words == 1 && Character.isUpperCase(text.charAt(quote.contentStart()))
            && ".!".indexOf(lastNonSpace(quote.contentStart(), quote.contentEnd())) >= 0;
        if (words < MIN_ATTRIBUTED_WORDS && !oneWordSentence || attributed.askedBy
            && (attributed.subject == null && !joinedToNamedSubject(open)
                || attributed.subject != null && broughtInAsJournalist(attributed.subject))
            && lastNonSpace(quote.contentStart(), quote.contentEnd()) == '?') {
          // "„Da li ste dobili odgovor?“, upitao je novinar", "A reporter asked: “...?”": a question
          // put by nobody named is a journalist's, and no statement; so is one a host named puts
          // ("upitao je voditelj Marko Vidojević"), or one brought in as the host before ("Водитељка
          // Ивана Грујић ... — упитала је Грујић"). One a speaker asks («Почему Запад молчит?» —
          // спросила Захарова) says something of its own.
          continue;
        }
        result = attributed;
      } else if (previous != null && continues(previous, previousParagraph, quote, paragraph, open)) {
        if (words < MIN_ATTRIBUTED_WORDS) {
          continue;
        }
        found.via = Via.INHERIT;
        found.inheritFrom = previous;
        result = found;
      } else {
        Candidate reportBefore = words >= MIN_ATTRIBUTED_WORDS ? attributeByReportBefore(quote, open, close, found) : null;
        if (reportBefore != null) {
          result = reportBefore;
        } else if (words >= MIN_UNATTRIBUTED_WORDS && !(startsLowerCase(quote) && hasWordsBefore(headFrom, open))
            && !titleCased(quote)) {
          // Not a fragment in lower case that a sentence of the writer's runs into ("Kurti accused
          // Belgrade of “blocking everything ...”"): no one's statement without an attribution.
          // Nor an English title ("its largest exhibition in a decade, “Gold of the Danube:
          // Treasures from Viminacium to Kladovo”").
          result = found;
        } else {
          continue;
        }
      }
      if (previous != null && previous.via == Via.NONE && previous.openAtParagraphEnd
          && paragraph == previousParagraph + 1 && result.via != Via.NONE && headFrom == open && (open == 0 || paragraphOf[open - 1] != paragraph)) {
        // A quote left open at its paragraph's end, with no attribution, goes on in the quote that
        // opens the next paragraph and names its speaker there ("“Ja sam za Evropu ... ¶ “Ko misli
        // ...”, zaključio je Popović.").
        previous.forwardTo = result;
      }
      result.openAtParagraphEnd = !quote.closed();
      out.add(result);
      previous = result;
      previousParagraph = paragraph;
      if (result.restStart >= 0
          && wordsBetween(tokenAtOrAfter(result.restStart), tokenAtOrAfter(result.restEnd)) >= MIN_ATTRIBUTED_WORDS) {
        // «..., — сказал он. — И ...»: the sentence after the attribution, the same speaker's.
        Candidate rest = new Candidate(result.restStart, result.restEnd, StatementKind.DIRECT, tokenAtOrAfter(result.restStart));
        rest.via = Via.INHERIT;
        rest.inheritFrom = result;
        rest.openAtParagraphEnd = result.openAtParagraphEnd;
        result.openAtParagraphEnd = false;
        out.add(rest);
        previous = rest;
      }
    }
  }

  /**
   * Whether the quote opening at {@code open} comes right after an "as" phrase set off by commas
   * inside its sentence ("на, како је навео, „...“", "for, as he put it, “...”"): the writer
   * marks a phrase of the speaker's, not a statement.
   */
  boolean fragmentAfterAs(int open, int headFrom) {
    int k = open - 1;
    if (k <= headFrom || !tokens.get(k).is(",")) {
      return false;
    }
    for (k--; k > headFrom && k >= open - 6 && tokens.get(k).word(); k--) {
      if (entry(k).as()) {
        return tokens.get(k - 1).is(",") && hasWordsBefore(headFrom, k - 1);
      }
    }
    return false;
  }

  /**
   * An interview printed as turns with no quote marks ("Novosti: ... Da li je? Mali: Nije.
   * Deficit ..."): once the outlet asks in a turn of its own, a turn that a speaker's name and a
   * colon open is that speaker's words up to the next turn or the paragraph's end, and what the
   * outlet's turns report ("Opozicija tvrdi da ...") belongs to the question and is dropped.
   * Found after the quotes and reports, which it replaces where it overlaps them.
   */
  void findInterviewTurns(List<Candidate> out) {
    List<Turn> turns = new ArrayList<>();
    boolean outletAsks = false;
    // Labels of capitalised words that name no person ("Kosovo Online:"), by their words: one
    // that opens two turns or more, beside a person's two or more, is the outlet asking.
    Map<String, List<Turn>> otherLabels = new HashMap<>();
    int personTurns = 0;
    for (int c = 1; c < tokens.size(); c++) {
      if (!tokens.get(c).is(":") || quoted[c] || c + 1 >= tokens.size() || !tokens.get(c + 1).word()
          || paragraphOf[c + 1] != paragraphOf[c]) {
        continue;
      }
      int first = sentenceFirst[sentenceOf[c]];
      if (first < 0 || c - first < 1 || c - first > 3
          || c - first == 1 && tokens.get(first).end() - tokens.get(first).start() == 1) {
        continue; // not a label; nor "Q:" and "A:", which name neither side
      }
      Ref speaker = refAt[first];
      boolean outlet = c - first == 1 && entry(first).medium();
      boolean person = speaker != null && speaker.from == first && speaker.to == c
          && (speaker.type == RefType.NAME || speaker.type == RefType.MENTION && speaker.actor != null
              && speaker.actor.kind() == Actor.Kind.PERSON);
      if (outlet || person) {
        turns.add(new Turn(c, first, outlet));
        outletAsks |= outlet;
        personTurns += person ? 1 : 0;
      } else if (capitalisedLabel(first, c)) {
        otherLabels.computeIfAbsent(String.join(" ", keys.subList(first, c)), k -> new ArrayList<>())
            .add(new Turn(c, first, true));
      }
    }
    if (personTurns >= 2) {
      for (List<Turn> label : otherLabels.values()) {
        if (label.size() >= 2 && answeredTwice(label, turns)) {
          turns.addAll(label);
          turns.sort(Comparator.comparingInt(Turn::colon));
          outletAsks = true;
        }
      }
    }
    if (!outletAsks) {
      return;
    }
    for (int t = 0; t < turns.size(); t++) {
      Turn turn = turns.get(t);
      int colon = turn.colon();
      int paragraph = paragraphOf[colon];
      int end = colon + 1;
      while (end < tokens.size() && paragraphOf[end] == paragraph
          && (t + 1 >= turns.size() || end < turns.get(t + 1).speaker())) {
        end++;
      }
      int from = tokens.get(colon + 1).start();
      int to = tokens.get(end - 1).end();
      if (turn.outlet()) {
        out.removeIf(c -> c.start >= from && c.end <= to); // the outlet's question, not a statement
        continue;
      }
      int last = end;
      while (last > colon + 1 && !tokens.get(last - 1).word() && !tokens.get(last - 1).is("?")
          && !tokens.get(last - 1).is("!")) {
        last--;
      }
      if (wordsBetween(colon + 1, last) < MIN_ATTRIBUTED_WORDS) {
        continue;
      }
      Candidate answer = new Candidate(from, tokens.get(last - 1).end(), StatementKind.DIRECT, colon);
      answer.via = Via.SUBJECT;
      answer.subject = refAt[turn.speaker()];
      out.add(answer);
    }
  }

  /**
   * Whether a person's turn follows a turn of this label at least twice (asked, answered, asked,
   * answered), as in an interview; a page of offers headed "New Release:" twice is not one.
   */
  private static boolean answeredTwice(List<Turn> label, List<Turn> personTurns) {
    int answered = 0;
    for (int q = 0; q < label.size(); q++) {
      int asked = label.get(q).colon();
      int next = q + 1 < label.size() ? label.get(q + 1).colon() : Integer.MAX_VALUE;
      boolean answer = false;
      for (Turn turn : personTurns) {
        answer |= !turn.outlet() && turn.colon() > asked && turn.colon() < next;
      }
      answered += answer ? 1 : 0;
    }
    return answered >= 2;
  }

  /** Whether tokens [first, colon) are words that all start with a capital: a turn's label. */
  private boolean capitalisedLabel(int first, int colon) {
    for (int k = first; k < colon; k++) {
      if (!tokens.get(k).word() || !tokens.get(k).capitalised()) {
        return false;
      }
    }
    return true;
  }

  /**
   * A broadcast transcript's turns, each opened by its speaker's surname in capitals and a colon
   * ("STEVOVIĆ: — Budžet je pisan ...", "ЛАВРОВ: ..."), for people the text named in full before:
   * each turn is one direct statement of that person, up to the next label, the paragraph's end or
   * a sentence of the writer's that reports with a speech verb ("Na kraju emisije Lalić je rekao
   * da ..."). The host's turns, and any turn that ends in a question mark, are no statements; the
   * host is the one named after a word of hosting ("razgovor vodi Zoran Ilić", "voditelj").
   */
  void findTranscriptTurns(List<Candidate> out) {
    List<int[]> labels = new ArrayList<>(); // {label token, the first token after its colon}
    for (int i = 0; i + 1 < tokens.size(); i++) {
      // The colon first: this runs at every token, and few are followed by one.
      if (tokens.get(i + 1).is(":") && isLabel(i)
          && (i == 0 || paragraphOf[i - 1] != paragraphOf[i] || endsSentence(i - 1))) {
        labels.add(new int[] {i, i + 2});
      }
    }
    if (labels.size() < 2) {
      return; // one colon after a word in capitals is a heading, not a transcript
    }
    for (int l = 0; l < labels.size(); l++) {
      int label = labels.get(l)[0];
      Ref person = namedInFullBefore(label);
      if (person == null) {
        continue;
      }
      int from = labels.get(l)[1];
      while (from < tokens.size() && isDash(from)) {
        from++;
      }
      int to = l + 1 < labels.size() && paragraphOf[labels.get(l + 1)[0]] == paragraphOf[label]
          ? labels.get(l + 1)[0] : paragraphEnd(label);
      if (hosts(person)) {
        // The host's turn: what the host puts to the guests ("Gospodine Laliću, opozicija tvrdi da
        // ..."), no one's statement, as a journalist's question is not.
        int hostFrom = tokens.get(Math.min(from, tokens.size() - 1)).start();
        int hostTo = tokens.get(to - 1).end();
        out.removeIf(c -> c.start >= hostFrom && c.end <= hostTo);
        continue;
      }
      for (int k = from + 1; k < to; k++) {
        if (k == sentenceFirst[sentenceOf[k]] && reportsWithVerb(k, Math.min(to, sentenceEnd[sentenceOf[k]]))) {
          to = k; // the writer again
          break;
        }
      }
      int last = to;
      while (last > from && !tokens.get(last - 1).word() && !tokens.get(last - 1).is("?") && !isClosingMark(last - 1)) {
        last--;
      }
      if (last <= from || tokens.get(last - 1).is("?") || wordsBetween(from, last) < MIN_ATTRIBUTED_WORDS) {
        continue;
      }
      int start = tokens.get(from).start();
      int end = tokens.get(last - 1).end();
      out.removeIf(c -> c.start >= start && c.end <= end);
      Candidate turn = new Candidate(start, end, StatementKind.DIRECT, label);
      turn.via = Via.SUBJECT;
      turn.subject = person;
      out.add(turn);
    }
  }

  /** A word in capitals only, of three letters or more, outside any quote: a transcript's label. */
  private boolean isLabel(int i) {
    String surface = tokens.get(i).surface();
    return tokens.get(i).word() && !quoted[i] && surface.codePointCount(0, surface.length()) >= 3
        && surface.chars().allMatch(Character::isLetter) && surface.equals(surface.toUpperCase(Locale.ROOT))
        && !entry(i).medium();
  }

  /** The person named in full before token {@code label} whose surname the label is, or null. */
  private Ref namedInFullBefore(int label) {
    String surname = lex.surnameStem(keys.get(label));
    Ref found = null;
    for (Ref ref : refsStartingWithin(0, label)) {
      if (ref.type == RefType.NAME && !ref.singleWord && personalName(ref)
          && lex.surnameStem(keys.get(ref.to - 1)).equals(surname)) {
        found = ref;
      }
    }
    return found;
  }

  /** Whether a word of hosting stands just before the name ("razgovor vodi Zoran Ilić", "voditelj Marko ..."). */
  private boolean hosts(Ref person) {
    for (int k = person.from - 1; k >= Math.max(0, person.from - 2) && tokens.get(k).word(); k--) {
      if (entry(k).journalist() || HOSTING.contains(keys.get(k))) {
        return true;
      }
    }
    return false;
  }

  /** Verbs of hosting a broadcast, by match key (vodi, ведет or ведёт, hosts). */
  private static final Set<String> HOSTING = Set.of(
      "vodi", "vodio", "vodila", Texts.matchKey("ведет"), Texts.matchKey("вела"), Texts.matchKey("вёл"), "hosts",
      "hosted", "moderates", "moderated");

  /** The token after the last of token {@code k}'s paragraph. */
  private int paragraphEnd(int k) {
    int end = k;
    while (end < tokens.size() && paragraphOf[end] == paragraphOf[k]) {
      end++;
    }
    return end;
  }

  /** Whether tokens [from, to) hold a speech verb outside quotes: a sentence that reports. */
  private boolean reportsWithVerb(int from, int to) {
    for (int k = from; k < to; k++) {
      if (!quoted[k] && verbAt(k).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** A dash turn's third field when the turn is the outlet's remark put as a statement, not a question. */
  private static final int OUTLETS_REMARK = 2;

  /**
   * An interview printed as dash turns after an introduction that names the person interviewed
   * ("Посол ... Боцан-Харченко в интервью «Известиям» рассказал ..."; then "— ...?" and "— ..."):
   * a turn that ends in a question mark is the outlet's question, and nothing in it is a statement;
   * any other is the answer, one direct statement of the person. Only where the outlet asks at
   * least once, so that a run of dialogue quotes is left to the attributions they carry.
   */
  void findDashInterview(List<Candidate> out) {
    boolean dashParagraph = false; // most articles have none, and need no more of this
    for (int i = 0; i < tokens.size() && !dashParagraph; i++) {
      dashParagraph = (i == 0 || paragraphOf[i - 1] != paragraphOf[i]) && isDash(i)
          || tokens.get(i).is("?") && isDash(i + 1);
    }
    if (!dashParagraph) {
      return;
    }
    Ref cued = null; // named where the text says "interview"
    Ref introduced = null; // the first person named in the paragraph before the turns
    // Per turn: the token before its first word (its dash, or for an answer's further paragraph
    // the token before that paragraph), the token after its last, and 1 for a further paragraph
    // or OUTLETS_REMARK for the outlet's turn put as a statement.
    List<int[]> turns = new ArrayList<>();
    int[] pending = null; // a further paragraph of an answer, until the next turn confirms it
    boolean asked = false;
    for (int i = 0; i < tokens.size(); i++) {
      boolean opens = i == 0 || paragraphOf[i - 1] != paragraphOf[i];
      if (!opens) {
        continue;
      }
      int end = i;
      while (end < tokens.size() && paragraphOf[end] == paragraphOf[i]) {
        end++;
      }
      int answer = answerAfterQuestion(i, end);
      // A remark may open a paragraph whose later turn asks ("– Vlada tvrdi da ... . – Svaki
      // izveštaj je ... . – Hoće li ...? – Neće."): its answer comes first.
      int afterRemark = asked && isDash(i) ? answerAfterRemark(i, end) : -1;
      if (asked && !isDash(i) && i > 0 && afterRemark < 0) {
        // The outlet's remark printed without its dash, as its questions may be ("Опозиција
        // тврди да је јавни дуг превисок. – Јавни дуг је ..."): only one that puts what others
        // say, in the present.
        int unmarked = answerAfterRemark(i - 1, end);
        afterRemark = unmarked > 0 && presentReport(i, unmarked - 1) ? unmarked : -1;
      }
      boolean remark = afterRemark > 0 && (answer < 0 || afterRemark < answer);
      if (remark) {
        answer = afterRemark;
      }
      if (answer > 0 && (cued != null || introduced != null || !turns.isEmpty())) {
        // "Zašto joj ne verujete? – Zato što ...", "– Да ли ће ...? – Сваки такав корак ...": the
        // question and its answer in one paragraph, parted by the dash after the question mark.
        if (pending != null) {
          turns.add(pending);
          pending = null;
        }
        turns.add(new int[] {isDash(i) ? i : i - 1, answer, remark ? OUTLETS_REMARK : 0});
        // "— ...? — Nisam. ... — Šta vas je najviše dirnulo? — Što su ...": more pairs may follow
        // in the paragraph, each question one sentence after a dash.
        int from = answer;
        for (int next = nextQuestionTurn(from + 1, end); next > 0; next = nextQuestionTurn(from + 1, end)) {
          int nextAnswer = answerAfterQuestion(next, end);
          turns.add(new int[] {from, next, 0});
          turns.add(new int[] {next, nextAnswer, 0});
          from = nextAnswer;
        }
        turns.add(new int[] {from, end, 0});
        asked = true;
      } else if (isDash(i) && i + 1 < end && tokens.get(i + 1).word()) {
        if (attributedWithin(i + 1, end) && turns.isEmpty()) {
          // "— Во втором сете ..., — рассказала Громова на пресс-конференции. — ...", then the
          // turns: the one quoted right before them goes on answering.
          Ref speaker = firstPersonIn(i, end);
          speaker = speaker != null ? speaker : bySurnameIn(i, end, 0);
          introduced = speaker != null ? speaker : introduced;
        } else if (!attributedWithin(i + 1, end)) {
          if (pending != null) {
            turns.add(pending); // the answer went on in a paragraph of its own: the next turn shows it
            pending = null;
          }
          turns.add(new int[] {i, end, 0});
          asked |= endsInQuestion(i, end);
        }
      } else if ((cued != null || introduced != null) && endsInQuestion(i, end) && end < tokens.size() && isDash(end)) {
        // "Koliko novca iz IPA fondova Srbija zaista koristi?" then "– Srbija je ...": the outlet's
        // question printed without a dash, its answer with one.
        if (pending != null) {
          turns.add(pending);
          pending = null;
        }
        turns.add(new int[] {i - 1, end, 0});
        asked = true;
      } else if (turns.isEmpty()) {
        cued = intervieweeIn(i, end, cued);
        introduced = introducedIn(i, end);
      } else if (pending == null && !endsInQuestion(turns.get(turns.size() - 1)[0], turns.get(turns.size() - 1)[1])) {
        // A paragraph without a dash after an answer: more of the answer if a turn follows, or if
        // it ends the article in the speaker's own words (no speech verb, no quote marks).
        pending = new int[] {i - 1, end, 1};
        if (end >= tokens.size() && !verbBetween(i, end) && !containsQuoteMark(i, end)
            && !surnameOfIn(cued, i, end) && !surnameOfIn(introduced, i, end)) {
          turns.add(pending);
          pending = null;
        }
      } else {
        break; // the interview is over: what follows is reported again
      }
      i = end - 1;
    }
    // Without the word, the shape alone: a question, then an answer ("Prorektorka ... kaže za
    // „Danas“ ...", then "– ...?" and "– ...").
    boolean answered = false;
    for (int t = 0; t + 1 < turns.size() && !answered; t++) {
      answered = endsInQuestion(turns.get(t)[0], turns.get(t)[1]) && !endsInQuestion(turns.get(t + 1)[0], turns.get(t + 1)[1]);
    }
    Ref interviewee = cued != null ? cued : answered ? introduced : null;
    if (!asked || interviewee == null) {
      return;
    }
    if (interviewee == cued && namedInQuestions(cued, turns)) {
      // "Дирижер ... Ана Стойкович в беседе с нами назвала ...", then "— Ана Стойкович говорит,
      // что ... Вы согласны?": one the questions speak of is not the one they are put to, but
      // the first other person the introduction names in full ("Сербский композитор Джордже
      // Лазаревич ...") is.
      for (Ref ref : refsStartingWithin(0, turns.get(0)[0])) {
        if (personInFull(ref) && !ref.oblique && (ref.type == RefType.MENTION || ref.type == RefType.NAME && !ref.singleWord)
            && !namedInQuestions(ref, turns)) {
          interviewee = ref;
          break;
        }
      }
    }
    interviewee = ofAnswersGender(interviewee, turns.get(0)[0], turns);
    boolean previousAsked = false; // the introduction, as an answer does, leaves the next turn to ask
    for (int t = 0; t < turns.size(); t++) {
      int[] turn = turns.get(t);
      int from = tokens.get(turn[0] + 1).start();
      int to = tokens.get(turn[1] - 1).end();
      out.removeIf(c -> c.start >= from && c.end <= to);
      // A question may go on with a sentence of context ("— Вы ожидали награду? Конкуренция в
      // этом году была очень серьезной."): one that opens with a question after an answer, before
      // a turn that asks nothing, is the outlet's too. (After a question, "— Зачем? Потому что
      // ..." is an answer that opens with one.)
      boolean asks = turn[2] == OUTLETS_REMARK || endsInQuestion(turn[0], turn[1])
          || turn[2] == 0 && !previousAsked && opensWithQuestion(turn[0] + 1, turn[1]) && t + 1 < turns.size()
              && !endsInQuestion(turns.get(t + 1)[0], turns.get(t + 1)[1]);
      previousAsked = asks;
      if (asks) {
        continue;
      }
      int last = turn[1];
      while (last > turn[0] + 1 && !tokens.get(last - 1).word() && !tokens.get(last - 1).is("!")
          && !isClosingMark(last - 1)) {
        last--;
      }
      if (wordsBetween(turn[0] + 1, last) < MIN_ATTRIBUTED_WORDS || refusal(turn[0] + 1, last)) {
        continue;
      }
      Candidate answer = new Candidate(from, tokens.get(last - 1).end(), StatementKind.DIRECT, turn[0]);
      answer.via = Via.SUBJECT;
      answer.subject = interviewee;
      out.add(answer);
    }
  }

  /**
   * The one the answers are by, where their own words say a gender the introduction's choice does
   * not have ("Я писала не о Балканах", "Нисам хтела да ..." after a man was named last or told
   * the outlet something): the first person named before {@code introEnd} who has it. Otherwise,
   * and where no one of that gender was named, {@code interviewee}.
   */
  private Ref ofAnswersGender(Ref interviewee, int introEnd, List<int[]> turns) {
    Gender spoken = answersGender(turns);
    Gender chosen = personGender(interviewee);
    if (spoken == null || chosen == null || chosen == spoken) {
      return interviewee;
    }
    for (Ref ref : refsStartingWithin(0, introEnd)) {
      if (!quoted[ref.from] && (ref.type == RefType.MENTION || ref.type == RefType.NAME && !ref.singleWord)
          && personInFull(ref) && personGender(ref) == spoken && !namedInAnswers(ref, turns)) {
        // (Not one the answers speak of: "Ана Вуковић је написала текст ..." is the director
        // speaking of the playwright.)
        return ref;
      }
    }
    return interviewee;
  }

  /**
   * The gender the speaker of the answers among {@code turns} gives themselves in the first person
   * of a past form, in Serbian and Russian ("я поняла", "я писал", "нисам хтела", "bio sam"): the
   * one all such forms agree on, or null where there are none or they disagree. Turns that end in
   * a question are the outlet's and are not read.
   */
  private Gender answersGender(List<int[]> turns) {
    if (!inflecting()) {
      return null;
    }
    boolean female = false;
    boolean male = false;
    for (int[] turn : turns) {
      if (endsInQuestion(turn[0], turn[1])) {
        continue;
      }
      for (int k = Math.max(0, turn[0]); k < Math.min(turn[1], tokens.size()); k++) {
        if (!tokens.get(k).word() || quoted[k]) {
          continue;
        }
        String key = keys.get(k);
        // (By surface: "я" keys as "a", as the conjunction "а" does.)
        if ("ru".equals(language.base()) && tokens.get(k).surface().equalsIgnoreCase("я")) {
          // "я впервые поняла": the past form within two words after "я".
          for (int j = k + 1; j < Math.min(turn[1], k + 3) && tokens.get(j).word(); j++) {
            Gender g = russianPastGender(tokens.get(j).surface());
            if (g != null) {
              female |= g == Gender.FEMALE;
              male |= g == Gender.MALE;
              break;
            }
          }
        } else if ("sr".equals(language.base()) && FIRST_PERSON_AUXILIARIES.contains(key)) {
          // "нисам хтела", "bio sam": the participle right before or after the auxiliary.
          for (int j : new int[] {k - 1, k + 1}) {
            if (j >= turn[0] && j < turn[1] && j >= 0 && j < tokens.size() && tokens.get(j).word()) {
              Gender g = serbianParticipleGender(keys.get(j));
              female |= g == Gender.FEMALE;
              male |= g == Gender.MALE;
            }
          }
        }
      }
    }
    return female == male ? null : female ? Gender.FEMALE : Gender.MALE;
  }

  /** Serbian "sam" and "nisam", by match key: with a participle, the speaker's own past. */
  private static final Set<String> FIRST_PERSON_AUXILIARIES = Set.of("sam", "nisam");

  /** A Russian past form's gender (поняла, писал, вернулась, вернулся), or null for another word. */
  private static Gender russianPastGender(String surface) {
    String w = surface.toLowerCase(Locale.ROOT);
    if (w.length() < 4 || ADVERBS_IN_LA.contains(w)) {
      return null; // "я сначала подумал": an adverb, then the verb
    }
    if (w.endsWith("ла") || w.endsWith("лась")) {
      return Gender.FEMALE;
    }
    if (w.endsWith("ал") || w.endsWith("ил") || w.endsWith("ел") || w.endsWith("ял") || w.endsWith("лся")) {
      return Gender.MALE;
    }
    return null;
  }

  /** Russian adverbs that end as a woman's past does, in lower case. */
  private static final Set<String> ADVERBS_IN_LA = Set.of("сначала", "поначалу", "догола", "досуха", "добела");

  /** A Serbian active participle's gender by match key (rekla, htela; rekao, hteo, bio), or null. */
  private static Gender serbianParticipleGender(String key) {
    if (key.length() < 3) {
      return null;
    }
    if (key.length() >= 4 && key.endsWith("la")) {
      return Gender.FEMALE; // rekla, htela, bila, mogla
    }
    if (key.endsWith("ao") || key.endsWith("eo") || key.endsWith("io") || key.endsWith("uo")) {
      return Gender.MALE;
    }
    return null;
  }

  /**
   * Whether a turn that ends in a question reports {@code person}'s words, named by the same name
   * or by surname alone right before a speech verb ("— Ана Стойкович говорит, что ... Вы
   * согласны?"). A name the question only addresses ("— Господине Лазаревићу, зашто ...?") is
   * whom it is put to.
   */
  private boolean namedInQuestions(Ref person, List<int[]> turns) {
    for (int[] turn : turns) {
      if (!endsInQuestion(turn[0], turn[1])) {
        continue;
      }
      for (Ref ref : refsStartingWithin(turn[0], turn[1])) {
        boolean same = ref.type == RefType.MENTION ? person.type == RefType.MENTION && ref.actorId != null
                && ref.actorId.equals(person.actorId)
            : ref.type == RefType.NAME && person.type == RefType.NAME
                && (ref.singleWord ? fullNameFor(ref) == person : keyOf(ref).equals(keyOf(person)));
        if (same && ref.to < turn[1] && (verbAt(ref.to).isPresent()
            || tokens.get(ref.to).word() && entry(ref.to).auxiliary() && ref.to + 1 < turn[1] && verbAt(ref.to + 1).isPresent())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the answers among {@code turns} name {@code person} in full, as someone they speak of. */
  private boolean namedInAnswers(Ref person, List<int[]> turns) {
    for (int[] turn : turns) {
      if (endsInQuestion(turn[0], turn[1])) {
        continue;
      }
      for (Ref ref : refsStartingWithin(turn[0], turn[1])) {
        if (ref.type == RefType.MENTION ? person.type == RefType.MENTION && ref.actorId != null
                && ref.actorId.equals(person.actorId)
            : ref.type == RefType.NAME && !ref.singleWord && person.type == RefType.NAME && keyOf(ref).equals(keyOf(person))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Question-and-answer pairs a plain interview needs before its answers are taken as such. */
  private static final int PLAIN_INTERVIEW_PAIRS = 2;

  /**
   * An interview printed as plain paragraphs, with neither dashes nor labels: an introduction that
   * names the person where it says "interview" ("U razgovoru za Nova.rs ona objašnjava ..."), then
   * questions, each a paragraph of its own ending in a question mark, each followed by an answer
   * paragraph. Each answer is one direct statement of the person; nothing in a question is. Only
   * with two such pairs at least, right after the introduction, so that a rhetorical question in a
   * report is no interview.
   */
  void findPlainInterview(List<Candidate> out) {
    List<int[]> paragraphs = new ArrayList<>();
    for (int i = 0; i < tokens.size(); ) {
      int end = i;
      while (end < tokens.size() && paragraphOf[end] == paragraphOf[i]) {
        end++;
      }
      paragraphs.add(new int[] {i, end});
      i = end;
    }
    for (int p = 0; p + 2 < paragraphs.size(); p++) {
      int[] intro = paragraphs.get(p);
      // The question after it first: most articles have none, and the cue would be looked for in
      // every word of every paragraph.
      if (!plainQuestion(paragraphs.get(p + 1)) || endsInQuestion(intro[0], intro[1])) {
        continue;
      }
      // Without the word, the labels tell ("Q: ...?" then "A: ..."): the interview is of the person
      // the introduction names last, as it ends by saying whom the outlet spoke to.
      boolean cued = cuesInterview(intro[0], intro[1]);
      if (!cued && (labelLength(intro[0]) > 0 || !labelledPair(paragraphs.get(p + 1), paragraphs.get(p + 2)))) {
        continue; // (an answer before a question introduces nobody: its names are what it speaks of)
      }
      // The one the outlet talked with comes first ("RTS spoke to pulmonologist Dr Nataša
      // Ilić"), then the one who told it ("Vesna Ristić ... told Sputnik. ... while Energy
      // Minister ... said on Tuesday only that ..."), then the one named last.
      Ref told = cued ? null : talkedWithWithin(intro[0], intro[1], false);
      told = cued || told != null ? told : toldOutletIn(intro[0], intro[1]);
      Ref interviewee = cued ? interviewedIn(intro[0], intro[1]) : told != null ? told : lastNamedPerson(intro[0], intro[1]);
      if (interviewee == null) {
        continue;
      }
      List<int[]> answers = new ArrayList<>();
      List<int[]> questions = new ArrayList<>();
      int q = p + 1;
      while (q + 1 < paragraphs.size() && plainQuestion(paragraphs.get(q)) && plainAnswer(paragraphs.get(q + 1))) {
        questions.add(paragraphs.get(q));
        answers.add(paragraphs.get(q + 1));
        q += 2;
      }
      if (answers.size() < PLAIN_INTERVIEW_PAIRS) {
        continue;
      }
      interviewee = ofAnswersGender(interviewee, intro[1], answers);
      for (int[] question : questions) {
        int from = tokens.get(question[0]).start();
        int to = tokens.get(question[1] - 1).end();
        out.removeIf(c -> c.start >= from && c.end <= to);
      }
      for (int[] answer : answers) {
        int to = tokens.get(answer[1] - 1).end();
        out.removeIf(c -> c.start >= tokens.get(answer[0]).start() && c.end <= to);
        // "A: It is justified": the words after the label.
        addAnswer(out, answer[0] + labelLength(answer[0]), answer[1], interviewee);
      }
      p = q - 1;
    }
  }

  /**
   * The person an interview's introduction over tokens [from, to) names: where it says
   * "interview", or else the first person it names in full.
   */
  private Ref interviewedIn(int from, int to) {
    Ref interviewee = intervieweeIn(from, to, null);
    if (interviewee != null && (namedPerson(interviewee) || surnameOfIn(interviewee, interviewee.to, to))) {
      return interviewee;
    }
    // "On the eve of the Belgrade Economic Forum, ... Finance Minister Sinisa Mali talked to RTS
    // ... The interview has been edited": the person the introduction names, not a forum.
    for (Ref ref : refsStartingWithin(from, to)) {
      if (namedPerson(ref)) {
        return ref;
      }
    }
    return null;
  }

  /**
   * Adds an answer over tokens [first, end), less the marks after its last word but "!", "?" and
   * a closing quote mark, as one direct statement of {@code interviewee}; not one of fewer words
   * than an attributed quote needs.
   */
  private void addAnswer(List<Candidate> out, int first, int end, Ref interviewee) {
    int last = end;
    while (last > first + 1 && !tokens.get(last - 1).word() && !tokens.get(last - 1).is("!")
        && !tokens.get(last - 1).is("?") && !isClosingMark(last - 1)) {
      last--;
    }
    if (wordsBetween(first, last) < MIN_ATTRIBUTED_WORDS) {
      return;
    }
    Candidate c = new Candidate(tokens.get(first).start(), tokens.get(last - 1).end(), StatementKind.DIRECT, first);
    c.via = Via.SUBJECT;
    c.subject = interviewee;
    out.add(c);
  }

  /**
   * An interview whose turns share a paragraph, each labelled with one letter ("Q: Was that the
   * plan? A: Not at all. ..."): the words after the second label of each such paragraph are one
   * direct statement of the person the paragraph before the first names; nothing in the first part
   * is a statement ("Q: Your coach said last week that ..."); a paragraph may hold several pairs,
   * each answer running to the next question's label. Only with two such pairs at least, so that a
   * stray "A:" is no interview.
   */
  void findInlineInterview(List<Candidate> out) {
    List<int[]> pairs = new ArrayList<>(); // {paragraph or question label, answer label, answer end}
    int intro = -1;
    for (int i = 0; i < tokens.size(); ) {
      int end = i;
      while (end < tokens.size() && paragraphOf[end] == paragraphOf[i]) {
        end++;
      }
      int answer = labelLength(i) == 2 ? labelOpening(i + 2, end, keys.get(i), false) : -1;
      if (answer > 0) {
        // "Q: And after Belgrade? A: ... Q: Will you travel with the company? A: Of course.": more
        // than one pair in the paragraph, each answer up to the next question's label.
        int from = i;
        while (answer > 0) {
          int question = labelOpening(answer + 2, end, keys.get(i), true);
          pairs.add(new int[] {from, answer, question > 0 ? question : end});
          from = question;
          answer = question > 0 ? labelOpening(question + 2, end, keys.get(i), false) : -1;
        }
      } else if (pairs.isEmpty()) {
        intro = i;
      }
      i = end;
    }
    if (pairs.size() < PLAIN_INTERVIEW_PAIRS || intro < 0) {
      return;
    }
    Ref interviewee = interviewedIn(intro, pairs.get(0)[0]);
    if (interviewee == null) {
      return;
    }
    for (int[] pair : pairs) {
      int from = tokens.get(pair[0]).start();
      int answerFrom = tokens.get(pair[1]).start();
      int to = tokens.get(pair[2] - 1).end();
      out.removeIf(c -> c.start >= from && c.end <= answerFrom);
      dropInsideAnswer(out, answerFrom, to);
      addAnswer(out, pair[1] + 2, pair[2], interviewee);
    }
  }

  /**
   * Drops what was found inside an interview's answer, text[from, to), which is the interviewee's
   * own words, but for the reports of someone else's it holds ("I spoke to President Vučić last
   * week, and he told me that ..."): those stay, for {@link ExtractionPass#result} to keep beside
   * the answer when their speaker is known and another.
   */
  private static void dropInsideAnswer(List<Candidate> out, int from, int to) {
    out.removeIf(c -> c.start >= from && c.end <= to && c.kind != StatementKind.INDIRECT);
  }

  /**
   * The token of a one-letter label that opens a sentence in tokens [from, end), the question's
   * {@code label} itself where {@code same}, any other where not ("... Was that the plan? A:
   * ..."); or -1.
   */
  private int labelOpening(int from, int end, String label, boolean same) {
    for (int k = from; k + 1 < end; k++) {
      if (labelLength(k) == 2 && keys.get(k).equals(label) == same && k > from && endsSentence(k - 1)) {
        return k;
      }
    }
    return -1;
  }

  /**
   * A paragraph that is one question of the outlet's, "Q:" before it or not, ending in "?": with no
   * dash or quote mark, or with its label, which a quote inside does not undo ("Q: Kurti called
   * your predecessor's proposals "a Serbian wish list". Will you meet him?").
   */
  private boolean plainQuestion(int[] paragraph) {
    return endsInQuestion(paragraph[0], paragraph[1]) && tokens.get(paragraph[0]).word()
        && (labelLength(paragraph[0]) > 0 || !containsQuoteMark(paragraph[0], paragraph[1]));
  }

  /**
   * A paragraph that answers in the person's own words, "A:" before it or not, and asks nothing:
   * with no dash or quote, or with its label ("A: ... As we say in Finland, "a door that is
   * knocked on long enough will open".").
   */
  private boolean plainAnswer(int[] paragraph) {
    int first = paragraph[0] + labelLength(paragraph[0]);
    return tokens.get(paragraph[0]).word() && !endsInQuestion(paragraph[0], paragraph[1])
        && (labelLength(paragraph[0]) > 0 || !containsQuoteMark(paragraph[0], paragraph[1]))
        && wordsBetween(first, paragraph[1]) >= MIN_ATTRIBUTED_WORDS;
  }

  /** Whether a question and the answer after it open with labels of two different letters ("Q:", "A:"). */
  private boolean labelledPair(int[] question, int[] answer) {
    return labelLength(question[0]) > 0 && labelLength(answer[0]) > 0
        && !keys.get(question[0]).equals(keys.get(answer[0]));
  }

  /** The last person named in full in tokens [from, to), or null. */
  private Ref lastNamedPerson(int from, int to) {
    Ref last = null;
    for (Ref ref : refsStartingWithin(from, to)) {
      if (namedPerson(ref)) {
        last = ref;
      }
    }
    return last;
  }

  /** 2 for a turn's one-letter label and its colon ("Q:", "A:") at token {@code i}, else 0. */
  private int labelLength(int i) {
    return i + 1 < tokens.size() && tokens.get(i).word() && tokens.get(i).surface().length() == 1
        && tokens.get(i).capitalised() && tokens.get(i + 1).is(":") ? 2 : 0;
  }

  /** Whether tokens [from, to) say "interview" or a word for one ("u razgovoru za"). */
  private boolean cuesInterview(int from, int to) {
    for (int k = from; k < to; k++) {
      if (tokens.get(k).word() && INTERVIEW.matcher(keys.get(k)).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A person by name: the catalogue's, or a name outside it that a given name opens (in English
   * text, a Serbian one too).
   */
  private boolean namedPerson(Ref ref) {
    String first = keys.get(ref.from);
    return ref.type == RefType.MENTION && ref.actor != null && ref.actor.kind() == Actor.Kind.PERSON
        || ref.type == RefType.NAME && !ref.singleWord
            && (lex.givenName(first) || "en".equals(language.base())
                && extractor.givenName("en", tokens.get(ref.from).surface()));
  }

  /**
   * The person named in the sentence of tokens [from, to) that holds the word "interview" (or in
   * the whole paragraph, where that sentence names none), else {@code before}. The sentence first:
   * the paragraph may open with others ("Elektroprivreda Srbije zatražila je ... Ministarka ...
   * izjavila je ... Ekonomistkinja Jelena Pavićević ... u razgovoru za Danas kaže ...").
   */
  private Ref intervieweeIn(int from, int to, Ref before) {
    int interview = -1;
    for (int k = from; k < to && interview < 0; k++) {
      Ref talkedWith = talkedWith(k, to);
      if (talkedWith != null) {
        return talkedWith;
      }
      interview = tokens.get(k).word() && INTERVIEW.matcher(keys.get(k)).lookingAt() ? k : -1;
    }
    if (interview < 0) {
      return before;
    }
    int sentence = sentenceOf[interview];
    Ref told = personBeforeRelative(Math.max(from, sentenceFirst[sentence]), interview);
    if (told != null) {
      return told;
    }
    // Not a name in what is reported ("У разговору за наш лист каже да јој је Стерија „ближи ...“"):
    // that is whom the interviewee speaks of.
    int end = Math.min(to, sentenceEnd[sentence]);
    for (int k = interview + 1; k < end; k++) {
      if (tokens.get(k).word() && !quoted[k] && entry(k).complementizer()) {
        end = k;
        break;
      }
    }
    Ref person = firstPersonIn(Math.max(from, sentenceFirst[sentence]), end);
    if (person == null) {
      // "В интервью РИА Новости режиссер рассказал о ...": the person that role word brought in
      // before ("Фильм ... режиссера Стефана Илича"), whoever was named between.
      person = introducedByRoleIn(Math.max(from, sentenceFirst[sentence]), end);
    }
    if (person == null || person.oblique || person.type == RefType.NAME
        && !person.name.equals(text.substring(tokens.get(person.from).start(), tokens.get(person.to - 1).end()))) {
      // "..., poručila je ministarka na početku razgovora, vođenog dan posle razgovora
      // predsednika Vučića": one named there in another case is no one interviewed (a name
      // outside the catalogue shows its case where its nominative differs from the text).
      // "Below is an edited transcript of Bogdanović's press conference": the one whose surname
      // the sentence gives, named in full before it, whoever else the paragraph names.
      person = bySurnameIn(Math.max(from, sentenceFirst[sentence]), end, from);
      if (person == null) {
        person = firstPersonIn(from, to);
      }
    }
    return person != null ? person : before;
  }

  /**
   * The person named in full at or after token {@code since} whose surname a lone name in tokens
   * [from, to) is, or null.
   */
  private Ref bySurnameIn(int from, int to, int since) {
    for (Ref ref : refsStartingWithin(from, to)) {
      if (ref.type == RefType.NAME && ref.singleWord) {
        Ref full = fullNameFor(ref);
        if (full != null && full.from >= since && personInFull(full)) {
          return full;
        }
      }
    }
    return null;
  }

  /**
   * Whether a lone name in tokens [from, to) is the surname of {@code full}: a person, whatever the
   * lexicon knows of the given name ("Lazar Bogdanović ... Bogdanović's press conference" in
   * English); the writer's words about the one interviewed, not theirs ("Громова не стала
   * отвечать ...").
   */
  private boolean surnameOfIn(Ref full, int from, int to) {
    if (full == null) {
      return false;
    }
    for (Ref ref : refsStartingWithin(from, to)) {
      if (ref.type == RefType.NAME && ref.singleWord && fullNameFor(ref) == full) {
        return true;
      }
    }
    return false;
  }

  /**
   * A person named by name before tokens [from, interview) go on with a relative clause that holds
   * the word "interview" ("... filmom rediteljke Tamare Vukosavljević, koja je u razgovoru za Danas
   * rekla ...", "Ivan Petrov, who told Reuters in an interview ..."): the one interviewed, in
   * whatever case the sentence puts the name, where the sentence's first name may be another's.
   */
  private Ref personBeforeRelative(int from, int interview) {
    Ref found = null;
    for (Ref ref : refsStartingWithin(from, interview)) {
      if (ref.to + 1 < interview && tokens.get(ref.to).is(",") && tokens.get(ref.to + 1).word()
          && entry(ref.to + 1).relative() && (namedPerson(ref) || nominativeOpensWithGivenName(ref))) {
        found = ref; // the nearest before the word
      }
    }
    return found;
  }

  /** A name outside the catalogue whose nominative opens with a given name ("Tamare" is Tamara's). */
  private boolean nominativeOpensWithGivenName(Ref ref) {
    if (ref.type != RefType.NAME || ref.singleWord || ref.name == null) {
      return false;
    }
    int space = ref.name.indexOf(' ');
    return space > 0 && lex.givenName(Texts.matchKey(ref.name.substring(0, space)));
  }

  /**
   * The person a paragraph before interview turns introduces: the one named in its last sentence
   * that tells an outlet something ("О том, как будет реагировать Россия, «Известиям» рассказал
   * ... Александр Грушко", after a sentence on what Gašić said, "передает «Интерфакс»"), not in
   * another case; else the first person it names.
   */
  private Ref introducedIn(int from, int to) {
    Ref told = toldOutletIn(from, to);
    if (told == null && "sr".equals(language.base())) {
      told = presentSpeakerOfLastSentence(from, to);
    }
    return told != null ? told : firstPersonIn(from, to);
  }

  /**
   * The subject of a Serbian speech verb in the present in the last sentence of tokens [from, to)
   * ("Energetska analitičarka Jelena Tomić ... upozorava međutim da ..."): the lead of an interview
   * tells what its guest says now, after what others said in the past; or null.
   */
  private Ref presentSpeakerOfLastSentence(int from, int to) {
    int s = sentenceOf[to - 1];
    int first = Math.max(from, sentenceFirst[s]);
    int end = Math.min(to, sentenceEnd[s]);
    for (int k = first; k < end; k++) {
      Verb v = quoted[k] || !tokens.get(k).word() ? null : verbAt(k).orElse(null);
      if (v != null && v.gender() == null && !v.plural() && !v.neuter() && !v.impersonal()) {
        Ref person = firstPersonIn(first, k);
        return person != null && !person.oblique ? person : null;
      }
    }
    return null;
  }

  /** The possessive "our" before an outlet's noun, by match key (naš, našem, нашему, нашей, our). */
  private static final Set<String> OUR = Set.of("nas", "nasem", "nasoj", "nasemu", "nasej", "our");

  /**
   * The person of the last sentence of tokens [from, to) that names a medium and has a speech verb
   * ("energy economist Vesna Ristić ... told Sputnik"), or null: whom an outlet's interview is
   * with, wherever the introduction names them.
   */
  private Ref toldOutletIn(int from, int to) {
    for (int s = sentenceOf[to - 1]; s >= sentenceOf[from]; s--) {
      int first = Math.max(from, sentenceFirst[s]);
      int end = Math.min(to, sentenceEnd[s]);
      boolean told = false;
      boolean verb = false;
      for (int k = first; k < end; k++) {
        // An outlet's name has its capital ("Vremenu", „Новости“); "за мање од сат времена" is
        // an hour, not the weekly.
        told |= tokens.get(k).word() && tokens.get(k).capitalised() && entry(k).medium();
        // So is the outlet's own paper ("za naš list kaže", "рассказал нашему изданию", "told our
        // newspaper"), the surest sign of whom it interviews.
        told |= tokens.get(k).word() && OUR.contains(keys.get(k)) && k + 1 < end && tokens.get(k + 1).word()
            && !tokens.get(k + 1).capitalised() && !quoted[k];
        verb |= !quoted[k] && verbAt(k).isPresent();
      }
      for (int k = first; k < end && verb && !told; k++) {
        // So does its correspondent told ("корреспонденту «Ъ» Андрею Кузнецову рассказала ..."),
        // looked for only in a sentence with a speech verb: the noun's case forms cost look-ups.
        told = tokens.get(k).word() && !tokens.get(k).capitalised() && (inflecting() ? journalistNoun(k) : entry(k).journalist());
      }
      if (told && verb) {
        Ref person = firstPersonIn(first, end);
        if (person != null && !person.oblique) {
          return person;
        }
        // The one who told may come after others named in another case ("О том, чего ждать от
        // визита главы МИД Сербии Марко Джурича ..., рассказала ... Ольга Миронова").
        for (Ref ref : refsStartingWithin(first, end)) {
          if (!ref.oblique && !quoted[ref.from] && personInFull(ref) && (ref.type == RefType.MENTION || namedPerson(ref))) {
            return ref;
          }
        }
        // "Янкович рассказал РИА Новости, что ...": by surname, the one named in full before it.
        Ref full = person == null ? bySurnameIn(first, end, from) : null;
        if (full != null) {
          return full;
        }
      }
    }
    return null;
  }

  /**
   * The first person named in tokens [from, to), catalogue actor or full name, or null. A name a
   * given name opens comes before other capitalised pairs, which may be a place in any case
   * ("посетили Республику Сербскую ..., рассказала ... Драгана Вукайлович").
   */
  private Ref firstPersonIn(int from, int to) {
    Ref other = null;
    for (Ref ref : refsStartingWithin(from, to)) {
      // A name that opens the passage with an apposition after it is someone's ("Henrik Aalto, the
      // European Union's new envoy, arrived"), whatever the lexicon knows of the given name.
      boolean introduced = ref.type == RefType.NAME && !ref.singleWord && ref.from == from && ref.to < to
          && tokens.get(ref.to).is(",");
      if (personInFull(ref) && (ref.type == RefType.MENTION || namedPerson(ref) || nominativeOpensWithGivenName(ref)
          || introduced)) {
        return ref;
      }
      if (personInFull(ref) && other == null) {
        other = ref;
      }
    }
    return other;
  }

  /**
   * The person the outlet says it talked with in sentence {@code s} ({@link #talkedWith}), or null:
   * only where the outlet is the one talking ("razgovarali smo sa", "«Ъ» поговорил с"), since
   * "Petković je razgovarao i sa direktorom ... Milanom Jovanovićem. On je rekao ..." leaves the
   * next pronoun to the subject.
   */
  Ref talkedWithIn(int s) {
    return sentenceFirst[s] < 0 ? null : talkedWithWithin(sentenceFirst[s], sentenceEnd[s], true);
  }

  /** "we", "мы" and "mi" as match keys (ы keys as Serbian spells it). */
  private static final Set<String> OUTLET_WE = Set.of("we", "mi");

  /**
   * Whether the outlet talks at the verb {@code k}: "smo" or "мы" beside it, or before it in its
   * sentence "we", a medium or a name in marks ("We spoke to ...", "«Ъ» поговорил с ...",
   * "„Danas“ je razgovarao sa ...").
   */
  private boolean outletTalks(int first, int k) {
    if (k + 1 < tokens.size() && "smo".equals(keys.get(k + 1)) || k > first && "smo".equals(keys.get(k - 1))) {
      return true;
    }
    for (int j = first; j < k; j++) {
      if (tokens.get(j).word() && (entry(j).medium() || OUTLET_WE.contains(keys.get(j))
          || insideNameMarks(tokens.get(j).start(), tokens.get(j).end()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The person the outlet says it talked with at token {@code k}, or null: the one named after
   * "sa" or "с" ("О томе ... разговарали смо са Снежаном Марић, начелницом ...", "«Ъ» поговорил
   * с программным директором фестиваля Ольгой Берестовой"), in whatever case, or the subject of
   * "spoke to us" ("The centre's director, Dr Jelena Marinković, spoke to us about ...") and the
   * one an outlet spoke to ("RTS spoke to pulmonologist Dr Nataša Ilić"). Where no interview
   * follows, only {@link #talkedWithIn} asks, for the outlet's own talks: talks between others
   * ("Vučić je razgovarao sa Putinom") name no one interviewed.
   */
  private Ref talkedWith(int k, int to) {
    if (!tokens.get(k).word() || quoted[k] || k + 2 >= to) {
      return null;
    }
    int sentence = sentenceOf[k];
    if ("en".equals(language.base())) {
      if ("asked".equals(keys.get(k)) && outletTalks(sentenceFirst[sentence], k)) {
        // "B92 English asked energy economist Vesna Ilić ... what the deal means": the one the
        // outlet put its questions to.
        return personAfter(k + 1, Math.min(to, sentenceEnd[sentence]));
      }
      if (!TALKED_EN.contains(keys.get(k)) || !"to".equals(keys.get(k + 1)) && !"with".equals(keys.get(k + 1))) {
        return null;
      }
      if ("us".equals(keys.get(k + 2)) || outletNamedAt(k + 2)) {
        // "Arsić spoke to Kosovo Online in his office": the one who spoke to the outlet, by a
        // surname whose full name came before too.
        Ref speaker = firstPersonIn(Math.max(0, sentenceFirst[sentence]), k);
        return speaker != null ? speaker : bySurnameIn(Math.max(0, sentenceFirst[sentence]), k, 0);
      }
      // "RTS spoke to pulmonologist Dr Nataša Ilić ...": an outlet talking, and whom to.
      return outletTalks(sentenceFirst[sentence], k) ? personAfter(k + 2, Math.min(to, sentenceEnd[sentence])) : null;
    }
    if (!TALKED.matcher(keys.get(k)).lookingAt()) {
      return null;
    }
    Ref named = k > 0 ? refAt[k - 1] : null;
    if (named != null && named.to == k && personInFull(named)
        && (named.type == RefType.MENTION || named.type == RefType.NAME && !named.singleWord)) {
      // "с художественным руководителем театра Ольгой Ведерниковой побеседовал корреспондент": the
      // one named right before the verb, a "с" a few words before the name.
      for (int w = named.from - 1; w >= Math.max(sentenceFirst[sentence], named.from - TALKED_WITH_WORDS); w--) {
        if (tokens.get(w).word() && WITH.contains(keys.get(w))) {
          return named;
        }
      }
    }
    if (k >= 2 && tokens.get(k - 2).word() && WITH.contains(keys.get(k - 2)) && tokens.get(k - 1).word()
        && !tokens.get(k - 1).capitalised() && refAt[k - 1] == null && journalistOrMediumIn(sentence)) {
      // "С режиссером поговорил корреспондент «Коммерсанта»": the one that noun brought in before
      // ("... режиссера Душана Стефановича"), in another case.
      Ref introduced = personIntroducedBy(k - 1, k);
      if (introduced != null) {
        return introduced;
      }
    }
    for (int j = k - 2; j >= Math.max(sentenceFirst[sentence], k - 3); j--) {
      if (tokens.get(j).word() && WITH.contains(keys.get(j)) && WITH_PRONOUNS.containsKey(keys.get(j + 1))) {
        return meantByPronounAfterWith(j); // "Са њим смо разговарали у понедељак"
      }
    }
    int with = k + 1;
    while (with < to && with < k + 3 && tokens.get(with).word() && !WITH.contains(keys.get(with))) {
      with++; // "razgovarali smo sa", "разговарали смо са"
    }
    if (with >= to || !tokens.get(with).word() || !WITH.contains(keys.get(with))) {
      return null;
    }
    if (with + 1 < to && tokens.get(with + 1).word() && WITH_PRONOUNS.containsKey(keys.get(with + 1))) {
      return meantByPronounAfterWith(with); // "Razgovarali smo s njim"
    }
    // "Razgovarali smo s Todorovićevom u Novom Sadu": by surname, the one named in full before,
    // not the place after it.
    Ref bySurname = with + 1 < to ? bySurnameIn(with + 1, with + 2, 0) : null;
    return bySurname != null ? bySurname : personAfter(with + 1, Math.min(to, sentenceEnd[sentence]));
  }

  /**
   * Whether an outlet's name stands at {@code k}: a medium of the lexicon, or capitalised words
   * that are no person's name (no given name opens them, no catalogue person is named there).
   */
  private boolean outletNamedAt(int k) {
    if (k >= tokens.size() || !tokens.get(k).word() || !tokens.get(k).capitalised()) {
      return false;
    }
    if (entry(k).medium()) {
      return true;
    }
    Ref ref = refAt[k];
    if (ref == null) {
      // "Kosovo Online": capitals the rules took for no one, two at least, no given name first.
      return k + 1 < tokens.size() && tokens.get(k + 1).word() && tokens.get(k + 1).capitalised() && !givenNameInAnyCase(k);
    }
    boolean person = ref.type == RefType.MENTION && ref.actor != null && ref.actor.kind() == Actor.Kind.PERSON
        || ref.type == RefType.PRONOUN;
    return !person && ref.type == RefType.NAME && !ref.singleWord && !givenNameInAnyCase(k);
  }

  /** Whether sentence {@code s} has a journalist's noun or an outlet's name in it. */
  private boolean journalistOrMediumIn(int s) {
    for (int j = sentenceFirst[s]; j < sentenceEnd[s]; j++) {
      if (tokens.get(j).word() && (entry(j).journalist() || entry(j).medium())) {
        return true;
      }
    }
    return false;
  }

  /** The person a role word in the nominative in tokens [from, to) brought in before it ({@link #personIntroducedBy}), or null. */
  private Ref introducedByRoleIn(int from, int to) {
    for (Ref ref : refsStartingWithin(from, to)) {
      if (ref.type == RefType.ROLE && !ref.oblique) {
        Ref introduced = personIntroducedBy(ref.to - 1, ref.from);
        if (introduced != null) {
          return introduced;
        }
      }
    }
    return null;
  }

  /**
   * The person named in full last before token {@code before} right after the noun of
   * {@code noun} in any case ("режиссера Душана Стефановича" for "режиссером"), or null.
   */
  private Ref personIntroducedBy(int noun, int before) {
    String stem = lex.surnameStem(keys.get(noun));
    if (stem.length() < 4) {
      return null;
    }
    Ref found = null;
    for (Ref ref : refsStartingWithin(0, before)) {
      if (ref.from > 0 && ref.from != noun + 1 && tokens.get(ref.from - 1).word() && !quoted[ref.from]
          && stem.equals(lex.surnameStem(keys.get(ref.from - 1)))
          && personInFull(ref) && (ref.type == RefType.MENTION || ref.type == RefType.NAME && !ref.singleWord)) {
        found = ref;
      }
    }
    return found;
  }

  /** The first person named in full within {@link #TALKED_WITH_WORDS} tokens of {@code from}. */
  private Ref personAfter(int from, int to) {
    for (Ref ref : refsStartingWithin(from, to)) {
      if (wordsBetween(from, ref.from) >= TALKED_WITH_WORDS) {
        break; // words, not tokens: "the clinic's director, Dr. Milena Stojković" has marks between
      }
      if (personInFull(ref) && (ref.type == RefType.MENTION || ref.type == RefType.NAME && !ref.singleWord)) {
        return ref;
      }
    }
    return null;
  }

  /**
   * The person the outlet talked with in tokens [from, to) ({@link #talkedWith}), or null; with
   * {@code outletOnly}, only where the outlet is the one talking ({@link #outletTalks}).
   */
  private Ref talkedWithWithin(int from, int to, boolean outletOnly) {
    for (int k = from; k < to; k++) {
      Ref ref = talkedWith(k, to);
      if (ref != null) {
        return !outletOnly || outletTalks(from, k) ? ref : null;
      }
    }
    return null;
  }

  /** Match keys of talking with someone (razgovarali, разговарала, поговорил, беседовал, побеседовал). */
  private static final Pattern TALKED = Pattern.compile("razgovara|pogovori|besedova|pobesedova");

  /** English verbs of "spoke to us" and "RTS spoke to". */
  private static final Set<String> TALKED_EN = Set.of("spoke", "talked", "speaks", "talks", "spoken");

  /** The pronouns after "sa" or "с", by match key, and whom they stand for: njim, njom (sr); ним, ней (ru). */
  private static final Map<String, Gender> WITH_PRONOUNS = Map.of(
      "njim", Gender.MALE, "njom", Gender.FEMALE, Texts.matchKey("ним"), Gender.MALE, Texts.matchKey("ней"), Gender.FEMALE);

  /**
   * Whom the pronoun after the "sa" or "с" at {@code with} stands for: the person named last
   * before it, if of its gender; or null.
   */
  private Ref meantByPronounAfterWith(int with) {
    Gender him = WITH_PRONOUNS.get(keys.get(with + 1));
    Ref meant = lastNamedPerson(0, with);
    return meant != null && (personGender(meant) == null || personGender(meant) == him) ? meant : null;
  }

  /** "sa", "s", "с", "со" as match keys. */
  private static final Set<String> WITH = Set.of("sa", "s", "so");

  /**
   * Tokens from "sa" or "to" to the name it introduces ("с программным директором фестиваля
   * Ольгой", "spoke to the festival's director, Jovana Kecman": a possessive and a comma are
   * tokens too).
   */
  private static final int TALKED_WITH_WORDS = 8;

  /**
   * Match keys of "interview" in English, Serbian and Russian, any case ("intervju", which
   * Russian "интервью" keys as too), of a
   * conversation printed as one ("u razgovoru za „Novosti“", "в беседе с"), and of a transcript
   * ("an edited transcript of his press conference", "стенограмма").
   */
  private static final Pattern INTERVIEW =
      Pattern.compile("interv(iew|ju)|razgovor|beseda|besede|besedu|transcript|transkript|stenogram");

  /** Whether the first sentence of tokens [from, to) ends in a question mark. */
  private boolean opensWithQuestion(int from, int to) {
    for (int k = from; k < to; k++) {
      if (tokens.get(k).is("?")) {
        return true;
      }
      if (tokens.get(k).is(".") || tokens.get(k).is("!")) {
        return false;
      }
    }
    return false;
  }

  /** Whether the last word-or-mark of tokens [from, to) before closing marks is a question mark. */
  private boolean endsInQuestion(int from, int to) {
    int last = to - 1;
    while (last > from && (isClosingMark(last) || tokens.get(last).is("."))) {
      last--;
    }
    return tokens.get(last).is("?");
  }

  /**
   * Whether tokens [from, to) are one sentence that declines to speak ("О томе још не бих
   * говорила."): an answer that says nothing, as a refusal to comment is no statement.
   */
  private boolean refusal(int from, int to) {
    for (int k = from; k < to; k++) {
      if (endsSentence(k) && k + 1 < to && tokens.get(k + 1).word()) {
        return false; // a second sentence says something
      }
    }
    for (int k = from; k < to; k++) {
      if (tokens.get(k).word() && verbAt(k).isPresent() && negated(k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The dash that opens a further question inside an answer's paragraph, from {@code from} on: a
   * dash after a sentence's end, one sentence ending in "?", and the answer's dash after it; -1 if
   * there is none.
   */
  private int nextQuestionTurn(int from, int end) {
    for (int k = from; k + 1 < end; k++) {
      if (tokens.get(k).word() && endsSentence(k - 1) && !isDash(k - 1)) {
        // "... – Неће, бар не ове године. Ваш претходник каже да ...? – Мој претходник ...": a
        // question printed without its dash, as the paragraph's first one was, its answer with one.
        int j = k;
        while (j + 1 < end && !endsSentence(j)) {
          j++;
        }
        if (tokens.get(j).is("?") && isDash(j + 1)) {
          return answerAfterQuestion(k - 1, end) > 0 ? k - 1 : -1;
        }
        continue;
      }
      if (!isDash(k) || !endsSentence(k - 1)) {
        continue;
      }
      int answer = answerAfterQuestion(k, end);
      if (answer < 0) {
        return -1;
      }
      for (int j = k + 1; j < answer - 1; j++) {
        if (endsSentence(j)) {
          return -1; // more than one sentence: the answer's own words, quoting a question
        }
      }
      return k;
    }
    return -1;
  }

  /**
   * Where the answer starts in a paragraph of an interview that has asked before, when the outlet's
   * turn is a remark rather than a question ("– Грађани се жале да упозорење није стигло на време.
   * – Упозорење смо издали ..."): the dash and a capital right after the paragraph's first
   * sentence; -1 if none, or if a speech verb follows (a dialogue's own attribution, or a report
   * of someone's words, "– Jovanović je potom dodao da ...").
   */
  private int answerAfterRemark(int from, int to) {
    for (int k = from + 1; k + 2 < to; k++) {
      if (endsSentence(k)) {
        boolean turn = tokens.get(k).is(".") && isDash(k + 1) && tokens.get(k + 2).word()
            && tokens.get(k + 2).capitalised();
        if (!turn) {
          return -1;
        }
        // "– Vlada tvrdi da je izveštaj pisan pod pritiskom. – Svaki izveštaj je kompromis ...":
        // the outlet puts to the one interviewed what others say, in the present; a verb of the
        // past there narrates ("– Jovanović je potom dodao da ..."). The answer runs to the next
        // question of the paragraph, and its own "mislim da" after that is no one else's report.
        boolean putsWhatOthersSay = presentReport(from + 1, k);
        int next = nextQuestionTurn(k + 2, to);
        int answerEnd = next > 0 ? next : to;
        boolean attributed = putsWhatOthersSay ? attributedWithin(k + 1, answerEnd) : attributedWithin(from, to);
        // After what others say, the answer may speak of saying in the present ("— В Брюсселе
        // говорят, что ... — Это говорят уже двадцать лет."); a past still narrates.
        boolean narrated = putsWhatOthersSay ? pastSpeechVerbBetween(k + 2, answerEnd) : verbBetween(k + 2, answerEnd);
        return !attributed && !narrated ? k + 1 : -1;
      }
    }
    return -1;
  }

  /**
   * Serbian or Russian: whether tokens [from, to) hold a speech verb of the present before its
   * "da" or "что" ("Vlada tvrdi da ...", "Оппозиция утверждает, что ..."), and no verb of the past.
   */
  private boolean presentReport(int from, int to) {
    if (!inflecting()) {
      return false;
    }
    boolean present = false;
    for (int k = from; k < to; k++) {
      if (!tokens.get(k).word() || verbAt(k).isEmpty()) {
        continue;
      }
      if (pastSpeechVerbAt(k)) {
        return false;
      }
      int clause = complementizerAfter(k + verbAt(k).get().keys().size() - 1, to);
      present |= clause > 0;
    }
    return present;
  }

  /**
   * The dash that opens the answer in a paragraph [from, to) of an interview that prints the
   * question and the answer together ("...? – ..."): the first dash right after a question mark,
   * with a word after it; or -1.
   */
  private int answerAfterQuestion(int from, int to) {
    for (int k = from; k + 2 < to; k++) {
      if (tokens.get(k).is("?") && isDash(k + 1) && tokens.get(k + 2).word()) {
        // Not "— ...? — upitao je voditelj. — ..., — odgovorila je ...": a dialogue whose turns
        // carry their own attributions.
        return speechVerbWithin(k + 2, to) ? -1 : k + 1;
      }
    }
    return -1;
  }

  /**
   * Whether the speech verb before the quote opening at token {@code open} is joined by "and" to a
   * clause a name opens ("Opposition MP Sanja Vuksanovic held up a jar of water and asked the
   * minister: “...?”"): the question is hers.
   */
  private boolean joinedToNamedSubject(int open) {
    int verb = open < 1 ? -1 : lastVerb(sentenceFirst[sentenceOf[open - 1]], open);
    if (verb < 1 || !tokens.get(verb - 1).word() || !entry(verb - 1).conjunction()) {
      return false;
    }
    Ref subject = firstSubject(sentenceFirst[sentenceOf[verb]], verb - 1);
    return subject != null && subject.type != RefType.PRONOUN && !journalistBefore(subject.from);
  }

  /**
   * Whether {@code subject} has a journalist's or host's noun before it, or is a surname of someone
   * named in full with one before.
   */
  private boolean broughtInAsJournalist(Ref subject) {
    if (journalistBefore(subject.from)) {
      return true;
    }
    if (subject.type != RefType.NAME) {
      return false;
    }
    String surname = lex.surnameStem(keys.get(subject.to - 1));
    for (Ref ref : refsStartingWithin(0, subject.from)) {
      if (ref.type == RefType.NAME && !ref.singleWord && journalistBefore(ref.from)
          && lex.surnameStem(keys.get(ref.to - 1)).equals(surname)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a journalist's or host's noun stands among the two words before token {@code k}. */
  private boolean journalistBefore(int k) {
    for (int j = k - 1; j >= Math.max(0, k - 2) && tokens.get(j).word(); j--) {
      if (entry(j).journalist()) {
        return true;
      }
    }
    return false;
  }

  /** Whether a dash in tokens [from, to) opens an attribution ("— ..., — сказал он."). */
  private boolean attributedWithin(int from, int to) {
    for (int k = from; k + 1 < to; k++) {
      // (Not a sentence the dash opens, whose verb is its own: "— Это говорят уже двадцать лет.")
      if (isDash(k) && (verbAt(k + 1).isPresent() || k + 2 < to && verbAt(k + 2).isPresent()
          && !(tokens.get(k + 1).word() && tokens.get(k + 1).capitalised()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the quote opening at {@code open} is what a verb of calling urges, an infinitive's
   * phrase right after the verb and whom it calls on ("призвала Евросоюз «перестать ...»", "urged
   * Brussels “to act now”"), or what it calls for ("pozvao je na „javnu raspravu ...“"): a
   * fragment the conventions leave out.
   */
  private boolean callForFragment(int open) {
    int first = open + 1;
    if (first >= tokens.size() || !tokens.get(first).word()) {
      return false;
    }
    if (first + 1 < tokens.size() && tokens.get(first + 1).word() && entry(first).negation()) {
      first++; // "призвал Белград «не молчать»", "urged Belgrade “not to stay silent”"
    }
    String surface = tokens.get(first).surface();
    boolean infinitive = "ru".equals(language.base())
        ? surface.endsWith("ть") || surface.endsWith("ться") || surface.endsWith("чь")
        : "en".equals(language.base()) && "to".equals(keys.get(first));
    // "pozvao na „javnu raspravu ...“", "призвал к «...»", "called for “...”": what is called for.
    boolean calledFor = open > 0 && tokens.get(open - 1).word() && CALLED_FOR.contains(keys.get(open - 1));
    if (!infinitive && !calledFor) {
      return false;
    }
    for (int k = open - 1 - (calledFor ? 1 : 0); k >= Math.max(0, open - 4) && tokens.get(k).word(); k--) {
      if (CALLS.contains(keys.get(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the quote opening at {@code open}, of {@code words} words, is what a verb of naming
   * a few words before it calls something ("који део опозиције назива „руском омчом“", "что
   * критики называют «налогом на воздух»", "what critics call a "war tax""): a short fragment,
   * the name given and no words reported.
   */
  private boolean namingFragment(int open, int words) {
    if (words > NAMING_FRAGMENT_WORDS) {
      return false;
    }
    for (int k = open - 1; k >= Math.max(0, open - 3) && tokens.get(k).word(); k--) {
      if (NAMINGS.contains(keys.get(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the quote from {@code open} to {@code close} is the whole of a clause that a speech
   * verb reports: right after its "da", "что" or "that", the verb no more than a few words before,
   * and no word right after the closing mark ("that 'more than two thirds' were running" quotes a
   * fragment of the clause).
   */
  private boolean reportedInMarks(int open, int close) {
    int that = open - 1;
    if (that < 1 || !tokens.get(that).word() || !entry(that).complementizer()
        || close + 1 < tokens.size() && tokens.get(close + 1).word()) {
      return false;
    }
    for (int k = that - 1; k >= Math.max(0, that - REPORTED_IN_MARKS_REACH) && !endsSentence(k); k--) {
      if (tokens.get(k).word() && verbAt(k).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** Tokens between a speech verb and the "da" of a report in marks ("je u pisanoj izjavi navela da"). */
  private static final int REPORTED_IN_MARKS_REACH = 8;

  /** Whether the quote is a name a verb of naming gives ({@link #namingFragment}). */
  private boolean namedByVerb(Quote quote) {
    int open = tokenAtOrAfter(quote.open());
    int close = tokenAtOrAfter(quote.close());
    return namingFragment(open, wordsBetween(open + 1, close));
  }

  /** Words a name given in marks has at most ("„руском омчом“", "«налогом на воздух»"). */
  private static final int NAMING_FRAGMENT_WORDS = 8;

  /** Verbs of naming something, by match key (Serbian "nazvala" and Russian "назвала" are one). */
  private static final Set<String> NAMINGS = Stream.of(
          "naziva", "nazivaju", "nazivao", "nazivala", "nazivali", "nazvao", "nazvala", "nazvali", "nazvalo",
          "zove", "zovu", "zvao", "zvala", "zvali", "зовут", "зовёт", "звали", "prozvali", "prozvao", "prozvala",
          "прозвали", "прозвал", "прозвала",
          "называет", "называют", "называл", "называла", "называли", "назвал", "назвала", "назвали",
          "calls", "call", "called", "dubbed", "dubs", "branded", "labelled", "labeled", "termed")
      .map(Texts::matchKey)
      .collect(Collectors.toUnmodifiableSet());

  /** Verbs of calling on someone to do something, by match key. */
  private static final Set<String> CALLS = Set.of(
      Texts.matchKey("призвал"), Texts.matchKey("призвала"), Texts.matchKey("призвали"), Texts.matchKey("призвало"),
      Texts.matchKey("призывает"), Texts.matchKey("призывают"), "urged", "urges", "called", "calls",
      "pozvao", "pozvala", "pozvali", "pozvalo", "poziva", "pozivaju", "pozivao", "pozivala");

  /** The prepositions of what a verb of calling calls for, by match key: na (sr), к (ru), for (en). */
  private static final Set<String> CALLED_FOR = Set.of("na", Texts.matchKey("к"), "for");

  /**
   * Whether the quote opening at {@code open} follows a word that introduces a sign's text, alone
   * or after other such quotes joined by "and" or commas ("reading “...” and “...”").
   */
  private boolean afterInscription(int open) {
    if (open < 1) {
      return false;
    }
    int k = open - 1;
    while (k > 0 && (quoted[k] || isQuoteMark(k) || tokens.get(k).is(",")
        || tokens.get(k).word() && entry(k).conjunction())) {
      k--;
    }
    // Right before the quote, or before the first of the quotes walked back over.
    if (tokens.get(k).word() && (entry(k).inscription() || writtenOn(k)) && (k == open - 1 || isQuoteMark(k + 1))) {
      return true;
    }
    // A work's author in the genitive between its noun and its title ("оперы Римского-Корсакова
    // «Сказание о невидимом граде Китеже»", "roman Ive Andrića „Na Drini ćuprija“").
    int author = open - 1;
    while (author > 0 && author >= open - AUTHOR_WORDS && tokens.get(author).word() && tokens.get(author).capitalised()
        && !quoted[author]) {
      author--;
    }
    return author < open - 1 && tokens.get(author).word() && entry(author).inscription();
  }

  /** Words of an author's name between a work's noun and its title. */
  private static final int AUTHOR_WORDS = 3;

  /**
   * "који је најавио велики скуп „Српска бира“ за суботу": a few words in marks right after the
   * noun of an event are its title, not anyone's words.
   */
  private boolean eventTitle(int open, int words) {
    return words <= EVENT_TITLE_WORDS && open > 0 && tokens.get(open - 1).word() && !tokens.get(open - 1).capitalised()
        && entry(open - 1).event();
  }

  /** Keys of "it is written" (piše, пише, написано) that a sign's text follows. */
  private static final Set<String> WRITTEN = Set.of("pise", "pisalo", "pisu", "napisano");

  /**
   * "transparenti na kojima piše »...«", "плакаты, на которых написано «...»": what is written on
   * something named by a preposition and a relative just before, a sign's text, no one's
   * statement (not "Vučić piše da ...").
   */
  private boolean writtenOn(int k) {
    if (!WRITTEN.contains(keys.get(k))) {
      return false;
    }
    for (int j = k - 1; j >= Math.max(1, k - 3); j--) {
      boolean relativeWord = tokens.get(j).word() && (keys.get(j).startsWith("koj") || keys.get(j).startsWith("kotor"));
      if (relativeWord && tokens.get(j - 1).word() && entry(j - 1).preposition()) {
        return true;
      }
    }
    return false;
  }

  /** A turn of an interview: its colon, the first token of who speaks, and whether that is the outlet. */
  private record Turn(int colon, int speaker, boolean outlet) {}

  /**
   * Where the subject of a verb at {@code verb} is looked for in a sentence that opens with the
   * question put ("На питање новинара ... да ли ће ..., одговорила је кратко: „...“"): after the
   * question's comma, so that its words are not taken for a subject; else {@code from}.
   */
  int afterQuestionPut(int from, int verb) {
    int first = from;
    while (first < verb && !tokens.get(first).word()) {
      first++;
    }
    boolean question = questionNounOpens(first, verb);
    if (!question) {
      return from;
    }
    for (int i = verb - 1; i > first; i--) {
      if (tokens.get(i).is(",")) {
        int aside = asideClosedAt(first, i);
        if (aside > 0) {
          i = aside; // "..., Воронцов, участвовавший в заседании по видеосвязи, ответил": the name's aside
          continue;
        }
        return i + 1;
      }
    }
    return from;
  }

  /**
   * Whether the sentence at token {@code k} opens with the question put: a noun for a question
   * after its preposition ("На питање новинара", "На вопрос") or being asked ("Upitan", "Asked").
   */
  private boolean opensWithQuestionPut(int k) {
    int opening = sentenceFirst[sentenceOf[k]];
    if (opening < 0) {
      return false;
    }
    while (opening < k && !tokens.get(opening).word()) {
      opening++;
    }
    return questionNounOpens(opening, k) || opening + 1 < k && entry(opening).asking();
  }

  /** A noun for a question at {@code first}, or after a preposition there ("На питање"), before {@code limit}. */
  private boolean questionNounOpens(int first, int limit) {
    return first + 1 < limit && (entry(first).question() || entry(first).preposition() && entry(first + 1).question());
  }

  /**
   * "На вопрос, находится ли Белград «под давлением», он ответил: ...": words in marks, in lower
   * case, inside the question put that opens a sentence whose speech verb follows them are the
   * question's (or what it reports), not the answer.
   */
  private boolean questionFragment(Quote quote, int open) {
    int content = quote.contentStart();
    while (content < quote.contentEnd() && !Character.isLetter(text.charAt(content))) {
      content++;
    }
    if (content >= quote.contentEnd() || !Character.isLowerCase(text.charAt(content)) || !opensWithQuestionPut(open)) {
      return false;
    }
    int end = sentenceEnd[sentenceOf[open]];
    for (int k = tokenAtOrAfter(quote.after()); k < end; k++) {
      if (tokens.get(k).word() && !quoted[k] && verbAt(k).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where to look for the subject of the verb at {@code verb} whose window starts at {@code from}
   * right after a quote: at the start of its sentence where that opens with the question put
   * ("Упитан да ли је влада „под притиском“ ових дана, одговорио је: ...", "На вопрос, находится
   * ли Белград «под давлением» сейчас, ответил"), since the words in marks are the question's and
   * the answer's subject is dropped; else {@code from}.
   */
  private int questionPutAround(int from, int verb) {
    int first = sentenceFirst[sentenceOf[verb]];
    if (first < 0 || from <= first || !isQuoteMark(from - 1) || !quotedBefore(first, from)) {
      return from;
    }
    return opensWithQuestionPut(verb) ? first : from;
  }

  /**
   * Past the question put that opens the verb's sentence, up to its last comma before the verb
   * ("Na pitanje novinara da li će Partizan dovesti još jednog centra, rekao je da ..."): the
   * answer's own words start there; else {@code from}.
   */
  private int afterQuestionPutOpening(int from, int verb) {
    if (!opensWithQuestionPut(verb)) {
      return from;
    }
    for (int k = verb - 1; k > Math.max(from, sentenceFirst[sentenceOf[verb]]); k--) {
      if (tokens.get(k).is(",")) {
        return Math.max(from, k + 1);
      }
    }
    return from;
  }

  private boolean quotedBefore(int first, int from) {
    for (int i = first; i < from; i++) {
      if (quoted[i]) {
        return true;
      }
    }
    return false;
  }

  /** The comma that opens a participle's phrase closed by the comma at {@code close}, after {@code first}; else -1. */
  private int asideClosedAt(int first, int close) {
    for (int j = close - 1; j > first && close - j <= PARTICIPLE_ASIDE_WORDS + 2; j--) {
      if (tokens.get(j).is(",")) {
        return participleAside(j, close + 1) == close ? j : -1;
      }
    }
    return -1;
  }

  /** Word tokens before a quote that a noun for a question may stand in ("На питање новинара „...?“"). */
  private static final int QUESTION_NOUN_REACH = 3;

  /**
   * "На питање новинара „Да ли ће Србија ...?“ шеф државе је одговорио ...", "To the question
   * "Will Serbia ...?" he replied ...": a quote ending in a question mark that a noun for a
   * question introduces is the question put, whoever answers it.
   */
  private boolean questionPut(Quote quote, int open, int headFrom) {
    if (lastNonSpace(quote.contentStart(), quote.contentEnd()) != '?') {
      return false;
    }
    int words = 0;
    for (int i = open - 1; i >= headFrom && words < QUESTION_NOUN_REACH; i--) {
      if (!tokens.get(i).word()) {
        continue;
      }
      if (entry(i).question()) {
        // "Đilas je na to uzvratio pitanjem: „...?“", "ответил вопросом": answering with a question
        // is saying it (not opening a debate with one, as its host does).
        return !answeredWithQuestion(i);
      }
      words++;
    }
    return false;
  }

  /** Stems of verbs of answering back, whose question in the instrumental is the answer. */
  private static final List<String> ANSWERING = List.of("uzvrat", "odgovor", "otvet", "parir");

  /** Whether the noun for a question at {@code i} is in the instrumental right after a verb of answering. */
  private boolean answeredWithQuestion(int i) {
    String key = keys.get(i);
    if (!key.endsWith("em") && !key.endsWith("om")) {
      return false;
    }
    for (int j = i - 1; j >= Math.max(0, i - 2); j--) {
      if (tokens.get(j).word() && ANSWERING.stream().anyMatch(keys.get(j)::startsWith)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The quote that goes on with the sentence of quote {@code q} after its attribution, or -1:
   * "“Serbia,” Vucic said, “will not ...”", "„Srbija neće ...”, rekao je Vučić, „jer ...”". The
   * first part ends in a comma, a speech verb stands between them with no end of a sentence, and
   * the second part starts in lower case. The caller checks that the first part opens its sentence.
   */
  int continuationOf(int q, int close) {
    Quote quote = quotes.get(q);
    if (!quote.closed() || q + 1 >= quotes.size() || !quoteParagraph.get(q + 1).equals(quoteParagraph.get(q))) {
      return -1;
    }
    int dialogue = dialogueGoingOn(q, close);
    if (dialogue >= 0) {
      return dialogue;
    }
    boolean comma = lastNonSpace(quote.contentStart(), quote.contentEnd()) == ','
        || close + 1 < tokens.size() && tokens.get(close + 1).is(",");
    Quote next = quotes.get(q + 1);
    int nextOpen = tokenAtOrAfter(next.open());
    // The attribution may carry an apposition ("said Tamara Rakic, a researcher at ..., “and ...").
    if (!comma || nextOpen - close > TAIL_VERB_REACH + 4 + APPOSITION_WORDS || trimmedContent(next) == null
        || !startsLowerCase(next)) {
      return -1;
    }
    int afterNext = next.closed() ? tokenAtOrAfter(next.after()) : -1;
    if (nextOpen > 0 && tokens.get(nextOpen - 1).word() && afterNext > 0 && afterNext < tokens.size()
        && tokens.get(afterNext).word() && tokens.get(afterNext).capitalised()) {
      // Words in marks between a word and a name are a nickname ("— приводятся в сообщении слова
      // главного тренера «красно-белых» Игоря Лаптева"), not the sentence going on.
      return -1;
    }
    boolean verb = false;
    for (int i = close + 1; i < nextOpen; i++) {
      Token token = tokens.get(i);
      if (!token.word() && !token.is(",") && !isDash(i) && !possessiveApostrophe(i)) {
        return -1;
      }
      if (token.word() && entry(i).complementizer()) {
        return -1; // "“...,” the OHR said, adding that it “regrets ...”": a report of its own
      }
      verb |= verbAt(i).isPresent();
    }
    return verb ? q + 1 : -1;
  }

  /** Whether token {@code i} is the apostrophe of a possessive between two words ("Russia’s envoy"). */
  private boolean possessiveApostrophe(int i) {
    return i + 2 < tokens.size() && possessiveBefore(i + 2);
  }

  /**
   * "– Nećemo dozvoliti ... – rekao je Vučić, – jer ...": dialogue dashes around an attribution
   * that splits a sentence, and the sentence going on after it, are one statement. The index of
   * the going-on quote, or -1. After an attribution that ends in a full stop ("— Мы никогда ...,
   * — сказал министр. — Резолюция ...") a new sentence follows, a statement of its own (see
   * {@link #attributeInside}), which inherits the speaker.
   */
  private int dialogueGoingOn(int q, int close) {
    Quote next = quotes.get(q + 1);
    int nextOpen = tokenAtOrAfter(next.open());
    if (next.closed() || !isDash(close) || !isDash(nextOpen) || trimmedContent(next) == null
        || nextOpen - close > TAIL_VERB_REACH + 4) {
      return -1;
    }
    boolean verb = false;
    for (int i = close + 1; i < nextOpen; i++) {
      Token token = tokens.get(i);
      if (!token.word() && !token.is(",") && !isDash(i)) {
        return -1;
      }
      verb |= verbAt(i).isPresent();
    }
    return verb ? q + 1 : -1;
  }

  /** Whether the first letter after the mark at token {@code open} is in lower case. */
  private boolean lowerCaseAfter(int open) {
    return firstLetterLowerCase(tokens.get(open).end(), text.length());
  }

  /** Fewest words of four letters or more an English title in marks has, all capitalised. */
  private static final int TITLE_CASED_WORDS = 3;

  /**
   * Whether an English quote is a title: every word of four letters or more capitalised but its
   * prepositions and conjunctions ("from", "with"), at least {@link #TITLE_CASED_WORDS} of them,
   * and no full stop, question or exclamation inside.
   */
  private boolean titleCased(Quote quote) {
    if (!"en".equals(language.base())) {
      return false;
    }
    int capitalised = 0;
    for (int i = tokenAtOrAfter(quote.contentStart()); i < tokens.size() && tokens.get(i).end() <= quote.contentEnd(); i++) {
      Token token = tokens.get(i);
      if (token.is(".") || token.is("?") || token.is("!")) {
        return false;
      }
      if (token.word() && token.surface().length() >= 4 && !entry(i).preposition() && !entry(i).conjunction()) {
        if (!token.capitalised()) {
          return false;
        }
        capitalised++;
      }
    }
    return capitalised >= TITLE_CASED_WORDS;
  }

  private boolean startsLowerCase(Quote quote) {
    return firstLetterLowerCase(quote.contentStart(), quote.contentEnd());
  }

  /** Whether the first letter in text[from, to) is in lower case (false when there is none). */
  private boolean firstLetterLowerCase(int from, int to) {
    for (int i = from; i < to; ) {
      int cp = text.codePointAt(i);
      if (Character.isLetter(cp)) {
        return Character.isLowerCase(cp);
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  private int wordsInside(Quote quote) {
    return wordsBetween(tokenAtOrAfter(quote.open()) + 1, tokenAtOrAfter(quote.close()));
  }

  /** The quote's words without the marks, surrounding spaces and a trailing comma. */
  int[] trimmedContent(Quote quote) {
    int start = quote.contentStart();
    int end = quote.contentEnd();
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || ",;:".indexOf(text.charAt(end - 1)) >= 0)) {
      end--;
    }
    return end > start ? new int[] {start, end} : null;
  }

  /**
   * A quote interrupted by the author's words inside its marks ({@code inside}, found by {@link
   * #authorsWords} when the quotes were indexed): their speech verb attributes it. Where the
   * attribution splits a sentence («Россия, — заявил Лавров, — не признает ...») its words are
   * the two parts without the attribution, joined by a space. Where the attribution ends in a full
   * stop («..., — сказал он. — И ...») a new sentence follows, which the annotation conventions
   * count as a statement of its own, as they do one after "“...,” he said. “...”": the candidate
   * then holds the first part, and {@link Candidate#restStart} where the second begins.
   * Attributed even when no subject is found there («..., — сказал источник, — ...»): the words
   * still leave the attribution out, and the speaker is then unknown. Null when there are none.
   */
  Candidate attributeInside(int[] inside, Candidate found) {
    if (inside == null) {
      return null;
    }
    int dash = inside[0];
    int wordsEnd = inside[1];
    int second = inside[2];
    boolean afterComma = tokens.get(dash - 1).is(",");
    int gapStart = afterComma ? tokens.get(dash - 1).start() : tokens.get(dash).start();
    boolean newSentence = second > wordsEnd && tokens.get(wordsEnd).is(".");
    if (newSentence) {
      int end = gapStart;
      while (end > found.start && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      Candidate first = attach(new Candidate(found.start, end, StatementKind.DIRECT, found.anchor), inside[3], dash + 1, wordsEnd);
      int rest = tokens.get(second).end();
      while (rest < found.end && Character.isWhitespace(text.charAt(rest))) {
        rest++;
      }
      first.restStart = rest < found.end ? rest : -1;
      first.restEnd = found.end;
      return first;
    }
    Candidate c = attach(new Candidate(found.start, found.end, StatementKind.DIRECT, found.anchor), inside[3], dash + 1, wordsEnd);
    c.gapStart = gapStart;
    c.gapEnd = tokens.get(second).end();
    return c;
  }

  /** Whether the quote stands in the sentence of the token {@code open} and made no statement in {@code out}. */
  private boolean silentInSentence(Quote quote, int open, List<Candidate> out) {
    int at = tokenAtOrAfter(quote.open());
    if (sentenceOf[at] != sentenceOf[open]) {
      return false;
    }
    for (Candidate c : out) {
      if (c.anchor == at) {
        return false;
      }
    }
    return true;
  }

  /** "X said: «...»" and "X: «...»", also with the introduction ending the paragraph before. */
  Candidate attributeByHeadColon(Quote quote, int open, int headFrom, Candidate found) {
    int colon = open - 1;
    while (colon >= headFrom && isDash(colon)) {
      colon--;
    }
    if (colon < headFrom || !tokens.get(colon).is(":")) {
      // Nothing before the quote in its paragraph: the introduction may end the paragraph before.
      if (colon < headFrom && open > 0 && paragraphOf[open - 1] != paragraphOf[open] && tokens.get(open - 1).is(":")) {
        colon = open - 1;
        headFrom = sentenceFirst[sentenceOf[colon]];
      } else {
        return null;
      }
    }
    if (sentenceFirst[sentenceOf[colon]] > headFrom) {
      // The quote before may end a sentence before the colon's ("..., she wrote on X. Jovana
      // Radić, an MP of the opposition Civic Bloc, was more sceptical: “...”"): the introduction
      // is the colon's sentence.
      headFrom = sentenceFirst[sentenceOf[colon]];
    }
    int verb = lastVerb(headFrom, colon);
    if (verb >= 0) {
      Candidate c = attach(found, verb, Math.max(afterQuestionPut(headFrom, verb),
          coordinateClauseWithSubject(headFrom, verb)), verbWindowEnd(verb, colon));
      int and = c.subject == null || c.zero ? conjunctionBefore(verb, headFrom) : -1;
      int first = and > headFrom ? lastVerb(headFrom, and) : -1;
      Ref shared = first >= 0 ? best(headFrom, and, first, false, false) : null;
      int answer = afterQuestionPutOpening(headFrom, verb);
      if (shared == null && and > answer && answer > headFrom) {
        // "Upitan da li se oporavio, Stojiljković je samo odmahnuo rukom i rekao: „...“": after
        // the question put, the subject of the clause the conjunction joins to, whatever its verb.
        shared = firstSubject(answer, and);
      }
      if (shared != null) {
        // "..., rekao je Stanić, a zatim dodao: »...«", "Stanic said, and then added: “...”": the
        // second verb has no subject of its own, and shares the first one's.
        c.subject = shared;
        c.zero = false;
      }
      return c;
    }
    if (colon - headFrom <= ATTRIBUTION_SENTENCE_WORDS) {
      Ref ref = best(headFrom, colon, colon, false, false);
      if (ref != null) {
        found.via = Via.SUBJECT;
        found.subject = ref;
        return found;
      }
    }
    Ref topicAfter = personBeforeTopicDash(headFrom, colon);
    if (topicAfter != null) {
      // "Помощник президента Юрий Ушаков — о контактах с администрацией Трампа: «...»": a live
      // blog's heading, the speaker, a dash and what the words are about; anyone named in that
      // is the topic.
      found.via = Via.SUBJECT;
      found.subject = topicAfter;
      return found;
    }
    // "Лидер СНСД-а Милорад Додик огласио се на мрежи X: „...“", "Teodosije objavio je ...
    // fotografije, uz poruku: „...“": a longer introduction with no speech verb; its subject is
    // the one who speaks, when it opens the sentence.
    Ref named = colon > headFrom ? refAt[colon - 1] : null;
    if (named != null && named.to == colon && !quoted[named.from] && personInFull(named)
        && (named.type == RefType.MENTION || personalName(named) && !afterPreposition(named))) {
      // "Свою оценку саммиту дал и председатель комитета Госдумы ... Леонид Слуцкий: «...»": the
      // person named in full right before the colon, however long the introduction (not a place
      // after a preposition: "spoke to B92 near Kaluđerske Bare: '...'").
      found.via = Via.SUBJECT;
      found.subject = named;
      return found;
    }
    Ref subject = firstSubject(headFrom, colon);
    if (subject != null && subject.type != RefType.PRONOUN && wordsBetween(headFrom, subject.from) <= COLON_SUBJECT_WORDS
        && (subject.type != RefType.MENTION || subject.actor == null || subject.actor.kind() == Actor.Kind.PERSON)) {
      found.via = Via.SUBJECT;
      found.subject = subject;
      return found;
    }
    return null;
  }

  /**
   * The person named in full in the nominative that a dash and a preposition follow, before the
   * colon at {@code colon} ("Юрий Ушаков — о контактах ...:", "Ana Brnabić – o izborima:",
   * "Lavrov — on the talks:"), with nothing but a role before the name; or null.
   */
  private Ref personBeforeTopicDash(int from, int colon) {
    for (int k = from; k + 2 < colon; k++) {
      Ref ref = refAt[k];
      if (ref == null || ref.from != k) {
        if (!tokens.get(k).word() || quoted[k] || verbAt(k).isPresent()) {
          return null; // only words of a role before the name
        }
        continue;
      }
      if (ref.type == RefType.ROLE || ref.type == RefType.MENTION && organisation(ref)) {
        k = ref.to - 1; // "Помощник президента", "глава МИД России"
        continue;
      }
      boolean person = !ref.oblique && personInFull(ref)
          && (ref.type == RefType.MENTION || ref.type == RefType.NAME && personalName(ref));
      int dash = ref.to;
      return person && dash + 1 < colon && isDash(dash) && tokens.get(dash + 1).word() && entry(dash + 1).preposition()
          ? ref : null;
    }
    return null;
  }

  /**
   * Adverbs of sequence between a conjunction and the verb it joins ("a zatim dodao", "and then
   * added"), by match key (Russian потом keys as Serbian potom).
   */
  private static final Set<String> THEN = Set.of("zatim", "potom", "onda", "then", "also", Texts.matchKey("затем"),
      Texts.matchKey("также"));

  /**
   * The conjunction right before the verb at {@code verb}, perhaps with an adverb of sequence or an
   * auxiliary between ("a zatim dodao", "and then added", "i je dodao"), after {@code from}; or -1.
   */
  private int conjunctionBefore(int verb, int from) {
    int k = verb - 1;
    // Serbian "i" is a filler ("also") as well; right before the verb it is the conjunction.
    while (k > from && tokens.get(k).word() && !entry(k).conjunction() && (THEN.contains(keys.get(k)) || entry(k).filler())) {
      k--;
    }
    return k > from && tokens.get(k).word() && entry(k).conjunction() && !quoted[k] ? k : -1;
  }

  /**
   * Where the clause of the verb at {@code verb} starts when a comma and a conjunction join it to
   * the sentence and it has a subject of its own ("Drecun je rekao da ne zna, a Ristovićeva je
   * odgovorila kratko: »...«": she answers); else {@code from}.
   */
  private int coordinateClauseWithSubject(int from, int verb) {
    for (int k = verb - 2; k > from; k--) {
      if (tokens.get(k).is(",") && tokens.get(k + 1).word() && entry(k + 1).conjunction() && !quoted[k]) {
        return firstSubject(k + 2, verb) != null ? k + 2 : from;
      }
    }
    return from;
  }

  /** "«...», — заявил Лавров." / "“...,” the diplomat said." / "„...“, rekla je ona." */
  Candidate attributeByTail(Quote quote, int close, int tailTo, Candidate found, int lastContent) {
    int from = close + 1;
    char lastInside = lastNonSpace(quote.contentStart(), quote.contentEnd());
    if (lastInside == '\u2019' || lastInside == '\'' || lastInside == '\u201D' || lastInside == '"') {
      // A quote that ends in a quote of its own ("... you know?’” Pluznick recalled): its mark.
      int end = quote.contentEnd();
      while (end > quote.contentStart() && (Character.isWhitespace(text.charAt(end - 1)) || "\u2019'\u201D\"".indexOf(text.charAt(end - 1)) >= 0)) {
        end--;
      }
      lastInside = lastNonSpace(quote.contentStart(), end);
    }
    // A dialogue dash that closes the quote is punctuation enough ("– ... – rekao je Vučić").
    boolean punctuated = ",.!?\u2026".indexOf(lastInside) >= 0 || isDash(close);
    int i = from;
    while (i < tailTo && (tokens.get(i).is(",") || isDash(i))) {
      punctuated = true;
      i++;
    }
    if (!punctuated) {
      return null;
    }
    Ref byline = from < tokens.size() && isDash(from) ? bylineAt(i, paragraphOf[close]) : null;
    if (byline != null) {
      // "“Had he taken The Dragon Waiting ...” — Neil Gaiman": a name alone after a dash.
      found.via = Via.SUBJECT;
      found.subject = byline;
      return found;
    }
    if (i >= tailTo && tailTo == sentenceEnd[sentenceOf[close]]) {
      // The quote ended its sentence ("... us." Zakharova said.): a short next sentence may name
      // the speaker.
      int next = sentenceOf[close] + 1;
      if (next >= sentenceList.size() || sentenceFirst[next] < 0 || paragraphOf[sentenceFirst[next]] != paragraphOf[close]) {
        return null;
      }
      int nextFrom = sentenceFirst[next];
      int nextTo = sentenceEnd[next];
      if (wordsBetween(nextFrom, nextTo) > ATTRIBUTION_SENTENCE_WORDS || containsQuoteMark(nextFrom, nextTo)) {
        return null;
      }
      i = nextFrom;
      tailTo = nextTo;
    }
    int limit = Math.min(tailTo, i + TAIL_VERB_REACH + 1);
    int roleAt = i < tailTo && tokens.get(i).word() && entry(i).determiner() ? i + 1 : i;
    if (roleAt < tailTo && refAt[roleAt] != null && refAt[roleAt].type == RefType.ROLE && refAt[roleAt].from == roleAt) {
      // "“...,” the director of the Office for Kosovo and Metohija, Petar Petkovic, told ...": a
      // role, however long, then the name set off after it.
      limit = Math.min(tailTo, Math.max(limit, refAt[roleAt].to + 2));
      // What the role is of may run on past its last word ("the director of the Serbian
      // Government's Office for Kosovo and Metohija, Petar Petkovic, told"): up to the comma, or
      // with no comma up to the name right after it, whose verb follows ("Director of the
      // Serbian Government's Office for Kosovo and Metohija Petar Petković said").
      for (int k = refAt[roleAt].to; k < Math.min(tailTo, refAt[roleAt].to + APPOSITION_WORDS); k++) {
        if (tokens.get(k).is(",")) {
          limit = Math.max(limit, k + 1);
          break;
        }
        Ref person = refAt[k];
        if (person != null && person.from == k && personInFull(person)
            && (person.type == RefType.MENTION || person.type == RefType.NAME && !person.singleWord)) {
          limit = Math.max(limit, Math.min(tailTo, person.to + 2));
          break;
        }
      }
    }
    for (int v = i; v < limit; v++) {
      Token token = tokens.get(v);
      if (!token.word()) {
        if (token.is(",") && v > i && namedBefore(v) && appositionAt(v + 1)) {
          // "“...,” Steve Clarke, deputy associate administrator for exploration, said": the name,
          // then what the speaker is, then the verb.
          int verb = verbAfterApposition(v, tailTo);
          return verb < 0 ? null : attach(found, verb, i, v);
        }
        int named = token.is(",") && v > i ? nameSetOffBeforeVerb(v, tailTo) : -1;
        if (named > 0) {
          // "“...,” the association's president, Milorad Stojanović, told Beta": what the speaker
          // is, then the name set off by commas, then the verb.
          return attach(found, named, v + 1, named);
        }
        if (token.is(",") || token.is(".") || token.is(";") || token.is(":") || isQuoteMark(v)) {
          return null;
        }
        continue;
      }
      Optional<Verb> verb = verbAt(v);
      if (verb.isPresent()) {
        int verbEnd = v + verb.get().keys().size();
        int last = sentenceEnd[sentenceOf[v]];
        int clause = complementizerAfter(verbEnd - 1, last);
        if (clause >= 0 && wordsBetween(clause, clauseEnd(clause, last, true)) >= MIN_REPORTED_WORDS) {
          // "„...“, na šta je Vučić odgovorio da je to laž": the verb reports a clause of its
          // own, so it is no attribution of the quote before ("said that evening" still is).
          return null;
        }
        int to = clauseEnd(verbEnd, tailTo);
        for (int k = verbEnd; k < to; k++) {
          if (isDash(k)) {
            to = k; // "– Чекала сам ово цео живот – рекла је кроз сузе – и сад ...": the words go on
            break;
          }
        }
        if (to < tailTo && tokens.get(to).is(",") && personEndsAfter(to, tailTo)) {
          // "рекао је за „Новости“ парох великохочки, протојереј Милан Ђокић": what the speaker is,
          // then the name set off by a comma, ending the sentence.
          to = tailTo;
        }
        return attach(found, v, i, to);
      }
    }
    return null;
  }

  /**
   * Whether a person's name in full (a title or two before it allowed) follows the comma at {@code
   * comma} and ends the stretch up to {@code to}, but for its closing punctuation.
   */
  private boolean personEndsAfter(int comma, int to) {
    int k = comma + 1;
    while (k < to && k <= comma + TITLE_WORDS_BEFORE_NAME && tokens.get(k).word() && refAt[k] == null
        && verbAt(k).isEmpty() && !entry(k).conjunction() && !entry(k).relative()) {
      k++;
    }
    if (k >= to || refAt[k] == null || refAt[k].from != k || !personInFull(refAt[k])) {
      return false;
    }
    for (int j = refAt[k].to; j < to; j++) {
      if (tokens.get(j).word() || tokens.get(j).is(",")) {
        return false;
      }
    }
    return true;
  }

  /**
   * The person named alone from token {@code i} to the end of its paragraph (a full stop aside),
   * as a quote's byline after a dash; or null.
   */
  Ref bylineAt(int i, int paragraph) {
    if (i >= tokens.size() || paragraphOf[i] != paragraph) {
      return null;
    }
    Ref ref = refAt[i];
    boolean person = ref != null && ref.from == i && (ref.type == RefType.NAME && !ref.singleWord
        || ref.type == RefType.MENTION && (ref.actor == null || ref.actor.kind() == Actor.Kind.PERSON));
    if (!person) {
      return null;
    }
    for (int k = ref.to; k < tokens.size() && paragraphOf[k] == paragraph; k++) {
      if (tokens.get(k).word() || !tokens.get(k).is(".")) {
        return null;
      }
    }
    return ref;
  }

  /**
   * The speech verb right after a person's name set off by the comma at {@code comma} and one after
   * it ("..., Milorad Stojanović, told"), or -1.
   */
  private int nameSetOffBeforeVerb(int comma, int to) {
    int first = comma + 1;
    // A rank or title before the name ("the mission's commander, Major General Gábor Kertész,").
    while (first < to && first < comma + 1 + TITLE_WORDS_BEFORE_NAME && refAt[first] == null && tokens.get(first).word()
        && tokens.get(first).capitalised() && entry(first).title()) {
      first++;
    }
    Ref ref = first < to ? refAt[first] : null;
    boolean person = ref != null && ref.from == first && personInFull(ref);
    if (!person || ref.to + 1 >= to || !tokens.get(ref.to).is(",")) {
      return -1;
    }
    int verb = ref.to + 1;
    return verbAt(verb).isPresent() && !passive(verb) ? verb : -1;
  }

  /** Capitalised title words a name set off by commas may carry before it ("Major General"). */
  private static final int TITLE_WORDS_BEFORE_NAME = 3;

  /** A name or catalogue actor ends just before token {@code i}. */
  boolean namedBefore(int i) {
    Ref ref = refAt[i - 1];
    return ref != null && ref.to == i && (ref.type == RefType.NAME || ref.type == RefType.MENTION);
  }

  /**
   * Token {@code i} opens an apposition to a name: a role, an article, a relative pronoun or a
   * lower-case word that starts no clause ("deputy associate administrator", "a senior fellow",
   * "ministar spoljnih poslova").
   */
  boolean appositionAt(int i) {
    if (i >= tokens.size() || !tokens.get(i).word() || quoted[i]) {
      return false;
    }
    if (refAt[i] != null && refAt[i].type == RefType.ROLE) {
      return true;
    }
    SpeechLexicon.Entry entry = entry(i);
    return (entry.determiner() || entry.relative() || !tokens.get(i).capitalised())
        && !entry.conjunction() && !entry.complementizer() && !entry.preposition() && !entry.auxiliary()
        && verbAt(i).isEmpty() && participleAt(i) == 0;
  }

  /**
   * The speech verb right after the comma that closes an apposition opened at the comma {@code
   * comma}, within {@link #APPOSITION_WORDS} words and the sentence, or -1. The apposition may
   * hold commas of its own ("University of California, San Francisco,").
   */
  int verbAfterApposition(int comma, int to) {
    int limit = Math.min(to, comma + 2 + APPOSITION_WORDS);
    for (int k = comma + 1; k + 1 < limit; k++) {
      Token token = tokens.get(k);
      if (!token.word() && !token.is(",") && !isDash(k) && !token.is("'") && !token.is("\u2019")) {
        return -1;
      }
      if (token.is(",") && verbAt(k + 1).isPresent() && !passive(k + 1)) {
        return k + 1;
      }
    }
    return -1;
  }

  /** "X said that “...”", "X said, “...”", "rekao je Vučić: ..." without the colon. */
  Candidate attributeByHeadVerb(int open, int headFrom, Candidate found) {
    int i = open - 1;
    boolean that = false;
    boolean skippedName = false;
    while (i >= headFrom) {
      Token token = tokens.get(i);
      if (token.is(",") || isDash(i) || (token.word() && entry(i).complementizer())) {
        that |= token.word();
        i--;
      } else if (token.word() && entry(i).filler() && i - 1 >= headFrom && tokens.get(i - 1).word()
          && entry(i - 1).complementizer()) {
        i--; // "ocenilo je da je „...“": the auxiliary of the clause the quote completes
      } else if (refAt[i] != null && refAt[i].type != RefType.ROLE) {
        skippedName = true;
        i = refAt[i].from - 1;
      } else if (that && token.word() && tokens.get(i + 1).is(",") && asideOpening(i + 1, headFrom) > headFrom) {
        i = asideOpening(i + 1, headFrom) - 1; // "She warned, however, that “...”": words set off by commas
      } else {
        break;
      }
    }
    if (i < headFrom) {
      return null;
    }
    int participle = that || skippedName ? -1 : participleEndingAt(i, headFrom);
    if (participle > headFrom && tokens.get(participle - 1).is(",")) {
      // "Vucic addressed the nation, saying “...”": the gerund's subject is its sentence's, who
      // speaks, as in a report it opens (", saying that ...").
      found.via = Via.PARTICIPLE;
      return found;
    }
    int verb = verbEndingAt(i);
    if (verb >= 0 && i == open - 1 && lowerCaseAfter(open)) {
      return null; // "призвал «не драматизировать паузу»": the verb's object, a fragment of no statement
    }
    if (verb < 0 && open - 1 >= headFrom && (tokens.get(open - 1).is(",") || isDash(open - 1) || that)) {
      // "poručio je vernicima da „...“", "told reporters that “...”": the listener between; before
      // a "that" the quote follows at once, as many words as a reported clause's verb may have
      // ("рекао је на литургији у Саборној цркви да „...“"; not "da СПЦ „не жели ...“", where the
      // clause has words of its own and the quote is a fragment of the report).
      verb = verbBeforePhrase(i, headFrom, that && !skippedName ? COMPLEMENTIZER_REACH : HEAD_VERB_PHRASE_WORDS);
    }
    if (verb < 0 || passive(verb)) {
      return null;
    }
    // A report in marks is attributed as a report is, in its own clause ("Šmit nije komentarisao,
    // ali je njegova kancelarija navela da „...“": the office speaks, not he).
    int from = found.kind == StatementKind.INDIRECT ? clauseStart(headFrom, verb) : headFrom;
    return attach(found, verb, from, verbWindowEnd(verb, open));
  }

  /** The first token of a participle ("saying", "pointing out") that ends at token {@code last}, or -1. */
  private int participleEndingAt(int last, int headFrom) {
    for (int p = last; p >= Math.max(headFrom, last - 2); p--) {
      if (participleAt(p) > 0 && p + participleAt(p) - 1 == last) {
        return p;
      }
    }
    return -1;
  }

  /**
   * "said in a statement, “...”", "told reporters on Friday, “...”", "rekao je za RTS, „...”": the
   * speech verb a few words before token {@code last}, with only a phrase of plain words after it
   * (no "that", no conjunction, no relative), or -1.
   */
  int verbBeforePhrase(int last, int headFrom, int reach) {
    for (int k = last; k >= Math.max(headFrom, last - reach); k--) {
      if (!tokens.get(k).word() || quoted[k]) {
        return -1;
      }
      int verb = verbEndingAt(k);
      if (verb >= 0) {
        return k < last ? verb : -1;
      }
      SpeechLexicon.Entry entry = entry(k);
      if (entry.complementizer() || entry.conjunction() || entry.relative()) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * "The tuft cell, Herbert said, is constantly sensing ... “Once some of those products ...”": a
   * quote that is a whole sentence, right after a sentence of the same paragraph that reports
   * someone's words, goes on in that voice. A quote inside a sentence of its own ("“Kosovo is
   * Serbia” is painted on walls") is not one.
   */
  Candidate attributeByReportBefore(Quote quote, int open, int close, Candidate found) {
    int sentence = sentenceOf[open];
    if (sentence == 0 || open != sentenceFirst[sentence] || sentenceFirst[sentence - 1] < 0
        || paragraphOf[sentenceFirst[sentence - 1]] != paragraphOf[open]) {
      return null;
    }
    if (quote.closed()) {
      for (int i = close + 1; i < sentenceEnd[sentence]; i++) {
        if (tokens.get(i).word()) {
          return null;
        }
      }
    }
    // A quote left open at its paragraph's end ("... Petkovic answered at length. “Twelve years
    // ... ¶ “I would ...”") goes on in the next paragraph: the same holds for it.
    int from = sentenceFirst[sentence - 1];
    int to = sentenceEnd[sentence - 1];
    Optional<List<String>> according = accordingToAt(from);
    Candidate report = according.isPresent() ? accordingTo(from, according.get(), from, to) : null;
    if (report != null && report.subject != null) {
      // "According to Zakharova, the Western capitals “prefer not to notice” ... “Those who rushed
      // ...”": the voice of the report before, its quoted words and all.
      Candidate c = new Candidate(found.start, found.end, StatementKind.DIRECT, found.anchor);
      c.via = Via.SUBJECT;
      c.subject = report.subject;
      return c;
    }
    if (containsQuoteMark(from, to) && !fragmentsAfterVerb(from, to)) {
      return null;
    }
    Ref answering = answererAfterQuestion(from, to);
    if (answering != null) {
      // "Asked whether Belgrade saw any point in the dialogue, Petkovic did not hesitate. “...”":
      // the question put to someone, then the answer in quotes.
      Candidate c = new Candidate(found.start, found.end, StatementKind.DIRECT, found.anchor);
      c.via = Via.SUBJECT;
      c.subject = answering;
      return c;
    }
    int verb = lastVerb(from, to);
    if (verb < 0) {
      // "Отдельно Боцан-Харченко остановился на косовской теме. «...»", "Vučić je bio jasan.
      // „...“": a sentence about one person, whose words the quote then gives.
      Ref only = onePersonSubject(from, to);
      if (only == null) {
        return null;
      }
      Candidate c = new Candidate(found.start, found.end, StatementKind.DIRECT, found.anchor);
      c.via = Via.SUBJECT;
      c.subject = only;
      return c;
    }
    // A candidate of its own: the quote stays unattributed when this finds no subject. A dropped
    // one counts ("Odgovorio je da ... . „Imamo pune rezervoare ...”"): the report's speaker, as
    // the report's own resolution finds them.
    Candidate c = attach(new Candidate(found.start, found.end, StatementKind.DIRECT, found.anchor), verb,
        clauseStart(from, verb), verbWindowEnd(verb, to));
    return c.subject != null || c.zero ? c : null;
  }

  /**
   * Whether the sentence [from, to) reports with a speech verb and quotes only fragments after it,
   * each opening in lower case ("Vucic said he had not come to New York “to beg, but to warn”."):
   * a report still, whose voice a quote after it goes on in.
   */
  private boolean fragmentsAfterVerb(int from, int to) {
    int verb = lastVerb(from, to);
    if (verb < 0 || relative[verb] || containsQuoteMark(from, verb)) {
      return false; // (not a relative clause's report: "... poslanika X, koji je tvrdio da ...")
    }
    for (int k = verb + 1; k < to; k++) {
      if (isQuoteMark(k) && k + 1 < to && tokens.get(k + 1).word() && tokens.get(k + 1).capitalised()) {
        return false; // a quote of its own, a sentence in marks
      }
    }
    return true;
  }

  /** Whether words of the clause [open, to) follow the quote that opens at token {@code open}. */
  boolean wordsAfterQuote(int open, int to) {
    int offset = tokens.get(open).start();
    int lo = 0;
    int hi = quotes.size();
    while (lo < hi) { // quotes are in text order
      int mid = (lo + hi) >>> 1;
      if (quotes.get(mid).open() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    if (lo >= quotes.size() || quotes.get(lo).open() != offset || !quotes.get(lo).closed()) {
      return false;
    }
    int after = tokenAtOrAfter(quotes.get(lo).close()) + 1;
    boolean ended = after < tokens.size() && (tokens.get(after).is(".") || tokens.get(after).is("!") || tokens.get(after).is("?"));
    return !ended && wordsBetween(after, to) > 0;
  }

  /**
   * The person a sentence [from, to) says was asked something, when it opens with the question
   * ("Asked whether ..., Petkovic ...", "Upitan da li ..., Dačić ...", "Отвечая на вопрос ...,
   * Песков ..."): the person named right after the opening's comma; or null.
   */
  Ref answererAfterQuestion(int from, int to) {
    boolean asked = tokens.get(from).word() && (entry(from).asking() || participleAt(from) > 0);
    if (!asked) {
      return null;
    }
    int comma = from + 1;
    while (comma < to && !tokens.get(comma).is(",")) {
      comma++;
    }
    int k = comma + 1;
    while (k < to && tokens.get(k).word() && refAt[k] == null && !tokens.get(k).capitalised() && k - comma <= 3) {
      k++; // "..., the minister Dačić ..." may have a lower-case title in front
    }
    Ref ref = k < to ? refAt[k] : null;
    boolean person = ref != null && ref.from == k && !ref.oblique
        && (ref.type == RefType.NAME || ref.type == RefType.PRONOUN || ref.type == RefType.ROLE
            || ref.type == RefType.MENTION && ref.actor != null && ref.actor.kind() == Actor.Kind.PERSON);
    return person ? ref : null;
  }

  boolean continues(Candidate previous, int previousParagraph, Quote quote, int paragraph, int open) {
    if (previous.kind != StatementKind.DIRECT) {
      return false;
    }
    int prevEnd = tokenAtOrAfter(previous.end);
    if (previousParagraph == paragraph) {
      // Between the two quotes only the first one's attribution: "“A,” he said. “B.”", also
      // with whom he said it to ("“A,” Lavrov told RIA Novosti. “B.”"): names after the verb.
      boolean afterVerb = false;
      // "the director of the Serbian Government's Office for Kosovo and Metohija, Petar Petkovic,
      // told Tanjug": what stands before a name set off by commas describes the speaker.
      Ref subject = previous.subject;
      int describedUpTo = subject != null && subject.from > prevEnd && tokens.get(subject.from - 1).is(",")
          ? subject.from : prevEnd;
      // So does an apposition set off after the name ("Dr Jelena Stanković, head of the emergency
      // department, told RTS").
      int appositionEnd = -1;
      if (subject != null && subject.to < open && subject.from >= prevEnd && tokens.get(subject.to).is(",")) {
        for (int k = subject.to + 1; k < open && appositionEnd < 0; k++) {
          appositionEnd = tokens.get(k).is(",") ? k : -1;
        }
      }
      for (int i = prevEnd; i < open; i++) {
        afterVerb |= verbAt(i).isPresent();
        boolean apposed = subject != null && i > subject.to && i < appositionEnd;
        if (refAt[i] != null && refAt[i] != subject && !quoted[i] && !afterVerb && i >= describedUpTo && !apposed
            && !titleOf(refAt[i], subject)) {
          return false;
        }
      }
      // In a later sentence, a quote that does not open it is part of that sentence's own words
      // ("... “a colonial governor”. Under the so-called “Bonn powers”, ..."), not more of them.
      if (sentenceOf[open] > sentenceOf[Math.min(prevEnd, tokens.size() - 1)]
          && open != sentenceFirst[sentenceOf[open]]) {
        return false;
      }
      // The attribution may run long with an apposition ("said Brent Sherwood, vice president of
      // Advanced Development Programs at Blue Origin. “...”"), as long as the quote opens the
      // sentence after it.
      return open - prevEnd <= TAIL_VERB_REACH + 4
          || open - prevEnd <= TAIL_VERB_REACH + 4 + APPOSITION_WORDS && afterVerb
              && sentenceOf[open] <= sentenceOf[prevEnd] + 1 && open == sentenceFirst[sentenceOf[open]]
          // However long the attribution after the quote ("the director of the Office for Kosovo
          // and Metohija, Petar Petkovic, told reporters in Belgrade. “...”"), when it names the
          // speaker and the next sentence opens with the quote.
          || afterVerb && previous.subject != null && previous.subject.from >= prevEnd
              && sentenceOf[open] == sentenceOf[prevEnd] + 1 && open == sentenceFirst[sentenceOf[open]];
    }
    // A paragraph that is nothing but a quote, right after a paragraph that ended in a quote,
    // goes on with the same voice (the convention for quotes running over several paragraphs);
    // so does one right after a paragraph whose attributed quote it follows (“...,” said X. ¶
    // “...”): news writing names a new speaker, it does not leave a quote unattributed.
    if (previousParagraph != paragraph - 1
        || !text.substring(tokens.get(sentenceFirst[sentenceOf[open]]).start(), quote.open()).isBlank()
        || newPersonBefore(open)) {
      return false;
    }
    // An unclosed quote runs to the paragraph's end: the whole paragraph as well. Not after a few
    // words quoted inside a report (Грушко заявил, что НАТО «использует KFOR ...», а не ...):
    // those are no one's quote that goes on.
    boolean wholeParagraph = (open == 0 || paragraphOf[open - 1] != paragraphOf[open])
        && (!quote.closed() || endsWithQuote(tokenAtOrAfter(quote.after())));
    int prevStart = Math.max(0, tokenAtOrAfter(previous.start) - 1);
    boolean partial = wordsBetween(sentenceFirst[sentenceOf[prevStart]], prevStart) > 0 && !endsWithQuote(prevEnd);
    return endsWithQuote(prevEnd) || wholeParagraph && previous.via != Via.NONE && !partial;
  }

  /**
   * "Office director Petar Petkovic said": roles and bodies right before the speaker's name, with
   * nothing else between, are the speaker's titles, not someone else named.
   */
  boolean titleOf(Ref ref, Ref subject) {
    if (subject == null || ref.to > subject.from || ref.type != RefType.ROLE && !organisation(ref)) {
      return false;
    }
    for (int k = ref.to; k < subject.from; k++) {
      Ref between = refAt[k];
      if (between == null && tokens.get(k).is(",")) {
        continue; // "the director of the Office ..., Petar Petkovic": the name set off after it
      }
      if (between == null && tokens.get(k).word() && !tokens.get(k).capitalised() && entry(k).title()) {
        continue; // "union leader Goran Stevanović": a title word after the role's
      }
      if (between == null || between.type != RefType.ROLE && !organisation(between)) {
        return false;
      }
    }
    return true;
  }

  boolean endsWithQuote(int from) {
    for (int i = from; i < tokens.size() && paragraphOf[i] == paragraphOf[Math.max(0, from - 1)]; i++) {
      if (tokens.get(i).word()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Attaches the subject of the speech verb at {@code verb}, searched in tokens [from, to): the
   * most likely subject, a body named alongside a role as a fall-back, and whether the verb
   * stands alone with its auxiliaries (a dropped pronoun in Serbian and Russian).
   */
  Candidate attach(Candidate c, int verb, int from, int to) {
    Verb v = verbAt(verb).orElse(null);
    int verbEnd = verb + (v == null ? 1 : v.keys().size());
    c.via = Via.SUBJECT;
    c.askedBy = v != null && entry(verb).asking();
    if (c.verbGender == null && v != null) {
      c.verbGender = v.gender();
    }
    Ref antecedentOfRelative = relative[verb] ? relativeAntecedent(verb) : null;
    if (antecedentOfRelative != null) {
      // "... sa ministrom Bratislavom Gašićem, koji je izjavio da ...": the relative's noun speaks.
      c.subject = antecedentOfRelative;
      // "прокомментировала слова главы евродипломатии Каи Каллас, которая заявила, что ...": the
      // one whose words another comments on speaks in the aside; the "она" after it is still the
      // one who commented, as after "заявление Каи Каллас о том, что".
      c.ownerNamed = wordsNounBefore(antecedentOfRelative.from);
    } else if (v != null && v.impersonal()) {
      // "— говорится в сообщении МИД": the source is the body or person in the phrase after, or a
      // body's common noun ("в сообщении российского концерна"); "— приводит её слова агентство
      // Tanjug": the one the possessive stands for.
      c.subject = possessiveIn(verb, verbEnd);
      int citing = c.subject == null ? citingAfter(verbEnd) : -1;
      if (citing > 0) {
        // "„...“, наводи се у саопштењу, уз цитат директорке музеја Бојане Ђукић": the document
        // quotes her, and the words are hers.
        c.subject = personQuotedAfter(citing, sentenceEnd[sentenceOf[verb]]);
      }
      // "— приводит пресс-служба слова генерального директора NIS Андрея Комарова": the phrase
      // ends in the words whose speaker follows, in the genitive, as after "приводятся ... слова".
      boolean wordsOf = "slova".equals(keys.get(verbEnd - 1));
      if (c.subject == null && (entry(verb).quoting() || wordsOf)) {
        // "— цитирует пресс-релиз режиссера Алексея Громова", "— цитируется в релизе генеральный
        // директор «Сербиягаза» Милан Стаменкович": the person quoted, before the body he heads.
        // Past the window's end: a nickname in marks may stand before the name ("— приводятся в
        // сообщении слова главного тренера «красно-белых» Игоря Лаптева").
        c.subject = personQuotedAfter(verbEnd, sentenceEnd[sentenceOf[verb]]);
        if (c.subject != null && c.subject.type == RefType.NAME && !c.subject.singleWord
            && (wordsOf || wordBetween(verbEnd, c.subject.from, "slova"))) {
          // "— приводятся ... слова президента клуба Павла Рогова": whose words, in the genitive.
          String written = text.substring(tokens.get(c.subject.from).start(), tokens.get(c.subject.to - 1).end());
          c.subject.name = Nominatives.ofGenitive(written, language.base(), lex);
          c.subject.key = Texts.matchKey(c.subject.name);
        }
      }
      if (c.subject == null) {
        c.subject = best(from, to, verb, true, true);
      }
      if (c.subject == null) {
        c.subject = roleAfterDocument(verbEnd, to); // "— говорится в комментарии дипломата"
      }
      if (c.subject == null && entry(verb).quoting()) {
        // "— цитирует его агентство Танюг": the one the pronoun right after the verb stands for.
        c.subject = possessiveIn(verbEnd, Math.min(to, verbEnd + 1));
      }
      if (c.subject == null) {
        c.subject = bodyNoun(from, to, verb);
      }
      Ref object = verbEnd < tokens.size() ? refAt[verbEnd] : null;
      if (c.subject == null && object != null && object.type == RefType.ROLE && object.from == verbEnd) {
        c.subject = object; // "— цитирует посла издание": whom the outlet quotes, by role
      }
    } else {
      c.subject = best(from, to, verb, false, false);
      int organ = organAt(from, verb);
      Ref organOf = organ < 0 ? null : organsBody(organ, verb);
      if (organOf != null && (c.subject == null || c.subject.from <= organ + 1)) {
        c.subject = organOf; // the organ's word itself, or the acronym after it, may have been taken
      }
    }
    Ref asked = askedBeforeAnswer(verb);
    if (asked != null) {
      // "Voditeljka Tamara Simić upitala je Todorovićevu da li ..., na šta je ona odgovorila da":
      // who answers what was asked is the one asked, not the one asking.
      c.subject = asked;
    }
    if (inflecting() && c.subject != null && c.subject.type == RefType.NAME && c.subject.singleWord
        && c.subject.from >= 2
        && tokens.get(c.subject.from - 1).word() && !tokens.get(c.subject.from - 1).capitalised()
        && indefiniteBefore(c.subject.from - 1)) {
      // "Jedan meštanin Drena, koji nije želeo da mu se objavi ime, rekao je": someone left
      // unnamed, and the capital after the noun is where they live.
      c.subject = null;
    }
    if (c.subject != null && c.subject.type == RefType.ROLE && indefiniteBefore(c.subject.from)) {
      // "Један дипломата из земље чланице ЕУ ... рекао је", "one diplomat said": someone left
      // unnamed, not a holder of the role met before, nor the body named beside it; only a body
      // the role itself names speaks through them.
      Ref own = c.subject.body;
      c.subject = own != null && organisation(own) ? own : null;
    }
    if (c.subject != null && c.subject.type == RefType.ROLE && !c.subject.former) {
      // The body the role names ("глава МИД России"), else one named beside it; a former holder
      // ("бывший глава МИД России") speaks for nobody.
      Ref body = c.subject.body != null ? c.subject.body : best(from, to, verb, true, true);
      c.fallback = body != null && body.actor != null && body.actor.kind() == Actor.Kind.ORGANISATION ? body : null;
    }
    if (v != null && v.plural()) {
      // "Vučić i Dodik rekli su ...": said by both; naming one of them would be a guess. A body
      // speaks through its people, named as the subject or where they speak from ("iz Vlade
      // Srbije saopštili su", "в МИД России заявили").
      if (c.subject != null && !organisation(c.subject) && !namedLikeABody(c.subject, verb)) {
        c.subject = null;
        c.fallback = null;
      }
      if (c.subject != null && organisation(c.subject) && c.subject.from > from && unnamedPeopleOpen(from, verb)) {
        // "Roditelji učenika OŠ „Žarko Zrenjanin” tvrde da ...": the people the sentence opens
        // with speak; the body is in what describes them.
        c.subject = null;
        c.fallback = null;
      }
      if (c.subject == null && !unnamedPeopleOpen(from, verb)) {
        Ref body = best(from, to, verb, true, true);
        c.subject = body != null && organisation(body) ? body : bodyNoun(from, to, verb);
      }
      if (c.subject != null && !personNamed(c.subject) && unofficially(sentenceFirst[sentenceOf[verb]], to)) {
        // "Nezvanično, u Ministarstvu prosvete kažu da ...", "В Кремле неофициально говорят":
        // people in the body who are not named speak off the record, not the body.
        c.subject = null;
        c.fallback = null;
      }
    }
    if (v != null && v.neuter() && c.subject != null && personNamed(c.subject)) {
      // "Nekoliko farmera iz okoline Šida reklo je ...": a neuter verb agrees with a body or with a
      // number of people, never with one person, so a name beside it ("Šida") is no subject.
      c.subject = null;
      c.fallback = null;
    }
    if (c.subject == null && v != null && v.neuter()) {
      // "Посольство России в Сербии в заявлении, распространенном в среду, отметило, что ...": a
      // neuter verb's subject is a body, which may stand before a phrase set off by commas.
      Ref body = firstSubject(sentenceFirst[sentenceOf[verb]], verb);
      c.subject = body != null && organisation(body) ? body : null;
    }
    if (c.subject == null) {
      // "Об этом сообщила пресс-служба компании": the press office speaks for the body after it,
      // named or by its common noun, whose case is the genitive.
      c.subject = pressOfficesBody(from, to);
    }
    // Not where a source left unnamed follows the window ("rekao je za taj list izvor blizak vrhu
    // stranke"): the verb has a subject, only no name. One inside the report after "da" is no
    // subject of the verb ("Dodao je da je kompanija vratila avans").
    int sourceReach = Math.min(sentenceEnd[sentenceOf[verb]], verbEnd + UNNAMED_SOURCE_REACH);
    for (int k = verbEnd; k < sourceReach; k++) {
      if (tokens.get(k).word() && entry(k).complementizer()) {
        sourceReach = k;
      }
    }
    c.zero = c.subject == null && onlyAuxiliaries(afterQuestionPutOpening(questionPutAround(from, verb), verb), verb)
        && onlyAuxiliaries(verbEnd, to)
        && (v == null || !v.plural()) && !unnamedSourceIn(verbEnd, sourceReach);
    int conjunction = inflecting() && (v == null || !v.impersonal()) ? conjoinedVerbAfter(verb) : -1;
    // The subject found may be the first clause's object ("Ранковић је похвалио капитена Лазара
    // Мирковића, који је ..., и рекао да"): a verb joined with no subject of its own has the
    // first clause's subject, whoever else that clause names.
    boolean objectBefore = conjunction > 0 && c.subject != null && c.subject.to <= conjunction
        && (v == null || !v.plural());
    if (conjunction > 0 && (c.zero || objectBefore)) {
      // "KFOR nije želeo da komentariše ..., ali je u pisanom odgovoru naveo da ...": a verb joined
      // by a conjunction with no subject of its own shares the first clause's, a body's as well.
      Ref shared = firstSubject(sentenceFirst[sentenceOf[verb]], conjunction);
      if (shared != null && shared.type != RefType.PRONOUN) {
        c.subject = shared;
        c.zero = false;
      }
    }
    if (c.subject == null && (v == null || !v.plural())) {
      c.subject = issuerAfterDocument(verb); // "A statement from Rio Tinto said ..."
    }
    // Only where the document itself speaks ("the statement said", "U saopštenju se navodi", "В
    // комментарии говорится"), not where a speaker left unrecognised said something in one ("...
    // told The Hill in a statement that ...").
    c.inDocument = c.subject == null && (v == null || !v.plural())
        && (v != null && v.impersonal() ? documentIn(from, to)
            : "en".equals(language.base()) ? documentBefore(verb)
                : documentIn(verb - 2, verb) || documentAfterPreposition(verbEnd));
    c.bodyPronoun = c.subject == null && (v == null || !v.plural()) && itBefore(verb);
    c.unnamedSpeaker = c.subject == null && !c.zero && !c.inDocument && !c.bodyPronoun
        && (v == null || !v.plural() && !v.neuter() && !v.impersonal()) && unnamedOpening(verb);
    boolean joined = verb > from && ("and".equals(keys.get(verb - 1)) || "but".equals(keys.get(verb - 1)));
    if ("en".equals(language.base()) && joined && (c.subject == null || c.subject.to <= verb)) {
      // "Volker said he ... and added, “...”", "The federation called it 'discriminatory' but said
      // ...": a verb joined by "and" or "but" shares the subject of the sentence's first, as a
      // participle does (", adding ..."); a name before the "and" belongs to that first clause
      // ("He spoke after meeting Peter Sorensen, and added that ...").
      c.subject = null;
      c.fallback = null;
      c.via = Via.PARTICIPLE;
    }
    c.windowFrom = from;
    c.windowTo = to;
    return c;
  }

  /** A possessive pronoun among tokens [from, to), as a pronoun of its gender, or null. */
  private Ref possessiveIn(int from, int to) {
    for (int k = from; k < to; k++) {
      Gender gender = tokens.get(k).word() ? entry(k).possessive() : null;
      if (gender != null) {
        Ref pronoun = new Ref(RefType.PRONOUN, k, k + 1);
        pronoun.gender = gender;
        return pronoun;
      }
    }
    return null;
  }

  /** The body or role right after a press office's word in tokens [from, to), or null. */
  private Ref pressOfficesBody(int from, int to) {
    for (int k = Math.max(0, from); k + 1 < Math.min(to, tokens.size()); k++) {
      Ref after = refAt[k + 1];
      if (tokens.get(k).word() && entry(k).pressOffice() && after != null && after.from == k + 1
          && (organisation(after) || after.type == RefType.ROLE)) {
        return after;
      }
      Ref adjectived = k + 2 < to ? refAt[k + 2] : null;
      if (tokens.get(k).word() && entry(k).pressOffice() && after == null && adjectived != null
          && adjectived.from == k + 2 && organisation(adjectived) && tokens.get(k + 1).word()
          && !tokens.get(k + 1).capitalised() && GENITIVE_ADJECTIVE.matcher(keys.get(k + 1)).matches()) {
        return adjectived; // "Пресс-служба московского «Динамо»": the body, its town's adjective before it
      }
      if (tokens.get(k).word() && entry(k).pressOffice() && after == null && tokens.get(k + 1).word()
          && !tokens.get(k + 1).capitalised() && entry(k + 1).body()) {
        // "В пресс-службе суда сообщили": the body of that kind named before.
        Ref body = bodyOfHeadNoun(k + 1);
        if (body != null) {
          return body;
        }
      }
      if (tokens.get(k).word() && entry(k).pressOffice() && after == null && k + 2 < tokens.size()
          && tokens.get(k + 1).word() && !tokens.get(k + 1).capitalised() && entry(k + 1).country() != null
          && tokens.get(k + 2).word() && !tokens.get(k + 2).capitalised() && entry(k + 2).body()) {
        // "сообщила пресс-служба российской компании" after "«Газпром нефть» и сербская NIS": of
        // the bodies named before, the one of that country.
        Ref body = bodyOfCountryBefore(k, entry(k + 1).country());
        if (body != null) {
          return body;
        }
      }
    }
    return null;
  }

  /** The body of the catalogue of {@code country} named last before token {@code before}, or null. */
  private Ref bodyOfCountryBefore(int before, String country) {
    Ref found = null;
    for (Ref ref : refsStartingWithin(0, before)) {
      if (organisation(ref) && ref.to <= before && country.equals(ref.actor.country())) {
        found = ref;
      }
    }
    return found;
  }

  /**
   * The body of the press office named last before token {@code before} with its body after it
   * ("..., сообщили в пресс-службе Кремля. По данным пресс-службы, ..."), for a press office
   * alone; null if there is none.
   */
  private Ref pressOfficeNamedLast(int before) {
    for (int k = Math.min(before, tokens.size() - 1) - 1; k >= 0; k--) {
      Ref after = refAt[k + 1];
      if (tokens.get(k).word() && entry(k).pressOffice() && after != null && after.from == k + 1
          && organisation(after)) {
        return after;
      }
    }
    return null;
  }

  /** A Serbian or Russian adjective in the genitive, by its match key (opozicionog, оппозиционной). */
  private static final Pattern GENITIVE_ADJECTIVE = Pattern.compile(".{3,}(og|eg|ogo|ego|oj|ej|ih)");

  /**
   * "Predsedništvo Srpske napredne stranke ocenilo je", "the leadership of ... said": the body the
   * organ word at {@code organ} belongs to, named right after it; or null.
   */
  Ref organsBody(int organ, int verb) {
    int next = organ + 1;
    if ("en".equals(language.base()) && next + 1 < verb && "of".equals(keys.get(next))) {
      next += entry(next + 1).determiner() ? 2 : 1; // "the presidency of the Serbian Progressive Party"
    }
    if (inflecting() && next + 1 < verb && tokens.get(next).word() && !tokens.get(next).capitalised()
        && GENITIVE_ADJECTIVE.matcher(keys.get(next)).matches()) {
      next++; // "Predsedništvo opozicionog Pokreta za građansku Srbiju": what kind of body, in its case
    }
    Ref body = next < tokens.size() ? refAt[next] : null;
    if (body != null && body.from == next && organisation(body) && body.to <= verb) {
      return body;
    }
    if ("en".equals(language.base()) && organ > 0) {
      // "the SNS presidency", "the Serbian Progressive Party's presidency": the body before it.
      int before = organ - 1;
      if (before > 1 && "s".equals(keys.get(before))
          && (tokens.get(before - 1).is("'") || tokens.get(before - 1).is("\u2019"))) {
        before -= 2;
      }
      Ref owner = refAt[before];
      if (owner != null && owner.to == before + 1 && organisation(owner)) {
        return owner;
      }
    }
    Ref ofAcronym = bodyOfAcronym(organ + 1); // "Predsedništvo SSP-a" after "Stranke slobode i pravde"
    return ofAcronym != null ? ofAcronym : bodyOfHeadNoun(organ + 1);
  }

  /**
   * "Predsedništvo stranke saopštilo je" after "Predsednik Stranke slobode i pravde": the body of
   * the kind the lower-case head noun at {@code i} names, named last before it (also inside a
   * role), or null.
   */
  private Ref bodyOfHeadNoun(int i) {
    if (i >= tokens.size() || !tokens.get(i).word() || tokens.get(i).capitalised() || !entry(i).body()) {
      return null;
    }
    String head = lex.bodyNominative(keys.get(i));
    Ref found = null;
    for (Ref ref : refsStartingWithin(0, i)) {
      Ref body = ref.type == RefType.ROLE ? ref.body : ref;
      if (body != null && organisation(body) && body.to <= i && headedBy(body, head)) {
        found = body;
      }
    }
    return found;
  }

  /**
   * Whether token {@code i} opens a Serbian or Russian nickname between a lower-case noun and a
   * name ("trener „crno-belih” Goran Milojević", "капитан «красно-белых» Иван Петров"): a closed
   * quote of one or two lower-case words with nothing but a hyphen between them, no one's words.
   */
  private boolean nicknameAt(int i) {
    if (!inflecting() || i < 1 || !tokens.get(i - 1).word() || tokens.get(i - 1).capitalised()) {
      return false;
    }
    int after = quoteEnd(i, 2);
    if (after < 0 || after >= tokens.size() || !tokens.get(after).word() || !tokens.get(after).capitalised()) {
      return false;
    }
    for (int k = i + 1; k < after - 1; k++) {
      Token token = tokens.get(k);
      if (token.word() ? token.capitalised() : !token.is("-")) {
        return false;
      }
    }
    return true;
  }

  /** Whether a word of the body's mention has the head noun {@code head} (as the lexicon's nominative). */
  private boolean headedBy(Ref body, String head) {
    for (int k = body.from; k < body.to; k++) {
      if (tokens.get(k).word() && head != null && head.equals(lex.bodyNominative(keys.get(k)))) {
        return true;
      }
    }
    return false;
  }

  /** The first organ word in tokens [from, verb) with a word after it before the verb, or -1. */
  int organAt(int from, int verb) {
    for (int k = Math.max(0, from); k + 1 < verb; k++) {
      if (tokens.get(k).word() && entry(k).organ() && !quoted[k]) {
        return k;
      }
    }
    return -1;
  }

  /**
   * The body named in full before token {@code i} whose initials the acronym at {@code i} is, in
   * any case ("SSP-a" for Stranka slobode i pravde met before), or null.
   */
  Ref bodyOfAcronym(int i) {
    String letters = acronymLetters(i);
    if (letters.length() < 2 || !letters.chars().allMatch(Character::isUpperCase)) {
      return null;
    }
    return bodyWithInitials(letters, i);
  }

  /**
   * "Возач камиона из Суботице, који није желео да каже име, рекао је да ...", "A truck driver
   * said ...": the sentence opens with its subject, a noun phrase that names nobody (no name,
   * role or pronoun before the verb, no phrase of place or time first).
   */
  boolean unnamedOpening(int verb) {
    int first = sentenceFirst[sentenceOf[verb]];
    if (first < 0 || verb <= first || quoted[first] || !tokens.get(first).word() || verbAt(first).isPresent()) {
      return false;
    }
    SpeechLexicon.Entry e = entry(first);
    if (e.preposition() || e.filler() || e.auxiliary() || e.subordinator() || e.conjunction() || e.as()
        || e.complementizer() || thisPhraseAt(first) > 0 || accordingToAt(first).isPresent()) {
      return false;
    }
    for (int k = first; k < verb; k++) {
      Ref ref = refAt[k];
      // A place after a preposition ("iz Subotice") or a relative clause's words may stand there,
      // and the capital of the sentence's first word makes no name unless met before.
      boolean opening = ref != null && ref.type == RefType.NAME && ref.initial && !surnameNamedBefore(ref.from);
      if (ref != null && !(ref.oblique || relative[k] || opening) || isQuoteMark(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * "The company said in a statement. It added that ...": English "it" opening a sentence (or a
   * clause after "and" or "but", or after a phrase with a preposition that opens the sentence: "In
   * a written statement, it said") as a speech verb's subject, fillers and auxiliaries between.
   */
  boolean itBefore(int verb) {
    if (!"en".equals(language.base())) {
      return false;
    }
    int k = verb - 1;
    while (k >= 0 && k >= verb - 3 && tokens.get(k).word() && (entry(k).filler() || entry(k).auxiliary())) {
      k--;
    }
    if (k < 0 || !"it".equals(keys.get(k)) || sentenceOf[k] != sentenceOf[verb]) {
      return false;
    }
    return k == sentenceFirst[sentenceOf[k]] || tokens.get(k - 1).word() && entry(k - 1).conjunction()
        || openingPhraseBefore(k);
  }

  /** Most words a phrase with a preposition that opens an English sentence may have. */
  private static final int OPENING_PHRASE_WORDS = 6;

  /**
   * Whether a comma right before token {@code k} closes a short phrase that opens its sentence with
   * a preposition and has only words ("In a written statement,", "On Monday,"), so that what
   * follows is the sentence's subject.
   */
  private boolean openingPhraseBefore(int k) {
    int first = sentenceFirst[sentenceOf[k]];
    if (k - 1 <= first || !tokens.get(k - 1).is(",") || k - 1 - first > OPENING_PHRASE_WORDS
        || !tokens.get(first).word() || !entry(first).preposition()) {
      return false;
    }
    for (int t = first + 1; t < k - 1; t++) {
      if (!tokens.get(t).word() || quoted[t] || verbAt(t).isPresent()) {
        return false;
      }
    }
    return true;
  }

  /**
   * For a plural or impersonal verb with no body named: the nearest role in tokens [from, to) that
   * only bodies hold ("Iz kompanije su dodali", "в министерстве заявили", "говорится в сообщении
   * концерна"), which resolution then takes back to the body of that kind met before; or null.
   */
  Ref bodyNoun(int from, int to, int verb) {
    Ref nearest = null;
    for (Ref ref : refsStartingWithin(from, to)) {
      if (ref.type != RefType.ROLE || ref.to > to || ref.former || quoted[ref.from] || relative[ref.from]
          || ref.roleActors.isEmpty() || !onlyBodies(ref.roleActors)) {
        continue;
      }
      if (nearest == null || Math.abs(ref.from - verb) < Math.abs(nearest.from - verb)) {
        nearest = ref;
      }
    }
    return nearest;
  }

  private boolean onlyBodies(Set<String> ids) {
    for (String id : ids) {
      if (catalogue.byId(id).map(Actor::kind).orElse(Actor.Kind.PERSON) != Actor.Kind.ORGANISATION) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether tokens [from, to) hold nothing that could be a subject of its own: auxiliaries,
   * adverbs, punctuation and prepositional phrases only ("je za RTS", "также на брифинге"),
   * not "један од организатора".
   */
  boolean onlyAuxiliaries(int from, int to) {
    boolean inPhrase = false;
    for (int i = Math.max(0, from); i < Math.min(to, tokens.size()); i++) {
      Token token = tokens.get(i);
      if (quoted[i] || isQuoteMark(i)) {
        // Words in marks inside the phrase go on with it ("Upitan da li je vlada „pod pritiskom“
        // ovih dana, odgovorio je"); quoted words are no subject.
        continue;
      }
      if (!token.word()) {
        inPhrase = false;
        continue;
      }
      SpeechLexicon.Entry entry = entry(i);
      if (entry.indefinite() && inPhrase && i > 0 && tokens.get(i - 1).word() && !entry(i - 1).preposition()) {
        // "rekla je posle emisije za N1 jedna od stanarki": someone unnamed after the phrase, not
        // a word of it ("rekao je za jedan list").
        return false;
      }
      if (entry.preposition() || entry.asking() && verbAt(i).isEmpty() || adverbialParticiple(i) && verbAt(i).isEmpty()) {
        // A phrase up to the next mark: "za N1", or "Upitan da li će ..., odgovorio je da": being
        // asked, the dropped subject's; or what the subject did as it spoke ("rekla je obraćajući
        // se Kostadinoviću").
        inPhrase = true;
      } else if (inPhrase && entry.medium() && i > 0 && tokens.get(i - 1).word() && entry(i - 1).preposition()) {
        inPhrase = false; // "za Blic": the outlet told ends the phrase ("rekao je za Blic taksista")
      } else if (!inPhrase && !entry.filler() && !entry.complementizer() && !entry.listener() && !entry.medium()
          && verbAt(i).isEmpty() && !pluralDativeBeforeVerb(i)) {
        return false; // a word that may be the subject ("rekao je novinarima" has none: a dropped pronoun)
      }
    }
    return true;
  }

  /** Words of the clause's own a quote inside it must come after to be a partial quotation. */
  private static final int WORDS_BEFORE_PARTIAL_QUOTE = 4;

  /**
   * Whether the quotes in tokens [first, verb) start after the clause's own words: four or more
   * words before the first mark, so that what is quoted is part of a report, not its whole.
   */
  private boolean quotedWithinClause(int first, int verb) {
    if (quoted[first]) {
      return false; // a sentence inside a quote of several, whose closing mark comes first
    }
    for (int k = first; k < verb; k++) {
      if (isQuoteMark(k)) {
        // Not a title ("отвара у петак изложбу „Злато Балкана“, ..., саопштено је"): the clause
        // is then no one's words, as before. Not after a colon ("...: “We coordinate ...,” the
        // ambassador said"), nor a quote whose own comma stands inside its marks ("left her
        // “pretty overwhelmed,” Zakharova said"): those are quotes of their own.
        boolean title = k > 0 && tokens.get(k - 1).word() && (entry(k - 1).inscription() || entry(k - 1).event());
        boolean colon = k > 0 && tokens.get(k - 1).is(":");
        return opensQuote(k) && !title && !colon && !commaInsideMarks(k, verb)
            && wordsBetween(first, k) >= WORDS_BEFORE_PARTIAL_QUOTE;
      }
    }
    return false;
  }

  /** Whether a quote the text holds opens at token {@code k} (not a stray or closing mark). */
  private boolean opensQuote(int k) {
    if (quoteOpenings == null) {
      quoteOpenings = new BitSet(tokens.size());
      for (Quote quote : quotes) {
        quoteOpenings.set(tokenAtOrAfter(quote.open()));
      }
    }
    return quoteOpenings.get(k);
  }

  /** The tokens quotes open at, made on first use. */
  private BitSet quoteOpenings;

  /** Whether the quote opening at {@code open} closes after a comma of its own before {@code verb}. */
  private boolean commaInsideMarks(int open, int verb) {
    for (int k = open + 1; k < verb; k++) {
      if (isQuoteMark(k)) {
        return tokens.get(k - 1).is(",");
      }
    }
    return false;
  }

  /**
   * Serbian: a noun in the dative plural right before the auxiliary or the verb ("Radnicima je
   * poručio: „...”", "Građanima je poručila"): whom the words were for, no subject.
   */
  private boolean pluralDativeBeforeVerb(int i) {
    String key = keys.get(i);
    return "sr".equals(language.base()) && key.length() >= 6 && (key.endsWith("ima") || key.endsWith("ama"))
        && i + 1 < tokens.size() && tokens.get(i + 1).word()
        && ("je".equals(keys.get(i + 1)) || "su".equals(keys.get(i + 1)) || verbAt(i + 1).isPresent());
  }

  void findIndirect(List<Candidate> out) {
    for (int s = 0; s < sentenceList.size(); s++) {
      int first = sentenceFirst[s];
      if (first < 0) {
        continue;
      }
      int end = sentenceEnd[s];
      boolean hasQuote = containsQuoteOutsideClause(first, end);
      Candidate previousSentence = reportOfPreviousSentence(s, first, end);
      if (previousSentence != null) {
        out.add(previousSentence);
      }
      for (int i = first; i < end; i++) {
        if (quoted[i] || !tokens.get(i).word()) {
          continue;
        }
        if (entry(i).statementNoun() && !tokens.get(i).capitalised()) {
          Candidate c = statementNounReport(i, end);
          if (c != null) {
            out.add(c);
          }
        }
        Optional<List<String>> according = accordingToAt(i);
        if (according.isPresent()) {
          Candidate c = accordingTo(i, according.get(), first, end);
          if (c != null) {
            out.add(c);
          }
          i += according.get().size() - 1;
          continue;
        }
        int participle = participleAt(i);
        int with = participle > 0 ? withBefore(i, first) : -1;
        if (with >= 0) {
          // "..., with Russia's envoy Vasily Nebenzia warning that ...": the one named after "with"
          // speaks, not the sentence's subject.
          int clause = complementizerAfter(i + participle - 1, end);
          if (clause < 0) {
            clause = clauseWithoutThat(i + participle, end);
          }
          Candidate c = clause < 0 ? null : reported(clause, clauseEnd(clause, end, true), i, Via.SUBJECT);
          if (c != null) {
            // The name is the preposition's object and so oblique to every other rule; here it is
            // the participle's subject.
            c.subject = refAt[i - 1];
            c.unnamedSpeaker = c.subject == null;
            c.windowFrom = with + 1;
            c.windowTo = i;
            out.add(c);
          }
          continue;
        }
        // After a comma ("..., saying that"), or in English after "by" with someone named or
        // referred to before it ("Djilas opened by saying that ..."; not the writer's "We'll start
        // by noting that ..."): the gerund's subject is the sentence's, who speaks.
        // Also with a filler between ("отказался комментировать ..., лишь отметив, что ...").
        boolean afterComma = i > first && (tokens.get(i - 1).is(",") || i - 1 > first && tokens.get(i - 1).word()
            && entry(i - 1).filler() && tokens.get(i - 2).is(","));
        // And in English after a document the subject issued ("Rio Tinto has issued a short
        // statement saying that ..."): the issuer speaks in it.
        boolean afterDocument = participle > 0 && i > first && "en".equals(language.base()) && tokens.get(i - 1).word()
            && entry(i - 1).document();
        if (participle > 0 && i > first && (afterComma
            || "en".equals(language.base()) && ("by".equals(keys.get(i - 1)) || afterDocument)
                && firstSubject(first, i) != null)) {
          int clause = complementizerAfter(i + participle - 1, end);
          if (clause < 0 && "en".equals(language.base())) {
            clause = clauseWithoutThat(i + participle, end); // "..., saying Washington was defending ..."
          }
          if (clause >= 0) {
            Candidate c = reported(clause, clauseEnd(clause, end, true), i, Via.PARTICIPLE);
            if (c != null) {
              out.add(c);
            }
          }
          continue;
        }
        if (previousSentence != null) {
          // "Об этом заявила Захарова, добавив, что ...": the sentence's own verb reports the
          // sentence before it; only a participle after it adds a report of its own.
          continue;
        }
        Optional<Verb> verb = verbAt(i);
        // An asking verb's clause is the question ("спросил губернатора, правда ли, что ..."), no report.
        if (verb.isEmpty() || passive(i) || participialOpening(i, first) || declinedToSay(i) || negated(i)
            || entry(i).asking()) {
          continue;
        }
        int verbEnd = i + verb.get().keys().size();
        Candidate c = asPattern(i, verbEnd, verb.get(), first, end);
        boolean credit = c != null && onlyAnOutletAfter(verbEnd, end);
        if (c == null) {
          int clause = complementizerAfter(verbEnd - 1, end);
          if (clause < 0 && "en".equals(language.base()) && !modifierOfNoun(i) && !entry(i).asking()) {
            // Not after "asked": "asked Stanojevic whether she would appeal" is a question.
            clause = clauseWithoutThat(verbEnd, end);
          }
          if (clause >= 0 && (!startsQuote(clause) || wordsAfterQuote(clause, clauseEnd(clause, end, true)))) {
            // A quote that opens the clause and ends it is the words themselves (a direct
            // quote); one the clause goes on after is a partial quotation inside the report
            // ("da „nemaju nikakve veze” sa incidentom i da ...").
            // Serbian and Russian drop the subject, so two words after their "that" can be a whole
            // report ("подтвердил РБК, что переговоры завершены"); English needs three.
            boolean afterThat = clause > 0 && tokens.get(clause - 1).word() && entry(clause - 1).complementizer();
            int least = inflecting() && afterThat ? MIN_REPORTED_WORDS_AFTER_THAT : MIN_REPORTED_WORDS;
            c = reported(clause, clauseEnd(clause, end, true), i, Via.SUBJECT, least);
            if (c != null) {
              attach(c, i, clauseStart(first, i), verbWindowEnd(i, clause - 1));
            }
          }
        }
        if (c == null && !hasQuote) {
          c = interrupted(i, verbEnd, first, end);
        }
        if (c == null && (!hasQuote || !containsQuoteOutsideClause(first, i) || quotedWithinClause(first, i))) {
          // Only a quote before the verb makes it that quote's attribution ("..., саопштио је
          // Србијагас, наводећи да је уговор потписан „под повољнијим условима“" reports the clause),
          // and not one the clause's own words open ("Russia will not allow the Council to be
          // turned into "a rubber stamp ...", Nebenzya said": a report quoting words of his).
          c = trailingAttribution(i, verbEnd, verb.get(), first, end);
        }
        if (c != null) {
          // "Шмидт, как сообщает «Интерфакс», назвал ...": an outlet's credit, no one's statement.
          c.outletsOwn = mediumWrites(i) || credit;
          out.add(c);
        }
        i = verbEnd - 1;
      }
    }
  }

  /**
   * "Asked whether Serbia would join the sanctions, Vucic said ...": an English sentence that opens
   * with the verb and goes on in lower case opens with a participle, which reports what someone
   * else said or asked, not a statement by a subject ("Added Lavrov: ..." goes on with a name).
   */
  boolean participialOpening(int verb, int first) {
    return "en".equals(language.base()) && verb == first && verb + 1 < tokens.size()
        && tokens.get(verb + 1).word() && !tokens.get(verb + 1).capitalised();
  }

  /**
   * "Asked whether President Vladimir Putin planned to ..., he said": someone named in the
   * participial phrase an English sentence opens with is what the question was about; the subject
   * comes after the comma.
   */
  boolean inParticipialOpening(Ref ref) {
    int first = sentenceFirst[sentenceOf[ref.from]];
    if (verbAt(first).isEmpty() || !participialOpening(first, first)) {
      return inQuestionPut(ref);
    }
    for (int k = first; k < ref.from; k++) {
      if (tokens.get(k).is(",")) {
        return false;
      }
    }
    return true;
  }

  /**
   * "На вопрос сербского журналиста, получил ли Александр Вучич приглашение ..., Лавров отвечать
   * не стал": someone named in the question put that opens a sentence, after its comma or its
   * "ли" and before a comma still to come, is what was asked about, not the sentence's subject.
   */
  private boolean inQuestionPut(Ref ref) {
    if (!opensWithQuestionPut(ref.from)) {
      return false;
    }
    int first = sentenceFirst[sentenceOf[ref.from]];
    boolean asked = ref.from > 0 && journalistNoun(ref.from - 1); // "На питање водитељке Ане Ђорђевић": the asker
    for (int k = first; k < ref.from && !asked; k++) {
      asked = tokens.get(k).is(",") || tokens.get(k).word() && INTERROGATIVE_PARTICLES.contains(keys.get(k));
    }
    int end = sentenceEnd[sentenceOf[ref.from]];
    // A comma still to come before the answer: its verb, a colon or a quote end the search.
    for (int k = ref.to; asked && k < end && !isQuoteMark(k) && !tokens.get(k).is(":") && verbAt(k).isEmpty(); k++) {
      if (tokens.get(k).is(",")) {
        int aside = participleAside(k, end);
        if (aside < 0) {
          return true;
        }
        k = aside; // "Воронцов, участвовавший в заседании по видеосвязи, ответил": the name's aside
      }
    }
    return false;
  }

  /** A journalist's noun at {@code k}, in the nominative or in a case that changes its last letter (водитељке, novinara). */
  private boolean journalistNoun(int k) {
    if (!tokens.get(k).word() || tokens.get(k).capitalised()) {
      return false;
    }
    String key = keys.get(k);
    if (key.isEmpty()) {
      return false; // a word of no letters a key keeps (an emoji)
    }
    String stem = key.substring(0, key.length() - 1);
    return entry(k).journalist() || lex.entry(stem).journalist() || lex.entry(stem + "a").journalist();
  }

  /** Keys of the words that open an indirect question: ли, li, whether, if. */
  private static final Set<String> INTERROGATIVE_PARTICLES = Set.of("li", "whether", "if");

  /**
   * "Ситуация ... выходит из-под контроля. Об этом заявила Захарова.": a sentence that opens with
   * "this" and a speech verb reports the sentence before it (in the same paragraph).
   */
  Candidate reportOfPreviousSentence(int s, int first, int end) {
    int phrase = thisPhraseAt(first);
    if (phrase == 0 || s == 0 || sentenceFirst[s - 1] < 0 || paragraphOf[sentenceFirst[s - 1]] != paragraphOf[first]) {
      return null;
    }
    // The verb may come after a time and place ("Об этом в среду на ежегодной пресс-конференции
    // заявил ...").
    for (int v = first + phrase; v < Math.min(end, first + phrase + THIS_PHRASE_VERB_REACH); v++) {
      Optional<Verb> verb = verbAt(v);
      if (verb.isPresent() && complementizerAfter(v + verb.get().keys().size() - 1, end) >= 0) {
        // "Так называемый министр ... написала в соцсети, что ...": the verb reports a clause of
        // its own, so the opening word was no "this" ("так" of "so-called").
        return null;
      }
      if (verb.isPresent()) {
        Candidate c = reported(sentenceFirst[s - 1], sentenceEnd[s - 1], v, Via.SUBJECT);
        return c == null ? null : attach(c, v, first + phrase, end);
      }
      if (!tokens.get(v).word()) {
        return null;
      }
    }
    return null;
  }

  /** A Russian noun's genitive plural ending (водителей, жителей, экспертов, врачей); no singular ends so. */
  private static boolean russianGenitivePlural(String word) {
    return word.length() > 4 && (word.endsWith("ей") || word.endsWith("ов") || word.endsWith("ев"));
  }

  /** Words after "Об этом" within which its speech verb is looked for. */
  private static final int THIS_PHRASE_VERB_REACH = 8;

  /** "According to X, ...", "..., according to X.", "Prema njegovim rečima, ...", "По словам Захаровой ...". */
  Candidate accordingTo(int at, List<String> phrase, int first, int end) {
    int after = at + phrase.size();
    if (after + 1 < end && tokens.get(after + 1).word() && PRESS.contains(keys.get(after + 1))
        || after < end && tokens.get(after).word() && PRESS.contains(keys.get(after))) {
      return null; // "according to Greek media", "prema pisanju medija": the press, which is no speaker
    }
    Ref subject = null;
    boolean unnamed = false;
    Gender gender = null;
    int slot = phrase.indexOf(SpeechLexicon.SLOT);
    int npEnd = after;
    if (slot >= 0) {
      gender = entry(at + slot).possessive();
      Ref named = refAt[at + slot];
      if (gender == null && named != null && (named.type == RefType.MENTION || named.type == RefType.NAME)) {
        subject = named; // "Prema Dodikovim rečima": the person the possessive is made of
      } else {
        Ref zero = new Ref(RefType.PRONOUN, at + slot, at + slot + 1);
        zero.gender = gender;
        subject = zero;
      }
    } else if (after < end) {
      Gender object = tokens.get(after).word() ? entry(after).objectPronoun() : null;
      if (object != null) {
        subject = new Ref(RefType.PRONOUN, after, after + 1);
        subject.gender = object;
        npEnd = after + 1;
      } else {
        int stop = after;
        while (stop < end && !tokens.get(stop).is(",")
            && !(tokens.get(stop).is(".") && (stop + 1 >= end || sentenceOf[stop + 1] != sentenceOf[stop]))) {
          // A full stop inside the sentence is an abbreviation's ("По словам и.о. гендиректора ...").
          int title = titleEnd(stop);
          if (title > 0) {
            stop = title; // "По мнению главного экономиста ИК «Северный капитал» Игоря Ветрова": a name in marks
            continue;
          }
          if (isQuoteMark(stop)) {
            break;
          }
          stop++;
        }
        subject = best(after, stop, after, true, false);
        npEnd = stop;
        int nameAt = stop + 1;
        if (nameAt + 1 < end && tokens.get(nameAt).word() && lex.isAbbreviation(keys.get(nameAt))) {
          nameAt += tokens.get(nameAt + 1).is(".") ? 2 : 1; // "..., Dr Marina Đokić, ...": a title before the name
        }
        int described = nameAt;
        while (described < Math.min(end, nameAt + APPOSED_NOUN_WORDS) && inflecting() && tokens.get(described).word()
            && !tokens.get(described).capitalised() && refAt[described] == null && !quoted[described]
            && verbAt(described).isEmpty() && !functionWord(described)) {
          described++;
        }
        if (described > nameAt && described < end && refAt[described] != null && refAt[described].from == described) {
          // "Prema rečima jedne od organizatorki, studentkinje Milice Đorđević, ...": the apposition
          // has a noun of its own before the name, in the genitive the phrase takes.
          nameAt = described;
        }
        Ref apposed = stop + 1 < end && tokens.get(stop).is(",") && nameAt < end ? refAt[nameAt] : null;
        boolean office = apposed != null && officeOf(after, stop, subject);
        if ((subject == null || subject.type == RefType.ROLE || office) && apposed != null
            && apposed.from == nameAt
            && (apposed.type == RefType.NAME && !apposed.singleWord && personalName(apposed)
                || office && apposed.type == RefType.MENTION && personInFull(apposed))
            && apposed.to < end
            && tokens.get(apposed.to).is(",") && wordsBetween(after, stop) <= APPOSED_DESCRIPTION_WORDS) {
          // "Према речима аутора, Милана Стојковића, књигу је писао ...", "По словам другого
          // оппозиционного депутата, Марины Пешич, ...", "According to the head of the Niš
          // emergency centre, Dr Marina Đokić, ...": the name set off after the noun or role is
          // the one it means; so after an office of a body in the catalogue or of a country
          // ("According to the head of UNMIK, Caroline Ndiaye, ...", "According to Russia's
          // ambassador to the UN, Vasily Nebenzya, ...").
          subject = apposed;
          npEnd = apposed.to;
        }
        if (subject != null && unnamedSourceIn(after, subject.from) && !describedName(after, subject)) {
          // "According to a source in the Serbian government, ...": the source speaks, unnamed;
          // the body only says where it sits.
          subject = null;
          unnamed = true;
        }
        if (subject != null && subject.type == RefType.NAME && !subject.singleWord && !"en".equals(language.base())) {
          // The phrase takes the genitive ("По словам Джонатана Рейли"): the person is known by
          // the nominative, as another outlet's "Джонатан Рейли заявил" names him.
          String written = text.substring(tokens.get(subject.from).start(), tokens.get(subject.to - 1).end());
          subject.name = Nominatives.ofGenitive(written, language.base(), lex);
          subject.key = Texts.matchKey(subject.name);
        }
      }
    }
    if (subject == null && !unnamed && oneOfThem(after, npEnd)) {
      // "По словам одного из них", "Prema rečima jednog od njih", "According to one of them": one
      // of several met before, which one left unsaid.
      unnamed = true;
    }
    if (subject == null && !unnamed && !inflecting() && npEnd > after && sourcePeopleIn(after, npEnd)) {
      // "According to the same source, ...", "according to two officials": people left unnamed.
      // (English lists bodies and documents among its unnamed sources too, which name a speaker
      // or a document here: "according to the ministry".)
      unnamed = true;
    }
    if (subject == null && !unnamed && inflecting() && npEnd > after && unnamedSourceIn(after, npEnd)) {
      // "По словам одного из собеседников РБК", "Prema navodima izvora bliskog ...": a source left
      // unnamed, in the genitive the phrase takes.
      unnamed = true;
    }
    boolean several = subject == null && !unnamed && "ru".equals(language.base()) && npEnd == after + 1
        && tokens.get(after).word() && !tokens.get(after).capitalised() && russianGenitivePlural(tokens.get(after).surface());
    // "По словам водителей": several people left unnamed, not the one driver named before.
    unnamed |= several;
    if (subject == null && !unnamed && npEnd == after + 1 && tokens.get(after).word() && entry(after).pressOffice()) {
      subject = pressOfficeNamedLast(after); // "По данным пресс-службы": the one named before
    }
    boolean described = false;
    // "Srbijagas je u saopštenju naveo da ... Prema saopštenju, ...": a phrase that is itself a
    // document's, with no one after it, right after a sentence of the paragraph that named the
    // document; its issuer is looked for as for "According to the statement, ..." below. (Where no
    // such sentence comes right before, the document is found as it was.)
    boolean documentPhrase = npEnd <= after && after > at && tokens.get(after - 1).word() && entry(after - 1).document()
        && documentInSentenceBefore(at);
    if (subject == null && !unnamed && !documentPhrase) {
      if (npEnd <= after) {
        return null;
      }
      // "По мнению эксперта": kept only if the noun describes an unknown person met before. In
      // Serbian and Russian a phrase of common nouns alone ("Prema rečima organizatora", "Prema
      // navodima njegove porodice") is people left unnamed; English names documents and data the
      // same way ("according to the report"), and a capital may be a name the rules missed.
      described = !inflecting() || npEnd - after > COMMON_SOURCE_WORDS || capitalisedOutsidePlaces(after, npEnd);
    }
    int from;
    int to;
    // Also after an adverb alone ("При этом, по его словам, Кремль «...»"): the report is what follows.
    // So after a colon: "izneo je brojke: prema njegovim rečima, ..." opens a report there.
    boolean opening = at == first
        || tokens.get(at - 1).is(",") && (!hasWordsBefore(first, at - 1) || onlyFillers(first, at - 1))
        || isDash(at - 1) && at - 1 == first || tokens.get(at - 1).is(":")
        // "..., a prema rečima predsednice sindikata ..., štrajk će trajati ...": a clause of its
        // own after a comma and a conjunction.
        || at >= 2 && tokens.get(at - 1).word() && entry(at - 1).conjunction() && tokens.get(at - 2).is(",");
    if (opening || at == first) {
      int comma = npEnd;
      while (comma < end && !tokens.get(comma).is(",")) {
        comma++;
      }
      int apposition = comma < end ? appositionToName(comma, end, subject) : -1;
      if (apposition > 0) {
        comma = apposition; // the report begins after what the name's apposition says of the speaker
      }
      from = comma + 1;
      to = clauseEnd(from, end, true);
      if (documentIn(at, npEnd) && attributedInside(from, to)) {
        return null; // "Према саопштењу Канцеларије, Серенсен је рекао да ...": his words, by its account
      }
    } else if (tokens.get(at - 1).is(",")) {
      // "X, according to Y, is ..." / "..., according to Y." : the sentence around the phrase,
      // without the phrase when it stands inside.
      from = first;
      int next = npEnd;
      while (next < end && !tokens.get(next).is(",")) {
        next++;
      }
      int tail = afterDash(next + 1, end);
      if (next < end && tail < end && tokens.get(tail).word() && verbAt(tail).isPresent()) {
        // "Komesarka Kos je, prema saopštenju Evropske komisije, ocenila da ...": the phrase says
        // by whose account she spoke; her verb reports her words.
        return null;
      }
      if (next < end && wordsBetween(next, end) >= 2 && goesOn(tail, end)) {
        to = clauseEnd(tail, end, true);
        Candidate c = reportedAround(first, at - 1, next, tail, to, at);
        if (c != null) {
          c.subject = subject;
          c.verbGender = gender;
          c.onlyIfDescribed = subject == null;
          c.windowFrom = after;
          c.windowTo = npEnd;
        }
        return c;
      }
      to = at - 1;
    } else {
      return null;
    }
    Candidate c = reported(from, to, at, Via.SUBJECT);
    if (c != null) {
      c.subject = subject;
      c.verbGender = gender;
      c.onlyIfDescribed = described;
      c.windowFrom = after;
      c.windowTo = several ? after : npEnd; // no noun there names anyone
      c.unnamedSpeaker |= several;
      if (opening && subject == null && !unnamed && npEnd - after <= DOCUMENT_PHRASE_WORDS
          && (documentIn(after, npEnd) || documentPhrase)) {
        // "According to the statement, ...", "Prema saopštenju, ...": the document's issuer, named
        // after it or the body the text was about, as for "U saopštenju se navodi". (Not one that
        // ends a sentence whose own words have their speaker: "“...,” he told settlers, according
        // to a statement.")
        c.inDocument = true;
        c.onlyIfDescribed = false;
      }
    }
    return c;
  }

  /**
   * Whether the sentence before the one of token {@code at}, in its paragraph, names a document,
   * or has a body issue one by a neuter verb ("..., саопштило је министарство.").
   */
  private boolean documentInSentenceBefore(int at) {
    int s = sentenceOf[at];
    if (s == 0 || sentenceFirst[s - 1] < 0 || paragraphOf[sentenceFirst[s - 1]] != paragraphOf[at]) {
      return false;
    }
    for (int k = sentenceFirst[s - 1]; k < sentenceEnd[s - 1]; k++) {
      if (tokens.get(k).word() && (entry(k).document() || verbAt(k).map(v -> v.neuter()).orElse(false))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the clause [from, to) opens with a subject of its own and a speech verb with "that"
   * after it: someone the document reports, who speaks there ("Серенсен је рекао да ...").
   */
  private boolean attributedInside(int from, int to) {
    boolean subject = false;
    for (int k = from; k < Math.min(to, from + SUBJECT_BEFORE_INNER_VERB); k++) {
      if (!tokens.get(k).word()) {
        return false;
      }
      Ref ref = refAt[k];
      subject |= ref != null && !ref.oblique && ref.type != RefType.ROLE;
      if (verbAt(k).isPresent()) {
        int verbEnd = k + verbAt(k).get().keys().size();
        return subject && !passive(k) && !negated(k) && complementizerAfter(verbEnd - 1, to) >= 0;
      }
    }
    return false;
  }

  /** Words a subject and its auxiliaries may take before the speech verb of {@link #attributedInside}. */
  private static final int SUBJECT_BEFORE_INNER_VERB = 5;

  /**
   * Whether {@code subject}, found in the phrase between {@code from} and {@code to}, is a body of
   * the catalogue or a name that is no person's, with a noun beside it in the phrase: an office held
   * in the body or for the country ("the head of UNMIK", "главы МИД", "Russia's ambassador to the
   * UN"), not the body itself.
   */
  private boolean officeOf(int from, int to, Ref subject) {
    boolean body = subject != null && subject.type == RefType.MENTION && subject.actor != null
        && subject.actor.kind() != Actor.Kind.PERSON;
    boolean place = subject != null && subject.type == RefType.NAME && !personalName(subject);
    if (!body && !place) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if ((i < subject.from || i >= subject.to) && tokens.get(i).word() && !entry(i).determiner() && !functionWord(i)
          && !(i == subject.to && "s".equals(keys.get(i)))) {
        return true;
      }
    }
    return false;
  }

  /** Words of an according-to phrase that names a document alone ("the statement", "the ministry's letter"). */
  private static final int DOCUMENT_PHRASE_WORDS = 3;

  /**
   * A Russian participle declined as an adjective, active past (поступившем, опубликовавший) or
   * passive past (опубликованном, распространённой): it opens a phrase about the noun before it.
   */
  private static final Pattern RUSSIAN_PARTICIPLE_ADJECTIVE =
      Pattern.compile(".{3,}(вш|нн|ённ)(ий|его|ему|им|ем|ая|ей|ую|ое|ие|их|ими|ый|ого|ому|ым|ом|ой)");

  /**
   * The match key of a Serbian passive participle declined as an adjective in the locative or
   * instrumental (objavljenom, upućenoj, poslatom, dostavljenim), as a document's phrase takes it:
   * it opens a phrase about the noun before it.
   */
  private static final Pattern SERBIAN_PARTICIPLE_ADJECTIVE = Pattern.compile(".{3,}(en|an|at|et|nut)(om|oj|im|ima)");

  /** Whether tokens [from, to) are words of the lexicon's fillers only ("При этом", "However"). */
  private boolean onlyFillers(int from, int to) {
    for (int k = from; k < to; k++) {
      if (!tokens.get(k).word() || !entry(k).filler() || quoted[k]) {
        return false;
      }
    }
    return to > from;
  }

  /**
   * Whether a capitalised word stands between {@code from} and {@code to} other than a place's
   * name after its settlement noun: "Prema rečima meštana sela Kremna" has people left unnamed,
   * from a village named.
   */
  private boolean capitalisedOutsidePlaces(int from, int to) {
    boolean place = false; // inside a place's name of one or more words ("sela Gornja Trepča")
    for (int k = from; k < to; k++) {
      Token token = tokens.get(k);
      boolean capital = token.word() && token.capitalised();
      place = capital && (place || k > from && tokens.get(k - 1).word() && !tokens.get(k - 1).capitalised()
          && entry(k - 1).settlement());
      if (capital && !place && k != sentenceFirst[sentenceOf[k]]) {
        return true;
      }
    }
    return false;
  }

  /** Words of a phrase of common nouns read as people left unnamed ("Prema navodima njegove porodice"). */
  private static final int COMMON_SOURCE_WORDS = 3;

  /** Words of the description an according-to phrase gives before the name it sets off by commas. */
  private static final int APPOSED_DESCRIPTION_WORDS = 8;

  /** Lower-case words the apposition after an according-to phrase may have before its name. */
  private static final int APPOSED_NOUN_WORDS = 2;

  /** "X je ocenio da ..., kako je rekao, ...": the words before are already a report. */
  boolean reportedBefore(int first, int at) {
    for (int i = first; i < at; i++) {
      if (!quoted[i] && (verbAt(i).isPresent() || accordingToAt(i).isPresent())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Russian words before ", как" that make it a conjunction of time ("до того, как", "после того,
   * как", "перед тем, как", "с тех пор, как", "в то время, как"), by match key.
   */
  private static final Set<String> TIME_CORRELATIVES = Set.of(
      Texts.matchKey("того"), Texts.matchKey("тем"), Texts.matchKey("пор"), Texts.matchKey("время"));

  /** "As X noted, ...", "Kako je istakao Vučić, ...", "Как заявил Лавров, ...", and at the end. */
  Candidate asPattern(int verb, int verbEnd, Verb v, int first, int end) {
    int as = -1;
    for (int i = verb - 1; i >= Math.max(first, verb - 5); i--) {
      if (!tokens.get(i).word()) {
        break;
      }
      if (entry(i).as()) {
        as = i;
        break;
      }
    }
    if (as < 0 || entry(verb).promise()) {
      return null; // "did not, as it promised, address ...": a commitment recalled, no words reported
    }
    boolean opening = as == first || isDash(as - 1) && !hasWordsBefore(first, as - 1);
    // Not after a preposition ("захвалио је Русији на, како је навео, „принципијелном ставу“"):
    // the phrase then vouches for the words after it, a fragment of no report.
    // Nor after a correlative of time: "Беседа состоялась до того, как президент ... заявил, что
    // ...": "как" is "before", not "as".
    boolean closing = as > first && tokens.get(as - 1).is(",") && !reportedBefore(first, as)
        && !(as - 2 >= first && tokens.get(as - 2).word() && entry(as - 2).preposition())
        && !(as - 2 >= first && tokens.get(as - 2).word() && TIME_CORRELATIVES.contains(keys.get(as - 2)));
    if (!opening && !closing) {
      return null;
    }
    int comma = verbEnd;
    while (comma < end && !tokens.get(comma).is(",") && !tokens.get(comma).is(".")) {
      comma++;
    }
    // The word that opens the clause the attribution interrupts, past its auxiliaries ("који су,").
    int opener = as - 2;
    while (opener > first && tokens.get(opener).word() && (entry(opener).auxiliary() || entry(opener).filler())
        && !entry(opener).relative() && !entry(opener).conjunction()) {
      opener--;
    }
    opener = opener >= first && tokens.get(opener).word() ? opener : -1;
    Candidate c;
    if (opening) {
      if (comma >= end || !tokens.get(comma).is(",")) {
        return null;
      }
      int named = namedApposition(comma, end);
      if (named > 0) {
        comma = named; // "Как рассказал ... военный эксперт, полковник в отставке Олег Ведерников, ..."
      }
      if (ownReportOpens(comma + 1, end)) {
        // "Kako se navodi u saopštenju Generalnog sekretarijata predsednika, Vučić je rekao da
        // ...": the phrase names where a report was read, and the report has its own speaker and
        // verb; that verb's clause is the statement, not the whole of it the document's.
        return null;
      }
      c = reported(comma + 1, clauseEnd(comma + 1, end, true), verb, Via.SUBJECT);
    } else if (comma < end && tokens.get(comma).is(",") && opener >= first && entry(opener).relative()) {
      // "..., который, как сообщили «Ъ» в МИД, в пятницу проведет консультации", "гледалаца који
      // су, како је рекао селектор ..., „одиграли пети сет“": the relative clause is what was
      // said, of the noun before it.
      int tail = afterDash(comma + 1, end);
      c = reportedAround(opener, as - 1, comma, tail, clauseEnd(tail, end, true), verb);
    } else if (comma < end && tokens.get(comma).is(",") && opener > first && opener < as - 2
        && (entry(opener).subordinator() || entry(opener).conjunction()) && tokens.get(opener - 1).is(",")) {
      // "..., jer je, kako je rekao Ilić, „klima uređaj ... podneo ostavku“": a clause that has only
      // its conjunction and auxiliary before the attribution; what was said is what follows it.
      int tail = afterDash(comma + 1, end);
      c = reported(tail, clauseEnd(tail, end, true), verb, Via.SUBJECT);
    } else if (comma < end && tokens.get(comma).is(",") && fragmentInMarks(comma + 1)) {
      // "Ђурић поздравио је, како је рекао, „реалан поглед из Москве“": the phrase vouches for
      // the quoted words after it, an object in the speaker's wording and no report; the words
      // before it are the writer's.
      return null;
    } else if (comma < end && tokens.get(comma).is(",") && speechVerbOpens(comma + 1, end)) {
      // "Шеф српске дипломатије је, како је саопштило МСП Србије, указао да ...": the phrase
      // vouches for the report of the verb after it, whose subject stands before; that verb's
      // clause is the statement, and the words before the phrase are none.
      return null;
    } else if (comma < end && tokens.get(comma).is(",") && interruptible(first, as - 1)
        && goesOn(afterDash(comma + 1, end), end)) {
      // "Москва, как заявил Песков, не будет ...": the report goes on after the attribution.
      int tail = afterDash(comma + 1, end);
      c = reportedAround(first, as - 1, comma, tail, clauseEnd(tail, end, true), verb);
    } else {
      c = reported(first, as - 1, verb, Via.SUBJECT);
    }
    return c == null ? null : attach(c, verb, as + 1, comma);
  }

  /**
   * Whether tokens [from, end) open with a subject of a few words and a speech verb that reports a
   * clause of its own ("Vučić je rekao da ...", "министр Сергей Павлов заявил, что ..."). A verb
   * first has no subject of its own and is not one.
   */
  private boolean ownReportOpens(int from, int end) {
    for (int k = from + 1; k < Math.min(end, from + OWN_SUBJECT_WORDS + 1); k++) {
      if (!tokens.get(k).word() || quoted[k]) {
        return false;
      }
      Optional<Verb> v = verbAt(k);
      if (v.isPresent()) {
        return complementizerAfter(k + v.get().keys().size() - 1, end) > 0;
      }
    }
    return false;
  }

  /** The words a subject may take before its own speech verb, after an "as stated in" phrase. */
  private static final int OWN_SUBJECT_WORDS = 6;

  /** Whether token {@code i} opens a closed quote whose first word is in lower case: a fragment. */
  private boolean fragmentInMarks(int i) {
    return quoteEnd(i, Integer.MAX_VALUE) > 0 && Character.isLowerCase(tokens.get(i + 1).surface().codePointAt(0));
  }

  /** Whether a speech verb opens tokens [from, end), after at most two auxiliaries or fillers. */
  private boolean speechVerbOpens(int from, int end) {
    int k = from;
    while (k < end && k < from + 2 && tokens.get(k).word() && (entry(k).auxiliary() || entry(k).filler())) {
      k++;
    }
    return k < end && tokens.get(k).word() && !quoted[k] && verbAt(k).isPresent();
  }

  /**
   * "Russia, Lavrov said, will not ...", "Srbija, rekao je Vučić, neće ...", "Россия, заявил
   * Лавров, не ...": an attribution set off by commas inside the report, around the verb at
   * {@code verb}. Its words are the report's two parts joined; the attribution is left out of them.
   * Not a relative clause (", which Lavrov said had been ..."), not a second clause (", and ...",
   * ", adding ..."), and only where the attribution names or implies a speaker.
   */
  Candidate interrupted(int verb, int verbEnd, int first, int end) {
    int left = verb - 1;
    while (left > first && tokens.get(left).word() && !quoted[left]) {
      left--;
    }
    if (verb - 1 - left > PARENTHETICAL_WORDS) {
      return null;
    }
    if (isDash(left) && left - 1 > first && tokens.get(left - 1).is(",")) {
      left--; // "Россия, — заявил Лавров, — не ..."
    }
    if (left <= first || !tokens.get(left).is(",") || !interruptible(first, left) || reportedBefore(first, left)) {
      return null;
    }
    int from = afterDash(left + 1, verb);
    if (from < verb && (entry(from).relative() || entry(from).complementizer() || entry(from).subordinator())) {
      return null;
    }
    int right = verbEnd;
    while (right < end && tokens.get(right).word() && !entry(right).complementizer()) {
      right++;
    }
    if (right - verbEnd > PARENTHETICAL_WORDS || right >= end || !tokens.get(right).is(",")) {
      return null;
    }
    if (entry(right - 1).unnamedSource()) {
      return null; // "..., сообщили РБК два источника, знакомые с ходом переговоров": who the sources are
    }
    int tail = afterDash(right + 1, end);
    if (aboutTheSpeaker(right, end, true) && !credit(right, end)) {
      // "This system, says Richard Locksley, an immunologist at UCSF, helps direct ...": the
      // report goes on after the apposition to the speaker.
      int apposition = appositionEnd(right, end);
      if (apposition < 0) {
        return null;
      }
      right = apposition;
      tail = right + 1;
    } else if (!goesOn(tail, end) || datesTheAttribution(tail, end)) {
      return null;
    }
    Candidate c = reportedAround(first, left, right, tail, clauseEnd(tail, end, true), verb);
    if (c == null) {
      return null;
    }
    attach(c, verb, from, right);
    boolean dropped = c.zero && c.verbGender != null && !"en".equals(language.base());
    return c.subject != null || dropped || unnamedSource(from, right, verb) ? c : null;
  }

  /**
   * Whether tokens [from, verb) join clauses ("..., Šmit nema legitimitet jer ga nije potvrdio
   * Savet": the verb belongs to a clause of "because", and what came before the comma is no report
   * of it). "And" may join two subjects ("..., Vučić i Dodik rekli su").
   */
  boolean clauseBeforeVerb(int from, int verb) {
    for (int i = from; i < verb; i++) {
      if (!tokens.get(i).word()) {
        continue;
      }
      SpeechLexicon.Entry entry = entry(i);
      if (entry.subordinator() || entry.complementizer() || entry.relative()
          || entry.conjunction() && !AND.contains(keys.get(i)) || WHAT.contains(keys.get(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "What" as a relative's word, by match key ("šta", "што", "шта" and "što" key alike): "...,
   * потврђује оно на шта Москва упозорава" is no attribution of the words before it.
   */
  private static final Set<String> WHAT = Set.of("sta", "sto", "what");

  /** Words that open an indirect question rather than a report ("asked whether ..."). */
  private static final Set<String> QUESTION_WORDS = Set.of("whether", "if", "why", "how", "li");

  /**
   * Whether {@code ref} stands in an indirect question set off by commas before {@code verb}: after
   * a comma, a question word ("ли", "whether", "da li") before it, and a comma between it and the
   * verb.
   */
  private boolean inQuestionBefore(Ref ref, int verb) {
    boolean commaAfter = false;
    for (int k = ref.to; k < verb && !commaAfter; k++) {
      commaAfter = tokens.get(k).is(",");
    }
    if (!commaAfter) {
      return false;
    }
    int first = sentenceFirst[sentenceOf[ref.from]];
    for (int k = ref.from - 1; k >= Math.max(first, ref.from - QUESTION_REACH); k--) {
      if (tokens.get(k).is(",")) {
        return false;
      }
      if (tokens.get(k).word() && QUESTION_WORDS.contains(keys.get(k)) && !"if".equals(keys.get(k))
          && k > first && (tokens.get(k - 1).is(",") || !"en".equals(language.base()))) {
        return true;
      }
    }
    return false;
  }

  /** Tokens back from a name to the question word that may open its clause. */
  private static final int QUESTION_REACH = 6;

  /** The conjunction that may join two subjects, by match key ("и" is "i" too). */
  private static final Set<String> AND = Set.of("and", "i");

  /**
   * The comma that ends an apposition to the speaker opened at {@code comma}, where the report
   * goes on in lower case ("..., an immunologist at the University of California, Berkeley,
   * helps direct ..."); -1 if there is none within {@link #APPOSITION_WORDS} tokens, or the
   * apposition holds a quote, a speech verb or a clause of its own.
   */
  int appositionEnd(int comma, int end) {
    for (int k = comma + 1; k < Math.min(end, comma + 1 + APPOSITION_WORDS); k++) {
      Token token = tokens.get(k);
      if (isQuoteMark(k) || token.is(";") || token.is(":") || token.word()
          && (verbAt(k).isPresent() || entry(k).complementizer() || entry(k).relative() || participleAt(k) > 0)) {
        return -1;
      }
      if (token.is(",") && k + 1 < end && tokens.get(k + 1).word() && !tokens.get(k + 1).capitalised()
          && !entry(k + 1).determiner() && !entry(k + 1).preposition() && goesOn(k + 1, end)) {
        return k;
      }
    }
    return -1;
  }

  /**
   * "Prema rečima Nikole Tošića, vlasnika pekare preko puta, grupa ...", "По словам Олега Петрова,
   * директора завода, ...", "According to John Miller, the owner of the bakery, a group ...": the
   * comma that closes an apposition to the name ending at {@code comma}, where the report then
   * begins; -1 if the words after the name are the report itself. An apposition is a role, or
   * (English) a noun phrase opened by an article, or (Serbian, Russian) a noun in the name's case,
   * which shows in their shared last letter (Tošića, vlasnika); it holds no verb of its own, and
   * a clause goes on after it.
   */
  int appositionToName(int comma, int end, Ref name) {
    int next = comma + 1;
    if (name == null || name.to != comma || name.type != RefType.NAME && name.type != RefType.MENTION
        || next >= end || !tokens.get(next).word() || tokens.get(next).capitalised() || quoted[next]) {
      return -1;
    }
    boolean role = refAt[next] != null && refAt[next].type == RefType.ROLE;
    boolean describes = "en".equals(language.base())
        ? entry(next).determiner()
        : sameLastLetter(keys.get(name.to - 1), keys.get(next));
    if (!role && !describes) {
      return -1;
    }
    for (int k = next; k < Math.min(end, next + APPOSITION_WORDS); k++) {
      Token token = tokens.get(k);
      if (isQuoteMark(k) || token.is(";") || token.is(":") || token.is(".") || token.word()
          && (verbAt(k).isPresent() || entry(k).auxiliary() || entry(k).complementizer() || entry(k).relative()
              || entry(k).conjunction() || participleAt(k) > 0)) {
        return -1;
      }
      if (token.is(",")) {
        // A report's subject can have a parenthesis after it too ("Prema rečima Vučića, vlada,
        // kao i do sada, ostaje ..."): that one opens with "as" or a preposition, an apposition's
        // report with its own subject.
        int tail = afterDash(k + 1, end);
        return wordsBetween(tail, end) >= MIN_REPORTED_WORDS && goesOn(tail, end)
            && !entry(tail).as() && !entry(tail).preposition() && !PARENTHESIS_OPENERS.contains(keys.get(tail)) ? k : -1;
      }
    }
    return -1;
  }

  /**
   * "Kako je rekao politički analitičar, profesor Dragan Simić, ...": after a speaker described
   * by a noun, the comma that closes a second description ending in the person's name; -1 when the
   * words after {@code comma} are not one.
   */
  int namedApposition(int comma, int end) {
    for (int k = comma + 1; k < Math.min(end, comma + 1 + APPOSITION_WORDS); k++) {
      Token token = tokens.get(k);
      if (token.is(",")) {
        Ref name = refAt[k - 1];
        // A person's name of two words or more, not a place or a body ("Как заявил Лавров,
        // Москва, столица России, ...": the report's subject and its apposition).
        boolean named = name != null && name.to == k && name.from > comma + 1 && personInFull(name);
        return named && wordsBetween(k + 1, end) >= MIN_REPORTED_WORDS && goesOn(k + 1, end) ? k : -1;
      }
      if (isQuoteMark(k) || !token.word() || verbAt(k).isPresent() || entry(k).auxiliary()
          || entry(k).complementizer() || entry(k).relative() || entry(k).conjunction()) {
        return -1;
      }
    }
    return -1;
  }

  /** Words, by match key, that open a parenthesis rather than a clause ("kao i do sada", "uprkos tome"). */
  private static final Set<String> PARENTHESIS_OPENERS = Set.of("kao", "uprkos", "medutim", "medjutim", "despite", "however");

  private static boolean sameLastLetter(String a, String b) {
    return !a.isEmpty() && !b.isEmpty() && a.charAt(a.length() - 1) == b.charAt(b.length() - 1);
  }

  /**
   * "..., an insurgent source told Agence France-Presse", "..., rekao je izvor": an attribution
   * in tokens [from, to) around the verb whose subject is a source left unnamed, a few words with
   * no clause of their own ("..., after the novelist explained them to me" has none).
   */
  boolean unnamedSource(int from, int to, int verb) {
    if (wordsBetween(from, to) > PARENTHETICAL_WORDS + 3) {
      return false;
    }
    boolean source = false;
    for (int i = from; i < to; i++) {
      if (!tokens.get(i).word() || i == verb) {
        continue;
      }
      SpeechLexicon.Entry entry = entry(i);
      if (entry.relative() || entry.subordinator() || entry.conjunction() || entry.complementizer()) {
        return false;
      }
      source |= entry.unnamedSource();
    }
    return source;
  }

  /**
   * Whether tokens [first, to) can be the first part of a report interrupted by its attribution:
   * a few words with no punctuation of a clause's end among them.
   */
  boolean interruptible(int first, int to) {
    if (wordsBetween(first, to) > INTERRUPTED_HEAD_WORDS) {
      return false;
    }
    for (int i = first; i < to; i++) {
      Token token = tokens.get(i);
      if (token.is(",") || token.is(";") || token.is(":") || isQuoteMark(i)) {
        return false;
      }
    }
    return true;
  }

  /** The first token at or after {@code i} that is not a dash ("Россия, — заявил ..."), up to {@code to}. */
  int afterDash(int i, int to) {
    return i < to && isDash(i) ? i + 1 : i;
  }

  /**
   * Whether a report goes on at token {@code i}, after the comma ending an attribution inside it:
   * a word, not one opening another clause (", and ...", ", which ...", ", adding ..."), and not
   * an apposition to a speaker named just before (", a senior fellow at ...", ", министр
   * иностранных дел"; {@link #aboutTheSpeaker}). "In Belgrade, officials said, the mood was ..."
   * goes on.
   */
  boolean goesOn(int i, int end) {
    if (i >= end || !tokens.get(i).word() || quoted[i] || refAt[i] != null && refAt[i].type == RefType.ROLE) {
      return false;
    }
    SpeechLexicon.Entry entry = entry(i);
    int comma = i - 1;
    while (comma > 0 && isDash(comma)) {
      comma--;
    }
    return !entry.conjunction() && !entry.relative() && !entry.complementizer()
        && participleAt(i) == 0 && verbAt(i).isEmpty()
        && !("en".equals(language.base()) && keys.get(i).endsWith("ing"))
        && !(tokens.get(comma).is(",") && aboutTheSpeaker(comma, end, false));
  }

  /**
   * English: whether tokens [from, to) after a speech verb say when, where or to whom it spoke, not
   * what it took as its object: no article right after the verb ("added a goal"), and no word in
   * -ing ("admitted to threatening").
   */
  private boolean noObjectAfter(int from, int to) {
    if (from < to && tokens.get(from).word() && entry(from).determiner()) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (tokens.get(k).word() && keys.get(k).endsWith("ing")) {
        return false;
      }
    }
    return true;
  }

  /**
   * English: whether the words from {@code tail} open a time phrase that dates the attribution
   * before them ("..., the minister said on Tuesday, a week before the deal expires", ", two days
   * after ...", ", shortly before ..."), which no report goes on with.
   */
  private boolean datesTheAttribution(int tail, int end) {
    if (!"en".equals(language.base())) {
      return false;
    }
    if (tail + 2 < end && tokens.get(tail).word() && entry(tail).preposition() && tokens.get(tail + 1).word()
        && entry(tail + 1).determiner()) {
      return true; // "..., Peskov said on Wednesday, at the start of a two-day visit": where or when he said it
    }
    if (tail + 1 < end && tokens.get(tail).word() && entry(tail).determiner() && tokens.get(tail + 1).word()
        && TIME_UNITS.contains(keys.get(tail + 1))) {
      return true; // "..., Kos said on Tuesday, the day the Commission published its report": which day
    }
    for (int k = tail; k < Math.min(end, tail + 4) && tokens.get(k).word(); k++) {
      if (TIME_RELATIONS.contains(keys.get(k))) {
        return k > tail && TIME_UNITS.contains(keys.get(k - 1));
      }
    }
    return false;
  }

  /** Words that relate a time to an event ("a week before", "days after", "hours ahead of"). */
  private static final Set<String> TIME_RELATIONS = Set.of("before", "after", "ahead", "ago", "later");

  /** Words that measure or qualify a stretch of time right before one of {@link #TIME_RELATIONS}. */
  private static final Set<String> TIME_UNITS = Set.of(
      "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years",
      "moments", "shortly", "soon", "just", "immediately", "right", "long");

  /**
   * A report over tokens [from, to) less the attribution in tokens [gapFrom, gapTo] (its commas
   * included), or null if its words are too few to be a statement.
   */
  Candidate reportedAround(int from, int gapFrom, int gapTo, int tailFrom, int to, int anchor) {
    if (wordsBetween(from, gapFrom) + wordsBetween(tailFrom, to) < MIN_REPORTED_WORDS || wordsBetween(from, gapFrom) == 0) {
      return null;
    }
    if (schedulesEvent(from, to, gapFrom, Math.max(gapTo + 1, tailFrom)) && !opinionAt(anchor)) {
      return null;
    }
    Candidate c = reported(from, to, anchor, Via.SUBJECT);
    if (c != null) {
      c.gapStart = tokens.get(gapFrom).start();
      c.gapEnd = tokens.get(Math.max(gapTo, tailFrom - 1)).end();
    }
    return c;
  }

  /**
   * Whether the sentence opens with "о", "об" or "o" and a noun other than "том"/"tome" ("О
   * планах на следующий год, ...") or "том" and a question word ("О том, чего ждать ..."): a topic
   * set before the verb, where "О том, что ..." opens the words themselves.
   */
  private boolean topicOpening(int first) {
    String key = keys.get(first);
    if (!tokens.get(first).word() || !"o".equals(key) && !"ob".equals(key) || first + 1 >= tokens.size()
        || !tokens.get(first + 1).word()) {
      return false;
    }
    boolean that = "tom".equals(keys.get(first + 1)) || "tome".equals(keys.get(first + 1));
    // "О том, что ..." opens the words themselves; "О том, чего ждать ..." a question, a topic.
    return !that || first + 3 < tokens.size() && tokens.get(first + 2).is(",") && tokens.get(first + 3).word()
        && !entry(first + 3).complementizer();
  }

  /** Whether a verb or a "that" stands in tokens [from, to): words that make a clause of their own. */
  private boolean clauseWithin(int from, int to) {
    for (int k = from; k < to; k++) {
      if (tokens.get(k).word() && (verbAt(k).isPresent() || entry(k).complementizer())) {
        return true;
      }
    }
    return false;
  }

  /** "Russia will not abandon Serbia, the ambassador said." : a report with the verb at the end. */
  Candidate trailingAttribution(int verb, int verbEnd, Verb v, int first, int end) {
    int comma = -1;
    // The attribution's subject after the comma is short, so the search stops where that could no
    // longer be; what follows the verb (when, where, to whom) may run longer.
    for (int i = verb - 1; i > first && wordsBetween(i + 1, verb) <= TRAILING_SUBJECT_WORDS; i--) {
      if (tokens.get(i).is(",")) {
        comma = i;
        break;
      }
    }
    int atVerb = comma;
    comma = beforeNamedApposition(comma, verb, first);
    comma = comma == atVerb ? beforeNameAndDescription(comma, verb, first) : comma;
    if (comma < 0 || comma + 1 < end && tokens.get(comma + 1).word() && entry(comma + 1).conjunction()
        || dependentClause(first, comma) || clauseBeforeVerb(comma + 1, verb)
        || wordsBetween(comma + 1, verb) == 0 && closesRelativeClause(comma, first) && !subjectAfter(verbEnd, end)
            && !v.impersonal()) {
      // (An impersonal verb is no subject's: "..., kojim se snabdevanje produžava do kraja marta,
      // saopšteno je iz preduzeća" reports the whole sentence.)
      return null;
    }
    if (participleAt(first) > 0 || verbAt(first).isPresent() && participialOpening(first, first)
        || tokens.get(first).word() && entry(first).asking()) {
      // "Asked about the Community, Petkovic answered ...", "Отвечая на вопрос, ...", "Upitan da li
      // će ..., trener je odgovorio ...": no report
      return null;
    }
    if (inflecting() && topicOpening(first)) {
      // "О планах на следующий год, ... в интервью рассказала ...": what was told about, no report.
      return null;
    }
    Optional<List<String>> according = accordingToAt(first);
    if (according.isPresent() && !clauseWithin(first + according.get().size(), comma)) {
      // "Према његовим речима, Министарство привреде обећало је ...", "По словам источника в
      // дипломатических кругах, Москва настаивает ...": the words before the comma only say whose
      // the rest is; the rest is the report, and its verb is inside it.
      return null;
    }
    if (apposedSubjectOpens(first, comma) && !subjectAfter(verbEnd, end)) {
      // "Књижевница Ксенија Бабић, добитница награде ..., говорила је за Политику о књизи": the
      // verb's subject and what she is, set off by commas, no report.
      return null;
    }
    boolean english = "en".equals(language.base());
    int segmentEnd = end;
    while (segmentEnd > verbEnd && !tokens.get(segmentEnd - 1).word()) {
      segmentEnd--;
    }
    for (int i = verbEnd; i < segmentEnd; i++) {
      int title = isQuoteMark(i) ? titleEnd(i) : -1;
      if (title < 0 && isQuoteMark(i) && i > verbEnd && tokens.get(i - 1).word() && entry(i - 1).event()) {
        title = quoteEnd(i, EVENT_TITLE_WORDS); // "said at the forum “Greater Eurasia: Roads and Bridges” on Saturday"
      }
      if (title < 0 && i > verbEnd && nicknameAt(i)) {
        title = quoteEnd(i, 2); // "..., rekao je trener „crno-belih” Goran Milojević": the club's nickname
      }
      if (title > 0) {
        i = title - 1;
        continue;
      }
      if (tokens.get(i).is("(") && i + 2 < tokens.size() && tokens.get(i + 1).acronym() && tokens.get(i + 2).is(")")) {
        // "..., saopštila je Gorska služba spasavanja Srbije (GSS).": the acronym of the name before it
        if (i + 3 >= segmentEnd) {
          segmentEnd = i;
          break;
        }
        i += 2;
        continue;
      }
      if (tokens.get(i).is(",") && aboutTheSpeaker(i, end, true)) {
        segmentEnd = i; // "..., said Monica de Bolle, a senior fellow at ...", "..., Lavrov said, adding ..."
        break;
      }
      if (tokens.get(i).is(",") && tokens.get(i - 1).word() && entry(i - 1).unnamedSource()) {
        segmentEnd = i; // "..., сообщил Интерфаксу источник, знакомый с ходом переговоров": who the source is
        break;
      }
      if (tokens.get(i).is(",") && i + 1 < segmentEnd
          && (participleAt(i + 1) > 0 || inflecting() && adverbialParticiple(i + 1))) {
        // "..., изјавио је Вучић, представљајући предлог буџета.": what the speaker was doing
        segmentEnd = i;
        break;
      }
      if (tokens.get(i).is(",") && i + 1 < segmentEnd && tokens.get(i + 1).word() && entry(i + 1).relative()) {
        segmentEnd = i; // "..., she told reporters at the Pancevo refinery, where ...": about the place
        break;
      }
      if (tokens.get(i).is(",") && datesTheAttribution(i + 1, end)) {
        segmentEnd = i; // "..., she said on Tuesday, a week before the deal expires": when she said it
        break;
      }
      if ("ru".equals(language.base()) && tokens.get(i).is(",") && i + 1 < segmentEnd && tokens.get(i + 1).word()
          && RUSSIAN_PARTICIPLE_ADJECTIVE.matcher(lowerSurface(i + 1)).matches()) {
        segmentEnd = i; // "..., говорится в пресс-релизе компании, поступившем в «Интерфакс»": about the release
        break;
      }
      if ("sr".equals(language.base()) && tokens.get(i).is(",") && i + 1 < segmentEnd && tokens.get(i + 1).word()
          && !tokens.get(i + 1).capitalised() && SERBIAN_PARTICIPLE_ADJECTIVE.matcher(keys.get(i + 1)).matches()) {
        segmentEnd = i; // "..., navodi se u saopštenju ministarstva, objavljenom posle ...": about the statement
        break;
      }
      if (english && tokens.get(i).is(",") && i + 2 < segmentEnd && tokens.get(i + 1).word() && pastForm(i + 1)
          && tokens.get(i + 2).word() && entry(i + 2).preposition()) {
        segmentEnd = i; // "..., Vucic said at the commemoration ..., held in Tasmajdan Park": about the event
        break;
      }
      if (english && tokens.get(i).is(",") && i + 2 < segmentEnd && tokens.get(i + 1).word() && entry(i + 1).conjunction()
          && tokens.get(i + 2).word() && verbAt(i + 2).isEmpty() && !pastForm(i + 2) && !keys.get(i + 2).endsWith("ing")
          && noObjectAfter(verbEnd, i)) {
        // "..., the institute said on Saturday, and hospitals have postponed surgery": the
        // narrator's next clause, with a subject of its own. Not after what the verb takes as
        // its object ("..., Webb admitted to threatening the girl, and hiding ...", "..., rookie
        // Emil Bemstrom added a goal and an assist, and Columbus beat Montreal"): no speech.
        segmentEnd = i;
        break;
      }
      if (english && tokens.get(i).word() && (entry(i).subordinator() || entry(i).as())
          || english && tokens.get(i).is(",") && i + 1 < segmentEnd && tokens.get(i + 1).word()
          && (entry(i + 1).subordinator() || entry(i + 1).as())) {
        segmentEnd = i; // "..., Vucic said on Tuesday (,) as world leaders gathered ...": when he said it
        break;
      }
      if (!tokens.get(i).word() && !apostropheInWord(i) && !timeSeparator(i)
          || tokens.get(i).word() && entry(i).complementizer()) {
        return null; // (not "in its 15:30 bulletin")
      }
    }
    // A description and name set off before the verb count as the name alone.
    int named = atVerb == comma ? 0 : wordsBetween(comma + 1, atVerb) - 1;
    if (wordsBetween(comma + 1, segmentEnd) - named > TRAILING_ATTRIBUTION_WORDS) {
      return null;
    }
    int to = comma;
    while (to > first && isDash(to - 1)) {
      to--;
    }
    Candidate c = reported(first, to, verb, Via.SUBJECT);
    if (c == null) {
      return null;
    }
    attach(c, verb, comma + 1, segmentEnd);
    if (english && c.subject == null && !c.bodyPronoun && !v.plural() && wordsBetween(comma + 1, verb) == 1
        && "it".equals(keys.get(comma + 1))) {
      c.bodyPronoun = true; // "Growth slowed to 2.1 percent, it said.": the body the text spoke of
    }
    boolean dropped = c.zero && v.gender() != null && !"en".equals(language.base());
    // (Also a document with no author named: "..., говорится в сообщении." is the issuer's, as
    // "U saopštenju se navodi da ..." is.)
    return c.subject != null || dropped || c.bodyPronoun || c.inDocument && v.impersonal()
        || unnamedSource(comma + 1, segmentEnd, verb) ? c : null;
  }

  /**
   * Whether tokens [first, comma) open with a person named in full, perhaps after one word of what
   * they are, and a comma right after the name: a subject and its apposition.
   */
  private boolean apposedSubjectOpens(int first, int comma) {
    for (int k = first; k <= first + 1 && k < comma; k++) {
      Ref ref = refAt[k];
      if (ref != null && ref.from == k) {
        return ref.to < comma && tokens.get(ref.to).is(",") && personInFull(ref)
            && (ref.type == RefType.MENTION || ref.type == RefType.NAME && !ref.singleWord);
      }
    }
    return false;
  }

  /** Whether a comma with a word after it stands in tokens [from, end). */
  private boolean commaBefore(int from, int end) {
    for (int k = from; k + 1 < end; k++) {
      if (tokens.get(k).is(",") && tokens.get(k + 1).word()) {
        return true;
      }
    }
    return false;
  }

  /** Tokens after a verb an inverted attribution's subject may start within (a place, a medium, a time). */
  private static final int INVERTED_SUBJECT_TOKENS = 8;

  /**
   * Whether someone named stands as a subject within the few words after a verb ending at {@code
   * verbEnd} ("..., koji obuhvata ..., ocenjuje u razgovoru za Danas Milena Stojković"): the
   * attribution is inverted, and the relative clause before it belongs to the report.
   */
  private boolean subjectAfter(int verbEnd, int end) {
    for (Ref ref : refsStartingWithin(verbEnd, Math.min(end, verbEnd + INVERTED_SUBJECT_TOKENS))) {
      if (!ref.oblique && ref.type != RefType.PRONOUN && !quoted[ref.from]) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the comma at {@code comma} closes a relative clause set off inside the subject
   * ("Гутерриш в обращении, которое зачитала его заместитель, призвал ..."): with no subject
   * between it and the verb, the verb is the sentence subject's own, and nothing is reported.
   */
  private boolean closesRelativeClause(int comma, int first) {
    for (int k = comma - 1; k > first; k--) {
      if (tokens.get(k).is(",")) {
        return k + 1 < comma && tokens.get(k + 1).word() && entry(k + 1).relative();
      }
      if (!tokens.get(k).word() && !isClosingMark(k) && !isQuoteMark(k)) {
        return false;
      }
    }
    return false;
  }

  /**
   * "..., the mine's director, Goran Ilic, told reporters": when the comma found right before the
   * verb closes a name set off by commas after a short description, the attribution starts at the
   * comma before the description; otherwise {@code comma} as found.
   */
  int beforeNamedApposition(int comma, int verb, int first) {
    if (comma < 0 || wordsBetween(comma + 1, verb) > 0) {
      return comma;
    }
    Ref name = refAt[comma - 1];
    if (name == null || !personInFull(name) || name.to != comma) {
      return comma;
    }
    // A title before the name is the name's ("the centre's director, Dr Jelena Marković, told").
    int start = name.from;
    while (start > 0 && name.from - start < TITLE_WORDS_BEFORE_NAME && refAt[start - 1] == null
        && tokens.get(start - 1).word() && tokens.get(start - 1).capitalised() && entry(start - 1).title()) {
      start--;
    }
    if (start < 2 || !tokens.get(start - 1).is(",")) {
      return comma;
    }
    for (int k = start - 2; k > first && wordsBetween(k, start - 1) <= LONG_DESCRIPTION_WORDS + 1; k--) {
      if (tokens.get(k).is(",")) {
        // "the director of the Serbian government's Office for Kosovo and Metohija": a longer one
        // opens with its article, as a description does and a report's last words seldom do.
        boolean described = wordsBetween(k + 1, start - 1) <= APPOSITION_DESCRIPTION_WORDS
            || tokens.get(k + 1).word() && entry(k + 1).determiner();
        return described && !verbBetween(k + 1, start - 1) ? k : comma;
      }
      if (tokens.get(k).is(")") && k - 2 > first && tokens.get(k - 2).is("(") && tokens.get(k - 1).acronym()) {
        k -= 2; // "the acting director of Elektroprivreda Srbije (EPS), Milica Jovanović, told": its acronym
        continue;
      }
      if (!tokens.get(k).word() && !apostropheInWord(k)) {
        return comma;
      }
    }
    return comma;
  }

  /**
   * "..., Petar Petkovic, director of the Serbian government's Office for Kosovo and Metohija,
   * said": when the comma found right before the verb closes a description set off after a person's
   * name, the attribution starts at the comma before the name; otherwise {@code comma} as found.
   */
  private int beforeNameAndDescription(int comma, int verb, int first) {
    if (comma < 0 || wordsBetween(comma + 1, verb) > 0) {
      return comma;
    }
    for (int k = comma - 1; k > first && wordsBetween(k + 1, comma) <= LONG_DESCRIPTION_WORDS + 1; k--) {
      if (!tokens.get(k).is(",")) {
        if (!tokens.get(k).word() && !apostropheInWord(k)) {
          return comma;
        }
        continue;
      }
      Ref name = refAt[k - 1];
      boolean setOff = name != null && personInFull(name) && name.to == k && name.from > first + 1 && tokens.get(name.from - 1).is(",");
      return setOff && k + 1 < comma && !verbBetween(k + 1, comma) ? name.from - 1 : comma;
    }
    return comma;
  }

  /** Whether a speech verb in the past stands in tokens [from, to) (Serbian or Russian). */
  private boolean pastSpeechVerbBetween(int from, int to) {
    for (int k = from; k < to; k++) {
      if (tokens.get(k).word() && verbAt(k).isPresent() && pastSpeechVerbAt(k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the speech verb at {@code k} is in the past: a Russian form in -л, -ла, -ло, -ли; a
   * Serbian participle, or any verb of a gender.
   */
  private boolean pastSpeechVerbAt(int k) {
    return "ru".equals(language.base()) ? RUSSIAN_PAST.matcher(lowerSurface(k)).matches()
        : SERBIAN_PAST.matcher(keys.get(k)).matches() || verbAt(k).get().gender() != null;
  }

  private boolean verbBetween(int from, int to) {
    for (int k = from; k < to; k++) {
      if (tokens.get(k).word() && verbAt(k).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** Words of a description before a name set off by commas in a trailing attribution. */
  private static final int APPOSITION_DESCRIPTION_WORDS = 5;

  /** Words of one that opens with an article ("the director of the Serbian government's Office ..."). */
  private static final int LONG_DESCRIPTION_WORDS = 12;

  /**
   * Whether what follows the comma at {@code comma}, which ends an attribution, is about the
   * speaker rather than more of the report: a participle (", adding ...", ", speaking at ..."),
   * or after a name an apposition (", a senior fellow at ...", ", predsednik Srbije",
   * ", министр иностранных дел") or a relative clause (", who ..."). With {@code
   * lowerCaseTitles}, also an English lower-case word after a name (", portfolio manager at
   * ..."), where the words could as well be more of the report ("..., according to Alex Horton of
   * the Washington Post, killed and eaten ...").
   */
  boolean aboutTheSpeaker(int comma, int end, boolean lowerCaseTitles) {
    int next = comma + 1;
    if (next >= end || !tokens.get(next).word() || quoted[next]) {
      return false;
    }
    if (credit(comma, end)) {
      return true; // "..., rekao je Vučić, prenosi Tanjug": the medium's credit, not the report
    }
    SpeechLexicon.Entry entry = entry(next);
    boolean english = "en".equals(language.base());
    if (participleAt(next) > 0 || english && keys.get(next).endsWith("ing") && accordingToAt(next).isEmpty()) {
      return true;
    }
    Ref named = refAt[comma - 1];
    if (named == null || named.to != comma || named.type == RefType.PRONOUN) {
      return false;
    }
    if (refAt[next] != null && refAt[next].type == RefType.ROLE || entry.determiner() || entry.relative()) {
      return true;
    }
    if (!english && !tokens.get(next).capitalised() && agentNoun(next)) {
      // "..., ocenjuje Milena Stojković, koordinatorka radne grupe ...", "..., сказал Иван Петров,
      // руководитель ...": a description, which Serbian and Russian open with a noun of who does
      // what; a report going on opens with a verb or its subject ("Srbija, rekao je Vučić, ostaje ...").
      return true;
    }
    // "said John Petrides, portfolio manager at ...": English writes a title in lower case. An
    // auxiliary goes on with the report instead ("Russia, said Lavrov, will not ...").
    return lowerCaseTitles && english && !tokens.get(next).capitalised() && !entry.conjunction()
        && !entry.complementizer() && !entry.preposition() && !entry.auxiliary() && verbAt(next).isEmpty();
  }

  /** Whether tokens [from, to) are "one of them" ("одного из них", "jednog od njih"), by match key. */
  private boolean oneOfThem(int from, int to) {
    if (to - from != 3) {
      return false;
    }
    return ONE.contains(keys.get(from)) && OF.contains(keys.get(from + 1)) && THEM.contains(keys.get(from + 2));
  }

  private static final Set<String> ONE = Set.of("one", "jednog", "jednoga", "jedne", "odnogo", "odnoj");
  private static final Set<String> OF = Set.of("of", "od", "iz");
  private static final Set<String> THEM = Set.of("them", "njih", "nih");

  /**
   * Whether the word at {@code i} ends as a Serbian or Russian noun of who does what (koordinatorka,
   * direktor, analitičar, politikolog, savetnica, руководитель, заместительница, аналитик), and is
   * no verb or function word. By its ending, since most such nouns are no role of the catalogue.
   */
  private boolean agentNoun(int i) {
    String key = keys.get(i);
    SpeechLexicon.Entry entry = entry(i);
    if (key.length() < 6 || verbAt(i).isPresent() || entry.auxiliary() || entry.conjunction() || entry.complementizer()
        || entry.preposition() || entry.filler()) {
      return false;
    }
    return endsWithAny(key, AGENT_ENDINGS);
  }

  /** Endings of nouns of who does what, in match keys (Cyrillic transliterated). */
  private static final List<String> AGENT_ENDINGS = List.of(
      "orka", "arka", "kinja", "ica", "telj", "tel", "or", "ar", "ist", "ac", "log", "nik", "ik", "ant", "ent");

  /**
   * Tokens [first, comma) are only a dependent clause ("Though many remain peaceful, ..."), with
   * no main clause after it ("If that holds up, that would ..., said X" has one).
   */
  boolean dependentClause(int first, int comma) {
    if (!tokens.get(first).word() || !entry(first).subordinator()) {
      return false;
    }
    for (int i = first + 1; i < comma; i++) {
      if (tokens.get(i).is(",")) {
        return false;
      }
    }
    return true;
  }

  /**
   * Serbian or Russian: the person asked earlier in the sentence when the verb at {@code verb}
   * follows "na šta" or "на что" with only a pronoun and auxiliaries between ("upitala je
   * Todorovićevu ..., na šta je ona odgovorila", "на что та ответила"): the first person named
   * after the asking verb, else the first described by a role; else null.
   */
  private Ref askedBeforeAnswer(int verb) {
    int k = verb - 1;
    while (k > 0 && k >= verb - 3 && tokens.get(k).word()
        && (entry(k).filler() || entry(k).auxiliary() || entry(k).pronoun() != null || THAT_ONE.contains(keys.get(k)))) {
      k--;
    }
    if (!inflecting() || k < 2 || !tokens.get(k).word() || !ANSWERED_WHAT.contains(keys.get(k))
        || !tokens.get(k - 1).word() || !ON.contains(keys.get(k - 1))) {
      return null;
    }
    int first = sentenceFirst[sentenceOf[verb]];
    for (int v = k - 2; v >= first; v--) {
      if (tokens.get(v).word() && !quoted[v] && entry(v).asking()) {
        Ref role = null;
        for (Ref ref : refsStartingWithin(v + 1, k - 1)) {
          if (personNamed(ref)) {
            return ref; // "upitala je ministarku Mariju Todorović": the name after her role
          }
          role = role == null && ref.type == RefType.ROLE ? ref : role;
        }
        return role;
      }
    }
    return null;
  }

  /** "šta", "što", "что": what was asked, after "na" or "на" before an answer. */
  private static final Set<String> ANSWERED_WHAT = Set.of(Texts.matchKey("šta"), Texts.matchKey("što"), Texts.matchKey("что"));

  /** Russian "та", "тот": the one just named, as a pronoun. */
  private static final Set<String> THAT_ONE = Set.of(Texts.matchKey("та"), Texts.matchKey("тот"));

  /** "na" (and "на", whose key is the same). */
  private static final Set<String> ON = Set.of(Texts.matchKey("na"));

  /** A person by name, catalogue actor or not: no body, role or pronoun. */
  private static boolean personNamed(Ref ref) {
    return ref.type == RefType.MENTION && ref.actor != null && ref.actor.kind() == Actor.Kind.PERSON
        || ref.type == RefType.NAME && !ref.outsideCatalogue;
  }

  /**
   * Whether the words before a plural verb open with people left unnamed, in the nominative
   * ("Meštani okupljeni ispred policijske stanice u Zvečanu kažu da ..."): they speak, not a body
   * named in what describes them.
   */
  private boolean unnamedPeopleOpen(int from, int verb) {
    int first = from;
    while (first < verb && !tokens.get(first).word()) {
      first++;
    }
    // A capital at the sentence's start made a name of the noun ("Meštani"): it is none. A plural
    // the roles took for a declined form of theirs ("Poslanici opozicije ocenili su") is the
    // people the lexicon lists.
    boolean free = refAt[first] == null || refAt[first].type == RefType.NAME && refAt[first].initial
        || refAt[first].type == RefType.ROLE && refAt[first].from == first && refAt[first].oblique;
    return first < verb && free && entry(first).unnamedSource() && !entry(first).body()
        && entry(first).pronoun() == null;
  }

  /** Words of an office a statement noun and the person's name may have between them. */
  private static final int STATEMENT_NOUN_TITLE_WORDS = 4;

  private boolean personStartsAt(int k) {
    return refAt[k] != null && refAt[k].from == k && personInFull(refAt[k]);
  }

  /** Tokens an aside about someone else's statement may run over before its closing comma. */
  private static final int STATEMENT_ASIDE_TOKENS = 40;

  /**
   * The comma that closes an aside opened at {@code comma} by a preposition and a noun for someone's
   * statement ("povodom izjave Aljbina Kurtija da ... „...“,"), when "da" follows it; else -1.
   */
  private int statementAside(int comma, int end) {
    int next = comma + 1;
    if (next + 1 >= end || !tokens.get(next).word() || !entry(next).preposition() || !entry(next + 1).statementNoun()) {
      return -1;
    }
    for (int k = next + 2; k + 1 < Math.min(end, next + STATEMENT_ASIDE_TOKENS); k++) {
      if (tokens.get(k).is(",") && !quoted[k] && entry(k + 1).complementizer()) {
        return k;
      }
    }
    return -1;
  }

  /**
   * "povodom izjave Aljbina Kurtija da je Beograd ...", "заявление Альбина Курти о том, что ...": a
   * noun for a statement, the person's name right after it and the clause after "da" or "о том,
   * что" are that person's report, wherever the sentence's own verb stands.
   */
  private Candidate statementNounReport(int noun, int end) {
    // The person's office may stand between ("заявление премьера Косово Альбина Курти о том, что").
    int at = noun + 1;
    while (at < Math.min(end, noun + 1 + STATEMENT_NOUN_TITLE_WORDS) && tokens.get(at).word() && !personStartsAt(at)) {
      at++;
    }
    Ref ref = at < end ? refAt[at] : null;
    if (ref == null || !personStartsAt(at) || !adjacent(at - 1, at)) {
      return null;
    }
    int k = ref.to;
    int clause = -1;
    if (k < end && tokens.get(k).word() && entry(k).complementizer()) {
      clause = k + 1;
    } else if (k + 3 < end && "о".equals(tokens.get(k).surface()) && "том".equals(tokens.get(k + 1).surface())
        && tokens.get(k + 2).is(",") && entry(k + 3).complementizer()) {
      clause = k + 4;
    }
    if (clause < 0 || clause >= end) {
      return null;
    }
    int to = clauseEnd(clause, end, true);
    for (int j = clause; j + 1 < to; j++) {
      if (tokens.get(j).is(",") && entry(j + 1).complementizer() && !quoted[j]) {
        to = j; // ", da je odluka Prištine ...": the sentence's own report goes on from there
        break;
      }
    }
    Candidate c = reported(clause, to, noun, Via.SUBJECT);
    if (c != null) {
      // The name is the noun's genitive, oblique to every other rule; here it is who spoke.
      c.subject = ref;
      c.ownerNamed = true;
      c.windowFrom = noun;
      c.windowTo = ref.to;
    }
    return c;
  }

  /** A reported clause over tokens [from, to), or null if too short to be a statement. */
  Candidate reported(int from, int to, int anchor, Via via) {
    return reported(from, to, anchor, via, MIN_REPORTED_WORDS);
  }

  /** As {@link #reported(int, int, int, Via)}, with {@code least} words at the least. */
  private Candidate reported(int from, int to, int anchor, Via via, int least) {
    while (to > from && !tokens.get(to - 1).word() && !isClosingMark(to - 1)) {
      to--;
    }
    while (from < to && !tokens.get(from).word() && !isQuoteMark(from)) {
      from++;
    }
    if (wordsBetween(from, to) < least || schedulesEvent(from, to) && !opinionAt(anchor)) {
      return null;
    }
    int start = tokens.get(from).start();
    int end = tokens.get(to - 1).end();
    // A name in quote marks at either edge keeps its marks («Газпром» и «Сербиягаз» подписали ...).
    for (int[] span : nameSpans) {
      start = span[0] == start ? start - 1 : start;
      end = span[1] == end ? end + 1 : end;
    }
    Candidate c = new Candidate(start, end, StatementKind.INDIRECT, anchor);
    c.via = via;
    c.plansVisit = (plansVisit(from, to) || announcesPlan(anchor, from, to)) && !opinionAt(anchor);
    return c;
  }

  /**
   * Whether the verb or the "according to" phrase at {@code anchor} reports a view ("smatra da",
   * "Prema njegovom mišljenju", "по оценке"): a time to come in its clause, a session's included,
   * is a prediction.
   */
  private boolean opinionAt(int anchor) {
    if (anchor < 0 || anchor >= tokens.size() || !tokens.get(anchor).word()) {
      return false;
    }
    int length = verbAt(anchor).map(v -> v.keys().size()).orElse(accordingToAt(anchor).map(List::size).orElse(1));
    for (int k = anchor; k < Math.min(tokens.size(), anchor + length); k++) {
      if (tokens.get(k).word() && entry(k).opinion()) {
        return true;
      }
    }
    return false;
  }

  /** Whether a second "that" joined by a comma and a conjunction stands in [from, to) (", али да", ", a da"). */
  private boolean secondReportWithin(int from, int to) {
    for (int k = from + 2; k < to; k++) {
      if (tokens.get(k).word() && !quoted[k] && entry(k).complementizer() && tokens.get(k - 1).word()
          && entry(k - 1).conjunction() && tokens.get(k - 2).is(",")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a verb of announcing at {@code verb} puts the clause [from, to) in a time to come
   * ("najavio je da će radovi početi na jesen", "announced that a guest house would be consecrated
   * in September", "najavili da će spisak biti objavljen u ponedeljak"): a plan, which the
   * conventions leave out whoever announces it. Russian shows its future only in the verb, so there
   * a time must tell. Not a clause with words quoted, one with a "that" (what someone will say
   * then), or one that says what is to come is not; the clause ends at its first comma ("..., a
   * vladika nije želeo da komentariše ..." is another subject's).
   */
  boolean announcesPlan(int verb, int from, int to) {
    if (verb < 0 || verb >= tokens.size() || !entry(verb).announcing() || quoteBesidesEventName(from, to)) {
      return false;
    }
    boolean future = "ru".equals(language.base());
    boolean timed = false;
    int reach = from + SCHEDULE_WORDS;
    for (int k = from; k < Math.min(to, reach); k++) {
      int condition = conditionAfter(k, to);
      if (condition > 0) {
        // "najavio da će, ukoliko novac ne bude isplaćen, od 1. aprila stupiti u štrajk": the
        // plan goes on after its condition.
        reach += condition - k;
        k = condition;
        continue;
      }
      if (tokens.get(k).is(",")) {
        break; // "..., a vladika Teodosije nije želeo da komentariše": another clause
      }
      if (!tokens.get(k).word()) {
        continue;
      }
      if (!timed && entry(k).negation() && !tokens.get(k).capitalised()) {
        // "najavio da radovi neće početi pre proleća": that they will not is news. After the time
        // it is the plan's condition ("će štrajk ponoviti 5. marta ako do tada ne bude dogovora").
        return false;
      }
      if (k > from && entry(k).complementizer() && !(tokens.get(k - 1).word() && entry(k - 1).conjunction())) {
        // "najavio da će u ponedeljak objasniti da ...": what will be said is news. Not a second
        // clause of the announcement ("će se obratiti u četvrtak i da će tom prilikom govoriti").
        return false;
      }
      future |= futureAt(k);
      // Serbian and English show the future in words of its own, and whatever they announce for
      // it is a plan ("najavio je da će klub zatražiti snimak", "najavio je da će grad otkupiti
      // 200 primeraka"): no set's annotator has taken one for a statement. Russian shows it only
      // in the verb, so there a time tells, or a session or meeting the future brings, or what it
      // will hold or organise.
      timed |= future && (!"ru".equals(language.base()) || entry(k).time() || entry(k).event() || takesPlaceAt(k)
          || clockTime(k));
    }
    return timed;
  }

  /** Whether the token at {@code k} opens an hour of the clock ("19:00", "19.30"). */
  private boolean clockTime(int k) {
    String surface = tokens.get(k).surface();
    if (CLOCK.matcher(surface).matches()) {
      return true;
    }
    return k + 2 < tokens.size() && surface.length() <= 2 && surface.chars().allMatch(Character::isDigit)
        && (tokens.get(k + 1).is(":") || tokens.get(k + 1).is(".")) && adjacent(k, k + 1) && adjacent(k + 1, k + 2)
        && tokens.get(k + 2).surface().length() == 2 && tokens.get(k + 2).surface().chars().allMatch(Character::isDigit);
  }

  /** An hour of the clock written as one token. */
  private static final Pattern CLOCK = Pattern.compile("\\d{1,2}[:.]\\d{2}");

  /**
   * Whether the clause [from, to) plans a meeting or a visit among its first words: a future, then
   * a verb of meeting or visiting with whom or where right after it ("će Petković u četvrtak obići
   * Srbe u Gračanici", "Kos will visit Novi Sad", "Путин встретится с ..."), not "meet the demands";
   * or, in Serbian and Russian, a future and an event after a preposition ("će ... raspravljati na
   * sednici u četvrtak").
   */
  boolean plansVisit(int from, int to) {
    if (secondReportWithin(from, to)) {
      // "да ће о свему обавестити амбасадоре, али да »од њих не очекује чуда«": a plan joined to a
      // clause that says something; the whole is reported, as a plan after a view is.
      return false;
    }
    boolean future = false;
    int reach = from + SCHEDULE_WORDS;
    for (int k = from; k < Math.min(to, reach); k++) {
      int condition = conditionAfter(k, to);
      if (condition > 0) {
        // "će, ukoliko novac ne bude isplaćen, stupiti u štrajk": the plan goes on after it.
        reach += condition - k;
        k = condition;
        continue;
      }
      if (quoted[k] || !tokens.get(k).word()) {
        continue;
      }
      if (entry(k).negation() && !tokens.get(k).capitalised()) {
        return false; // "neće se sastati": that it will not is news
      }
      if (!future && k > from && entry(k).complementizer()) {
        // "da Rusija i Kina podržavaju zahtev Srbije, a da će o tome razgovarati ...": the plan is
        // a second clause joined to a first that says something.
        return false;
      }
      future |= futureAt(k); // a Russian future is the verb itself (встретится)
      if (future && entry(k).event() && !relative[k] && inflecting() && prepositionJustBefore(k)
          && !carriesContent(from, to)) {
        // "će o stanju na Kosovu raspravljati na sednici u četvrtak", "će ministar primiti
        // ambasadora na redovne konsultacije": something the future puts at an event is a schedule.
        // Not what someone will ask for there ("će na sednici tražiti da se „ozbiljno razmotri”
        // ..."), which is a position; nor a session in a relative clause ("дефицит после ребаланса,
        // који је Влада усвојила на јучерашњој седници, биће смањен"), past and no plan.
        return true;
      }
      if ("en".equals(language.base()) && k > from && k + 1 < to && "scheduled".equals(keys.get(k))
          && entry(k - 1).future() && "to".equals(keys.get(k + 1))) {
        return true; // "Peskov is scheduled to give a lecture on Thursday": someone's schedule
      }
      if (future && entry(k).protest() && !quotedClauseWithin(from, to)) {
        // "će radnici od ponedeljka štrajkovati": a protest or strike announced (not with the
        // words of why quoted: "защита обжалует приговор, поскольку «вина ... не доказана»")
        return true;
      }
      if ((future || "ru".equals(language.base())) && entry(k).resumes() && k + 1 < to && tokens.get(k + 1).word()
          && entry(k + 1).event()) {
        return true; // "će timovi u junu nastaviti razgovore u Moskvi", "продолжат переговоры": talks to come
      }
      // A body's session to come, on a day ("će Vlada u četvrtak razmatrati paket mera"): a plan.
      // Not without its time ("će o tome odlučiti Glavni odbor" says who decides), nor with the
      // speaker's words quoted ("će SSP o učešću odlučiti „zajedno sa studentima”"): positions.
      boolean session = entry(k).deliberation() && timeWithin(from, to) && !quoteBesidesEventName(from, to);
      if (future && (entry(k).meeting() || session) && !obligedAt(k)) {
        if (inflecting() && prepositionJustBefore(k)) {
          return true; // "će u sredu u Banjaluci okupiti lidere": where or when, before the verb
        }
        if ("ru".equals(language.base()) && entry(k).meeting() && k > from && tokens.get(k - 1).word()
            && tokens.get(k - 1).capitalised() && !quoted[k - 1]) {
          return true; // "в ближайшие дни Москву посетит министр": where, before the verb
        }
        if ("en".equals(language.base()) && entry(k).meeting() && timeWithin(k + 1, to) && !dutyMetWithin(k + 1, to)) {
          return true; // "he would meet the union on Tuesday": whom, then when (not "meet its obligations")
        }
        for (int j = k + 1; j < Math.min(to, k + 3) && tokens.get(j).word(); j++) {
          if (tokens.get(j).capitalised() || entry(j).preposition()) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Nouns "meet" takes as a duty, not a meeting ("will meet all its gas supply obligations"). */
  private static final Set<String> DUTIES = Set.of("obligations", "obligation", "demands", "demand", "requirements",
      "deadline", "target", "targets", "needs", "conditions", "standards", "expectations", "commitments", "criteria",
      "costs", "goals");

  /** Whether one of {@link #DUTIES} stands within the few words of tokens [from, to) after "meet". */
  private boolean dutyMetWithin(int from, int to) {
    for (int j = from; j < Math.min(to, from + 6); j++) {
      if (tokens.get(j).word() && DUTIES.contains(keys.get(j))) {
        return true;
      }
    }
    return false;
  }

  /** Words a quote needs to say something of its own, not name a thing ("„вечити дерби”"). */
  private static final int QUOTED_CLAUSE_WORDS = 3;

  /** Whether a closed quote of {@link #QUOTED_CLAUSE_WORDS} words or more stands in tokens [from, to). */
  private boolean quotedClauseWithin(int from, int to) {
    for (int k = from; k < to; k++) {
      int after = isQuoteMark(k) ? quoteEnd(k, Integer.MAX_VALUE) : -1;
      if (after > 0 && wordsBetween(k + 1, after - 1) >= QUOTED_CLAUSE_WORDS) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word of time ("četvrtak", "сриједу", "January") stands in tokens [from, to). */
  private boolean timeWithin(int from, int to) {
    for (int j = from; j < to; j++) {
      if (tokens.get(j).word() && entry(j).time()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the verb at {@code k} is what someone will have to do ("1,400 people would now have to
   * travel to Mitrovica"): a burden reported, not a trip planned.
   */
  private boolean obligedAt(int k) {
    return "en".equals(language.base()) && k >= 2 && "to".equals(keys.get(k - 1))
        && OBLIGATION.contains(keys.get(k - 2));
  }

  /** English words of having to before "to" and a verb. */
  private static final Set<String> OBLIGATION = Set.of("have", "has", "had", "need", "needs");

  /**
   * Where a condition that a comma at {@code comma} opens ends ("..., ukoliko novac ne bude
   * isplaćen, ..."): its closing comma, or the clause's last token; -1 where no condition opens.
   */
  private int conditionAfter(int comma, int to) {
    if (!tokens.get(comma).is(",") || comma + 1 >= to || !tokens.get(comma + 1).word() || !entry(comma + 1).condition()) {
      return -1;
    }
    for (int j = comma + 2; j < to; j++) {
      if (tokens.get(j).is(",")) {
        return j;
      }
    }
    return to - 1;
  }

  /**
   * Whether the clause [from, to) has a meeting or session, or a date after it, and a verb of its
   * taking place among its first words ("в феврале 2027 года в Москве пройдет заседание комиссии",
   * "sednica je zakazana za utorak", "the next round of talks is scheduled for January"): a date
   * announced, no one's view. A plan to meet or visit, or to take something up at a session, is found apart
   * ({@link #plansVisit}) and left out once the statements are resolved.
   */
  boolean schedulesEvent(int from, int to) {
    return schedulesEvent(from, to, to, to);
  }

  /** As {@link #schedulesEvent(int, int)}, less an attribution over tokens [gapFrom, gapTo). */
  boolean schedulesEvent(int from, int to, int gapFrom, int gapTo) {
    boolean english = "en".equals(language.base());
    boolean event = false;
    boolean takesPlace = false;
    boolean dated = false;
    boolean future = false;
    int reach = from + SCHEDULE_WORDS + Math.max(0, Math.min(gapTo, to) - gapFrom);
    for (int k = from; k < Math.min(to, reach); k++) {
      if (k == gapFrom) {
        k = gapTo - 1; // "Naredna runda dijaloga, kako je najavila ..., trebalo bi da bude održana"
        continue;
      }
      int name = eventNameEnd(k, to);
      if (name > 0) {
        k = name - 1; // "protestni skup „Sever ostaje naš“": the event's name, no one's words
        continue;
      }
      if (quoted[k]) {
        return false; // a quote of the speaker's is their words whatever it announces
      }
      if (tokens.get(k).word()) {
        if (entry(k).negation() && !tokens.get(k).capitalised()) {
          return false; // "sastanak još nije zakazan": that it is not is news of its own
        }
        if (entry(k).opinion()) {
          // "По её словам, Белград рассчитывает, что переговоры завершатся до конца квартала":
          // what someone expects of the time to come is a prediction, as after "smatra da".
          return false;
        }
        event |= entry(k).event();
        // Not in a relative clause about the event ("ждет итогов заседания, которое пройдет в тот
        // же день"): what is said is about its outcome, not when it is held.
        // "The vote ... has been scheduled for Thursday": a word of scheduling after a passive
        // auxiliary, with the event before it, is the event's own verb ("the talks were held" is
        // news of their having taken place).
        takesPlace |= !relative[k] && (takesPlaceAt(k) || future && entry(k).held()
            || english && event && entry(k).held() && !"held".equals(keys.get(k)) && k > from
                && tokens.get(k - 1).word() && entry(k - 1).passiveAuxiliary());
        // English puts the event first, as the subject ("The next round ... is scheduled"); an
        // auxiliary before it is another subject's ("Russia would raise it at the next meeting,
        // scheduled for April").
        future |= futureAt(k) && (event || !english);
        // "комитет рассмотрит документ 27 октября", "would hold the vote on October 29": a date
        // after a verb of taking place schedules what it holds, named as an event or not. (Not a
        // time before the verb: "ће Војска Србије у пролеће одржати вежбу ..." tells of a plan
        // with something to say of it.)
        dated |= takesPlace && entry(k).time();
      }
    }
    // An English clause names what it schedules ("the vote", "the talks"); a date after "has
    // postponed all surgery" tells what befell the people, not when an event is.
    return (event || dated && !english) && takesPlace;
  }

  /**
   * Whether tokens [from, to) hold a quote mark other than those of an event's name right after its
   * noun ("da će u četvrtak održati protestni skup „Sever ostaje naš“", "the forum “Greater
   * Eurasia”"): a capitalised name in marks is no one's words.
   */
  private boolean quoteBesidesEventName(int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isQuoteMark(i)) {
        continue;
      }
      int end = i > from ? eventNameEnd(i, to) : -1;
      if (end < 0) {
        return true;
      }
      i = end - 1;
    }
    return false;
  }

  /**
   * Where the name in marks opening at {@code open} ends (the token after its closing mark) if it
   * is an event's, capitalised right after the event's noun and closed before {@code to}; else -1.
   */
  private int eventNameEnd(int open, int to) {
    if (open < 1 || open + 1 >= to || !isQuoteMark(open) || !tokens.get(open - 1).word()
        || !entry(open - 1).event() || !tokens.get(open + 1).capitalised()) {
      return -1;
    }
    int end = quoteEnd(open, EVENT_TITLE_WORDS);
    return end <= to ? end : -1;
  }

  /** Whether tokens [from, to) hold a "that" or a quote mark: words of someone's, not only a date. */
  private boolean carriesContent(int from, int to) {
    if (containsQuoteMark(from, to)) {
      return true;
    }
    for (int k = from; k < to; k++) {
      if (tokens.get(k).word() && entry(k).complementizer()) {
        return true;
      }
    }
    return false;
  }

  /** Whether a preposition stands before token k, with at most one word between ("na redovne konsultacije"). */
  private boolean prepositionJustBefore(int k) {
    for (int j = k - 1; j >= Math.max(0, k - 2) && tokens.get(j).word(); j--) {
      if (entry(j).preposition()) {
        return true;
      }
    }
    return false;
  }

  /** How far into a reported clause a scheduled event is looked for. */
  private static final int SCHEDULE_WORDS = 14;

  /**
   * English "that" as a relative pronoun: after a noun that is not the verb's own, right before a
   * past tense or an auxiliary ("a session of the National Security Council that lasted four
   * hours", "a poplar that had crushed ..."); a reported clause after "that" opens with its subject.
   */
  private boolean relativeThat(int verbLast, int that) {
    return "en".equals(language.base()) && that > verbLast + 2 && that + 1 < tokens.size()
        && tokens.get(that - 1).word() && verbAt(that - 1).isEmpty() && !entry(that - 1).listener()
        && tokens.get(that + 1).word() && !tokens.get(that + 1).capitalised()
        // "a poplar that had crushed her neighbour's car": an auxiliary right after "that" has no
        // subject but "that" itself, as a past does.
        && (pastForm(that + 1) || entry(that + 1).auxiliary());
  }

  /**
   * English: whether the "that" at {@code that} belongs to a verb in the past of a clause that
   * opens right after the speech verb with an article and its noun ("said the figures proved that
   * ..."): lower-case words with no preposition among them, then the verb right before "that".
   */
  private boolean clauseBeforeThat(int verbLast, int that) {
    int subject = verbLast + 1;
    if (!"en".equals(language.base()) || that < subject + 3 || !tokens.get(subject).word() || !entry(subject).determiner()
        || !tokens.get(that - 1).word() || !pastForm(that - 1) || verbAt(that - 1).isPresent()) {
      return false;
    }
    for (int k = subject + 1; k < that - 1; k++) {
      if (!tokens.get(k).word() || tokens.get(k).capitalised() || entry(k).preposition() || entry(k).auxiliary()
          || verbAt(k).isPresent() || pastForm(k)) {
        return false;
      }
    }
    return true;
  }

  /** A word in -ed, or an irregular past of the lexicon. */
  private boolean pastForm(int k) {
    String key = keys.get(k);
    return key.length() >= 5 && key.endsWith("ed") || entry(k).irregularPast();
  }

  /** Whether a noun for someone's words ("слова", "reči", "words") stands shortly before {@code at}, in its sentence. */
  private boolean wordsNounBefore(int at) {
    for (int k = at - 1; k >= Math.max(0, at - WORDS_NOUN_REACH) && sentenceOf[k] == sentenceOf[at]; k--) {
      if (tokens.get(k).word() && WORDS_NOUNS.contains(keys.get(k))) {
        return true;
      }
    }
    return false;
  }

  /** Tokens between a noun for someone's words and the name of whose they are ("слова главы евродипломатии Каи Каллас"). */
  private static final int WORDS_NOUN_REACH = 5;

  /** Keys of nouns for someone's words. */
  private static final Set<String> WORDS_NOUNS = Set.of("slova", "reci", "rijeci", "words", "remarks");

  /** Whether a "that" comes in [from, end) before any comma or other punctuation. */
  private boolean thatBeforeComma(int from, int end) {
    for (int k = from; k < end; k++) {
      if (!tokens.get(k).word()) {
        return false;
      }
      if (entry(k).complementizer()) {
        return true;
      }
    }
    return false;
  }

  /** First token of the reported clause after a speech verb ending at {@code verbLast}, or -1. */
  int complementizerAfter(int verbLast, int end) {
    int reach = verbLast + 1 + COMPLEMENTIZER_REACH;
    for (int i = verbLast + 1; i < Math.min(end, reach); i++) {
      int title = titleEnd(i);
      if (title < 0 && i > 0 && tokens.get(i - 1).word() && (entry(i - 1).event() || entry(i - 1).inscription())) {
        // "poručio je na skupu „Srbija ne sme da stane“ u Ćupriji da ...": an event's or a work's
        // name, however much a sentence it reads like.
        title = quoteEnd(i, EVENT_TITLE_WORDS);
        reach = title > 0 ? Math.max(reach, title + COMPLEMENTIZER_REACH / 2) : reach;
      }
      if (title > 0) {
        i = title - 1; // "za list „Politika“ da ...": a name in quotes, not a quote
        continue;
      }
      Token token = tokens.get(i);
      if (token.is(",") && participleTakesThat(i + 1, end)) {
        return -1; // "— сказал дипломат, добавив, что ...": the participle's "that", not the verb's
      }
      if (token.word() && entry(i).complementizer() && relativeThat(verbLast, i)) {
        return -1; // "said ... after a session of the National Security Council that lasted four hours"
      }
      if (inflecting() && token.word() && !quoted[i] && entry(i).subordinator() && !entry(i).preposition()
          && thatBeforeComma(i + 1, end)) {
        // "рекао нам је један пензионер док је са унуком чекао да се делегација појави": the "da"
        // is the subordinate clause's verb's, which no comma parts from it.
        return -1;
      }
      if (token.word() && entry(i).complementizer() && clauseBeforeThat(verbLast, i)) {
        return verbLast + 1; // "said the figures proved that ...": the clause opens with its subject
      }
      if (token.is(",") && i > verbLast + 1 && i + 1 < end && tokens.get(i + 1).word() && !quoted[i + 1]
          && verbAt(i + 1).isPresent()) {
        // "Кирилл Воронин, слова которого приводятся в сообщении, отметил, что ...": a speech
        // verb of its own after a comma takes the "that" after it; the one before, in a clause
        // about where the words were printed, reported nothing.
        return -1;
      }
      if (token.word() && entry(i).complementizer()) {
        if (coordinatedWithoutThat(verbLast, i)) {
          return verbLast + 1;
        }
        // "pitala je da li ...", "спросил, будет ли": an indirect question, no report.
        return i + 1 < end && !QUESTION_WORDS.contains(keys.get(i + 1)) ? i + 1 : -1;
      }
      int asideEnd = token.is(",") ? shortAside(i, end) : -1;
      if (asideEnd < 0 && token.is(",")) {
        asideEnd = circumstanceAside(i, end);
        // Its comma has "that" right after it, however far the clause took it ("изјавио је у петак,
        // после састанака са амбасадорима Кине и Русије Ли Венхајем и ..., да ...").
        reach = asideEnd > 0 ? Math.max(reach, asideEnd + 2) : reach;
      }
      if (asideEnd > 0) {
        // "He noted, however, that ...", "napisao je, s druge strane, na mreži X da ...": words set
        // off by commas.
        i = asideEnd;
        continue;
      }
      int aside = token.is(",") ? participialAside(i, end) : -1;
      if (aside > 0) {
        i = aside; // "rekao je, obrazlažući predlog, da ...": a participle's phrase set off by commas
        reach = Math.max(reach, aside + 2); // the "that" right after it, however long the aside
        continue;
      }
      int statementAside = token.is(",") ? statementAside(i, end) : -1;
      if (statementAside > 0) {
        // "izjavio je danas, povodom izjave Aljbina Kurtija da ..., da je odluka ...": the "da" of
        // the other person's statement is theirs; the verb's own comes after the aside.
        i = statementAside - 1;
        reach = Math.max(reach, statementAside + 2);
        continue;
      }
      if (token.is(".") && i > verbLast + 1 && tokens.get(i - 1).surface().chars().allMatch(Character::isDigit)
          && i + 1 < end && tokens.get(i + 1).word() && !tokens.get(i + 1).capitalised()) {
        continue; // "ocenio je još u aprilu 2030. da ...": an ordinal's or a year's full stop
      }
      if (isDash(i) && i > verbLast + 1 && tokens.get(i - 1).word() && tokens.get(i - 1).capitalised()
          && i + 1 < end && tokens.get(i + 1).word() && tokens.get(i + 1).capitalised()) {
        continue; // "posle samita EU – Zapadni Balkan u Briselu da ...": a dash inside a name
      }
      // Only Russian puts a comma before its "что"; any other punctuation or a relative clause
      // (", који није желео да ...") means the "da" belongs to something else.
      boolean commaBeforeThat = token.is(",") && i + 1 < end && entry(i + 1).complementizer();
      if (!token.word() && !commaBeforeThat || token.word() && entry(i).relative()) {
        return -1;
      }
      if (token.word() && (verbAt(i).isPresent() || participleAt(i) > 0)) {
        return -1;
      }
      if (token.word() && i > verbLast + 1 && entry(i).conjunction() && pastFormAfter(i + 1, end)) {
        // "objasnio je Lazić i pozvao građane da se vakcinišu": a second predicate, no speech
        // verb, whose "da" it is; the speech verb reported nothing of its own.
        return -1;
      }
      if (token.word() && entry(i).auxiliary()) {
        // "said Tyvak would leverage that experience", "stressed the decision would not change
        // the reality that ...": the clause began before, without its "that".
        return -1;
      }
      if (token.word() && entry(i).claims() && i > verbLast + 1 && entry(i - 1).preposition()) {
        return -1; // "odgovorio je na pisanje listova da ...": the clause is the papers' claim
      }
    }
    return -1;
  }

  /**
   * Serbian or Russian: whether token {@code i} is a verb's past form in lower case ("pozvao",
   * "затребовала"), which after "i" or "и" starts a predicate of its own.
   */
  private boolean pastFormAfter(int i, int end) {
    if (!inflecting() || i >= end || !tokens.get(i).word() || tokens.get(i).capitalised() || quoted[i]) {
      return false;
    }
    return "ru".equals(language.base()) ? RUSSIAN_PAST.matcher(lowerSurface(i)).matches()
        : SERBIAN_PAST.matcher(keys.get(i)).matches();
  }

  /** Words from "with" to the name a participle follows ("with Russia's Permanent Representative Vasily Nebenzia"). */
  private static final int WITH_PHRASE_WORDS = 8;

  /**
   * The "with" of an English absolute phrase whose name stands right before the participle at
   * {@code participle} ("with Vasily Nebenzia warning that ..."), or -1: the words between are
   * one noun phrase (names, titles, articles, a possessive), with no punctuation but its apostrophe.
   */
  private int withBefore(int participle, int first) {
    if (!"en".equals(language.base()) || participle == 0 || !tokens.get(participle - 1).word()
        || refAt[participle - 1] == null && !entry(participle - 1).unnamedSource()) {
      return -1; // someone named, or people left unnamed ("with organisers saying that ...")
    }
    for (int k = participle - 1; k >= first && k >= participle - 1 - WITH_PHRASE_WORDS; k--) {
      Token token = tokens.get(k);
      if (!token.word()) {
        if (token.is("'") || token.is("\u2019")) {
          continue; // Russia's envoy
        }
        return -1;
      }
      if ("with".equals(keys.get(k))) {
        return k + 1 < participle ? k : -1;
      }
      if (verbAt(k).isPresent() || participleAt(k) > 0 || entry(k).conjunction() || entry(k).preposition()) {
        return -1;
      }
    }
    return -1;
  }

  /** The opening comma of the short aside {@link #shortAside} closes at the comma {@code close}, or -1. */
  private int asideOpening(int close, int headFrom) {
    for (int c = close - 2; c >= Math.max(headFrom, close - ASIDE_WORDS - 1); c--) {
      if (tokens.get(c).is(",")) {
        return shortAside(c, close + 1) == close ? c : -1;
      }
    }
    return -1;
  }

  /** Whether a speech participle at {@code k} is followed right away by its "that" (", добавив, что"). */
  private boolean participleTakesThat(int k, int end) {
    int length = k < end ? participleAt(k) : 0;
    if (length == 0) {
      return false;
    }
    int next = k + length;
    if (next < end && tokens.get(next).is(",")) {
      next++;
    }
    return next < end && tokens.get(next).word() && entry(next).complementizer();
  }

  /**
   * The closing comma of a clause of circumstance set off by the comma at {@code comma} and followed
   * right away by "that" ("said on Thursday, as he arrived for the summit in Brussels, that ...",
   * "izjavio je, gostujući u emisiji „Teška reč“ na TV Prva, da ...", "poručio je iz Njujorka, gde
   * prisustvuje pripremama ..., da"), or -1. The clause opens with a subordinator, a relative, an
   * adverbial participle or a preposition ("после састанака са амбасадорима ... Ли Венхајем и
   * Александром Боцан-Харченком, да"), and holds no speech verb, "that" or quote of its own (marks
   * of a name in it are let be).
   */
  private int circumstanceAside(int comma, int end) {
    // Serbian and Russian may also set off a phrase of time after a time ("ocenili su u četvrtak,
    // prvog dana rasprave o Predlogu zakona ..., da ..."): any lower-case word may open it there.
    boolean afterTime = inflecting() && comma > 0 && tokens.get(comma - 1).word() && entry(comma - 1).time()
        && comma + 1 < end && tokens.get(comma + 1).word() && !tokens.get(comma + 1).capitalised();
    if (comma + 2 >= end || !tokens.get(comma + 1).word() || quoted[comma + 1]
        || !afterTime && !entry(comma + 1).subordinator() && !entry(comma + 1).as() && !entry(comma + 1).relative()
            && !entry(comma + 1).preposition() && !WHERE.contains(keys.get(comma + 1))
            && !adverbialParticiple(comma + 1)) {
      return -1;
    }
    for (int k = comma + 2; k < end && k <= comma + CIRCUMSTANCE_WORDS; k++) {
      Token token = tokens.get(k);
      if (token.is(",")) {
        return k + 1 < end && tokens.get(k + 1).word() && entry(k + 1).complementizer() ? k : -1;
      }
      if (token.word() && (entry(k).complementizer() || verbAt(k).isPresent() && !quoted[k])) {
        return -1;
      }
    }
    return -1;
  }

  /** "Where" by match key, which opens a clause of place ("gde", and "где" whose key it is too). */
  private static final Set<String> WHERE = Set.of("gde", "gdje", "where");

  /** Tokens a clause of circumstance between a verb and its "that" may run. */
  private static final int CIRCUMSTANCE_WORDS = 16;

  /**
   * A word with the ending of an adverbial participle: English -ing, Serbian -ći or -vši (gostujući,
   * vrativši se), Russian -я or -в, -вшись (выступая, вернувшись).
   */
  private boolean adverbialParticiple(int k) {
    String key = keys.get(k);
    if (key.length() < 5 || tokens.get(k).capitalised() && k != sentenceFirst[sentenceOf[k]]) {
      return false; // (a capital only where the sentence gives it: "Odgovarajući na pitanje, ...")
    }
    return switch (language.base()) {
      case "en" -> key.endsWith("ing");
      case "sr" -> key.endsWith("uci") || key.endsWith("eci") || key.endsWith("vsi");
      default -> tokens.get(k).surface().endsWith("я") || tokens.get(k).surface().endsWith("вшись")
          || tokens.get(k).surface().endsWith("ав") || tokens.get(k).surface().endsWith("ив");
    };
  }

  /** Words a first clause without its "that" needs before "and that" to be taken for one. */
  private static final int COORDINATED_CLAUSE_WORDS = 3;

  /**
   * "said the talks went well and that Serbia would sign": English leaves out the first clause's
   * "that" and writes the second's; the report starts right after the verb, not at the second
   * "that". Not after a preposition ("said in Brussels and in Belgrade that ...") and not after
   * a word or two ("told reporters and officials that ...").
   */
  private boolean coordinatedWithoutThat(int verbLast, int that) {
    if (!"en".equals(language.base()) || that - 1 <= verbLast + 1 || !entry(that - 1).conjunction()
        || !tokens.get(verbLast + 1).word() || entry(verbLast + 1).preposition()) {
      return false;
    }
    return wordsBetween(verbLast + 1, that - 1) >= COORDINATED_CLAUSE_WORDS;
  }

  /**
   * Whether the comma at {@code comma} parts the items of a list a subject is made of: "and" or
   * "or" within the next three words, with no verb, pronoun or mark before it.
   */
  private boolean listGoesOn(int comma, int end) {
    for (int k = comma + 1; k < Math.min(end, comma + 5); k++) {
      if (!tokens.get(k).word() || verbAt(k).isPresent() || entry(k).auxiliary() || entry(k).pronoun() != null) {
        return false;
      }
      if (k > comma + 1 && entry(k).conjunction()) {
        return true;
      }
    }
    return false;
  }

  /** Words of a term in marks inside the subject of a clause without "that". */
  private static final int TERM_IN_MARKS_WORDS = 4;

  /**
   * Where capitalised words from {@code from} end when "in an interview" or "in a statement"
   * follows them (the outlet told, "Business Serbia in an interview"); else {@code from}.
   */
  private int outletNamedBeforeInterview(int from, int end) {
    int k = from;
    while (k < end && k < from + OUTLET_NAME_WORDS && tokens.get(k).word() && tokens.get(k).capitalised()) {
      k++; // a name the interview follows is the outlet's, or its reporter's: told, not telling
    }
    return k > from && k + 2 < end && tokens.get(k).word() && "in".equals(keys.get(k)) && tokens.get(k + 1).word()
        && entry(k + 1).determiner() && tokens.get(k + 2).word()
        && ("interview".equals(keys.get(k + 2)) || entry(k + 2).document()) ? k : from;
  }

  /** Capitalised words an outlet's name may have ("Business Serbia", "Radio Free Europe"). */
  private static final int OUTLET_NAME_WORDS = 4;

  /**
   * "said Belgrade would ...", "announced he will ...", "said he expects ...": English leaves out
   * "that"; the clause is recognised by a pronoun that can only be a subject right after the verb
   * (or after a time or place), or by an auxiliary a few words on. Returns the clause's first
   * token, or -1.
   */
  int clauseWithoutThat(int from, int end) {
    // "Zakharova says Moscow sees no reason ...": after a speech verb in the present, a verb in the
    // present may open the clause as a past one does after "said".
    boolean present = from > 0 && tokens.get(from - 1).word() && presentForm(keys.get(from - 1));
    // "told Putin “we ...”", "told his colleagues “we ...”": after "tell" comes the one told.
    boolean told = from > 0 && TELL.contains(keys.get(from - 1));
    if (from + 1 < end && tokens.get(from).word() && LISTENER_PRONOUNS.contains(keys.get(from))) {
      from++; // "told us Serbia's reform agenda was ...": the listener, never the clause's subject
    } else if (told && from + 1 < end && tokens.get(from).word() && (entry(from).medium() || entry(from).listener())) {
      // "told RTS in an interview published on Tuesday", "told reporters ahead of the Council's
      // consultations, scheduled for Wednesday": the outlet or the audience told, no clause's subject
      from++;
    } else if (told) {
      // "told Business Serbia in an interview published on Sunday": an outlet the lexicon does not
      // know, shown by the interview or statement it gave
      from = outletNamedBeforeInterview(from, end);
    }
    // "said about 1,400 people had been evacuated", "said at least two member states would ...": a
    // preposition before a number qualifies it.
    boolean approximate = from + 1 < end && tokens.get(from).word() && entry(from).preposition()
        && (number(from + 1) || from + 2 < end && "at".equals(keys.get(from)) && AT_LEAST.contains(keys.get(from + 1))
            && (number(from + 2) || NUMBER_WORDS.contains(keys.get(from + 2))));
    if (from + 3 < end && tokens.get(from).word() && entry(from).preposition() && tokens.get(from + 1).word()
        && entry(from + 1).determiner() && tokens.get(from + 2).word() && entry(from + 2).document()
        && tokens.get(from + 3).word() && (entry(from + 3).nominative() || "it".equals(keys.get(from + 3))
            || entry(from + 3).determiner() || tokens.get(from + 3).capitalised())) {
      // "said in a statement it expected her back": where it was said, then the clause's subject
      // (not "said in a statement read out at the meeting that ...").
      from += 3;
    }
    if (from < end && tokens.get(from).word() && entry(from).preposition() && !approximate) {
      // "said on Monday the bloc would ...", "said in New York he ...": a time or place of a
      // preposition and capitalised words before a lower-case word; the clause may start there.
      int k = from + 1;
      while (k < end && k <= from + 3 && tokens.get(k).word() && tokens.get(k).capitalised()) {
        k++;
      }
      if (k == from + 1 || k >= end || !tokens.get(k).word() || tokens.get(k).capitalised()) {
        return -1;
      }
      from = k;
    }
    if (from >= end || !tokens.get(from).word() || entry(from).preposition() && !approximate
        || QUESTION_WORDS.contains(keys.get(from))) {
      return -1; // "asked whether allies had agreed ...": a question, no report
    }
    if ((entry(from).subordinator() || entry(from).as()) && !commaBefore(from + 1, end)) {
      // "said on Tuesday as world leaders gathered ...": when it was said, no report. One with a
      // main clause after its comma opens the report ("said once the deal is signed, gas will ...").
      return -1;
    }
    if ("not".equals(keys.get(from)) && from + 1 < end && "to".equals(keys.get(from + 1))) {
      return -1; // "who asked not to be named": a request, no report
    }
    if (entry(from).nominative() && from + 1 < end && tokens.get(from + 1).word()
        && !entry(from + 1).preposition() && !entry(from + 1).conjunction()) {
      // "said he expects": "he" after the verb cannot be its object, so a clause starts there.
      return from;
    }
    int start = from;
    // CLAUSE_SUBJECT_WORDS words, a name of several counting as one, articles and "and" as none ("said
    // Vucic and President Vladimir Putin could", "said a Hungarian energy group and a Gulf-based fund
    // were", "said the arrest of three Serbs by Kosovo police special units in Zvecan on Monday
    // morning was").
    int units = 0;
    for (int k = from; k < end && units < CLAUSE_SUBJECT_WORDS; k++) {
      boolean possessive = k > from && "s".equals(keys.get(k)) && (tokens.get(k - 1).is("'") || tokens.get(k - 1).is("\u2019"));
      if (tokens.get(k).word() && (refAt[k] == null || refAt[k].from == k) && !possessive
          && !entry(k).determiner() && !entry(k).conjunction()) {
        units++; // marks, articles, "and" and the "s" of "Serbia's" count for nothing
      }
      Token token = tokens.get(k);
      if (!token.word()) {
        if ((token.is("'") || token.is("\u2019")) && k > from) {
          continue; // Russia's position would ...
        }
        if (token.is("-") && k > from && k + 1 < end && tokens.get(k - 1).end() == token.start()
            && tokens.get(k + 1).start() == token.end()) {
          continue; // a Gulf-based fund was ...
        }
        if (token.is(",") && k > from && k + 1 < end && number(k - 1) && number(k + 1)
            && tokens.get(k - 1).end() == token.start() && tokens.get(k + 1).start() == token.end()) {
          continue; // 1,400 people had ...
        }
        if (isQuoteMark(k) && k > from + 1 && units <= QUOTED_PREDICATE_SUBJECT_WORDS && entry(from).determiner()
            && k + 1 < end && tokens.get(k + 1).word() && !tokens.get(k + 1).capitalised()) {
          // "says the budget revision “hides more than it shows”": a subject with its article, then
          // the clause's predicate quoted.
          return start;
        }
        if (isQuoteMark(k) && !told && k + 1 < end && tokens.get(k + 1).word() && !tokens.get(k + 1).capitalised()
            && (k > from + 1 && k - from <= QUOTED_PREDICATE_SUBJECT_WORDS && entry(from).possessive() != null
                || k == from + 1 && tokens.get(from).capitalised() && refAt[from] != null
                && (entry(k + 1).auxiliary() || quotedFiniteVerb(k + 1, end)))) {
          // "said his government “talks to everyone”", "said Russia “will use every platform”",
          // "said Washington “fully supports” KFOR": a subject of a possessive and its noun, or a
          // name, then the predicate quoted.
          return start;
        }
        int term = isQuoteMark(k) && k > from ? quoteEnd(k, TERM_IN_MARKS_WORDS) : -1;
        if (term > 0 && term < end && tokens.get(term).word() && !tokens.get(term).capitalised()) {
          k = term - 1; // "the ruling party's talk of “reform fatigue” in the EU was": a term in marks
          continue;
        }
        int aside = token.is(",") && k > from
            ? Math.max(pastParticipleAside(k, end), appositionAside(k, end, nameAlone(from, k))) : -1;
        if (aside > 0) {
          k = aside; // the arrangement with Gazprom, extended in December, was ...
          continue;
        }
        if (token.is(",") && k > from && listGoesOn(k, end)) {
          continue; // dialysis, intensive care and the maternity ward were ...
        }
        return -1;
      }
      if (entry(k).clauseOpener() && k > from) {
        start = k; // told reporters he would ...
      }
      if (k > from && entry(k).subordinator() && !prepositionBeforeTime(k, end)) {
        // "announced a full-day strike for 12 September if the money does not arrive": what was
        // announced, and a condition with a verb of its own; no subject has a subordinator in it.
        // ("said an emergency session before December was unlikely": a preposition there.)
        return -1;
      }
      if (k > start && entry(k).auxiliary() && !entry(k - 1).relative() && !tokens.get(k).capitalised()) {
        // Not "said a woman who did not want to give her name": the relative's own; nor "announced
        // a supplementary budget for May": a month, no modal.
        return start;
      }
      if (k > from && verbAt(k).isPresent() && !nounBeforeAuxiliary(k, end) && !nounAfterPossessive(k)) {
        return -1;
      }
      // "said it saw", "says it sees": a pronoun opening the clause before a finite verb.
      boolean subjectAlone = k == start + 1 && (tokens.get(start).capitalised() || entry(start).clauseOpener());
      if ((k > start + 1 || subjectAlone) && (pastTense(k, start, end) || present && presentTense(k, start, end)
          || presentAfterSingularNoun(k, start, end) || presentAfterName(k, start, end))) {
        return start;
      }
      if (k == start + 1 && massNounSubject(start) && pastTense(k, start, end)) {
        return start; // "said inflation fell to 3 per cent", "said turnout stood at 51 per cent"
      }
    }
    return -1;
  }

  /**
   * English: whether the word at {@code i} may be a clause's whole subject in lower case, with no
   * article ("inflation", "turnout", "production"): a word, not an adverb in -ly, nor one of the
   * lexicon's function words and fillers (earlier, later, then), nor a word of time.
   */
  private boolean massNounSubject(int i) {
    if (!"en".equals(language.base()) || !tokens.get(i).word() || tokens.get(i).capitalised() || quoted[i]) {
      return false;
    }
    String key = keys.get(i);
    return key.length() > 3 && !key.endsWith("ly") && !TIME_WORDS.contains(key) && !functionWord(i)
        && !entry(i).determiner() && refAt[i] == null;
  }

  /** English words of time that stand alone after "said" ("said yesterday he ..."). */
  private static final Set<String> TIME_WORDS = Set.of("yesterday", "today", "tonight", "tomorrow", "afterwards",
      "afterward", "recently", "meanwhile", "once", "twice", "before", "last", "next", "this", "that");

  /**
   * Whether the word at {@code k}, a subordinator that is also a preposition ("before", "after",
   * "until", "since"), has a name or a number right after it: a preposition of time or place
   * ("before December", "since 2019"), not the opening of a clause.
   */
  private boolean prepositionBeforeTime(int k, int end) {
    return entry(k).preposition() && k + 1 < end && tokens.get(k + 1).word()
        && (number(k + 1) || tokens.get(k + 1).capitalised() && !entry(k + 1).nominative());
  }

  /**
   * The comma closing a past participle's short phrase opened by the comma at {@code comma} ("the
   * arrangement with Gazprom, extended in December, was valid"), or -1.
   */
  private int pastParticipleAside(int comma, int end) {
    int next = comma + 1;
    if (next >= end || !tokens.get(next).word() || tokens.get(next).capitalised()) {
      return -1;
    }
    String key = keys.get(next);
    if (!(key.length() >= 5 && key.endsWith("ed") || entry(next).irregularPast())) {
      return -1;
    }
    for (int k = next + 1; k < Math.min(end, next + 1 + SHORT_ASIDE_WORDS + 1); k++) {
      if (tokens.get(k).is(",")) {
        return k;
      }
      if (!tokens.get(k).word()) {
        return -1;
      }
    }
    return -1;
  }

  /** Match keys of words for the press as a whole, which the conventions make no speaker. */
  private static final Set<String> PRESS = Set.of("media", "press", "newspapers", "medija", "medijima",
      Texts.matchKey("СМИ"), Texts.matchKey("прессы"));

  /** English forms of "tell", whose object is the one told. */
  private static final Set<String> TELL = Set.of("tell", "tells", "told", "telling");

  /** Keys of "said" and "added", after which a clause without "that" may be in the present. */
  private static final Set<String> SAID = Set.of("said", "added");

  /**
   * Words a subject with its article may have before a quoted predicate ("the budget revision", "a
   * shift to annual reviews", "the Secretary-General's quarterly report on UNMIK"), counted as the
   * clause's subject is: the article, marks and a possessive's "s" count for nothing.
   */
  private static final int QUOTED_PREDICATE_SUBJECT_WORDS = 6;

  /** "least" and "most" of "at least" and "at most" before an amount. */
  private static final Set<String> AT_LEAST = Set.of("least", "most");

  /** English numbers in words, which "at least" may come before ("at least two member states"). */
  private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven", "eight",
      "nine", "ten", "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "dozen", "half");

  /** English words before an amount that say it is not exact ("about 61 billion dinars"). */
  private static final Set<String> APPROXIMATELY = Set.of("about", "around", "almost", "nearly", "roughly", "some");

  /** Words an apposition inside a clause's subject may have ("a 9 percent increase from January"). */
  private static final int SUBJECT_APPOSITION_WORDS = 7;

  /**
   * The comma closing an apposition opened by the comma at {@code comma}, a few words with no
   * speech verb or "that" ("the offer on the table, a 9 percent increase from January, was the
   * largest", "the cost of the agreement, about 61 billion dinars this year, was", "the referee,
   * Miloš Pantić, had", "the four men, among them a teacher from Zvečan, had been held"), when an
   * auxiliary comes right after it; or -1. After a name alone ({@code afterNameAlone}) only an
   * indefinite article or an amount opens one.
   */
  private int appositionAside(int comma, int end, boolean afterNameAlone) {
    int next = comma + 1;
    if (next >= end || !tokens.get(next).word()) {
      return -1;
    }
    boolean amount = number(next) || APPROXIMATELY.contains(keys.get(next)) && next + 1 < end && number(next + 1);
    if (afterNameAlone && !amount && !"a".equals(keys.get(next)) && !"an".equals(keys.get(next))) {
      // "Russia, said Lavrov, the foreign minister, will never ...": a name alone after the verb is
      // its subject, inverted, and what describes it ends the attribution.
      return -1;
    }
    for (int k = next + 1; k < Math.min(end, next + 1 + SUBJECT_APPOSITION_WORDS); k++) {
      if (tokens.get(k).is(",")) {
        return k + 1 < end && tokens.get(k + 1).word() && entry(k + 1).auxiliary() ? k : -1;
      }
      if (!tokens.get(k).word() || verbAt(k).isPresent() || entry(k).complementizer()) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * "said the patience of several member states was ...": a speech verb's form with an auxiliary
   * right after it is a noun ending the clause's subject.
   */
  private boolean nounBeforeAuxiliary(int k, int end) {
    return k + 1 < end && tokens.get(k + 1).word() && entry(k + 1).auxiliary();
  }

  /**
   * "said the company's promises of ... had been heard before", "said the claims ...": after an
   * article or a possessive, a speech verb's form is a noun of the subject, not its verb.
   */
  private boolean nounAfterPossessive(int k) {
    return modifierOfNoun(k) || possessiveBefore(k);
  }

  /**
   * "your estimated annual expenses", "the stated aim": after an article or a possessive, the form
   * of a speech verb is an adjective.
   */
  boolean modifierOfNoun(int verb) {
    if (verb > 0 && "her".equals(keys.get(verb - 1)) && verb + 1 < tokens.size() && tokens.get(verb + 1).word()
        && (entry(verb + 1).determiner() || entry(verb + 1).complementizer() || entry(verb + 1).clauseOpener()
            || tokens.get(verb + 1).capitalised())) {
      return false; // "a teacher standing next to her said the villagers ...": "her" is the object there
    }
    return verb > 0 && tokens.get(verb - 1).word()
        && (entry(verb - 1).determiner() || entry(verb - 1).possessive() != null);
  }

  /** Whether tokens [from, to) are one name and nothing else. */
  private boolean nameAlone(int from, int to) {
    return refAt[from] != null && refAt[from].from == from && refAt[from].to == to && tokens.get(from).capitalised();
  }

  /**
   * "said the sanctions failed", "said Moscow supported ...", "said the project met ...": a
   * lower-case word in -ed, or an irregular past of the lexicon, after a noun (not after an
   * article, an auxiliary, a preposition or a relative: "the increased costs", "has ended", "in
   * detailed talks", "told the deputies who stayed") and not before "by" ("the people affected by
   * ...") reads as the finite verb of a clause.
   */
  boolean pastTense(int k, int start, int end) {
    String key = keys.get(k);
    // Four letters only after a vowel ("owed", "used", "iced"), not "need", "shed" or "bred".
    boolean past = (key.length() >= 5 || key.length() == 4 && "aeiou".indexOf(key.charAt(0)) >= 0) && key.endsWith("ed")
        || entry(k).irregularPast();
    return past && finiteAfterSubject(k, start, end);
  }

  /** English pronouns that are only ever objects: after "told" the listener ("told us"). */
  private static final Set<String> LISTENER_PRONOUNS = Set.of("us", "me", "him", "them");

  /** A third-person present (sees, wants, insists), not a plural noun's look-alike (talks, us, press). */
  private static boolean presentForm(String key) {
    return key.length() >= 4 && key.endsWith("s") && !key.endsWith("ss") && !key.endsWith("us") && !key.endsWith("is");
  }

  /**
   * "says Moscow sees ...", "says it wants ...": a lower-case present in -s where {@link
   * #pastTense} would take a past. Asked only after a speech verb in the present, since "said the
   * Belgrade talks" has a plural noun of the same form.
   */
  boolean presentTense(int k, int start, int end) {
    if (!presentForm(keys.get(k))) {
      return false;
    }
    // Only after a name or "it": after a lower-case noun a word in -s is as often a plural noun
    // ("tells us the draft conclusions now call on ...").
    boolean pronoun = k == start + 1 && entry(start).clauseOpener();
    boolean named = false;
    for (int j = start; j < k && !pronoun; j++) {
      if (tokens.get(j).capitalised()) {
        named = true;
      } else if (!entry(j).determiner()) {
        return false;
      }
    }
    return (pronoun || named) && finiteAfterSubject(k, start, end);
  }

  /**
   * "said the contract guarantees up to 2.6 billion ...": a present in -s right after an article
   * and a lower-case noun in the singular, after a past speech verb as after a present one, with
   * more of the clause after it. Not after a noun in -s ("said the peace talks"), which may be the
   * first of two nouns, nor after an adjective in -ed ("announced the increased supplies"); and
   * only after "said" and "added", not "told", whose object is the one told ("told a joint news
   * conference").
   */
  private boolean presentAfterSingularNoun(int k, int start, int end) {
    String noun = keys.get(start + 1);
    return k == start + 2 && start > 0 && k + 1 < end && tokens.get(k + 1).word() && SAID.contains(keys.get(start - 1))
        && tokens.get(start).word() && entry(start).determiner() && tokens.get(start + 1).word()
        && !tokens.get(start + 1).capitalised() && !noun.endsWith("s") && !noun.endsWith("ed") && !noun.endsWith("ing")
        && presentForm(keys.get(k)) && finiteAfterSubject(k, start, end);
  }

  /**
   * "said Washington supports KFOR", "added the United States fully backs ...": after "said" or
   * "added", a present in -s right after a name (an adverb in -ly may stand between), with more of
   * the clause after it. Not after a lower-case noun, where a word in -s is as often a plural noun
   * ({@link #presentAfterSingularNoun} takes the singular ones).
   */
  private boolean presentAfterName(int k, int start, int end) {
    if (start == 0 || !SAID.contains(keys.get(start - 1)) || k + 1 >= end || !tokens.get(k + 1).word()
        || !presentForm(keys.get(k))) {
      return false;
    }
    int last = k - 1;
    if (last > start && keys.get(last).endsWith("ly") && !tokens.get(last).capitalised()) {
      last--;
    }
    if (!tokens.get(last).capitalised()) {
      return false;
    }
    for (int j = start; j <= last; j++) {
      if (!tokens.get(j).word() || !tokens.get(j).capitalised() && !(j == start && entry(j).determiner())) {
        return false;
      }
    }
    return finiteAfterSubject(k, start, end);
  }

  /**
   * Whether the quoted words from {@code k} open with a finite verb, in -s or -ed or an irregular
   * past, an adverb in -ly perhaps before it ("“fully supports”", "“welcomed”").
   */
  private boolean quotedFiniteVerb(int k, int end) {
    int verb = k + 1 < end && tokens.get(k).word() && !tokens.get(k).capitalised() && keys.get(k).endsWith("ly") ? k + 1 : k;
    if (verb >= end || !tokens.get(verb).word() || tokens.get(verb).capitalised()) {
      return false;
    }
    String key = keys.get(verb);
    return presentForm(key) || key.length() >= 5 && key.endsWith("ed") || entry(verb).irregularPast();
  }

  /** Whether the word at k, of a finite verb's form, follows the clause's subject as its verb. */
  private boolean finiteAfterSubject(int k, int start, int end) {
    if (tokens.get(k).capitalised() || !tokens.get(k - 1).word()) {
      return false;
    }
    SpeechLexicon.Entry before = entry(k - 1);
    int capitals = k - 1;
    while (capitals > start && tokens.get(capitals - 1).word() && tokens.get(capitals - 1).capitalised()) {
      capitals--;
    }
    // After a preposition a capital is a place or body ("samples taken near the village of Bregovo
    // showed ..."), a noun the verb may follow.
    boolean afterPreposition = capitals > start && tokens.get(capitals - 1).word() && entry(capitals - 1).preposition();
    if (tokens.get(k - 1).capitalised() && !afterPreposition) {
      // "said the West misjudged ...": a name opening the clause is its subject; after a lower-case
      // word, a capital is an adjective ("announced a new North American integrated ...").
      for (int j = start; j < k - 1; j++) {
        if (!tokens.get(j).capitalised() && !entry(j).determiner()) {
          return false;
        }
      }
    }
    if (before.determiner() || before.auxiliary() || before.preposition() || before.conjunction()
        || before.complementizer() || before.relative()
        || keys.get(k - 1).endsWith("ly") && !nameThenAdverb(start, k - 1)) {
      return false;
    }
    if (k + 1 < end && TITLED.contains(keys.get(k)) && (isQuoteMark(k + 1) || tokens.get(k + 1).capitalised())) {
      // "told a conference titled “Energy Security ...” in Belgrade": a name given, no clause's verb.
      return false;
    }
    return k + 1 >= end || !"by".equals(keys.get(k + 1));
  }

  /** English participles that give a name, by match key ("a conference titled “...”", "a group called"). */
  private static final Set<String> TITLED = Set.of("titled", "entitled", "called", "named", "dubbed");

  /**
   * "said Moscow fully supported ...": an adverb in -ly at {@code adverb} after a name that is the
   * whole clause so far (an article may open it), its subject; not "said the newly elected ...",
   * where it makes an adjective.
   */
  private boolean nameThenAdverb(int start, int adverb) {
    if (adverb - 1 < start || !tokens.get(adverb - 1).word() || !tokens.get(adverb - 1).capitalised()) {
      return false;
    }
    for (int j = start; j < adverb; j++) {
      // "the United States fully ...": an article before the name (the word before the adverb is
      // capitalised, so not "the newly elected").
      if (!tokens.get(j).word() || !tokens.get(j).capitalised() && !(j == start && entry(j).determiner())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Where a reported clause ends: the sentence end, or before ", adding that ...", or in
   * English before ", and called on ...", a second thing the speaker did rather than said.
   */
  int clauseEnd(int from, int end, boolean stopAtParticiple) {
    for (int i = from; i < end; i++) {
      if (i > from && credit(i, end)) {
        return i; // "Vučić je rekao da ..., prenosi Tanjug."
      }
      if (stopAtParticiple && tokens.get(i).is(",") && i + 1 < end && participleAt(i + 1) > 0) {
        return i;
      }
      if ("en".equals(language.base()) && tokens.get(i).is(",") && i + 2 < end && "and".equals(keys.get(i + 1))
          && tokens.get(i + 2).word() && !entry(i + 2).complementizer()
          && (keys.get(i + 2).endsWith("ed") || verbAt(i + 2).isPresent())) {
        return i;
      }
      if (i > from && tokens.get(i).word() && entry(i).conjunction() && !notEven(i)
          && (speechVerbWithin(subjectEnd(i + 1, end), end) || speechVerbPastPlace(i + 1, end)
              || speechVerbPastApposition(i + 1, end))) {
        // "said he never used the term and added, ...", "naveo je da ..., a zatim poručio: ...",
        // "rekla je da ..., a on je dodao da ...": the second verb reports anew, maybe another's.
        return i;
      }
      if ("en".equals(language.base()) && i > from && tokens.get(i).is(",") && i + 1 < end
          && ("while".equals(keys.get(i + 1)) || "whereas".equals(keys.get(i + 1)))) {
        // "Kurti said the meeting was constructive, while Vucic described it as ...": another's.
        return i;
      }
    }
    return end;
  }

  /**
   * Whether, after a subject named at {@code from}, an auxiliary and a phrase of where ("a Kristijan
   * Šmit je na mreži Iks napisao da ...") lead to a speech verb: a second report, the subject's.
   */
  private boolean speechVerbPastPlace(int from, int end) {
    int k = subjectEnd(from, end);
    if (k == from || k >= end || !tokens.get(k).word() || !entry(k).auxiliary() && !entry(k).filler()) {
      return false;
    }
    k++;
    if (k >= end || !tokens.get(k).word() || !entry(k).preposition()) {
      return false;
    }
    for (int j = k + 1; j < Math.min(end, k + 1 + PLACE_WORDS + 1); j++) {
      if (!tokens.get(j).word() || quoted[j] || entry(j).complementizer()) {
        return false;
      }
      if (verbAt(j).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether, after a subject named at {@code from}, what they are set off by commas leads to a
   * speech verb ("..., and Dragana Stevanović, one of its founders, said ..."): a second report,
   * the subject's.
   */
  private boolean speechVerbPastApposition(int from, int end) {
    int k = subjectEnd(from, end);
    if (k == from || k >= end || !tokens.get(k).is(",")) {
      return false;
    }
    for (int j = k + 1; j < Math.min(end, k + 1 + SUBJECT_APPOSITION_WORDS + 1); j++) {
      if (tokens.get(j).is(",")) {
        return j > k + 1 && speechVerbWithin(j + 1, end);
      }
      if (!tokens.get(j).word() || quoted[j] || verbAt(j).isPresent() || entry(j).complementizer()) {
        return false;
      }
    }
    return false;
  }

  /** Words a phrase of where may have between an auxiliary and its speech verb ("na mreži Iks"). */
  private static final int PLACE_WORDS = 3;

  /**
   * Whether the conjunction at {@code i} follows a negation, as "ni" does in "da klijentu nije ni
   * rečeno za šta se tereti" ("was not even told"): it joins no second report.
   */
  private boolean notEven(int i) {
    return i > 0 && tokens.get(i - 1).word() && entry(i - 1).negation();
  }

  /** Words a medium's credit may have after its verb: "agencija Tanjug", "РИА Новости", "dopisnik RTS-a". */
  static final int CREDIT_WORDS = 4;

  /**
   * Whether the comma at {@code comma} opens a medium's credit that ends the sentence: a credit
   * phrase, then a few words with a capital among them, then only the closing marks before
   * {@code end} (", prenosi Tanjug.", ", передает агентство ТАСС.", ", according to Reuters.").
   */
  boolean credit(int comma, int end) {
    if (comma + 1 >= end || !tokens.get(comma).is(",") || !tokens.get(comma + 1).word()) {
      return false;
    }
    int length = lex.creditAt(keys, comma + 1);
    if (length == 0) {
      return creditLast(comma, end);
    }
    int words = 0;
    boolean named = false;
    int i = comma + 1 + length;
    for (; i < end && (tokens.get(i).word() || isQuoteMark(i) || tokens.get(i).is("-")); i++) {
      if (tokens.get(i).word()) {
        words++;
        named |= tokens.get(i).capitalised();
      }
    }
    for (; i < end; i++) {
      Token token = tokens.get(i);
      if (!token.is(".") && !token.is("!") && !token.is("?") && !isQuoteMark(i)) {
        return false;
      }
    }
    return named && words <= CREDIT_WORDS;
  }

  /**
   * The medium before its credit, as English has it (", Tanjug reported.", ", the TASS news agency
   * reports."): a few words with a capital among them, then a one-word credit, then only closing
   * marks before {@code end}.
   */
  boolean creditLast(int comma, int end) {
    int last = end - 1;
    while (last > comma && !tokens.get(last).word()) {
      Token token = tokens.get(last);
      if (!token.is(".") && !token.is("!") && !token.is("?") && !isQuoteMark(last)) {
        return false;
      }
      last--;
    }
    if (last - comma - 1 < 1 || last - comma - 1 > CREDIT_WORDS || lex.creditAt(keys, last) != 1) {
      return false;
    }
    boolean named = false;
    for (int i = comma + 1; i < last; i++) {
      if (!tokens.get(i).word() || verbAt(i).isPresent() || lex.creditAt(keys, i) > 0) {
        return false;
      }
      named |= tokens.get(i).capitalised();
    }
    return named;
  }

  /**
   * After a conjunction, past the subject a new clause may open with: a personal pronoun or one
   * reference, maybe after an auxiliary ("a on je dodao", "dok je on rekao", "and Lavrov added");
   * else {@code i} itself.
   */
  int subjectEnd(int i, int end) {
    int k = i;
    while (k < Math.min(end, i + 2) && tokens.get(k).word() && entry(k).filler()) {
      k++; // "dok je on rekao"
    }
    if (k >= end || !tokens.get(k).word() || quoted[k]) {
      return i;
    }
    if (entry(k).pronoun() != null) {
      return k + 1;
    }
    if (refAt[k] == null || refAt[k].from != k || refAt[k].to > end) {
      return i;
    }
    Ref subject = refAt[k];
    if (subject.type == RefType.ROLE) {
      // "a ministar informisanja Boris Bratina rekao je": the title, its complement, and the name.
      int n = subject.to;
      while (n < Math.min(end, subject.to + 3) && tokens.get(n).word() && !tokens.get(n).capitalised()
          && refAt[n] == null && verbAt(n).isEmpty()) {
        n++;
      }
      Ref named = n < end ? refAt[n] : null;
      if (named != null && named.from == n && named.to <= end && (named.type == RefType.NAME || named.type == RefType.MENTION)) {
        return named.to;
      }
    }
    return subject.to;
  }

  /** The clause of a speech verb ends at the next comma, colon, quote, "that" or sentence end. */
  int clauseEnd(int from, int end) {
    for (int i = from; i < end; i++) {
      Token token = tokens.get(i);
      if (nicknameAt(i)) {
        i = quoteEnd(i, 2) - 1; // "rekao je trener „crno-belih” Goran Milojević": no quote of anyone's
        continue;
      }
      if (token.is(",") || token.is(";") || token.is(":") || token.is(".") || isQuoteMark(i)
          || (token.word() && (entry(i).complementizer() || participleAt(i) > 0))) {
        return i;
      }
    }
    return end;
  }

  /**
   * Where the clause holding a verb starts: after an earlier quote, ';' or comma and conjunction
   * with words of its own before the verb ("China said ..., while the city’s police ... say ...":
   * the police's clause; but "..., and added" shares the subject before).
   */
  int clauseStart(int first, int verb) {
    for (int i = verb - 1; i > first; i--) {
      if (tokens.get(i).is(";") || isClosingMark(i) && !quoted[i] && !closesTitleInClause(i)
          && !closesFragmentInInsertion(i) && !closesObjectBeforeConjoinedVerb(i, verb)) {
        return i + 1;
      }
      if (conjoinedClauseAt(i, verb)) {
        return i + 1;
      }
    }
    return first;
  }

  /**
   * Whether the closing mark at {@code close} ends a title of a few words that a preposition or a
   * noun governs ("u intervjuu za „Večernje novosti“ kaže", "в интервью «Российской газете»",
   * "аутор књиге „Црква и држава на Балкану“, оценио је"): a paper's or a book's name inside the
   * clause, not a quotation that ends one. A title starts with a capital; a scare quote after a
   * noun seldom does.
   */
  boolean closesTitleInClause(int close) {
    for (int o = close - 1; o > 0 && close - o <= 2 * Quotes.NAME_WORDS + 1; o--) {
      if (isQuoteMark(o)) {
        if (!tokens.get(o - 1).word() || !tokens.get(o + 1).capitalised()) {
          return false;
        }
        // A paper after a preposition has a short name; a book's after a noun may run longer.
        return entry(o - 1).preposition() ? titleEnd(o) == close + 1
            : governingNoun(o - 1) && quoteEnd(o, Quotes.NAME_WORDS) == close + 1;
      }
    }
    return false;
  }

  /**
   * Whether the closing mark at {@code close} ends a fragment quoted inside an insertion set off
   * by commas after a name ("Леонид Слуцкий, назвавший инициативу «своевременной», ранее заявил"):
   * the insertion says something of the name, and the clause goes on to its verb. The fragment
   * follows a word of the insertion, not the comma, and the insertion has no capital and no other
   * mark before it.
   */
  boolean closesFragmentInInsertion(int close) {
    if (close + 1 >= tokens.size() || !tokens.get(close + 1).is(",")) {
      return false;
    }
    int open = close - 1;
    while (open > 0 && !isQuoteMark(open) && close - open <= 2 * Quotes.NAME_WORDS) {
      open--;
    }
    if (open <= 0 || !isQuoteMark(open) || !tokens.get(open - 1).word()) {
      return false;
    }
    for (int i = open - 1; i > 0 && open - i <= 6; i--) {
      if (tokens.get(i).is(",")) {
        Ref before = refAt[i - 1];
        return i + 1 < open && before != null && before.to == i && before.type != RefType.PRONOUN;
      }
      if (!tokens.get(i).word() || tokens.get(i).capitalised()) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the closing mark at {@code close} ends a fragment that a first verb took as its object,
   * joined by "and" to the verb at {@code verb} ("назвал приговор «позором» и сказал, что ...",
   * "called it “a disgrace” and said that ..."), or by a comma and a conjunction with nothing but
   * auxiliaries before the verb ("оценио је да су односи „суштински добри“, али је упозорио да
   * ..."): both verbs share the subject before the first.
   */
  private boolean closesObjectBeforeConjoinedVerb(int close, int verb) {
    if (close + 2 == verb && tokens.get(close + 1).word()
        && ("i".equals(keys.get(close + 1)) || "and".equals(keys.get(close + 1)))) {
      return true;
    }
    int conjunction = close + 2;
    return conjunction < verb && tokens.get(close + 1).is(",") && tokens.get(conjunction).word()
        && entry(conjunction).conjunction() && onlyAuxiliaries(conjunction + 1, verb);
  }

  /**
   * A given name alone after a noun that describes its bearer ("kaže spasilac Marko", "penzionerka
   * Dragica maše lepezom"): a person the text calls by given name, as a reportage does.
   */
  boolean describedGivenName(Ref ref) {
    int noun = ref.from - 1;
    return ref.type == RefType.NAME && ref.singleWord && noun >= 0 && lex.givenName(keys.get(ref.from))
        && sentenceOf[noun] == sentenceOf[ref.from] && describingNoun(noun);
  }

  /**
   * Whether the word at {@code i} may be a noun that describes the name right after it
   * ("spasilac", "редитељке"): a lower-case word of four letters or more, free of any reference,
   * that the lexicon has no other use for.
   */
  boolean describingNoun(int i) {
    SpeechLexicon.Entry e = entry(i);
    return tokens.get(i).word() && !tokens.get(i).capitalised() && refAt[i] == null && governingNoun(i)
        && !e.preposition() && !e.determiner() && !e.medium() && !e.indefinite() && keys.get(i).length() >= 4;
  }

  /** A lower-case word that is no verb, pronoun or little word of the lexicon: a noun or adjective. */
  private boolean governingNoun(int i) {
    SpeechLexicon.Entry e = entry(i);
    return !tokens.get(i).capitalised() && verbAt(i).isEmpty() && participleAt(i) == 0 && !e.complementizer()
        && !e.conjunction() && !e.filler() && !e.auxiliary() && !e.relative() && e.pronoun() == null
        && !e.subordinator() && !e.as() && !e.nominative() && !e.clauseOpener();
  }

  /** After the comma and conjunction at {@code i} a clause starts with words of its own before {@code verb}. */
  boolean conjoinedClauseAt(int i, int verb) {
    // Not inside a quote ("«Окривљени није деловао сам, али ово веће суди само њему», рекла је
    // судија, додајући да ..."): the quoted words' own clauses join nothing of the sentence.
    return tokens.get(i).word() && !quoted[i] && entry(i).conjunction() && tokens.get(i - 1).is(",")
        && unnamedSubject(i + 1, verb);
  }

  /** Where a clause joined by comma and conjunction starts before {@code verb} in its sentence, else the sentence start. */
  int conjoinedClauseStart(int verb) {
    int first = sentenceFirst[sentenceOf[verb]];
    for (int i = verb - 1; i > first; i--) {
      if (conjoinedClauseAt(i, verb)) {
        return i + 1;
      }
    }
    return first;
  }

  /** Where the search for a verb's subject ends after it: its clause, at most up to {@code to}. */
  int verbWindowEnd(int verb, int to) {
    int verbEnd = verb + verbAt(verb).map(v -> v.keys().size()).orElse(1);
    return Math.max(verbEnd, clauseEnd(verbEnd, Math.max(verbEnd, to)));
  }

  /**
   * Whether a reference stands in the same relative clause as the verb ("a rally, where SNSD
   * leader Milorad Dodik said that ..."): there it is the verb's subject, as in a main clause.
   */
  private boolean inVerbsRelativeClause(Ref ref, int verb) {
    if (verb < 0 || verb >= tokens.size() || !relative[verb]) {
      return false;
    }
    for (int k = Math.min(ref.from, verb); k < Math.max(ref.to, verb); k++) {
      if (!relative[k]) {
        return false;
      }
    }
    return true;
  }

  /** Whether a noun of a settlement stands right before the reference ("поселка Кичкасс"). */
  private boolean afterSettlement(Ref ref) {
    int k = ref.from - 1;
    return k >= 0 && tokens.get(k).word() && !tokens.get(k).capitalised() && entry(k).settlement();
  }

  /**
   * Serbian: the token after "uz citat" or "uz izjavu" ("with a quote of", "with a statement of"),
   * or after "se citira" ("u kojem se citira", in which is quoted), in the sentence from {@code
   * from} on, before whom a document quotes; else -1.
   */
  private int citingAfter(int from) {
    if (!"sr".equals(language.base())) {
      return -1;
    }
    int end = sentenceEnd[sentenceOf[from < tokens.size() ? from : tokens.size() - 1]];
    for (int i = from; i + 2 < end; i++) {
      if (tokens.get(i).word() && "uz".equals(keys.get(i)) && adjacent(i, i + 1) && tokens.get(i + 1).word()
          && ("citat".equals(keys.get(i + 1)) || "izjavu".equals(keys.get(i + 1)))) {
        return i + 2;
      }
      if (tokens.get(i).word() && "se".equals(keys.get(i)) && tokens.get(i + 1).word() && "citira".equals(keys.get(i + 1))) {
        return i + 2; // "..., navodi se u saopštenju, u kojem se citira ministarka ...": whom it quotes
      }
    }
    return -1;
  }

  /** Whether a word with match key {@code key} stands in tokens [from, to). */
  private boolean wordBetween(int from, int to, String key) {
    for (int k = from; k < to; k++) {
      if (tokens.get(k).word() && key.equals(keys.get(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first person named in full in tokens [from, to) of the sentence, outside quotes: whom a
   * channel quotes, named after it ("— цитирует агентство режиссера Алексея Громова").
   */
  private Ref personQuotedAfter(int from, int to) {
    int end = Math.min(to, sentenceEnd[sentenceOf[from]]);
    for (Ref ref : refsStartingWithin(from, end)) {
      if (!quoted[ref.from] && personInFull(ref)) {
        return ref;
      }
    }
    // "— цитирует Кравцова пресс-служба клуба": by surname, in any case, someone named in full before.
    return from < end ? bySurnameIn(from, Math.min(end, from + 2), 0) : null;
  }

  /**
   * A role right after a document's noun in the phrase of an impersonal verb ("— говорится в
   * комментарии дипломата", "navodi se u saopštenju ministra"): whose the document is, known by
   * the role alone; else null.
   */
  private Ref roleAfterDocument(int from, int to) {
    for (int k = from + 1; k < to; k++) {
      Ref ref = refAt[k];
      if (ref != null && ref.from == k && ref.type == RefType.ROLE && tokens.get(k - 1).word() && entry(k - 1).document()
          && !quoted[k]) {
        return ref;
      }
    }
    return null;
  }

  /** Tokens from an unnamed source's noun to the body that says where it sits ("Источник в региональном управлении МЧС"). */
  private static final int SOURCE_PHRASE_TOKENS = 6;

  /**
   * Whether a reference before the verb stands in an "as X said" aside that a comma closes before
   * the verb ("..., kako je preneo njegov branilac Nebojša Ranković, izjavio je", "..., как
   * сообщил его адвокат, заявил", "..., as his lawyer told reporters, said").
   */
  private boolean inAsideOfPassingOn(Ref ref, int verb) {
    if (!commaBetween(ref.to, verb)) {
      return false;
    }
    int first = sentenceFirst[sentenceOf[ref.from]];
    for (int k = ref.from - 1; k >= first; k--) {
      if (tokens.get(k).word() && entry(k).as() && (k == first || tokens.get(k - 1).is(","))) {
        return verbBetween(k + 1, ref.from) || lex.creditAt(keys, k) > 0; // "kako je preneo" credits
      }
      if (tokens.get(k).is(",") || quoted[k]) {
        return false;
      }
    }
    return false;
  }

  /**
   * The most likely subject among the references in tokens [from, to): a named person before an
   * unknown name before a role before a pronoun before an organisation, nearest to the verb
   * first; never one inside a quote, a relative clause, or after a preposition (unless the
   * phrase itself governs the case, as "по словам Захаровой" does).
   */
  Ref best(int from, int to, int verb, boolean obliqueAllowed, boolean mentionsOnly) {
    boolean english = "en".equals(language.base());
    Ref best = null;
    Ref pronounAtVerb = null;
    Ref roleAtVerb = null;
    Ref roleAfterVerb = null;
    int bestDistance = Integer.MAX_VALUE;
    // "Lukić spoke a day after Srbijagas said that ...": the verb of a clause a subordinator opens
    // has its subject inside it; the main clause's person before it is no candidate, however a
    // person outranks a body elsewhere.
    int clause = subordinateClauseOf(from, verb, obliqueAllowed, mentionsOnly);
    for (Ref ref : refsStartingWithin(from, to)) {
      if (ref.to > to || quoted[ref.from] || relative[ref.from] && !inVerbsRelativeClause(ref, verb)) {
        continue;
      }
      if (ref.to <= clause) {
        continue;
      }
      if (ref.oblique && !obliqueAllowed || mentionsOnly && ref.type != RefType.MENTION || ref.qualifier) {
        continue;
      }
      if (ref.type == RefType.NAME && ref.initial && ref.singleWord && pluralDativeBeforeVerb(ref.from)) {
        continue; // "Radnicima je poručio": the sentence's capital made a name of whom it was said to
      }
      if (ref.to <= verb && inParticipialOpening(ref) && commaBetween(ref.to, verb)) {
        continue;
      }
      int distance = ref.to <= verb ? verb - ref.to : ref.from - verb;
      // A lone capitalised word is a surname only right next to the verb ("rekao je Ristović"),
      // and not after an unnamed source it qualifies ("Источник в кругах Брюсселя сообщил").
      // A sentence's first word that is the surname of a name met before is its subject however
      // far from the verb ("Jovanović je potom novinarima u holu izjavio:" after Nikoli Jovanoviću).
      // Also after a role: "Посол Радосавлевич" after "послом ... Миланом Радосавлевичем".
      // And after the verb with a title of its own: "»...«, naglasila je sudija Marjanović".
      boolean knownSurname = ref.type == RefType.NAME && ref.singleWord
          && ((ref.to <= verb && (ref.initial || afterRole(ref)) || titledAfterVerb(ref, verb)
              || toldBeforeSurname(ref, verb))
              && (surnameNamedBefore(ref.from) || addressedByGivenName(ref))
              || ref.from > verb && describedGivenName(ref)
                  && nextToVerb(new Ref(RefType.NAME, ref.from - 1, ref.to), verb));
      if (ref.type == RefType.NAME && ref.singleWord && !knownSurname
          && (!nextToVerb(ref, verb) || unnamedSourceBefore(from, ref.from) || afterRole(ref) || beforeRole(ref)
              || afterSettlement(ref))) {
        // "direktor Kancelarije navodi": the role's complement, not a surname; "Жительница поселка
        // Кичкасс рассказала": where she lives.
        continue;
      }
      if (ref.to <= verb && inAsideOfPassingOn(ref, verb)) {
        // "Mitić je pred sudijom, kako je preneo njegov branilac Nebojša Ranković, izjavio da":
        // who passed the words on, in an aside closed before the verb, is not who spoke them.
        continue;
      }
      if (ref.to <= verb && inQuestionBefore(ref, verb)) {
        // "Песков на вопрос “Ъ”, обсуждал ли Владимир Путин ... с Вучичем, ответил": whom the
        // question is about, not who answers it.
        continue;
      }
      int opening = firstWordFrom(sentenceFirst[sentenceOf[ref.from]]);
      if (ref.type == RefType.MENTION && ref.to <= verb && opening < ref.from && ref.from - opening <= SOURCE_PHRASE_TOKENS
          && !quoted[opening] && entry(opening).sourcePeople() && !verbBetween(opening, ref.from)
          && !commaBetween(opening, ref.from)) {
        // "Izvor FoNeta blizak EULEKS-u rekao je", "Источник в региональном управлении МЧС
        // сообщил": where the source sits or whom it is close to, in its own phrase, not who
        // speaks ("Izvor je rekao da je Vučić izjavio ...", "Members of ... raided ..., the Office
        // said" leave the name its verb).
        continue;
      }
      if (ref.type == RefType.NAME && !ref.singleWord && ref.to <= verb && afterPreposition(ref)
          && unnamedSourceBefore(sentenceFirst[sentenceOf[ref.from]], ref.from) && !lex.givenName(keys.get(ref.from))) {
        // "Собеседник «Ъ» в аппарате Совета Федерации сообщил": where the source sits, not a
        // person ("Эксперт ... по международным делам Елена Пономарева" is one).
        continue;
      }
      if (ref.type == RefType.PRONOUN && !mentionsOnly && nextToVerb(ref, verb) && (ref.to <= verb || !english)) {
        pronounAtVerb = ref;
      }
      if (ref.type == RefType.ROLE && !mentionsOnly && ref.to <= verb && nextToVerb(ref, verb)) {
        roleAtVerb = ref;
      }
      if (ref.type == RefType.ROLE && !mentionsOnly && ref.from > verb && !english && nextToVerb(ref, verb)) {
        roleAfterVerb = ref;
      }
      if (best == null) {
        best = ref;
        bestDistance = distance;
        continue;
      }
      // English puts the subject before the verb unless nothing stands there ("said Lavrov");
      // after the verb comes the listener ("she told Vučić").
      boolean before = ref.to <= verb;
      boolean bestBefore = best.to <= verb;
      if (english && before != bestBefore) {
        if (before) {
          best = ref;
          bestDistance = distance;
        }
        continue;
      }
      boolean bothNames = ref.type == RefType.NAME && best.type == RefType.NAME;
      boolean person = bothNames && personalName(ref);
      if (bothNames && person != personalName(best)) {
        // "Никола Петровић, председник месне заједнице Горње Недељице, рекао је": of two names,
        // the one a given name opens is the person; the other is a place or a body.
        if (person) {
          best = ref;
          bestDistance = distance;
        }
        continue;
      }
      if (ref.tier() < best.tier() || ref.tier() == best.tier() && distance < bestDistance) {
        best = ref;
        bestDistance = distance;
      }
    }
    if (pronounAtVerb != null && best != null && (best.type == RefType.ROLE || organisation(best))) {
      // "..., and since the government put the mine back on its agenda, she says she ...": a
      // personal pronoun right at the verb is its subject rather than a role or body further off;
      // a person named in the clause ("When President Ashraf Ghani announced it, he said") stays.
      return pronounAtVerb;
    }
    if (roleAtVerb != null && best != null && best != roleAtVerb && best.to <= roleAtVerb.from
        && commaBetween(best.to, roleAtVerb.from) && !tokens.get(best.to).is(",")) {
      // "Отвечая на вопрос, обсуждал ли президент Владимир Путин ..., представитель Кремля
      // отметил": the role at the verb is its subject; a name in a clause before it is not, unless
      // the role is that name's apposition ("Vučić, predsednik Srbije, rekao je").
      return roleAtVerb;
    }
    if (roleAfterVerb != null && best != null && best != roleAfterVerb && best.from >= roleAfterVerb.to
        && best.type == RefType.NAME && adjectiveEnding(best.from) && prepositionIn(roleAfterVerb.to, best.from)) {
      // "рекао је патријарх у беседи у цркви Светог Марка": a name in a genitive (its adjective
      // shows it) in a phrase of place after the role right after the verb is where it spoke.
      return roleAfterVerb;
    }
    if (english && best != null && best.from > verb && unnamedSubject(from, verb)) {
      // "..., an insurgent source told Agence France-Presse", "..., executives of both companies
      // announced at the Dubai Air Show": the subject stands before the verb without a name;
      // after the verb come the listener and the place.
      return null;
    }
    return best;
  }

  /**
   * The subordinator closest before {@code verb} in tokens [from, verb) with a name or mention of
   * its own between it and the verb, so that the verb's subject is that one's; -1 if none.
   */
  private int subordinateClauseOf(int from, int verb, boolean obliqueAllowed, boolean mentionsOnly) {
    for (int k = Math.min(verb, tokens.size()) - 1; k > Math.max(0, from); k--) {
      if (!tokens.get(k).word() || quoted[k] || !entry(k).subordinator() || tokens.get(k).capitalised()) {
        continue;
      }
      for (Ref ref : refsStartingWithin(k + 1, verb)) {
        if (ref.to <= verb && !quoted[ref.from] && (ref.type == RefType.MENTION || ref.type == RefType.NAME && !ref.singleWord)
            && !(ref.oblique && !obliqueAllowed) && !(mentionsOnly && ref.type != RefType.MENTION)) {
          return k;
        }
      }
      return -1;
    }
    return -1;
  }

  private boolean prepositionIn(int from, int to) {
    for (int i = from; i < to; i++) {
      if (tokens.get(i).word() && entry(i).preposition()) {
        return true;
      }
    }
    return false;
  }

  boolean commaBetween(int from, int to) {
    for (int i = from; i < to; i++) {
      if (tokens.get(i).is(",")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The person or body a relative clause around {@code verb} is about: the reference right before
   * the comma and relative pronoun that open it ("Gašićem, koji je izjavio", "Smith, who said"),
   * when the pronoun is its subject (not "whose", "kojeg"); or null.
   */
  Ref relativeAntecedent(int verb) {
    int i = verb - 1;
    while (i > 0 && relative[i] && !(tokens.get(i - 1).is(",") && entry(i).relative())) {
      i--;
    }
    if (i <= 1 || !relative[i] || !entry(i).relative() || !SUBJECT_RELATIVES.contains(keys.get(i))) {
      return null;
    }
    // Only a person: "Officials in Pristina, who asked not to be named, said ..." is no report of
    // Pristina's. A body, with the pronoun of things ("the Office of the High Representative,
    // which said ..."; Serbian and Russian neuter "koje", "которое").
    Ref before = refAt[i - 2];
    if (before != null && before.to == i - 1 && organisation(before) && THING_RELATIVES.contains(keys.get(i))) {
      return before;
    }
    if (before != null && before.to == i - 1 && organisation(before) && !before.outsideCatalogue
        && !"who".equals(keys.get(i)) && personBeforeDescription(i - 1) == null) {
      // A catalogue body with the pronoun its noun's gender asks for, too ("sa predstavnicima
      // Srpske liste, koja je posle sastanka saopštila da ..."), unless it ends what a person
      // named before is ("Jelena Marić, direktorka Instituta ..., koja je upozorila").
      return before;
    }
    if (before != null && before.to == i - 1 && before.type == RefType.NAME && before.singleWord && before.from >= 2
        && tokens.get(before.from - 1).word() && entry(before.from - 1).preposition() && refAt[before.from - 2] != null
        && refAt[before.from - 2].type == RefType.NAME && !refAt[before.from - 2].singleWord) {
      // "Јелена Стаменковић из Качарева, која је ... рекла": the person, not the place she is from.
      before = refAt[before.from - 2];
      return relativePerson(before) ? before : null;
    }
    if (before == null || before.to != i - 1 || !relativePerson(before) || placeAfterIn(before)) {
      // "Vesna Lazarević, author of the book "The Pipeline State", who said": the person before
      // a description set off by commas, also where the description ends in a body's name
      // ("Dragana Vesić, director of the Energy Policy Institute in Belgrade, who says").
      int comma = descriptionOpening(i - 1);
      before = comma > 0 ? refAt[comma - 1] : null;
      if (before == null || before.to != comma) {
        return null;
      }
    }
    return relativePerson(before) ? before : null;
  }

  /**
   * A lone capitalised word right after "u", "iz", "в", "из", "in" or "from": the place the
   * description before a relative pronoun ends in ("direktorkom Osnovne škole „Vuk Karadžić“ u
   * Zemunu, koja kaže"), not its antecedent.
   */
  private boolean placeAfterIn(Ref ref) {
    return ref.type == RefType.NAME && ref.singleWord && ref.from >= 1 && tokens.get(ref.from - 1).word()
        && PLACE_PREPOSITIONS.contains(keys.get(ref.from - 1));
  }

  /** Prepositions of where someone is or comes from, by match key (u, iz, в, из, in, from). */
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("u", "iz", "v", "in", "from");

  /** The person named right before the description that the comma at {@code close} ends, or null. */
  private Ref personBeforeDescription(int close) {
    int comma = descriptionOpening(close);
    Ref person = comma > 0 ? refAt[comma - 1] : null;
    return person != null && person.to == comma && relativePerson(person) ? person : null;
  }

  /** A name, or a catalogue person's mention: who a relative clause after it may report. */
  private static boolean relativePerson(Ref ref) {
    return ref.type == RefType.NAME
        || ref.type == RefType.MENTION && ref.actor != null && ref.actor.kind() == Actor.Kind.PERSON;
  }

  /**
   * The comma that opens a description closed by the comma at {@code close}: a few words in lower
   * case first ("author of the book ...", "a former minister"), with no verb; -1 if there is none.
   */
  private int descriptionOpening(int close) {
    for (int k = close - 1; k > 0 && k >= close - RELATIVE_DESCRIPTION_TOKENS; k--) {
      if (tokens.get(k).is(",")) {
        return k + 1 < close && tokens.get(k + 1).word() && !tokens.get(k + 1).capitalised() ? k : -1;
      }
      if (tokens.get(k).word() && (verbAt(k).isPresent() || entry(k).relative())) {
        return -1;
      }
    }
    return -1;
  }

  /** Tokens of a description between a name and the relative pronoun after it. */
  private static final int RELATIVE_DESCRIPTION_TOKENS = 12;

  /** Relative pronouns of things that a body may be the antecedent of (which, које, которое), by match key. */
  private static final Set<String> THING_RELATIVES = Set.of("which", "koje", "kotoroe");

  /** Relative pronouns that are the subject of their clause, by match key (који, koja, который, которая, who, which). */
  private static final Set<String> SUBJECT_RELATIVES = Set.of("who", "which", "koji", "koja", "koje", "kotorij", "kotoraja",
      "kotoroe");

  /**
   * "„...“, piše u saopštenju": a preposition and a document word right after a verb with no
   * subject, where the verb is personal in form but the document speaks.
   */
  private boolean documentAfterPreposition(int after) {
    return after + 1 < tokens.size() && tokens.get(after).word() && entry(after).preposition()
        && tokens.get(after + 1).word() && entry(after + 1).document();
  }

  /** A word for a statement or document ("u saopštenju", "в комментарии") stands in tokens [from, to). */
  boolean documentIn(int from, int to) {
    for (int i = Math.max(0, from); i < Math.min(to, tokens.size()); i++) {
      if (tokens.get(i).word() && entry(i).document()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a document word stands right before the English verb at {@code verb}, or one filler
   * before it ("the statement said", "the statement also said"); not a noun that a document word
   * modifies ("people queuing outside a post office said").
   */
  private boolean documentBefore(int verb) {
    int k = verb - 1;
    if (k >= 0 && tokens.get(k).word() && entry(k).filler() && !entry(k).document()) {
      k--;
    }
    if (k >= 0 && k >= verb - 2 && tokens.get(k).word() && entry(k).document()) {
      return true;
    }
    // "The European Commission's annual report on Serbia, published in Brussels on Tuesday, says":
    // the document before an aside set off by commas, and a short phrase of what it is about.
    if (!"en".equals(language.base()) || verb < 1 || !tokens.get(verb - 1).is(",")) {
      return false;
    }
    int open = verb - 2;
    while (open > 0 && open >= verb - 2 - DOCUMENT_ASIDE_WORDS && !tokens.get(open).is(",")) {
      open--;
    }
    if (open <= 0 || !tokens.get(open).is(",")) {
      return false;
    }
    for (int d = open - 1; d >= Math.max(0, open - 4) && tokens.get(d).word(); d--) {
      if (entry(d).document()) {
        return true;
      }
      if (verbAt(d).isPresent()) {
        return false;
      }
    }
    return false;
  }

  /**
   * English: the body or person named right before the verb after a document's noun and "from" or
   * "by" ("A statement from Rio Tinto said", "a letter by the ministry said"): the document's
   * issuer, who speaks through it. Null otherwise.
   */
  private Ref issuerAfterDocument(int verb) {
    if (!"en".equals(language.base()) || verb < 3) {
      return null;
    }
    Ref issuer = refAt[verb - 1];
    if (issuer == null || issuer.to != verb || issuer.type != RefType.MENTION && issuer.type != RefType.NAME
        || issuer.type == RefType.NAME && issuer.singleWord) {
      return null;
    }
    int by = issuer.from - 1;
    if (by > 0 && tokens.get(by).word() && entry(by).determiner()) {
      by--; // a statement from the ministry
    }
    return by > 0 && tokens.get(by).word() && ("from".equals(keys.get(by)) || "by".equals(keys.get(by)))
        && tokens.get(by - 1).word() && entry(by - 1).document() ? issuer : null;
  }

  /** Tokens of an aside between a document and its verb ("published in Brussels on Tuesday"). */
  private static final int DOCUMENT_ASIDE_WORDS = 8;

  /** A noun of an unnamed source opens the sentence (or the part of it from {@code from}) before token {@code to}. */
  boolean unnamedSourceBefore(int from, int to) {
    int first = firstWordFrom(Math.max(from, sentenceFirst[sentenceOf[to]]));
    return first < to && !quoted[first] && entry(first).unnamedSource();
  }

  /**
   * The comma that closes a participle's phrase opened by the comma at {@code comma} ("rekao je,
   * obrazlažući predlog, da ...", "заявил, отвечая на вопрос, что ..."), or a short aside of other
   * words ("ocenio je, s druge strane, da ..."), when "that" follows it; or -1. A Serbian present
   * participle is known by its ending (-ući, -ći) as well as by the lexicon.
   */
  int participialAside(int comma, int end) {
    int next = comma + 1;
    if (next >= end || !tokens.get(next).word()) {
      return -1;
    }
    String key = keys.get(next);
    // A Serbian passive participle declined as an adjective too: "ocenila je u izveštaju,
    // objavljenom u utorak u Briselu, da ...".
    boolean participle = participleAt(next) > 0 || "sr".equals(language.base()) && key.length() > 4 && key.endsWith("ci")
        || "sr".equals(language.base()) && !tokens.get(next).capitalised() && SERBIAN_PARTICIPLE_ADJECTIVE.matcher(key).matches();
    // Or a preposition's phrase, which may name who was met ("said on Wednesday, after a five-hour
    // meeting with EU envoy Peter Sorensen, that ..."), or a few words of any kind ("ocenio je, s
    // druge strane, da ...").
    int reach = participle ? PARENTHETICAL_WORDS : entry(next).preposition() ? PREPOSITIONAL_ASIDE_WORDS : SHORT_ASIDE_WORDS;
    for (int k = next + 1; k < Math.min(end, next + 1 + reach); k++) {
      if (tokens.get(k).is(",")) {
        return k + 1 < end && tokens.get(k + 1).word() && entry(k + 1).complementizer() ? k : -1;
      }
      if (!tokens.get(k).word() || entry(k).complementizer() || verbAt(k).isPresent()) {
        return -1;
      }
    }
    return -1;
  }

  /** Whether tokens [from, to) hold a noun of people who speak unnamed (source, officials, diplomats). */
  private boolean sourcePeopleIn(int from, int to) {
    for (int i = from; i < to; i++) {
      if (tokens.get(i).word() && !quoted[i] && entry(i).sourcePeople()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a noun of an unnamed source stands in tokens [from, to) ("a source in the government");
   * a document is none ("the report of Secretary-General Guterres" is his).
   */
  boolean unnamedSourceIn(int from, int to) {
    for (int i = from; i < to; i++) {
      if (tokens.get(i).word() && !quoted[i] && entry(i).unnamedSource() && !entry(i).document()) {
        return true;
      }
    }
    return false;
  }

  /**
   * "According to agriculture ministry state secretary Dragan Simonovic": a person's name of two
   * words or more that the phrase's words lead up to with no preposition between describe that
   * person ("ministry" is the office's); "a source in the Serbian government" has one.
   */
  boolean describedName(int from, Ref subject) {
    if (subject.type != RefType.NAME || subject.singleWord || !personalName(subject)) {
      return false; // "извора блиских Председништву Српске": a body the source is close to
    }
    for (int i = from; i < subject.from; i++) {
      if (!tokens.get(i).word() || entry(i).preposition()) {
        return false;
      }
    }
    return true;
  }

  /** Words after a speech verb within which a source left unnamed is its subject. */
  private static final int UNNAMED_SOURCE_REACH = 6;

  /** Words of an aside other than a participle's phrase between a speech verb and its "that". */
  static final int SHORT_ASIDE_WORDS = 4;

  /** Words of a preposition's phrase set off by commas between a speech verb and its "that". */
  static final int PREPOSITIONAL_ASIDE_WORDS = 10;

  /** Words that refuse what follows them ("declined to say when ..."), by match key. */
  private static final Set<String> REFUSALS = Set.of("declined", "declines", "refused", "refuses");

  /** Whether only an outlet (and its marks) stands after a verb up to the next comma or stop. */
  private boolean onlyAnOutletAfter(int verbEnd, int end) {
    boolean outlet = false;
    for (int k = verbEnd; k < end && !tokens.get(k).is(",") && !tokens.get(k).is("."); k++) {
      if (tokens.get(k).word()) {
        if (!entry(k).medium()) {
          return false;
        }
        outlet = true;
      } else if (!isQuoteMark(k)) {
        return false;
      }
    }
    return outlet;
  }

  /**
   * "Britanski Gardijan piše da ...", "«Коммерсант» пишет, что ...", "The Guardian wrote that ...":
   * an outlet whose name stands right before the verb (its auxiliaries aside) reports, and speaks
   * for nobody; the people it quotes are attributed where it quotes them. Its report is found all
   * the same, so that a phrase it quotes (пишет, что Москва «внимательно следит» за ...) is taken
   * for part of it, and then left out ({@link Candidate#outletsOwn}).
   */
  boolean mediumWrites(int verb) {
    if (mediumOpensClauseOf(verb)) {
      return true; // "Blic je u petak objavio da ...": the outlet, then when, then its verb
    }
    int k = verb - 1;
    boolean joined = false;
    while (k >= 0 && (isClosingMark(k) || tokens.get(k).word() && entry(k).filler() && !entry(k).medium())) {
      joined |= tokens.get(k).word() && entry(k).conjunction();
      k--;
    }
    if (joined) {
      // "Politiko piše o poseti ... i navodi da ...": a verb joined to the outlet's shares it.
      for (int v = k; v >= sentenceFirst[sentenceOf[verb]]; v--) {
        if (tokens.get(v).word() && verbAt(v).isPresent()) {
          return mediumWrites(v);
        }
      }
      return false;
    }
    if (k < 0 || !tokens.get(k).word() || !entry(k).medium() || sentenceOf[k] != sentenceOf[verb]) {
      return false;
    }
    // The outlet opens its clause, perhaps after an adjective or a mark ("Britanski Gardijan",
    // "The Guardian", "«Коммерсант»"); after a preposition or another noun it is whom the speaker
    // told ("za „Večernje novosti“ kaže", "u odgovoru Tanjugu naveo").
    int before = k - 1;
    while (before >= sentenceFirst[sentenceOf[k]] && !tokens.get(before).word() && !tokens.get(before).is(",")) {
      before--; // an opening mark
    }
    if (before >= sentenceFirst[sentenceOf[k]] && tokens.get(before).word()
        && (tokens.get(before).capitalised() && !entry(before).preposition() || entry(before).determiner())) {
      before--; // "Britanski", "The"; not "Za Blic je rekla", whom she told
    }
    return before < sentenceFirst[sentenceOf[k]] || tokens.get(before).is(",") || isDash(before);
  }

  /**
   * Whether the sentence opens with an outlet's name (after a mark, if any) and nothing but a few
   * lower-case words, no comma, name or other verb, stands between it and {@code verb}.
   */
  private boolean mediumOpensClauseOf(int verb) {
    int m = sentenceFirst[sentenceOf[verb]];
    while (m < verb && !tokens.get(m).word()) {
      m++;
    }
    if (m >= verb || !entry(m).medium() || verb - m > MEDIUM_TO_VERB_WORDS) {
      return false;
    }
    for (int k = m + 1; k < verb; k++) {
      // A name or a role between is someone of the outlet's who speaks ("CNN correspondent Jane
      // Smith said").
      if (!tokens.get(k).word() && !isClosingMark(k) || tokens.get(k).word() && (verbAt(k).isPresent()
          || entry(k).medium() || tokens.get(k).capitalised() || refAt[k] != null)) {
        return false;
      }
    }
    return true;
  }

  /** Words an outlet opening a sentence may stand before its verb ("Blic je u petak objavio"). */
  private static final int MEDIUM_TO_VERB_WORDS = 5;

  /** "He declined to say when ...": a speech verb refused is no report. */
  boolean declinedToSay(int verb) {
    if (verb >= 2 && "to".equals(keys.get(verb - 1)) && REFUSALS.contains(keys.get(verb - 2))) {
      return true;
    }
    // "On nije želeo da komentariše navode da ...": what was not commented on.
    for (int k = verb - 1; k >= Math.max(0, verb - 4) && tokens.get(k).word(); k--) {
      if (entry(k).comment()) {
        return true;
      }
    }
    return false;
  }

  /**
   * "The FSS has not yet said where ...", "Vučić nije rekao da ...", "Захарова не сказала, что
   * ...": a speech verb with a negation before it (its fillers and auxiliaries between) reports
   * nothing. "Не раз заявлял" (more than once) has a word between that is neither.
   */
  boolean negated(int verb) {
    for (int k = verb - 1; k >= 0 && k >= verb - 4 && tokens.get(k).word(); k--) {
      SpeechLexicon.Entry e = entry(k);
      if (tokens.get(k).capitalised() && k != sentenceFirst[sentenceOf[k]]) {
        return false; // a name whose key is a negation's once its diacritics are gone ("u Nišu")
      }
      if (e.negation()) {
        return true;
      }
      if (!e.filler() && !e.auxiliary()) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the sentences of the paragraph before token {@code open} name a person ("Павел Зимин
   * смотрит на ситуацию спокойнее. «...»"): the quote after them is not more of the last one's
   * ("He begged lawmakers ... “...”" goes on with it).
   */
  boolean newPersonBefore(int open) {
    for (int i = open - 1; i >= 0 && paragraphOf[i] == paragraphOf[open]; i--) {
      Ref ref = refAt[i];
      if (ref != null && !quoted[i] && personInFull(ref)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The one person a sentence [from, to) is about: its subject, a person named (in the catalogue
   * or in full) or a personal pronoun, with no other person or body named in it; or null.
   */
  Ref onePersonSubject(int from, int to) {
    Ref subject = firstSubject(from, to);
    Ref qualifier = null;
    if (subject != null && subject.type == RefType.NAME && beforeRole(subject)) {
      // "Real Madrid coach Álvaro Sainz was blunt.": the club says whose coach; the person
      // named after the role is the subject.
      for (Ref ref : refsStartingWithin(subject.to, to)) {
        if (ref.type == RefType.ROLE) {
          continue;
        }
        if (personInFull(ref) && (ref.type == RefType.MENTION || ref.type == RefType.NAME && !ref.singleWord)) {
          qualifier = subject;
          subject = ref;
        }
        break;
      }
    }
    boolean pronoun = subject != null && subject.type == RefType.PRONOUN && subject.gender != null;
    if (subject == null || !pronoun && subject.type != RefType.NAME && subject.type != RefType.MENTION
        || subject.type == RefType.MENTION && (subject.actor == null || subject.actor.kind() != Actor.Kind.PERSON)) {
      return null; // a person named, or "he"/"she" for one ("He begged lawmakers ... “Every day ...”")
    }
    for (Ref ref : refsStartingWithin(from, to)) {
      if (ref != subject && ref != qualifier && ref.to <= to
          && (ref.type == RefType.MENTION || ref.type == RefType.NAME && !ref.singleWord)) {
        return null;
      }
    }
    return subject;
  }

  /** A role's last word stands right before the reference ("direktor Kancelarije"). */
  boolean afterRole(Ref ref) {
    Ref before = ref.from > 0 ? refAt[ref.from - 1] : null;
    return before != null && before.type == RefType.ROLE && before.to == ref.from;
  }

  /**
   * "said Zvecan deputy mayor Srdjan Lalosevic", "Kremlin spokesman Peskov": a lone capitalised
   * word before a role, or before a few lower-case words and a full name, says where or whose the
   * role is; it is not a surname.
   */
  boolean beforeRole(Ref ref) {
    int k = ref.to;
    while (k < tokens.size() && refAt[k] == null && tokens.get(k).word() && !tokens.get(k).capitalised()
        && k < ref.to + 3) {
      if (verbAt(k).isPresent() || entry(k).preposition()) {
        // "Hartmann said Pristina must ...": the role is in what was said; "poručio je Tešić na
        // Trgu Krajine": a place the preposition governs, where the surname spoke
        return false;
      }
      k++;
    }
    Ref after = k < tokens.size() ? refAt[k] : null;
    return after != null && sentenceOf[k] == sentenceOf[ref.from]
        && (after.type == RefType.ROLE || after.type == RefType.NAME && !after.singleWord && k > ref.to);
  }

  /** Match keys of "unofficially" (nezvanično, незванично, неофициально, off the record). */
  private static final Set<String> UNOFFICIALLY = Set.of(
      Texts.matchKey("nezvanično"), Texts.matchKey("неофициально"), "unofficially");

  /** Whether tokens [from, to) say "unofficially" outside quotes. */
  private boolean unofficially(int from, int to) {
    for (int k = Math.max(0, from); k < Math.min(to, tokens.size()); k++) {
      if (tokens.get(k).word() && !quoted[k] && UNOFFICIALLY.contains(keys.get(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A name of a few capitalised words that no given name opens, right at a plural verb and not
   * joined to another name ("saopštili su Putevi Srbije", "Putevi Srbije saopštili su"): a
   * company or institution outside the catalogue, which a plural verb agrees with; no person does.
   */
  private boolean namedLikeABody(Ref ref, int verb) {
    if (ref.type != RefType.NAME || ref.singleWord || ref.oblique || personalName(ref) || !nextToVerb(ref, verb)
        || entry(ref.from).unnamedSource()) {
      return false; // "Мештани Ратине кажу": people left unnamed, whose noun the sentence capitalised
    }
    int before = ref.from - 1;
    return !(before > 0 && tokens.get(before).word() && entry(before).conjunction())
        && !(ref.to + 1 < tokens.size() && tokens.get(ref.to).word() && entry(ref.to).conjunction());
  }

  /** A name of two words or more that a given name opens, in any case (Драгане Симић). */
  boolean personalName(Ref ref) {
    return ref.type == RefType.NAME && !ref.singleWord
        && Nominatives.isGivenName(tokens.get(ref.from).surface(), language.base(), lex);
  }

  /** Whether a preposition stands before the lower-case words (up to five) right before a reference. */
  boolean afterPreposition(Ref ref) {
    int k = ref.from - 1;
    while (k >= 0 && ref.from - k <= 5 && tokens.get(k).word() && !tokens.get(k).capitalised()
        && refAt[k] == null && !entry(k).preposition()) {
      k--;
    }
    if (k < 0 || !tokens.get(k).word() || !entry(k).preposition()) {
      return false;
    }
    Ref role = k > 0 ? refAt[k - 1] : null;
    // "Ministarka za rad Snežana Kovačević": the preposition is the role's own complement, and
    // the name stands where the role does ("sa ministarkom za rad Snežanom ..." is after one).
    return role == null || role.type != RefType.ROLE || role.to != k || afterPreposition(role);
  }

  /**
   * Words other than auxiliaries, adverbs and a preposition's phrase stand in [from, verb): a
   * subject, named or not ("..., ali je na mreži X napisao" has none of its own). A phrase of
   * where the words come from counts ("..., a iz Kancelarije ... saopšteno je"): it names the source.
   */
  boolean unnamedSubject(int from, int verb) {
    boolean inPhrase = false;
    for (int i = Math.max(0, from); i < verb; i++) {
      if (!tokens.get(i).word()) {
        inPhrase = false;
      } else if (!quoted[i] && verbAt(i).isPresent()) {
        // ", but wrote on X: «...»": what follows the verb is no subject before it (the search may
        // run on to the quote the verb introduces).
        return false;
      } else if (entry(i).preposition() && !SOURCE_PREPOSITIONS.contains(keys.get(i))) {
        inPhrase = true;
      } else if (!inPhrase && !quoted[i] && !entry(i).filler() && !entry(i).auxiliary()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A lone word after the verb with a lower-case title, honorific or commentator's noun between
   * ("rekla je sudija Marjanović", "ocenio je analitičar Stevović"), or in Serbian and Russian any
   * noun of a trade ("rekla je rediteljka Živković").
   */
  private boolean titledAfterVerb(Ref ref, int verb) {
    int title = ref.from - 1;
    return ref.from > verb + 1 && tokens.get(title).word() && !tokens.get(title).capitalised()
        && (entry(title).title() || entry(title).honorific() != null || entry(title).commentator()
            || inflecting() && ownNoun(title) && personsSurnameNamedBefore(ref.from))
        && nextToVerb(new Ref(RefType.NAME, title, ref.to), verb);
  }

  /**
   * Whether the word at {@code i} is the surname of a person named in full before, by a given
   * name: "rediteljka Živković" after "Milena Živković", not "golman Vojvodine" after a team's
   * "Rukometaši Vojvodine".
   */
  private boolean personsSurnameNamedBefore(int i) {
    String stem = lex.surnameStem(keys.get(i));
    for (int k = i - 1; k >= 0; k--) {
      Ref ref = refAt[k];
      if (ref != null && ref.type == RefType.NAME && !ref.singleWord && ref.to - 1 == k && personalName(ref)
          && lex.surnameStem(keys.get(k)).equals(stem)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the word at {@code k} may be a noun of its own: no function word, filler, time or speech verb. */
  private boolean ownNoun(int k) {
    return !functionWord(k) && !entry(k).filler() && !entry(k).time() && !entry(k).determiner() && !quoted[k];
  }

  /**
   * Only the one told stands between the verb and the surname after it: the audience, an outlet,
   * or an outlet's name in marks ("Как рассказал журналистам Воронин", "Как рассказал «Ъ»
   * Воронин", "rekao je Tanjugu Jovanović").
   */
  private boolean toldBeforeSurname(Ref ref, int verb) {
    int k = verb + verbAt(verb).map(v -> v.keys().size()).orElse(1);
    while (k < ref.from && tokens.get(k).word() && entry(k).filler()) {
      k++;
    }
    if (k >= ref.from || !tokens.get(k).word()) {
      return false;
    }
    if (entry(k).listener() || entry(k).medium()) {
      k++;
    } else {
      while (k < ref.from && tokens.get(k).word() && insideNameMarks(tokens.get(k).start(), tokens.get(k).end())) {
        k++;
      }
    }
    // "рассказал «Ъ» сам господин Воронин": "himself", and a title of address, before the name.
    if (k < ref.from && tokens.get(k).word() && SELF.contains(keys.get(k))) {
      k++;
    }
    if (k + 1 == ref.from && tokens.get(k).word() && !tokens.get(k).capitalised()
        && (entry(k).title() || entry(k).honorific() != null)) {
      k++;
    }
    return k == ref.from;
  }

  /**
   * A given name after a word of address or kin, for someone named in full before with that given
   * name ("rekao je otac Nikola" after "jerej Nikola Vukašinović"; "baka Milica").
   */
  private boolean addressedByGivenName(Ref ref) {
    if (ref.from < 1 || !tokens.get(ref.from - 1).word() || entry(ref.from - 1).honorific() == null
        || !lex.givenName(keys.get(ref.from))) {
      return false;
    }
    String given = keys.get(ref.from);
    for (Ref other : refsStartingWithin(0, ref.from)) {
      // In the case the text has it, or in the nominative ("протоиереем Андреем Морозовым" then
      // "— сказал «Известиям» отец Андрей").
      if (other.type == RefType.NAME && !other.singleWord && (given.equals(keys.get(other.from))
          || other.name != null && Texts.matchKey(other.name).startsWith(given + " "))) {
        return true;
      }
    }
    return false;
  }

  /** Words a participle's phrase set off after a name may have. */
  private static final int PARTICIPLE_ASIDE_WORDS = 8;

  /**
   * The comma that closes a phrase opened at the comma {@code comma} by a Russian participle,
   * read by its ending ("участвовавший в заседании по видеосвязи", "стоявшая рядом"), when it
   * closes before {@code to}; else -1. No verb of speech inside it.
   */
  private int participleAside(int comma, int to) {
    int first = comma + 1;
    if (first >= to || !tokens.get(first).word() || tokens.get(first).capitalised()
        || !participleForm(keys.get(first))) {
      return -1;
    }
    for (int k = first + 1; k < to && k - first <= PARTICIPLE_ASIDE_WORDS + 1; k++) {
      if (tokens.get(k).is(",")) {
        return k;
      }
      if (!tokens.get(k).word() || verbAt(k).isPresent()) {
        return -1;
      }
    }
    return -1;
  }

  /** Russian active participles in the nominative (-вший, -вшая, -щий, -щая ...), by their ending. */
  private boolean participleForm(String key) {
    return "ru".equals(language.base()) && key.length() >= 6 && endsWithAny(key, PARTICIPLE_ENDINGS);
  }

  private static boolean endsWithAny(String key, List<String> endings) {
    for (String ending : endings) {
      if (key.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  /** Match keys of the endings of Russian active participles in the nominative. */
  private static final List<String> PARTICIPLE_ENDINGS = List.of(
      Texts.matchKey("вший"), Texts.matchKey("вшая"), Texts.matchKey("вшие"), Texts.matchKey("щий"),
      Texts.matchKey("щая"), Texts.matchKey("щие"), Texts.matchKey("ший"), Texts.matchKey("шая"));

  /** Only auxiliaries stand between the name and the verb ("rekao je Ristović", "Ristović kaže"). */
  boolean nextToVerb(Ref ref, int verb) {
    if (ref.to + 1 == verb && ref.from > 0 && tokens.get(ref.to).is(",") && tokens.get(ref.from - 1).is(",")
        && ref.type != RefType.PRONOUN) {
      return true; // "..., the association's president, Milorad Stojanović, told Beta": a name set off
    }
    int from = ref.to <= verb ? ref.to : verb + verbAt(verb).map(v -> v.keys().size()).orElse(1);
    int to = ref.to <= verb ? verb : ref.from;
    if (ref.to <= verb && from < to && tokens.get(from).is(",") && from + 1 < to && relative[from + 1]) {
      // "Stanojevic, who testified for two hours, told the court": the relative clause aside.
      int k = from + 1;
      while (k < to && relative[k]) {
        k++;
      }
      from = k < to && tokens.get(k).is(",") ? k + 1 : k;
    } else if (ref.to <= verb && from < to && tokens.get(from).is(",")) {
      // "Воронцов, участвовавший в заседании по видеосвязи, ответил": a participle's phrase aside.
      int close = participleAside(from, to);
      if (close > 0) {
        from = close + 1;
      }
    }
    if (ref.to <= verb && inflecting()) {
      // "Ауторка за „Новости“ каже да ...", also after the auxiliary ("Ауторка је за „Новости“
      // рекла да ...").
      int auxiliaries = from;
      while (auxiliaries < to && tokens.get(auxiliaries).word() && entry(auxiliaries).filler()
          && !entry(auxiliaries).conjunction()) {
        auxiliaries++;
      }
      from = auxiliaries > from && auxiliaries < to && afterOutletTold(auxiliaries, to) == to ? to
          : afterOutletTold(from, to);
    }
    if (to - from > 2) {
      return false;
    }
    for (int i = from; i < to; i++) {
      // A conjunction between a word before and the verb joins the verb to an earlier one ("...
      // poseti Marka Rubija Beogradu i navodi da"): the word is no subject of it.
      if (!tokens.get(i).word() || !entry(i).filler() || ref.to <= verb && entry(i).conjunction()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Past the outlet told, between a subject and its verb ("za „Novosti“", "для «Известий»", "за РТС"):
   * a preposition, then a medium or a name in marks and nothing else before {@code to}; else {@code from}.
   */
  private int afterOutletTold(int from, int to) {
    if (from + 1 >= to || !tokens.get(from).word() || !entry(from).preposition()) {
      return from;
    }
    int k = from + 1;
    boolean outlet = false;
    while (k < to && (isQuoteMark(k) || tokens.get(k).word() && (entry(k).medium()
        || tokens.get(k).capitalised() && insideNameMarks(tokens.get(k).start(), tokens.get(k).end())))) {
      outlet |= tokens.get(k).word();
      k++;
    }
    return outlet && k == to ? to : from;
  }

  /**
   * The subject of a sentence: its first named person (or body) not after a preposition; or a
   * pronoun that opens it ("He spoke after meeting Peter Sorensen, and added ..." is his).
   */
  Ref firstSubject(int from, int to) {
    Ref first = null;
    for (Ref ref : refsStartingWithin(from, to)) {
      if (ref.to > to || quoted[ref.from] || relative[ref.from] || ref.oblique) {
        continue;
      }
      if (first == null && ref.type == RefType.PRONOUN && ref.from == firstWordFrom(from)) {
        return ref;
      }
      if (ref.type == RefType.NAME && ref.singleWord && !surnameNamedBefore(ref.from)) {
        continue; // a lone capital is a name only as the surname of one met in full
      }
      if (first == null || ref.tier() < first.tier()) {
        first = ref;
      }
    }
    return first;
  }

  /**
   * The conjunction after a comma that joins the verb at {@code verb} to its sentence's first
   * clause, with nothing but auxiliaries and a phrase between ("..., ali je u pisanom odgovoru
   * naveo"), or -1.
   */
  private int conjoinedVerbAfter(int verb) {
    int first = sentenceFirst[sentenceOf[verb]];
    for (int k = verb - 1; k > first; k--) {
      if (!tokens.get(k).word()) {
        return -1;
      }
      if (entry(k).conjunction()) {
        return tokens.get(k - 1).is(",") && onlyAuxiliaries(k + 1, verb) ? k : -1;
      }
    }
    return -1;
  }

  /** The first word token at or after {@code from}. */
  private int firstWordFrom(int from) {
    int i = Math.max(0, from);
    while (i < tokens.size() && !tokens.get(i).word()) {
      i++;
    }
    return i;
  }
}
