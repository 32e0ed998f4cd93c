package io.newswatch.common.model;

import java.net.URI;
import java.util.List;

/**
 * What a user wants to be alerted about, on the compacted {@code newswatch.watches} topic (key: the
 * id; a null value removes the watch).
 *
 * @param schemaVersion record layout version
 * @param id stable id, {@code [a-z0-9-]+}
 * @param name display name
 * @param topics topic ids
 * @param topicMode whether any or all of the topics must match
 * @param actors speaker actor ids; empty means any speaker
 * @param actorCountries speaker countries (ISO codes); empty means any
 * @param outlets outlet ids; empty means all
 * @param languages languages; empty means all
 * @param minScore minimum topic score
 * @param acceptArticleTopics whether the article's topics may satisfy the watch when the
 *     statement's own topics do not
 * @param translationEchoes whether a translated reprint is linked as an echo instead of alerting
 * @param ownTopic whether alerts also go to {@code alerts.<id>}
 * @param webhook URL that receives a JSON POST per alert, or null
 */
public record Watch(
    int schemaVersion,
    String id,
    String name,
    List<String> topics,
    TopicMode topicMode,
    List<String> actors,
    List<String> actorCountries,
    List<String> outlets,
    List<Language> languages,
    double minScore,
    boolean acceptArticleTopics,
    Boolean translationEchoes,
    boolean ownTopic,
    String webhook) {
  public static final int CURRENT_VERSION = 1;

  public Watch {
    schemaVersion = Require.version(schemaVersion, CURRENT_VERSION);
    Require.text(id, "watch id");
    if (!id.matches("[a-z0-9][a-z0-9-]*")) {
      throw new IllegalArgumentException("watch id '" + id + "' must match [a-z0-9][a-z0-9-]*");
    }
    if (id.equals("echoes")) {
      // alerts.echoes is the echo topic; a watch of that id would write its alerts into it.
      throw new IllegalArgumentException("watch id 'echoes' is reserved");
    }
    name = name == null || name.isBlank() ? id : name;
    topics = Require.list(topics);
    if (topics.isEmpty()) {
      throw new IllegalArgumentException("watch " + id + " names no topic");
    }
    topicMode = topicMode == null ? TopicMode.ANY : topicMode;
    actors = Require.list(actors);
    actorCountries = Require.list(actorCountries);
    outlets = Require.list(outlets);
    languages = Require.list(languages);
    if (minScore < 0 || Double.isNaN(minScore)) {
      throw new IllegalArgumentException("watch " + id + " minScore must be >= 0");
    }
    translationEchoes = translationEchoes == null ? Boolean.TRUE : translationEchoes;
    if (webhook != null && !webhook.isBlank()) {
      URI uri;
      try {
        uri = URI.create(webhook);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("watch " + id + " webhook is not a URL: " + webhook);
      }
      if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
        throw new IllegalArgumentException("watch " + id + " webhook must be http or https");
      }
    } else {
      webhook = null;
    }
  }

  /** The topic that receives this watch's alerts besides {@code alerts}, when it has its own. */
  public String ownTopicName() {
    return "alerts." + id;
  }
}
