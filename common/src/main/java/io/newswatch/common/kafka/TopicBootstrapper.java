package io.newswatch.common.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the catalogue's topics that are missing and leaves existing ones alone, so every service
 * can run it at start, in any order, any number of times.
 */
public final class TopicBootstrapper {
  private static final Logger LOG = LoggerFactory.getLogger(TopicBootstrapper.class);

  private final Admin admin;
  private final Duration timeout;

  public TopicBootstrapper(Admin admin, Duration timeout) {
    this.admin = admin;
    this.timeout = timeout;
  }

  /** Ensures every topic of {@link Topics#all()} exists; returns the names it created. */
  public List<String> ensureCatalogue() {
    return ensure(Topics.all());
  }

  /**
   * Ensures the given topics exist; returns the names it created (empty when all existed). A topic
   * created concurrently by another instance counts as existing.
   */
  public List<String> ensure(Collection<? extends TopicSpec<?, ?>> topics) {
    try {
      Set<String> existing = admin.listTopics().names().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      List<NewTopic> missing = new ArrayList<>();
      for (TopicSpec<?, ?> topic : topics) {
        if (!existing.contains(topic.name())) {
          missing.add(topic.newTopic());
        }
      }
      if (missing.isEmpty()) {
        LOG.info("All {} topics exist; created none", topics.size());
        return List.of();
      }
      List<String> created = new ArrayList<>();
      Map<String, KafkaFuture<Void>> results = admin.createTopics(missing).values();
      for (Map.Entry<String, KafkaFuture<Void>> result : results.entrySet()) {
        try {
          result.getValue().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
          created.add(result.getKey());
        } catch (ExecutionException e) {
          if (!(e.getCause() instanceof TopicExistsException)) {
            throw new IllegalStateException(
                "Cannot create topic " + result.getKey() + ": " + e.getCause().getMessage(), e.getCause());
          }
        }
      }
      created.sort(null);
      LOG.info("Created topics {}", created);
      return List.copyOf(created);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while creating topics", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("Cannot list topics: " + e.getCause().getMessage(), e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException(
          "Kafka did not answer within " + timeout.toSeconds() + " s while creating topics", e);
    }
  }
}
