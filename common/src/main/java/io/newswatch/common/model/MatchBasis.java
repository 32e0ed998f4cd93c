package io.newswatch.common.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Which topics satisfied a watch: the statement's own, or only its article's. */
public enum MatchBasis {
  STATEMENT,
  ARTICLE;

  @JsonValue
  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static MatchBasis fromJson(String value) {
    return valueOf(value.trim().toUpperCase(Locale.ROOT));
  }
}
