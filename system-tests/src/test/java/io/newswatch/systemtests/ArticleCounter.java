package io.newswatch.systemtests;

import io.newswatch.common.kafka.Topics;
import io.newswatch.common.model.Article;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Follows {@code news.articles} as a user of the pipeline does (read_committed) and counts each
 * article id, so a test sees both what is missing and what came twice. Use from one thread.
 */
final class ArticleCounter implements AutoCloseable {
  private final KafkaConsumer<byte[], byte[]> consumer;
  private final Predicate<Article> mine;
  private final Map<String, Integer> counts = new HashMap<>();
  private final Map<String, String> urls = new HashMap<>();

  ArticleCounter(String bootstrap, Predicate<Article> mine) {
    Map<String, Object> props = new HashMap<>();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "system-test-articles-" + UUID.randomUUID());
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    this.mine = mine;
  }

  /** The topic appears when the service under test creates the catalogue. */
  private boolean assigned() {
    if (consumer.assignment().isEmpty()) {
      List<TopicPartition> partitions = consumer.partitionsFor(Topics.ARTICLES.name(), Duration.ofSeconds(5)).stream()
          .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
      if (partitions.size() < Topics.ARTICLES.partitions()) {
        return false;
      }
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
    }
    return true;
  }

  /** Reads what has arrived since the last call; returns the number of distinct articles so far. */
  int poll() {
    if (!assigned()) {
      return 0;
    }
    for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(300))) {
      Article article = Topics.ARTICLES.valueSerde().deserializer().deserialize(record.topic(), record.value());
      if (mine.test(article)) {
        counts.merge(article.id(), 1, Integer::sum);
        urls.put(article.id(), article.url());
      }
    }
    return counts.size();
  }

  int distinct() {
    return counts.size();
  }

  int total() {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** URLs of the articles that arrived more than once, with their counts. */
  Map<String, Integer> duplicates() {
    Map<String, Integer> repeated = new HashMap<>();
    counts.forEach((id, n) -> {
      if (n > 1) {
        repeated.put(urls.get(id), n);
      }
    });
    return repeated;
  }

  java.util.Set<String> urls() {
    return java.util.Set.copyOf(urls.values());
  }

  @Override
  public void close() {
    consumer.close(Duration.ofSeconds(5));
  }
}
