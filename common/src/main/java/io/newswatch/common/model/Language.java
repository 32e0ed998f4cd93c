package io.newswatch.common.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The language editions Newswatch reads. Serbian is one language in two scripts, so the script is
 * part of the tag (BCP 47 style), as outlets publish separate editions per script.
 */
public enum Language {
  SR_LATN("sr-Latn", "sr"),
  SR_CYRL("sr-Cyrl", "sr"),
  RU("ru", "ru"),
  EN("en", "en");

  private final String tag;
  private final String base;

  Language(String tag, String base) {
    this.tag = tag;
    this.base = base;
  }

  /** The BCP 47 tag written in records and catalogues, e.g. {@code sr-Latn}. */
  @JsonValue
  public String tag() {
    return tag;
  }

  /** The language without its script: {@code sr}, {@code ru} or {@code en}. */
  public String base() {
    return base;
  }

  /** Parses a tag case-insensitively ({@code sr-latn}, {@code sr_Latn} and {@code SR-LATN} all work). */
  @JsonCreator
  public static Language fromTag(String tag) {
    if (tag == null) {
      throw new IllegalArgumentException("language is required");
    }
    String wanted = tag.trim().replace('_', '-').toLowerCase(Locale.ROOT);
    for (Language language : values()) {
      if (language.tag.toLowerCase(Locale.ROOT).equals(wanted)) {
        return language;
      }
    }
    throw new IllegalArgumentException(
        "unknown language '" + tag + "' (expected one of sr-Latn, sr-Cyrl, ru, en)");
  }

  @Override
  public String toString() {
    return tag;
  }
}
