package io.newswatch.systemtests;

import io.newswatch.common.Ids;
import io.newswatch.common.model.Article;
import io.newswatch.common.model.Language;
import io.newswatch.common.text.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/**
 * Articles built from the sample texts in {@code src/test/resources/articles}: each quotes one
 * catalogued official on Kosovo, in sr-Latn, ru or en, with a run of random words in the quote so
 * that no two statements are reprints of each other and each first appearance alerts.
 */
final class SampleArticles {
  private static final List<Language> LANGUAGES = List.of(Language.SR_LATN, Language.RU, Language.EN);
  private static final String LATIN = "abcdeghijklmnoprstuvz";
  private static final String CYRILLIC = "абвгдежзиклмнопрстуфхя";

  private final Random random;
  private final String prefix;
  private final List<String> templates;

  /**
   * @param random the seeded source of every random choice, so a run can be replayed
   * @param prefix starts every article id and source id, so a test reads back only its own
   */
  SampleArticles(Random random, String prefix) {
    this.random = random;
    this.prefix = prefix;
    this.templates = LANGUAGES.stream().map(l -> resource("articles/" + l.tag() + ".txt")).toList();
  }

  /** The n-th article, in the n-th language of the rotation. */
  Article article(int n) {
    int which = n % LANGUAGES.size();
    Language language = LANGUAGES.get(which);
    String text = Texts.nfc(templates.get(which).replace("{{WORDS}}", words(language == Language.RU, 14)).strip());
    return article(prefix + "-" + n, language, "Sample " + n, text);
  }

  /** An article of the given text, with this generator's prefix as source. */
  Article article(String slug, Language language, String title, String text) {
    Instant now = Instant.now();
    return new Article(
        Article.CURRENT_VERSION,
        Ids.hash(prefix, slug),
        prefix + "-source",
        prefix,
        "https://" + prefix + ".example/" + slug,
        title,
        text,
        language,
        Texts.detectScript(text),
        now,
        now,
        null);
  }

  String words(boolean cyrillic, int count) {
    String letters = cyrillic ? CYRILLIC : LATIN;
    StringBuilder out = new StringBuilder();
    for (int w = 0; w < count; w++) {
      if (w > 0) {
        out.append(' ');
      }
      int length = 4 + random.nextInt(6);
      for (int i = 0; i < length; i++) {
        out.append(letters.charAt(random.nextInt(letters.length())));
      }
    }
    return out.toString();
  }

  static String resource(String name) {
    try (InputStream in = SampleArticles.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
