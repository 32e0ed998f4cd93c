package io.newswatch.ingest;

import io.newswatch.common.kafka.DeadLetters;
import io.newswatch.common.kafka.Topics;
import io.newswatch.common.model.Source;
import io.newswatch.ingest.catalogue.SourceCatalogue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the catalogue file to the compacted {@code newswatch.sources} topic at start, and again
 * whenever the file changes: changed entries are rewritten, removed ones get a tombstone. The topic
 * is the truth the instances poll from, so a record written there by hand works the same way.
 */
final class CataloguePublisher implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(CataloguePublisher.class);

  private final Path file;
  private final String baseUrl;
  private final KafkaProducer<byte[], byte[]> producer;
  private final IngestMetrics metrics;
  private final ScheduledExecutorService watcher =
      Executors.newSingleThreadScheduledExecutor(r -> Thread.ofPlatform().name("ingest-catalogue").daemon().unstarted(r));
  private Map<String, Source> published = new HashMap<>();
  private String lastContent;

  CataloguePublisher(Path file, String baseUrl, KafkaProducer<byte[], byte[]> producer, IngestMetrics metrics) {
    this.file = file;
    this.baseUrl = baseUrl;
    this.producer = producer;
    this.metrics = metrics;
  }

  /** Publishes the file now (failing start when it cannot be read), then watches it. */
  void start(Duration checkEvery) throws IOException {
    publishIfChanged(true);
    watcher.scheduleWithFixedDelay(() -> {
      try {
        publishIfChanged(false);
      } catch (IOException | RuntimeException e) {
        LOG.warn("Cannot reload catalogue {}: {}", file, e.toString());
      }
    }, checkEvery.toMillis(), checkEvery.toMillis(), TimeUnit.MILLISECONDS);
  }

  synchronized void publishIfChanged(boolean initial) throws IOException {
    String content = Files.readString(file, StandardCharsets.UTF_8);
    if (content.equals(lastContent)) {
      return;
    }
    SourceCatalogue.Load load = SourceCatalogue.parse(content, baseUrl);
    for (SourceCatalogue.Problem p : load.problems()) {
      metrics.catalogueError("file");
      LOG.warn("Catalogue {}: entry {} skipped: {}", file, p.id(), p.reason());
      producer.send(DeadLetters.record(Topics.SOURCES.dlq(), p.id(), null, "catalogue", p.reason()));
    }
    Map<String, Source> next = new HashMap<>();
    var serializer = Topics.SOURCES.valueSerde().serializer();
    for (Source s : load.sources()) {
      next.put(s.id(), s);
      if (initial || !s.equals(published.get(s.id()))) {
        producer.send(new ProducerRecord<>(Topics.SOURCES.name(), s.id().getBytes(StandardCharsets.UTF_8),
            serializer.serialize(Topics.SOURCES.name(), s)), reportFailure(s.id()));
      }
    }
    for (String removed : published.keySet()) {
      if (!next.containsKey(removed)) {
        producer.send(new ProducerRecord<>(Topics.SOURCES.name(), removed.getBytes(StandardCharsets.UTF_8), null), reportFailure(removed));
      }
    }
    producer.flush();
    LOG.info("Published catalogue {}: {} sources, {} skipped", file, load.sources().size(), load.problems().size());
    published = next;
    lastContent = content;
  }

  /**
   * A send the producer gave up on (after its own retries) is counted and logged with the source id,
   * so an operator sees which entry the topic lacks; it is sent again at the next start or when its
   * entry in the file changes.
   */
  private Callback reportFailure(String sourceId) {
    return (metadata, error) -> {
      if (error != null) {
        metrics.catalogueError("publish");
        LOG.warn("Catalogue entry {} not published to {}: {}", sourceId, Topics.SOURCES.name(), error.toString());
      }
    };
  }

  @Override
  public void close() {
    watcher.shutdownNow();
  }
}
