package io.newswatch.cli;

import io.newswatch.common.config.Env;
import io.newswatch.common.config.KafkaSettings;
import io.newswatch.common.kafka.Topics;
import io.newswatch.common.model.Alert;
import io.newswatch.common.model.Echo;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newswatch alerts}: subscribes to the alert topics and prints each alert, with the echoes
 * (reprints in other outlets) recorded for it.
 */
@Command(
    name = "alerts",
    mixinStandardHelpOptions = true,
    description = "Follow alerts as they are published (Ctrl-C to stop).")
final class AlertsCommand implements Callable<Integer> {
  @ParentCommand Newswatch parent;

  @Option(names = "--watch", paramLabel = "ID", description = "Only this watch's alerts.")
  String watch;

  @Option(names = "--from-beginning", description = "Start with the alerts already on the topic.")
  boolean fromBeginning;

  @Option(names = "--json", description = "One JSON object per line, each alert with its echoes.")
  boolean json;

  @Option(names = "--max", paramLabel = "N", description = "Stop after N alerts.")
  Integer max;

  @Option(names = "--timeout", paramLabel = "S", description = "Stop after S seconds.")
  Integer timeoutSeconds;

  @Spec CommandSpec spec;

  private final Map<String, List<Echo>> echoesByAlert = new HashMap<>();
  private int printed;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (max != null && max <= 0) {
      return 0;
    }
    Instant deadline =
        timeoutSeconds == null ? Instant.MAX : Instant.now().plusSeconds(Math.max(0, timeoutSeconds));
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProperties())) {
      CatchUp catchUp = new CatchUp(consumer, fromBeginning);
      consumer.subscribe(List.of(Topics.ALERTS.name(), Topics.ECHOES.name()), catchUp);
      // While catching up, alerts wait here so each prints with every echo already recorded.
      Map<String, Alert> backlog = new LinkedHashMap<>();
      while (Instant.now().isBefore(deadline) && !done()) {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(250))) {
          handle(record, catchUp.active(), backlog, out);
          if (done()) {
            break;
          }
        }
        if (catchUp.finished(consumer)) {
          for (Alert alert : backlog.values()) {
            if (done()) {
              break;
            }
            print(alert, out);
          }
          backlog.clear();
        }
        out.flush();
      }
    }
    out.flush();
    return 0;
  }

  private boolean done() {
    return max != null && printed >= max;
  }

  private void handle(
      ConsumerRecord<byte[], byte[]> record, boolean catchingUp, Map<String, Alert> backlog, PrintWriter out) {
    try {
      if (record.topic().equals(Topics.ECHOES.name())) {
        Echo echo = Topics.ECHOES.valueSerde().deserializer().deserialize(record.topic(), record.value());
        if (echo == null || (watch != null && !watch.equals(echo.watchId()))) {
          return;
        }
        echoesByAlert.computeIfAbsent(echo.alertId(), id -> new ArrayList<>()).add(echo);
        if (!catchingUp) {
          out.println(json ? AlertPrinter.jsonEcho(echo) : AlertPrinter.terminalEcho(echo));
        }
        return;
      }
      Alert alert = Topics.ALERTS.valueSerde().deserializer().deserialize(record.topic(), record.value());
      if (alert == null || (watch != null && !watch.equals(alert.watchId()))) {
        return;
      }
      if (catchingUp) {
        backlog.put(alert.id(), alert);
      } else {
        print(alert, out);
      }
    } catch (SerializationException e) {
      spec.commandLine().getErr().println("newswatch: skipped an unreadable record: " + e.getMessage());
    }
  }

  private void print(Alert alert, PrintWriter out) {
    List<Echo> echoes = echoesByAlert.getOrDefault(alert.id(), List.of());
    out.println(json ? AlertPrinter.jsonLine(alert, echoes) : AlertPrinter.terminal(alert, echoes));
    printed++;
  }

  private Properties consumerProperties() {
    Map<String, String> env = Launcher.withDefaults(parent.environment());
    env.putIfAbsent(
        KafkaSettings.BOOTSTRAP_VARIABLE,
        "localhost:" + new Env(env).port(Launcher.EMBEDDED_PORT_VARIABLE, 9092));
    Properties props = KafkaSettings.from(new Env(env)).toProperties();
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "newswatch-alerts-cli-" + UUID.randomUUID());
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, fromBeginning ? "earliest" : "latest");
    // Alerts are written in transactions; a reader must never show one that was rolled back.
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    return props;
  }

  /** Knows when the reader has reached the end offsets that existed when its partitions came. */
  private static final class CatchUp implements ConsumerRebalanceListener {
    private final KafkaConsumer<byte[], byte[]> consumer;
    private boolean active;
    private Map<TopicPartition, Long> targets = Map.of();

    CatchUp(KafkaConsumer<byte[], byte[]> consumer, boolean fromBeginning) {
      this.consumer = consumer;
      this.active = fromBeginning;
    }

    boolean active() {
      return active;
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
      if (active) {
        targets = new HashMap<>(consumer.endOffsets(partitions));
      }
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {}

    /** True once, at the moment catching up ends; false before and after. */
    boolean finished(KafkaConsumer<byte[], byte[]> consumer) {
      if (!active || consumer.assignment().isEmpty() || targets.isEmpty()) {
        return false;
      }
      for (Map.Entry<TopicPartition, Long> target : targets.entrySet()) {
        if (consumer.position(target.getKey()) < target.getValue()) {
          return false;
        }
      }
      active = false;
      return true;
    }
  }
}
