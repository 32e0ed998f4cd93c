package io.newswatch.common.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newswatch.common.Fixtures;
import io.newswatch.common.metrics.MetricNames;
import io.newswatch.common.model.Article;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

class DeadLetterHandlerTest {

  @Test
  void badBytesAndFailingRecordsGoToTheDlqAndTheNextRecordIsProcessed() {
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream(Topics.ARTICLES.name(), Topics.ARTICLES.consumed())
        .mapValues(
            article -> {
              if (article.title().equals("boom")) {
                throw new IllegalStateException("cannot process article " + article.id());
              }
              return article.title();
            },
            Named.as("title-of-article"))
        .to("titles", Produced.with(Serdes.String(), Serdes.String()));

    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    Properties props =
        StreamsSupport.streamsProperties(new Properties(), "dlq-test", registry);
    props.put("bootstrap.servers", "unused:9092");
    // TopologyTestDriver does not run transactions; the handler does not depend on them.
    props.put("processing.guarantee", "at_least_once");

    try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(), props)) {
      TestInputTopic<byte[], byte[]> raw =
          driver.createInputTopic(
              Topics.ARTICLES.name(), new ByteArraySerializer(), new ByteArraySerializer());
      TestOutputTopic<String, String> titles =
          driver.createOutputTopic("titles", new StringDeserializer(), new StringDeserializer());
      TestOutputTopic<byte[], byte[]> dlq =
          driver.createOutputTopic(
              "news.articles.dlq", new ByteArrayDeserializer(), new ByteArrayDeserializer());

      byte[] garbage = "{not json".getBytes(StandardCharsets.UTF_8);
      raw.pipeInput("k1".getBytes(StandardCharsets.UTF_8), garbage);
      Article boom = withTitle(Fixtures.article(), "boom");
      raw.pipeInput("k2".getBytes(StandardCharsets.UTF_8), bytes(boom));
      raw.pipeInput("k3".getBytes(StandardCharsets.UTF_8), bytes(Fixtures.article()));

      assertEquals(List.of("Naslov"), titles.readValuesToList());

      List<TestRecord<byte[], byte[]>> dead = dlq.readRecordsToList();
      assertEquals(2, dead.size());
      TestRecord<byte[], byte[]> unreadable = dead.get(0);
      assertEquals("{not json", new String(unreadable.value(), StandardCharsets.UTF_8));
      assertEquals("deserialization", header(unreadable, DeadLetters.STAGE));
      assertTrue(header(unreadable, DeadLetters.REASON).contains("news.articles"));
      assertEquals("news.articles", header(unreadable, DeadLetters.SOURCE_TOPIC));

      TestRecord<byte[], byte[]> failed = dead.get(1);
      assertEquals("processing", header(failed, DeadLetters.STAGE));
      assertTrue(header(failed, DeadLetters.REASON).contains("cannot process article a1"));
      assertEquals("k2", new String(failed.key(), StandardCharsets.UTF_8));

      assertEquals(
          1.0,
          registry.counter(MetricNames.DLQ_RECORDS, "topic", "news.articles", "stage", "processing").count());
    }
  }

  private static Article withTitle(Article a, String title) {
    return new Article(
        a.schemaVersion(), a.id(), a.sourceId(), a.outlet(), a.url(), title, a.text(), a.language(),
        a.script(), a.publishedAt(), a.fetchedAt(), a.author());
  }

  private static byte[] bytes(Article article) {
    return Topics.ARTICLES.valueSerde().serializer().serialize("news.articles", article);
  }

  private static String header(TestRecord<byte[], byte[]> record, String name) {
    return DeadLetters.header(record.headers(), name).orElse("<missing " + name + ">");
  }

}
