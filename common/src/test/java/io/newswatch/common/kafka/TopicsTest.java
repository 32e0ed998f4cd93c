package io.newswatch.common.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TopicsTest {

  @Test
  void namesAreUnique() {
    Set<String> names = new HashSet<>();
    for (TopicSpec<?, ?> topic : Topics.all()) {
      assertTrue(names.add(topic.name()), "duplicate topic " + topic.name());
    }
  }

  @Test
  void everyInputTopicHasItsDeadLetterTopicInTheCatalogue() {
    for (TopicSpec<?, ?> input :
        List.of(
            Topics.ARTICLES, Topics.STATEMENTS, Topics.SOURCES, Topics.WATCHES, Topics.INGEST_STATE)) {
      assertEquals(input.name() + ".dlq", input.dlq());
      assertTrue(Topics.byName(input.dlq()).isPresent(), "missing " + input.dlq());
    }
  }

  @Test
  void stateTopicsAreCompactedAndStreamsAreNot() {
    assertTrue(Topics.WATCHES.compacted());
    assertTrue(Topics.SOURCES.compacted());
    assertTrue(Topics.INGEST_STATE.compacted());
    assertEquals("compact", Topics.WATCHES.configs().get("cleanup.policy"));
    assertEquals("delete", Topics.ARTICLES.configs().get("cleanup.policy"));
    assertNotNull(Topics.ARTICLES.configs().get("retention.ms"));
  }

  @Test
  void deadLetterTopicOfAnUncataloguedTopicFollowsTheConvention() {
    assertEquals("news.articles.dlq", DeadLetters.topicFor("news.articles"));
    assertEquals("custom.dlq", DeadLetters.topicFor("custom"));
  }

  @Test
  void watchTopicsAreDerivedFromTheWatchId() {
    assertEquals("alerts.kosovo-any", Topics.watchAlerts("kosovo-any").name());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new io.newswatch.common.model.Watch(
                1, "echoes", "x", List.of("kosovo"), null, null, null, null, null, 0, false, null,
                true, null));
  }
}
