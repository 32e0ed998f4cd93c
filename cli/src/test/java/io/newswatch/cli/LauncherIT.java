package io.newswatch.cli;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswatch.common.kafka.TopicSpec;
import io.newswatch.common.kafka.Topics;
import io.newswatch.common.service.ManagedService;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * What a newcomer does first, through the launcher's own code: the embedded broker and the three
 * services start, each serves /metrics, `topics` lists the catalogue, `alerts --max 0` exits 0, and
 * a second start on the same data directory finds the earlier messages.
 */
class LauncherIT {
  private static final Path REPO = Path.of("..").toAbsolutePath().normalize();

  @TempDir Path data;

  private Map<String, String> environment() {
    Map<String, String> env = new HashMap<>();
    env.put(Launcher.HOME_VARIABLE, REPO.toString());
    env.put(Launcher.DATA_DIR_VARIABLE, data.toString());
    env.put(Launcher.EMBEDDED_PORT_VARIABLE, "0");
    env.put("NEWSWATCH_HTTP_HOST", "127.0.0.1");
    env.put("NEWSWATCH_INGEST_HTTP_PORT", "0");
    env.put("NEWSWATCH_ENRICH_HTTP_PORT", "0");
    env.put("NEWSWATCH_ALERT_HTTP_PORT", "0");
    // No outlet is reachable from a test machine: poll an empty catalogue.
    env.put("NEWSWATCH_SOURCES_FILE", REPO.resolve("cli/src/test/resources/no-sources.yaml").toString());
    return env;
  }

  @Test
  void upStartsBrokerAndServicesThatServeMetricsAndTheToolsAnswer() throws Exception {
    String bootstrap;
    try (Launcher launcher = new Launcher(Launcher.withDefaults(environment()))) {
      bootstrap = launcher.ensureBroker("kafka");
      List<ManagedService> services = new ArrayList<>();
      for (String name : List.of("enrich", "alert", "ingest")) {
        services.add(launcher.startService(name));
      }
      await().atMost(Duration.ofMinutes(2)).until(() -> services.stream().allMatch(ManagedService::ready));

      HttpClient http = HttpClient.newHttpClient();
      for (ManagedService service : services) {
        HttpResponse<String> metrics =
            http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.httpPort() + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, metrics.statusCode(), service.name());
        assertTrue(metrics.body().contains("service=\"" + service.name() + "\""), service.name());
        HttpResponse<String> ready =
            http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.httpPort() + "/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ready.statusCode(), service.name());
      }

      Map<String, String> toolEnv = new HashMap<>(environment());
      toolEnv.put("KAFKA_BOOTSTRAP_SERVERS", bootstrap);
      StringWriter topics = new StringWriter();
      CommandLine cli = Newswatch.commandLine(toolEnv);
      cli.setOut(new PrintWriter(topics));
      assertEquals(0, cli.execute("topics"));
      for (TopicSpec<?, ?> topic : Topics.all()) {
        assertTrue(topics.toString().contains(topic.name()), "topics output lacks " + topic.name() + ":\n" + topics);
      }
      assertEquals(0, Newswatch.commandLine(toolEnv).execute("alerts", "--max", "0", "--timeout", "5"));
      assertEquals(0, Newswatch.commandLine(toolEnv).execute("alerts", "--from-beginning", "--timeout", "2"));

      try (KafkaProducer<String, String> producer =
          new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap), new StringSerializer(), new StringSerializer())) {
        producer.send(new ProducerRecord<>("launcher-it-kept", "k", "still here")).get();
      }
    }

    // A second start on the same data directory: the topic and its message are still there.
    try (Launcher again = new Launcher(Launcher.withDefaults(environment()))) {
      String bootstrapAgain = again.ensureBroker("kafka");
      Map<String, String> toolEnv = new HashMap<>(environment());
      toolEnv.put("KAFKA_BOOTSTRAP_SERVERS", bootstrapAgain);
      StringWriter topics = new StringWriter();
      CommandLine cli = Newswatch.commandLine(toolEnv);
      cli.setOut(new PrintWriter(topics));
      assertEquals(0, cli.execute("topics", "--all"));
      assertTrue(
          topics.toString().lines().anyMatch(l -> l.startsWith("launcher-it-kept") && l.contains(" 1 ")),
          topics.toString());
    }
  }
}
