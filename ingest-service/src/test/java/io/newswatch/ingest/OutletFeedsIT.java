package io.newswatch.ingest;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswatch.common.config.Env;
import io.newswatch.common.model.Article;
import io.newswatch.ingest.testing.LocalHttpServer;
import io.newswatch.kafka.KafkaBrokerExtension;
import io.newswatch.kafka.KafkaCluster;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * An article that the feeds of two editions of one outlet both list is fetched and emitted once,
 * also when the two feeds are polled at the same moment.
 */
@ExtendWith(KafkaBrokerExtension.class)
class OutletFeedsIT {
  @Test
  void anArticleListedByTwoSourcesOfOneOutletIsEmittedOnce(KafkaCluster cluster, @TempDir Path dir) throws Exception {
    try (LocalHttpServer server = new LocalHttpServer();
        ArticlesReader reader = new ArticlesReader(cluster.bootstrapServers(), a -> a.sourceId().startsWith("twin-"))) {
      TestFeeds feeds = new TestFeeds(server);
      feeds.listSameItems("twin-b", "twin-a");
      Path catalogue = dir.resolve("sources.yaml");
      Files.writeString(
          catalogue,
          """
          sources:
            - id: twin-a
              outlet: twin
              language: en
              feeds: ["{{BASE}}/feed/twin-a.xml"]
            - id: twin-b
              outlet: twin
              language: en
              feeds: ["{{BASE}}/feed/twin-b.xml"]
          """);
      IngestConfig config = IngestConfig.from(new Env(IngestRestartIT.env(cluster, catalogue, server.base(), "twins-1")));

      try (IngestService service = IngestService.start(config)) {
        // News comes in rounds; each time both feeds list it on their next poll, 300 ms apart at
        // most, so some rounds find the two polls running together.
        for (int round = 1; round <= 5; round++) {
          int listed = 3 * round;
          feeds.setItems("twin-a", listed);
          await().atMost(Duration.ofSeconds(60)).pollInSameThread().until(() -> {
            reader.poll();
            return reader.distinct() >= listed;
          });
        }
        // Settled: further polls of both feeds add nothing for two seconds.
        AtomicInteger last = new AtomicInteger(-1);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(20)).pollInSameThread()
            .until(() -> {
              int size = reader.poll().size();
              return last.getAndSet(size) == size;
            });
        assertEquals(Map.of(), reader.duplicates(), "articles emitted more than once");
        Set<String> sources = reader.poll().stream().map(Article::sourceId).collect(Collectors.toSet());
        assertEquals(15, reader.poll().size(), "every article once, from either source: " + sources);
      }
    }
  }
}
