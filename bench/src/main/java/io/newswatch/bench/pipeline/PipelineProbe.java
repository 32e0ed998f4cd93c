package io.newswatch.bench.pipeline;

import io.newswatch.common.kafka.TopicSpec;
import io.newswatch.common.kafka.Topics;
import io.newswatch.common.model.Alert;
import io.newswatch.common.model.Article;
import io.newswatch.common.model.Echo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads what the pipeline publishes, as a subscriber would (read_committed, so a record counts
 * once its transaction commits), and notes per article when it became readable on {@code
 * news.articles}, on {@code news.enriched} and, first, on {@code alerts}. It also counts
 * statements, echoes and dead letters, which tell whether the synthetic articles behaved.
 *
 * <p>Articles are known by the number in their URL ({@code /a/<serial>.html}); enriched articles
 * come keyed by article id, matched through the article record (which commits first).
 */
final class PipelineProbe implements AutoCloseable {
  private static final Pattern SERIAL = Pattern.compile("/a/(\\d+)\\.html");

  private final KafkaConsumer<byte[], byte[]> consumer;
  private final Thread thread;
  private volatile boolean running = true;
  private volatile Throwable failure;

  // Written by the probe thread only; read under the lock by the benchmark.
  private long[] articleSeen = new long[4096];
  private long[] fetchedAt = new long[4096];
  private long[] enrichedSeen = new long[4096];
  private long[] alertSeen = new long[4096];
  private int[] alertCount = new int[4096];
  private final List<Long> alertTimes = new ArrayList<>();
  private final Map<String, Integer> serialById = new HashMap<>();
  private final Map<String, Long> enrichedBeforeArticle = new HashMap<>();
  private final Map<String, Long> alertsByWatch = new TreeMap<>();
  private final Map<String, Long> echoesByKind = new TreeMap<>();
  private final Map<String, Long> deadLetters = new TreeMap<>();

  private final AtomicLong articles = new AtomicLong();
  private final AtomicLong enriched = new AtomicLong();
  private final AtomicLong statements = new AtomicLong();
  private final AtomicLong alerts = new AtomicLong();
  private final AtomicLong duplicates = new AtomicLong();
  private final AtomicLong foreign = new AtomicLong();

  PipelineProbe(String bootstrap) {
    Map<String, Object> config = new HashMap<>();
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    config.put(ConsumerConfig.CLIENT_ID_CONFIG, "pipeline-benchmark-probe");
    consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    List<TopicPartition> partitions = new ArrayList<>();
    for (String topic : List.of(Topics.ARTICLES.name(), Topics.ENRICHED.name(), Topics.STATEMENTS.name(),
        Topics.ALERTS.name(), Topics.ECHOES.name(), Topics.ARTICLES.dlq(), Topics.ENRICHED.dlq(),
        Topics.STATEMENTS.dlq())) {
      List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(30));
      if (infos != null) {
        infos.forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
      }
    }
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
    thread = Thread.ofPlatform().name("pipeline-probe").daemon().unstarted(this::run);
  }

  void start() {
    thread.start();
  }

  private void run() {
    try {
      while (running) {
        var records = consumer.poll(Duration.ofMillis(50));
        long now = System.currentTimeMillis();
        if (records.isEmpty()) {
          continue;
        }
        synchronized (this) {
          for (ConsumerRecord<byte[], byte[]> record : records) {
            handle(record, now);
          }
        }
      }
    } catch (RuntimeException e) {
      if (running) {
        failure = e;
      }
    } finally {
      consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
    }
  }

  private void handle(ConsumerRecord<byte[], byte[]> record, long now) {
    String topic = record.topic();
    if (topic.equals(Topics.ARTICLES.name())) {
      Article article = read(Topics.ARTICLES, record);
      int serial = serialOf(article.url());
      if (serial < 0) {
        foreign.incrementAndGet();
        return;
      }
      ensure(serial);
      if (articleSeen[serial] != 0) {
        duplicates.incrementAndGet();
        return;
      }
      articleSeen[serial] = now;
      fetchedAt[serial] = article.fetchedAt().toEpochMilli();
      serialById.put(article.id(), serial);
      articles.incrementAndGet();
      Long early = enrichedBeforeArticle.remove(article.id());
      if (early != null) {
        enriched(serial, early);
      }
    } else if (topic.equals(Topics.ENRICHED.name())) {
      String id = new String(record.key(), java.nio.charset.StandardCharsets.UTF_8);
      Integer serial = serialById.get(id);
      if (serial == null) {
        enrichedBeforeArticle.put(id, now);
      } else {
        enriched(serial, now);
      }
    } else if (topic.equals(Topics.STATEMENTS.name())) {
      statements.incrementAndGet();
    } else if (topic.equals(Topics.ALERTS.name())) {
      Alert alert = read(Topics.ALERTS, record);
      alerts.incrementAndGet();
      alertTimes.add(now);
      alertsByWatch.merge(alert.watchId(), 1L, Long::sum);
      Integer serial = serialById.get(alert.statement().article().articleId());
      int s = serial != null ? serial : serialOf(alert.statement().article().url());
      if (s < 0) {
        foreign.incrementAndGet();
        return;
      }
      ensure(s);
      if (alertCount[s]++ == 0) {
        alertSeen[s] = now;
      }
    } else if (topic.equals(Topics.ECHOES.name())) {
      Echo echo = read(Topics.ECHOES, record);
      echoesByKind.merge(echo.kind().json(), 1L, Long::sum);
    } else {
      deadLetters.merge(topic, 1L, Long::sum);
    }
  }

  private void enriched(int serial, long at) {
    ensure(serial);
    if (enrichedSeen[serial] != 0) {
      duplicates.incrementAndGet();
      return;
    }
    enrichedSeen[serial] = at;
    enriched.incrementAndGet();
  }

  private static <V> V read(TopicSpec<String, V> spec, ConsumerRecord<byte[], byte[]> record) {
    return spec.valueSerde().deserializer().deserialize(record.topic(), record.value());
  }

  static int serialOf(String url) {
    if (url == null) {
      return -1;
    }
    Matcher m = SERIAL.matcher(url);
    return m.find() ? Integer.parseInt(m.group(1)) : -1;
  }

  private void ensure(int serial) {
    if (serial < articleSeen.length) {
      return;
    }
    int size = Math.max(serial + 1, articleSeen.length * 2);
    articleSeen = Arrays.copyOf(articleSeen, size);
    fetchedAt = Arrays.copyOf(fetchedAt, size);
    enrichedSeen = Arrays.copyOf(enrichedSeen, size);
    alertSeen = Arrays.copyOf(alertSeen, size);
    alertCount = Arrays.copyOf(alertCount, size);
  }

  /** Throws what stopped the probe thread, if anything did. */
  void check() {
    Throwable t = failure;
    if (t != null) {
      throw new IllegalStateException("the probe consumer failed: " + t, t);
    }
  }

  long articles() {
    return articles.get();
  }

  long enriched() {
    return enriched.get();
  }

  long statements() {
    return statements.get();
  }

  long alerts() {
    return alerts.get();
  }

  long duplicates() {
    return duplicates.get();
  }

  long foreign() {
    return foreign.get();
  }

  /** What the probe knows of one article; zero times mean not (yet) seen. */
  record Seen(long article, long fetched, long enriched, long firstAlert, int alerts) {}

  synchronized Seen seen(int serial) {
    if (serial >= articleSeen.length) {
      return new Seen(0, 0, 0, 0, 0);
    }
    return new Seen(articleSeen[serial], fetchedAt[serial], enrichedSeen[serial], alertSeen[serial], alertCount[serial]);
  }

  /** Alerts that became readable in [fromMs, toMs). */
  synchronized long alertsBetween(long fromMs, long toMs) {
    long n = 0;
    for (long t : alertTimes) {
      if (t >= fromMs && t < toMs) {
        n++;
      }
    }
    return n;
  }

  synchronized Map<String, Long> alertsByWatch() {
    return new TreeMap<>(alertsByWatch);
  }

  synchronized Map<String, Long> echoesByKind() {
    return new TreeMap<>(echoesByKind);
  }

  synchronized Map<String, Long> deadLetters() {
    return new TreeMap<>(deadLetters);
  }

  @Override
  public void close() {
    running = false;
    if (thread.getState() == Thread.State.NEW) {
      consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
      return;
    }
    consumer.wakeup();
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
