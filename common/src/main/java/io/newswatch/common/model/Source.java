package io.newswatch.common.model;

import java.time.Duration;
import java.util.List;

/**
 * One language edition of an outlet, as the catalogue describes it and as it travels on {@code
 * newswatch.sources} (key: the id).
 *
 * @param schemaVersion record layout version
 * @param id stable id, {@code [a-z0-9-]+}
 * @param name display name of the edition
 * @param outlet id shared by the editions of one outlet
 * @param country ISO 3166-1 alpha-2 code
 * @param language language and script of the edition
 * @param feeds RSS or Atom feed URLs
 * @param listings HTML listing pages, for outlets without a usable feed
 * @param hosts extra hosts on which the outlet's article links may live
 * @param pollInterval how often each feed is polled; null means the service default
 */
public record Source(
    int schemaVersion,
    String id,
    String name,
    String outlet,
    String country,
    Language language,
    List<String> feeds,
    List<Listing> listings,
    List<String> hosts,
    Duration pollInterval) {
  public static final int CURRENT_VERSION = 1;

  public Source {
    schemaVersion = Require.version(schemaVersion, CURRENT_VERSION);
    Require.text(id, "source id");
    if (!id.matches("[a-z0-9][a-z0-9-]*")) {
      throw new IllegalArgumentException("source id '" + id + "' must match [a-z0-9][a-z0-9-]*");
    }
    name = name == null || name.isBlank() ? id : name;
    outlet = outlet == null || outlet.isBlank() ? id : outlet;
    Require.present(language, "source language");
    feeds = Require.list(feeds);
    listings = Require.list(listings);
    hosts = Require.list(hosts);
    if (feeds.isEmpty() && listings.isEmpty()) {
      throw new IllegalArgumentException("source " + id + " has neither a feed nor a listing URL");
    }
    if (pollInterval != null && (pollInterval.isNegative() || pollInterval.isZero())) {
      throw new IllegalArgumentException("source " + id + " pollInterval must be positive");
    }
  }
}
