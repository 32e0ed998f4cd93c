package io.newswatch.alert;

import io.newswatch.common.model.MatchBasis;
import io.newswatch.common.model.Statement;
import io.newswatch.common.model.TopicMatch;
import io.newswatch.common.model.TopicMode;
import io.newswatch.common.model.Watch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Decides whether a statement satisfies a watch, and on what basis. No Kafka in here. */
public final class WatchMatcher {
  private WatchMatcher() {}

  /** The match, or empty when a filter (speaker, outlet, language) or the topics rule it out. */
  public static Optional<WatchMatch> match(Watch watch, Statement statement) {
    if (!speakerAccepted(watch, statement)
        || !outletAccepted(watch, statement)
        || !(watch.languages().isEmpty() || watch.languages().contains(statement.language()))) {
      return Optional.empty();
    }
    Map<String, TopicMatch> own = scored(statement.topics(), watch.minScore());
    Optional<List<TopicMatch>> byOwn = satisfy(watch, own);
    if (byOwn.isPresent()) {
      return Optional.of(new WatchMatch(MatchBasis.STATEMENT, byOwn.get()));
    }
    if (!watch.acceptArticleTopics()) {
      return Optional.empty();
    }
    // The statement's own sentence wins when a topic is in both: its evidence is closer to the words.
    Map<String, TopicMatch> combined = scored(statement.articleTopics(), watch.minScore());
    combined.putAll(own);
    return satisfy(watch, combined).map(topics -> new WatchMatch(MatchBasis.ARTICLE, topics));
  }

  private static Optional<List<TopicMatch>> satisfy(Watch watch, Map<String, TopicMatch> found) {
    List<TopicMatch> matched = new ArrayList<>();
    for (String topic : watch.topics()) {
      TopicMatch match = found.get(topic);
      if (match != null) {
        matched.add(match);
      } else if (watch.topicMode() == TopicMode.ALL) {
        return Optional.empty();
      }
    }
    return matched.isEmpty() ? Optional.empty() : Optional.of(matched);
  }

  private static Map<String, TopicMatch> scored(List<TopicMatch> topics, double minScore) {
    Map<String, TopicMatch> byId = new LinkedHashMap<>();
    for (TopicMatch topic : topics) {
      if (topic.score() >= minScore) {
        byId.merge(topic.topicId(), topic, (a, b) -> a.score() >= b.score() ? a : b);
      }
    }
    return byId;
  }

  /**
   * Actors and countries widen each other ("Zakharova, or any Russian official"): a speaker passes
   * when either list names it; with both empty every speaker passes, the unknown one included.
   */
  private static boolean speakerAccepted(Watch watch, Statement statement) {
    if (watch.actors().isEmpty() && watch.actorCountries().isEmpty()) {
      return true;
    }
    if (statement.speaker().isUnknown()) {
      return false;
    }
    if (watch.actors().contains(statement.speaker().id())) {
      return true;
    }
    String country = statement.speaker().country();
    return country != null
        && watch.actorCountries().stream().anyMatch(c -> c.equalsIgnoreCase(country.trim()));
  }

  /** Watches name outlets by outlet id or by catalogue source id; either is accepted. */
  private static boolean outletAccepted(Watch watch, Statement statement) {
    if (watch.outlets().isEmpty()) {
      return true;
    }
    String outlet = lower(statement.article().outlet());
    String source = lower(statement.article().sourceId());
    return watch.outlets().stream()
        .map(WatchMatcher::lower)
        .anyMatch(o -> o.equals(outlet) || o.equals(source));
  }

  private static String lower(String value) {
    return value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
  }
}
