package io.newswatch.common.model;

import java.time.Instant;

/**
 * One article as the ingest service extracted it, on {@code news.articles} (key: the id).
 *
 * @param schemaVersion record layout version
 * @param id stable hash of the canonical URL, so one article reached twice is one record
 * @param sourceId the catalogue source that found it
 * @param outlet the outlet id of that source
 * @param url the canonical URL (rel=canonical, tracking parameters removed)
 * @param title headline
 * @param text main text, paragraphs separated by blank lines, NFC-normalised
 * @param language language and script of the text
 * @param publishedAt publication time from the page or feed; null when neither gives one
 * @param fetchedAt when the ingest service fetched it
 * @param author byline, or null
 */
public record Article(
    int schemaVersion,
    String id,
    String sourceId,
    String outlet,
    String url,
    String title,
    String text,
    Language language,
    Script script,
    Instant publishedAt,
    Instant fetchedAt,
    String author) {
  public static final int CURRENT_VERSION = 1;

  public Article {
    schemaVersion = Require.version(schemaVersion, CURRENT_VERSION);
    Require.text(id, "article id");
    Require.text(sourceId, "article sourceId");
    Require.text(url, "article url");
    title = title == null ? "" : title;
    Require.present(text, "article text");
    Require.present(language, "article language");
    script = script == null ? Script.NONE : script;
    Require.present(fetchedAt, "article fetchedAt");
    outlet = outlet == null || outlet.isBlank() ? sourceId : outlet;
  }
}
