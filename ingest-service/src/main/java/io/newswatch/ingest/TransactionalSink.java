package io.newswatch.ingest;

import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.newswatch.common.json.Json;
import io.newswatch.common.kafka.DeadLetters;
import io.newswatch.common.kafka.Topics;
import io.newswatch.common.model.Article;
import io.newswatch.ingest.poll.ErrorRecord;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes poll results to Kafka: the articles, the feed state that records them and the error
 * records, all in one transaction, many polls per transaction. The queue in front is bounded: when
 * the broker is away, results wait here (and pollers block behind them) while the sink retries,
 * and readiness turns false; nothing is dropped except results of feeds this instance no longer
 * owns, which their new owner polls again.
 */
final class TransactionalSink implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(TransactionalSink.class);
  private static final int MAX_BATCH = 200;
  private static final Duration STALLED = Duration.ofSeconds(5);

  /** A result waiting to be written, and what to do once it is. */
  interface Pending {
    List<Article> articles();

    io.newswatch.common.model.FeedState state();

    List<ErrorRecord> errors();

    /** Whether the feed still belongs to this instance; false means drop. */
    boolean stillOwned();

    void committed();

    void dropped();
  }

  private final Properties props;
  /**
   * Largest article record written ({@link Topics#MAX_VALUE_BYTES}). Main texts are far smaller; a
   * page this large is almost always a mis-extraction.
   */
  static final int MAX_ARTICLE_BYTES = Topics.MAX_VALUE_BYTES;

  private final IngestMetrics metrics;
  private final BlockingQueue<Pending> queue;
  private final Object commitLock = new Object();
  private final Thread thread;
  private KafkaProducer<byte[], byte[]> producer;
  /** The producer's client metrics on /metrics; replaced with the producer. */
  private KafkaClientMetrics producerMetrics;
  private volatile boolean running = true;
  private volatile boolean healthy = true;
  /** When the write in progress started (System.nanoTime), or 0 when none is. */
  private volatile long writeStartedNanos;

  TransactionalSink(Properties kafka, String transactionalId, IngestMetrics metrics, int capacity) {
    props = new Properties();
    props.putAll(kafka);
    props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
    props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
    // A crashed instance's open transaction blocks read_committed readers until it times out.
    props.putIfAbsent(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, "30000");
    props.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, "10000");
    props.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "30000");
    props.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
    this.metrics = metrics;
    this.queue = new ArrayBlockingQueue<>(capacity);
    this.thread = Thread.ofPlatform().name("ingest-sink").daemon().unstarted(this::run);
  }

  void start() {
    thread.start();
  }

  /** Queues a result; blocks while the queue is full (the broker is away). */
  void submit(Pending pending) throws InterruptedException {
    while (running) {
      if (queue.offer(pending, 200, TimeUnit.MILLISECONDS)) {
        return;
      }
    }
    pending.dropped();
  }

  /**
   * Whether writes work: false after a failed write until one succeeds, and also while a write
   * has been stuck longer than {@link #STALLED} (a producer that lost its broker blocks for up to
   * max.block.ms before it says so), so readiness turns false promptly in an outage.
   */
  boolean healthy() {
    long started = writeStartedNanos;
    boolean stalled = started != 0 && System.nanoTime() - started > STALLED.toNanos();
    return healthy && !stalled && thread.isAlive();
  }

  /** Returns once no transaction is being written, so a revoked feed's last result is settled. */
  void awaitIdle() {
    synchronized (commitLock) {
      // entering the lock is the wait
    }
  }

  private void run() {
    List<Pending> batch = new ArrayList<>();
    try {
      while (running) {
        Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
        queue.drainTo(batch, MAX_BATCH - 1);
        synchronized (commitLock) {
          writeWithRetry(batch);
        }
        batch.clear();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      batch.forEach(Pending::dropped);
      List<Pending> left = new ArrayList<>();
      queue.drainTo(left);
      left.forEach(Pending::dropped);
      if (producer != null) {
        producerMetrics.close();
        producer.close(Duration.ofSeconds(5));
      }
    }
  }

  private void writeWithRetry(List<Pending> batch) throws InterruptedException {
    long backoffMs = 200;
    while (running) {
      batch.removeIf(p -> {
        if (!p.stillOwned()) {
          p.dropped();
          return true;
        }
        return false;
      });
      if (batch.isEmpty()) {
        return;
      }
      writeStartedNanos = System.nanoTime();
      try {
        if (write(batch)) {
          if (!healthy) {
            LOG.info("Kafka writes work again");
          }
          healthy = true;
          batch.forEach(Pending::committed);
          return;
        }
      } finally {
        writeStartedNanos = 0;
      }
      // The transaction did not commit: a fresh producer with the same transactional id aborts
      // whatever is open, and the batch is written again in full.
      if (producer != null) {
        producerMetrics.close();
        try {
          producer.close(Duration.ofSeconds(1));
        } catch (RuntimeException ignored) {
          // closing a broken producer may fail too
        }
        producer = null;
      }
      TimeUnit.MILLISECONDS.sleep(backoffMs);
      backoffMs = Math.min(backoffMs * 2, 5_000);
    }
  }

  /** Writes the batch in one transaction; true once committed, false when it surely was not. */
  private boolean write(List<Pending> batch) throws InterruptedException {
    try {
      if (producer == null) {
        producer = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
        producerMetrics = metrics.bindClient(producer);
        // Also aborts whatever a previous incarnation with this transactional id left open.
        producer.initTransactions();
      }
      producer.beginTransaction();
      for (Pending p : batch) {
        for (Article a : p.articles()) {
          byte[] value = Topics.ARTICLES.valueSerde().serializer().serialize(Topics.ARTICLES.name(), a);
          if (value.length > MAX_ARTICLE_BYTES) {
            // A record over the broker's limit would fail every commit of this batch for ever and
            // stall all sources behind it; the article is reported instead, and the feed goes on.
            ErrorRecord tooLarge = new ErrorRecord(a.sourceId(), null, a.url(), "publish", "too_large",
                "article of " + value.length + " bytes exceeds the " + MAX_ARTICLE_BYTES + "-byte record limit",
                java.time.Instant.now());
            producer.send(DeadLetters.record(Topics.ARTICLES.dlq(), a.sourceId(),
                Json.write(tooLarge).getBytes(StandardCharsets.UTF_8), "ingest-publish", "too_large: " + tooLarge.reason()));
            continue;
          }
          producer.send(new ProducerRecord<>(Topics.ARTICLES.name(), a.id().getBytes(StandardCharsets.UTF_8), value));
        }
        for (ErrorRecord e : p.errors()) {
          ProducerRecord<byte[], byte[]> dead = DeadLetters.record(Topics.ARTICLES.dlq(), e.sourceId(),
              Json.write(e).getBytes(StandardCharsets.UTF_8), "ingest-" + e.stage(), e.outcome() + ": " + e.reason());
          producer.send(dead);
        }
        producer.send(new ProducerRecord<>(Topics.INGEST_STATE.name(), p.state().feedUrl().getBytes(StandardCharsets.UTF_8),
            Topics.INGEST_STATE.valueSerde().serializer().serialize(Topics.INGEST_STATE.name(), p.state())));
      }
    } catch (KafkaException | IllegalStateException e) {
      failed(batch, e);
      return false;
    }
    return commit(batch);
  }

  /**
   * Commits the open transaction. A commit that times out may still have reached the coordinator,
   * so it is retried on the same producer, never replaced by a rewrite of the batch (which would
   * put the articles on the topic twice); only the coordinator's refusal (the transaction timed out
   * and was aborted, the producer was fenced) means the batch must be written again.
   */
  private boolean commit(List<Pending> batch) throws InterruptedException {
    long backoffMs = 200;
    while (true) {
      try {
        producer.commitTransaction();
        return true;
      } catch (TimeoutException e) {
        failed(batch, e);
        if (!running) {
          return false;
        }
        TimeUnit.MILLISECONDS.sleep(backoffMs);
        backoffMs = Math.min(backoffMs * 2, 5_000);
      } catch (KafkaException | IllegalStateException e) {
        failed(batch, e);
        return false;
      }
    }
  }

  private void failed(List<Pending> batch, RuntimeException e) {
    metrics.commitFailure();
    if (healthy) {
      LOG.warn("Cannot write {} poll results to Kafka, keeping them and retrying: {}", batch.size(), e.toString());
    }
    healthy = false;
  }

  @Override
  public void close() {
    running = false;
    try {
      thread.join(15_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
