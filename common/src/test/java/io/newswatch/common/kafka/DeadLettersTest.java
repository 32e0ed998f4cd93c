package io.newswatch.common.kafka;

import static io.newswatch.common.Fixtures.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswatch.common.json.JsonSerde;
import io.newswatch.common.model.Article;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class DeadLettersTest {
  private final JsonSerde<Article> articles = new JsonSerde<>(Article.class);

  @Test
  void unreadableJsonIsExplainedOnceWithWhereItBroke() {
    String reason = reasonFor("{\"id\": nope}");
    assertTrue(reason.startsWith("Unreadable Article on topic news.articles: Unrecognized token 'nope'"), reason);
    assertTrue(reason.endsWith("(line 1, column 8)"), reason);
    assertEquals(1, occurrences(reason, "Unrecognized token"), reason);
    assertFalse(reason.contains("[Source"), "the input is the letter's value, not part of its reason: " + reason);
  }

  @Test
  void aBrokenContractIsExplainedOnce() {
    String reason = reasonFor("{\"id\":\"a1\",\"sourceId\":\"x\"}");
    assertTrue(reason.startsWith("Invalid Article on topic news.articles: "), reason);
    assertTrue(reason.contains("is required"), reason);
    assertFalse(reason.contains("<-") || reason.contains("Cannot construct"), "no wrapper repeating it: " + reason);
  }

  @Test
  void anUnknownLanguageIsExplainedOnce() {
    String json =
        new String(articles.serializer().serialize("t", article()), StandardCharsets.UTF_8).replace("sr-Latn", "klingon");
    String reason = reasonFor(json);
    assertEquals(1, occurrences(reason, "klingon"), reason);
  }

  @Test
  void causesThatAddSomethingAreChained() {
    String reason =
        DeadLetters.reason(new IllegalStateException("cannot enrich a1", new IllegalArgumentException("no text")));
    assertEquals("cannot enrich a1 <- no text", reason);
  }

  private String reasonFor(String json) {
    SerializationException e =
        assertThrows(
            SerializationException.class,
            () -> articles.deserializer().deserialize("news.articles", json.getBytes(StandardCharsets.UTF_8)));
    return DeadLetters.reason(e);
  }

  private static int occurrences(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }
}
