package io.newswatch.common.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The writing system of a text, as far as letters tell. */
public enum Script {
  LATIN,
  CYRILLIC,
  /** Both scripts in substantial amounts, e.g. a Cyrillic page quoting English names. */
  MIXED,
  /** No letters at all. */
  NONE;

  @JsonValue
  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static Script fromJson(String value) {
    return valueOf(value.trim().toUpperCase(Locale.ROOT));
  }
}
