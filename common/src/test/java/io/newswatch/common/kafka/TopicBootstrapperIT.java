package io.newswatch.common.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswatch.kafka.KafkaBrokerExtension;
import io.newswatch.kafka.KafkaCluster;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(KafkaBrokerExtension.class)
class TopicBootstrapperIT {

  @Test
  void createsTheMissingCatalogueTopicsOnceAndThenNone(KafkaCluster cluster) throws Exception {
    TopicBootstrapper bootstrapper = new TopicBootstrapper(cluster.admin(), Duration.ofSeconds(30));
    List<String> first = bootstrapper.ensureCatalogue();
    Set<String> existing = cluster.admin().listTopics().names().get();
    for (TopicSpec<?, ?> topic : Topics.all()) {
      assertTrue(existing.contains(topic.name()), "missing " + topic.name());
    }
    // Another test class on the shared broker may have created some already; none may be missed.
    assertTrue(first.size() <= Topics.all().size());

    assertEquals(List.of(), bootstrapper.ensureCatalogue(), "a second run creates nothing");
  }

  @Test
  void topicsGetTheirPartitionsAndCleanupPolicy(KafkaCluster cluster) throws Exception {
    new TopicBootstrapper(cluster.admin(), Duration.ofSeconds(30)).ensureCatalogue();
    Map<String, TopicDescription> descriptions =
        cluster.admin()
            .describeTopics(List.of(Topics.ARTICLES.name(), Topics.WATCHES.name()))
            .allTopicNames()
            .get();
    assertEquals(
        Topics.ARTICLES.partitions(), descriptions.get(Topics.ARTICLES.name()).partitions().size());
    ConfigResource watches = new ConfigResource(ConfigResource.Type.TOPIC, Topics.WATCHES.name());
    Config config = cluster.admin().describeConfigs(List.of(watches)).all().get().get(watches);
    assertEquals("compact", config.get("cleanup.policy").value());
  }
}
