package io.newswatch.ingest.feed;

import java.time.Instant;

/**
 * One entry of a feed or listing page.
 *
 * @param key what identifies the item across polls: its guid, else its link
 * @param link the article URL, absolute
 * @param title the item title, or empty
 * @param publishedAt publication time the feed gives, or null
 * @param author the author the feed gives, or null
 * @param contentHtml the full content (content:encoded, Atom content), or null
 * @param summaryHtml the description or summary, or null
 */
public record FeedItem(
    String key,
    String link,
    String title,
    Instant publishedAt,
    String author,
    String contentHtml,
    String summaryHtml) {}
