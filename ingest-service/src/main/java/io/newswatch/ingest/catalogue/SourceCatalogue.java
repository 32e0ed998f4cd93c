package io.newswatch.ingest.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswatch.common.json.Json;
import io.newswatch.common.model.Listing;
import io.newswatch.common.model.Source;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/**
 * Reads the source catalogue ({@code seeds/sources.yaml} format: a {@code sources:} list of
 * {@link Source} fields) entry by entry, so one bad entry (no URL, a bad selector, an unknown
 * language) is reported with its id and skipped while the others run.
 */
public final class SourceCatalogue {
  /** The placeholder the offline demo's catalogue uses for the replay server's address. */
  public static final String BASE_PLACEHOLDER = "{{BASE}}";

  /** One catalogue entry that cannot be used, and why. */
  public record Problem(String id, String reason) {
    @Override
    public String toString() {
      return id + ": " + reason;
    }
  }

  /** The usable sources and the problems of the others. */
  public record Load(List<Source> sources, List<Problem> problems) {}

  private SourceCatalogue() {}

  public static Load load(Path file, String baseUrl) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8), baseUrl);
  }

  public static Load parse(String yaml, String baseUrl) throws IOException {
    String text = baseUrl == null ? yaml : yaml.replace(BASE_PLACEHOLDER, baseUrl);
    JsonNode root = Json.yaml().readTree(text);
    JsonNode list = root == null ? null : root.isArray() ? root : root.get("sources");
    List<Source> sources = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    if (list == null || !list.isArray()) {
      problems.add(new Problem("(catalogue)", "no 'sources:' list found"));
      return new Load(List.of(), List.copyOf(problems));
    }
    Set<String> ids = new HashSet<>();
    int index = 0;
    for (JsonNode node : list) {
      index++;
      String id = node.hasNonNull("id") ? node.get("id").asText() : "#" + index;
      try {
        Source source = Json.yaml().treeToValue(node, Source.class);
        validate(source);
        if (!ids.add(source.id())) {
          throw new IllegalArgumentException("duplicate id");
        }
        sources.add(source);
      } catch (IOException | IllegalArgumentException e) {
        problems.add(new Problem(id, rootMessage(e)));
      }
    }
    return new Load(List.copyOf(sources), List.copyOf(problems));
  }

  /**
   * Checks what the record's constructor cannot: every URL is absolute http(s) (an unreplaced
   * {@code {{BASE}}} is not), and every listing selector parses.
   */
  public static void validate(Source source) {
    for (String feed : source.feeds()) {
      checkUrl(feed, "feed");
    }
    for (Listing listing : source.listings()) {
      checkUrl(listing.url(), "listing");
      try {
        QueryParser.parse(listing.linkSelector());
      } catch (Selector.SelectorParseException | IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "listing " + listing.url() + " has a bad linkSelector '" + listing.linkSelector() + "': " + e.getMessage());
      }
    }
  }

  private static void checkUrl(String url, String what) {
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException(what + " URL is empty");
    }
    try {
      URI uri = new URI(url.trim());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
        throw new IllegalArgumentException(what + " URL '" + url + "' is not an absolute http(s) URL");
      }
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException(what + " URL '" + url + "' is not a URL: " + e.getReason());
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    int newline = message.indexOf('\n');
    return newline > 0 ? message.substring(0, newline) : message;
  }
}
