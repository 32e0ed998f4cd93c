package io.newswatch.alert;

import io.newswatch.common.json.JsonSerde;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The novelty store's wordings in a compact binary form, read back in JSON too.
 *
 * <p>Every statement reads the earlier wordings its speaker may have repeated or translated, up
 * to a few hundred: in {@code bench/run pipeline} parsing their JSON took over a quarter of the
 * alert stream thread. Here a wording is its fields one after another: a version byte, then
 * strings as a length (-1 for null) and UTF-8, numbers as they are, lists as a count and their
 * items.
 *
 * <p>Wordings written as JSON by earlier versions (they start with {@code '{'}) are still read, so
 * a store and its changelog carry over an upgrade; a downgrade would not read the new form.
 */
final class SeenStatementSerde implements Serde<SeenStatement> {
  static final byte VERSION = 1;

  private final JsonSerde<SeenStatement> json = new JsonSerde<>(SeenStatement.class);

  @Override
  public Serializer<SeenStatement> serializer() {
    return (topic, seen) -> seen == null ? null : write(seen);
  }

  @Override
  public Deserializer<SeenStatement> deserializer() {
    Deserializer<SeenStatement> legacy = json.deserializer();
    return (topic, data) -> {
      if (data == null) {
        return null;
      }
      if (data.length > 0 && data[0] == '{') {
        return legacy.deserialize(topic, data);
      }
      if (data.length == 0 || data[0] != VERSION) {
        throw new SerializationException("Unreadable wording in " + topic + ": "
            + (data.length == 0 ? "no bytes" : "unknown format " + data[0]));
      }
      try {
        return read(ByteBuffer.wrap(data, 1, data.length - 1));
      } catch (BufferUnderflowException | IllegalArgumentException e) {
        throw new SerializationException("Unreadable wording in " + topic + ": truncated or corrupt", e);
      }
    };
  }

  static byte[] write(SeenStatement seen) {
    byte[][] strings = {
      utf8(seen.key()), utf8(seen.statementId()), utf8(seen.speakerId()), utf8(seen.language()),
      utf8(seen.articleId()), utf8(seen.clusterId())
    };
    List<byte[]> tokens = seen.tokens().stream().map(SeenStatementSerde::utf8).toList();
    List<byte[]> topics = seen.topics().stream().map(SeenStatementSerde::utf8).toList();
    // Version, seenAt, the shingle count, the shingles and words; then the strings.
    int size = 1 + Long.BYTES + Integer.BYTES * (2 + seen.shingles().length) + listSize(tokens) + listSize(topics);
    for (byte[] string : strings) {
      size += stringSize(string);
    }
    ByteBuffer out = ByteBuffer.allocate(size);
    out.put(VERSION);
    for (int i = 0; i < 5; i++) {
      putString(out, strings[i]);
    }
    out.putLong(seen.seenAt());
    putString(out, strings[5]);
    out.putInt(seen.shingles().length);
    for (int shingle : seen.shingles()) {
      out.putInt(shingle);
    }
    out.putInt(seen.words());
    putStrings(out, tokens);
    putStrings(out, topics);
    return out.array();
  }

  private static SeenStatement read(ByteBuffer in) {
    String key = getString(in);
    String statementId = getString(in);
    String speakerId = getString(in);
    String language = getString(in);
    String articleId = getString(in);
    long seenAt = in.getLong();
    String clusterId = getString(in);
    int[] shingles = new int[count(in, Integer.BYTES)];
    for (int i = 0; i < shingles.length; i++) {
      shingles[i] = in.getInt();
    }
    int words = in.getInt();
    List<String> tokens = getStrings(in);
    List<String> topics = getStrings(in);
    if (in.hasRemaining()) {
      throw new IllegalArgumentException(in.remaining() + " bytes after the last field");
    }
    return new SeenStatement(key, statementId, speakerId, language, articleId, seenAt, clusterId, shingles, words,
        tokens, topics);
  }

  private static byte[] utf8(String s) {
    return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
  }

  private static int stringSize(byte[] s) {
    return Integer.BYTES + (s == null ? 0 : s.length);
  }

  /** A list is its count, then its strings. */
  private static int listSize(List<byte[]> strings) {
    int size = Integer.BYTES;
    for (byte[] s : strings) {
      size += stringSize(s);
    }
    return size;
  }

  private static void putString(ByteBuffer out, byte[] s) {
    out.putInt(s == null ? -1 : s.length);
    if (s != null) {
      out.put(s);
    }
  }

  private static void putStrings(ByteBuffer out, List<byte[]> strings) {
    out.putInt(strings.size());
    strings.forEach(s -> putString(out, s));
  }

  private static String getString(ByteBuffer in) {
    int length = in.getInt();
    if (length == -1) {
      return null;
    }
    if (length < 0 || length > in.remaining()) {
      throw new IllegalArgumentException("a string of " + length + " bytes with " + in.remaining() + " left");
    }
    String s = new String(in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
    in.position(in.position() + length);
    return s;
  }

  private static List<String> getStrings(ByteBuffer in) {
    int n = count(in, Integer.BYTES);
    List<String> strings = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      strings.add(getString(in));
    }
    return strings;
  }

  /** A count of items of at least {@code itemBytes} each, checked against what is left. */
  private static int count(ByteBuffer in, int itemBytes) {
    int n = in.getInt();
    if (n < 0 || (long) n * itemBytes > in.remaining()) {
      throw new IllegalArgumentException("a count of " + n + " with " + in.remaining() + " bytes left");
    }
    return n;
  }
}
