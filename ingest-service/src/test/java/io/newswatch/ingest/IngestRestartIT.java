package io.newswatch.ingest;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newswatch.common.config.Env;
import io.newswatch.ingest.testing.LocalHttpServer;
import io.newswatch.kafka.IsolatedBroker;
import io.newswatch.kafka.KafkaBrokerExtension;
import io.newswatch.kafka.KafkaCluster;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Stopping the service mid-run and starting it again neither loses nor repeats an article. */
@IsolatedBroker
@ExtendWith(KafkaBrokerExtension.class)
class IngestRestartIT {

  static Map<String, String> env(KafkaCluster cluster, Path catalogue, String base, String instance) {
    Map<String, String> env = new HashMap<>();
    env.put("KAFKA_BOOTSTRAP_SERVERS", cluster.bootstrapServers());
    env.put(IngestConfig.SOURCES_FILE, catalogue.toString());
    env.put(IngestConfig.SOURCES_BASE_URL, base);
    env.put(IngestConfig.HTTP_HOST, "127.0.0.1");
    env.put(IngestConfig.HTTP_PORT, "0");
    env.put(IngestConfig.POLL_INTERVAL, "300ms");
    env.put(IngestConfig.HOST_MIN_DELAY, "0ms");
    env.put(IngestConfig.HOST_CONCURRENCY, "16");
    env.put(IngestConfig.INSTANCE_ID, instance);
    env.put(IngestConfig.CATALOGUE_CHECK, "1s");
    return env;
  }

  @Test
  void restartEmitsEveryArticleExactlyOnce(KafkaCluster cluster, @TempDir Path dir) throws Exception {
    try (LocalHttpServer server = new LocalHttpServer();
        ArticlesReader reader = new ArticlesReader(cluster.bootstrapServers(), a -> a.sourceId().startsWith("restart-"))) {
      TestFeeds feeds = new TestFeeds(server);
      Path catalogue = dir.resolve("sources.yaml");
      Files.writeString(catalogue, feeds.catalogue("restart", 3));
      for (int i = 0; i < 3; i++) {
        feeds.setItems("restart-" + i, 4);
      }
      IngestConfig config = IngestConfig.from(new Env(env(cluster, catalogue, server.base(), "restart-1")));

      IngestService first = IngestService.start(config);
      try {
        await().atMost(Duration.ofSeconds(90)).pollInSameThread().until(() -> reader.poll().size() >= 12);
        // News keeps coming while the service is stopped mid-run.
        for (int i = 0; i < 3; i++) {
          feeds.setItems("restart-" + i, 7);
        }
        await().atMost(Duration.ofSeconds(60)).pollInSameThread().until(() -> reader.poll().size() >= 13);
      } finally {
        first.close();
      }
      for (int i = 0; i < 3; i++) {
        feeds.setItems("restart-" + i, 10);
      }

      IngestService second = IngestService.start(config);
      try {
        await().atMost(Duration.ofSeconds(90)).pollInSameThread().until(() -> {
          reader.poll();
          return reader.distinct() >= 30;
        });
        // A few more poll cycles must add nothing: no article comes twice.
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).pollInSameThread()
            .until(() -> reader.poll().size() == 30);
        assertEquals(Map.of(), reader.duplicates());
        await().atMost(Duration.ofSeconds(30)).until(second::ready);
      } finally {
        second.close();
      }
    }
  }
}
