package io.newswatch.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TranslationsTest {
  private static final double THRESHOLD = AlertConfig.DEFAULT_TRANSLATION_MIN_CONFIDENCE;

  static final String TASS_RU =
      "Ситуация в Косово и Метохии выходит из-под контроля, Приштина грубо нарушает резолюцию"
          + " 1244 Совета Безопасности ООН, заявила официальный представитель МИД России.";
  static final String TANJUG_SR =
      "Situacija na Kosovu i Metohiji izmiče kontroli, Priština grubo krši Rezoluciju 1244 Saveta"
          + " bezbednosti UN, izjavila je portparolka ruskog MSP.";
  static final String B92_EN =
      "The situation in Kosovo and Metohija is getting out of control, and Pristina is grossly"
          + " violating UN Security Council Resolution 1244, the Russian MFA spokeswoman said.";
  static final String OTHER_EN =
      "Moscow supports the call of President Vučić for an urgent session of the Security Council"
          + " and his meeting with NATO Secretary General Jens Stoltenberg.";

  @Test
  void namesFoldAcrossScriptsAndTransliterations() {
    assertEquals(Translations.fold("Захаровой").substring(0, 5), Translations.fold("Zakharova").substring(0, 5));
    assertEquals(Translations.fold("Вучич"), Translations.fold("Vučić"));
    assertEquals(Translations.fold("Боцан"), Translations.fold("Botsan"));
    assertEquals(Translations.fold("Харченко"), Translations.fold("Kharchenko"));
    assertEquals(Translations.fold("Стольтенберг"), Translations.fold("Stoltenberg"));
    assertEquals(Translations.fold("Метохия"), Translations.fold("Metohija"));
    // щ in all three spellings (before, English "shch" and Russian щ folded to s, Serbian šč to sc).
    assertEquals(Translations.fold("Щербаков"), Translations.fold("Shcherbakov"));
    assertEquals(Translations.fold("Щербаков"), Translations.fold("Ščerbakov"));
    // English spells ы y and ё e, as the fold reads them.
    assertEquals(Translations.fold("Рыжков"), Translations.fold("Ryzhkov"));
    assertEquals(Translations.fold("Хрущёв"), Translations.fold("Khrushchev"));
  }

  @Test
  void distinctiveTokensAreNumbersAndNamesNotSentenceStarts() {
    Set<String> tokens = Translations.distinctiveTokens(B92_EN);
    assertTrue(tokens.contains("#1244"), tokens.toString());
    assertTrue(tokens.contains("kosov"), tokens.toString());
    assertTrue(tokens.contains("metoh"), tokens.toString());
    assertTrue(tokens.contains("prist"), tokens.toString());
    assertTrue(!tokens.contains("the"), tokens.toString());
    assertEquals(Set.of("#1244"), Translations.distinctiveTokens("Резолюция 1.244 и 2 встречи"));
  }

  @Test
  void aTranslatedReprintLinksInEveryDirection() {
    for (String[] pair :
        List.of(
            new String[] {TASS_RU, TANJUG_SR},
            new String[] {TASS_RU, B92_EN},
            new String[] {TANJUG_SR, B92_EN})) {
      double confidence = confidence(pair[0], pair[1], List.of("kosovo", "unsc"), List.of("kosovo", "unsc"));
      assertTrue(confidence >= THRESHOLD, confidence + " for " + pair[1]);
    }
  }

  @Test
  void anotherStatementOfTheSameSpeakerInAnotherLanguageDoesNotLink() {
    double confidence = confidence(TASS_RU, OTHER_EN, List.of("kosovo", "unsc"), List.of("kosovo", "unsc"));
    assertTrue(confidence < THRESHOLD, "confidence " + confidence);
  }

  @Test
  void withoutASharedArticleTopicNothingLinks() {
    assertEquals(0.0, confidence(TASS_RU, B92_EN, List.of("kosovo"), List.of("sanctions")));
  }

  private static double confidence(String a, String b, List<String> topicsA, List<String> topicsB) {
    return Translations.confidence(
        Translations.distinctiveTokens(a),
        Translations.distinctiveTokens(b),
        topicsA,
        topicsB,
        Fingerprint.of(a).words(),
        Fingerprint.of(b).words());
  }
}
