package io.newswatch.ingest.replay;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The offline stand-in for the outlets: serves {@code seeds/samples} over real HTTP with {@code
 * {{BASE}}} replaced by its own address, real ETag / Last-Modified / 304 handling, and feeds that
 * fill up over time (the oldest few items at once, then one more every few seconds, by date), so
 * the ingest service polls it through exactly the code path it uses for the real outlets.
 *
 * <p>Items are released on one timeline across all feeds, oldest first, so a statement that one
 * outlet published first and others reprinted later also reaches the pipeline first, as it would
 * from the real outlets.
 */
public final class ReplayServer implements AutoCloseable {
  private static final Pattern ITEM = Pattern.compile("(?s)<(item|entry)[\\s>].*?</\\1>");
  private static final Pattern DATE =
      Pattern.compile("(?s)<(pubDate|published|updated|dc:date)>\\s*(.*?)\\s*</\\1>");
  private static final byte[] PLACEHOLDER = "{{BASE}}".getBytes(StandardCharsets.US_ASCII);

  private final Path root;
  private final HttpServer server;
  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
  private final Instant startedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
  private final int initialItems;
  private final Duration releaseEvery;
  private final String baseUrl;
  /** The dates of every item of every feed under the root, oldest first: the release order. */
  private final List<Instant> timeline;

  private ReplayServer(Path root, int port, int initialItems, Duration releaseEvery) throws IOException {
    this.root = root.toAbsolutePath().normalize();
    this.initialItems = initialItems;
    this.releaseEvery = releaseEvery;
    this.timeline = timeline(this.root);
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 128);
    this.baseUrl = "http://127.0.0.1:" + server.getAddress().getPort();
    server.setExecutor(executor);
    server.createContext("/", this::serve);
    server.start();
  }

  /**
   * Serves {@code samplesDir} on {@code port} (0 picks a free one): the three oldest items of all
   * feeds at once, then the next one every 3 s.
   */
  public static ReplayServer start(Path samplesDir, int port) throws IOException {
    return start(samplesDir, port, 3, Duration.ofSeconds(3));
  }

  public static ReplayServer start(Path samplesDir, int port, int initialItems, Duration releaseEvery) throws IOException {
    if (!Files.isDirectory(samplesDir)) {
      throw new IOException("samples directory " + samplesDir + " does not exist");
    }
    return new ReplayServer(samplesDir, port, initialItems, releaseEvery);
  }

  /** {@code http://127.0.0.1:<port>}, without a trailing slash, as substituted for {@code {{BASE}}}. */
  public String baseUrl() {
    return baseUrl;
  }

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
        send(exchange, 405, "text/plain", "method not allowed\n".getBytes(StandardCharsets.UTF_8));
        return;
      }
      String path = exchange.getRequestURI().getPath();
      Path file = root.resolve(path.startsWith("/") ? path.substring(1) : path).normalize();
      if (!file.startsWith(root) || !Files.isRegularFile(file)) {
        send(exchange, 404, "text/plain", "not found\n".getBytes(StandardCharsets.UTF_8));
        return;
      }
      byte[] body = replace(Files.readAllBytes(file), PLACEHOLDER, baseUrl.getBytes(StandardCharsets.US_ASCII));
      Instant lastModified = Instant.ofEpochMilli(Files.getLastModifiedTime(file).toMillis()).truncatedTo(ChronoUnit.SECONDS);
      String type = contentType(file, body);
      if (type.contains("xml")) {
        Released released = release(body);
        body = released.body;
        if (released.changedAt.isAfter(lastModified)) {
          lastModified = released.changedAt;
        }
      }
      String etag = "\"" + digest(body) + "\"";
      String httpDate = DateTimeFormatter.RFC_1123_DATE_TIME.format(lastModified.atZone(ZoneOffset.UTC));
      exchange.getResponseHeaders().set("ETag", etag);
      exchange.getResponseHeaders().set("Last-Modified", httpDate);
      exchange.getResponseHeaders().set("Cache-Control", "no-cache");
      String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
      String ifModifiedSince = exchange.getRequestHeaders().getFirst("If-Modified-Since");
      if (ifNoneMatch != null ? ifNoneMatch.contains(etag) : notModifiedSince(ifModifiedSince, lastModified)) {
        exchange.sendResponseHeaders(304, -1);
        return;
      }
      send(exchange, 200, type, body);
    }
  }

  private static boolean notModifiedSince(String header, Instant lastModified) {
    if (header == null) {
      return false;
    }
    try {
      return !lastModified.isAfter(ZonedDateTime.parse(header.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private record Released(byte[] body, Instant changedAt) {}

  private static List<Instant> timeline(Path root) throws IOException {
    List<Instant> dates = new ArrayList<>();
    try (var files = Files.walk(root)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xml") || name.endsWith(".rss") || name.endsWith(".atom")) {
          dates.addAll(itemDates(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)));
        }
      }
    }
    dates.sort(null);
    return List.copyOf(dates);
  }

  private static List<Instant> itemDates(String feed) {
    List<Instant> dates = new ArrayList<>();
    Matcher m = ITEM.matcher(feed);
    while (m.find()) {
      Matcher d = DATE.matcher(m.group());
      dates.add(d.find() ? parseDate(d.group(2)) : Instant.EPOCH);
    }
    return dates;
  }

  /** The position of the first item of this date on the timeline. */
  private int rank(Instant date) {
    int rank = java.util.Collections.binarySearch(timeline, date);
    if (rank < 0) {
      return -rank - 1;
    }
    while (rank > 0 && timeline.get(rank - 1).equals(date)) {
      rank--;
    }
    return rank;
  }

  /**
   * Keeps the items due by now. Latin-1 maps every byte to one char and back, so editing the
   * markup this way leaves the bytes of any ASCII-compatible charset (UTF-8, Windows-1251, KOI8-R)
   * untouched.
   */
  private Released release(byte[] body) {
    String text = new String(body, StandardCharsets.ISO_8859_1);
    Matcher m = ITEM.matcher(text);
    List<int[]> spans = new ArrayList<>();
    List<Instant> dates = new ArrayList<>();
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
      Matcher d = DATE.matcher(m.group());
      dates.add(d.find() ? parseDate(d.group(2)) : Instant.EPOCH);
    }
    if (spans.isEmpty() || releaseEvery.isZero() || timeline.isEmpty()) {
      return new Released(body, startedAt);
    }
    long steps = Duration.between(startedAt, Instant.now()).toMillis() / releaseEvery.toMillis();
    long due = Math.min(timeline.size(), initialItems + steps);
    // Every item dated up to the newest one due so far, in this feed or any other, is out.
    Instant cutoff = due <= 0 ? Instant.MIN : timeline.get((int) due - 1);
    int newestKeptRank = -1;
    StringBuilder out = new StringBuilder(text.length());
    int last = 0;
    for (int i = 0; i < spans.size(); i++) {
      int[] span = spans.get(i);
      out.append(text, last, span[0]);
      if (!dates.get(i).isAfter(cutoff)) {
        out.append(text, span[0], span[1]);
        newestKeptRank = Math.max(newestKeptRank, rank(dates.get(i)));
      }
      last = span[1];
    }
    out.append(text.substring(last));
    Instant changedAt =
        startedAt.plus(releaseEvery.multipliedBy(Math.max(0, newestKeptRank + 1 - initialItems)));
    return new Released(out.toString().getBytes(StandardCharsets.ISO_8859_1), changedAt);
  }

  private static Instant parseDate(String value) {
    try {
      // Hand-written samples often get the weekday wrong; the date itself is what orders them.
      String withoutWeekday = value.trim().replaceFirst("^[A-Za-z]{3},\\s*", "");
      return ZonedDateTime.parse(withoutWeekday, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return java.time.OffsetDateTime.parse(value.trim()).toInstant();
      } catch (DateTimeParseException e2) {
        return Instant.EPOCH;
      }
    }
  }

  private static String contentType(Path file, byte[] body) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".html") || name.endsWith(".htm")) {
      return "text/html";
    }
    if (name.endsWith(".xml") || name.endsWith(".rss") || name.endsWith(".atom")) {
      String head = new String(body, 0, Math.min(body.length, 1024), StandardCharsets.ISO_8859_1);
      return head.contains("<feed") ? "application/atom+xml" : "application/rss+xml";
    }
    if (name.endsWith(".txt")) {
      return "text/plain; charset=utf-8";
    }
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return "application/yaml";
    }
    return "application/octet-stream";
  }

  static byte[] replace(byte[] data, byte[] target, byte[] replacement) {
    List<Integer> hits = new ArrayList<>();
    outer:
    for (int i = 0; i <= data.length - target.length; i++) {
      for (int j = 0; j < target.length; j++) {
        if (data[i + j] != target[j]) {
          continue outer;
        }
      }
      hits.add(i);
      i += target.length - 1;
    }
    if (hits.isEmpty()) {
      return data;
    }
    byte[] out = new byte[data.length + hits.size() * (replacement.length - target.length)];
    int src = 0;
    int dst = 0;
    for (int hit : hits) {
      System.arraycopy(data, src, out, dst, hit - src);
      dst += hit - src;
      System.arraycopy(replacement, 0, out, dst, replacement.length);
      dst += replacement.length;
      src = hit + target.length;
    }
    System.arraycopy(data, src, out, dst, data.length - src);
    return out;
  }

  private static String digest(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    boolean head = "HEAD".equals(exchange.getRequestMethod());
    exchange.sendResponseHeaders(status, head ? -1 : body.length);
    if (!head) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
