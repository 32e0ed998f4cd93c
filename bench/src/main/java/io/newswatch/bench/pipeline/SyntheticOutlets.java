package io.newswatch.bench.pipeline;

import io.newswatch.bench.pipeline.ArticleGenerator.GeneratedArticle;
import io.newswatch.common.model.Language;
import io.newswatch.ingest.replay.ReplayServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Outlets for the pipeline benchmark, served by the ingest {@link ReplayServer} unchanged: Atom
 * feeds, one per source, each listing its newest articles, and an HTML page per article, so
 * ingest takes its real path (conditional GET, feed parsing, page fetch, main-text extraction).
 *
 * <p>The replay server releases feed items on a timeline made of the dates of every item under its
 * folder when it starts, one more item every tick. Here that timeline is a clock: {@code
 * clock.xml} holds one dated item per tick and is listed by no source. An article dated with the
 * clock's k-th date is therefore released k+1 ticks after the server started, whichever feed it is
 * in and whenever it was written there, so articles can be scheduled at any rate, decided while the
 * benchmark runs, by writing them into their feeds a little ahead of their dates.
 */
final class SyntheticOutlets implements AutoCloseable {
  /** Articles are written into their feed this long before they are released. */
  static final long LOOKAHEAD_MS = 1_500;

  /** Released articles a feed keeps listing, newest first, as real feeds keep their last few dozen. */
  static final int FEED_HISTORY = 100;

  private static final long WRITER_PERIOD_MS = 100;
  private static final List<Language> LANGUAGES = List.of(Language.SR_LATN, Language.SR_CYRL, Language.RU, Language.EN);
  private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_INSTANT;

  private final Path root;
  private final Path sourcesFile;
  private final int feeds;
  private final ArticleGenerator generator;
  private final ReplayServer server;
  private final ReleaseSchedule schedule;
  private final long dateOffsetMs;
  private final String feedUpdated;
  private final List<ArrayDeque<Entry>> feedEntries = new ArrayList<>();
  private final Thread writer;
  private final AtomicLong latePages = new AtomicLong();
  private final AtomicLong maxLateMs = new AtomicLong();
  private final AtomicLong textBytes = new AtomicLong();
  private final AtomicLong statementsWritten = new AtomicLong();
  private volatile int written;
  private volatile boolean running = true;
  private volatile Throwable writerFailure;

  private record Entry(int serial, String title, String summary, String date) {}

  private SyntheticOutlets(Path root, Path sourcesFile, int feeds, ArticleGenerator generator, ReplayServer server,
      ReleaseSchedule schedule, long anchorMs, long startedAtMs) {
    this.root = root;
    this.sourcesFile = sourcesFile;
    this.feeds = feeds;
    this.generator = generator;
    this.server = server;
    this.schedule = schedule;
    this.dateOffsetMs = startedAtMs - anchorMs;
    this.feedUpdated = ISO.format(Instant.ofEpochMilli(anchorMs));
    for (int i = 0; i < feeds; i++) {
      feedEntries.add(new ArrayDeque<>());
    }
    this.writer = Thread.ofPlatform().name("outlets-writer").daemon().unstarted(this::writeLoop);
  }

  /**
   * Lays out the outlets under {@code dir} (the replay root in {@code dir/site}, the catalogue in
   * {@code dir/sources.yaml}), starts the replay server with a clock of {@code horizon} in steps of
   * {@code tick}, and starts writing articles as the schedule releases them.
   */
  static SyntheticOutlets start(Path dir, int feeds, long seed, Duration tick, Duration horizon)
      throws IOException, InterruptedException {
    Path root = dir.resolve("site");
    Files.createDirectories(root.resolve("a"));
    Files.createDirectories(root.resolve("f"));
    Files.writeString(root.resolve("robots.txt"), "User-agent: *\nAllow: /\n");
    // An empty feed: its Last-Modified is the instant the server's timeline starts from.
    Files.writeString(root.resolve("probe.xml"), feedXml("probe", "en", List.of(), "2000-01-01T00:00:00Z"));
    long tickMs = tick.toMillis();
    long ticks = horizon.toMillis() / tickMs;
    // The server truncates its start to the second; starting just after a second begins makes that
    // second known in advance, so the clock's dates can be the very instants they release.
    long anchor = (System.currentTimeMillis() / 1000 + 2) * 1000;
    StringBuilder clock = new StringBuilder((int) ticks * 60 + 100);
    clock.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel><title>clock</title>\n");
    for (long k = 1; k <= ticks; k++) {
      clock.append("<item><pubDate>").append(ISO.format(Instant.ofEpochMilli(anchor + k * tickMs)))
          .append("</pubDate></item>\n");
    }
    clock.append("</channel></rss>\n");
    Files.writeString(root.resolve("clock.xml"), clock);
    long wait = anchor + 50 - System.currentTimeMillis();
    if (wait > 0) {
      Thread.sleep(wait);
    }
    ReplayServer server = ReplayServer.start(root, 0, 0, tick);
    try {
      long startedAt = startedAt(server);
      // Feeds exist only now: items present at start would have joined the server's timeline.
      for (int i = 0; i < feeds; i++) {
        writeAtomically(root.resolve("f").resolve(feedName(i)), feedXml(outletId(i),
            LANGUAGES.get(i % LANGUAGES.size()).tag(), List.of(), ISO.format(Instant.ofEpochMilli(anchor))));
      }
      Path sources = dir.resolve("sources.yaml");
      Files.writeString(sources, catalogue(feeds));
      ReleaseSchedule schedule = new ReleaseSchedule(tickMs, startedAt + tickMs, startedAt + ticks * tickMs);
      SyntheticOutlets outlets =
          new SyntheticOutlets(root, sources, feeds, new ArticleGenerator(seed), server, schedule, anchor, startedAt);
      outlets.writer.start();
      return outlets;
    } catch (IOException | InterruptedException | RuntimeException e) {
      server.close();
      throw e;
    }
  }

  /** The Last-Modified of a feed with no items: the start of the server's timeline. */
  private static long startedAt(ReplayServer server) throws IOException, InterruptedException {
    try (HttpClient client = HttpClient.newHttpClient()) {
      HttpResponse<Void> response = client.send(
          HttpRequest.newBuilder(URI.create(server.baseUrl() + "/probe.xml")).build(), HttpResponse.BodyHandlers.discarding());
      String lastModified = response.headers().firstValue("Last-Modified")
          .orElseThrow(() -> new IOException("the replay server sent no Last-Modified for probe.xml"));
      return ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli();
    }
  }

  String baseUrl() {
    return server.baseUrl();
  }

  Path sourcesFile() {
    return sourcesFile;
  }

  ReleaseSchedule schedule() {
    return schedule;
  }

  /** The language of the feed that carries article {@code serial}. */
  private Language languageOf(int serial) {
    return LANGUAGES.get(serial % feeds % LANGUAGES.size());
  }

  /** Pages written after their release instant, and the worst delay: the writer falling behind. */
  long latePages() {
    return latePages.get();
  }

  long maxLateMs() {
    return maxLateMs.get();
  }

  /** Articles written so far, their text bytes and statements. */
  int written() {
    return written;
  }

  long textBytes() {
    return textBytes.get();
  }

  long statementsWritten() {
    return statementsWritten.get();
  }

  /** Rethrows a failure of the writer thread, which would otherwise only show as a stalled pipeline. */
  void check() {
    Throwable failure = writerFailure;
    if (failure != null) {
      throw new IllegalStateException("the feed writer failed: " + failure, failure);
    }
  }

  private void writeLoop() {
    try {
      while (running) {
        long now = System.currentTimeMillis();
        BitSet touched = new BitSet(feeds);
        int next = written;
        while (schedule.isDue(next, now + LOOKAHEAD_MS)) {
          writeArticle(next, now);
          touched.set(next % feeds);
          next++;
        }
        written = next;
        for (int feed = touched.nextSetBit(0); feed >= 0; feed = touched.nextSetBit(feed + 1)) {
          writeFeed(feed, now);
        }
        Thread.sleep(WRITER_PERIOD_MS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException | RuntimeException e) {
      writerFailure = e;
    }
  }

  private void writeArticle(int serial, long now) throws IOException {
    long release = schedule.releaseAt(serial);
    if (release <= now) {
      latePages.incrementAndGet();
      maxLateMs.accumulateAndGet(now - release, Math::max);
    }
    Instant date = Instant.ofEpochMilli(release - dateOffsetMs);
    int feed = serial % feeds;
    GeneratedArticle article = generator.generate(serial, languageOf(serial), date);
    Files.writeString(root.resolve("a").resolve(serial + ".html"), page(article, outletId(feed), date));
    textBytes.addAndGet(article.textBytes());
    statementsWritten.addAndGet(article.statements());
    feedEntries.get(feed).addLast(new Entry(serial, article.title(), article.summary(), ISO.format(date)));
  }

  private void writeFeed(int feed, long now) throws IOException {
    ArrayDeque<Entry> entries = feedEntries.get(feed);
    while (entries.size() > FEED_HISTORY && schedule.releaseAt(entries.getFirst().serial()) <= now) {
      entries.removeFirst();
    }
    List<Entry> newestFirst = new ArrayList<>(entries.size());
    for (Iterator<Entry> it = entries.descendingIterator(); it.hasNext(); ) {
      newestFirst.add(it.next());
    }
    writeAtomically(root.resolve("f").resolve(feedName(feed)),
        feedXml(outletId(feed), LANGUAGES.get(feed % LANGUAGES.size()).tag(), newestFirst, feedUpdated));
  }

  /** Readers of the replay server see the old feed or the new one, never half of one. */
  private static void writeAtomically(Path file, String content) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(tmp, content);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static String feedName(int feed) {
    return String.format(Locale.ROOT, "%02d.xml", feed + 1);
  }

  private static String outletId(int feed) {
    return String.format(Locale.ROOT, "bench-%02d", feed + 1);
  }

  /**
   * An Atom feed. Its own {@code updated} stays fixed: the server hides unreleased entries but not
   * the feed's header, and a header that moved with them would change the ETag with nothing new.
   */
  private static String feedXml(String outlet, String language, List<Entry> entries, String updated) {
    StringBuilder out = new StringBuilder(512 + entries.size() * 600);
    out.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
        .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").append(language).append("\">\n")
        .append("<title>").append(outlet).append("</title>\n")
        .append("<link rel=\"alternate\" type=\"text/html\" href=\"{{BASE}}/\"/>\n")
        .append("<id>{{BASE}}/").append(outlet).append("</id>\n")
        .append("<updated>").append(updated).append("</updated>\n");
    for (Entry e : entries) {
      String link = "{{BASE}}/a/" + e.serial() + ".html";
      out.append("<entry>\n<title>").append(escape(e.title())).append("</title>\n")
          .append("<link rel=\"alternate\" type=\"text/html\" href=\"").append(link).append("\"/>\n")
          .append("<id>").append(link).append("</id>\n")
          .append("<published>").append(e.date()).append("</published>\n")
          .append("<updated>").append(e.date()).append("</updated>\n")
          .append("<summary type=\"text\">").append(escape(e.summary())).append("</summary>\n")
          .append("</entry>\n");
    }
    return out.append("</feed>\n").toString();
  }

  /** The article page, with the furniture real pages carry around the article (cookies, menus, related links). */
  private static String page(GeneratedArticle article, String outlet, Instant date) {
    Furniture f = Furniture.of(article.language());
    String url = "{{BASE}}/a/" + article.serial() + ".html";
    StringBuilder out = new StringBuilder(article.textBytes() + 2_500);
    out.append("<!doctype html>\n<html lang=\"").append(article.language().tag()).append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n")
        .append("<title>").append(escape(article.title())).append(" - ").append(outlet).append("</title>\n")
        .append("<meta name=\"description\" content=\"").append(escape(article.summary())).append("\">\n")
        .append("<link rel=\"canonical\" href=\"").append(url).append("\">\n")
        .append("<meta property=\"og:type\" content=\"article\">\n")
        .append("<meta property=\"og:title\" content=\"").append(escape(article.title())).append("\">\n")
        .append("<meta property=\"og:url\" content=\"").append(url).append("\">\n")
        .append("<meta property=\"article:published_time\" content=\"").append(ISO.format(date)).append("\">\n")
        .append("</head>\n<body class=\"page-article\">\n")
        .append("<div class=\"cookie-consent\"><p>").append(f.cookies()).append("</p><button>OK</button></div>\n")
        .append("<header class=\"header\"><div class=\"logo\"><a href=\"{{BASE}}/\">").append(outlet)
        .append("</a></div><nav class=\"menu\">");
    for (String item : f.menu()) {
      out.append("<a href=\"{{BASE}}/\">").append(item).append("</a>");
    }
    out.append("</nav></header>\n<main class=\"content\">\n<article class=\"article\">\n")
        .append("<h1 class=\"article-title\">").append(escape(article.title())).append("</h1>\n")
        .append("<div class=\"article-info\"><time datetime=\"").append(ISO.format(date)).append("\">")
        .append(date.truncatedTo(ChronoUnit.MINUTES)).append("</time></div>\n")
        .append("<div class=\"article-text\">\n");
    for (String paragraph : article.paragraphs()) {
      out.append("<p>").append(escape(paragraph)).append("</p>\n");
    }
    out.append("</div>\n<div class=\"article-share\">").append(f.share()).append("</div>\n</article>\n")
        .append("<section class=\"related\"><h2>").append(f.related()).append("</h2><ul>");
    for (int i = 1; i <= 3 && article.serial() - i >= 0; i++) {
      out.append("<li><a href=\"{{BASE}}/a/").append(article.serial() - i).append(".html\">")
          .append(f.menu().get(i)).append(" ").append(article.serial() - i).append("</a></li>");
    }
    out.append("</ul></section>\n</main>\n<footer class=\"footer\"><p>© ").append(outlet).append(". ")
        .append(f.rights()).append("</p></footer>\n</body>\n</html>\n");
    return out.toString();
  }

  private record Furniture(String cookies, List<String> menu, String share, String related, String rights) {
    static Furniture of(Language language) {
      Furniture latin = new Furniture("Ovaj sajt koristi kolačiće radi boljeg korisničkog iskustva.",
          List.of("Vesti", "Politika", "Društvo", "Svet", "Ekonomija"), "Podelite vest", "Možda vas zanima",
          "Sva prava zadržana.");
      return switch (language) {
        case SR_LATN -> latin;
        case SR_CYRL -> new Furniture(SerbianCyrillic.of(latin.cookies()),
            latin.menu().stream().map(SerbianCyrillic::of).toList(), SerbianCyrillic.of(latin.share()),
            SerbianCyrillic.of(latin.related()), SerbianCyrillic.of(latin.rights()));
        case RU -> new Furniture("Мы используем файлы cookie для улучшения работы сайта.",
            List.of("Новости", "Политика", "Общество", "В мире", "Экономика"), "Поделиться", "Читайте также",
            "Все права защищены.");
        case EN -> new Furniture("This website uses cookies to improve your experience.",
            List.of("News", "Politics", "Society", "World", "Business"), "Share", "Read also", "All rights reserved.");
      };
    }
  }

  private static String catalogue(int feeds) {
    StringBuilder out = new StringBuilder("# Written by the pipeline benchmark; {{BASE}} is its replay server.\nsources:\n");
    for (int i = 0; i < feeds; i++) {
      Language language = LANGUAGES.get(i % LANGUAGES.size());
      out.append("  - id: ").append(outletId(i)).append('\n')
          .append("    name: \"Bench outlet ").append(i + 1).append(" (").append(language.tag()).append(")\"\n")
          .append("    outlet: ").append(outletId(i)).append('\n')
          .append("    country: ").append(language == Language.RU ? "RU" : "RS").append('\n')
          .append("    language: ").append(language.tag()).append('\n')
          .append("    feeds: [\"{{BASE}}/f/").append(feedName(i)).append("\"]\n")
          .append("    listings: []\n");
    }
    return out.toString();
  }

  private static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  @Override
  public void close() {
    running = false;
    writer.interrupt();
    try {
      writer.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    server.close();
  }
}
