package io.newswatch.enrich.topics;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswatch.common.json.Json;
import io.newswatch.common.model.TopicDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loads topic definitions from {@code seeds/topics.yaml}: bad entries are reported and skipped. */
public final class TopicCatalogue {
  private static final Logger LOG = LoggerFactory.getLogger(TopicCatalogue.class);

  private final List<TopicDefinition> topics;
  private final List<String> problems;

  private TopicCatalogue(List<TopicDefinition> topics, List<String> problems) {
    this.topics = List.copyOf(topics);
    this.problems = List.copyOf(problems);
  }

  /**
   * Reads a YAML file holding a list of topics or a mapping with a {@code topics} list.
   *
   * @throws UncheckedIOException when the file cannot be read or is not YAML
   * @throws IllegalArgumentException when it holds no list of topics
   */
  public static TopicCatalogue load(Path yaml) {
    JsonNode root;
    try (InputStream in = Files.newInputStream(yaml)) {
      root = Json.yaml().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read topic catalogue " + yaml + ": " + e.getMessage(), e);
    }
    JsonNode list = root != null && root.isObject() ? root.get("topics") : root;
    if (list == null || !list.isArray()) {
      throw new IllegalArgumentException(
          "topic catalogue " + yaml + " holds no list of topics (expected a list or a 'topics:' key)");
    }
    Map<String, TopicDefinition> byId = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    int index = 0;
    for (JsonNode entry : list) {
      String id = entry.hasNonNull("id") ? entry.get("id").asText() : "#" + index;
      index++;
      try {
        TopicDefinition topic = Json.yaml().treeToValue(entry, TopicDefinition.class);
        if (byId.putIfAbsent(topic.id(), topic) != null) {
          problems.add(topic.id() + ": duplicate id, the first entry is kept");
        }
      } catch (IOException | IllegalArgumentException e) {
        problems.add(id + ": " + rootMessage(e));
      }
    }
    for (String problem : problems) {
      LOG.warn("topic catalogue {}: skipped entry {}", yaml, problem);
    }
    return new TopicCatalogue(new ArrayList<>(byId.values()), problems);
  }

  public List<TopicDefinition> topics() {
    return topics;
  }

  /** Entries skipped at load, each as {@code <id>: <reason>}. */
  public List<String> problems() {
    return problems;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    return message.lines().findFirst().orElse(message);
  }
}
