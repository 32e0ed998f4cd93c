package io.newswatch.alert;

import static io.newswatch.alert.Fixtures.KOSOVO;
import static io.newswatch.alert.Fixtures.T0;
import static io.newswatch.alert.Fixtures.ZAKHAROVA;
import static io.newswatch.alert.Fixtures.statement;
import static io.newswatch.alert.Fixtures.watch;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newswatch.common.kafka.TopicBootstrapper;
import io.newswatch.common.kafka.Topics;
import io.newswatch.common.model.Alert;
import io.newswatch.common.model.Language;
import io.newswatch.common.model.MatchBasis;
import io.newswatch.common.model.Watch;
import io.newswatch.kafka.IsolatedBroker;
import io.newswatch.kafka.KafkaBrokerExtension;
import io.newswatch.kafka.KafkaCluster;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Webhooks keep coming after the broker has been away: a delivery that finishes while it is gone
 * cannot have its offset committed, and that failure is counted and retried, not the end of the
 * reader. Had the reader ended, no webhook would be sent again until a restart.
 */
@IsolatedBroker
@ExtendWith(KafkaBrokerExtension.class)
class WebhookDispatcherIT {
  @Test
  void aCommitThatFailsWhileTheBrokerIsAwayDoesNotStopTheWebhooks(KafkaCluster cluster) throws Exception {
    new TopicBootstrapper(cluster.admin(), Duration.ofSeconds(30)).ensureCatalogue();
    String bootstrap = cluster.bootstrapServers();
    List<String> received = new CopyOnWriteArrayList<>();
    CountDownLatch firstArrived = new CountDownLatch(1);
    CountDownLatch releaseFirst = new CountDownLatch(1);
    HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    receiver.createContext("/hook", exchange -> {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      if (received.isEmpty()) {
        // The first delivery is held until the broker is gone, so that its commit fails.
        firstArrived.countDown();
        try {
          releaseFirst.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      received.add(body);
      exchange.sendResponseHeaders(204, -1);
      exchange.close();
    });
    receiver.start();
    Watch watch = watch("kosovo-hook", List.of("kosovo"),
        Map.of("webhook", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook"));
    Properties client = new Properties();
    client.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    client.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    // A commit gives up after a second while the broker is away.
    client.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "1000");
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    WebhookSender sender = new WebhookSender(Duration.ofSeconds(5), 3, Duration.ofMillis(10), registry);
    try (KafkaProducer<String, Alert> alerts = BrokerClients.producer(bootstrap, Topics.ALERTS);
        WebhookDispatcher dispatcher =
            new WebhookDispatcher(client, "webhook-dispatcher-it", 16, sender, id -> Optional.of(watch), registry)) {
      dispatcher.start();
      alerts.send(new ProducerRecord<>(Topics.ALERTS.name(), "a1", alert("a1", "Прве речи о Косову."))).get();
      assertTrue(firstArrived.await(60, TimeUnit.SECONDS), "the first webhook arrived");

      cluster.stop();
      try {
        releaseFirst.countDown();
        await().atMost(Duration.ofSeconds(30)).until(() -> received.size() == 1);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(dispatcher::running);
      } finally {
        cluster.start();
      }

      alerts.send(new ProducerRecord<>(Topics.ALERTS.name(), "a2", alert("a2", "Друге речи о Косову."))).get();
      await().atMost(Duration.ofSeconds(60)).until(() -> received.stream().anyMatch(b -> b.contains("\"a2\"")));
      // The failed commit did happen, and was counted: this test went down the path it names.
      assertTrue(registry.counter(AlertMetrics.WEBHOOK_READER_ERRORS).count() >= 1);
    } finally {
      releaseFirst.countDown();
      receiver.stop(0);
    }
  }

  private static Alert alert(String id, String words) {
    return new Alert(0, id, "kosovo-hook", "kosovo-hook", T0,
        statement(ZAKHAROVA, words, Language.SR_CYRL, "rts", T0, List.of(KOSOVO), List.of()),
        null, List.of(KOSOVO), MatchBasis.STATEMENT, null, null);
  }
}
