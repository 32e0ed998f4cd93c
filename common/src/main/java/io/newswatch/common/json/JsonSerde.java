package io.newswatch.common.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * JSON serde for one record type. Bad bytes become a {@link SerializationException} that names the
 * topic and what was wrong, which the DLQ handlers copy into the dead letter's headers. A null
 * value (a tombstone) stays null both ways.
 */
public final class JsonSerde<T> implements Serde<T> {
  private final Class<T> type;
  private final ObjectReader reader;
  private final ObjectWriter writer;

  public JsonSerde(Class<T> type) {
    this.type = type;
    this.reader = Json.mapper().readerFor(type);
    this.writer = Json.mapper().writerFor(type);
  }

  public Class<T> type() {
    return type;
  }

  @Override
  public Serializer<T> serializer() {
    return (topic, value) -> {
      if (value == null) {
        return null;
      }
      try {
        return writer.writeValueAsBytes(value);
      } catch (JsonProcessingException e) {
        throw new SerializationException(
            "Cannot write " + type.getSimpleName() + " to topic " + topic + ": " + e.getOriginalMessage(),
            e);
      }
    };
  }

  @Override
  public Deserializer<T> deserializer() {
    return (topic, data) -> {
      if (data == null) {
        return null;
      }
      try {
        return reader.readValue(data);
      } catch (ValueInstantiationException e) {
        // The JSON parsed but broke the record's contract (a missing id, an unknown language ...).
        Throwable cause = e.getCause() == null ? e : e.getCause();
        throw new SerializationException(
            "Invalid " + type.getSimpleName() + " on topic " + topic + ": " + cause.getMessage(), e);
      } catch (JsonProcessingException e) {
        throw new SerializationException(
            "Unreadable " + type.getSimpleName() + " on topic " + topic + ": " + e.getOriginalMessage(),
            e);
      } catch (IOException e) {
        throw new SerializationException(
            "Unreadable " + type.getSimpleName() + " on topic " + topic + ": " + e.getMessage(), e);
      }
    };
  }
}
