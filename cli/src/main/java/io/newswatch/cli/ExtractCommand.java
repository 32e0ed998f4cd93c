package io.newswatch.cli;

import io.newswatch.common.json.Json;
import io.newswatch.ingest.extract.ArticleExtractor;
import io.newswatch.ingest.extract.ExtractedArticle;
import io.newswatch.ingest.fetch.FetchException;
import io.newswatch.ingest.fetch.FetchResult;
import io.newswatch.ingest.fetch.FetchSettings;
import io.newswatch.ingest.fetch.Fetcher;
import io.newswatch.ingest.fetch.HostPolicy;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newswatch extract FILE|URL}: runs the article extractor on one page and prints the result as JSON. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = "Extract title, main text, date, author and language from one article page and print it as JSON.")
public final class ExtractCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE|URL", description = "A saved HTML file or an http(s) URL.")
  String target;

  @Option(names = "--url", description = "The page's original URL, for a saved file (resolves relative links and the canonical URL).")
  String pageUrl;

  @Option(names = "--charset", description = "Charset of a saved file when the page does not declare one.")
  String charset;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    ArticleExtractor extractor = new ArticleExtractor();
    ExtractedArticle article;
    String lower = target.toLowerCase(Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      // The same fetcher as the service: size cap, timeouts, robots.txt, redirects checked per hop;
      // the URL given is the one host trusted.
      try (Fetcher fetcher = new Fetcher(FetchSettings.defaults())) {
        FetchResult page = fetcher.fetch(URI.create(target), HostPolicy.trusting(List.of(target)));
        String media = page.mediaType();
        if (!media.isEmpty() && !media.equals("text/html") && !media.equals("application/xhtml+xml")) {
          spec.commandLine().getErr().println("extract: " + target + " is " + media + ", not HTML");
          return 2;
        }
        article = extractor.extract(page.body(), page.url().toString(), page.declaredCharset());
      } catch (FetchException e) {
        spec.commandLine().getErr().println("extract: cannot fetch " + target + ": " + e.outcome().tag() + ": " + e.getMessage());
        return 2;
      }
    } else {
      Path file = Path.of(target);
      if (!Files.isRegularFile(file)) {
        spec.commandLine().getErr().println("extract: no such file: " + file);
        return 2;
      }
      article = extractor.extract(Files.readAllBytes(file), pageUrl, charset);
    }
    spec.commandLine().getOut().println(Json.pretty(article));
    return 0;
  }
}
