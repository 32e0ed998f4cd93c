package io.newswatch.enrich;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newswatch.common.Ids;
import io.newswatch.common.config.KafkaSettings;
import io.newswatch.common.kafka.StreamsSupport;
import io.newswatch.common.kafka.Topics;
import io.newswatch.common.model.Article;
import io.newswatch.common.model.Language;
import io.newswatch.common.model.Script;
import io.newswatch.enrich.actors.ActorCatalogue;
import io.newswatch.enrich.topics.TopicCatalogue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Named;

/**
 * Throughput of the enrich topology against a pass-through topology over the same 5 KB articles,
 * both on {@link TopologyTestDriver} (which runs everything on the calling thread, so one core),
 * with the project's seed catalogues. Prints figures; asserts nothing about time.
 *
 * <p>Run: {@code ./mvnw -o -q -pl enrich-service -Pbench verify} (arguments: articles per round,
 * rounds), or run this class from the test classpath.
 */
public final class EnrichBenchmark {
  private static final int TARGET_CHARS = 5_000;

  private EnrichBenchmark() {}

  public static void main(String[] args) throws Exception {
    int perRound = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    Path seeds = Files.isDirectory(Path.of("..", "seeds")) ? Path.of("..", "seeds") : Path.of("seeds");
    ActorCatalogue actors = ActorCatalogue.load(seeds.resolve("actors.yaml"));
    TopicCatalogue topics = TopicCatalogue.load(seeds.resolve("topics.yaml"));
    List<Article> articles = articles(2_000);
    double avgChars = articles.stream().mapToInt(a -> a.text().length()).average().orElse(0);

    LiveEnricher live = new LiveEnricher(actors, topics.topics(), Clock.systemUTC());
    Enricher enricher = live.current();
    long mentions = 0;
    long statements = 0;
    long topicHits = 0;
    for (Article article : articles) {
      EnrichmentResult r = enricher.enrich(article);
      mentions += r.enriched().actors().stream().mapToLong(a -> a.spans().size()).sum();
      statements += r.statements().size();
      topicHits += r.enriched().topics().size();
    }
    System.out.printf(
        Locale.ROOT,
        "input: %d distinct articles, %.0f chars on average (en, sr-Latn, sr-Cyrl, ru); %d actors, %d topics%n"
            + "per article: %.1f actor mentions, %.1f statements, %.1f topics%n",
        articles.size(), avgChars, actors.size(), topics.topics().size(),
        (double) mentions / articles.size(), (double) statements / articles.size(), (double) topicHits / articles.size());

    EnrichConfig config =
        new EnrichConfig(
            new KafkaSettings("localhost:9", Map.of()), seeds.resolve("actors.yaml"), seeds.resolve("topics.yaml"),
            "127.0.0.1", 0, "enrich-bench", Files.createTempDirectory("enrich-bench"), 1);
    double bestEnrich = 0;
    double bestPass = 0;
    double bestPlain = 0;
    for (int round = 1; round <= rounds; round++) {
      double pass = run(passThrough(), config, articles, perRound);
      double enrich = run(EnrichTopology.topology(config, live, new EnrichMetrics(new SimpleMeterRegistry())), config, articles, perRound);
      double plain = plain(enricher, articles, perRound);
      System.out.printf(
          Locale.ROOT,
          "round %d: pass-through %.0f articles/s, enrich topology %.0f articles/s (ratio %.2f), Enricher alone %.0f articles/s%n",
          round, pass, enrich, enrich / pass, plain);
      if (round > 1 || rounds == 1) {
        bestPass = Math.max(bestPass, pass);
        bestEnrich = Math.max(bestEnrich, enrich);
        bestPlain = Math.max(bestPlain, plain);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "RESULT (best after warm-up, one thread): enrich %.0f articles/s, pass-through %.0f articles/s, ratio %.2f; Enricher alone %.0f articles/s%n",
        bestEnrich, bestPass, bestEnrich / bestPass, bestPlain);
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
      long started = System.nanoTime();
      for (int i = 0; i < count; i++) {
        Article article = articles.get(i % articles.size());
        in.pipeInput(article.id(), article);
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

  /** Articles of about 5 KB each, in the four editions, each distinct (the paragraphs rotate). */
  static List<Article> articles(int count) {
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
