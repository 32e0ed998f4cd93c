package io.newswatch.common.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.newswatch.common.metrics.MetricNames;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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
 */
public final class DeadLetterHandler
    implements DeserializationExceptionHandler, ProcessingExceptionHandler {
  /** Config key under which a service passes its registry. */
  public static final String METER_REGISTRY_CONFIG = "newswatch.meter.registry";

  private static final Logger LOG = LoggerFactory.getLogger(DeadLetterHandler.class);

  private MeterRegistry registry = Metrics.globalRegistry;

  @Override
  public void configure(Map<String, ?> configs) {
    if (configs.get(METER_REGISTRY_CONFIG) instanceof MeterRegistry configured) {
      registry = configured;
    }
  }

  @Override
  public DeserializationExceptionHandler.Response handleError(
      ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
    return DeserializationExceptionHandler.Response.resume(
        List.of(deadLetter(context, record.key(), record.value(), "deserialization", exception)));
  }

  @Override
  public ProcessingExceptionHandler.Response handleError(
      ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
    return ProcessingExceptionHandler.Response.resume(
        List.of(
            deadLetter(
                context, context.sourceRawKey(), context.sourceRawValue(), "processing", exception)));
  }

  private org.apache.kafka.clients.producer.ProducerRecord<byte[], byte[]> deadLetter(
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
