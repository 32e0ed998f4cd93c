package io.newswatch.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswatch.common.model.Language;
import io.newswatch.common.model.Script;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
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
  void russianSoftAndHardSignsSplitNoWord() {
    // Before: the chain spelled them as a prime, and "Ольга Дорохова" keyed as "ol ga dorohova",
    // three words, so its given name was "ol".
    assertEquals("olga dorohova", Texts.matchKey("Ольга Дорохова"));
    assertEquals("objavil", Texts.matchKey("объявил"));
    assertEquals("intervju", Texts.matchKey("ИНТЕРВЬЮ"));
    // Both ways of keying agree: the character table and, for text outside it, the whole chain.
    assertEquals(Texts.matchKeyByChain("Наталья ☃"), Texts.matchKey("Наталья ☃"));
  }

  @Test
  void russianLettersSerbianLacksAreKeyedAsSerbianSpellsThem() {
    // Before: я and ю lost their j, щ its č, and ы stayed y, so a person quoted in Russian and
    // named in Serbian had two keys ("maria ivanova", "marija ivanova") and two speaker ids.
    assertEquals(Texts.matchKey("Марија Јурјева"), Texts.matchKey("Мария Юрьева"));
    assertEquals("marija jurjeva", Texts.matchKey("Marija Jurjeva"));
    assertEquals(Texts.matchKey("Ščerbakov"), Texts.matchKey("Щербаков"));
    assertEquals(Texts.matchKey("Rižkov"), Texts.matchKey("РЫЖКОВ"));
    assertEquals(Texts.matchKey("Janković"), Texts.matchKey("Янкович"));
    // ё after a hushing consonant is o (Горбачёв, Gorbačov), elsewhere jo (Фёдор, Fjodor).
    assertEquals(Texts.matchKey("Gorbačov Hruščov"), Texts.matchKey("Горбачёв Хрущёв"));
    assertEquals(Texts.matchKey("Fjodor Solovjov"), Texts.matchKey("Фёдор Соловьёв"));
    assertEquals(Texts.matchKey("Iljin objekt"), Texts.matchKey("Ильин объект"));
    // The table and the whole chain agree on it, also after a soft sign and at a text's start.
    for (String s : List.of("Соловьёв ☃", "Ёлкин ☃", "ЖЁ ☃", "щя ☃", "Юрьев ☃", "ОБЪЕКТ ☃", "конь ☃")) {
      assertEquals(Texts.matchKeyByChain(s), Texts.matchKey(s), s);
    }
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

  @Test
  void tableKeyEqualsTheWholeIcuChainOnEveryTabledCharacterAndPair() {
    List<Character> tabled = new ArrayList<>();
    for (char c = 0; c < 0x2100; c++) {
      if (Texts.tabled(c)) {
        tabled.add(c);
        String one = String.valueOf(c);
        assertEquals(Texts.matchKeyByChain(one), Texts.matchKey(one), () -> "U+" + Integer.toHexString(one.charAt(0)));
      }
    }
    // Neighbours are where context rules would show: every tabled character before and after a
    // sample of letters of both scripts, capitals, marks, digits and punctuation.
    String neighbours = "aZčĆđĐłøßæÆœǅǄĳabcЉљЊњЏџЂђЈјЋћЖжЙйЁёЪъЫыЮюЯяиеÀx\u0301\u0306\u0308 -.„“«»—…1";
    for (char c : tabled) {
      for (int k = 0; k < neighbours.length(); k++) {
        char d = neighbours.charAt(k);
        for (String s : List.of("" + c + d, "" + d + c, "" + d + c + d)) {
          assertEquals(Texts.matchKeyByChain(s), Texts.matchKey(s), () -> s.codePoints().mapToObj(Integer::toHexString).toList().toString());
        }
      }
    }
  }

  @Test
  void tableKeyEqualsTheWholeIcuChainOnRandomMixedText() {
    StringBuilder pool = new StringBuilder();
    for (char c = 0x20; c < 0x2100; c++) {
      if (Texts.tabled(c) || Character.getType(c) == Character.NON_SPACING_MARK || (c >= 0x370 && c < 0x400)) {
        pool.append(c);
      }
    }
    SplittableRandom random = new SplittableRandom(1244);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder s = new StringBuilder();
      int length = 1 + random.nextInt(12);
      for (int i = 0; i < length; i++) {
        s.append(random.nextInt(4) == 0 ? ' ' : pool.charAt(random.nextInt(pool.length())));
      }
      String text = s.toString();
      assertEquals(Texts.matchKeyByChain(text), Texts.matchKey(text), text);
    }
  }

  @Test
  void tableKeyEqualsTheWholeIcuChainOnTheSamplePages() throws IOException {
    Path samples = Files.isDirectory(Path.of("..", "seeds", "samples")) ? Path.of("..", "seeds", "samples") : Path.of("seeds", "samples");
    List<Path> pages;
    try (Stream<Path> files = Files.walk(samples)) {
      pages = files.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".html")).toList();
    }
    int lines = 0;
    for (Path page : pages) {
      String html = Files.readString(page, StandardCharsets.UTF_8);
      for (String line : html.split("<|>")) {
        if (!line.isBlank()) {
          assertEquals(Texts.matchKeyByChain(line), Texts.matchKey(line), line);
          lines++;
        }
      }
    }
    assertTrue(pages.isEmpty() || lines > 1000, "sample pages read: " + lines + " text runs");
  }
}
