package io.newswatch.alert;

import io.newswatch.common.model.MatchBasis;
import io.newswatch.common.model.TopicMatch;
import java.util.List;

/**
 * Why a statement satisfies a watch.
 *
 * @param basis whether the statement's own topics did it, or the watch had to fall back on its
 *     article's topics
 * @param topics the topics that satisfied the watch, with their evidence
 */
public record WatchMatch(MatchBasis basis, List<TopicMatch> topics) {
  public WatchMatch {
    topics = List.copyOf(topics);
  }
}
