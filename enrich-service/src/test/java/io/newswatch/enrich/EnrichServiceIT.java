package io.newswatch.enrich;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswatch.common.config.Env;
import io.newswatch.common.kafka.DeadLetters;
import io.newswatch.common.kafka.Topics;
import io.newswatch.common.model.Actor;
import io.newswatch.common.model.Article;
import io.newswatch.common.model.EnrichedArticle;
import io.newswatch.common.model.Language;
import io.newswatch.common.model.Statement;
import io.newswatch.kafka.KafkaBrokerExtension;
import io.newswatch.kafka.KafkaCluster;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The enrich service against a real broker: topics, exactly-once topology, DLQ, catalogue updates, HTTP. */
@ExtendWith(KafkaBrokerExtension.class)
class EnrichServiceIT {
  @TempDir Path stateDir;

  @Test
  void enrichesArticlesDeadLettersBadOnesAndTakesCatalogueUpdates(KafkaCluster cluster) throws Exception {
    String app = "enrich-it-" + UUID.randomUUID();
    EnrichConfig config = config(cluster, app);
    Properties producerProps = producerProps(cluster);
    Properties consumerProps = consumerProps(cluster, app + "-reader");

    String marker = UUID.randomUUID().toString();
    Article first = Fixtures.article("https://example.test/it/" + marker + "/1", Fixtures.BOTSAN_EN, Language.EN);
    String novakText = "Ivan Novak said on Kosovo that talks will resume next week, Novak added.";
    Article second = Fixtures.article("https://example.test/it/" + marker + "/2", novakText, Language.EN);
    byte[] badKey = ("bad-" + marker).getBytes(StandardCharsets.UTF_8);

    try (EnrichService service = EnrichService.start(config);
        KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerProps);
        KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProps)) {
      HttpClient http = HttpClient.newHttpClient();
      URI ready = URI.create("http://127.0.0.1:" + service.httpPort() + "/health/ready");
      await().atMost(Duration.ofSeconds(60)).until(service::ready);
      assertEquals(200, http.send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.discarding()).statusCode());

      producer.send(new ProducerRecord<>(Topics.ARTICLES.name(), badKey, "{\"broken".getBytes(StandardCharsets.UTF_8)));
      producer.send(article(first));
      producer.flush();

      consumer.subscribe(List.of(Topics.ENRICHED.name(), Topics.STATEMENTS.name(), Topics.ARTICLES.dlq()));
      List<ConsumerRecord<byte[], byte[]>> seen = new ArrayList<>();
      await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () -> {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                return enrichedOf(seen, first.id()) != null && deadLetter(seen, badKey) != null;
              });
      EnrichedArticle enriched = enrichedOf(seen, first.id());
      assertTrue(enriched.actors().stream().anyMatch(a -> a.actorId().equals("Q4098573")));
      assertTrue(enriched.topics().stream().anyMatch(t -> t.topicId().equals("kosovo")));
      ConsumerRecord<byte[], byte[]> dead = deadLetter(seen, badKey);
      assertEquals("deserialization", DeadLetters.header(dead.headers(), DeadLetters.STAGE).orElseThrow());
      assertTrue(DeadLetters.header(dead.headers(), DeadLetters.REASON).orElseThrow().contains("Article"));
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () -> {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                return statementsOf(seen, first.id()).size() == enriched.statementIds().size();
              });
      for (var record : statementsOf(seen, first.id())) {
        assertEquals(record.value().speaker().id(), record.key());
      }

      // A new actor through the compacted topic applies to the next article, with no restart.
      Actor novak =
          new Actor(
              "nw:ivan-novak", "Ivan Novak", Actor.Kind.PERSON, Actor.Gender.MALE, "SI", "Envoy",
              Map.of("en", List.of("Ivan Novak")), Map.of("en", List.of("Novak")), Map.of());
      producer.send(
          new ProducerRecord<>(
              Topics.ACTORS.name(),
              novak.id().getBytes(StandardCharsets.UTF_8),
              Topics.ACTORS.valueSerde().serializer().serialize(Topics.ACTORS.name(), novak)));
      producer.flush();
      await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () -> {
                // Resent until the global thread has the actor: the update and the article travel
                // on different topics, so their order is not guaranteed.
                producer.send(article(second));
                producer.flush();
                consumer.poll(Duration.ofMillis(500)).forEach(seen::add);
                return seen.stream()
                    .filter(r -> r.topic().equals(Topics.ENRICHED.name()))
                    .map(r -> read(r.value()))
                    .filter(e -> e.article().id().equals(second.id()))
                    .anyMatch(e -> e.actors().stream().anyMatch(a -> a.actorId().equals("nw:ivan-novak")));
              });

      String metrics =
          http.send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.httpPort() + "/metrics")).build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      assertTrue(metrics.contains("newswatch_enrich_articles_total{"), "enrich counters on /metrics");
      assertTrue(metrics.contains("newswatch_enrich_latency_seconds"), "latency on /metrics");
      assertTrue(metrics.contains("kafka_stream"), "Kafka Streams metrics on /metrics");
    }
    // The closed service left its group, so a restarted one does not wait out its session.
    await().atMost(Duration.ofSeconds(10)).until(() ->
        cluster.admin().describeConsumerGroups(List.of(app)).all().get().get(app).members().isEmpty());
  }

  /**
   * An article can be small enough to read and yet enrich to more than a record may hold: here
   * 300,000 characters of Cyrillic names (600 KB) whose mentions, each with its offsets, double the
   * enriched record past the 1 MB a producer sends by default. It goes to the dead-letter topic
   * with the reason, nothing of it is written, and the article after it is enriched.
   */
  @Test
  void anArticleThatEnrichesPastTheRecordLimitIsDeadLetteredAndTheNextIsEnriched(KafkaCluster cluster)
      throws Exception {
    String app = "enrich-it-large-" + UUID.randomUUID();
    EnrichConfig config = config(cluster, app);
    String marker = UUID.randomUUID().toString();
    String names = "Александар Вучић и Александар Боцан-Харченко, ";
    Article large =
        Fixtures.article(
            "https://example.test/it/" + marker + "/large",
            names.repeat(300_000 / names.length()),
            Language.SR_CYRL);
    Article next = Fixtures.article("https://example.test/it/" + marker + "/next", Fixtures.BOTSAN_EN, Language.EN);

    try (EnrichService service = EnrichService.start(config);
        KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerProps(cluster));
        KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProps(cluster, app + "-reader"))) {
      await().atMost(Duration.ofSeconds(60)).until(service::ready);
      producer.send(article(large)).get();
      producer.send(article(next)).get();

      consumer.subscribe(List.of(Topics.ENRICHED.name(), Topics.STATEMENTS.name(), Topics.ARTICLES.dlq()));
      List<ConsumerRecord<byte[], byte[]>> seen = new ArrayList<>();
      byte[] largeKey = large.id().getBytes(StandardCharsets.UTF_8);
      await()
          .atMost(Duration.ofSeconds(90))
          .until(
              () -> {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                return enrichedOf(seen, next.id()) != null && deadLetter(seen, largeKey) != null;
              });
      ConsumerRecord<byte[], byte[]> dead = deadLetter(seen, largeKey);
      assertEquals("processing", DeadLetters.header(dead.headers(), DeadLetters.STAGE).orElseThrow());
      String reason = DeadLetters.header(dead.headers(), DeadLetters.REASON).orElseThrow();
      assertTrue(reason.contains("news.enriched") && reason.contains("bytes"), reason);
      assertNull(enrichedOf(seen, large.id()), "nothing of the article is written");
      assertTrue(statementsOf(seen, large.id()).isEmpty(), "nothing of the article is written");
    }
  }

  private EnrichConfig config(KafkaCluster cluster, String app) {
    return EnrichConfig.from(
        new Env(
            Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", cluster.bootstrapServers(),
                EnrichConfig.ACTORS_FILE, Fixtures.resource("actors-test.yaml").toString(),
                EnrichConfig.TOPICS_FILE, Fixtures.resource("topics-test.yaml").toString(),
                EnrichConfig.HTTP_HOST, "127.0.0.1",
                EnrichConfig.HTTP_PORT, "0",
                EnrichConfig.APPLICATION_ID, app,
                EnrichConfig.STATE_DIR, stateDir.toString())));
  }

  private static Properties producerProps(KafkaCluster cluster) {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers());
    props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    return props;
  }

  /** A read_committed reader of bytes from the start of its topics. */
  private static Properties consumerProps(KafkaCluster cluster, String group) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers());
    props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    return props;
  }

  private static ProducerRecord<byte[], byte[]> article(Article article) {
    return new ProducerRecord<>(
        Topics.ARTICLES.name(),
        article.id().getBytes(StandardCharsets.UTF_8),
        Topics.ARTICLES.valueSerde().serializer().serialize(Topics.ARTICLES.name(), article));
  }

  private static EnrichedArticle read(byte[] value) {
    return Topics.ENRICHED.valueSerde().deserializer().deserialize(Topics.ENRICHED.name(), value);
  }

  private static EnrichedArticle enrichedOf(List<ConsumerRecord<byte[], byte[]>> seen, String articleId) {
    return seen.stream()
        .filter(r -> r.topic().equals(Topics.ENRICHED.name()))
        .filter(r -> articleId.equals(new String(r.key(), StandardCharsets.UTF_8)))
        .map(r -> read(r.value()))
        .findFirst()
        .orElse(null);
  }

  private static ConsumerRecord<byte[], byte[]> deadLetter(List<ConsumerRecord<byte[], byte[]>> seen, byte[] key) {
    return seen.stream()
        .filter(r -> r.topic().equals(Topics.ARTICLES.dlq()))
        .filter(r -> r.key() != null && new String(r.key(), StandardCharsets.UTF_8).equals(new String(key, StandardCharsets.UTF_8)))
        .findFirst()
        .orElse(null);
  }

  private record Said(String key, Statement value) {}

  private static List<Said> statementsOf(List<ConsumerRecord<byte[], byte[]>> seen, String articleId) {
    List<Said> out = new ArrayList<>();
    for (ConsumerRecord<byte[], byte[]> r : seen) {
      if (r.topic().equals(Topics.STATEMENTS.name())) {
        Statement s = Topics.STATEMENTS.valueSerde().deserializer().deserialize(Topics.STATEMENTS.name(), r.value());
        if (s.article().articleId().equals(articleId)) {
          out.add(new Said(new String(r.key(), StandardCharsets.UTF_8), s));
        }
      }
    }
    return out;
  }
}
