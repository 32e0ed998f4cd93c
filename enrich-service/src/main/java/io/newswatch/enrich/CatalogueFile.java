package io.newswatch.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswatch.common.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a YAML catalogue of the seeds (actors, topics): a list of entries, or a mapping with the
 * list under one key. An entry that does not make a valid record is logged with its id and
 * skipped, so one typo does not take the whole catalogue down.
 *
 * @param entries the valid entries by id, in file order; of a duplicate id the first is kept
 * @param problems one line per skipped entry: its id (or position) and why
 */
public record CatalogueFile<T>(Map<String, T> entries, List<String> problems) {
  private static final Logger LOG = LoggerFactory.getLogger(CatalogueFile.class);

  public CatalogueFile {
    entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    problems = List.copyOf(problems);
  }

  /**
   * Loads {@code yaml}.
   *
   * @param listKey the key of the list when the file is a mapping, e.g. {@code actors}
   * @throws UncheckedIOException when the file cannot be read or is not YAML at all
   * @throws IllegalArgumentException when the file holds no list of entries
   */
  public static <T> CatalogueFile<T> load(
      Path yaml, String listKey, Class<T> type, Function<T, String> idOf) {
    JsonNode root;
    try (InputStream in = Files.newInputStream(yaml)) {
      root = Json.yaml().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read catalogue " + yaml + ": " + e.getMessage(), e);
    }
    JsonNode list = root != null && root.isObject() ? root.get(listKey) : root;
    if (list == null || !list.isArray()) {
      throw new IllegalArgumentException(
          "catalogue " + yaml + " holds no list of " + listKey + " (expected a list or a '" + listKey + ":' key)");
    }
    Map<String, T> byId = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    int index = 0;
    for (JsonNode entry : list) {
      String id = entry.hasNonNull("id") ? entry.get("id").asText() : "#" + index;
      index++;
      try {
        T value = Json.yaml().treeToValue(entry, type);
        if (byId.putIfAbsent(idOf.apply(value), value) != null) {
          problems.add(idOf.apply(value) + ": duplicate id, the first entry is kept");
        }
      } catch (IOException | IllegalArgumentException e) {
        problems.add(id + ": " + rootMessage(e));
      }
    }
    for (String problem : problems) {
      LOG.warn("catalogue {}: skipped entry {}", yaml, problem);
    }
    return new CatalogueFile<>(byId, problems);
  }

  /** The innermost cause's first line: what was wrong with the entry, without Jackson's framing. */
  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    return message.lines().findFirst().orElse(message);
  }
}
