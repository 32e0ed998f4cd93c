package io.newswatch.alert;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswatch.common.json.JsonSerde;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.junit.jupiter.api.Test;

class SeenStatementSerdeTest {
  private static final String STORE = "novelty-wordings-changelog";

  private final SeenStatementSerde serde = new SeenStatementSerde();
  private final Deserializer<SeenStatement> read = serde.deserializer();

  private static SeenStatement wording() {
    return new SeenStatement("nw:vucic|kosovo je srbija", "s1", "nw:vucic", "sr", "a1", 1_714_636_800_000L, "c1",
        new int[] {-7, 0, 42, Integer.MAX_VALUE}, 3, List.of("косово", "1244", "Priština"), List.of("kosovo", "unsc"));
  }

  private static void assertSameWording(SeenStatement expected, SeenStatement actual) {
    assertEquals(expected.key(), actual.key());
    assertEquals(expected.statementId(), actual.statementId());
    assertEquals(expected.speakerId(), actual.speakerId());
    assertEquals(expected.language(), actual.language());
    assertEquals(expected.articleId(), actual.articleId());
    assertEquals(expected.seenAt(), actual.seenAt());
    assertEquals(expected.clusterId(), actual.clusterId());
    assertArrayEquals(expected.shingles(), actual.shingles());
    assertEquals(expected.words(), actual.words());
    assertEquals(expected.tokens(), actual.tokens());
    assertEquals(expected.topics(), actual.topics());
  }

  @Test
  void aWordingReadsBackFieldForFieldInFewerBytesThanItsJson() {
    SeenStatement seen = wording();
    byte[] bytes = serde.serializer().serialize(STORE, seen);
    assertEquals(SeenStatementSerde.VERSION, bytes[0]);
    assertSameWording(seen, read.deserialize(STORE, bytes));
    byte[] json = new JsonSerde<>(SeenStatement.class).serializer().serialize(STORE, seen);
    assertTrue(bytes.length < json.length, bytes.length + " bytes against " + json.length + " of JSON");
  }

  @Test
  void nullFieldsAndEmptyListsReadBackAsWritten() {
    SeenStatement sparse = new SeenStatement("k", null, "unknown", "ru", null, 0L, "c", new int[0], 0, List.of(), List.of());
    assertSameWording(sparse, read.deserialize(STORE, serde.serializer().serialize(STORE, sparse)));
  }

  @Test
  void aWordingWrittenAsJsonByAnEarlierVersionIsStillRead() {
    SeenStatement seen = wording();
    byte[] json = new JsonSerde<>(SeenStatement.class).serializer().serialize(STORE, seen);
    assertSameWording(seen, read.deserialize(STORE, json));
  }

  @Test
  void aTombstoneStaysNull() {
    assertNull(serde.serializer().serialize(STORE, null));
    assertNull(read.deserialize(STORE, null));
  }

  @Test
  void truncatedUnknownOrTrailingBytesAreRefusedWithAReason() {
    byte[] bytes = serde.serializer().serialize(STORE, wording());
    for (int cut : new int[] {1, 5, bytes.length / 2, bytes.length - 1}) {
      byte[] truncated = Arrays.copyOf(bytes, cut);
      SerializationException e = assertThrows(SerializationException.class, () -> read.deserialize(STORE, truncated));
      assertTrue(e.getMessage().contains(STORE), e.getMessage());
    }
    byte[] longer = Arrays.copyOf(bytes, bytes.length + 3);
    assertThrows(SerializationException.class, () -> read.deserialize(STORE, longer));
    assertThrows(SerializationException.class, () -> read.deserialize(STORE, new byte[0]));
    SerializationException unknown =
        assertThrows(SerializationException.class, () -> read.deserialize(STORE, "x".getBytes(StandardCharsets.UTF_8)));
    assertTrue(unknown.getMessage().contains("unknown format"), unknown.getMessage());
  }
}
