package io.newswatch.alert;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.newswatch.common.json.Json;
import io.newswatch.common.model.Watch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads watches from YAML (or JSON): a list of watches, a mapping with a {@code watches} list, or
 * a single watch. Every problem is an {@link IllegalArgumentException} naming the file, the entry
 * and what is wrong, so neither the service nor the CLI ever publishes a bad watch.
 */
public final class WatchFile {
  private WatchFile() {}

  public static List<Watch> read(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return parse(text, file.toString());
  }

  public static List<Watch> parse(String text, String origin) {
    JsonNode root;
    try {
      root = Json.yaml().readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(origin + " is not valid YAML: " + e.getOriginalMessage(), e);
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      return List.of();
    }
    JsonNode items = root.isObject() && root.has("watches") ? root.get("watches") : root;
    List<JsonNode> entries = new ArrayList<>();
    if (items.isArray()) {
      items.forEach(entries::add);
    } else if (items.isObject()) {
      entries.add(items);
    } else {
      throw new IllegalArgumentException(origin + " holds no watch list");
    }
    List<Watch> watches = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      Watch watch = toWatch(entries.get(i), origin + " entry " + (i + 1));
      if (!ids.add(watch.id())) {
        throw new IllegalArgumentException(origin + " names watch " + watch.id() + " twice");
      }
      watches.add(watch);
    }
    return List.copyOf(watches);
  }

  private static Watch toWatch(JsonNode node, String where) {
    String id = node.path("id").asText("?");
    try {
      return Json.mapper().treeToValue(node, Watch.class);
    } catch (ValueInstantiationException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new IllegalArgumentException(where + " (" + id + "): " + cause.getMessage(), e);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(where + " (" + id + "): " + e.getOriginalMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + " (" + id + "): " + e.getMessage(), e);
    }
  }
}
