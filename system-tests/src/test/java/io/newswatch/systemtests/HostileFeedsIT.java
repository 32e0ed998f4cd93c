package io.newswatch.systemtests;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswatch.common.config.Env;
import io.newswatch.ingest.IngestConfig;
import io.newswatch.ingest.IngestMetrics;
import io.newswatch.ingest.IngestService;
import io.newswatch.kafka.IsolatedBroker;
import io.newswatch.kafka.KafkaBrokerExtension;
import io.newswatch.kafka.KafkaCluster;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7, fault 4: one catalogue, six feeds. Five misbehave (a server that never answers, one that
 * resets the connection, an endless body, a picture where the feed should be, a redirect loop) and
 * one is healthy. Each bad feed is cut off by a timeout or a cap and counted under its outcome in
 * {@code newswatch_ingest_polls_total} on {@code /metrics}; the healthy feed's articles still
 * arrive on {@code news.articles}, each once.
 */
@IsolatedBroker
@ExtendWith(KafkaBrokerExtension.class)
class HostileFeedsIT {
  private static final int MAX_BYTES = 256 * 1024;
  private static final int HEALTHY_ITEMS = 8;
  private static final byte[] PNG_START = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

  @Test
  void badFeedsAreBoundedAndCountedWhileTheHealthyOneFlows(KafkaCluster cluster, @TempDir Path dir) throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    List<Long> endlessResponses = new CopyOnWriteArrayList<>();
    try (FeedServer outlet = new FeedServer();
        ResettingServer resetting = new ResettingServer();
        ArticleCounter articles = new ArticleCounter(cluster.bootstrapServers(), a -> a.sourceId().equals("healthy"))) {
      outlet.handle("/slow/", exchange -> {
        // Holds the request without a byte of answer until the test ends.
        try {
          release.await(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        exchange.close();
      });
      outlet.handle("/endless/", exchange -> {
        exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
        exchange.sendResponseHeaders(200, 0); // chunked: no length, no end
        AtomicLong written = new AtomicLong();
        byte[] item = "<item><title>again</title><link>http://127.0.0.1/x</link></item>".repeat(64)
            .getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>".getBytes(StandardCharsets.UTF_8));
          // Stops when the client hangs up, or at 64 MB so a broken cap cannot fill the machine.
          while (written.get() < 64L * 1024 * 1024) {
            out.write(item);
            written.addAndGet(item.length);
          }
        } catch (IOException hungUp) {
          // the client stopped reading: the cap worked
        } finally {
          endlessResponses.add(written.get());
        }
      });
      outlet.handle("/picture/", exchange -> {
        byte[] png = new byte[4096];
        System.arraycopy(PNG_START, 0, png, 0, PNG_START.length);
        FeedServer.send(exchange, 200, "image/png", png);
      });
      outlet.handle("/loop/", exchange -> {
        String next = exchange.getRequestURI().getPath().endsWith("/a") ? "/loop/b" : "/loop/a";
        exchange.getResponseHeaders().set("Location", next);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
      });
      outlet.setItems("healthy", HEALTHY_ITEMS);

      Path catalogue = dir.resolve("sources.yaml");
      Files.writeString(catalogue, FeedServer.catalogue(
          "slow", outlet.url("/slow/feed.xml"),
          "reset", resetting.url(),
          "endless", outlet.url("/endless/feed.xml"),
          "picture", outlet.url("/picture/feed.xml"),
          "loop", outlet.url("/loop/a"),
          "healthy", outlet.url("/feed/healthy.xml")));
      Map<String, String> env = IngestEnvironment.of(cluster.bootstrapServers(), catalogue, "hostile-it");
      env.put(IngestConfig.READ_TIMEOUT, "1s");
      env.put(IngestConfig.CONNECT_TIMEOUT, "1s");
      env.put(IngestConfig.MAX_BYTES, Integer.toString(MAX_BYTES));
      env.put(IngestConfig.MAX_REDIRECTS, "5");
      IngestService ingest = IngestService.start(IngestConfig.from(new Env(env)));
      try {
        int port = ingest.httpPort();
        Map<String, String> expected = Map.of(
            "slow", "timeout",
            "endless", "too_large",
            "picture", "not_text",
            "loop", "redirect_loop");
        String polls = prometheusName(IngestMetrics.POLLS) + "_total";
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
          String metrics = Clients.get(port, "/metrics").body();
          for (var e : expected.entrySet()) {
            assertTrue(Clients.scrape(metrics, polls, "source=\"" + e.getKey() + "\"", "outcome=\"" + e.getValue() + "\"") >= 1,
                e.getKey() + " counted as " + e.getValue());
          }
          // A reset connection is an I/O error (robots.txt or the feed itself, whichever met it first).
          assertTrue(Clients.scrape(metrics, polls, "source=\"reset\"", "outcome=\"io_error\"") >= 1, "reset counted as io_error");
          assertEquals(0, Clients.scrape(metrics, polls, "source=\"healthy\"", "outcome=\"timeout\""));
        });
        await().atMost(Duration.ofSeconds(60)).pollInSameThread().until(() -> articles.poll() >= HEALTHY_ITEMS);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).pollInSameThread()
            .until(() -> articles.poll() == HEALTHY_ITEMS && articles.total() == HEALTHY_ITEMS);
        assertEquals(Map.of(), articles.duplicates());
        assertEquals(200, Clients.readiness(port), "bad feeds do not make the service unready");

        String metrics = Clients.get(port, "/metrics").body();
        System.out.println("polls by source and outcome:");
        metrics.lines().filter(l -> l.startsWith(polls + "{")).sorted().forEach(l -> System.out.println("  " + l));
        System.out.println("endless responses cut at bytes: " + endlessResponses);
        // The server counts what it pushed into its socket buffers (a few MB on loopback) before the
        // client hung up; the proof of the cap is that every response ended long before 64 MB.
        assertTrue(!endlessResponses.isEmpty() && endlessResponses.stream().allMatch(n -> n < 32L * 1024 * 1024),
            "the endless body is cut, not read on: " + endlessResponses);
      } finally {
        release.countDown();
        ingest.close();
      }
    }
  }

  /** Micrometer's Prometheus name for a dotted meter name. */
  private static String prometheusName(String meter) {
    return meter.replace('.', '_');
  }

  /** Accepts connections and resets each at once (SO_LINGER 0 sends RST instead of FIN). */
  private static final class ResettingServer implements AutoCloseable {
    private final ServerSocket socket;
    private final Thread thread;

    ResettingServer() throws IOException {
      socket = new ServerSocket(0, 64, InetAddress.getLoopbackAddress());
      thread = Thread.ofVirtual().start(() -> {
        while (!socket.isClosed()) {
          try (Socket client = socket.accept()) {
            client.setSoLinger(true, 0);
            client.getInputStream().read(); // let the request start, then cut it
          } catch (IOException e) {
            // closed, or the client went first
          }
        }
      });
    }

    String url() {
      return "http://127.0.0.1:" + socket.getLocalPort() + "/feed.xml";
    }

    @Override
    public void close() throws IOException {
      socket.close();
      thread.interrupt();
    }
  }
}
