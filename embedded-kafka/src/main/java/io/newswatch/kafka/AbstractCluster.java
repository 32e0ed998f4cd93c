package io.newswatch.kafka;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.CreateTopicsResult;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/** The admin client and topic helpers that every kind of test cluster shares. */
abstract class AbstractCluster implements KafkaCluster, AutoCloseable {

  private static final long ADMIN_TIMEOUT_MS = 30_000;

  private Admin admin;

  @Override
  public synchronized Admin admin() {
    if (admin == null) {
      admin =
          Admin.create(
              Map.of(
                  AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                  AdminClientConfig.CLIENT_ID_CONFIG, "newswatch-test-admin"));
    }
    return admin;
  }

  @Override
  public void createTopics(String... names) {
    create(Arrays.stream(names).map(name -> new NewTopic(name, 1, (short) 1)).toList());
  }

  @Override
  public void createTopic(String name, int partitions) {
    create(List.of(new NewTopic(name, partitions, (short) 1)));
  }

  private void create(List<NewTopic> topics) {
    CreateTopicsResult result = admin().createTopics(topics);
    for (NewTopic topic : topics) {
      try {
        result.values().get(topic.name()).get(ADMIN_TIMEOUT_MS, TimeUnit.MILLISECONDS);
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof TopicExistsException)) {
          throw new IllegalStateException("Cannot create topic " + topic.name(), e.getCause());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while creating topic " + topic.name(), e);
      } catch (TimeoutException e) {
        throw new IllegalStateException("Timed out creating topic " + topic.name(), e);
      }
    }
    awaitVisible(topics.stream().map(NewTopic::name).toList());
  }

  /**
   * Waits until the broker's metadata lists the topics. The controller accepts a topic before the
   * broker has applied the record, and a caller that creates a topic means to use it at once.
   */
  private void awaitVisible(List<String> names) {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(ADMIN_TIMEOUT_MS);
    try {
      while (!admin().listTopics().names().get(ADMIN_TIMEOUT_MS, TimeUnit.MILLISECONDS).containsAll(names)) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("Topics " + names + " created but not visible in time");
        }
        Thread.sleep(20); // metadata propagation inside one process takes milliseconds
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for topics " + names, e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("Cannot list topics while waiting for " + names, e);
    }
  }

  /** Closes the admin client, then the broker. */
  @Override
  public final synchronized void close() {
    try {
      if (admin != null) {
        admin.close();
        admin = null;
      }
    } finally {
      closeBroker();
    }
  }

  abstract void closeBroker();
}
