package io.newswatch.alert;

import static io.newswatch.alert.Fixtures.KOSOVO;
import static io.newswatch.alert.Fixtures.SANCTIONS;
import static io.newswatch.alert.Fixtures.VUCIC;
import static io.newswatch.alert.Fixtures.ZAKHAROVA;
import static io.newswatch.alert.Fixtures.statement;
import static io.newswatch.alert.Fixtures.watch;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.newswatch.common.config.Env;
import io.newswatch.common.json.Json;
import io.newswatch.common.kafka.DeadLetters;
import io.newswatch.common.kafka.Topics;
import io.newswatch.common.model.EchoKind;
import io.newswatch.common.model.Language;
import io.newswatch.common.model.Statement;
import io.newswatch.common.model.Watch;
import io.newswatch.kafka.KafkaBrokerExtension;
import io.newswatch.kafka.KafkaCluster;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The whole service on the real broker, as the launcher runs it. */
@ExtendWith(KafkaBrokerExtension.class)
class AlertServiceIT {
  private static final Duration PATIENCE = Duration.ofSeconds(90);
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void seedsJudgesAtRunTimeDeadLettersDeliversAndServes(KafkaCluster cluster, @TempDir Path dir) throws Exception {
    // A webhook receiver that fails its first request, so delivery needs a retry.
    AtomicInteger hookCalls = new AtomicInteger();
    List<String> delivered = new CopyOnWriteArrayList<>();
    HttpServer hook = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    hook.createContext("/hook", exchange -> {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      boolean fail = hookCalls.incrementAndGet() == 1;
      if (!fail) {
        delivered.add(body);
      }
      exchange.sendResponseHeaders(fail ? 503 : 200, -1);
      exchange.close();
    });
    hook.start();
    String hookUrl = "http://127.0.0.1:" + hook.getAddress().getPort() + "/hook";

    Path seeds = dir.resolve("watches.yaml");
    Files.writeString(
        seeds,
        """
        watches:
          - id: kosovo-any
            name: Kosovo and Metohija, any speaker
            topics: [kosovo]
            webhook: %s
          - id: kosovo-russia
            name: Russian officials on Kosovo and Metohija
            topics: [kosovo]
            actorCountries: [RU]
            ownTopic: true
        """.formatted(hookUrl));
    Map<String, String> env = new HashMap<>();
    env.put("KAFKA_BOOTSTRAP_SERVERS", cluster.bootstrapServers());
    // The webhook group must see the first alert even if it joins after it was written.
    env.put("KAFKA_AUTO_OFFSET_RESET", "earliest");
    env.put("NEWSWATCH_WATCHES_FILE", seeds.toString());
    env.put("NEWSWATCH_HTTP_HOST", "127.0.0.1");
    env.put("NEWSWATCH_ALERT_HTTP_PORT", "0");
    env.put("NEWSWATCH_ALERT_STATE_DIR", dir.resolve("state").toString());
    env.put("NEWSWATCH_ALERT_APPLICATION_ID", "alert-service-it");
    env.put("NEWSWATCH_WEBHOOK_BACKOFF", "20ms");
    AlertConfig config = AlertConfig.from(new Env(env));

    String bootstrap = cluster.bootstrapServers();
    List<ConsumerRecord<byte[], byte[]>> alerts = new ArrayList<>();
    try (AlertService service = AlertService.start(config);
        KafkaConsumer<byte[], byte[]> reader = BrokerClients.consumer(bootstrap, true);
        KafkaProducer<String, Statement> statements = BrokerClients.producer(bootstrap, Topics.STATEMENTS);
        KafkaProducer<String, Watch> watches = BrokerClients.producer(bootstrap, Topics.WATCHES);
        KafkaProducer<byte[], byte[]> raw = BrokerClients.rawProducer(bootstrap)) {
      await().atMost(PATIENCE).until(service::ready);
      await().atMost(PATIENCE).until(() -> service.watchInForce("kosovo-any") && service.watchInForce("kosovo-russia"));
      BrokerClients.assignAll(reader, Topics.ALERTS.name(), Topics.ECHOES.name(), "alerts.kosovo-russia", Topics.STATEMENTS.dlq(), Topics.WATCHES.dlq());

      // The server-sent events stream, open before the first statement.
      List<String> events = new CopyOnWriteArrayList<>();
      http.sendAsync(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.httpPort() + "/alerts/stream")).build(),
          HttpResponse.BodyHandlers.ofLines())
          .thenAccept(response -> response.body().forEach(events::add));

      Instant now = Instant.now();
      Statement tass = statement(ZAKHAROVA, AlertTopologyTest.ZAKHAROVA_EN, Language.EN, "tass", now, List.of(KOSOVO), List.of());
      send(statements, tass);
      Map<String, List<String>> seen = awaitRecords(reader, alerts, 3); // alerts x2, alerts.kosovo-russia x1
      assertEquals(List.of("kosovo-any", "kosovo-russia"), seen.get(Topics.ALERTS.name()).stream().sorted().toList());
      assertEquals(List.of("kosovo-russia"), seen.get("alerts.kosovo-russia"));

      send(statements, statement(ZAKHAROVA, AlertTopologyTest.ZAKHAROVA_EN, Language.EN, "b92", now.plusSeconds(30), List.of(KOSOVO), List.of()));
      seen = awaitRecords(reader, alerts, 5);
      assertEquals(2, seen.get(Topics.ECHOES.name()).size(), "one echo per alert of the statement");

      // The webhook got the kosovo-any alert after one failed attempt.
      await().atMost(PATIENCE).until(() -> delivered.size() == 1);
      assertEquals("kosovo-any", Json.mapper().readTree(delivered.get(0)).get("watchId").asText());
      assertEquals(2, hookCalls.get());

      // /alerts shows the alert with its echo; the stream carried both kinds of event.
      await().atMost(PATIENCE).until(() -> {
        JsonNode list = getJson(service, "/alerts?watch=kosovo-any&limit=10");
        return list.size() == 1 && list.get(0).get("echoes").size() == 1;
      });
      JsonNode listed = getJson(service, "/alerts?watch=kosovo-any&limit=10").get(0);
      assertEquals(EchoKind.VERBATIM.json(), listed.get("echoes").get(0).get("kind").asText());
      assertEquals("b92", listed.get("echoes").get(0).get("outlet").asText());
      assertEquals(400, get(service, "/alerts?limit=0").statusCode());
      await().atMost(PATIENCE).until(() -> events.contains("event: alert") && events.contains("event: echo"));

      // A watch added at run time judges the next statement.
      watches.send(new ProducerRecord<>(Topics.WATCHES.name(), "sanctions-serbia", watch("sanctions-serbia", List.of("sanctions")))).get();
      await().atMost(PATIENCE).until(() -> service.watchInForce("sanctions-serbia"));
      send(statements, statement(VUCIC, "Srbija neće uvesti sankcije Rusiji dok sam ja predsednik.", Language.SR_LATN, "rts", Instant.now(), List.of(SANCTIONS), List.of()));
      seen = awaitRecords(reader, alerts, 6);
      assertEquals("sanctions-serbia", last(seen.get(Topics.ALERTS.name())));

      // A watch removed at run time no longer alerts.
      watches.send(new ProducerRecord<>(Topics.WATCHES.name(), "kosovo-russia", null)).get();
      await().atMost(PATIENCE).until(() -> !service.watchInForce("kosovo-russia"));
      send(statements, statement(ZAKHAROVA, "Pristina is provoking the Serbs of Kosovo and Metohija every single day now.", Language.EN, "tass", Instant.now(), List.of(KOSOVO), List.of()));
      seen = awaitRecords(reader, alerts, 7);
      assertEquals("kosovo-any", last(seen.get(Topics.ALERTS.name())));

      // Malformed records go to their dead-letter topics; the stream goes on.
      raw.send(new ProducerRecord<>(Topics.STATEMENTS.name(), "maria-zakharova".getBytes(StandardCharsets.UTF_8), "{not json".getBytes(StandardCharsets.UTF_8))).get();
      raw.send(new ProducerRecord<>(Topics.WATCHES.name(), "bad-watch".getBytes(StandardCharsets.UTF_8), "{\"id\":\"bad-watch\",\"topics\":[]}".getBytes(StandardCharsets.UTF_8))).get();
      send(statements, statement(ZAKHAROVA, "Belgrade can count on Moscow at the Security Council whatever Pristina tries in Kosovo.", Language.EN, "tass", Instant.now(), List.of(KOSOVO), List.of()));
      seen = awaitRecords(reader, alerts, 10);
      assertEquals(1, seen.get(Topics.STATEMENTS.dlq()).size());
      assertEquals(1, seen.get(Topics.WATCHES.dlq()).size());
      ConsumerRecord<byte[], byte[]> deadWatch =
          alerts.stream().filter(r -> r.topic().equals(Topics.WATCHES.dlq())).findFirst().orElseThrow();
      assertTrue(DeadLetters.header(deadWatch.headers(), DeadLetters.REASON).orElseThrow().contains("names no topic"));
      ConsumerRecord<byte[], byte[]> deadStatement =
          alerts.stream().filter(r -> r.topic().equals(Topics.STATEMENTS.dlq())).findFirst().orElseThrow();
      assertEquals("{not json", new String(deadStatement.value(), StandardCharsets.UTF_8));
      assertEquals("kosovo-any", last(seen.get(Topics.ALERTS.name())));
      assertFalse(service.watchInForce("bad-watch"));
      String metrics = get(service, "/metrics").body();
      assertTrue(metrics.contains("newswatch_alert_alerts_total{service=\"alert\",watch=\"kosovo-any\"}"), "alerts by watch");
      assertTrue(metrics.contains("newswatch_alert_statements_judged_total"), "statements judged");
      assertTrue(metrics.contains("newswatch_alert_webhook_deliveries_total"), "webhook outcomes");
      assertTrue(metrics.contains("newswatch_alert_latency_from_fetched_seconds_bucket"), "latency histogram");
      assertEquals((double) config.rocksDbMemoryBytes(), gauge(metrics, "newswatch_rocksdb_memory_bytes{service=\"alert\",use=\"budget\"}"));
      assertTrue(gauge(metrics, "newswatch_rocksdb_memory_bytes{service=\"alert\",use=\"used\"}") > 0, "the stores use the budget");
    }

    // The closed service left its group: a restarted one gets the tasks at once, where it waited
    // out the old member's 45 s session before.
    await().atMost(Duration.ofSeconds(10)).until(() -> cluster.admin()
        .describeConsumerGroups(List.of("alert-service-it")).all().get().get("alert-service-it").members().isEmpty());

    // After a restart the seed file does not bring the removed watch back, nor a second dead letter.
    try (AlertService service = AlertService.start(config);
        KafkaConsumer<byte[], byte[]> reader = BrokerClients.consumer(bootstrap, true)) {
      await().atMost(PATIENCE).until(() -> service.ready() && service.watchInForce("sanctions-serbia"));
      assertFalse(service.watchInForce("kosovo-russia"), "a removal at run time survives the restart");
      BrokerClients.assignAll(reader, Topics.WATCHES.dlq());
      assertEquals(1, BrokerClients.readToEnd(reader).size());
    } finally {
      hook.stop(0);
    }
  }

  /** The value of one series in a Prometheus scrape. */
  private static double gauge(String scrape, String series) {
    return scrape.lines()
        .filter(line -> line.startsWith(series + " "))
        .mapToDouble(line -> Double.parseDouble(line.substring(series.length() + 1).trim()))
        .findFirst()
        .orElseThrow(() -> new AssertionError(series + " is not in the scrape"));
  }

  private static void send(KafkaProducer<String, Statement> producer, Statement statement) throws Exception {
    producer.send(new ProducerRecord<>(Topics.STATEMENTS.name(), statement.speaker().id(), statement)).get();
  }

  /** Polls until {@code count} records arrived in total; returns the keys (as text) per topic. */
  private static Map<String, List<String>> awaitRecords(
      KafkaConsumer<byte[], byte[]> reader, List<ConsumerRecord<byte[], byte[]>> all, int count) {
    await().pollInSameThread().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(10)).atMost(PATIENCE)
        .until(() -> {
          reader.poll(Duration.ofMillis(100)).forEach(all::add);
          return all.size() >= count;
        });
    assertEquals(count, all.size(), "exactly the expected records");
    Map<String, List<String>> byTopic = new HashMap<>();
    for (ConsumerRecord<byte[], byte[]> record : all) {
      String key = record.key() == null ? "" : new String(record.key(), StandardCharsets.UTF_8);
      byTopic.computeIfAbsent(record.topic(), t -> new ArrayList<>()).add(key);
    }
    return byTopic;
  }

  private static String last(List<String> keys) {
    return keys.get(keys.size() - 1);
  }

  private HttpResponse<String> get(AlertService service, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.httpPort() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode getJson(AlertService service, String path) throws Exception {
    return Json.mapper().readTree(get(service, path).body());
  }

}
