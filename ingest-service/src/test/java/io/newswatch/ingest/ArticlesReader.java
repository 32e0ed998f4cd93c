package io.newswatch.ingest;

import io.newswatch.common.kafka.Topics;
import io.newswatch.common.model.Article;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads every committed article from the start of {@code news.articles}; poll it from the test thread. */
final class ArticlesReader implements AutoCloseable {
  private final KafkaConsumer<String, Article> consumer;
  private final List<Article> articles = new ArrayList<>();
  private final Predicate<Article> filter;

  ArticlesReader(String bootstrap, Predicate<Article> filter) {
    Map<String, Object> config = new HashMap<>();
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    consumer = new KafkaConsumer<>(config, new StringDeserializer(), Topics.ARTICLES.valueSerde().deserializer());
    List<TopicPartition> partitions = new ArrayList<>();
    for (int p = 0; p < Topics.ARTICLES.partitions(); p++) {
      partitions.add(new TopicPartition(Topics.ARTICLES.name(), p));
    }
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
    this.filter = filter;
  }

  /** Polls once and returns everything read so far. */
  List<Article> poll() {
    consumer.poll(Duration.ofMillis(200)).forEach(r -> {
      if (filter.test(r.value())) {
        articles.add(r.value());
      }
    });
    return List.copyOf(articles);
  }

  long distinct() {
    return articles.stream().map(Article::id).distinct().count();
  }

  /** Ids that were emitted more than once. */
  Map<String, Long> duplicates() {
    return articles.stream().collect(Collectors.groupingBy(Article::id, Collectors.counting()))
        .entrySet().stream().filter(e -> e.getValue() > 1)
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  @Override
  public void close() {
    consumer.close();
  }
}
