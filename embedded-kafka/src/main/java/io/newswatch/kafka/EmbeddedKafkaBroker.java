package io.newswatch.kafka;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.properties.MetaPropertiesEnsemble;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Apache Kafka broker running in this JVM in KRaft mode, one node acting as both broker and
 * controller.
 *
 * <p>The data directory is formatted on first use and reused afterwards: closing the broker and
 * starting it again on the same directory keeps topics, messages and committed offsets. The broker
 * is configured for a single node (replication factor 1 for the internal offsets, transaction and
 * share-state topics), so consumer groups, transactional producers and exactly-once Streams work.
 *
 * <p>{@link #stop()} and {@link #restart()} take the broker away and bring it back on the same
 * ports and directory, for tests of client behaviour during an outage. Instances are thread-safe.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);

  /** The node id of the single combined broker and controller. */
  static final int NODE_ID = 1;

  static final String BROKER_LISTENER = "PLAINTEXT";
  static final String CONTROLLER_LISTENER = "CONTROLLER";
  static final String HOST = "127.0.0.1";

  private static final int PORT_ATTEMPTS = 3;
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

  /** Keys this class owns; an override of one of them would break the single-node layout. */
  private static final List<String> FIXED_KEYS =
      List.of(
          "process.roles",
          "node.id",
          "listeners",
          "advertised.listeners",
          "listener.security.protocol.map",
          "controller.listener.names",
          "inter.broker.listener.name",
          "controller.quorum.voters",
          "controller.quorum.bootstrap.servers",
          "log.dirs",
          "log.dir",
          "metadata.log.dir");

  private final Path dataDir;
  private final boolean deleteDataDirOnClose;
  private final Map<String, String> overrides;
  private final int port;
  private final int controllerPort;
  private final String clusterId;

  private KafkaRaftServer server;
  private Duration lastStartupTime = Duration.ZERO;
  private boolean closed;

  private EmbeddedKafkaBroker(
      Path dataDir,
      boolean deleteDataDirOnClose,
      Map<String, String> overrides,
      int port,
      int controllerPort,
      String clusterId) {
    this.dataDir = dataDir;
    this.deleteDataDirOnClose = deleteDataDirOnClose;
    this.overrides = overrides;
    this.port = port;
    this.controllerPort = controllerPort;
    this.clusterId = clusterId;
  }

  /**
   * Starts a broker on {@code dataDir}, formatting it if it holds no Kafka data yet.
   *
   * @param dataDir the broker's log directory; created if missing, kept on close
   * @param port the client port on 127.0.0.1, or 0 to pick a free one
   */
  public static EmbeddedKafkaBroker start(Path dataDir, int port) {
    return start(dataDir, port, Map.of());
  }

  /**
   * Starts a broker like {@link #start(Path, int)}, with broker properties that replace or extend
   * the defaults (for example {@code log.retention.hours}). Listener and node settings cannot be
   * overridden.
   */
  public static EmbeddedKafkaBroker start(Path dataDir, int port, Map<String, String> overrides) {
    return launch(dataDir, false, port, overrides);
  }

  /** Starts a broker on a fresh temporary directory that is deleted on {@link #close()}. */
  public static EmbeddedKafkaBroker startTemporary() {
    Path dir;
    try {
      dir = Files.createTempDirectory("newswatch-kafka-");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create a temporary directory for Kafka", e);
    }
    try {
      return launch(dir, true, 0, Map.of());
    } catch (RuntimeException e) {
      deleteRecursively(dir);
      throw e;
    }
  }

  private static EmbeddedKafkaBroker launch(
      Path dataDir, boolean temporary, int port, Map<String, String> overrides) {
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(overrides, "overrides");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("Kafka port must be 0..65535, was " + port);
    }
    for (String key : overrides.keySet()) {
      if (FIXED_KEYS.contains(key)) {
        throw new IllegalArgumentException(
            "Broker property " + key + " is managed by EmbeddedKafkaBroker and cannot be set");
      }
    }
    Path dir = dataDir.toAbsolutePath().normalize();
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create Kafka data directory " + dir, e);
    }
    String clusterId = storedClusterId(dir);
    if (clusterId == null) {
      // Kafka treats every subdirectory of a log dir as a partition, so formatting a directory
      // that already holds other files would mix them with the broker's data.
      requireEmpty(dir);
      clusterId = Uuid.randomUuid().toString();
      format(dir, clusterId);
    }

    // With a fixed client port there is nothing to retry. With port 0 the ports are only known to
    // be free when probed, so another process may take one before the broker binds it.
    int attempts = port == 0 ? PORT_ATTEMPTS : 1;
    RuntimeException lastFailure = null;
    for (int attempt = 1; attempt <= attempts; attempt++) {
      int brokerPort = port == 0 ? freePort() : port;
      int controllerPort = freePort();
      EmbeddedKafkaBroker broker =
          new EmbeddedKafkaBroker(
              dir, temporary, Map.copyOf(overrides), brokerPort, controllerPort, clusterId);
      try {
        broker.startServer();
        return broker;
      } catch (RuntimeException e) {
        lastFailure = e;
        if (!causedByBind(e)) {
          break;
        }
        LOG.debug("Kafka ports {}/{} were taken, retrying", brokerPort, controllerPort, e);
      }
    }
    throw lastFailure;
  }

  /** The address clients connect to, {@code 127.0.0.1:port}. */
  public String bootstrapServers() {
    return HOST + ":" + port;
  }

  /** The client port; stays the same across {@link #stop()} and {@link #restart()}. */
  public int port() {
    return port;
  }

  /** The broker's log directory. */
  public Path dataDir() {
    return dataDir;
  }

  /** The cluster id stored in the data directory's {@code meta.properties}. */
  public String clusterId() {
    return clusterId;
  }

  /** How long the most recent start took, from creating the server until it answered a client. */
  public synchronized Duration lastStartupTime() {
    return lastStartupTime;
  }

  /** Whether the broker is currently serving. */
  public synchronized boolean isRunning() {
    return server != null;
  }

  /**
   * Shuts the broker down cleanly but keeps its ports and data, so {@link #restart()} brings it back
   * where clients expect it. Does nothing if already stopped.
   */
  public synchronized void stop() {
    if (server == null) {
      return;
    }
    KafkaRaftServer running = server;
    server = null;
    long begin = System.nanoTime();
    running.shutdown();
    running.awaitShutdown();
    LOG.info(
        "Kafka broker {} stopped in {} ms",
        bootstrapServers(),
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin));
  }

  /**
   * Starts the broker again on the same ports and data directory; a running broker is stopped
   * first.
   */
  public synchronized void restart() {
    if (closed) {
      throw new IllegalStateException("Kafka broker " + bootstrapServers() + " is closed");
    }
    stop();
    startServer();
  }

  /** Stops the broker and, for a temporary broker, deletes its data directory. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      stop();
    } finally {
      if (deleteDataDirOnClose) {
        deleteRecursively(dataDir);
      }
    }
  }

  @Override
  public String toString() {
    return "EmbeddedKafkaBroker[" + bootstrapServers() + ", " + dataDir + "]";
  }

  private synchronized void startServer() {
    long begin = System.nanoTime();
    KafkaConfig config = new KafkaConfig(brokerConfig(dataDir, port, controllerPort, overrides));
    KafkaRaftServer candidate = new KafkaRaftServer(config, Time.SYSTEM);
    try {
      candidate.startup();
      awaitClientAnswer();
    } catch (RuntimeException e) {
      try {
        candidate.shutdown();
        candidate.awaitShutdown();
      } catch (RuntimeException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw new IllegalStateException(
          "Kafka broker could not start at " + bootstrapServers() + " on " + dataDir, e);
    }
    server = candidate;
    lastStartupTime = Duration.ofNanos(System.nanoTime() - begin);
    LOG.info(
        "Kafka broker ready at {} (KRaft, cluster {}, data {}) in {} ms",
        bootstrapServers(),
        clusterId,
        dataDir,
        lastStartupTime.toMillis());
  }

  /** Startup returns once the broker is unfenced; asking it for the cluster proves it serves. */
  private void awaitClientAnswer() {
    Map<String, Object> adminConfig =
        Map.of(
            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) READY_TIMEOUT.toMillis());
    try (Admin admin = Admin.create(adminConfig)) {
      admin
          .describeCluster()
          .nodes()
          .get(READY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for Kafka to start", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException(
          "Kafka broker at " + bootstrapServers() + " did not answer after startup", e);
    }
  }

  /** The broker properties for one start; package-private so a unit test can validate them. */
  static Map<String, String> brokerConfig(
      Path dataDir, int port, int controllerPort, Map<String, String> overrides) {
    Map<String, String> props = new LinkedHashMap<>();
    props.put("process.roles", "broker,controller");
    props.put("node.id", Integer.toString(NODE_ID));
    // A static voter set keeps kraft.version at 0, so the controller port may differ from one
    // start to the next without rewriting the quorum stored in the metadata log.
    props.put("controller.quorum.voters", NODE_ID + "@" + HOST + ":" + controllerPort);
    props.put(
        "listeners",
        BROKER_LISTENER + "://" + HOST + ":" + port + "," + CONTROLLER_LISTENER + "://" + HOST + ":"
            + controllerPort);
    props.put("advertised.listeners", BROKER_LISTENER + "://" + HOST + ":" + port);
    props.put(
        "listener.security.protocol.map",
        BROKER_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
    props.put("controller.listener.names", CONTROLLER_LISTENER);
    props.put("inter.broker.listener.name", BROKER_LISTENER);
    props.put("log.dirs", dataDir.toString());

    // One node: every internal topic must fit on one replica, or group coordination, transactions
    // and share groups wait forever for replicas that do not exist.
    props.put("offsets.topic.replication.factor", "1");
    props.put("offsets.topic.num.partitions", "5");
    props.put("transaction.state.log.replication.factor", "1");
    props.put("transaction.state.log.min.isr", "1");
    props.put("transaction.state.log.num.partitions", "5");
    props.put("share.coordinator.state.topic.replication.factor", "1");
    props.put("share.coordinator.state.topic.min.isr", "1");
    props.put("default.replication.factor", "1");
    props.put("min.insync.replicas", "1");
    props.put("num.partitions", "1");
    props.put("auto.create.topics.enable", "true");
    props.put("group.initial.rebalance.delay.ms", "0");

    // Small segments and indexes: tests and a laptop stack write little, and each partition
    // preallocates its index files at the maximum size.
    props.put("log.segment.bytes", Integer.toString(16 * 1024 * 1024));
    props.put("log.index.size.max.bytes", Integer.toString(1024 * 1024));
    props.put("log.cleaner.dedupe.buffer.size", Integer.toString(8 * 1024 * 1024));
    props.put("log.cleaner.io.buffer.size", Integer.toString(256 * 1024));
    props.put("log.cleaner.threads", "1");

    // Fewer threads than the defaults suit a small machine that also runs the clients.
    props.put("num.network.threads", "2");
    props.put("num.io.threads", "2");
    props.put("background.threads", "2");
    props.put("num.recovery.threads.per.data.dir", "1");
    props.put("num.replica.fetchers", "1");

    props.putAll(overrides);
    return props;
  }

  /** The cluster id in {@code dir/meta.properties}, or null when the directory is not formatted. */
  static String storedClusterId(Path dir) {
    if (!Files.exists(dir.resolve(MetaPropertiesEnsemble.META_PROPERTIES_NAME))) {
      return null;
    }
    try {
      MetaPropertiesEnsemble ensemble =
          new MetaPropertiesEnsemble.Loader().addLogDirs(List.of(dir.toString())).load();
      return ensemble
          .clusterId()
          .orElseThrow(
              () ->
                  new IllegalStateException(
                      "Kafka data directory " + dir + " has a meta.properties without a cluster id"));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read Kafka meta.properties in " + dir, e);
    }
  }

  private static void requireEmpty(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      if (entries.findAny().isPresent()) {
        throw new IllegalArgumentException(
            "Kafka data directory "
                + dir
                + " is not empty and has no meta.properties; give the broker an empty or"
                + " missing directory, or one it formatted before");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read Kafka data directory " + dir, e);
    }
  }

  private static void format(Path dir, String clusterId) {
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    try (PrintStream formatterOut = new PrintStream(output, true, StandardCharsets.UTF_8)) {
      new Formatter()
          .setPrintStream(formatterOut)
          .setNodeId(NODE_ID)
          .setClusterId(clusterId)
          .setDirectories(List.of(dir.toString()))
          .setMetadataLogDirectory(dir.toString())
          .setControllerListenerName(CONTROLLER_LISTENER)
          .setReleaseVersion(MetadataVersion.latestProduction())
          .run();
    } catch (Exception e) {
      throw new IllegalStateException("Cannot format Kafka data directory " + dir, e);
    }
    LOG.debug("Formatted {}: {}", dir, output.toString(StandardCharsets.UTF_8).strip());
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot find a free port on " + HOST, e);
    }
  }

  private static boolean causedByBind(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BindException) {
        return true;
      }
    }
    return false;
  }

  private static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      LOG.warn("Could not delete temporary Kafka directory {}", dir, e);
    }
  }
}
