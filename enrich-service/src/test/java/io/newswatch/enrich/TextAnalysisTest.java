package io.newswatch.enrich;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswatch.common.model.Language;
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
}
