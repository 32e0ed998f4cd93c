package io.newswatch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newswatch.common.model.Article;
import io.newswatch.common.model.Language;
import io.newswatch.common.model.Source;
import io.newswatch.ingest.fetch.FetchSettings;
import io.newswatch.ingest.fetch.Fetcher;
import io.newswatch.ingest.poll.FeedPoller;
import io.newswatch.ingest.poll.PollResult;
import io.newswatch.ingest.testing.LocalHttpServer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A poll whose result is never written (its feed moved to another owner while the broker was
 * away, and the same instance took it back) must not cost the next poll of the same feed its
 * articles: while the abandoned poll held them, the next one saw them as taken.
 */
class AbandonedPollTest {
  @Test
  void articlesHeldByAPollThatIsDroppedAreEmittedByALaterPollOfTheFeed() throws Exception {
    try (LocalHttpServer server = new LocalHttpServer();
        Fetcher fetcher = new Fetcher(FetchSettings.defaults().withHostMinDelay(Duration.ZERO))) {
      TestFeeds feeds = new TestFeeds(server);
      feeds.setItems("feed-0", 2);
      String url = server.url("/feed/feed-0.xml");
      Source source = new Source(1, "src-0", "Outlet", "outlet", "RS", Language.EN, List.of(url), List.of(), List.of(), null);
      FeedPoller poller = new FeedPoller(fetcher, new IngestMetrics(new SimpleMeterRegistry()), 100, 50);
      EmittedArticles emitted = new EmittedArticles(outlet -> List.of(), 1_000);

      // The old owner's poll: it found both articles, and its result waits for the broker.
      EmittedArticles.Poll abandoned = emitted.poll("outlet");
      PollResult old = poller.poll(source, url, null, abandoned);
      assertEquals(2, old.articles().size());

      // The feed's new task polls while the old result still holds the articles.
      PollResult during;
      try (EmittedArticles.Poll claims = emitted.poll("outlet")) {
        during = poller.poll(source, url, null, claims);
        claims.committed(during.articles().stream().map(Article::id).toList());
      }
      // The old result is dropped: its feed is no longer its task's.
      abandoned.close();

      // Whatever the poll during the hold wrote, the articles come out once, by now.
      PollResult after;
      try (EmittedArticles.Poll claims = emitted.poll("outlet")) {
        after = poller.poll(source, url, during.state(), claims);
      }
      assertEquals(List.of("Story /art/feed-0-1", "Story /art/feed-0-2"),
          java.util.stream.Stream.concat(during.articles().stream(), after.articles().stream()).map(Article::title).sorted().toList(),
          "each article once, by the poll during the hold or the one after it");
    }
  }
}
