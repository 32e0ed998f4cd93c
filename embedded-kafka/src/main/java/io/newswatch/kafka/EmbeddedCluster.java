package io.newswatch.kafka;

/** A test cluster on the in-process KRaft broker. */
final class EmbeddedCluster extends AbstractCluster {

  private final EmbeddedKafkaBroker broker;
  private final boolean isolated;

  EmbeddedCluster(EmbeddedKafkaBroker broker, boolean isolated) {
    this.broker = broker;
    this.isolated = isolated;
  }

  @Override
  public String bootstrapServers() {
    return broker.bootstrapServers();
  }

  @Override
  public void stop() {
    requireIsolated("stopped");
    broker.stop();
  }

  @Override
  public void start() {
    requireIsolated("restarted");
    if (!broker.isRunning()) {
      broker.restart();
    }
  }

  /** Brings the broker back when an earlier test of the class stopped it and then failed. */
  void ensureRunning() {
    if (!broker.isRunning()) {
      broker.restart();
    }
  }

  private void requireIsolated(String what) {
    if (!isolated) {
      throw new UnsupportedOperationException(
          "The shared test broker cannot be "
              + what
              + ": annotate the test class with @IsolatedBroker to get a broker of its own");
    }
  }

  @Override
  void closeBroker() {
    broker.close();
  }

  @Override
  public String toString() {
    return (isolated ? "isolated " : "shared ") + broker;
  }
}
