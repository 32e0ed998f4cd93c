package io.newswatch.enrich;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswatch.common.model.Language;
import io.newswatch.enrich.quality.SamplePages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextAnalysisTest {
  private static String[] t(String text, Language language) {
    return TextAnalysis.terms(text, language);
  }

  /** Whether two single words share a term at their one position (as a synonym query would). */
  private static boolean meet(String a, Language la, String b, Language lb) {
    AnalysedText x = TextAnalysis.analyse(a, la);
    AnalysedText y = TextAnalysis.analyse(b, lb);
    return x.size() == 1 && y.size() == 1
        && (y.has(0, x.term(0)) || (x.alternate(0) != null && y.has(0, x.alternate(0))));
  }

  @Test
  void serbianInflectionsScriptsAndDiacriticsMeet() {
    for (String form : new String[] {"Vučića", "Vučiću", "Vučićem", "Vucica", "Вучића", "Вучићем", "VUČIĆ"}) {
      assertTrue(meet("Vučić", Language.SR_LATN, form, Language.SR_LATN), form);
      assertTrue(meet("Vučić", Language.SR_LATN, form, Language.SR_CYRL), form);
    }
    for (String form : new String[] {"Metohije", "Metohiji", "Метохије"}) {
      assertTrue(meet("Metohija", Language.SR_LATN, form, Language.SR_LATN), form);
    }
    assertTrue(meet("Rusija", Language.SR_LATN, "Rusije", Language.SR_LATN));
    assertFalse(meet("Vučić", Language.SR_LATN, "Vučićevo", Language.SR_LATN));
    assertArrayEquals(t("Bocan-Harčenko", Language.SR_LATN), t("Bocan-Harčenka", Language.SR_LATN));
    assertArrayEquals(t("Боцан-Харченко", Language.SR_CYRL), t("Bocan-Harčenku", Language.SR_LATN));
    assertArrayEquals(t("Zaharova", Language.SR_LATN), t("Захаровој", Language.SR_CYRL));
    // The negated auxiliary is kept whole, in both scripts: stemmed, it was NIS and Niš.
    assertTrue(meet("nisu", Language.SR_LATN, "нису", Language.SR_CYRL));
    for (String form : new String[] {"nisu", "nisam", "nisi"}) {
      assertFalse(meet("NIS", Language.SR_LATN, form, Language.SR_LATN), form);
    }
    assertTrue(meet("NIS", Language.SR_LATN, "Niš", Language.SR_LATN), "the city stays ambiguous; rules need context");
  }

  @Test
  void russianInflectionsMeet() {
    assertArrayEquals(t("Путин", Language.RU), t("Путину", Language.RU));
    assertArrayEquals(t("Путин", Language.RU), t("Путиным", Language.RU));
    assertArrayEquals(t("Захарова", Language.RU), t("Захаровой", Language.RU));
    assertArrayEquals(t("Захарова", Language.RU), t("Захарову", Language.RU));
    assertArrayEquals(t("Вучич", Language.RU), t("Вучича", Language.RU));
  }

  @Test
  void englishFoldsDiacriticsAndPossessives() {
    assertArrayEquals(t("Vučić", Language.EN), t("Vucic's", Language.EN));
    assertEquals(2, t("Botsan-Kharchenko", Language.EN).length);
  }

  @Test
  void offsetsPointIntoTheOriginalText() {
    String text = "Predsednik Vučić je rekao.";
    AnalysedText analysed = TextAnalysis.analyse(text, Language.SR_LATN);
    assertEquals("Vučić", text.substring(analysed.start(1), analysed.end(1)));
  }

  @Test
  void theWordCacheGivesWhatTheChainGivesOverWholeTexts() throws Exception {
    List<String> texts = new ArrayList<>();
    SamplePages.articles(Path.of("..", "seeds", "samples")).forEach(a -> texts.add(a.text()));
    EnrichBenchmark.articles(8).forEach(a -> texts.add(a.text()));
    texts.add("Vučić's and Vucic's words, https://example.rs/a?b=1 e-mail: ured@predsednik.rs, 1.244,5 €, 2026-11-23, "
        + "Bocan-Harčenko / Боцан-Харченко, ЁЛКА ёлка, O'Brien, NATO-a, x".repeat(3) + "w".repeat(300) + " kraj 🙂 Kosmet.");
    assertTrue(texts.size() > 40, "the samples are there");
    for (String base : List.of("sr", "ru", "en")) {
      Language language = switch (base) {
        case "sr" -> Language.SR_LATN;
        case "ru" -> Language.RU;
        default -> Language.EN;
      };
      for (String text : texts) {
        AnalysedText expected = TextAnalysis.analyseWithChain(text, TextAnalysis.analyzer(base));
        // Twice: once filling the cache, once reading it.
        for (int round = 0; round < 2; round++) {
          AnalysedText actual = TextAnalysis.analyse(text, language);
          assertEquals(expected.size(), actual.size(), base + ": number of positions");
          for (int i = 0; i < expected.size(); i++) {
            String where = base + " position " + i + " of " + text.substring(0, Math.min(40, text.length()));
            assertEquals(expected.term(i), actual.term(i), where);
            assertEquals(expected.alternate(i), actual.alternate(i), where);
            assertEquals(expected.start(i), actual.start(i), where);
            assertEquals(expected.end(i), actual.end(i), where);
            assertEquals(expected.increment(i), actual.increment(i), where);
          }
        }
      }
    }
  }

  @Test
  void theWordCacheStaysWithinItsCapacity() {
    WordCache cache = new WordCache(TextAnalysis.analyzer("en"), 10);
    for (int i = 0; i < 25; i++) {
      char[] word = ("word" + i).toCharArray();
      assertEquals(1, cache.get(word, word.length).size());
      assertTrue(cache.size() <= 10, "size " + cache.size());
    }
    char[] stemmed = "ministers".toCharArray();
    assertEquals("minist", cache.get(stemmed, stemmed.length).term(0));
  }
}
