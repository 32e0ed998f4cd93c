package io.newswatch.enrich.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswatch.common.model.Actor.Gender;
import io.newswatch.common.text.Texts;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpeechLexiconTest {
  private static final Map<String, SpeechLexicon> LEXICONS = SpeechLexicon.loadAll();

  private static String country(String base, String word) {
    return LEXICONS.get(base).entry(Texts.matchKey(word)).country();
  }

  @Test
  void aCountrysAdjectiveIsKnownInItsLongestCaseForms() {
    // A word may run at most four letters past a stem: the long genitives need stems of their own.
    Map<String, String> serbian = Map.of(
        "beogradskoga", "RS", "moskovskoga", "RU", "kosovskoga", "XK", "prištinskoga", "XK",
        "ukrajinskoga", "UA", "briselskoga", "EU", "kineskoga", "CN", "američkoga", "US");
    serbian.forEach((word, code) -> assertEquals(code, country("sr", word), word));
    Map<String, String> russian = Map.of(
        "белградского", "RS", "московского", "RU", "косовского", "XK", "приштинского", "XK",
        "киевского", "UA", "брюссельского", "EU", "пекинского", "CN", "вашингтонского", "US");
    russian.forEach((word, code) -> assertEquals(code, country("ru", word), word));
  }

  @Test
  void aShortStemIsNoPrefixOfOtherWords() {
    assertNull(country("sr", "sada"), "sada (now) is not the USA");
    assertNull(country("ru", "сшами"));
  }

  @Test
  void aGivenNameShowsAGenderOnlyWhereItCanBeNothingElse() {
    assertEquals(Gender.FEMALE, LEXICONS.get("en").givenNameGender("mary"));
    assertEquals(Gender.MALE, LEXICONS.get("en").givenNameGender("john"));
    assertNull(LEXICONS.get("en").givenNameGender("jean"), "Jean is a man in French, a woman in English");
    assertEquals(Gender.FEMALE, LEXICONS.get("sr").givenNameGender(Texts.matchKey("Милица")));
    // A woman's name that is a man's genitive too shows neither, but is still a given name.
    assertNull(LEXICONS.get("sr").givenNameGender("jovana"), "Jovana is also Jovan's genitive");
    assertTrue(LEXICONS.get("sr").givenName("jovana"));
    assertNull(LEXICONS.get("ru").givenNameGender(Texts.matchKey("Александра")));
    assertEquals(Gender.FEMALE, LEXICONS.get("ru").givenNameGender(Texts.matchKey("Анна")));
  }
}
