package io.newswatch.ingest.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * robots.txt per origin, parsed by crawler-commons and kept for a while. One fetch per origin at a
 * time: a thousand feeds of one host starting together wait for the first robots.txt instead of
 * each fetching it.
 */
final class RobotsCache {
  /** Fetches {@code /robots.txt}; returns status and body, or throws when the host is unreachable. */
  interface RobotsFetch {
    Response fetch(URI robotsUrl) throws FetchException, InterruptedException;
  }

  record Response(int status, byte[] body, String contentType) {}

  private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
  private final List<String> robotNames;
  private final Duration ttl;
  private final ConcurrentHashMap<String, Entry> cache = new ConcurrentHashMap<>();

  RobotsCache(String userAgent, Duration ttl) {
    // The robot name is the product token of the User-Agent ("NewswatchBot/0.1 (...)" -> newswatchbot).
    String token = userAgent.split("[/ ]", 2)[0].toLowerCase(Locale.ROOT);
    this.robotNames = List.of(token);
    this.ttl = ttl;
  }

  BaseRobotRules rules(URI url, RobotsFetch fetch) throws FetchException, InterruptedException {
    String origin = url.getScheme().toLowerCase(Locale.ROOT) + "://" + HostPolicy.authority(url);
    Entry entry = cache.computeIfAbsent(origin, o -> new Entry());
    entry.lock.lockInterruptibly();
    try {
      if (entry.rules != null && Instant.now().isBefore(entry.expires)) {
        return entry.rules;
      }
      URI robotsUrl = URI.create(origin + "/robots.txt");
      Response response = fetch.fetch(robotsUrl);
      BaseRobotRules rules;
      if (response.status() >= 200 && response.status() < 300) {
        rules = parser.parseContent(robotsUrl.toString(), response.body(), response.contentType(), robotNames);
      } else {
        // crawler-commons follows the common convention: 4xx means no rules, 5xx means stay away.
        rules = parser.failedFetch(response.status());
      }
      entry.rules = rules;
      // A 5xx robots.txt is retried soon rather than trusted for the whole TTL.
      entry.expires = Instant.now().plus(response.status() >= 500 ? Duration.ofMinutes(1) : ttl);
      return rules;
    } finally {
      entry.lock.unlock();
    }
  }

  private static final class Entry {
    final ReentrantLock lock = new ReentrantLock();
    BaseRobotRules rules;
    Instant expires = Instant.EPOCH;
  }
}
