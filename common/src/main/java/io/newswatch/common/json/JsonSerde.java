package io.newswatch.common.json;

import com.fasterxml.jackson.core.JsonLocation;
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
        // The JSON parsed but broke the record's contract (a missing id, an unknown language ...):
        // the record's own message says which, Jackson's wrapper only repeats it.
        Throwable cause = e.getCause() == null ? e : e.getCause();
        String problem = cause == e ? e.getOriginalMessage() : cause.getMessage();
        SerializationException refused =
            new SerializationException(
                "Invalid " + type.getSimpleName() + " on topic " + topic + ": " + problem + where(e), cause);
        if (cause != e) {
          refused.addSuppressed(e);
        }
        throw refused;
      } catch (JsonProcessingException e) {
        throw new SerializationException(
            "Unreadable " + type.getSimpleName() + " on topic " + topic + ": " + e.getOriginalMessage() + where(e),
            e);
      } catch (IOException e) {
        throw new SerializationException(
            "Unreadable " + type.getSimpleName() + " on topic " + topic + ": " + e.getMessage(), e);
      }
    };
  }

  /**
   * Where in the record Jackson stopped, as " (line L, column C)"; its own message gives this with
   * an excerpt of the bytes, which a dead letter already carries whole.
   */
  static String where(JsonProcessingException e) {
    JsonLocation location = e.getLocation();
    if (location == null || location.getLineNr() < 1) {
      return "";
    }
    return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }
}
