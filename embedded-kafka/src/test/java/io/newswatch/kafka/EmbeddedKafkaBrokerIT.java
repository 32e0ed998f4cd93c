package io.newswatch.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The broker's own lifecycle, outside the JUnit extension. */
class EmbeddedKafkaBrokerIT {

  @Test
  void temporaryBrokerServesAndDeletesItsDirectoryOnClose() throws Exception {
    Path dir;
    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startTemporary()) {
      dir = broker.dataDir();
      assertTrue(broker.isRunning());
      assertTrue(Files.exists(dir.resolve("meta.properties")));
      try (Admin admin =
          Admin.create(
              Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
        assertEquals(
            broker.clusterId(), admin.describeCluster().clusterId().get(30, TimeUnit.SECONDS));
      }
    }
    assertFalse(Files.exists(dir));
  }

  @Test
  void fixedPortIsUsedAndKeptAcrossRestart(@TempDir Path dir) throws Exception {
    int port;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      port = probe.getLocalPort();
    }
    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dir, port)) {
      assertEquals("127.0.0.1:" + port, broker.bootstrapServers());
      broker.stop();
      assertFalse(broker.isRunning());
      broker.restart();
      assertTrue(broker.isRunning());
      assertEquals(port, broker.port());
    }
    // A closed broker keeps the data of a directory it was given.
    assertTrue(Files.exists(dir.resolve("meta.properties")));
  }

  @Test
  void portInUseFailsWithAnErrorInsteadOfHanging(@TempDir Path dir) throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      RuntimeException error =
          assertThrows(
              RuntimeException.class, () -> EmbeddedKafkaBroker.start(dir, taken.getLocalPort()));
      Throwable root = error;
      while (root.getCause() != null) {
        root = root.getCause();
      }
      assertTrue(
          List.of(root.getClass().getSimpleName(), String.valueOf(root.getMessage()))
              .toString()
              .contains("Bind"),
          () -> "expected a bind failure, got " + error);
    }
  }
}
