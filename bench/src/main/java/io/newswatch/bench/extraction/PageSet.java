package io.newswatch.bench.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswatch.common.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A page set laid out as the Zyte benchmark's: {@code html/<id>.html} and {@code ground-truth.json}
 * mapping each id to {@code {"articleBody", "url"}}. Pages are held in memory so that timing sees
 * no disk.
 */
record PageSet(Path dir, List<Page> pages) {

  record Page(String id, String url, String truth, Path file, byte[] html) {}

  /** Thrown when the folder is not a page set; the message says what is missing. */
  static final class MissingPageSet extends Exception {
    private static final long serialVersionUID = 1L;

    MissingPageSet(String message) {
      super(message);
    }
  }

  static PageSet load(Path dir) throws IOException, MissingPageSet {
    Path truthFile = dir.resolve("ground-truth.json");
    Path htmlDir = dir.resolve("html");
    if (!Files.isRegularFile(truthFile) || !Files.isDirectory(htmlDir)) {
      throw new MissingPageSet(
          "no page set at " + dir.toAbsolutePath().normalize()
              + " (expected ground-truth.json and html/<id>.html there; give another with --pages DIR)");
    }
    JsonNode root = Json.mapper().readTree(truthFile.toFile());
    List<Page> pages = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      Path html = htmlDir.resolve(e.getKey() + ".html");
      if (!Files.isRegularFile(html)) {
        missing.add(e.getKey());
        continue;
      }
      JsonNode v = e.getValue();
      pages.add(new Page(e.getKey(), v.path("url").asText(null), v.path("articleBody").asText(""), html, Files.readAllBytes(html)));
    }
    if (pages.isEmpty()) {
      throw new MissingPageSet("the page set at " + dir + " has no page with both ground truth and html");
    }
    if (!missing.isEmpty()) {
      System.err.println("extraction: " + missing.size() + " ids of ground-truth.json have no html/<id>.html; left out");
    }
    pages.sort(java.util.Comparator.comparing(Page::id));
    return new PageSet(dir, List.copyOf(pages));
  }
}
