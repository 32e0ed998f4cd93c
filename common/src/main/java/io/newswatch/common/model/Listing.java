package io.newswatch.common.model;

/**
 * An HTML page that lists an outlet's articles, for outlets without a usable feed.
 *
 * @param url the listing page
 * @param linkSelector a jsoup CSS selector that picks the article links on that page
 */
public record Listing(String url, String linkSelector) {
  public Listing {
    Require.text(url, "listing url");
    Require.text(linkSelector, "listing linkSelector");
  }
}
