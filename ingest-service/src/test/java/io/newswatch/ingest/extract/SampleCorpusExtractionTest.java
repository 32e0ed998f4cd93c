package io.newswatch.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswatch.common.json.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The extractor on the project's sample corpus ({@code seeds/samples}): for every annotated page
 * the title is the annotated one and none of the annotated page furniture reaches the text.
 */
class SampleCorpusExtractionTest {
  private static final Path SAMPLES = Path.of("..", "seeds", "samples");
  private static final String BASE = "http://127.0.0.1:8999";

  @TestFactory
  Stream<DynamicTest> everyAnnotatedPage() throws Exception {
    JsonNode annotations = Json.yaml().readTree(SAMPLES.resolve("annotations.yaml").toFile());
    ArticleExtractor extractor = new ArticleExtractor();
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode a : annotations.get("articles")) {
      String file = a.get("file").asText();
      tests.add(DynamicTest.dynamicTest(file, () -> {
        byte[] raw = Files.readAllBytes(SAMPLES.resolve(file));
        byte[] page = new String(raw, StandardCharsets.ISO_8859_1).replace("{{BASE}}", BASE).getBytes(StandardCharsets.ISO_8859_1);
        ExtractedArticle article = extractor.extract(page, BASE + "/" + file, null);
        assertEquals(a.get("title").asText(), article.title());
        assertTrue(article.text().length() > 200, "text too short: " + article.text());
        for (JsonNode furniture : a.path("furniture")) {
          assertFalse(article.text().contains(furniture.asText()),
              "furniture '" + furniture.asText() + "' in the text of " + file + ":\n" + article.text());
        }
        if (a.hasNonNull("author")) {
          assertEquals(a.get("author").asText(), article.author());
        }
      }));
    }
    return tests.stream();
  }
}
