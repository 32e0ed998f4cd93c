package io.newswatch.common.model;

import java.util.List;

/**
 * A topic assigned to a text, with the evidence for it.
 *
 * @param topicId id from the topic catalogue, e.g. {@code kosovo}
 * @param name display name
 * @param score summed weight of the rules that matched
 * @param terms the terms or phrases that matched, as written in the text
 * @param evidence where they matched
 */
public record TopicMatch(
    String topicId, String name, double score, List<String> terms, List<Span> evidence) {
  public TopicMatch {
    Require.text(topicId, "topicId");
    name = name == null ? topicId : name;
    terms = Require.list(terms);
    evidence = Require.list(evidence);
  }
}
