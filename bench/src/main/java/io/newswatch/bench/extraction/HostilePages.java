package io.newswatch.bench.extraction;

import io.newswatch.bench.TextTable;
import io.newswatch.ingest.extract.ArticleExtractor;
import io.newswatch.ingest.extract.ExtractedArticle;
import io.newswatch.ingest.extract.ExtractionException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Pages no outlet should send but a broken template can: markup nested thousands deep, one huge
 * text node, thousands of tables or links. Each is extracted at 100 KB and 1 MB (best of two), to
 * show the time grows with the page and nothing overflows the stack.
 */
final class HostilePages {
  private static final String SENTENCE = "Vučić je rekao da je Kosovo Srbija, i to ponovio više puta tokom dana. ";

  private HostilePages() {}

  private static Map<String, IntFunction<String>> shapes() {
    Map<String, IntFunction<String>> shapes = new LinkedHashMap<>();
    shapes.put("<b> never closed", n -> page("<article><p>" + repeat("<b>reč ", n) + "</p></article>"));
    shapes.put("<li> lists never closed", n -> page(repeat("<ul><li>Stavka liste sa nekoliko reči ", n)));
    shapes.put("<div>s never closed, with text", n -> page(repeat("<div>" + SENTENCE, n)));
    shapes.put("paragraphs", n -> page("<article>" + repeat("<p>" + SENTENCE + "</p>", n) + "</article>"));
    shapes.put("one text node", n -> page("<p>" + repeat("reč ", n) + "</p>"));
    shapes.put("tables", n -> page(repeat("<table><tr><td>ćelija</td><td>tabele</td></tr></table>", n)));
    shapes.put("links", n -> page("<div>" + repeat("<a href='/x'>tekst veze</a> ", n) + "</div>"));
    return shapes;
  }

  private static String page(String body) {
    return "<html><head><title>Naslov</title></head><body>" + body + "</body></html>";
  }

  /** {@code unit} repeated to about {@code chars} characters. */
  private static String repeat(String unit, int chars) {
    return unit.repeat(Math.max(1, chars / unit.length()));
  }

  /** Extracts every shape at each size, prints a table, and returns the rows for the report. */
  static List<Map<String, Object>> run(int... sizes) {
    ArticleExtractor extractor = new ArticleExtractor();
    List<Map<String, Object>> rows = new ArrayList<>();
    TextTable table = new TextTable("page", "chars", "best ms", "text chars", "outcome");
    for (Map.Entry<String, IntFunction<String>> shape : shapes().entrySet()) {
      for (int size : sizes) {
        String html = shape.getValue().apply(size);
        long best = Long.MAX_VALUE;
        String outcome = "ok";
        int text = 0;
        for (int run = 0; run < 2; run++) {
          long started = System.nanoTime();
          try {
            ExtractedArticle article = extractor.extract(html, "https://www.example.rs/vesti/1");
            text = article.text().length();
          } catch (ExtractionException | RuntimeException | StackOverflowError e) {
            outcome = e.getClass().getSimpleName();
          }
          best = Math.min(best, System.nanoTime() - started);
        }
        table.row(shape.getKey(), html.length(), String.format(Locale.ROOT, "%.0f", best / 1e6), text, outcome);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("page", shape.getKey());
        row.put("chars", html.length());
        row.put("bestMillis", best / 1e6);
        row.put("textChars", text);
        row.put("outcome", outcome);
        rows.add(row);
      }
    }
    System.out.println("\nhostile pages (ArticleExtractor, best of two):");
    System.out.println(table);
    return rows;
  }
}
