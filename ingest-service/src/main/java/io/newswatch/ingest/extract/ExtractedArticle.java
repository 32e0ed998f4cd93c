package io.newswatch.ingest.extract;

import io.newswatch.common.model.Language;
import io.newswatch.common.model.Script;
import java.time.Instant;

/**
 * What the extractor found on a page.
 *
 * @param title headline
 * @param text main text, paragraphs separated by blank lines, NFC
 * @param publishedAt publication time, or null
 * @param author byline, or null
 * @param language language as the page declares it or its letters show, or null when unsure
 * @param script script of the text
 * @param canonicalUrl the canonical URL with tracking parameters removed
 */
public record ExtractedArticle(
    String title,
    String text,
    Instant publishedAt,
    String author,
    Language language,
    Script script,
    String canonicalUrl) {}
