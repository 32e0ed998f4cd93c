package io.newswatch.common.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.newswatch.common.json.Json;
import io.newswatch.common.metrics.MetricNames;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kafka Streams handler for records that cannot be read or processed: the record goes to its
 * topic's dead-letter topic with the reason in headers, and the stream goes on with the next one.
 * Under exactly-once the dead letter is written in the same transaction as the offsets, so a record
 * is never both skipped and lost.
 *
 * <p>Configure it with {@link StreamsSupport}; put a {@link MeterRegistry} under {@link
 * #METER_REGISTRY_CONFIG} to count dead letters there.
 *
 * <p>Records of topics that a topology reads into global stores need {@link #DIRECT_TOPICS_CONFIG}:
 * Kafka Streams' global thread cannot write dead letters itself (returning them there kills the
 * whole client), so for those topics the handler writes the dead letter with a producer of its own,
 * at least once, and tells the global thread to go on.
 */
public final class DeadLetterHandler
    implements DeserializationExceptionHandler, ProcessingExceptionHandler {
  /** Config key under which a service passes its registry. */
  public static final String METER_REGISTRY_CONFIG = "newswatch.meter.registry";

  /** Config key: comma-separated topics read into global stores (see the class comment). */
  public static final String DIRECT_TOPICS_CONFIG = "newswatch.dlq.direct.topics";

  private static final Logger LOG = LoggerFactory.getLogger(DeadLetterHandler.class);

  private MeterRegistry registry = Metrics.globalRegistry;
  private Set<String> directTopics = Set.of();
  private final Map<String, Object> producerConfigs = new HashMap<>();

  @Override
  public void configure(Map<String, ?> configs) {
    if (configs.get(METER_REGISTRY_CONFIG) instanceof MeterRegistry configured) {
      registry = configured;
    }
    if (configs.get(DIRECT_TOPICS_CONFIG) instanceof String topics && !topics.isBlank()) {
      directTopics = Set.of(topics.trim().split("\\s*,\\s*"));
    }
    // The client settings the service runs with (bootstrap, security), and nothing transactional.
    Set<String> producerNames = ProducerConfig.configNames();
    configs.forEach(
        (key, value) -> {
          if (value != null && producerNames.contains(key)) {
            producerConfigs.put(key, value);
          }
        });
    producerConfigs.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
    producerConfigs.remove(ProducerConfig.CLIENT_ID_CONFIG);
  }

  @Override
  public DeserializationExceptionHandler.Response handleError(
      ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
    ProducerRecord<byte[], byte[]> deadLetter =
        deadLetter(context, record.key(), record.value(), "deserialization", exception);
    if (directTopics.contains(context.topic())) {
      sendDirectly(deadLetter);
      return DeserializationExceptionHandler.Response.resume();
    }
    return DeserializationExceptionHandler.Response.resume(List.of(deadLetter));
  }

  /**
   * Writes one dead letter with a producer opened for it and closed after it. Kafka Streams never
   * closes its exception handlers, so a producer kept between letters would outlive the service;
   * letters on global-store topics are rare (a bad watch or catalogue entry), and opening a client
   * for each costs milliseconds.
   */
  private void sendDirectly(ProducerRecord<byte[], byte[]> deadLetter) {
    try (Producer<byte[], byte[]> producer =
        new KafkaProducer<>(producerConfigs, new ByteArraySerializer(), new ByteArraySerializer())) {
      producer.send(
          deadLetter,
          (metadata, error) -> {
            if (error != null) {
              LOG.error("Could not write the dead letter to {}: {}", deadLetter.topic(), error.toString());
            }
          });
      // The global thread goes on at once; make sure the letter is out before it can be forgotten.
      producer.flush();
    }
  }

  @Override
  public ProcessingExceptionHandler.Response handleError(
      ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
    // The global thread keeps no raw bytes of its records: there the letter carries the record
    // as it was read, written back as JSON (the form every Newswatch topic uses).
    byte[] key = context.sourceRawKey() != null ? context.sourceRawKey() : bytesOf(record.key());
    byte[] value = context.sourceRawValue() != null ? context.sourceRawValue() : bytesOf(record.value());
    ProducerRecord<byte[], byte[]> deadLetter = deadLetter(context, key, value, "processing", exception);
    if (directTopics.contains(context.topic())) {
      // A global store's processor failed (StreamsSupport enables the handler there too).
      sendDirectly(deadLetter);
      return ProcessingExceptionHandler.Response.resume();
    }
    return ProcessingExceptionHandler.Response.resume(List.of(deadLetter));
  }

  /** A key or value read from a topic, as bytes again: text as UTF-8, anything else as JSON. */
  static byte[] bytesOf(Object read) {
    if (read == null || read instanceof byte[]) {
      return (byte[]) read;
    }
    if (read instanceof String text) {
      return text.getBytes(StandardCharsets.UTF_8);
    }
    try {
      return Json.mapper().writeValueAsBytes(read);
    } catch (JsonProcessingException | RuntimeException e) {
      return String.valueOf(read).getBytes(StandardCharsets.UTF_8);
    }
  }

  private ProducerRecord<byte[], byte[]> deadLetter(
      ErrorHandlerContext context, byte[] key, byte[] value, String stage, Exception exception) {
    var deadLetter =
        DeadLetters.record(
            context.topic(),
            context.partition(),
            context.offset(),
            key,
            value,
            context.headers(),
            stage,
            exception);
    LOG.warn(
        "Sending {}-{}@{} to {} ({} failed): {}",
        context.topic(),
        context.partition(),
        context.offset(),
        deadLetter.topic(),
        stage,
        DeadLetters.reason(exception));
    registry
        .counter(MetricNames.DLQ_RECORDS, "topic", context.topic(), "stage", stage)
        .increment();
    return deadLetter;
  }
}
