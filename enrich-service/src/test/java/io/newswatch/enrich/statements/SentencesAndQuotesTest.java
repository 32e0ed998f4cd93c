package io.newswatch.enrich.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswatch.common.model.Language;
import io.newswatch.enrich.statements.Quotes.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesAndQuotesTest {
  private static final Sentences SENTENCES = new Sentences();
  private static final java.util.Map<String, SpeechLexicon> LEXICONS = SpeechLexicon.loadAll();

  private static List<String> sentences(String text, Language language) {
    return SENTENCES.split(text, language, LEXICONS.get(language.base())).stream()
        .map(s -> text.substring(s.start(), s.end()).strip())
        .toList();
  }

  private static List<String> quotes(String text) {
    return Quotes.find(text, 0, text.length()).stream()
        .map(q -> text.substring(q.contentStart(), q.contentEnd()))
        .toList();
  }

  @Test
  void aSentenceCaseNameIsNoQuoteOnlyAfterAWordThatAnnouncesAName() {
    // A paper, a show, a company or a list, by the noun or preposition before the marks.
    assertEquals(List.of(), quotes("Rekao je za \u201EVečernje novosti\u201C da nema dileme."));
    assertEquals(List.of(), quotes("Gostujući u emisiji \u201EPravi račun\u201C ministar je rekao da nema dileme."));
    assertEquals(List.of(), quotes("Аналитик компании \u00ABСеверный капитал\u00BB считает, что цены вырастут."));
    assertEquals(List.of(), quotes("Аутор књиге \u201EДечани \u2013 светиња под заштитом\u201C оценио је да ..."));
    // The same words after a verb, "da", or punctuation, or with a comma inside, are quoted.
    assertEquals(List.of("Večernje novosti"), quotes("Odgovorio je \u201EVečernje novosti\u201C i otišao."));
    assertEquals(List.of("Ne odustajemo"), quotes("Poručio je: \u201ENe odustajemo\u201C."));
    assertEquals(List.of("Ne damo, ne prodajemo"), quotes("Na transparentu \u201ENe damo, ne prodajemo\u201C."));
    assertEquals(List.of("Srbija ne odustaje"), quotes("Rekao je da \u201ESrbija ne odustaje\u201C."));
    // Capitalised throughout, a name needs no such word, as before.
    assertEquals(List.of(), quotes("Potpisali su \u201ENaftna Industrija Srbije\u201C i drugi."));
  }

  @Test
  void initialsAndAbbreviationsDoNotEndSentences() {
    assertEquals(List.of("Predsednik A. Vučić je rekao tzv. Kosovo nije država.", "Kraj."),
        sentences("Predsednik A. Vučić je rekao tzv. Kosovo nije država. Kraj.", Language.SR_LATN));
    assertEquals(List.of("Глава МИД С.В. Лавров прибыл в 2022 г. в Белград.", "Конец."),
        sentences("Глава МИД С.В. Лавров прибыл в 2022 г. в Белград. Конец.", Language.RU));
  }

  @Test
  void theNetworkXAfterALowerCaseWordEndsItsSentence() {
    // Before: "X." was taken for an initial, and the next sentence's speaker was looked for in this one.
    assertEquals(List.of("Objavio je to na X.", "Ana Petrović je odgovorila."),
        sentences("Objavio je to na X. Ana Petrović je odgovorila.", Language.SR_LATN));
    assertEquals(List.of("\"This is a good day,\" she wrote on X.", "Jovana Radić was more sceptical."),
        sentences("\"This is a good day,\" she wrote on X. Jovana Radić was more sceptical.", Language.EN));
    // After a given name, a lone X is still an initial.
    assertEquals(List.of("Malcolm X. Smith spoke."), sentences("Malcolm X. Smith spoke.", Language.EN));
  }

  @Test
  void thePossessiveSBeforeAFullStopIsNoInitial() {
    // Before: the "s" of "year's" read as an initial, and the next sentence ran on in this one.
    assertEquals(List.of("It was harsher than last year's.", "The embassy wrote that it was fine."),
        sentences("It was harsher than last year's. The embassy wrote that it was fine.", Language.EN));
    assertEquals(List.of("It was harsher than last year\u2019s.", "The embassy wrote that it was fine."),
        sentences("It was harsher than last year\u2019s. The embassy wrote that it was fine.", Language.EN));
  }

  @Test
  void aQuotedQuestionStaysWithItsAttribution() {
    assertEquals(List.of("\u201CWhy?\u201D he asked.", "Next."), sentences("\u201CWhy?\u201D he asked. Next.", Language.EN));
  }

  @Test
  void aLineBreakAlwaysEndsASentence() {
    List<String> found = sentences("Said by Dr.\n\nnext paragraph here.", Language.EN);
    assertEquals(List.of("Said by Dr.", "next paragraph here."), found.stream().filter(s -> !s.isEmpty()).toList());
  }

  @Test
  void aRunWithoutSentenceEndsIsCutIntoPiecesAtWhiteSpace() {
    String text = "Vučić said that Putin said that Zakharova said that ".repeat(200); // 10,200 chars
    List<Sentences.Sentence> found = SENTENCES.split(text, Language.EN, LEXICONS.get("en"));
    assertTrue(found.size() >= text.length() / Sentences.MAX_CHARS, found.toString());
    int at = 0;
    for (Sentences.Sentence sentence : found) {
      assertEquals(at, sentence.start(), "pieces cover the text without gaps");
      assertTrue(sentence.end() - sentence.start() <= Sentences.MAX_CHARS, sentence.toString());
      assertTrue(sentence.end() == text.length() || text.charAt(sentence.end() - 1) == ' ', sentence.toString());
      at = sentence.end();
    }
    assertEquals(text.length(), at);

    String word = "x".repeat(Sentences.MAX_CHARS * 2 + 10);
    assertEquals(
        List.of(Sentences.MAX_CHARS, Sentences.MAX_CHARS, 10),
        SENTENCES.split(word, Language.EN, LEXICONS.get("en")).stream().map(s -> s.end() - s.start()).toList());
  }

  @Test
  void thousandsOfStrayOpeningMarksLeaveTheQuotesBeforeThemAlone() {
    assertEquals(List.of("one"), quotes("\"one\" and then " + "\u00ABx ".repeat(3_000)));
  }

  @Test
  void quotesOfEveryConventionAndNesting() {
    assertEquals(List.of("a \u201Eb\u201C c"), quotes("x \u00ABa \u201Eb\u201C c\u00BB y"));
    assertEquals(List.of("one", "two"), quotes("\"one\" and \"two\""));
    assertEquals(List.of("Serbia\u2019s \u2018no\u2019 stands"), quotes("\u201CSerbia\u2019s \u2018no\u2019 stands\u201D"));
    assertEquals(List.of("reversed"), quotes("\u00BBreversed\u00AB"));
  }

  @Test
  void strayMarksAreNotQuotes() {
    assertTrue(quotes("He is 6\" tall and Russia's envoy agrees").isEmpty());
    String stray = "x \u201Copen only";
    List<Quote> open = Quotes.find(stray, 0, stray.length());
    assertTrue(open.isEmpty(), "a mark in mid-text left open is not a quote");
    String runsOn = "\u201CA paragraph that runs on";
    List<Quote> running = Quotes.find(runsOn, 0, runsOn.length());
    assertEquals(1, running.size());
    assertFalse(running.get(0).closed());
  }
}
