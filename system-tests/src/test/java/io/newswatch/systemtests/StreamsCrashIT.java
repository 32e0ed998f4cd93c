package io.newswatch.systemtests;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newswatch.alert.AlertConfig;
import io.newswatch.alert.AlertService;
import io.newswatch.common.config.Env;
import io.newswatch.common.kafka.StreamsSupport;
import io.newswatch.common.kafka.TopicBootstrapper;
import io.newswatch.common.kafka.Topics;
import io.newswatch.common.model.Alert;
import io.newswatch.common.model.Article;
import io.newswatch.common.model.EnrichedArticle;
import io.newswatch.common.model.Statement;
import io.newswatch.common.model.TopicMode;
import io.newswatch.common.model.Watch;
import io.newswatch.common.service.ManagedService;
import io.newswatch.enrich.EnrichConfig;
import io.newswatch.enrich.EnrichService;
import io.newswatch.enrich.EnrichTopology;
import io.newswatch.enrich.LiveEnricher;
import io.newswatch.enrich.actors.ActorCatalogue;
import io.newswatch.enrich.topics.TopicCatalogue;
import io.newswatch.kafka.IsolatedBroker;
import io.newswatch.kafka.KafkaBrokerExtension;
import io.newswatch.kafka.KafkaCluster;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7, fault 1: the enrich and the alert instances die at random points while articles keep
 * arriving, twice each, and come back on an empty state directory (a lost disk, so the stores
 * restore from their changelogs); then the services as deployed take over. Counted with
 * read_committed readers: every article is enriched exactly once and every expected alert appears
 * exactly once.
 *
 * <p>A dying instance is the service's own topology on Kafka Streams with a clock that throws an
 * Error at its n-th reading, in the middle of a transaction (the services expose no crash hook;
 * their uncaught-exception handler replaces a dead thread in place, which would hide the restart).
 * The crash points come from a seed printed at the start; {@code -Dnewswatch.faults.seed=N}
 * replays a run.
 */
@IsolatedBroker
@ExtendWith(KafkaBrokerExtension.class)
class StreamsCrashIT {
  private static final Path SEEDS = Path.of("..", "seeds").toAbsolutePath().normalize();
  private static final String ENRICH_APP = "crash-it-enrich";
  private static final String ALERT_APP = "crash-it-alert";
  private static final String WATCH = "crash-it-kosovo";
  private static final int ARTICLES = 240;
  private static final int CRASHES = 2;

  @Test
  void killedEnrichAndAlertInstancesNeitherLoseNorRepeatAnything(KafkaCluster cluster, @TempDir Path dir)
      throws Exception {
    long seed = Long.getLong("newswatch.faults.seed", System.nanoTime());
    System.out.printf("StreamsCrashIT seed %d (replay: -Dnewswatch.faults.seed=%d)%n", seed, seed);
    Random random = new Random(seed);
    String bootstrap = cluster.bootstrapServers();
    new TopicBootstrapper(cluster.admin(), Duration.ofSeconds(60)).ensureCatalogue();

    Map<String, String> env = environment(bootstrap, dir);
    EnrichConfig enrichConfig = EnrichConfig.from(new Env(env));
    AlertConfig alertConfig = AlertConfig.from(new Env(env));
    ActorCatalogue actors = ActorCatalogue.load(enrichConfig.actorsFile());
    var topics = TopicCatalogue.load(enrichConfig.topicsFile()).topics();

    // The articles and, from the enricher offline, the statements the watch must alert on.
    SampleArticles samples = new SampleArticles(random, "crash");
    List<Article> articles = new ArrayList<>();
    Set<String> expectedAlertStatements = new HashSet<>();
    LiveEnricher offline = new LiveEnricher(actors, topics, Clock.systemUTC());
    for (int i = 0; i < ARTICLES; i++) {
      Article article = samples.article(i);
      articles.add(article);
      for (Statement s : offline.current().enrich(article).statements()) {
        if (s.topics().stream().anyMatch(t -> t.topicId().equals("kosovo") && t.score() >= 1.0)) {
          expectedAlertStatements.add(s.id());
        }
      }
    }
    assertEquals(ARTICLES, expectedAlertStatements.size(), "each sample article quotes one official on Kosovo");

    try (KafkaProducer<byte[], byte[]> producer = Clients.producer(bootstrap)) {
      producer.send(new ProducerRecord<>(Topics.WATCHES.name(), Clients.utf8(WATCH), Clients.bytes(Topics.WATCHES, watch()))).get();
    }

    int[] enrichCrashes = crashPoints(random);
    int[] alertCrashes = crashPoints(random);
    System.out.printf("crash points: enrich at articles %s, alert at statements %s%n",
        java.util.Arrays.toString(enrichCrashes), java.util.Arrays.toString(alertCrashes));

    List<ManagedService> services = new ArrayList<>();
    ScheduledExecutorService feeder = Executors.newSingleThreadScheduledExecutor();
    try (KafkaProducer<byte[], byte[]> producer = Clients.producer(bootstrap)) {
      // A steady stream: one article every 60 ms, so the crashes fall while articles still arrive.
      AtomicInteger sent = new AtomicInteger();
      feeder.scheduleAtFixedRate(() -> {
        int n = sent.getAndIncrement();
        if (n < ARTICLES) {
          Article a = articles.get(n);
          producer.send(new ProducerRecord<>(Topics.ARTICLES.name(), Clients.utf8(a.id()), Clients.bytes(Topics.ARTICLES, a)));
        }
      }, 0, 60, TimeUnit.MILLISECONDS);

      CompletableFuture<ManagedService> enrich = CompletableFuture.supplyAsync(() -> {
        for (int i = 0; i < CRASHES; i++) {
          LiveEnricher live = new LiveEnricher(actors, topics, new CrashingClock(enrichCrashes[i]));
          crash("enrich #" + (i + 1), EnrichTopology.topology(enrichConfig, live, null), enrichConfig.kafka().toProperties(),
              ENRICH_APP, dir.resolve("enrich-crash-" + i));
        }
        return EnrichService.start(EnrichConfig.from(new Env(with(env, "NEWSWATCH_ENRICH_STATE_DIR", dir.resolve("enrich-final")))));
      });
      CompletableFuture<ManagedService> alert = CompletableFuture.supplyAsync(() -> {
        for (int i = 0; i < CRASHES; i++) {
          SimpleMeterRegistry registry = new SimpleMeterRegistry();
          crash("alert #" + (i + 1),
              AlertService.topology(alertConfig, new CrashingClock(alertCrashes[i]), id -> true, registry),
              alertConfig.kafka().toProperties(), ALERT_APP, dir.resolve("alert-crash-" + i));
        }
        return AlertService.start(AlertConfig.from(new Env(with(env, "NEWSWATCH_ALERT_STATE_DIR", dir.resolve("alert-final")))));
      });
      services.add(enrich.get(240, TimeUnit.SECONDS));
      services.add(alert.get(240, TimeUnit.SECONDS));
      await().atMost(Duration.ofSeconds(60)).until(() -> sent.get() >= ARTICLES);
      producer.flush();

      // Settled: both applications committed their input to the end, so nothing more will come.
      await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500)).until(() ->
          Clients.consumedToEnd(cluster.admin(), ENRICH_APP, Topics.ARTICLES.name())
              && Clients.consumedToEnd(cluster.admin(), ALERT_APP, Topics.STATEMENTS.name()));
    } finally {
      feeder.shutdownNow();
      for (ManagedService service : services) {
        service.close();
      }
    }

    Map<String, Integer> enriched = count(bootstrap, true, Topics.ENRICHED.name(),
        r -> Topics.ENRICHED.valueSerde().deserializer().deserialize(r.topic(), r.value()).article().id());
    Map<String, Integer> statements = count(bootstrap, true, Topics.STATEMENTS.name(),
        r -> Topics.STATEMENTS.valueSerde().deserializer().deserialize(r.topic(), r.value()).id());
    List<Alert> alerts = new ArrayList<>();
    for (ConsumerRecord<byte[], byte[]> r : Clients.readAll(bootstrap, true, Topics.ALERTS.name())) {
      alerts.add(Topics.ALERTS.valueSerde().deserializer().deserialize(r.topic(), r.value()));
    }
    int echoes = Clients.readAll(bootstrap, true, Topics.ECHOES.name()).size();
    int enrichedWritten = Clients.readAll(bootstrap, false, Topics.ENRICHED.name()).size();
    int alertsWritten = Clients.readAll(bootstrap, false, Topics.ALERTS.name()).size();
    System.out.printf(
        "committed: %d enriched (%d distinct; %d written including aborted transactions), %d statements (%d distinct),"
            + " %d alerts (%d written including aborted), %d echoes%n",
        total(enriched), enriched.size(), enrichedWritten, total(statements), statements.size(), alerts.size(),
        alertsWritten, echoes);

    Set<String> articleIds = new HashSet<>(articles.stream().map(Article::id).toList());
    assertEquals(articleIds, enriched.keySet(), "every article enriched");
    assertEquals(ARTICLES, total(enriched), "no article enriched twice: " + repeated(enriched));
    assertEquals(expectedAlertStatements, statements.keySet(), "every statement extracted");
    assertEquals(expectedAlertStatements.size(), total(statements), "no statement written twice: " + repeated(statements));
    Map<String, Integer> alertsByStatement = new HashMap<>();
    alerts.forEach(a -> alertsByStatement.merge(a.statement().id(), 1, Integer::sum));
    assertEquals(expectedAlertStatements, alertsByStatement.keySet(), "every expected alert, and no other");
    assertEquals(expectedAlertStatements.size(), alerts.size(), "no alert twice: " + repeated(alertsByStatement));
    assertEquals(alerts.size(), new HashSet<>(alerts.stream().map(Alert::id).toList()).size());
    assertTrue(alerts.stream().allMatch(a -> a.watchId().equals(WATCH)));
    assertEquals(0, echoes, "no statement is a reprint of another");
  }

  /** Runs one instance of a topology until its clock kills it; returns once it is dead and closed. */
  private static void crash(String name, Topology topology, Properties client, String appId, Path stateDir) {
    Properties props = StreamsSupport.streamsProperties(client, appId, new SimpleMeterRegistry());
    props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    try (KafkaStreams streams = new KafkaStreams(topology, props)) {
      // A dead process replaces nothing: the whole instance goes down with the thread.
      streams.setUncaughtExceptionHandler(e -> StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
      streams.start();
      await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100))
          .until(() -> streams.state() == KafkaStreams.State.ERROR);
      System.out.printf("%s died%n", name);
    }
  }

  /** Two crash points per service, each within the first third of the stream, so both fall before its end. */
  private static int[] crashPoints(Random random) {
    int[] points = new int[CRASHES];
    for (int i = 0; i < CRASHES; i++) {
      points[i] = 5 + random.nextInt(ARTICLES / 3 - 5);
    }
    return points;
  }

  private static Watch watch() {
    // Exact reprints only: a changed wording or a translation alerts anew, so every sample alerts.
    return new Watch(Watch.CURRENT_VERSION, WATCH, "Kosovo, crash test", List.of("kosovo"), TopicMode.ANY,
        List.of(), List.of(), List.of(), List.of(), 1.0, false, false, false, null);
  }

  private static Map<String, String> environment(String bootstrap, Path dir) throws Exception {
    Path noWatches = dir.resolve("watches.yaml");
    Files.writeString(noWatches, "watches: []\n");
    Map<String, String> env = new HashMap<>();
    env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrap);
    env.put("NEWSWATCH_HTTP_HOST", "127.0.0.1");
    env.put("NEWSWATCH_ENRICH_HTTP_PORT", "0");
    env.put("NEWSWATCH_ALERT_HTTP_PORT", "0");
    env.put("NEWSWATCH_ACTORS_FILE", SEEDS.resolve("actors.yaml").toString());
    env.put("NEWSWATCH_TOPICS_FILE", SEEDS.resolve("topics.yaml").toString());
    env.put("NEWSWATCH_WATCHES_FILE", noWatches.toString());
    env.put("NEWSWATCH_ENRICH_APPLICATION_ID", ENRICH_APP);
    env.put("NEWSWATCH_ALERT_APPLICATION_ID", ALERT_APP);
    env.put("NEWSWATCH_NEAR_THRESHOLD", "1.0");
    // A killed member never leaves its group: the broker must notice within seconds, not the
    // default 45 s, or every restart waits for it.
    env.put("KAFKA_SESSION_TIMEOUT_MS", "6000");
    env.put("KAFKA_HEARTBEAT_INTERVAL_MS", "1000");
    return env;
  }

  private static Map<String, String> with(Map<String, String> env, String name, Path value) {
    Map<String, String> copy = new HashMap<>(env);
    copy.put(name, value.toString());
    return copy;
  }

  private static Map<String, Integer> count(
      String bootstrap, boolean committed, String topic, Function<ConsumerRecord<byte[], byte[]>, String> id) {
    Map<String, Integer> counts = new HashMap<>();
    for (ConsumerRecord<byte[], byte[]> r : Clients.readAll(bootstrap, committed, topic)) {
      counts.merge(id.apply(r), 1, Integer::sum);
    }
    return counts;
  }

  private static int total(Map<String, Integer> counts) {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  private static Map<String, Integer> repeated(Map<String, Integer> counts) {
    Map<String, Integer> repeated = new HashMap<>();
    counts.forEach((k, v) -> {
      if (v > 1) {
        repeated.put(k, v);
      }
    });
    return repeated;
  }
}
