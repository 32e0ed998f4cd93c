package io.newswatch.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.newswatch.common.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Where benchmark results go: {@code bench/target/<name>-<time>.json} and {@code <name>-latest.json}. */
public final class Reports {
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  private Reports() {}

  /** The output folder: the {@code bench.out} system property (bench/run sets it), else ./target. */
  public static Path outputDir() {
    return Path.of(System.getProperty("bench.out", "target"));
  }

  public static ObjectMapper mapper() {
    return Json.mapper().copy().enable(SerializationFeature.INDENT_OUTPUT);
  }

  /** Writes the report and returns the path of the time-stamped file. */
  public static Path write(String name, Object report) throws IOException {
    Path dir = outputDir();
    Files.createDirectories(dir);
    Path file = dir.resolve(name + "-" + STAMP.format(Instant.now()) + ".json");
    byte[] json = mapper().writeValueAsBytes(report);
    Files.write(file, json);
    Files.write(dir.resolve(name + "-latest.json"), json);
    return file;
  }

  /** What every report says about the machine it ran on. */
  public static java.util.Map<String, Object> machine() {
    var m = new java.util.LinkedHashMap<String, Object>();
    m.put("cores", Runtime.getRuntime().availableProcessors());
    m.put("java", System.getProperty("java.vm.name") + " " + Runtime.version());
    m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    m.put("maxHeapBytes", HeapWatch.maxBytes());
    return m;
  }
}
