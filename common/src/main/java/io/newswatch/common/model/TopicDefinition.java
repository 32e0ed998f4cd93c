package io.newswatch.common.model;

import java.util.List;
import java.util.Map;

/**
 * A watched topic and the rules that recognise it ({@code seeds/topics.yaml}, and the compacted
 * {@code newswatch.topic-rules} topic that replaces entries at run time).
 *
 * @param id stable id, e.g. {@code kosovo}
 * @param name display name
 * @param threshold minimum summed rule weight to assign the topic
 * @param rules Lucene query-parser rules per base language ({@code sr}, {@code ru}, {@code en});
 *     Serbian rules are written once and apply to both scripts
 */
public record TopicDefinition(
    String id, String name, double threshold, Map<String, List<Rule>> rules) {

  public TopicDefinition {
    Require.text(id, "topic id");
    name = name == null || name.isBlank() ? id : name;
    rules = Require.map(rules);
    if (rules.isEmpty()) {
      throw new IllegalArgumentException("topic " + id + " has no rules");
    }
    if (threshold < 0 || Double.isNaN(threshold)) {
      throw new IllegalArgumentException("topic " + id + " threshold must be >= 0");
    }
  }

  /** One boolean query with the weight it adds to the topic's score when it matches. */
  public record Rule(String query, double weight) {
    public Rule {
      Require.text(query, "rule query");
      weight = weight == 0 ? 1.0 : weight;
    }
  }
}
