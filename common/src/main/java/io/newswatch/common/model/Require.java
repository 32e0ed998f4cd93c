package io.newswatch.common.model;

import java.util.List;
import java.util.Map;

/** Validation helpers for record constructors: a record that breaks its contract never exists. */
final class Require {
  private Require() {}

  static String text(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " is required");
    }
    return value;
  }

  static <T> T present(T value, String field) {
    if (value == null) {
      throw new IllegalArgumentException(field + " is required");
    }
    return value;
  }

  static <T> List<T> list(List<T> value) {
    return value == null ? List.of() : List.copyOf(value);
  }

  static <K, V> Map<K, V> map(Map<K, V> value) {
    return value == null ? Map.of() : Map.copyOf(value);
  }

  static int version(int schemaVersion, int current) {
    if (schemaVersion == 0) {
      return current;
    }
    if (schemaVersion < 0 || schemaVersion > current) {
      throw new IllegalArgumentException(
          "schemaVersion " + schemaVersion + " is not supported (this build reads up to " + current + ")");
    }
    return schemaVersion;
  }
}
