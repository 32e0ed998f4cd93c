package io.newswatch.common.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Builds dead-letter records: the original key and value bytes, unchanged, with headers that say
 * where the record came from and why it could not be processed.
 */
public final class DeadLetters {
  public static final String REASON = "newswatch.dlq.reason";
  public static final String EXCEPTION = "newswatch.dlq.exception";
  public static final String STAGE = "newswatch.dlq.stage";
  public static final String SOURCE_TOPIC = "newswatch.dlq.topic";
  public static final String SOURCE_PARTITION = "newswatch.dlq.partition";
  public static final String SOURCE_OFFSET = "newswatch.dlq.offset";
  public static final String FAILED_AT = "newswatch.dlq.failed-at";

  /** Reasons are for people; a stack trace in a header would only bloat the topic. */
  private static final int MAX_REASON_LENGTH = 2_000;

  private DeadLetters() {}

  /** The dead-letter topic of an input topic: the catalogue's when it names one, else {@code <topic>.dlq}. */
  public static String topicFor(String sourceTopic) {
    return Topics.byName(sourceTopic)
        .map(TopicSpec::dlq)
        .filter(dlq -> dlq != null)
        .orElse(sourceTopic + ".dlq");
  }

  /**
   * A dead letter for a record read from {@code sourceTopic}.
   *
   * @param stage what failed, e.g. {@code deserialization}, {@code processing}, {@code fetch}
   */
  public static ProducerRecord<byte[], byte[]> record(
      String sourceTopic,
      int partition,
      long offset,
      byte[] key,
      byte[] value,
      Headers original,
      String stage,
      Throwable error) {
    Headers headers = new RecordHeaders();
    if (original != null) {
      for (Header header : original) {
        if (!header.key().startsWith("newswatch.dlq.")) {
          headers.add(header);
        }
      }
    }
    put(headers, REASON, reason(error));
    put(headers, EXCEPTION, error.getClass().getName());
    put(headers, STAGE, stage);
    put(headers, SOURCE_TOPIC, sourceTopic);
    put(headers, SOURCE_PARTITION, Integer.toString(partition));
    put(headers, SOURCE_OFFSET, Long.toString(offset));
    put(headers, FAILED_AT, Instant.now().toString());
    return new ProducerRecord<>(topicFor(sourceTopic), null, key, value, headers);
  }

  /** A dead letter that did not come from a topic, such as a page the ingest service rejected. */
  public static ProducerRecord<byte[], byte[]> record(
      String deadLetterTopic, String key, byte[] value, String stage, String reason) {
    Headers headers = new RecordHeaders();
    put(headers, REASON, truncate(reason));
    put(headers, STAGE, stage);
    put(headers, FAILED_AT, Instant.now().toString());
    return new ProducerRecord<>(
        deadLetterTopic, null, key == null ? null : key.getBytes(StandardCharsets.UTF_8), value, headers);
  }

  /** The reason header of a dead letter, if it has one. */
  public static Optional<String> header(Headers headers, String name) {
    Header header = headers.lastHeader(name);
    return header == null
        ? Optional.empty()
        : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
  }

  /**
   * The messages of the exception and its causes, which is what tells an operator what was wrong;
   * a message already given (a wrapper usually repeats its cause's) is not given again.
   */
  static String reason(Throwable error) {
    StringBuilder reason = new StringBuilder();
    Throwable current = error;
    int depth = 0;
    while (current != null && depth++ < 5) {
      // Jackson's message adds the location and an excerpt of the input on further lines; the
      // original message is what a wrapper repeats, and the input is the dead letter's value.
      String message =
          current instanceof JsonProcessingException json ? json.getOriginalMessage() : current.getMessage();
      if (message != null && !message.isBlank() && reason.indexOf(message) < 0) {
        if (!reason.isEmpty()) {
          reason.append(" <- ");
        }
        reason.append(message);
      }
      current = current.getCause();
    }
    if (reason.isEmpty()) {
      StringWriter trace = new StringWriter();
      error.printStackTrace(new PrintWriter(trace));
      reason.append(trace.toString().lines().limit(3).reduce((a, b) -> a + " " + b).orElse("?"));
    }
    return truncate(reason.toString());
  }

  private static String truncate(String text) {
    return text.length() <= MAX_REASON_LENGTH ? text : text.substring(0, MAX_REASON_LENGTH) + "...";
  }

  private static void put(Headers headers, String key, String value) {
    headers.remove(key);
    headers.add(key, value.getBytes(StandardCharsets.UTF_8));
  }
}
