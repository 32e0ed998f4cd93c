package io.newswatch.kafka;

import org.apache.kafka.clients.admin.Admin;

/**
 * A real Kafka cluster handed to a test by {@link KafkaBrokerExtension}: the embedded KRaft broker,
 * or a Testcontainers broker when a Docker engine is available.
 *
 * <p>Unless the test class is annotated {@link IsolatedBroker}, the cluster is shared by every test
 * class in the JVM, so tests should use topic and group names of their own.
 */
public interface KafkaCluster {

  /** The {@code bootstrap.servers} value for clients. */
  String bootstrapServers();

  /** A shared admin client; closed with the cluster, so tests must not close it. */
  Admin admin();

  /**
   * Creates topics with one partition each; a topic that already exists is left as it is. Returns
   * once the controller has accepted them.
   */
  void createTopics(String... names);

  /** Creates one topic with the given partition count, or leaves an existing one as it is. */
  void createTopic(String name, int partitions);

  /**
   * Shuts the broker down, keeping its address and data, for tests of client behaviour during an
   * outage. Only an {@link IsolatedBroker} can be stopped: the shared one serves other classes.
   *
   * @throws UnsupportedOperationException on the shared broker
   */
  void stop();

  /**
   * Brings a stopped broker back on the same address and data; does nothing if it is running.
   *
   * @throws UnsupportedOperationException on the shared broker
   */
  void start();
}
