package io.newswatch.common.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a reprint relates to the statement that alerted first. */
public enum EchoKind {
  /** The same words after normalisation (script, diacritics, case, punctuation). */
  VERBATIM,
  /** Nearly the same words: a changed word or a trimmed sentence. */
  NEAR,
  /** Probably the same statement in another language. */
  TRANSLATION;

  @JsonValue
  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static EchoKind fromJson(String value) {
    return valueOf(value.trim().toUpperCase(Locale.ROOT));
  }
}
