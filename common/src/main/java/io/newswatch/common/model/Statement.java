package io.newswatch.common.model;

import java.time.Instant;
import java.util.List;

/**
 * Who said what, on {@code news.statements} (key: speaker id, so one speaker's statements meet in
 * one partition for novelty checks).
 *
 * @param schemaVersion record layout version
 * @param id stable hash of speaker id and normalised text: the same words by the same person have
 *     the same id in every outlet
 * @param speaker the resolved speaker, or {@link Speaker#UNKNOWN}
 * @param text the words, quoted (direct) or reported (indirect), in the original language and
 *     script; an attribution inside the words ("Russia, Lavrov said, will ...", "“Serbia,” Vucic
 *     said, “will ...”") is left out ("Russia will ..."), so the same words have the same id
 *     however an outlet places the attribution
 * @param kind direct or indirect
 * @param language language and script of the text
 * @param article where it was read
 * @param start offset in the article's text where the words start
 * @param end offset in the article's text just past the words (the span includes an attribution
 *     left out of {@code text})
 * @param topics topics of the statement's own sentence and paragraph
 * @param articleTopics topics of the whole article, as context
 * @param actors ids of the actors named in the article
 * @param extractedAt when the enricher found it
 */
public record Statement(
    int schemaVersion,
    String id,
    Speaker speaker,
    String text,
    StatementKind kind,
    Language language,
    ArticleRef article,
    int start,
    int end,
    List<TopicMatch> topics,
    List<TopicMatch> articleTopics,
    List<String> actors,
    Instant extractedAt) {
  public static final int CURRENT_VERSION = 1;

  /**
   * Longest text a statement may have, about 800 words (news quotes run to a few hundred
   * characters). Enrich keeps the first part of anything longer; a reader refuses a record over it,
   * so that no record made from a statement (an alert carries it with its transliteration) nears
   * what a Kafka record may hold.
   */
  public static final int MAX_TEXT_CHARS = 5_000;

  public Statement {
    schemaVersion = Require.version(schemaVersion, CURRENT_VERSION);
    Require.text(id, "statement id");
    Require.present(speaker, "speaker");
    Require.text(text, "statement text");
    if (text.length() > MAX_TEXT_CHARS) {
      throw new IllegalArgumentException(
          "statement text has " + text.length() + " characters, more than the " + MAX_TEXT_CHARS + " allowed");
    }
    Require.present(kind, "statement kind");
    Require.present(language, "statement language");
    Require.present(article, "statement article");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("statement offsets [" + start + ", " + end + ") are invalid");
    }
    topics = Require.list(topics);
    articleTopics = Require.list(articleTopics);
    actors = Require.list(actors);
    Require.present(extractedAt, "extractedAt");
  }
}
