package io.newswatch.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FingerprintTest {
  /** The echo threshold the service uses by default (NEWSWATCH_NEAR_THRESHOLD). */
  private static final double THRESHOLD = AlertConfig.DEFAULT_NEAR_THRESHOLD;

  private static final String ORIGINAL =
      "Serbia can rely on Russia, which coordinates its position with Belgrade and with China and"
          + " uses its permanent seat on the UN Security Council.";

  @Test
  void scriptDiacriticsCaseAndPunctuationDoNotCount() {
    Fingerprint latin = Fingerprint.of("Vučić je rekao: „Kosovo je Srbija“.");
    Fingerprint cyrillic = Fingerprint.of("Вучић је рекао: «Косово је Србија»");
    Fingerprint ascii = Fingerprint.of("VUCIC JE REKAO KOSOVO JE SRBIJA");
    assertEquals(latin, cyrillic);
    assertEquals(latin, ascii);
    assertEquals(1.0, latin.similarity(cyrillic));
  }

  @Test
  void aChangedWordIsStillNear() {
    Fingerprint changed =
        Fingerprint.of(ORIGINAL.replace("can rely on", "can count on"));
    double similarity = Fingerprint.of(ORIGINAL).similarity(changed);
    assertTrue(similarity >= THRESHOLD, "similarity " + similarity);
  }

  @Test
  void aChangedWordInAShortSentenceIsStillNear() {
    double similarity =
        Fingerprint.of("The situation in Kosovo and Metohija is getting out of control.")
            .similarity(Fingerprint.of("The situation in Kosovo and Metohija is spinning out of control."));
    assertTrue(similarity >= THRESHOLD, "similarity " + similarity);
  }

  @Test
  void aTrimmedSentenceIsStillNear() {
    Fingerprint trimmed =
        Fingerprint.of("Serbia can rely on Russia, which coordinates its position with Belgrade");
    double similarity = Fingerprint.of(ORIGINAL).similarity(trimmed);
    assertTrue(similarity >= THRESHOLD, "similarity " + similarity);
  }

  @Test
  void anotherSentenceOfTheSameSpeakerIsNotNear() {
    Fingerprint other =
        Fingerprint.of(
            "Russia wants a solution based on international law and UN Security Council"
                + " Resolution 1244.");
    double similarity = Fingerprint.of(ORIGINAL).similarity(other);
    assertTrue(similarity < THRESHOLD, "similarity " + similarity);
  }

  @Test
  void aShortRemarkInsideALongStatementIsNotNear() {
    double similarity = Fingerprint.of(ORIGINAL).similarity(Fingerprint.of("Serbia can rely on Russia."));
    assertTrue(similarity < THRESHOLD, "similarity " + similarity);
  }

  @Test
  void sharedBoilerplateDoesNotMakeTwoStatementsNear() {
    double similarity =
        Fingerprint.of("The West is putting pressure on President Vučić over sanctions against Russia.")
            .similarity(
                Fingerprint.of("The West is putting pressure on Belgrade to recognise Kosovo."));
    assertTrue(similarity < THRESHOLD, "similarity " + similarity);
  }

  @Test
  void nearWordingsShareAnLshBand() {
    Set<String> original = new HashSet<>(Fingerprint.of(ORIGINAL).bandKeys());
    assertEquals(Fingerprint.BANDS, original.size());
    Set<String> changed =
        new HashSet<>(Fingerprint.of(ORIGINAL.replace("can rely on", "can count on")).bandKeys());
    changed.retainAll(original);
    assertFalse(changed.isEmpty(), "a one-word change must still meet its original in some band");
  }

  @Test
  void lshRecallStaysHighDownToTheTrimmedCase() {
    // 100 random pairs at Jaccard ~0.45 (10 shared words out of ~22): the LSH must propose nearly
    // all of them, or a trimmed reprint would alert again.
    java.util.Random random = new java.util.Random(42);
    int proposed = 0;
    for (int trial = 0; trial < 100; trial++) {
      StringBuilder shared = new StringBuilder();
      for (int i = 0; i < 12; i++) {
        shared.append("w").append(random.nextInt(1_000_000)).append(' ');
      }
      StringBuilder a = new StringBuilder(shared);
      StringBuilder b = new StringBuilder(shared);
      for (int i = 0; i < 8; i++) {
        a.append("a").append(random.nextInt(1_000_000)).append(' ');
        b.append("b").append(random.nextInt(1_000_000)).append(' ');
      }
      Set<String> keys = new HashSet<>(Fingerprint.of(a.toString()).bandKeys());
      keys.retainAll(Fingerprint.of(b.toString()).bandKeys());
      if (!keys.isEmpty()) {
        proposed++;
      }
    }
    assertTrue(proposed >= 90, "proposed " + proposed + " of 100");
  }

  @Test
  void emptyTextHasNoBands() {
    assertTrue(Fingerprint.of("…").bandKeys().isEmpty());
  }
}
