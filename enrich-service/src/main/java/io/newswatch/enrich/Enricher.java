package io.newswatch.enrich;

import io.newswatch.common.Ids;
import io.newswatch.common.model.Actor;
import io.newswatch.common.model.ActorMention;
import io.newswatch.common.model.Article;
import io.newswatch.common.model.ArticleRef;
import io.newswatch.common.model.EnrichedArticle;
import io.newswatch.common.model.Language;
import io.newswatch.common.model.Span;
import io.newswatch.common.model.Speaker;
import io.newswatch.common.model.Statement;
import io.newswatch.common.model.TopicDefinition;
import io.newswatch.common.model.TopicMatch;
import io.newswatch.common.text.Texts;
import io.newswatch.enrich.actors.ActorCatalogue;
import io.newswatch.enrich.actors.ActorMatcher;
import io.newswatch.enrich.actors.Mention;
import io.newswatch.enrich.statements.ExtractedStatement;
import io.newswatch.enrich.statements.StatementExtractor;
import io.newswatch.enrich.topics.TopicMatcher;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enriches one article: actors named in it, topics it is about, and the statements in it, each
 * with the topics of its own sentence and paragraph. Immutable and thread-safe once built, so a
 * running topology can swap in a new one (new catalogues) with a single reference write.
 */
public final class Enricher {
  private static final Logger LOG = LoggerFactory.getLogger(Enricher.class);
  private static final String UNKNOWN_PREFIX = "unknown:";

  /**
   * Longest text enriched (characters). Ingest caps pages long before this; a longer text is not
   * an article but a dump, and analysing it would hold up every article behind it.
   */
  public static final int MAX_TEXT_CHARS = 400_000;

  private final ActorCatalogue actors;
  private final List<TopicDefinition> topics;
  private final ActorMatcher actorMatcher;
  private final TopicMatcher topicMatcher;
  private final StatementExtractor statementExtractor;
  private final Clock clock;

  public Enricher(ActorCatalogue actors, List<TopicDefinition> topics) {
    this(actors, topics, Clock.systemUTC());
  }

  public Enricher(ActorCatalogue actors, List<TopicDefinition> topics, Clock clock) {
    this.actors = actors;
    this.topics = List.copyOf(topics);
    this.statementExtractor = new StatementExtractor(actors);
    this.actorMatcher = new ActorMatcher(actors, statementExtractor::givenName);
    this.topicMatcher = new TopicMatcher(this.topics);
    this.clock = clock;
  }

  public ActorCatalogue actors() {
    return actors;
  }

  public List<TopicDefinition> topics() {
    return topics;
  }

  /**
   * Actors, topics and statements of one article.
   *
   * @throws IllegalArgumentException when the text is longer than {@link #MAX_TEXT_CHARS}
   */
  public EnrichmentResult enrich(Article article) {
    String text = article.text();
    if (text.length() > MAX_TEXT_CHARS) {
      throw new IllegalArgumentException(
          "article text has " + text.length() + " characters, more than the " + MAX_TEXT_CHARS + " enriched");
    }
    Language language = article.language();
    Instant now = clock.instant();

    // One analysis of the text serves the actor matcher and every topic rule.
    AnalysedText analysed = TextAnalysis.analyse(text, language);
    List<Mention> mentions = actorMatcher.find(analysed, language);
    TopicMatcher.Evaluation evaluation = topicMatcher.evaluate(analysed, language);
    List<TopicMatch> articleTopics = evaluation.topics();
    List<ExtractedStatement> extracted = statementExtractor.extract(text, language, mentions);

    Map<String, MentionBuilder> byActor = new LinkedHashMap<>();
    for (Mention mention : mentions) {
      Actor actor = actors.byId(mention.actorId()).orElse(null);
      if (actor == null) {
        continue;
      }
      byActor
          .computeIfAbsent(actor.id(), id -> new MentionBuilder(id, actor.name(), true, actor.country()))
          .spans
          .add(new Span(mention.start(), mention.end(), mention.surface()));
    }
    for (ExtractedStatement statement : extracted) {
      String speakerId = statement.speakerActorId();
      if (speakerId != null && speakerId.startsWith(UNKNOWN_PREFIX) && !byActor.containsKey(speakerId)) {
        String name = blankToNull(statement.speakerName()) == null ? speakerId : statement.speakerName();
        MentionBuilder unknown = new MentionBuilder(speakerId, name, false, null);
        // A body's references are the extractor's; a person's are looked for by name.
        unknown.spans.addAll(statement.speakerBodySpans().isEmpty()
            ? occurrences(text, statement.speakerName()) : statement.speakerBodySpans());
        byActor.put(speakerId, unknown);
      }
    }
    List<ActorMention> actorMentions = new ArrayList<>(byActor.size());
    for (MentionBuilder builder : byActor.values()) {
      actorMentions.add(builder.build());
    }
    List<String> actorIds = List.copyOf(byActor.keySet());

    ArticleRef ref = ArticleRef.of(article);
    List<Statement> statements = new ArrayList<>(extracted.size());
    Map<String, Integer> statementAt = new HashMap<>();
    ParagraphWindows windows = new ParagraphWindows(text);
    for (ExtractedStatement found : extracted) {
      if (found.text() == null || found.text().isBlank() || found.start() < 0 || found.end() < found.start()) {
        // An extractor slip must not cost the article: drop only the malformed statement, say so.
        LOG.warn("article {}: dropped a malformed statement at [{}, {})", article.id(), found.start(), found.end());
        continue;
      }
      Speaker speaker = speaker(found);
      String id = Ids.hash(speaker.id(), Texts.matchKey(found.text()));
      List<TopicMatch> ownTopics =
          paragraphTopics(analysed, evaluation, found.start(), found.end(), articleTopics, windows);
      Integer earlier = statementAt.get(id);
      if (earlier != null) {
        // The same words by the same speaker again in this article (a pull quote, a lede repeated
        // in the body): one statement, where it first stands, with the topics of every paragraph
        // that holds it, so a watch sees what it would have seen in either place.
        statements.set(earlier, withTopicsOf(statements.get(earlier), ownTopics));
        continue;
      }
      statementAt.put(id, statements.size());
      statements.add(
          new Statement(
              Statement.CURRENT_VERSION,
              id,
              speaker,
              found.text(),
              found.kind(),
              language,
              ref,
              found.start(),
              found.end(),
              ownTopics,
              nearestEvidence(articleTopics, found.start(), found.end()),
              actorIds,
              now));
    }
    List<String> statementIds = statements.stream().map(Statement::id).toList();
    EnrichedArticle enriched =
        new EnrichedArticle(
            EnrichedArticle.CURRENT_VERSION, article, actorMentions, articleTopics, statementIds, now);
    return new EnrichmentResult(enriched, statements);
  }

  /** The statement with those of {@code more} added that it does not have yet (by topic id). */
  private static Statement withTopicsOf(Statement statement, List<TopicMatch> more) {
    List<TopicMatch> topics = new ArrayList<>(statement.topics());
    for (TopicMatch topic : more) {
      if (topics.stream().noneMatch(t -> t.topicId().equals(topic.topicId()))) {
        topics.add(topic);
      }
    }
    if (topics.size() == statement.topics().size()) {
      return statement;
    }
    return new Statement(
        statement.schemaVersion(),
        statement.id(),
        statement.speaker(),
        statement.text(),
        statement.kind(),
        statement.language(),
        statement.article(),
        statement.start(),
        statement.end(),
        topics,
        statement.articleTopics(),
        statement.actors(),
        statement.extractedAt());
  }

  /** How many evidence spans of each article topic travel with a statement. */
  static final int ARTICLE_EVIDENCE_PER_STATEMENT = 3;

  /**
   * The article's topics as a statement carries them: each with its score and terms, but only the
   * few evidence spans nearest to the statement. A dense article has dozens of statements and each
   * topic dozens of spans; repeating them all on every statement made the statements of one 5 KB
   * article weigh 200 KB. The full evidence is on the enriched article. Evidence comes and stays
   * in text order.
   */
  static List<TopicMatch> nearestEvidence(List<TopicMatch> topics, int start, int end) {
    List<TopicMatch> out = new ArrayList<>(topics.size());
    for (TopicMatch topic : topics) {
      List<Span> evidence = topic.evidence();
      if (evidence.size() <= ARTICLE_EVIDENCE_PER_STATEMENT) {
        out.add(topic);
        continue;
      }
      // A few picks from at most TopicMatcher.MAX_EVIDENCE spans: selection, not a sort, since
      // this runs for every topic of every statement. Evidence is in text order, so a tie goes to
      // the earlier span.
      int[] distances = new int[evidence.size()];
      for (int i = 0; i < distances.length; i++) {
        distances[i] = distance(evidence.get(i), start, end);
      }
      boolean[] taken = new boolean[distances.length];
      for (int pick = 0; pick < ARTICLE_EVIDENCE_PER_STATEMENT; pick++) {
        int best = -1;
        for (int i = 0; i < distances.length; i++) {
          if (!taken[i] && (best < 0 || distances[i] < distances[best])) {
            best = i;
          }
        }
        taken[best] = true;
      }
      // Taken in the evidence's own order, which is the text's (TopicMatcher gives it by start).
      List<Span> nearest = new ArrayList<>(ARTICLE_EVIDENCE_PER_STATEMENT);
      for (int i = 0; i < evidence.size(); i++) {
        if (taken[i]) {
          nearest.add(evidence.get(i));
        }
      }
      out.add(new TopicMatch(topic.topicId(), topic.name(), topic.score(), topic.terms(), nearest));
    }
    return out;
  }

  private static int distance(Span span, int start, int end) {
    if (span.end() <= start) {
      return start - span.end();
    }
    return span.start() >= end ? span.start() - end : 0;
  }

  private Speaker speaker(ExtractedStatement found) {
    String id = blankToNull(found.speakerActorId());
    if (id == null || Speaker.UNKNOWN_ID.equals(id)) {
      return Speaker.UNKNOWN;
    }
    Actor actor = actors.byId(id).orElse(null);
    if (actor != null) {
      return new Speaker(actor.id(), actor.name(), true, actor.country(), actor.role());
    }
    return new Speaker(id, found.speakerName(), false, null, null);
  }

  /**
   * Topics of the paragraphs that hold the statement (which include its sentence). Paragraphs are
   * separated by blank lines; the window is matched on the article's analysed words, so evidence
   * offsets are already offsets in the article. Statements of one paragraph share the result.
   */
  static List<TopicMatch> paragraphTopics(
      AnalysedText analysed,
      TopicMatcher.Evaluation evaluation,
      int start,
      int end,
      List<TopicMatch> articleTopics,
      ParagraphWindows windows) {
    String text = analysed.text();
    int from = Math.min(start, text.length());
    int to = Math.min(Math.max(end, from), text.length());
    int first = analysed.firstAtOrAfter(windows.paragraphStart(from));
    int last = analysed.firstAtOrAfter(windows.paragraphEnd(to));
    if (first == 0 && last == analysed.size()) {
      return articleTopics;
    }
    long key = ((long) first << 32) | last;
    return windows.topics.computeIfAbsent(key, k -> evaluation.within(first, last));
  }

  /**
   * The blank lines of one article, found once, and the topics of each paragraph window matched so
   * far. Searching the text for the blank lines around every statement cost time quadratic in the
   * length of an article with many statements and few paragraphs.
   */
  static final class ParagraphWindows {
    /** Offset of every "\n\n" in the text, in order (overlapping ones in "\n\n\n" included). */
    private final int[] breaks;

    private final int length;

    private final Map<Long, List<TopicMatch>> topics = new HashMap<>();

    ParagraphWindows(String text) {
      int[] found = new int[16];
      int count = 0;
      for (int at = text.indexOf("\n\n"); at >= 0; at = text.indexOf("\n\n", at + 1)) {
        if (count == found.length) {
          found = Arrays.copyOf(found, count * 2);
        }
        found[count++] = at;
      }
      this.breaks = Arrays.copyOf(found, count);
      this.length = text.length();
    }

    /** Start of the paragraph holding offset {@code from}: after the last blank line at or before it. */
    int paragraphStart(int from) {
      int i = Arrays.binarySearch(breaks, from);
      int last = i >= 0 ? i : -i - 2; // the last break at or before from
      return last < 0 ? 0 : breaks[last] + 2;
    }

    /** End of the paragraph holding offset {@code to}: the first blank line at or after it. */
    int paragraphEnd(int to) {
      int i = Arrays.binarySearch(breaks, to);
      int next = i >= 0 ? i : -i - 1;
      return next < breaks.length ? breaks[next] : length;
    }
  }

  /** Where a person's name stands in the text as written, or else where their surname's forms stand. */
  private static List<Span> occurrences(String text, String name) {
    List<Span> spans = new ArrayList<>();
    if (name == null || name.isBlank()) {
      return spans;
    }
    for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length())) {
      spans.add(new Span(at, at + name.length(), name));
    }
    if (spans.isEmpty()) {
      spans.addAll(surnameOccurrences(text, name));
    }
    return spans;
  }

  /** Letters a surname keeps before its case ending, at the least ("Ić" of a short one is too little). */
  private static final int SURNAME_STEM_CHARS = 4;

  /**
   * Where a person outside the catalogue is named only in another case or by surname ("Ольги
   * Дороховой", "rekla je Jeremićeva", the nominative "Ольга Дорохова" nowhere in the text): the
   * capitalised words that open with the surname less its last two letters, each a span, so the
   * speaker's mention has its evidence. A one-word name gives none.
   */
  private static List<Span> surnameOccurrences(String text, String name) {
    String surname = name.substring(name.lastIndexOf(' ') + 1);
    if (surname.length() == name.length() || surname.length() - 2 < SURNAME_STEM_CHARS
        || !Character.isUpperCase(surname.charAt(0))) {
      return List.of();
    }
    String stem = surname.substring(0, surname.length() - 2);
    List<Span> spans = new ArrayList<>();
    for (int at = text.indexOf(stem); at >= 0; at = text.indexOf(stem, at + stem.length())) {
      if (at > 0 && Character.isLetter(text.charAt(at - 1))) {
        continue;
      }
      int end = at + stem.length();
      while (end < text.length() && Character.isLetter(text.charAt(end))) {
        end++;
      }
      spans.add(new Span(at, end, text.substring(at, end)));
    }
    return spans;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  private static final class MentionBuilder {
    final String id;
    final String name;
    final boolean inCatalogue;
    final String country;
    final List<Span> spans = new ArrayList<>();

    MentionBuilder(String id, String name, boolean inCatalogue, String country) {
      this.id = id;
      this.name = name;
      this.inCatalogue = inCatalogue;
      this.country = country;
    }

    ActorMention build() {
      return new ActorMention(id, name, inCatalogue, country, spans);
    }
  }
}
