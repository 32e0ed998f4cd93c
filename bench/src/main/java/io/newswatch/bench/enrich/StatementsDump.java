package io.newswatch.bench.enrich;

import io.newswatch.bench.Options;
import io.newswatch.common.model.Article;
import io.newswatch.common.model.Statement;
import io.newswatch.enrich.Enricher;
import io.newswatch.enrich.actors.ActorCatalogue;
import io.newswatch.enrich.quality.SamplePages;
import io.newswatch.enrich.topics.TopicCatalogue;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code bench/run statements}: every statement the enricher finds in the sample pages and in real
 * English news, one line each (article, language, speaker, kind, words), to a file. It measures
 * nothing: it is how a change to the statement extractor is read before it lands. Run it before and
 * after the change and diff the two files; each line that differs is a statement gained, lost or
 * attributed anew, to be read against its article. The annotated set scores a change, this shows
 * what it does to some 750 statements nobody annotated.
 */
public final class StatementsDump {
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  private StatementsDump() {}

  public static void main(String[] args) throws Exception {
    Options o;
    try {
      o = Options.parse(args, Set.of("--news", "--out"), Set.of());
    } catch (IllegalArgumentException e) {
      System.err.println("bench statements: " + e.getMessage() + "\nusage: bench/run statements [--news DIR] [--out FILE]");
      System.exit(2);
      return;
    }
    Path root = Path.of(System.getProperty("bench.root", "."));
    Path seeds = root.resolve("seeds");
    Path news = o.get("--news") != null ? Path.of(o.get("--news")) : root.resolve(EnrichBench.DEFAULT_NEWS).normalize();
    Path out = o.get("--out") != null
        ? Path.of(o.get("--out"))
        : root.resolve("bench/target/statements-" + STAMP.format(Instant.now()) + ".tsv");

    List<Article> articles = new ArrayList<>(SamplePages.articles(seeds.resolve("samples")));
    int samples = articles.size();
    // Every page of the set, short ones too: the dump is for reading, not for timing.
    articles.addAll(EnrichBench.realNews(news, 1, Integer.MAX_VALUE));
    if (articles.size() == samples) {
      System.out.println("statements: no real-news input (" + news + " has no ground-truth.json); the sample pages only");
    }
    // A fixed clock, so that two runs differ only where the statements do.
    Enricher enricher = new Enricher(ActorCatalogue.load(seeds.resolve("actors.yaml")),
        TopicCatalogue.load(seeds.resolve("topics.yaml")).topics(), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));

    Map<String, int[]> byLanguage = new TreeMap<>(); // statements, unknown speaker, outside the catalogue
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (Article article : articles) {
        for (Statement s : enricher.enrich(article).statements()) {
          w.write(String.join("\t", article.url(), s.language().tag(), s.speaker().id(), s.kind().name().toLowerCase(Locale.ROOT),
              oneLine(s.text())));
          w.newLine();
          int[] counts = byLanguage.computeIfAbsent(s.language().tag(), k -> new int[3]);
          counts[0]++;
          counts[1] += "unknown".equals(s.speaker().id()) ? 1 : 0;
          counts[2] += s.speaker().id().startsWith("unknown:") ? 1 : 0;
        }
      }
    }
    System.out.printf(Locale.ROOT, "statements: %d sample pages and %d news articles%n", samples, articles.size() - samples);
    byLanguage.forEach((language, c) -> System.out.printf(Locale.ROOT,
        "  %-8s %6d statements, speaker unknown %5.1f %%, a person or body outside the catalogue %5.1f %%%n",
        language, c[0], 100.0 * c[1] / c[0], 100.0 * c[2] / c[0]));
    System.out.println("written: " + out + "\nto see what a change did: run again after it, then diff the two files");
  }

  private static String oneLine(String text) {
    return text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }
}
