package io.newswatch.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswatch.common.model.Language;
import io.newswatch.common.model.TopicMode;
import io.newswatch.common.model.Watch;
import java.util.List;
import org.junit.jupiter.api.Test;

class WatchFileTest {
  @Test
  void readsAWatchListUnderWatches() {
    List<Watch> watches =
        WatchFile.parse(
            """
            watches:
              - id: kosovo-russia
                name: Russian officials on Kosovo and Metohija
                topics: [kosovo]
                actorCountries: [RU]
                languages: [sr-Latn, ru]
                minScore: 1.5
                acceptArticleTopics: true
                ownTopic: true
              - id: unsc-kosovo
                topics: [unsc, kosovo]
                topicMode: all
                translationEchoes: false
            """,
            "watches.yaml");
    assertEquals(2, watches.size());
    Watch russia = watches.get(0);
    assertEquals(List.of("RU"), russia.actorCountries());
    assertEquals(List.of(Language.SR_LATN, Language.RU), russia.languages());
    assertTrue(russia.ownTopic() && russia.acceptArticleTopics() && russia.translationEchoes());
    assertEquals(TopicMode.ALL, watches.get(1).topicMode());
    assertEquals(false, watches.get(1).translationEchoes());
  }

  @Test
  void readsABareListAndASingleWatch() {
    assertEquals(1, WatchFile.parse("- id: a\n  topics: [kosovo]\n", "x").size());
    assertEquals("b", WatchFile.parse("id: b\ntopics: [kosovo]\n", "x").get(0).id());
  }

  @Test
  void badEntriesAreRefusedWithTheirPlaceAndReason() {
    var noTopic = assertThrows(IllegalArgumentException.class, () -> WatchFile.parse("- id: ok\n  topics: [k]\n- id: empty\n", "w.yaml"));
    assertTrue(noTopic.getMessage().contains("w.yaml entry 2 (empty)") && noTopic.getMessage().contains("names no topic"), noTopic.getMessage());
    var badId = assertThrows(IllegalArgumentException.class, () -> WatchFile.parse("- id: Kosovo Any\n  topics: [k]\n", "w.yaml"));
    assertTrue(badId.getMessage().contains("must match"), badId.getMessage());
    var badLanguage = assertThrows(IllegalArgumentException.class, () -> WatchFile.parse("- id: a\n  topics: [k]\n  languages: [de]\n", "w.yaml"));
    assertTrue(badLanguage.getMessage().contains("unknown language"), badLanguage.getMessage());
    var twice = assertThrows(IllegalArgumentException.class, () -> WatchFile.parse("- id: a\n  topics: [k]\n- id: a\n  topics: [k]\n", "w.yaml"));
    assertTrue(twice.getMessage().contains("twice"), twice.getMessage());
    assertThrows(IllegalArgumentException.class, () -> WatchFile.parse("- id: a\n  topics: [k]\n  webhook: ftp://x\n", "w.yaml"));
    assertThrows(IllegalArgumentException.class, () -> WatchFile.parse("watches: [", "w.yaml"));
  }
}
