package io.newswatch.common.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static io.newswatch.common.Fixtures.article;

import io.newswatch.common.model.Article;
import io.newswatch.common.model.ArticleRef;
import io.newswatch.common.model.Language;
import io.newswatch.common.model.Speaker;
import io.newswatch.common.model.Statement;
import io.newswatch.common.model.StatementKind;
import io.newswatch.common.model.TopicMatch;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class JsonSerdeTest {
  private final JsonSerde<Article> articles = new JsonSerde<>(Article.class);

  @Test
  void roundTripsAnArticle() {
    byte[] bytes = articles.serializer().serialize("news.articles", article());
    assertEquals(article(), articles.deserializer().deserialize("news.articles", bytes));
    String json = new String(bytes, StandardCharsets.UTF_8);
    assertTrue(json.contains("\"language\":\"sr-Latn\""), json);
    assertTrue(json.contains("\"publishedAt\":\"2026-11-20T09:15:00Z\""), json);
  }

  @Test
  void roundTripsAStatementWithNestedRecords() {
    JsonSerde<Statement> serde = new JsonSerde<>(Statement.class);
    Statement statement = statement("ситуация выходит из-под контроля");
    byte[] bytes = serde.serializer().serialize("news.statements", statement);
    assertEquals(statement, serde.deserializer().deserialize("news.statements", bytes));
  }

  @Test
  void aStatementOverItsLengthLimitIsRefusedWithItsLength() {
    JsonSerde<Statement> serde = new JsonSerde<>(Statement.class);
    String json =
        new String(serde.serializer().serialize("news.statements", statement("short words")), StandardCharsets.UTF_8)
            .replace("short words", "x".repeat(Statement.MAX_TEXT_CHARS + 1));
    SerializationException e =
        assertThrows(
            SerializationException.class,
            () -> serde.deserializer().deserialize("news.statements", json.getBytes(StandardCharsets.UTF_8)));
    assertTrue(e.getMessage().contains((Statement.MAX_TEXT_CHARS + 1) + " characters"), e.getMessage());
    assertEquals(
        Statement.MAX_TEXT_CHARS,
        statement("x".repeat(Statement.MAX_TEXT_CHARS)).text().length(),
        "the limit itself is allowed");
  }

  @Test
  void badBytesNameTheTopicAndTheProblem() {
    SerializationException e =
        assertThrows(
            SerializationException.class,
            () -> articles.deserializer().deserialize("news.articles", "not json".getBytes(StandardCharsets.UTF_8)));
    assertTrue(e.getMessage().contains("news.articles"), e.getMessage());
    assertTrue(e.getMessage().startsWith("Unreadable Article"), e.getMessage());
  }

  @Test
  void jsonOfTheWrongShapeIsRefusedWithTheBrokenField() {
    byte[] wrongShape = "{\"id\":\"a1\",\"sourceId\":\"x\"}".getBytes(StandardCharsets.UTF_8);
    SerializationException e =
        assertThrows(
            SerializationException.class,
            () -> articles.deserializer().deserialize("news.articles", wrongShape));
    assertTrue(e.getMessage().contains("Invalid Article on topic news.articles"), e.getMessage());
    assertTrue(e.getMessage().contains("url is required"), e.getMessage());
  }

  @Test
  void unknownLanguageIsRefused() {
    String json = new String(articles.serializer().serialize("t", article()), StandardCharsets.UTF_8)
        .replace("sr-Latn", "klingon");
    SerializationException e =
        assertThrows(
            SerializationException.class,
            () -> articles.deserializer().deserialize("t", json.getBytes(StandardCharsets.UTF_8)));
    assertTrue(e.getMessage().contains("klingon"), e.getMessage());
  }

  @Test
  void aNewerSchemaVersionIsRefusedRatherThanMisread() {
    String json = new String(articles.serializer().serialize("t", article()), StandardCharsets.UTF_8)
        .replace("\"schemaVersion\":1", "\"schemaVersion\":99");
    SerializationException e =
        assertThrows(
            SerializationException.class,
            () -> articles.deserializer().deserialize("t", json.getBytes(StandardCharsets.UTF_8)));
    assertTrue(e.getMessage().contains("schemaVersion 99"), e.getMessage());
  }

  private static Statement statement(String text) {
    return new Statement(
        1,
        "s1",
        new Speaker("Q1", "Maria Zakharova", true, "RU", "spokeswoman"),
        text,
        StatementKind.DIRECT,
        Language.RU,
        ArticleRef.of(article()),
        10,
        42,
        List.of(new TopicMatch("kosovo", "Kosovo and Metohija", 2.0, List.of("Косово"), List.of())),
        List.of(),
        List.of("Q1"),
        Instant.parse("2026-11-20T09:17:00Z"));
  }

  @Test
  void tombstonesStayNull() {
    assertNull(articles.deserializer().deserialize("t", null));
    assertNull(articles.serializer().serialize("t", null));
  }
}
