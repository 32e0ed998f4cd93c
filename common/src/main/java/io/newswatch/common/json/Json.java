package io.newswatch.common.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import java.io.UncheckedIOException;

/** The one JSON (and YAML) mapping every service uses, so records look the same on every topic. */
public final class Json {
  /**
   * Texts are bounded by the ingest size cap long before this, but a hostile record must not make
   * the parser allocate without limit.
   */
  private static final int MAX_STRING_LENGTH = 20_000_000;

  private static final ObjectMapper MAPPER =
      configure(
          JsonMapper.builder()
              .addModule(new JavaTimeModule())
              .addModule(new BlackbirdModule())
              // Readers accept fields added by a newer writer; schemaVersion says when that matters.
              .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
              // A missing schemaVersion reads as 0, which the records take for the current one.
              .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
              .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
              .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
              .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
              .build());

  private static final ObjectMapper YAML =
      YAMLMapper.builder(new YAMLFactory())
          .addModule(new JavaTimeModule())
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
          .build();

  private Json() {}

  private static ObjectMapper configure(ObjectMapper mapper) {
    mapper
        .getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder().maxStringLength(MAX_STRING_LENGTH).build());
    return mapper;
  }

  /** The shared mapper; thread-safe, do not reconfigure. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** A mapper for the YAML catalogues in {@code seeds/}. */
  public static ObjectMapper yaml() {
    return YAML;
  }

  /** Writes a value as compact JSON. */
  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a value as indented JSON, for people. */
  public static String pretty(Object value) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
