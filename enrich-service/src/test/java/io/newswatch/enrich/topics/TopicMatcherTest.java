package io.newswatch.enrich.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswatch.common.model.Article;
import io.newswatch.common.model.Language;
import io.newswatch.common.model.Span;
import io.newswatch.common.model.TopicMatch;
import java.nio.file.Files;
import java.nio.file.Path;
import io.newswatch.enrich.AnalysedText;
import io.newswatch.enrich.TextAnalysis;
import io.newswatch.enrich.quality.SamplePages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopicMatcherTest {
  static TopicCatalogue catalogue;
  static TopicMatcher matcher;

  @BeforeAll
  static void load() throws Exception {
    catalogue = TopicCatalogue.load(Path.of(TopicMatcherTest.class.getResource("/topics-test.yaml").toURI()));
    matcher = new TopicMatcher(catalogue.topics());
  }

  private static Optional<TopicMatch> topic(String text, Language language, String id) {
    return matcher.match(text, language).stream().filter(t -> t.topicId().equals(id)).findFirst();
  }

  @Test
  void badEntriesAndBadRulesAreReportedAndSkipped() {
    assertEquals(List.of("kosovo", "unsc", "sanctions-russia", "broken"), catalogue.topics().stream().map(t -> t.id()).toList());
    assertEquals(1, catalogue.problems().size());
    assertTrue(catalogue.problems().get(0).startsWith("norules"), catalogue.problems().toString());
    assertEquals(1, matcher.problems().size());
    assertTrue(matcher.problems().get(0).startsWith("broken [en]"), matcher.problems().toString());
    // The topic's good rule still works.
    assertEquals(0.5, topic("Lithium mining in Jadar.", Language.EN, "broken").orElseThrow().score());
  }

  @Test
  void serbianRuleWrittenInLatinMatchesBothScriptsAndInflections() {
    String latin = "Situacija na Kosovu i Metohiji izmiče kontroli.";
    TopicMatch match = topic(latin, Language.SR_LATN, "kosovo").orElseThrow();
    assertEquals(1.0, match.score());
    assertTrue(match.terms().contains("Kosovu i Metohiji") || match.terms().contains("Kosovu"), match.terms().toString());
    for (Span span : match.evidence()) {
      assertEquals(span.text(), latin.substring(span.start(), span.end()));
    }
    String cyrillic = "Ситуација на Косову и Метохији измиче контроли.";
    TopicMatch cyr = topic(cyrillic, Language.SR_CYRL, "kosovo").orElseThrow();
    assertTrue(cyr.terms().stream().anyMatch(t -> t.startsWith("Косову")), cyr.terms().toString());
    assertTrue(topic("Sednica Saveta bezbednosti UN o Kosovu", Language.SR_LATN, "unsc").isPresent());
    assertTrue(topic("Седница Савета безбедности УН", Language.SR_CYRL, "unsc").isPresent());
  }

  @Test
  void russianAndEnglishRules() {
    assertTrue(topic("Совете Безопасности ООН обсудили Косово", Language.RU, "unsc").isPresent());
    assertTrue(topic("Совете Безопасности ООН обсудили Косово", Language.RU, "kosovo").isPresent());
    assertTrue(topic("The UN Security Council met on Kosovo.", Language.EN, "unsc").isPresent());
  }

  @Test
  void weightsAddUpToTheThresholdAndNotExcludes() {
    // One half-weight rule is a hint, not a topic.
    assertTrue(topic("New sanctions were discussed in Moscow.", Language.EN, "sanctions-russia").isEmpty());
    TopicMatch strong = topic("The EU adopted sanctions against Russia.", Language.EN, "sanctions-russia").orElseThrow();
    assertEquals(1.5, strong.score());
    // NOT: the Russian Security Council is not the UN's.
    assertTrue(topic("The Russian Security Council and the UN.", Language.EN, "unsc").isEmpty());
  }

  @Test
  void phrasesNeedTheirWordsInOrderAndNearby() {
    assertTrue(topic("Kosovo is mentioned.", Language.EN, "kosovo").isPresent());
    assertTrue(topic("The council of security met; UN staff", Language.EN, "unsc").isEmpty());
    assertTrue(matcher.match("Nothing relevant here at all.", Language.EN).isEmpty());
  }

  @Test
  void theProjectTopicCatalogueLoadsCompletely() {
    Path seeds = Path.of("..", "seeds", "topics.yaml");
    if (!Files.exists(seeds)) {
      return;
    }
    TopicCatalogue seeded = TopicCatalogue.load(seeds);
    assertEquals(List.of(), seeded.problems());
    TopicMatcher all = new TopicMatcher(seeded.topics());
    assertEquals(List.of(), all.problems());
    assertTrue(seeded.topics().size() >= 12, "topics: " + seeded.topics().size());
  }

  @Test
  void paragraphTopicsFromOneEvaluationEqualAFreshMatchOfTheParagraph() {
    String text =
        "Sanctions were debated in Moscow.\n\nThe EU adopted sanctions against Russia.\n\n"
            + "The Russian Security Council met. The UN was not there.\n\nKosovo and the UN Security Council.";
    io.newswatch.enrich.AnalysedText analysed = io.newswatch.enrich.TextAnalysis.analyse(text, Language.EN);
    TopicMatcher.Evaluation evaluation = matcher.evaluate(analysed, Language.EN);
    assertEquals(matcher.match(analysed, 0, analysed.size(), Language.EN), evaluation.topics());
    int from = 0;
    for (String paragraph : text.split("\n\n")) {
      int start = text.indexOf(paragraph);
      int first = analysed.firstAtOrAfter(start);
      int last = analysed.firstAtOrAfter(start + paragraph.length());
      assertEquals(matcher.match(analysed, first, last, Language.EN), evaluation.within(first, last), paragraph);
      from++;
    }
    assertTrue(from == 4);
  }

  private static TopicMatcher seeded;

  /** Topic ids the project's own rules (seeds/topics.yaml) give the text. */
  private static List<String> seededTopics(String text, Language language) {
    if (seeded == null) {
      seeded = new TopicMatcher(TopicCatalogue.load(Path.of("..", "seeds", "topics.yaml")).topics());
    }
    return seeded.match(text, language).stream().map(TopicMatch::topicId).toList();
  }

  @Test
  void aSecondRepublikaSrpskaIsAFigureOfSpeechNotTheEntity() {
    assertTrue(!seededTopics("Nećemo stvarati drugu Republiku Srpsku na Kosovu, rekla je Osmani.", Language.SR_LATN)
        .contains("republika-srpska"));
    assertTrue(!seededTopics("Pristina will not allow a second Republika Srpska in Kosovo.", Language.EN).contains("republika-srpska"));
    assertTrue(seededTopics("Република Српска није сама, рекао је Вучевић.", Language.SR_CYRL).contains("republika-srpska"));
  }

  @Test
  void resolution1244IsAboutKosovo() {
    assertTrue(seededTopics("Rusija u Savetu bezbednosti UN neće dozvoliti reviziju Rezolucije 1244.", Language.SR_LATN).contains("kosovo"));
    assertTrue(seededTopics("Moscow insists on Resolution 1244.", Language.EN).contains("kosovo"));
  }

  @Test
  void sanctionsOnNisAndSerbiasOwnSanctionsPolicy() {
    assertTrue(seededTopics("Američke sankcije Naftnoj industriji Srbije ostaju na snazi.", Language.SR_LATN).contains("sanctions-russia"));
    // Serbia's sanctions policy, in a story on energy supply: the sanctions on Russia.
    assertTrue(seededTopics("Naša politika prema sankcijama ostaje ista. Razgovarali smo o snabdevanju energentima.", Language.SR_LATN)
        .contains("sanctions-russia"));
    // One hint alone is not enough.
    assertTrue(!seededTopics("Naša politika prema sankcijama ostaje ista.", Language.SR_LATN).contains("sanctions-russia"));
  }

  @Test
  void theVerbNisuIsNotNisTheCompany() {
    // Stemmed, "nisu" (are not) was "nis": with "sankcije" anywhere, energy and sanctions on NIS.
    for (String text : List.of("Ministri nisu razgovarali o sankcijama.", "Министри нису разговарали о санкцијама.")) {
      List<String> topics = seededTopics(text, text.startsWith("M") ? Language.SR_LATN : Language.SR_CYRL);
      assertTrue(!topics.contains("energy") && !topics.contains("sanctions-russia"), text + " " + topics);
    }
    List<String> refusal = seededTopics("Predstavnici EU nisu zadovoljni jer Srbija nije uvela sankcije Rusiji.", Language.SR_LATN);
    assertTrue(refusal.contains("sanctions-russia") && !refusal.contains("energy"), refusal.toString());
    assertTrue(seededTopics("Američke sankcije protiv NIS-a stupaju na snagu, a rafinerija u Pančevu radi.", Language.SR_LATN)
        .containsAll(List.of("energy", "sanctions-russia")));
  }

  @Test
  void aProtestGatheringCountsADiplomaticProtestDoesNot() {
    assertTrue(seededTopics("Udruženja su najavila novi protest u Loznici za nedelju.", Language.SR_LATN).contains("elections-protests"));
    assertTrue(!seededTopics("Srbija je uložila protest zbog izjave ambasadora.", Language.SR_LATN).contains("elections-protests"));
    assertTrue(seededTopics("Several thousand people gathered in Loznica to protest against the mine.", Language.EN)
        .contains("elections-protests"));
    assertTrue(!seededTopics("Serbia sent a protest note to Pristina.", Language.EN).contains("elections-protests"));
  }

  @Test
  void candidatesAlignmentWithEuSanctionsIsAccession() {
    assertTrue(seededTopics("Kallas spoke on sanctions alignment by candidate countries such as Serbia.", Language.EN)
        .contains("eu-accession"));
    assertTrue(!seededTopics("Kallas spoke on sanctions alignment.", Language.EN).contains("eu-accession"));
  }

  @Test
  void armsForKyivAreTheWarInUkraine() {
    assertTrue(seededTopics("Страны НАТО своими решениями о поставках оружия Киеву втягивают Европу в конфликт.", Language.RU)
        .contains("ukraine-war"));
    assertTrue(!seededTopics("США обсуждают поставки оружия Израилю.", Language.RU).contains("ukraine-war"));
    // "Киев" and its oblique cases stem apart; both count as the hint (one of two needed).
    assertTrue(seededTopics("Украинский президент прилетел из Киева.", Language.RU).contains("ukraine-war"));
  }

  @Test
  void euFacilitationNamesTheBelgradePristinaDialogue() {
    assertTrue(seededTopics("Beograd i Priština moraju da se vrate dijalogu uz posredovanje Evropske unije.", Language.SR_LATN)
        .contains("belgrade-pristina-dialogue"));
    assertTrue(!seededTopics("Kurti ne mari za dijalog, a Beograd obaveštava Evropsku uniju.", Language.SR_LATN)
        .contains("belgrade-pristina-dialogue"));
  }

  @Test
  void serbiaRussiaNeedsBothSidesAndTheRelationNotJustTalks() {
    assertTrue(seededTopics("Лавров провел телефонный разговор с главой МИД Сербии.", Language.RU).contains("serbia-russia"));
    assertTrue(seededTopics("Россия будет и дальше поддерживать Сербию.", Language.RU).contains("serbia-russia"));
    assertTrue(seededTopics("Naši srpski prijatelji pokazuju dostojanstvo, Srbija odbija pritisak, a Moskva to ceni.", Language.SR_LATN).contains("serbia-russia"));
    // Talks and relations without Russia: Serbia and the US.
    assertTrue(!seededTopics("Đurić je razgovarao u Vašingtonu o bilateralnim odnosima Srbije i SAD.", Language.SR_LATN)
        .contains("serbia-russia"));
    // Support for one initiative is a position on that issue.
    assertTrue(!seededTopics("Мы поддерживаем призыв президента Сербии созвать заседание, заявила Москва.", Language.RU)
        .contains("serbia-russia"));
  }

  /**
   * Rules are decided from where their words and phrases match, each searched once, and paragraphs
   * decide AND/NOT rules from where those parts matched in the whole article; the reference runs
   * each rule as one Lucene query, on the article and again on an index of each stretch. The whole
   * of every sample article, every paragraph and many other stretches, with the seed topics, must
   * agree.
   */
  @Test
  void rulesDecidedFromTheirPartsAgreeWithRulesRunOnTheStretch() throws Exception {
    Path seeds = Path.of("..", "seeds");
    TopicMatcher seedMatcher = new TopicMatcher(TopicCatalogue.load(seeds.resolve("topics.yaml")).topics());
    List<Article> articles = SamplePages.articles(seeds.resolve("samples"));
    assertTrue(articles.size() > 40, "the samples are there");
    int stretches = 0;
    int withTopics = 0;
    for (Article article : articles) {
      AnalysedText analysed = TextAnalysis.analyse(article.text(), article.language());
      TopicMatcher.Evaluation evaluation = seedMatcher.evaluate(analysed, article.language());
      TopicMatcher.Evaluation byQueries = seedMatcher.evaluateByQueries(analysed, article.language());
      assertEquals(byQueries.topics(), evaluation.topics(), article.url());
      List<int[]> windows = new ArrayList<>();
      String text = analysed.text();
      for (int start = 0; start < text.length(); ) {
        int end = text.indexOf("\n\n", start);
        end = end < 0 ? text.length() : end;
        windows.add(new int[] {analysed.firstAtOrAfter(start), analysed.firstAtOrAfter(end)});
        start = end + 2;
      }
      for (int size : new int[] {7, 25, 60}) {
        for (int from = 0; from < analysed.size(); from += size / 2 + 1) {
          windows.add(new int[] {from, Math.min(analysed.size(), from + size)});
        }
      }
      for (int[] w : windows) {
        List<TopicMatch> reference = byQueries.within(w[0], w[1]);
        assertEquals(reference, evaluation.within(w[0], w[1]),
            article.url() + " words " + w[0] + "-" + w[1]);
        stretches++;
        withTopics += reference.isEmpty() ? 0 : 1;
      }
    }
    System.out.printf("%d stretches of %d articles compared, %d with topics%n", stretches, articles.size(), withTopics);
    assertTrue(withTopics > 100, "the comparison covers stretches that have topics: " + withTopics);
  }

  @Test
  void andAndNotRulesAreDecidedPerParagraph(@TempDir Path dir) throws Exception {
    Path yaml = dir.resolve("topics.yaml");
    Files.writeString(yaml, """
        topics:
          - id: sanctions
            name: Sanctions against Russia
            threshold: 0.5
            rules:
              en:
                - { query: '(sanctions AND (Russia OR Moscow)) NOT Ukraine', weight: 0.5 }
        """);
    TopicMatcher rules = new TopicMatcher(TopicCatalogue.load(yaml).topics());
    String text = "Sanctions were discussed.\n\nMoscow answered.\n\nSanctions on Russia, said Moscow.\n\nSanctions on Russia over Ukraine.";
    AnalysedText analysed = TextAnalysis.analyse(text, Language.EN);
    TopicMatcher.Evaluation evaluation = rules.evaluate(analysed, Language.EN);
    assertEquals(List.of(), evaluation.topics(), "Ukraine is in the article, so the rule fails on the whole of it");
    List<List<TopicMatch>> paragraphs = new ArrayList<>();
    for (int start = 0; start < text.length(); ) {
      int end = text.indexOf("\n\n", start);
      end = end < 0 ? text.length() : end;
      int from = analysed.firstAtOrAfter(start);
      int to = analysed.firstAtOrAfter(end);
      List<TopicMatch> decided = evaluation.within(from, to);
      assertEquals(rules.evaluateByQueries(analysed, Language.EN).within(from, to), decided);
      paragraphs.add(decided);
      start = end + 2;
    }
    assertEquals(List.of(), paragraphs.get(0), "AND across paragraphs is no match in either");
    assertEquals(List.of(), paragraphs.get(1));
    assertEquals(List.of("Sanctions", "Russia", "Moscow"), paragraphs.get(2).get(0).terms());
    assertEquals(List.of(), paragraphs.get(3), "NOT holds within the paragraph");
  }
}
