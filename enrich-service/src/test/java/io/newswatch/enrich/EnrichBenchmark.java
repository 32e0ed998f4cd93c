package io.newswatch.enrich;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newswatch.common.Ids;
import io.newswatch.common.config.KafkaSettings;
import io.newswatch.common.kafka.StreamsSupport;
import io.newswatch.common.kafka.Topics;
import io.newswatch.common.model.Article;
import io.newswatch.common.model.Language;
import io.newswatch.common.model.Script;
import io.newswatch.common.model.TopicMatch;
import io.newswatch.common.text.Texts;
import io.newswatch.enrich.actors.ActorCatalogue;
import io.newswatch.enrich.actors.ActorMatcher;
import io.newswatch.enrich.actors.Mention;
import io.newswatch.enrich.quality.SamplePages;
import io.newswatch.enrich.statements.ExtractedStatement;
import io.newswatch.enrich.statements.StatementExtractor;
import io.newswatch.enrich.topics.TopicCatalogue;
import io.newswatch.enrich.topics.TopicMatcher;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Named;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Throughput of the enrich topology against a pass-through topology over the same articles, both
 * on {@link TopologyTestDriver} (which runs everything on the calling thread, so one core), with
 * the project's seed catalogues, and what each step of enrichment costs per article. Inputs:
 * synthetic 5 KB articles in all four editions, dense in names and made of seven paragraphs per
 * edition that repeat (so few distinct statements), the annotated sample pages of seeds/samples
 * (real articles as ingest delivers them) joined to 5 KB and as they are, and whatever the caller
 * adds; then long texts ({@code longTexts}). Prints figures; asserts nothing about time.
 *
 * <p>Run: {@code bench/run enrich [--articles N] [--rounds N]}, which adds the peak heap and a JSON
 * report, or this class's {@code main} from the test classpath (arguments: articles per round,
 * rounds).
 */
public final class EnrichBenchmark {
  private static final int TARGET_CHARS = 5_000;

  private EnrichBenchmark() {}

  /**
   * One input's figures: the best round after the first (the first warms the JIT up), in articles
   * per second, and the average cost of each step of enrichment in microseconds per article.
   */
  public record Result(
      String input, int articles, double averageChars, double mentionsPerArticle, double statementsPerArticle,
      double topicsPerArticle, double enrichTopology, double passThrough, double enricherAlone,
      Map<String, Double> stepMicros) {
    public double ratio() {
      return enrichTopology / passThrough;
    }
  }

  public static void main(String[] args) throws Exception {
    int perRound = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    Path seeds = Files.isDirectory(Path.of("..", "seeds")) ? Path.of("..", "seeds") : Path.of("seeds");
    for (Result r : run(seeds, perRound, rounds)) {
      System.out.printf(
          Locale.ROOT,
          "RESULT %s (best after warm-up, one thread): enrich %.0f articles/s, pass-through %.0f articles/s, ratio %.2f;"
              + " Enricher alone %.0f articles/s; µs per article by step %s%n",
          r.input(), r.enrichTopology(), r.passThrough(), r.ratio(), r.enricherAlone(), r.stepMicros());
    }
  }

  /** Measures every input; prints each round as it goes. */
  public static List<Result> run(Path seeds, int perRound, int rounds) throws Exception {
    return run(seeds, perRound, rounds, Map.of());
  }

  /**
   * As {@link #run(Path, int, int)}, measuring {@code moreInputs} (name to articles) after the
   * built-in ones: the bench module adds real news it reads from outside the repository.
   */
  public static List<Result> run(Path seeds, int perRound, int rounds, Map<String, List<Article>> moreInputs)
      throws Exception {
    ActorCatalogue actors = ActorCatalogue.load(seeds.resolve("actors.yaml"));
    TopicCatalogue topics = TopicCatalogue.load(seeds.resolve("topics.yaml"));
    LiveEnricher live = new LiveEnricher(actors, topics.topics(), Clock.systemUTC());
    EnrichConfig config =
        new EnrichConfig(
            new KafkaSettings("localhost:9", Map.of()), seeds.resolve("actors.yaml"), seeds.resolve("topics.yaml"),
            "127.0.0.1", 0, "enrich-bench", Files.createTempDirectory("enrich-bench"), 1);
    System.out.printf(Locale.ROOT, "catalogues: %d actors, %d topics%n", actors.size(), topics.topics().size());

    Map<String, List<Article>> inputs = new LinkedHashMap<>();
    inputs.put("synthetic", articles(2_000));
    List<Article> pages = SamplePages.articles(seeds.resolve("samples"));
    if (!pages.isEmpty()) {
      inputs.put("sample pages 5 KB", joined(pages, 400));
      inputs.put("sample pages as is", pages);
    }
    inputs.putAll(moreInputs);
    List<Result> results = new ArrayList<>();
    for (Map.Entry<String, List<Article>> input : inputs.entrySet()) {
      results.add(measure(input.getKey(), input.getValue(), live, config, perRound, rounds));
    }
    longTexts(live.current(), pages);
    return results;
  }

  /**
   * Serbian texts of 50 KB and of {@link Enricher#MAX_TEXT_CHARS} in shapes that once cost time
   * quadratic in their length: prose, one run without a sentence end, one paragraph of repeated
   * quotes, and a paragraph of stray opening marks. Prints the best time of each and its cost per
   * KB; about the same cost per KB at both lengths means time linear in length. A Kafka Streams
   * transaction may stay open 10 s, so one article must never take seconds.
   */
  private static void longTexts(Enricher enricher, List<Article> pages) {
    StringBuilder prose = new StringBuilder();
    List<Article> serbian = pages.stream().filter(a -> a.language() == Language.SR_LATN).toList();
    for (int i = 0; !serbian.isEmpty() && prose.length() < Enricher.MAX_TEXT_CHARS; i++) {
      prose.append(serbian.get(i % serbian.size()).text()).append("\n\n");
    }
    Map<String, String> units = new LinkedHashMap<>();
    if (!prose.isEmpty()) {
      units.put("sample pages joined", prose.toString());
    }
    units.put("no sentence end", "Vučić je rekao da Putin smatra da Zaharova tvrdi da Kosovo ");
    units.put("one paragraph of quotes", "«Kosovo je Srbija», rekao je Vučić. Vučić je rekao da je Kosovo srce Srbije. ");
    units.put("stray opening marks", "«Vučić kaže ");
    Article model = articles(2).get(1);
    System.out.printf(Locale.ROOT, "%n== long texts (sr-Latn, Enricher alone, best of up to 10 runs)%n");
    for (Map.Entry<String, String> unit : units.entrySet()) {
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-24s", unit.getKey()));
      for (int chars : new int[] {50_000, Enricher.MAX_TEXT_CHARS}) {
        String text = unit.getValue().repeat(chars / unit.getValue().length() + 1).substring(0, chars);
        Article article =
            new Article(
                Article.CURRENT_VERSION, Ids.hash(unit.getKey() + chars), model.sourceId(), model.outlet(), model.url(),
                model.title(), text, Language.SR_LATN, model.script(), model.publishedAt(), model.fetchedAt(), null);
        long best = Long.MAX_VALUE;
        int statements = 0;
        long until = System.nanoTime() + 3_000_000_000L;
        for (int run = 0; run < 10 && (run < 2 || System.nanoTime() < until); run++) {
          long started = System.nanoTime();
          statements = enricher.enrich(article).statements().size();
          best = Math.min(best, System.nanoTime() - started);
        }
        line.append(String.format(
            Locale.ROOT, "  %,7d chars: %7.1f ms (%5.0f µs per KB, %,d statements)",
            chars, best / 1e6, best / 1e3 / (chars / 1_000.0), statements));
      }
      System.out.println(line);
    }
  }

  private static Result measure(
      String name, List<Article> articles, LiveEnricher live, EnrichConfig config, int perRound, int rounds)
      throws IOException {
    Enricher enricher = live.current();
    double avgChars = articles.stream().mapToInt(a -> a.text().length()).average().orElse(0);
    long mentions = 0;
    long statements = 0;
    long topicHits = 0;
    Map<Language, Integer> editions = new TreeMap<>();
    for (Article article : articles) {
      EnrichmentResult r = enricher.enrich(article);
      mentions += r.enriched().actors().stream().mapToLong(a -> a.spans().size()).sum();
      statements += r.statements().size();
      topicHits += r.enriched().topics().size();
      editions.merge(article.language(), 1, Integer::sum);
    }
    System.out.printf(
        Locale.ROOT,
        "%n== %s: %d distinct articles, %.0f chars on average, editions %s%n"
            + "per article: %.1f actor mentions, %.1f statements, %.1f topics%n",
        name, articles.size(), avgChars, editions,
        (double) mentions / articles.size(), (double) statements / articles.size(), (double) topicHits / articles.size());

    double bestEnrich = 0;
    double bestPass = 0;
    double bestPlain = 0;
    for (int round = 1; round <= rounds; round++) {
      double pass = run(passThrough(), config, articles, perRound);
      double enrich = run(EnrichTopology.topology(config, live, new EnrichMetrics(new SimpleMeterRegistry())), config, articles, perRound);
      double plain = plain(enricher, articles, perRound);
      System.out.printf(
          Locale.ROOT,
          "%s round %d: pass-through %.0f articles/s, enrich topology %.0f articles/s (ratio %.2f), Enricher alone %.0f articles/s%n",
          name, round, pass, enrich, enrich / pass, plain);
      if (round > 1 || rounds == 1) {
        bestPass = Math.max(bestPass, pass);
        bestEnrich = Math.max(bestEnrich, enrich);
        bestPlain = Math.max(bestPlain, plain);
      }
    }
    Map<String, Double> steps = Steps.measure(enricher, articles, perRound);
    System.out.printf(Locale.ROOT, "%s: µs per article by step %s%n", name, steps);
    return new Result(name, articles.size(), avgChars, (double) mentions / articles.size(), (double) statements / articles.size(),
        (double) topicHits / articles.size(), bestEnrich, bestPass, bestPlain, steps);
  }

  /**
   * The cost of each step of {@link Enricher#enrich}, done here one after the other as the
   * enricher does them: analysis, actors, article topics, statements, the topics of each
   * statement's paragraphs, and the statement ids.
   */
  private static final class Steps {
    static Map<String, Double> measure(Enricher enricher, List<Article> articles, int count) throws IOException {
      StatementExtractor extractor = new StatementExtractor(enricher.actors());
      ActorMatcher actorMatcher = new ActorMatcher(enricher.actors(), extractor::givenName);
      TopicMatcher topicMatcher = new TopicMatcher(enricher.topics());
      long[] nanos = new long[6];
      long sink = 0;
      for (int i = 0; i < count; i++) {
        Article article = articles.get(i % articles.size());
        long t0 = System.nanoTime();
        AnalysedText analysed = TextAnalysis.analyse(article.text(), article.language());
        long t1 = System.nanoTime();
        List<Mention> mentions = actorMatcher.find(analysed, article.language());
        long t2 = System.nanoTime();
        TopicMatcher.Evaluation evaluation = topicMatcher.evaluate(analysed, article.language());
        List<TopicMatch> articleTopics = evaluation.topics();
        long t3 = System.nanoTime();
        List<ExtractedStatement> found = extractor.extract(article.text(), article.language(), mentions);
        long t4 = System.nanoTime();
        Enricher.ParagraphWindows windows = new Enricher.ParagraphWindows(article.text());
        for (ExtractedStatement statement : found) {
          sink += Enricher.paragraphTopics(analysed, evaluation, statement.start(), statement.end(), articleTopics, windows).size();
        }
        long t5 = System.nanoTime();
        for (ExtractedStatement statement : found) {
          sink += Texts.matchKey(statement.text()).length();
        }
        long t6 = System.nanoTime();
        nanos[0] += t1 - t0;
        nanos[1] += t2 - t1;
        nanos[2] += t3 - t2;
        nanos[3] += t4 - t3;
        nanos[4] += t5 - t4;
        nanos[5] += t6 - t5;
      }
      if (sink < 0) {
        throw new IllegalStateException("unreachable: keeps the results alive");
      }
      String[] names = {"text analysis", "actors", "article topics", "statements", "paragraph topics", "statement ids"};
      Map<String, Double> micros = new LinkedHashMap<>();
      for (int i = 0; i < names.length; i++) {
        micros.put(names[i], Math.round(nanos[i] / 1e2 / count) / 10.0);
      }
      micros.put("sum", Math.round(java.util.Arrays.stream(nanos).sum() / 1e2 / count) / 10.0);
      micros.put("tokenizer alone", tokenizerMicros(articles, count));
      return micros;
    }

    /**
     * Lucene's StandardTokenizer splitting the text and nothing else, the floor under any
     * enrichment that reads words the way the issue asks (part of "text analysis", not in the sum).
     */
    static double tokenizerMicros(List<Article> articles, int count) throws IOException {
      long sink = 0;
      long started = System.nanoTime();
      try (StandardTokenizer tokenizer = new StandardTokenizer()) {
        for (int i = 0; i < count; i++) {
          tokenizer.setReader(new StringReader(articles.get(i % articles.size()).text()));
          tokenizer.reset();
          while (tokenizer.incrementToken()) {
            sink++;
          }
          tokenizer.end();
          tokenizer.close();
        }
      }
      if (sink < 0) {
        throw new IllegalStateException("unreachable: keeps the loop alive");
      }
      return Math.round((System.nanoTime() - started) / 1e2 / count) / 10.0;
    }
  }

  /** Reads news.articles and writes the same records on, with the same serdes: the cost floor. */
  static Topology passThrough() {
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream(Topics.ARTICLES.name(), Topics.ARTICLES.consumed().withName("articles-source"))
        .mapValues(article -> article, Named.as("pass"))
        .to("bench.pass-through", Topics.ARTICLES.produced().withName("pass-through-sink"));
    return builder.build();
  }

  private static double run(Topology topology, EnrichConfig config, List<Article> articles, int count) {
    Properties props = new Properties();
    props.put("bootstrap.servers", "localhost:9");
    props.put("state.dir", config.stateDir().toString());
    Properties streams = StreamsSupport.streamsProperties(props, "enrich-bench", null);
    try (TopologyTestDriver driver = new TopologyTestDriver(topology, streams)) {
      TestInputTopic<String, Article> in =
          driver.createInputTopic(Topics.ARTICLES.name(), Serdes.String().serializer(), Topics.ARTICLES.valueSerde().serializer());
      List<TestOutputTopic<byte[], byte[]>> outs = new ArrayList<>();
      for (String name : List.of("bench.pass-through", Topics.ENRICHED.name(), Topics.STATEMENTS.name())) {
        outs.add(driver.createOutputTopic(name, Serdes.ByteArray().deserializer(), Serdes.ByteArray().deserializer()));
      }
      // A key of its own each time (this call included): the enrich topology passes over an
      // article it has already enriched.
      String call = Long.toString(System.nanoTime(), 36);
      long started = System.nanoTime();
      for (int i = 0; i < count; i++) {
        Article article = articles.get(i % articles.size());
        in.pipeInput(article.id() + "#" + call + "-" + i, article);
        if (i % 500 == 499) {
          // Drain as raw bytes so the driver's queues stay small and no reader cost is counted.
          outs.forEach(TestOutputTopic::readRecordsToList);
        }
      }
      outs.forEach(TestOutputTopic::readRecordsToList);
      return count / ((System.nanoTime() - started) / 1e9);
    }
  }

  private static double plain(Enricher enricher, List<Article> articles, int count) {
    long started = System.nanoTime();
    long sink = 0;
    for (int i = 0; i < count; i++) {
      sink += enricher.enrich(articles.get(i % articles.size())).statements().size();
    }
    double rate = count / ((System.nanoTime() - started) / 1e9);
    return sink >= 0 ? rate : 0;
  }

  private static final Map<Language, List<String>> PARAGRAPHS =
      Map.of(
          Language.EN,
          List.of(
              "Russian Ambassador to Serbia Alexander Botsan-Kharchenko said that Serbia can rely on Russia on the issue of Kosovo and Metohija.",
              "\"Russia coordinates its position with Belgrade and with China and uses its permanent seat on the UN Security Council,\" Botsan-Kharchenko said.",
              "He added that the West keeps up its pressure on President Aleksandar Vučić over sanctions against Russia.",
              "Russian Foreign Ministry spokeswoman Maria Zakharova said the situation in Kosovo and Metohija is getting out of control.",
              "Vucic asked for a meeting with NATO Secretary General Jens Stoltenberg and for a session of the Security Council in New York.",
              "Analysts in Belgrade noted that energy prices and the gas contract with Gazprom remain open, while farmers protested in Novi Sad.",
              "The diplomat stressed that a solution must rest on international law and UN Security Council Resolution 1244."),
          Language.SR_LATN,
          List.of(
              "Ambasador Rusije u Srbiji Aleksandar Bocan-Harčenko izjavio je da Srbija može da računa na Rusiju po pitanju Kosova i Metohije.",
              "\"Rusija koordinira svoj stav sa Beogradom i Pekingom i koristi stalno mesto u Savetu bezbednosti UN\", rekao je Bocan-Harčenko.",
              "On je dodao da Zapad vrši pritisak na predsednika Aleksandra Vučića zbog sankcija Rusiji.",
              "Portparolka ruskog Ministarstva spoljnih poslova Marija Zaharova rekla je da situacija na Kosovu izmiče kontroli.",
              "Vučić je zatražio sastanak sa generalnim sekretarom NATO-a i sednicu Saveta bezbednosti.",
              "Analitičari ističu da su cene energenata i ugovor o gasu i dalje otvoreni, dok su studenti protestovali u Novom Sadu.",
              "Prema rečima diplomate, rešenje mora da počiva na međunarodnom pravu i Rezoluciji 1244."),
          Language.SR_CYRL,
          List.of(
              "Амбасадор Русије у Србији Александар Боцан-Харченко изјавио је да Србија може да рачуна на Русију по питању Косова и Метохије.",
              "„Русија координира свој став са Београдом и Пекингом и користи стално место у Савету безбедности УН”, рекао је Боцан-Харченко.",
              "Он је додао да Запад врши притисак на председника Александра Вучића због санкција Русији.",
              "Портпаролка руског Министарства спољних послова Марија Захарова рекла је да ситуација на Косову измиче контроли.",
              "Вучић је затражио састанак са генералним секретаром НАТО-а и седницу Савета безбедности.",
              "Аналитичари истичу да су цене енергената и уговор о гасу и даље отворени, док су студенти протестовали у Новом Саду.",
              "Према речима дипломате, решење мора да почива на међународном праву и Резолуцији 1244."),
          Language.RU,
          List.of(
              "Посол России в Сербии Александр Боцан-Харченко заявил, что Сербия может рассчитывать на Россию в вопросе Косово и Метохии.",
              "«Россия координирует свою позицию с Белградом и Пекином и использует место постоянного члена Совета Безопасности ООН», — сказал Боцан-Харченко.",
              "Он добавил, что Запад оказывает давление на президента Александра Вучича из-за санкций против России.",
              "Официальный представитель МИД России Мария Захарова заявила, что ситуация в Косово выходит из-под контроля.",
              "Вучич попросил о встрече с генеральным секретарём НАТО и о заседании Совета Безопасности.",
              "Аналитики отмечают, что цены на энергоносители и газовый контракт остаются открытыми, а в Нови-Саде прошли протесты.",
              "По словам дипломата, решение должно основываться на международном праве и резолюции 1244."));

  /**
   * Real articles of about 5 KB: the sample pages of one edition joined by blank lines until the
   * text is 5 KB long (the pages alone are shorter), each article starting at another page and
   * stepping through them by another stride, so the articles differ.
   */
  public static List<Article> joined(List<Article> pages, int count) {
    Map<Language, List<Article>> byEdition = new TreeMap<>();
    pages.forEach(page -> byEdition.computeIfAbsent(page.language(), l -> new ArrayList<>()).add(page));
    List<List<Article>> editions = new ArrayList<>(byEdition.values());
    List<Article> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      List<Article> edition = editions.get(i % editions.size());
      int n = edition.size();
      int first = (i / editions.size()) % n;
      int stride = 1 + (i / editions.size() / n) % Math.max(1, n - 1);
      StringBuilder text = new StringBuilder(TARGET_CHARS + 2_000);
      for (int k = 0; text.length() < TARGET_CHARS && k < 4 * n; k++) {
        if (!text.isEmpty()) {
          text.append("\n\n");
        }
        text.append(edition.get((first + k * stride) % n).text());
      }
      Article model = edition.get(first);
      String url = model.url() + "#joined-" + i;
      out.add(
          new Article(
              Article.CURRENT_VERSION, Ids.hash(url), model.sourceId(), model.outlet(), url, model.title(),
              text.toString(), model.language(), model.script(), model.publishedAt(), model.fetchedAt(), model.author()));
    }
    return out;
  }

  /** Articles of about 5 KB each, in the four editions, each distinct (the paragraphs rotate). */
  public static List<Article> articles(int count) {
    List<Language> languages = List.of(Language.EN, Language.SR_LATN, Language.SR_CYRL, Language.RU);
    List<Article> out = new ArrayList<>(count);
    Instant now = Instant.parse("2026-01-15T10:00:00Z");
    for (int i = 0; i < count; i++) {
      Language language = languages.get(i % languages.size());
      List<String> paragraphs = PARAGRAPHS.get(language);
      StringBuilder text = new StringBuilder(TARGET_CHARS + 400);
      int p = i;
      while (text.length() < TARGET_CHARS) {
        if (!text.isEmpty()) {
          text.append("\n\n");
        }
        text.append(paragraphs.get(p % paragraphs.size())).append(' ').append(paragraphs.get((p * 7 + 3) % paragraphs.size()));
        p++;
      }
      String url = "https://bench.example/" + i;
      out.add(
          new Article(
              Article.CURRENT_VERSION, Ids.hash(url), "bench", "bench", url, "Bench " + i, text.toString(), language,
              language == Language.SR_CYRL || language == Language.RU ? Script.CYRILLIC : Script.LATIN, now, now, null));
    }
    return out;
  }
}
