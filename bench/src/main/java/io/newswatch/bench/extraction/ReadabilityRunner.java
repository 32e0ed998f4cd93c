package io.newswatch.bench.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswatch.common.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs bench's node script (Readability.js on jsdom) over the page set and reads its answer. */
final class ReadabilityRunner {

  record Result(
      Map<String, String> predictions,
      Map<String, String> errors,
      double seconds,
      int passes,
      long peakHeapUsedBytes,
      long peakRssBytes,
      Map<String, String> versions) {}

  static final class Unavailable extends Exception {
    private static final long serialVersionUID = 1L;

    Unavailable(String message) {
      super(message);
    }
  }

  private final Path script;
  private final Path modules;
  private final long timeoutSeconds;

  ReadabilityRunner(Path script, Path modules, long timeoutSeconds) {
    this.script = script;
    this.modules = modules;
    this.timeoutSeconds = timeoutSeconds;
  }

  Result run(PageSet set, int warmup, int passes) throws IOException, InterruptedException, Unavailable {
    if (!Files.isRegularFile(script)) {
      throw new Unavailable("node script not found at " + script);
    }
    if (!Files.isDirectory(modules.resolve("node_modules/@mozilla/readability"))
        || !Files.isDirectory(modules.resolve("node_modules/jsdom"))) {
      throw new Unavailable("Readability.js and jsdom are not installed in " + modules + " (bench/run installs them)");
    }
    List<Map<String, String>> manifest = new ArrayList<>();
    for (PageSet.Page p : set.pages()) {
      Map<String, String> entry = new LinkedHashMap<>();
      entry.put("id", p.id());
      entry.put("path", p.file().toAbsolutePath().toString());
      entry.put("url", p.url() == null ? "" : p.url());
      manifest.add(entry);
    }
    Path manifestFile = Files.createTempFile("bench-pages-", ".json");
    try {
      Json.mapper().writeValue(manifestFile.toFile(), manifest);
      ProcessBuilder pb =
          new ProcessBuilder(
              System.getProperty("bench.node", "node"),
              script.toString(),
              modules.toString(),
              manifestFile.toString(),
              Integer.toString(warmup),
              Integer.toString(passes));
      pb.redirectError(ProcessBuilder.Redirect.INHERIT);
      Process process;
      try {
        process = pb.start();
      } catch (IOException e) {
        throw new Unavailable("cannot start node: " + e.getMessage());
      }
      CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
      if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new Unavailable("Readability.js did not finish within " + timeoutSeconds + " s; stopped");
      }
      if (process.exitValue() != 0) {
        throw new Unavailable("the Readability.js script exited with " + process.exitValue());
      }
      JsonNode root = Json.mapper().readTree(out.join());
      Map<String, String> predictions = new HashMap<>();
      root.path("predictions").fields().forEachRemaining(e -> predictions.put(e.getKey(), e.getValue().asText("")));
      Map<String, String> errors = new HashMap<>();
      root.path("errors").fields().forEachRemaining(e -> errors.put(e.getKey(), e.getValue().asText("")));
      Map<String, String> versions = new LinkedHashMap<>();
      root.path("versions").fields().forEachRemaining(e -> versions.put(e.getKey(), e.getValue().asText("")));
      return new Result(
          predictions,
          errors,
          root.path("seconds").asDouble(),
          root.path("passes").asInt(passes),
          root.path("peakHeapUsedBytes").asLong(),
          root.path("peakRssBytes").asLong(),
          versions);
    } finally {
      Files.deleteIfExists(manifestFile);
    }
  }

  private static byte[] readAll(InputStream in) {
    try (in) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
