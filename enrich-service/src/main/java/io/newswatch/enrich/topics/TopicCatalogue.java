package io.newswatch.enrich.topics;

import io.newswatch.common.model.TopicDefinition;
import io.newswatch.enrich.CatalogueFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Loads topic definitions from {@code seeds/topics.yaml}: bad entries are reported and skipped. */
public final class TopicCatalogue {

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
    CatalogueFile<TopicDefinition> file =
        CatalogueFile.load(yaml, "topics", TopicDefinition.class, TopicDefinition::id);
    return new TopicCatalogue(new ArrayList<>(file.entries().values()), new ArrayList<>(file.problems()));
  }

  public List<TopicDefinition> topics() {
    return topics;
  }

  /** Entries skipped at load, each as {@code <id>: <reason>}. */
  public List<String> problems() {
    return problems;
  }
}
