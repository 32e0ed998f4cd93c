package io.newswatch.alert;

import io.newswatch.common.config.ConfigException;
import io.newswatch.common.kafka.Topics;
import io.newswatch.common.model.Watch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the seed watches whose ids have never been on the watches topic. Ids already there,
 * removed ones included, are left alone, so what users changed at run time survives a restart.
 */
final class WatchSeeder {
  private static final Logger LOG = LoggerFactory.getLogger(WatchSeeder.class);

  private WatchSeeder() {}

  /** The seeds to publish, or a {@link ConfigException} naming the file and the bad entry. */
  static List<Watch> load(Path file, boolean required) {
    if (!Files.exists(file)) {
      if (required) {
        throw new ConfigException(AlertConfig.WATCHES_FILE, file + " does not exist");
      }
      LOG.warn("No seed watches: {} does not exist", file);
      return List.of();
    }
    try {
      return WatchFile.read(file);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(AlertConfig.WATCHES_FILE, e.getMessage());
    }
  }

  /** Publishes the seeds missing from the topic; returns their ids. */
  static List<String> publishMissing(List<Watch> seeds, Set<String> onTopic, Properties client) {
    List<Watch> missing = seeds.stream().filter(w -> !onTopic.contains(w.id())).toList();
    if (missing.isEmpty()) {
      LOG.info("All {} seed watches are on {} already", seeds.size(), Topics.WATCHES.name());
      return List.of();
    }
    Properties props = new Properties();
    props.putAll(client);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    List<String> published = new ArrayList<>();
    try (KafkaProducer<String, Watch> producer =
        new KafkaProducer<>(props, Topics.WATCHES.keySerde().serializer(), Topics.WATCHES.valueSerde().serializer())) {
      for (Watch watch : missing) {
        producer.send(new ProducerRecord<>(Topics.WATCHES.name(), watch.id(), watch)).get(30, TimeUnit.SECONDS);
        published.add(watch.id());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while publishing seed watches", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("Cannot publish seed watches: " + e.getMessage(), e);
    }
    LOG.info("Published seed watches {} to {}", published, Topics.WATCHES.name());
    return List.copyOf(published);
  }
}
