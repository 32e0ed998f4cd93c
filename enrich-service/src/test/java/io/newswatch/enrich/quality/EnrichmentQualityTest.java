package io.newswatch.enrich.quality;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswatch.common.Ids;
import io.newswatch.common.json.Json;
import io.newswatch.common.model.Actor;
import io.newswatch.common.model.ActorMention;
import io.newswatch.common.model.Article;
import io.newswatch.common.model.Language;
import io.newswatch.common.model.Statement;
import io.newswatch.common.model.TopicDefinition;
import io.newswatch.common.model.TopicMatch;
import io.newswatch.common.text.Texts;
import io.newswatch.enrich.EnrichmentResult;
import io.newswatch.enrich.Enricher;
import io.newswatch.enrich.actors.ActorCatalogue;
import io.newswatch.enrich.topics.TopicCatalogue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Runs the whole {@link Enricher} over every annotated sample article ({@code
 * seeds/samples/annotations.yaml}) and measures it: precision and recall of the actors and topics
 * of each article (as sets), and of statement speaker attribution. A predicted statement is right
 * when its speaker is the annotated one and its text overlaps the annotated text by at least half
 * of the shorter of the two; recall is over the annotated statements, each matched at most once.
 *
 * <p>Prints a table per language and overall, and the misses and false findings, then fails below
 * the bar: actors P >= 0.95 and R >= 0.90, topics P >= 0.90 and R >= 0.90, statements P >= 0.90
 * and R >= 0.80.
 */
class EnrichmentQualityTest {
  private static final Path SEEDS = Path.of("..", "seeds");
  private static final Path SAMPLES = SEEDS.resolve("samples");
  private static final Instant FETCHED = Instant.parse("2026-01-15T12:00:00Z");

  private static final double ACTORS_P = 0.95;
  private static final double ACTORS_R = 0.90;
  private static final double TOPICS_P = 0.90;
  private static final double TOPICS_R = 0.90;
  private static final double STATEMENTS_P = 0.90;
  private static final double STATEMENTS_R = 0.80;
  /**
   * Not in the issue: of the right attributions, the share whose kind (direct, indirect) is the
   * annotated one. Every annotated set stood at 0.973 or more when this score came in; the bar
   * is there so that a drift like the one of reports in quotation marks (140 given as direct
   * quotes, unseen by any figure for sessions) fails the build.
   */
  static final double KIND = 0.95;

  /** True and false positives and false negatives, summed over articles. */
  static final class Counts {
    int truePositives;
    int falsePositives;
    int falseNegatives;

    /** Statements count predictions and annotations separately (a match is one-to-one). */
    int predicted;
    int predictedRight;
    int annotated;
    int annotatedFound;

    /**
     * Of the right attributions whose annotation gives a kind, how many have that kind. Counted
     * apart from precision and recall, which ignore the kind so that their figures compare with
     * every earlier session's: a direct quote shown as a paraphrase, or the reverse, still misleads
     * a reader.
     */
    int kindAnnotated;
    int kindRight;

    void addSets(Set<String> expected, Set<String> predicted) {
      for (String id : predicted) {
        if (expected.contains(id)) {
          truePositives++;
        } else {
          falsePositives++;
        }
      }
      for (String id : expected) {
        if (!predicted.contains(id)) {
          falseNegatives++;
        }
      }
    }

    double setPrecision() {
      int all = truePositives + falsePositives;
      return all == 0 ? 1.0 : (double) truePositives / all;
    }

    double setRecall() {
      int all = truePositives + falseNegatives;
      return all == 0 ? 1.0 : (double) truePositives / all;
    }

    double statementPrecision() {
      return predicted == 0 ? 1.0 : (double) predictedRight / predicted;
    }

    double statementRecall() {
      return annotated == 0 ? 1.0 : (double) annotatedFound / annotated;
    }

    double kindAgreement() {
      return kindAnnotated == 0 ? 1.0 : (double) kindRight / kindAnnotated;
    }
  }

  /** The three measures for one slice of the set (a language, or everything). */
  static final class Slice {
    int articles;
    final Counts actors = new Counts();
    final Counts topics = new Counts();
    final Counts statements = new Counts();
  }

  record Expected(String speakerId, String kind, String text, int start, int end) {}

  @Test
  void enrichmentMeetsTheQualityBar() throws IOException {
    Path annotationsFile = SAMPLES.resolve("annotations.yaml");
    assertTrue(Files.isRegularFile(annotationsFile), "the annotated set is missing: " + annotationsFile.toAbsolutePath());
    ActorCatalogue actors = ActorCatalogue.load(SEEDS.resolve("actors.yaml"));
    List<TopicDefinition> topicList = TopicCatalogue.load(SEEDS.resolve("topics.yaml")).topics();
    Enricher enricher = new Enricher(actors, topicList, Clock.fixed(FETCHED, ZoneOffset.UTC));
    Map<String, String> actorIds = actorIdsByName(actors);
    Map<String, String> topicIds = topicIdsByName(topicList);

    JsonNode root = Json.yaml().readTree(annotationsFile.toFile());
    JsonNode list = root.isArray() ? root : root.path("articles");
    assertTrue(list.isArray() && !list.isEmpty(), "annotations.yaml holds no list of articles");

    Map<String, Slice> byLanguage = new TreeMap<>();
    Slice overall = new Slice();
    List<String> findings = new ArrayList<>();
    List<String> problems = new ArrayList<>();

    for (JsonNode entry : list) {
      String file = firstText(entry, "file", "path", "page");
      Language language = Language.fromTag(entry.path("language").asText());
      Path page = SAMPLES.resolve(file);
      if (!Files.isRegularFile(page)) {
        problems.add(file + ": page not found");
        continue;
      }
      String text = ArticlePages.text(page);
      Article article =
          new Article(Article.CURRENT_VERSION, Ids.hash(file), "samples", outletOf(file), "https://samples.invalid/" + file,
              entry.path("title").asText(""), text, language, Texts.detectScript(text), null, FETCHED, null);
      EnrichmentResult result = enricher.enrich(article);

      Slice slice = byLanguage.computeIfAbsent(language.tag(), l -> new Slice());
      for (Slice s : List.of(slice, overall)) {
        s.articles++;
      }

      // Actors: catalogue actors by canonical name, and quoted people outside the catalogue.
      Set<String> expectedActors = new HashSet<>();
      for (JsonNode name : entry.path("actors")) {
        String id = actorIds.get(Texts.matchKey(name.asText()));
        if (id == null) {
          problems.add(file + ": annotated actor '" + name.asText() + "' is not in the catalogue");
          expectedActors.add("missing:" + name.asText());
        } else {
          expectedActors.add(id);
        }
      }
      for (JsonNode name : entry.path("unknownActors")) {
        expectedActors.add("unknown:" + Texts.matchKey(name.asText()));
      }
      Set<String> predictedActors = new HashSet<>();
      for (ActorMention mention : result.enriched().actors()) {
        predictedActors.add(mention.actorId());
      }
      slice.actors.addSets(expectedActors, predictedActors);
      overall.actors.addSets(expectedActors, predictedActors);
      diff(findings, file, "actor", expectedActors, predictedActors);

      Set<String> expectedTopics = new HashSet<>();
      for (JsonNode topic : entry.path("topics")) {
        String id = topicIds.get(topic.asText().toLowerCase(Locale.ROOT));
        expectedTopics.add(id == null ? "missing:" + topic.asText() : id);
        if (id == null) {
          problems.add(file + ": annotated topic '" + topic.asText() + "' is not in topics.yaml");
        }
      }
      Set<String> predictedTopics = new HashSet<>();
      for (TopicMatch match : result.enriched().topics()) {
        predictedTopics.add(match.topicId());
      }
      slice.topics.addSets(expectedTopics, predictedTopics);
      overall.topics.addSets(expectedTopics, predictedTopics);
      diff(findings, file, "topic", expectedTopics, predictedTopics);

      List<Expected> expectedStatements = new ArrayList<>();
      for (JsonNode statement : entry.path("statements")) {
        String speakerId = speakerId(actorIds, statement.path("speaker").asText("unknown"));
        String words = statement.path("text").asText();
        int[] at = locate(text, words);
        if (at == null) {
          problems.add(file + ": annotated statement text not found in the page's body: " + shorten(words));
          at = new int[] {-1, -1};
        }
        expectedStatements.add(new Expected(speakerId, statement.path("kind").asText(""), words, at[0], at[1]));
      }
      scoreStatements(file, expectedStatements, result.statements(), slice.statements, overall.statements, findings);
    }

    String table = table(byLanguage, overall);
    System.out.println(table);
    System.out.println("Differences (- annotated but not found, + found but not annotated):");
    findings.forEach(f -> System.out.println("  " + f));
    if (!problems.isEmpty()) {
      System.out.println("Problems with the annotated set:");
      problems.forEach(p -> System.out.println("  " + p));
    }

    List<String> below = new ArrayList<>();
    check(below, "actors precision", overall.actors.setPrecision(), ACTORS_P);
    check(below, "actors recall", overall.actors.setRecall(), ACTORS_R);
    check(below, "topics precision", overall.topics.setPrecision(), TOPICS_P);
    check(below, "topics recall", overall.topics.setRecall(), TOPICS_R);
    check(below, "statement precision", overall.statements.statementPrecision(), STATEMENTS_P);
    check(below, "statement recall", overall.statements.statementRecall(), STATEMENTS_R);
    check(below, "statement kind agreement", overall.statements.kindAgreement(), KIND);
    if (!below.isEmpty()) {
      fail("below the quality bar: " + String.join("; ", below) + "\n" + table + "\n" + String.join("\n", findings)
          + (problems.isEmpty() ? "" : "\nproblems:\n" + String.join("\n", problems)));
    }
  }

  /** The id an annotated speaker stands for: a catalogue actor's, "unknown", or an unknown person's. */
  static String speakerId(Map<String, String> actorIds, String annotated) {
    String speaker = annotated.strip();
    if (speaker.isEmpty() || "unknown".equalsIgnoreCase(speaker)) {
      return "unknown";
    }
    return actorIds.getOrDefault(Texts.matchKey(speaker), "unknown:" + Texts.matchKey(speaker));
  }

  /** Greedy one-to-one matching of predicted to annotated statements in text order. */
  static void scoreStatements(String file, List<Expected> expected, List<Statement> predicted,
      Counts slice, Counts overall, List<String> findings) {
    boolean[] used = new boolean[expected.size()];
    for (Statement statement : predicted) {
      int match = -1;
      int wrongSpeaker = -1;
      for (int i = 0; i < expected.size(); i++) {
        Expected e = expected.get(i);
        if (used[i] || !overlaps(e.start(), e.end(), statement.start(), statement.end())) {
          continue;
        }
        if (e.speakerId().equals(statement.speaker().id())) {
          match = i;
          break;
        }
        wrongSpeaker = i;
      }
      for (Counts c : List.of(slice, overall)) {
        c.predicted++;
        if (match >= 0) {
          c.predictedRight++;
        }
      }
      if (match >= 0) {
        used[match] = true;
        String kind = expected.get(match).kind();
        if (!kind.isEmpty()) {
          boolean same = kind.equals(statement.kind().json());
          for (Counts c : List.of(slice, overall)) {
            c.kindAnnotated++;
            if (same) {
              c.kindRight++;
            }
          }
          if (!same) {
            findings.add(file + ": statement " + shorten(statement.text()) + " is " + statement.kind().json()
                + ", annotated " + kind);
          }
        }
      } else if (wrongSpeaker >= 0) {
        findings.add(file + ": statement " + shorten(statement.text()) + " attributed to " + statement.speaker().id()
            + ", annotated " + expected.get(wrongSpeaker).speakerId());
      } else {
        findings.add(file + ": + statement (" + statement.speaker().id() + ", " + statement.kind().json() + ") "
            + shorten(statement.text()));
      }
    }
    for (int i = 0; i < expected.size(); i++) {
      for (Counts c : List.of(slice, overall)) {
        c.annotated++;
        if (used[i]) {
          c.annotatedFound++;
        }
      }
      if (!used[i]) {
        Expected e = expected.get(i);
        findings.add(file + ": - statement (" + e.speakerId() + ", " + e.kind() + ") " + shorten(e.text()));
      }
    }
  }

  /** At least half of the shorter span lies in the other. */
  static boolean overlaps(int aStart, int aEnd, int bStart, int bEnd) {
    if (aStart < 0 || bStart < 0) {
      return false;
    }
    int overlap = Math.min(aEnd, bEnd) - Math.max(aStart, bStart);
    int shorter = Math.min(aEnd - aStart, bEnd - bStart);
    return overlap > 0 && overlap * 2 >= shorter;
  }

  /** Where the annotated words are in the text: exactly, or with any run of spaces for a space. */
  static int[] locate(String text, String words) {
    String wanted = Texts.nfc(words.strip());
    if (wanted.isEmpty()) {
      return null;
    }
    int at = text.indexOf(wanted);
    if (at >= 0) {
      return new int[] {at, at + wanted.length()};
    }
    String[] parts = wanted.split("\\s+");
    StringBuilder regex = new StringBuilder();
    for (String part : parts) {
      if (!regex.isEmpty()) {
        regex.append("\\s+");
      }
      regex.append(Pattern.quote(part));
    }
    Matcher m = Pattern.compile(regex.toString()).matcher(text);
    return m.find() ? new int[] {m.start(), m.end()} : null;
  }

  private static void diff(List<String> findings, String file, String what, Set<String> expected, Set<String> predicted) {
    for (String id : expected) {
      if (!predicted.contains(id)) {
        findings.add(file + ": - " + what + " " + id);
      }
    }
    for (String id : predicted) {
      if (!expected.contains(id)) {
        findings.add(file + ": + " + what + " " + id);
      }
    }
  }

  static void check(List<String> below, String what, double value, double bar) {
    if (value < bar) {
      below.add(String.format(Locale.ROOT, "%s %.3f < %.2f", what, value, bar));
    }
  }

  static String table(Map<String, Slice> byLanguage, Slice overall) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%-9s %8s | %-19s | %-19s | %-27s | %s%n", "language", "articles",
        "actors P / R", "topics P / R", "statements P / R (n)", "kind (n)"));
    Map<String, Slice> rows = new LinkedHashMap<>(byLanguage);
    rows.put("overall", overall);
    rows.forEach((language, s) -> out.append(String.format(Locale.ROOT,
        "%-9s %8d | %.3f / %.3f       | %.3f / %.3f       | %-27s | %s%n", language, s.articles,
        s.actors.setPrecision(), s.actors.setRecall(), s.topics.setPrecision(), s.topics.setRecall(),
        statementCell(s.statements), kindCell(s.statements))));
    return out.toString();
  }

  static String statementCell(Counts c) {
    return String.format(Locale.ROOT, "%.3f / %.3f (%d/%d)", c.statementPrecision(), c.statementRecall(), c.predicted,
        c.annotated);
  }

  static String kindCell(Counts c) {
    return String.format(Locale.ROOT, "%.3f (%d/%d)", c.kindAgreement(), c.kindRight, c.kindAnnotated);
  }

  /** Canonical names, and every listed name, to actor ids (by match key). */
  static Map<String, String> actorIdsByName(ActorCatalogue catalogue) {
    Map<String, String> ids = new HashMap<>();
    for (Actor actor : catalogue.all()) {
      for (List<String> names : actor.names().values()) {
        for (String name : names) {
          ids.putIfAbsent(Texts.matchKey(name), actor.id());
        }
      }
    }
    for (Actor actor : catalogue.all()) {
      ids.put(Texts.matchKey(actor.name()), actor.id());
      ids.put(Texts.matchKey(actor.id()), actor.id());
    }
    return ids;
  }

  private static Map<String, String> topicIdsByName(List<TopicDefinition> topics) {
    Map<String, String> ids = new HashMap<>();
    for (TopicDefinition topic : topics) {
      ids.put(topic.id().toLowerCase(Locale.ROOT), topic.id());
      ids.put(topic.name().toLowerCase(Locale.ROOT), topic.id());
    }
    return ids;
  }

  private static String firstText(JsonNode node, String... fields) {
    for (String field : fields) {
      if (node.hasNonNull(field)) {
        return node.get(field).asText();
      }
    }
    throw new IllegalArgumentException("annotation entry without a file: " + node);
  }

  private static String outletOf(String file) {
    int slash = file.indexOf('/');
    return slash > 0 ? file.substring(0, slash) : "samples";
  }

  static String shorten(String text) {
    String oneLine = text.replace('\n', ' ');
    return "\"" + (oneLine.length() > 90 ? oneLine.substring(0, 87) + "..." : oneLine) + "\"";
  }
}
