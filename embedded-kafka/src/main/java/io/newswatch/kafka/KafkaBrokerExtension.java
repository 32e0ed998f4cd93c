package io.newswatch.kafka;

import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

/**
 * Gives tests a real Kafka broker: declare a {@link KafkaCluster} parameter on a test method,
 * lifecycle method or constructor of a class annotated {@code @ExtendWith(KafkaBrokerExtension.class)}.
 *
 * <p>By default one broker serves every test class in the JVM. It is started on first use and
 * closed when the test run ends. It is a Testcontainers Kafka container when a Docker engine is
 * available, and the in-process {@link EmbeddedKafkaBroker} otherwise; setting the system property
 * or environment variable {@code NEWSWATCH_TEST_BROKER} to {@code embedded} or {@code container}
 * forces one of them. A class annotated {@link IsolatedBroker} gets an embedded broker of its own.
 */
public final class KafkaBrokerExtension implements ParameterResolver, BeforeEachCallback {

  private static final Logger LOG = LoggerFactory.getLogger(KafkaBrokerExtension.class);
  private static final Namespace NAMESPACE = Namespace.create(KafkaBrokerExtension.class);
  // Stores look values up in their parents as well, so the isolated broker needs a key of its own
  // or an isolated class would find the shared broker in the root store.
  private static final String SHARED_KEY = "shared-cluster";
  private static final String ISOLATED_KEY = "isolated-cluster";

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == KafkaCluster.class;
  }

  @Override
  public KafkaCluster resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Optional<ExtensionContext> isolated = isolationScope(context);
    if (isolated.isPresent()) {
      String owner = isolated.get().getRequiredTestClass().getSimpleName();
      return isolated
          .get()
          .getStore(NAMESPACE)
          .getOrComputeIfAbsent(
              ISOLATED_KEY, key -> startIsolated(owner), AbstractCluster.class);
    }
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(SHARED_KEY, key -> startShared(), AbstractCluster.class);
  }

  /**
   * A test that stopped its isolated broker and then failed before starting it again would leave
   * the next test of the class without one.
   */
  @Override
  public void beforeEach(ExtensionContext context) {
    isolationScope(context)
        .map(scope -> scope.getStore(NAMESPACE).get(ISOLATED_KEY, AbstractCluster.class))
        .filter(EmbeddedCluster.class::isInstance)
        .map(EmbeddedCluster.class::cast)
        .ifPresent(EmbeddedCluster::ensureRunning);
  }

  /**
   * The outermost class context whose class carries {@link IsolatedBroker}, so nested classes
   * share their enclosing class's broker.
   */
  private static Optional<ExtensionContext> isolationScope(ExtensionContext context) {
    ExtensionContext scope = null;
    for (ExtensionContext current = context;
        current != null;
        current = current.getParent().orElse(null)) {
      boolean classLevel = current.getTestMethod().isEmpty();
      if (classLevel
          && current
              .getTestClass()
              .map(type -> type.isAnnotationPresent(IsolatedBroker.class))
              .orElse(false)) {
        scope = current;
      }
    }
    return Optional.ofNullable(scope);
  }

  private static AbstractCluster startIsolated(String owner) {
    EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startTemporary();
    LOG.info(
        "Isolated Kafka broker for {}: embedded KRaft at {}, started in {} ms",
        owner,
        broker.bootstrapServers(),
        broker.lastStartupTime().toMillis());
    return new EmbeddedCluster(broker, true);
  }

  private static AbstractCluster startShared() {
    TestBrokerSettings settings = TestBrokerSettings.fromSystem();
    String reason;
    boolean container;
    switch (settings.mode()) {
      case EMBEDDED -> {
        container = false;
        reason = TestBrokerSettings.MODE_VARIABLE + "=embedded";
      }
      case CONTAINER -> {
        container = true;
        reason = TestBrokerSettings.MODE_VARIABLE + "=container";
      }
      default -> {
        container = DockerClientFactory.instance().isDockerAvailable();
        reason = container ? "a Docker engine is available" : "no Docker engine found";
      }
    }
    if (container) {
      ContainerCluster cluster = ContainerCluster.start(settings.image());
      LOG.info(
          "Shared test Kafka broker: Testcontainers {} at {} ({})",
          settings.image(),
          cluster.bootstrapServers(),
          reason);
      return cluster;
    }
    EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startTemporary();
    LOG.info(
        "Shared test Kafka broker: embedded KRaft at {} ({}), started in {} ms",
        broker.bootstrapServers(),
        reason,
        broker.lastStartupTime().toMillis());
    return new EmbeddedCluster(broker, false);
  }
}
