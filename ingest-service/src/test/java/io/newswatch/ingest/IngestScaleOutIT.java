package io.newswatch.ingest;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.newswatch.common.config.Env;
import io.newswatch.ingest.testing.LocalHttpServer;
import io.newswatch.kafka.IsolatedBroker;
import io.newswatch.kafka.KafkaBrokerExtension;
import io.newswatch.kafka.KafkaCluster;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances in one consumer group split the catalogue; when one stops, the other takes its
 * sources over; no article is lost or emitted twice through the hand-overs.
 */
@IsolatedBroker
@ExtendWith(KafkaBrokerExtension.class)
class IngestScaleOutIT {
  private static final int SOURCES = 12;

  @Test
  void instancesShareTheSourcesAndTakeOverOnFailure(KafkaCluster cluster, @TempDir Path dir) throws Exception {
    try (LocalHttpServer server = new LocalHttpServer();
        ArticlesReader reader = new ArticlesReader(cluster.bootstrapServers(), a -> a.sourceId().startsWith("scale-"))) {
      TestFeeds feeds = new TestFeeds(server);
      Path catalogue = dir.resolve("sources.yaml");
      Files.writeString(catalogue, feeds.catalogue("scale", SOURCES));
      setItems(feeds, 2);
      Map<String, String> envA = IngestRestartIT.env(cluster, catalogue, server.base(), "scale-a");
      Map<String, String> envB = IngestRestartIT.env(cluster, catalogue, server.base(), "scale-b");

      IngestService a = IngestService.start(IngestConfig.from(new Env(envA)));
      IngestService b = null;
      try {
        awaitOwned(a, SOURCES);
        awaitDistinct(reader, SOURCES * 2);

        b = IngestService.start(IngestConfig.from(new Env(envB)));
        IngestService second = b;
        awaitShared(a, second, () -> {
          Set<String> sa = a.ownedSourceIds();
          Set<String> sb = second.ownedSourceIds();
          Set<String> all = new HashSet<>(sa);
          all.addAll(sb);
          return !sa.isEmpty() && !sb.isEmpty() && all.size() == SOURCES && sa.size() + sb.size() == SOURCES;
        });
        setItems(feeds, 4);
        awaitDistinct(reader, SOURCES * 4);
        assertFalse(b.metrics().total(IngestMetrics.ARTICLES) == 0, "the added instance takes part of the load");

        a.close();
        awaitOwned(second, SOURCES);
        setItems(feeds, 6);
        awaitDistinct(reader, SOURCES * 6);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).pollInSameThread()
            .until(() -> reader.poll().size() == SOURCES * 6);
        assertEquals(Map.of(), reader.duplicates());
      } finally {
        a.close();
        if (b != null) {
          b.close();
        }
      }
    }
  }

  private static void awaitOwned(IngestService service, int n) {
    awaitShared(service, service, () -> service.ownedSourceIds().size() == n);
  }

  /** Waits for the condition; a timeout says what each instance holds, which is why it failed. */
  private static void awaitShared(IngestService a, IngestService b, Callable<Boolean> condition) {
    try {
      await().atMost(Duration.ofSeconds(60)).until(condition);
    } catch (ConditionTimeoutException e) {
      throw new AssertionError("sources not shared as expected; first instance: " + a.ownershipState()
          + (a == b ? "" : "; second instance: " + b.ownershipState()), e);
    }
  }

  private static void setItems(TestFeeds feeds, int n) {
    for (int i = 0; i < SOURCES; i++) {
      feeds.setItems("scale-" + i, n);
    }
  }

  private static void awaitDistinct(ArticlesReader reader, int n) {
    await().atMost(Duration.ofSeconds(90)).pollInSameThread().until(() -> {
      reader.poll();
      return reader.distinct() >= n;
    });
  }
}
