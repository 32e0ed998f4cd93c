package io.newswatch.enrich.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswatch.common.model.Language;
import io.newswatch.common.text.Texts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A name's key built from its tokens' keys is the key of the whole name, as the catalogue has it. */
class NameKeysTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en | Research team head Jennifer Ngo-Anh said the idea was not so crazy. Patrick O'Brien agreed.",
        "sr-Latn | Politikološkinja Milica Stevanović i Dragiša Milović razgovarali su u Beogradu.",
        "sr-Cyrl | Политиколог Милица Стевановић и Драгиша Миловић разговарали су у Београду.",
        "ru | Эксперт Игорь Самсонов и Анна Ли-Петрова выступили в Москве.",
        "en | Ursula von der Leyen met Dragiša Milović and José Ángel Núñez in Brussels.",
      })
  void keyFromTokensIsTheKeyOfTheName(String language, String text) {
    ExtractionPass pass = new ExtractionPass(new StatementExtractor(Fixtures.CATALOGUE), text, Language.fromTag(language), Fixtures.mentions(text));
    pass.findRefs();
    int names = 0;
    for (Ref ref : pass.refs) {
      if (ref.type == RefType.NAME) {
        names++;
        assertEquals(Texts.matchKey(ref.name), pass.keyOf(ref), ref.name);
      }
    }
    assertTrue(names >= 2, "names found in: " + text);
  }
}
