package io.newswatch.common.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Whether a statement is quoted word for word or reported. */
public enum StatementKind {
  DIRECT,
  INDIRECT;

  @JsonValue
  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static StatementKind fromJson(String value) {
    return valueOf(value.trim().toUpperCase(Locale.ROOT));
  }
}
