package io.newswatch.enrich.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswatch.common.model.Language;
import io.newswatch.common.model.TopicMatch;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Regression cases for the project's topic rules ({@code seeds/topics.yaml}), run through the real
 * {@link TopicMatcher}: each line of {@code topics/rule-cases.tsv} is a language ({@code en},
 * {@code sr} for either Serbian script, {@code ru}), a sentence, the topic ids it must get
 * (comma-separated) and the topic ids it must not get. Edit a rule, run this.
 */
class TopicRuleCasesTest {
  private static final Path TOPICS = Path.of("..", "seeds", "topics.yaml");
  private static final String CASES = "/topics/rule-cases.tsv";

  static TopicMatcher matcher;

  @BeforeAll
  static void load() {
    TopicCatalogue catalogue = TopicCatalogue.load(TOPICS);
    assertEquals(List.of(), catalogue.problems(), "seeds/topics.yaml has entries that do not load");
    matcher = new TopicMatcher(catalogue.topics());
    assertEquals(List.of(), matcher.problems(), "seeds/topics.yaml has rules that do not parse");
  }

  record Case(int line, String language, String sentence, Set<String> expected, Set<String> forbidden) {
    @Override
    public String toString() {
      return line + " [" + language + "] " + sentence;
    }
  }

  static List<Case> cases() {
    List<Case> out = new ArrayList<>();
    try (InputStream in = TopicRuleCasesTest.class.getResourceAsStream(CASES)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + CASES);
      }
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i].stripTrailing();
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length < 3) {
          throw new IllegalStateException(CASES + ":" + (i + 1) + ": expected lang, sentence, expected[, forbidden]");
        }
        out.add(new Case(i + 1, f[0].strip(), f[1].strip(), ids(f[2]), f.length > 3 ? ids(f[3]) : Set.of()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static Stream<Arguments> arguments() {
    return cases().stream().map(Arguments::of);
  }

  private static Set<String> ids(String field) {
    return Arrays.stream(field.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toCollection(TreeSet::new));
  }

  private static Language language(String base) {
    return switch (base) {
      case "sr" -> Language.SR_LATN; // one chain for both scripts
      case "ru" -> Language.RU;
      case "en" -> Language.EN;
      default -> throw new IllegalArgumentException("unknown language '" + base + "' in " + CASES);
    };
  }

  @Test
  void theCasesNameOnlyTopicsThatExist() {
    Set<String> known = matcher.topics().stream().map(t -> t.id()).collect(Collectors.toSet());
    List<Case> all = cases();
    assertTrue(all.size() >= 76, "rule cases went missing: " + all.size());
    for (Case c : all) {
      for (String id : c.expected()) {
        assertTrue(known.contains(id), c + ": unknown expected topic " + id);
      }
      for (String id : c.forbidden()) {
        assertTrue(known.contains(id), c + ": unknown forbidden topic " + id);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("arguments")
  void sentenceGetsItsTopicsAndNotTheForbiddenOnes(Case c) {
    List<TopicMatch> matches = matcher.match(c.sentence(), language(c.language()));
    Set<String> got = matches.stream().map(TopicMatch::topicId).collect(Collectors.toCollection(TreeSet::new));
    Set<String> missing = new TreeSet<>(c.expected());
    missing.removeAll(got);
    Set<String> wrong = new TreeSet<>(c.forbidden());
    wrong.retainAll(got);
    assertTrue(missing.isEmpty() && wrong.isEmpty(),
        "line " + c.line() + ": missing " + missing + ", forbidden but found " + wrong + "; found " + matches.stream()
            .map(m -> m.topicId() + "=" + m.score() + m.terms()).toList());
  }
}
