package io.newswatch.common.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class StreamsSupportTest {
  @Test
  void theGlobalHandlerFlagReachesTheConfigTheAssignorReads() {
    Properties client = new Properties();
    client.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    StreamsConfig config = new StreamsConfig(StreamsSupport.streamsProperties(client, "support-test", null));
    Map<String, Object> mainConsumer = config.getMainConsumerConfigs("support-test", "support-test-client", 0);
    // The assignor builds its own StreamsConfig from these settings; Kafka warns when the flag is absent there.
    StreamsConfig assignorView = new StreamsConfig(withRequired(mainConsumer));
    assertEquals(true, assignorView.getBoolean(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG));
    assertEquals(true, config.getBoolean(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG));
  }

  @Test
  void anOperatorsChoiceWins() {
    Properties client = new Properties();
    client.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    client.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, false);
    Properties props = StreamsSupport.streamsProperties(client, "support-test", null);
    assertEquals(false, props.get(StreamsConfig.mainConsumerPrefix(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG)));
  }

  /** The main consumer's settings lack nothing the assignor needs but the two a StreamsConfig requires. */
  private static Map<String, Object> withRequired(Map<String, Object> consumer) {
    Map<String, Object> copy = new HashMap<>(consumer);
    copy.putIfAbsent(StreamsConfig.APPLICATION_ID_CONFIG, "support-test");
    return copy;
  }
}
