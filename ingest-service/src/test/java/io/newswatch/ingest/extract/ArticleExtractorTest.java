package io.newswatch.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswatch.common.model.Language;
import io.newswatch.common.model.Script;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {
  private final ArticleExtractor extractor = new ArticleExtractor();

  static byte[] fixture(String name) throws IOException {
    try (InputStream in = ArticleExtractorTest.class.getResourceAsStream("/extract/" + name)) {
      return in.readAllBytes();
    }
  }

  private static void assertAbsent(String text, List<String> furniture) {
    for (String f : furniture) {
      assertFalse(text.contains(f), "furniture '" + f + "' leaked into:\n" + text);
    }
  }

  @Test
  void englishArticleWithoutFurniture() throws Exception {
    ExtractedArticle a = extractor.extract(fixture("en-furniture.html"), "https://news.example.rs/english/politics/botsan", null);
    assertEquals("Botsan-Kharchenko: Serbia can rely on Russia", a.title());
    assertTrue(a.text().startsWith("Serbia can rely on Russia, Russian Ambassador"), a.text());
    assertTrue(a.text().contains("UNSC Resolution 1244,\" the ambassador stressed."));
    assertTrue(a.text().endsWith("he is a statesman."), a.text());
    assertEquals(4, a.text().split("\n\n").length, a.text());
    assertAbsent(a.text(), List.of("Source: Tanjug", "02.03.2026", "Photo:", "Share", "Facebook", "Comments",
        "Možda vas zanima", "sankcije Rusiji", "cookies", "Most read", "All rights reserved", "Home"));
    assertEquals(Instant.parse("2026-03-02T09:15:00Z"), a.publishedAt());
    assertEquals("Tanjug", a.author());
    assertEquals(Language.EN, a.language());
    assertEquals(Script.LATIN, a.script());
    assertEquals("https://news.example.rs/english/politics/2026/03/02/botsan?id=77", a.canonicalUrl());
  }

  @Test
  void russianWindows1251WithJsonLdArticleBody() throws Exception {
    ExtractedArticle a = extractor.extract(fixture("ru-jsonld-1251.html"), "https://ru.example.com/a/1", null);
    assertEquals("Захарова: ситуация в Косово выходит из-под контроля", a.title());
    List<String> paragraphs = List.of(a.text().split("\n\n"));
    assertEquals(3, paragraphs.size(), a.text());
    assertTrue(paragraphs.get(0).startsWith("Официальный представитель МИД России Мария Захарова заявила"));
    assertAbsent(a.text(), List.of("Фото", "Поделиться", "Читайте также", "Столтенбергом", "Главная", "1 марта"));
    assertEquals(Instant.parse("2026-03-01T15:30:00Z"), a.publishedAt());
    assertEquals("Иван Петров", a.author());
    assertEquals(Language.RU, a.language());
    assertEquals(Script.CYRILLIC, a.script());
    assertEquals("https://ru.example.com/a/1", a.canonicalUrl());
  }

  @Test
  void serbianCyrillicWithOpenGraphAndBrokenJsonLd() throws Exception {
    ExtractedArticle a = extractor.extract(fixture("sr-cyrl-og.html"), "https://vesti.example.rs/politika/vucic-sednica?utm_campaign=x", "UTF-8");
    assertEquals("Вучић затражио седницу Савета безбедности", a.title());
    assertTrue(a.text().startsWith("Председник Србије Александар Вучић"), a.text());
    assertTrue(a.text().contains("„Србија ће се борити мирним и политичким средствима”, поручио је председник."));
    assertAbsent(a.text(), List.of("Фото", "Подели", "Коментари", "Прочитајте још", "Захарова", "Почетна", "Аутор"));
    assertEquals(Instant.parse("2026-03-02T08:00:00Z"), a.publishedAt());
    assertEquals("Јована Јовановић", a.author());
    assertEquals(Language.SR_CYRL, a.language());
    assertEquals("https://vesti.example.rs/politika/vucic-sednica", a.canonicalUrl());
  }

  @Test
  void boldOpenedOnEveryWordAndNeverClosedStillGivesTheText() throws Exception {
    // jsoup keeps each unclosed <b> inside the one before: 12,500 levels of inline elements.
    String html = "<html><body><article><p>" + "<b>reč ".repeat(12_500) + "</p></article></body></html>";
    ExtractedArticle a = extractor.extract(html, "https://www.b92.net/info/vesti/bold");
    assertEquals(12_500, a.text().split("\\s+").length, a.text().substring(0, 80));
  }

  @Test
  void listsNestedThousandsDeepAreReadAsParagraphs() throws Exception {
    String html = "<html><body><article>" + "<ul><li>Stavka liste sa nekoliko reči teksta ".repeat(5_000)
        + "</article></body></html>";
    ExtractedArticle a = extractor.extract(html, "https://www.b92.net/info/vesti/lists");
    List<String> paragraphs = List.of(a.text().split("\n\n"));
    // Every item below the depth limit comes out as a paragraph of its own; the first 99 lie above
    // it, outside the block the extractor takes for the main text, and are left out.
    assertEquals(5_000 - 99, paragraphs.size());
    assertTrue(paragraphs.stream().allMatch(p -> p.equals("Stavka liste sa nekoliko reči teksta")), paragraphs.get(0));
  }

  @Test
  void flatteningKeepsTheTextBelowTheLimitAsParagraphs() {
    Element root = Jsoup.parse("<div><div><div><p>one</p><span>two <b>three</b></span><p>four</p></div></div></div>").body();
    ArticleExtractor.flattenBelow(root, 2);
    // body > div > div is as deep as the limit: what was below it is now its paragraphs.
    Element atLimit = root.child(0).child(0);
    assertEquals(List.of("one", "two three", "four"), atLimit.children().stream().map(Element::text).toList());
    assertTrue(atLimit.children().stream().allMatch(e -> e.normalName().equals("p")));
  }

  @Test
  void canonicalOnAnotherSiteIsIgnored() throws Exception {
    String html = "<html><head><link rel=canonical href='https://evil.example.org/x'></head><body><article>"
        + "<p>Ovo je dovoljno dug pasus teksta da bude članak, rekao je Vučić u Beogradu.</p></article></body></html>";
    ExtractedArticle a = extractor.extract(html, "https://www.b92.net/info/vesti/1?utm_source=rss#top");
    assertEquals("https://www.b92.net/info/vesti/1", a.canonicalUrl());
    assertEquals(Language.SR_LATN, a.language());
  }

  @Test
  void feedContentFragment() throws Exception {
    ExtractedArticle a = extractor.extractFragment(
        "<p>Први пасус вести о седници Савета безбедности, рекао је Вучић.</p><p>Фото: Танјуг</p><p>Други пасус, у коме се наводи да је Небензја говорио.</p>",
        "https://x.example.rs/1", "Наслов", Instant.parse("2026-03-02T08:00:00Z"));
    assertEquals("Наслов", a.title());
    assertEquals(2, a.text().split("\n\n").length, a.text());
    assertEquals(Instant.parse("2026-03-02T08:00:00Z"), a.publishedAt());
  }

  @Test
  void emptyPageIsAnError() {
    assertThrows(ExtractionException.class, () -> extractor.extract("<html><body><nav><a href='/'>x</a></nav></body></html>", "https://x.example/"));
  }

  @Test
  void canonicalUrlsDropTracking() {
    assertEquals("https://www.b92.net/a?id=1&page=2",
        CanonicalUrls.clean("HTTPS://WWW.B92.NET:443/a?utm_source=x&id=1&fbclid=y&page=2#frag"));
    assertEquals("http://127.0.0.1:8080/a", CanonicalUrls.clean("http://127.0.0.1:8080/a?utm_medium=rss"));
  }

  @Test
  void repeatedWordsInLatinTextDoNotCrashLanguageDetection() throws Exception {
    // Every real text repeats a word; language detection once built a Set.of() of all words.
    String english = "<html><head><title>Talks in Belgrade</title></head><body><article><h1>Talks in Belgrade</h1>"
        + "<p>The talks in Belgrade went on for hours, and the minister said the talks would go on tomorrow.</p>"
        + "<p>The minister said that the talks were open, and the other side said the same.</p></article></body></html>";
    ExtractedArticle en = extractor.extract(english, "https://x.example/talks");
    assertEquals(Language.EN, en.language());
    ExtractedArticle sr = extractor.extractFragment(
        "<p>Ministar je rekao da se razgovori nastavljaju, a da se stav Srbije ne menja od danas do sutra.</p>"
            + "<p>On je rekao da je Srbija spremna, a da je rok za odgovor do kraja nedelje.</p>",
        "https://x.example.rs/1", "Razgovori", null);
    assertEquals(Language.SR_LATN, sr.language());
    ExtractedArticle other = extractor.extractFragment(
        "<p>Movie movie movie: a review review of the film film, film and film and film again.</p>",
        "https://x.example/2", "Review", null);
    assertTrue(other.text().startsWith("Movie movie movie"), other.text());
  }

  @Test
  void truncatedJsonLdArticleBodyIsASummaryAndThePageTextStands() throws Exception {
    ExtractedArticle a = extractor.extract(fixture("en-jsonld-summary.html"), "https://news.example.com/world/zakharova", null);
    List<String> paragraphs = List.of(a.text().split("\n\n"));
    assertEquals(5, paragraphs.size(), a.text());
    assertTrue(paragraphs.get(0).startsWith("The Russian foreign ministry's spokeswoman"), a.text());
    assertTrue(a.text().endsWith("coordinating its position with Belgrade and with Beijing."), a.text());
    assertAbsent(a.text(), List.of("&hellip;", "&apos;", "&quot;", "…", "Home", "All rights reserved"));
    assertEquals("Ana O'Brien", a.author(), "entities in JSON-LD strings are decoded");
  }

  @Test
  void completeJsonLdArticleBodyStandsInForAPageThatRendersItWithScript() throws Exception {
    String body = "Ambassador Botsan-Kharchenko said that Serbia can rely on Russia&apos;s support in the Security Council."
        + "\\n\\nHe added that Moscow coordinates its position with Belgrade and with Beijing, and that any solution must rest on"
        + " Resolution 1244 &amp; international law.\\n\\nThe ambassador also spoke of sanctions and of Western pressure on President Vučić,"
        + " which he called &quot;unprecedented&quot;.";
    String html = "<html lang=en><head><title>Botsan-Kharchenko on Kosovo</title><script type='application/ld+json'>"
        + "{\"@type\":\"NewsArticle\",\"headline\":\"Botsan-Kharchenko on Kosovo\",\"articleBody\":\"" + body + "\"}</script></head>"
        + "<body><div class=article><h1>Botsan-Kharchenko on Kosovo</h1><p>Ambassador Botsan-Kharchenko said that Serbia can rely on"
        + " Russia's support in the Security Council.</p><div id=rest data-src=/rest.json>Loading ...</div></div></body></html>";
    ExtractedArticle a = extractor.extract(html, "https://news.example.com/a/2");
    List<String> paragraphs = List.of(a.text().split("\n\n"));
    assertEquals(3, paragraphs.size(), a.text());
    assertTrue(paragraphs.get(1).endsWith("Resolution 1244 & international law."), a.text());
    assertTrue(paragraphs.get(2).endsWith("which he called \"unprecedented\"."), a.text());
  }

  @Test
  void aPageWrappedInOneFormKeepsItsArticle() throws Exception {
    ExtractedArticle a = extractor.extract(fixture("en-aspnet-form.html"), "https://daily.example.com/story.aspx?id=4411", null);
    List<String> paragraphs = List.of(a.text().split("\n\n"));
    assertEquals(4, paragraphs.size(), a.text());
    assertTrue(paragraphs.get(0).startsWith("Serbian President Aleksandar Vučić asked on Saturday"), a.text());
    assertAbsent(a.text(), List.of("Search the site", "morning briefing", "Sign up", "Copyright"));
  }

  @Test
  void aBloggerPostInAWidgetWithBrParagraphsIsTheArticle() throws Exception {
    ExtractedArticle a = extractor.extract(fixture("en-blogger-br.html"), "https://balkan-notes.example.com/2026/03/moscow.html", null);
    List<String> paragraphs = List.of(a.text().split("\n\n"));
    assertEquals(4, paragraphs.size(), a.text());
    assertTrue(paragraphs.get(0).startsWith("The Russian ambassador in Belgrade"), a.text());
    assertTrue(paragraphs.get(3).endsWith("unprecedented and will not work."), a.text());
    assertAbsent(a.text(), List.of("Popular posts", "Stoltenberg", "Tags:", "Powered by Blogger"));
  }

  @Test
  void anArticleSplitOverSectionsAtDifferentDepthsIsWhole() throws Exception {
    ExtractedArticle a = extractor.extract(fixture("en-split-sections.html"), "https://magazine.example.com/security-council", null);
    List<String> paragraphs = List.of(a.text().split("\n\n"));
    assertEquals(8, paragraphs.size(), a.text());
    assertTrue(paragraphs.get(0).startsWith("When the Security Council met on Kosovo last week"), a.text());
    assertTrue(paragraphs.get(7).startsWith("By the time the president of the Council closed"), a.text());
    assertAbsent(a.text(), List.of("Subscribe", "all rights reserved"));
  }

  @Test
  void hoverCardsAdLabelsNoticesAndShortcodesAreFurnitureWhileTablesAndRepeatedLinesStay() throws Exception {
    ExtractedArticle a = extractor.extract(fixture("en-furniture-extra.html"), "https://sport.example.com/standings", null);
    assertEquals(List.of(
        "The Belgrade round ended on Sunday, and the championship has a new leader: Novak Petrović, who said that the"
            + " \"title is still open\" and that the team \"owes this one to the mechanics\".",
        "Petrović, whose rival Sergei Ivanov finished fourth, leads by eight points with three rounds to go.",
        "Pos. Driver Points Wins",
        "1 Novak Petrović 240 3",
        "2 Sergei Ivanov 232 0",
        "3 Marko Jovanović 190 0",
        "Round 8",
        "Qualifying: Saturday, 10:00",
        "Round 9",
        "Qualifying: Saturday, 10:00"), List.of(a.text().split("\n\n")));
  }
}
