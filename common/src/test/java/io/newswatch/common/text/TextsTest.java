package io.newswatch.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.newswatch.common.model.Language;
import io.newswatch.common.model.Script;
import org.junit.jupiter.api.Test;

class TextsTest {

  @Test
  void serbianCyrillicAndLatinWithOrWithoutDiacriticsShareOneKey() {
    String key = Texts.matchKey("Вучић");
    assertEquals("vucic", key);
    assertEquals(key, Texts.matchKey("Vučić"));
    assertEquals(key, Texts.matchKey("VUCIC"));
    assertEquals(key, Texts.matchKey("Vucic"));
  }

  @Test
  void serbianLettersWithoutRussianCounterpartsMapOneToOne() {
    assertEquals(Texts.matchKey("Đurić"), Texts.matchKey("Ђурић"));
    assertEquals(Texts.matchKey("Džajić Ljubić Njegoš"), Texts.matchKey("Џајић Љубић Његош"));
    assertEquals(Texts.matchKey("Bocan-Harčenko"), Texts.matchKey("Боцан-Харченко"));
  }

  @Test
  void keyFoldsPunctuationAndWhitespaceRunsToOneSpace() {
    assertEquals("kosovo i metohija 1244", Texts.matchKey("  „Kosovo  i\tMetohija“ — 1244! "));
  }

  @Test
  void differentWordsKeepDifferentKeys() {
    assertNotEquals(Texts.matchKey("Vučić"), Texts.matchKey("Vučević"));
  }

  @Test
  void composedAndDecomposedDiacriticsAreEqualAfterNfc() {
    String decomposed = "Vuc\u030Cic\u0301";
    assertEquals("Vučić", Texts.nfc(decomposed));
    assertEquals(Texts.matchKey("Vučić"), Texts.matchKey(decomposed));
  }

  @Test
  void detectsScriptByLetters() {
    assertEquals(Script.CYRILLIC, Texts.detectScript("Председник Вучић је рекао"));
    assertEquals(Script.LATIN, Texts.detectScript("Predsednik Vučić je rekao"));
    assertEquals(Script.CYRILLIC, Texts.detectScript("Захарова заявила, что NATO"));
    assertEquals(Script.MIXED, Texts.detectScript("Vučić Вучић"));
    assertEquals(Script.NONE, Texts.detectScript("1244 — 2026."));
  }

  @Test
  void transliteratesSerbianToGajLatinAndRussianToBgn() {
    assertEquals("Aleksandar Vučić", Texts.toLatin("Александар Вучић", Language.SR_CYRL));
    assertEquals("Marija Zaharova", Texts.toLatin("Марија Захарова", Language.SR_CYRL));
    assertEquals("Mariya Zakharova", Texts.toLatin("Мария Захарова", Language.RU));
    assertEquals("already Latin", Texts.toLatin("already Latin", Language.SR_CYRL));
  }
}
