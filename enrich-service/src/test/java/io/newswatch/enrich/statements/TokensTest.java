package io.newswatch.enrich.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswatch.common.model.Actor.Gender;
import io.newswatch.enrich.statements.SpeechLexicon.Entry;
import io.newswatch.enrich.statements.Tokens.Token;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class TokensTest {
  private static final Map<String, SpeechLexicon> LEXICONS = SpeechLexicon.loadAll();

  private static List<String> surfaces(List<Token> tokens) {
    return tokens.stream().map(Token::surface).toList();
  }

  @Test
  void wordsKeepInnerHyphensAndEveryOtherMarkIsATokenOfItsOwn() {
    String text = "Боцан-Харченко: «Не!»\u00A0Vučić - 2024.\t\uD83D\uDE00 x\u0301y --a";
    List<Token> tokens = Tokens.of(text, LEXICONS.get("sr"));
    assertEquals(List.of("Боцан-Харченко", ":", "«", "Не", "!", "»", "Vučić", "-", "2024", ".", "\uD83D\uDE00",
        "x\u0301y", "-", "-", "a"), surfaces(tokens));
    for (Token t : tokens) {
      assertEquals(t.surface(), text.substring(t.start(), t.end()), "offsets of " + t.surface());
    }
    assertEquals("bocan harcenko", tokens.get(0).key());
    assertEquals("vucic", tokens.get(6).key());
    assertEquals("«", tokens.get(2).key(), "a mark is its own key");
    assertTrue(tokens.get(0).word() && tokens.get(0).capitalised());
    assertFalse(tokens.get(2).word());
    assertTrue(tokens.get(10).is("\uD83D\uDE00"), "a character outside the BMP is one token");
  }

  @Test
  void acronymsAreTwoOrMoreCapitalLettersAndNothingElse() {
    List<Token> tokens = Tokens.of("NATO МИД U Nato", LEXICONS.get("ru"));
    assertTrue(tokens.get(0).acronym());
    assertTrue(tokens.get(1).acronym());
    assertFalse(tokens.get(2).acronym(), "one letter");
    assertFalse(tokens.get(3).acronym());
    // Serbian declines an acronym after a hyphen; a hyphenated name stays a name.
    List<Token> declined = Tokens.of("NATO-a SNSD-om УН-у Bocan-Harčenko", LEXICONS.get("sr"));
    assertTrue(declined.get(0).acronym());
    assertTrue(declined.get(1).acronym());
    assertTrue(declined.get(2).acronym());
    assertFalse(declined.get(3).acronym());
  }

  @Test
  void eachWordCarriesWhatTheLexiconOfItsLanguageSaysOfIt() {
    List<Token> en = Tokens.of("She said that he was told", LEXICONS.get("en"));
    assertEquals(Gender.FEMALE, en.get(0).entry().pronoun());
    assertTrue(en.get(1).entry().startsAny(Entry.STARTS_VERB));
    assertTrue(en.get(2).entry().complementizer());
    assertEquals(Gender.MALE, en.get(3).entry().pronoun());
    assertTrue(en.get(4).entry().passiveAuxiliary());
    // The same form in another language is another word: "da" is Serbian's "that", not English's.
    assertSame(Entry.NONE, Tokens.of("da", LEXICONS.get("en")).get(0).entry());
    assertTrue(Tokens.of("da", LEXICONS.get("sr")).get(0).entry().complementizer());
    assertTrue(Tokens.of("да", LEXICONS.get("sr")).get(0).entry().complementizer(), "both scripts");
    assertNull(Tokens.of("Beograd", LEXICONS.get("sr")).get(0).entry().pronoun());
  }

  @Test
  void aFormIsWorkedOutOncePerThreadAndIsTheSameOnEveryThread() throws Exception {
    SpeechLexicon sr = LEXICONS.get("sr");
    Token first = Tokens.of("Vučić je rekao", sr).get(0);
    assertSame(first.form(), Tokens.of("Predsednik Vučić", sr).get(1).form(), "cached on this thread");
    Token elsewhere = CompletableFuture.supplyAsync(() -> Tokens.of("Vučić", sr).get(0)).get();
    assertEquals(first.form(), elsewhere.form());
  }
}
