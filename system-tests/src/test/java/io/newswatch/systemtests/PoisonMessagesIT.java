package io.newswatch.systemtests;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswatch.alert.AlertConfig;
import io.newswatch.alert.AlertService;
import io.newswatch.common.config.Env;
import io.newswatch.common.json.Json;
import io.newswatch.common.kafka.DeadLetters;
import io.newswatch.common.kafka.TopicBootstrapper;
import io.newswatch.common.kafka.TopicSpec;
import io.newswatch.common.kafka.Topics;
import io.newswatch.common.model.Actor;
import io.newswatch.common.model.Alert;
import io.newswatch.common.model.Article;
import io.newswatch.common.model.EnrichedArticle;
import io.newswatch.common.model.FeedState;
import io.newswatch.common.model.Language;
import io.newswatch.common.model.Source;
import io.newswatch.common.model.Statement;
import io.newswatch.common.model.TopicDefinition;
import io.newswatch.common.model.TopicMode;
import io.newswatch.common.model.Watch;
import io.newswatch.enrich.EnrichConfig;
import io.newswatch.enrich.EnrichService;
import io.newswatch.enrich.LiveEnricher;
import io.newswatch.enrich.actors.ActorCatalogue;
import io.newswatch.enrich.topics.TopicCatalogue;
import io.newswatch.ingest.IngestConfig;
import io.newswatch.ingest.IngestService;
import io.newswatch.kafka.IsolatedBroker;
import io.newswatch.kafka.KafkaBrokerExtension;
import io.newswatch.kafka.KafkaCluster;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7, fault 3: poison on every input topic, with the three services running as deployed. Each
 * kind of poison (not JSON, JSON of the wrong shape, a lone UTF-16 surrogate escape, bytes that are
 * not UTF-8) is followed on the same partition by a good record; the poison goes to the topic's
 * {@code .dlq} with a reason header, or is processed where it is a valid record, and the good
 * record after it is processed. 5 MB records cannot reach any topic of the catalogue (the broker's
 * default limit of about 1 MB applies, as the catalogue sets none): the producer refuses them, at
 * the client by default and at the broker when the client allows more. Large records under the
 * limit are handled: a 200 000-character article is enriched, a 450 000-character one is
 * dead-lettered by the enricher's own text limit. Finally enrich and alert restart with all of
 * this on their compacted catalogue topics and still start and work.
 */
@IsolatedBroker
@ExtendWith(KafkaBrokerExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PoisonMessagesIT {
  private static final Path SEEDS = Path.of("..", "seeds").toAbsolutePath().normalize();
  private static final String SURROGATE_MARK = "SURROGATE_MARK";
  private static final String WATCH = "poison-kosovo";

  /** The kinds of bad bytes, each a function of a valid JSON record of the topic. */
  private enum Poison {
    NOT_JSON,
    WRONG_SHAPE,
    LONE_SURROGATE,
    INVALID_UTF8;

    byte[] bytes(String validJsonWithMark) {
      return switch (this) {
        case NOT_JSON -> Clients.utf8("this is { not JSON");
        case WRONG_SHAPE -> Clients.utf8("{\"schemaVersion\":1,\"unexpected\":[\"shape\"],\"id\":42}");
        // Jackson reads the escape into a Java string holding a lone surrogate.
        case LONE_SURROGATE -> Clients.utf8(validJsonWithMark.replace(SURROGATE_MARK, "\\ud800"));
        // A valid record whose marked string holds C3 28 FF: no UTF-8 decoder accepts that.
        case INVALID_UTF8 -> {
          String[] parts = validJsonWithMark.split(SURROGATE_MARK, 2);
          byte[] head = Clients.utf8(parts[0]);
          byte[] tail = Clients.utf8(parts[1]);
          byte[] out = Arrays.copyOf(head, head.length + 3 + tail.length);
          out[head.length] = (byte) 0xC3;
          out[head.length + 1] = (byte) 0x28;
          out[head.length + 2] = (byte) 0xFF;
          System.arraycopy(tail, 0, out, head.length + 3, tail.length);
          yield out;
        }
      };
    }

    /** Whether the services may take it as a valid record (a lone surrogate is a legal JSON escape). */
    boolean mayBeValid() {
      return this == LONE_SURROGATE;
    }

    String slug() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  private record Sent(TopicSpec<String, ?> topic, Poison poison, byte[] key, byte[] value) {}

  /** First, as the other leaves poison on enrich's compacted catalogues, which every later start reads. */
  @Test
  @Order(1)
  void poisonOnDataTopicsAndAlertAndIngestCataloguesIsDeadLetteredOrProcessed(KafkaCluster cluster, @TempDir Path dir)
      throws Exception {
    run(cluster, dir, false);
  }

  /**
   * newswatch.actors and newswatch.topic-rules feed global stores of the enrich topology, read on
   * the Streams global thread, which cannot be replaced: a record it cannot read must not stop it.
   */
  @Test
  @Order(2)
  void poisonOnEnrichCataloguesIsDeadLetteredAndEnrichKeepsRunning(KafkaCluster cluster, @TempDir Path dir)
      throws Exception {
    run(cluster, dir, true);
  }

  private void run(KafkaCluster cluster, Path dir, boolean enrichCatalogues) throws Exception {
    String bootstrap = cluster.bootstrapServers();
    new TopicBootstrapper(cluster.admin(), Duration.ofSeconds(60)).ensureCatalogue();
    Path noWatches = dir.resolve("watches.yaml");
    Files.writeString(noWatches, "watches: []\n");
    Path noSources = dir.resolve("sources.yaml");
    Files.writeString(noSources, "sources: []\n");
    Map<String, String> env = new HashMap<>();
    env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrap);
    env.put("KAFKA_SESSION_TIMEOUT_MS", "6000");
    env.put("KAFKA_HEARTBEAT_INTERVAL_MS", "1000");
    env.put("NEWSWATCH_HTTP_HOST", "127.0.0.1");
    env.put("NEWSWATCH_ENRICH_HTTP_PORT", "0");
    env.put("NEWSWATCH_ALERT_HTTP_PORT", "0");
    env.put("NEWSWATCH_ACTORS_FILE", SEEDS.resolve("actors.yaml").toString());
    env.put("NEWSWATCH_TOPICS_FILE", SEEDS.resolve("topics.yaml").toString());
    env.put("NEWSWATCH_WATCHES_FILE", noWatches.toString());
    String run = enrichCatalogues ? "catalogues" : "data";
    env.put("NEWSWATCH_ENRICH_APPLICATION_ID", "poison-it-enrich-" + run);
    env.put("NEWSWATCH_ALERT_APPLICATION_ID", "poison-it-alert-" + run);
    env.put("NEWSWATCH_ENRICH_STATE_DIR", dir.resolve("enrich").toString());
    env.put("NEWSWATCH_ALERT_STATE_DIR", dir.resolve("alert").toString());
    env.put("NEWSWATCH_NEAR_THRESHOLD", "1.0");
    Map<String, String> ingestEnv = IngestEnvironment.of(bootstrap, noSources, "poison-it-" + run);
    ingestEnv.put("KAFKA_SESSION_TIMEOUT_MS", "6000");

    SampleArticles samples = new SampleArticles(new Random(11), "poison-" + run);
    LiveEnricher offline = new LiveEnricher(
        ActorCatalogue.load(SEEDS.resolve("actors.yaml")), TopicCatalogue.load(SEEDS.resolve("topics.yaml")).topics(),
        Clock.systemUTC());
    try (KafkaProducer<byte[], byte[]> producer = Clients.producer(bootstrap)) {
      producer.send(new ProducerRecord<>(Topics.WATCHES.name(), Clients.utf8(WATCH), Clients.bytes(Topics.WATCHES, watch(WATCH)))).get();
    }

    try (FeedServer outlet = new FeedServer()) {
      EnrichService enrich = EnrichService.start(EnrichConfig.from(new Env(env)));
      AlertService alert = AlertService.start(AlertConfig.from(new Env(env)));
      IngestService ingest = IngestService.start(IngestConfig.from(new Env(ingestEnv)));
      try {
        await().atMost(Duration.ofSeconds(90)).until(() -> enrich.ready() && alert.ready() && ingest.ready());

        // 5 MB never reaches a topic of the catalogue: refused by the client, or by the broker.
        String fiveMbText = "x".repeat(5 * 1024 * 1024);
        byte[] fiveMbArticle = Clients.bytes(Topics.ARTICLES, samples.article("five-mb", Language.EN, "Five MB", fiveMbText));
        byte[] fiveMbGarbage = new byte[5 * 1024 * 1024];
        new Random(5).nextBytes(fiveMbGarbage);
        List<TopicSpec<String, ?>> inputs = List.of(Topics.ARTICLES, Topics.STATEMENTS, Topics.WATCHES, Topics.SOURCES,
            Topics.ACTORS, Topics.TOPIC_RULES, Topics.INGEST_STATE);
        try (KafkaProducer<byte[], byte[]> byDefault = Clients.producer(bootstrap);
            KafkaProducer<byte[], byte[]> permissive = Clients.producer(bootstrap, Map.of(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 16 * 1024 * 1024))) {
          for (TopicSpec<String, ?> topic : enrichCatalogues ? List.<TopicSpec<String, ?>>of() : inputs) {
            for (byte[] big : List.of(fiveMbArticle, fiveMbGarbage)) {
              ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(topic.name(), Clients.utf8("five-mb"), big);
              ExecutionException client = assertThrows(ExecutionException.class, () -> byDefault.send(record).get(), topic.name());
              assertInstanceOf(RecordTooLargeException.class, client.getCause(), topic.name());
              ExecutionException broker = assertThrows(ExecutionException.class, () -> permissive.send(record).get(), topic.name());
              assertInstanceOf(RecordTooLargeException.class, broker.getCause(), topic.name());
            }
          }
        }
                System.out.println("5 MB records: refused by the producer (RecordTooLargeException) on every input topic,"
            + " at the client with default settings and at the broker with max.request.size raised");

        List<Sent> sent = new ArrayList<>();
        Map<String, Article> goodArticles = new LinkedHashMap<>();
        Map<String, Statement> goodStatements = new LinkedHashMap<>();
        int sample = 0;
        try (KafkaProducer<byte[], byte[]> producer = Clients.producer(bootstrap)) {
          for (Poison poison : Poison.values()) {
            String key = "poison-" + poison.slug();
            if (enrichCatalogues) {
              String actorId = "nw:fault-actor-" + poison.slug();
              sent.add(send(producer, Topics.ACTORS, poison, actorId, poison.bytes(Json.write(actor(actorId, SURROGATE_MARK)))));
              producer.send(new ProducerRecord<>(Topics.ACTORS.name(), Clients.utf8(actorId), Clients.bytes(Topics.ACTORS, actor(actorId, "Zoran Faultovic"))));
              String topicId = "fault-topic-" + poison.slug();
              sent.add(send(producer, Topics.TOPIC_RULES, poison, topicId, poison.bytes(Json.write(topicRule(topicId, SURROGATE_MARK)))));
              producer.send(new ProducerRecord<>(Topics.TOPIC_RULES.name(), Clients.utf8(topicId), Clients.bytes(Topics.TOPIC_RULES, topicRule(topicId, "Fault topic"))));
              continue;
            }
            // news.articles: poison, then a good article, on one partition (one key).
            Article marked = samples.article("marked-" + poison.slug(), Language.EN, "Marked " + SURROGATE_MARK, "Text " + SURROGATE_MARK + " of a marked article.");
            sent.add(send(producer, Topics.ARTICLES, poison, key, poison.bytes(Json.write(marked))));
            Article good = samples.article(sample++);
            goodArticles.put(good.id(), good);
            producer.send(new ProducerRecord<>(Topics.ARTICLES.name(), Clients.utf8(key), Clients.bytes(Topics.ARTICLES, good)));

            // news.statements: poison, then a statement the watch alerts on.
            Statement statement = offline.current().enrich(samples.article(sample++)).statements().getFirst();
            String statementJson = Json.write(statement).replace(Json.write(statement.text()), "\"Kosovo " + SURROGATE_MARK + "\"");
            sent.add(send(producer, Topics.STATEMENTS, poison, key, poison.bytes(statementJson)));
            goodStatements.put(statement.id(), statement);
            producer.send(new ProducerRecord<>(Topics.STATEMENTS.name(), Clients.utf8(key), Clients.bytes(Topics.STATEMENTS, statement)));

            // Compacted catalogues: the key is the record's id, so poison and good record share it.
            String watchId = "good-watch-" + poison.slug();
            sent.add(send(producer, Topics.WATCHES, poison, watchId, poison.bytes(Json.write(watch(watchId)).replace("\"name\":\"Kosovo\"", "\"name\":\"" + SURROGATE_MARK + "\""))));
            producer.send(new ProducerRecord<>(Topics.WATCHES.name(), Clients.utf8(watchId), Clients.bytes(Topics.WATCHES, watch(watchId))));

            String sourceId = "good-src-" + poison.slug();
            Source source = source(sourceId, outlet.url("/feed/" + sourceId + ".xml"), "Source");
            sent.add(send(producer, Topics.SOURCES, poison, sourceId, poison.bytes(Json.write(source(sourceId, source.feeds().getFirst(), SURROGATE_MARK)))));
            producer.send(new ProducerRecord<>(Topics.SOURCES.name(), Clients.utf8(sourceId), Clients.bytes(Topics.SOURCES, source)));

            String feedUrl = outlet.url("/feed/state-" + poison.slug() + ".xml");
            FeedState state = new FeedState(FeedState.CURRENT_VERSION, feedUrl, "state-src", null, null, List.of(),
                Instant.now(), 0, Instant.now());
            sent.add(send(producer, Topics.INGEST_STATE, poison, feedUrl, poison.bytes(Json.write(state).replace("\"state-src\"", "\"" + SURROGATE_MARK + "\""))));
            producer.send(new ProducerRecord<>(Topics.INGEST_STATE.name(), Clients.utf8(feedUrl), Clients.bytes(Topics.INGEST_STATE, state)));
          }
          Article large = samples.article("large", Language.EN, "Large", longText(200_000));
          goodArticles.put(large.id(), large);
          producer.send(new ProducerRecord<>(Topics.ARTICLES.name(), Clients.utf8(large.id()), Clients.bytes(Topics.ARTICLES, large)));
          Article tooLong = samples.article("too-long", Language.EN, "Too long", longText(450_000));
          sent.add(send(producer, Topics.ARTICLES, null, tooLong.id(), Clients.bytes(Topics.ARTICLES, tooLong)));
          producer.flush();
        }

        // The good records after the poison are processed.
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
            .failFast("the enrich service died", () -> enrich.state() == org.apache.kafka.streams.KafkaStreams.State.ERROR
                || enrich.state() == org.apache.kafka.streams.KafkaStreams.State.NOT_RUNNING)
            .untilAsserted(() -> {
          List<String> enriched = Clients.readAll(bootstrap, true, Topics.ENRICHED.name()).stream()
              .map(r -> Topics.ENRICHED.valueSerde().deserializer().deserialize(r.topic(), r.value()).article().id()).toList();
          assertTrue(enriched.containsAll(goodArticles.keySet()), "good articles enriched: " + enriched.size());
          List<String> alerted = alerts(bootstrap).stream().map(a -> a.statement().id()).toList();
          assertTrue(alerted.containsAll(goodStatements.keySet()), "good statements alerted: " + alerted.size());
          for (Poison poison : enrichCatalogues ? new Poison[0] : Poison.values()) {
            assertTrue(alert.watchInForce("good-watch-" + poison.slug()), "watch after " + poison);
            assertTrue(outlet.hits("/feed/good-src-" + poison.slug() + ".xml") > 0, "source after " + poison);
          }
        });
        assertTrue(enrich.ready() && alert.ready() && ingest.ready(), "every service still ready");
        if (enrichCatalogues) {
          // The catalogue records reach the enricher on Streams' global thread, at their own pace:
          // probe with a fresh article until one is enriched under the new catalogue.
          java.util.concurrent.atomic.AtomicInteger probes = new java.util.concurrent.atomic.AtomicInteger();
          try (KafkaProducer<byte[], byte[]> prober = Clients.producer(bootstrap)) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
              List<EnrichedArticle> enrichedProbes = Clients.readAll(bootstrap, true, Topics.ENRICHED.name()).stream()
                  .map(r -> Topics.ENRICHED.valueSerde().deserializer().deserialize(r.topic(), r.value()))
                  .filter(e -> e.article().title().equals("Probe")).toList();
              boolean inForce = enrichedProbes.stream().anyMatch(e ->
                  e.actors().stream().anyMatch(m -> m.actorId().startsWith("nw:fault-actor-"))
                      && e.topics().stream().anyMatch(t -> t.topicId().startsWith("fault-topic-")));
              if (!inForce) {
                Article probe = samples.article("catalogue-probe-" + probes.incrementAndGet(), Language.EN, "Probe",
                    "Ambassador Zoran Faultovic spoke about the zzfaultterm question in Belgrade on Monday.");
                prober.send(new ProducerRecord<>(Topics.ARTICLES.name(), Clients.utf8(probe.id()), Clients.bytes(Topics.ARTICLES, probe)));
                prober.flush();
              }
              assertTrue(inForce, "the good actor and topic rule after the poison are in force: " + enrichedProbes.stream()
                  .map(e -> e.actors().stream().map(m -> m.actorId()).toList() + " " + e.topics().stream().map(t -> t.topicId()).toList())
                  .toList());
            });
          }
        }

        // Each poison: a dead letter with its bytes and a reason, or (where valid) processed.
        Map<String, List<ConsumerRecord<byte[], byte[]>>> deadLetters = new HashMap<>();
        for (TopicSpec<String, ?> topic : inputs) {
          deadLetters.put(topic.name(), Clients.readAll(bootstrap, true, topic.dlq()));
        }
        List<String> report = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Sent s : sent) {
          List<ConsumerRecord<byte[], byte[]>> letters = deadLetters.get(s.topic().name()).stream()
              .filter(r -> Arrays.equals(r.value(), s.value())).toList();
          String what = s.topic().name() + " " + (s.poison() == null ? "450k-char article" : s.poison());
          if (letters.size() == 1) {
            String reason = DeadLetters.header(letters.getFirst().headers(), DeadLetters.REASON).orElse("");
            assertTrue(!reason.isBlank(), what + " dead letter has a reason");
            report.add(what + " -> " + s.topic().dlq() + ": " + reason);
          } else if (letters.isEmpty() && s.poison() != null && s.poison().mayBeValid()) {
            report.add(what + " -> accepted as a valid record");
          } else {
            missing.add(what + " (" + letters.size() + " dead letters)");
            report.add(what + " -> " + letters.size() + " dead letters");
          }
        }
        System.out.println("poison outcomes:");
        report.forEach(line -> System.out.println("  " + line));

        // The catalogues' poison stays on the compacted topics: restarts must read past it.
        enrich.close();
        alert.close();
        EnrichService enrich2 = EnrichService.start(EnrichConfig.from(new Env(env)));
        AlertService alert2 = AlertService.start(AlertConfig.from(new Env(env)));
        try {
          await().atMost(Duration.ofSeconds(90))
              .failFast("the enrich service died at restart", () -> enrich2.state() == org.apache.kafka.streams.KafkaStreams.State.ERROR)
              .until(() -> enrich2.ready() && alert2.ready());
          Article after = samples.article(sample++);
          try (KafkaProducer<byte[], byte[]> producer = Clients.producer(bootstrap)) {
            producer.send(new ProducerRecord<>(Topics.ARTICLES.name(), Clients.utf8(after.id()), Clients.bytes(Topics.ARTICLES, after))).get();
          }
          // The catalogue variant publishes no watch, so there it is enough that enrich goes on.
          await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() ->
              enrichCatalogues
                  ? Clients.readAll(bootstrap, true, Topics.ENRICHED.name()).stream()
                      .anyMatch(r -> Topics.ENRICHED.valueSerde().deserializer().deserialize(r.topic(), r.value())
                          .article().id().equals(after.id()))
                  : alerts(bootstrap).stream().anyMatch(a -> a.statement().article().articleId().equals(after.id())));
          for (Poison poison : enrichCatalogues ? new Poison[0] : Poison.values()) {
            assertTrue(alert2.watchInForce("good-watch-" + poison.slug()), "watch after restart " + poison);
          }
        } finally {
          alert2.close();
          enrich2.close();
        }
        assertEquals(List.of(), missing, "poison neither dead-lettered nor accepted");
      } finally {
        ingest.close();
        alert.close();
        enrich.close();
      }
    }
  }

  private static Sent send(KafkaProducer<byte[], byte[]> producer, TopicSpec<String, ?> topic, Poison poison, String key, byte[] value) {
    producer.send(new ProducerRecord<>(topic.name(), Clients.utf8(key), value));
    return new Sent(topic, poison, Clients.utf8(key), value);
  }

  private static List<Alert> alerts(String bootstrap) {
    return Clients.readAll(bootstrap, true, Topics.ALERTS.name()).stream()
        .map(r -> Topics.ALERTS.valueSerde().deserializer().deserialize(r.topic(), r.value())).toList();
  }

  private static Watch watch(String id) {
    return new Watch(Watch.CURRENT_VERSION, id, "Kosovo", List.of("kosovo"), TopicMode.ANY,
        List.of(), List.of(), List.of(), List.of(), 1.0, false, false, false, null);
  }

  private static Source source(String id, String feed, String name) {
    return new Source(Source.CURRENT_VERSION, id, name, id, "RS", Language.EN, List.of(feed), List.of(), List.of(), null);
  }

  private static Actor actor(String id, String name) {
    return new Actor(id, name, Actor.Kind.PERSON, Actor.Gender.MALE, "RS", "ambassador",
        Map.of("en", List.of("Zoran Faultovic")), Map.of("en", List.of("Faultovic")), Map.of());
  }

  private static TopicDefinition topicRule(String id, String name) {
    return new TopicDefinition(id, name, 1.0, Map.of("en", List.of(new TopicDefinition.Rule("zzfaultterm", 1.0))));
  }

  /** Plain sentences without names or quotes, so the text is big but the work on it is simple. */
  private static String longText(int chars) {
    StringBuilder text = new StringBuilder(chars + 100);
    int n = 0;
    while (text.length() < chars) {
      text.append("The weather in the region stayed mild on day ").append(n++).append(" of the season.");
      text.append(n % 10 == 0 ? "\n\n" : " ");
    }
    return text.substring(0, chars);
  }
}
