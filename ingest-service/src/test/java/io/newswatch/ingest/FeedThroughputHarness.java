package io.newswatch.ingest;

import static io.newswatch.ingest.testing.LocalHttpServer.send;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newswatch.common.model.FeedState;
import io.newswatch.common.model.Language;
import io.newswatch.common.model.Source;
import io.newswatch.ingest.fetch.FetchSettings;
import io.newswatch.ingest.fetch.Fetcher;
import io.newswatch.ingest.poll.FeedPoller;
import io.newswatch.ingest.poll.PollResult;
import io.newswatch.ingest.testing.LocalHttpServer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Not a test: measures how many feeds per second one instance polls through the real fetch and
 * parse path (virtual threads, host limiter, conditional GET) against a local server with 10,000
 * feeds. 10,000 feeds every 5 minutes need 33 polls per second. Run with
 * {@code java -cp <test classpath> io.newswatch.ingest.FeedThroughputHarness [feeds] [concurrency]}.
 */
public final class FeedThroughputHarness {
  private FeedThroughputHarness() {}

  public static void main(String[] args) throws Exception {
    int feeds = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 256;
    String items = "<item><title>t</title><link>/a</link><guid>g1</guid></item>".repeat(20);
    try (LocalHttpServer server = new LocalHttpServer();
        Fetcher fetcher = new Fetcher(FetchSettings.defaults().withHostMinDelay(Duration.ZERO).withHostConcurrency(concurrency))) {
      server.handle("/feed/", ex -> {
        if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
          send(ex, 304, null, "");
          return;
        }
        ex.getResponseHeaders().set("ETag", "\"v1\"");
        send(ex, 200, "application/rss+xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>f</title>" + items + "</channel></rss>");
      });
      IngestMetrics metrics = new IngestMetrics(new SimpleMeterRegistry());
      FeedPoller poller = new FeedPoller(fetcher, metrics, 2000, 100);
      Source source = new Source(1, "bench", "Bench", "bench", "RS", Language.EN, List.of(server.url("/feed/0.xml")), List.of(),
          List.of(), null);
      ConcurrentHashMap<Integer, FeedState> states = new ConcurrentHashMap<>();
      for (String round : List.of("first poll (200, parse)", "next poll (304)")) {
        AtomicLong failures = new AtomicLong();
        Semaphore limit = new Semaphore(concurrency);
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
          for (int i = 0; i < feeds; i++) {
            int n = i;
            limit.acquire();
            pool.execute(() -> {
              try {
                // Every item is "seen" already so the harness measures feed polling, not article fetches.
                PollResult r = poller.poll(source, server.url("/feed/" + n + ".xml"), states.getOrDefault(n, seenAll(server, n)), id -> true);
                states.put(n, r.state());
                if (r.outcome() != io.newswatch.ingest.fetch.Outcome.OK && r.outcome() != io.newswatch.ingest.fetch.Outcome.NOT_MODIFIED) {
                  failures.incrementAndGet();
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              } finally {
                limit.release();
              }
            });
          }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%s: %d feeds in %.2f s = %.0f feeds/s (%d failures; 10k feeds per 5 min need 33/s)%n",
            round, feeds, seconds, feeds / seconds, failures.get());
      }
    }
  }

  private static FeedState seenAll(LocalHttpServer server, int n) {
    return new FeedState(0, server.url("/feed/" + n + ".xml"), "bench", null, null,
        List.of("i:" + io.newswatch.common.Ids.hash("g1").substring(0, 20)), null, 0, java.time.Instant.now());
  }
}
