package io.newswatch.kafka;

import org.testcontainers.kafka.KafkaContainer;

/** A shared test cluster on a Testcontainers Kafka broker. */
final class ContainerCluster extends AbstractCluster {

  private final KafkaContainer container;

  private ContainerCluster(KafkaContainer container) {
    this.container = container;
  }

  static ContainerCluster start(String image) {
    // The image's own defaults target a one-node broker already; these are repeated so the
    // container matches the embedded broker whatever those defaults become.
    KafkaContainer container =
        new KafkaContainer(image)
            .withEnv("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "1")
            .withEnv("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "1")
            .withEnv("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "1")
            .withEnv("KAFKA_SHARE_COORDINATOR_STATE_TOPIC_REPLICATION_FACTOR", "1")
            .withEnv("KAFKA_SHARE_COORDINATOR_STATE_TOPIC_MIN_ISR", "1")
            .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0");
    container.start();
    return new ContainerCluster(container);
  }

  @Override
  public String bootstrapServers() {
    return container.getBootstrapServers();
  }

  @Override
  public void stop() {
    throw new UnsupportedOperationException(
        "The shared test broker cannot be stopped: annotate the test class with @IsolatedBroker");
  }

  @Override
  public void start() {
    throw new UnsupportedOperationException(
        "The shared test broker cannot be restarted: annotate the test class with @IsolatedBroker");
  }

  @Override
  void closeBroker() {
    container.stop();
  }

  @Override
  public String toString() {
    return "container " + container.getDockerImageName() + " at " + bootstrapServers();
  }
}
