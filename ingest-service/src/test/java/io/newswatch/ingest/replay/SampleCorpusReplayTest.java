package io.newswatch.ingest.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newswatch.common.model.Article;
import io.newswatch.common.model.Source;
import io.newswatch.ingest.IngestMetrics;
import io.newswatch.ingest.catalogue.SourceCatalogue;
import io.newswatch.ingest.fetch.FetchSettings;
import io.newswatch.ingest.fetch.Fetcher;
import io.newswatch.ingest.fetch.Outcome;
import io.newswatch.ingest.poll.ArticleClaims;
import io.newswatch.ingest.poll.FeedPoller;
import io.newswatch.ingest.poll.PollResult;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * What {@code newswatch demo} does, without Kafka: the replay server serves the sample corpus and
 * the poller reads every sample outlet through it, getting full articles without errors.
 */
class SampleCorpusReplayTest {
  private static final Path SAMPLES = Path.of("..", "seeds", "samples");

  @Test
  void everySampleOutletYieldsArticles() throws Exception {
    try (ReplayServer replay = ReplayServer.start(SAMPLES, 0, 100, Duration.ofSeconds(5));
        Fetcher fetcher = new Fetcher(FetchSettings.defaults().withHostMinDelay(Duration.ZERO).withHostConcurrency(8))) {
      SourceCatalogue.Load catalogue = SourceCatalogue.load(SAMPLES.resolve("sources.yaml"), replay.baseUrl());
      assertEquals(java.util.List.of(), catalogue.problems());
      assertFalse(catalogue.sources().isEmpty());
      FeedPoller poller = new FeedPoller(fetcher, new IngestMetrics(new SimpleMeterRegistry()), 1000, 100);
      for (Source source : catalogue.sources()) {
        int articles = 0;
        for (String feed : source.feeds()) {
          PollResult result = poller.poll(source, feed, null, ArticleClaims.NONE);
          assertEquals(Outcome.OK, result.outcome(), source.id() + ": " + result.errors());
          assertEquals(java.util.List.of(), result.errors(), source.id());
          for (Article a : result.articles()) {
            assertTrue(a.text().length() > 200, a.url());
            assertFalse(a.title().isBlank(), a.url());
          }
          articles += result.articles().size();
        }
        for (var listing : source.listings()) {
          PollResult result = poller.poll(source, listing.url(), null, ArticleClaims.NONE);
          assertEquals(Outcome.OK, result.outcome(), source.id() + ": " + result.errors());
          articles += result.articles().size();
        }
        assertTrue(articles > 0, "no articles from " + source.id());
      }
    }
  }
}
