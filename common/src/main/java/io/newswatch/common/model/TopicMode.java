package io.newswatch.common.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Whether a watch needs any or all of its topics. */
public enum TopicMode {
  ANY,
  ALL;

  @JsonValue
  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static TopicMode fromJson(String value) {
    return valueOf(value.trim().toUpperCase(Locale.ROOT));
  }
}
