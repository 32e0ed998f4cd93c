package io.newswatch.kafka;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(KafkaBrokerExtension.class)
class KafkaBrokerExtensionIT {

  private final KafkaCluster fromConstructor;

  KafkaBrokerExtensionIT(KafkaCluster cluster) {
    this.fromConstructor = cluster;
  }

  @Test
  void constructorAndMethodGetTheSameSharedClusterAndAdmin(KafkaCluster cluster) {
    assertSame(fromConstructor, cluster);
    assertSame(cluster.admin(), cluster.admin());
  }

  @Test
  void createTopicsLeavesExistingTopicsAlone(KafkaCluster cluster) throws Exception {
    cluster.createTopics("extension.one", "extension.two");
    cluster.createTopics("extension.one");
    cluster.createTopic("extension.three", 2);

    Set<String> names = cluster.admin().listTopics().names().get(30, TimeUnit.SECONDS);
    assertTrue(names.containsAll(Set.of("extension.one", "extension.two", "extension.three")));
  }

  @Test
  void sharedBrokerRefusesToStop(KafkaCluster cluster) {
    UnsupportedOperationException refusal =
        assertThrows(UnsupportedOperationException.class, cluster::stop);
    assertTrue(refusal.getMessage().contains("@IsolatedBroker"));
    assertThrows(UnsupportedOperationException.class, cluster::start);
  }
}
