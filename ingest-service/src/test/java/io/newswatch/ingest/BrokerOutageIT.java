package io.newswatch.ingest;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswatch.common.config.Env;
import io.newswatch.common.model.Article;
import io.newswatch.ingest.testing.LocalHttpServer;
import io.newswatch.kafka.IsolatedBroker;
import io.newswatch.kafka.KafkaBrokerExtension;
import io.newswatch.kafka.KafkaCluster;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The broker goes away for a while: the service holds what it has found (bounded) and retries,
 * answers its health check (not ready) all along although its producer blocks, and once the
 * broker is back it delivers every article, those found before and during the outage, exactly
 * once, and is ready again. An instance with nothing to write says it is not ready too.
 */
@IsolatedBroker
@ExtendWith(KafkaBrokerExtension.class)
class BrokerOutageIT {
  private static final int SOURCES = 3;

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  /** The readiness status code; the request itself must be answered promptly whatever the broker does. */
  private static int readiness(IngestService service) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.httpPort() + "/health/ready"))
        .timeout(Duration.ofSeconds(2)).build();
    return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  @Test
  void noArticleIsLostOrRepeatedWhenTheBrokerIsBrieflyAway(KafkaCluster cluster, @TempDir Path dir) throws Exception {
    try (LocalHttpServer server = new LocalHttpServer();
        ArticlesReader reader = new ArticlesReader(cluster.bootstrapServers(), a -> a.sourceId().startsWith("outage-"))) {
      TestFeeds feeds = new TestFeeds(server);
      Path catalogue = dir.resolve("sources.yaml");
      Files.writeString(catalogue, feeds.catalogue("outage", SOURCES));
      for (int i = 0; i < SOURCES; i++) {
        feeds.setItems("outage-" + i, 3);
      }
      IngestConfig config = IngestConfig.from(new Env(IngestRestartIT.env(cluster, catalogue, server.base(), "outage-1")));
      IngestService service = IngestService.start(config);
      try {
        await().atMost(Duration.ofSeconds(90)).pollInSameThread().until(() -> reader.poll().size() >= 3 * SOURCES);
        await().atMost(Duration.ofSeconds(30)).until(() -> readiness(service) == 200);

        // News arrives as the broker goes: what the polls find now is held in the sink's bounded
        // queue (one pending result per feed) and retried, not dropped.
        for (int i = 0; i < SOURCES; i++) {
          feeds.setItems("outage-" + i, 5);
        }
        cluster.stop();
        await().atMost(Duration.ofSeconds(60)).until(() -> readiness(service) == 503);
        // And more news while it is away.
        for (int i = 0; i < SOURCES; i++) {
          feeds.setItems("outage-" + i, 6);
        }
        // Still away, still answering promptly: not ready.
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> readiness(service) == 503);

        cluster.start();
        try {
          await().atMost(Duration.ofSeconds(120)).pollInSameThread().until(() -> {
            reader.poll();
            return reader.distinct() >= 6 * SOURCES;
          });
        } catch (ConditionTimeoutException e) {
          // What a rare failure needs to be understood: which articles, and what the service held.
          throw new AssertionError("after the outage " + reader.distinct() + " of " + 6 * SOURCES + " articles arrived: "
              + reader.poll().stream().map(Article::url).sorted().toList() + "; completed polls " + service.completedPolls()
              + ", ready " + service.ready() + ", " + service.ownershipState(), e);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> readiness(service) == 200);
        // A few more poll cycles add nothing: every article once.
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).pollInSameThread()
            .until(() -> reader.poll().size() == 6 * SOURCES);
        assertEquals(Map.of(), reader.duplicates());
      } finally {
        service.close();
      }
    }
  }

  @Test
  void anInstanceWithNothingToWriteIsNotReadyWhileTheBrokerIsAway(KafkaCluster cluster, @TempDir Path dir) throws Exception {
    try (LocalHttpServer server = new LocalHttpServer();
        ArticlesReader reader = new ArticlesReader(cluster.bootstrapServers(), a -> a.sourceId().startsWith("idle-"))) {
      TestFeeds feeds = new TestFeeds(server);
      Path catalogue = dir.resolve("sources.yaml");
      Files.writeString(catalogue, feeds.catalogue("idle", 1));
      feeds.setItems("idle-0", 2);
      Map<String, String> env = IngestRestartIT.env(cluster, catalogue, server.base(), "idle-1");
      // Its one feed is polled once and then not for an hour: the producer has nothing to send,
      // so only the service asking the broker itself can tell that it is gone.
      env.put(IngestConfig.POLL_INTERVAL, "1h");
      IngestService service = IngestService.start(IngestConfig.from(new Env(env)));
      try {
        await().atMost(Duration.ofSeconds(90)).pollInSameThread().until(() -> reader.poll().size() >= 2);
        await().atMost(Duration.ofSeconds(30)).until(() -> readiness(service) == 200);

        cluster.stop();
        try {
          await().atMost(Duration.ofSeconds(30)).until(() -> readiness(service) == 503);
        } finally {
          cluster.start();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> readiness(service) == 200);
      } finally {
        service.close();
      }
    }
  }
}
