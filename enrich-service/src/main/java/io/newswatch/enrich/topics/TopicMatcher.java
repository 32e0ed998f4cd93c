package io.newswatch.enrich.topics;

import io.newswatch.common.model.Language;
import io.newswatch.common.model.Span;
import io.newswatch.common.model.TopicDefinition;
import io.newswatch.common.model.TopicMatch;
import io.newswatch.enrich.AnalysedText;
import io.newswatch.enrich.TextAnalysis;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evaluates topic rules against a text, the way EMM alert definitions and Elasticsearch
 * percolators do: each rule is a Lucene classic-syntax query, parsed once with the analyser of its
 * language; the text goes into a one-document Lucene {@link MemoryIndex} with offsets, and each
 * rule's {@link Weight#matches} both decides whether it matches and gives the matched words and
 * phrases with their offsets as evidence.
 *
 * <p>Serbian rules (key {@code sr}) apply to both scripts, since the Serbian chain brings Cyrillic
 * and Latin to the same terms. A rule that does not parse is logged with its topic and skipped;
 * the topic's other rules still work.
 *
 * <p>Immutable and thread-safe (a MemoryIndex is built per call).
 */
public final class TopicMatcher {
  private static final Logger LOG = LoggerFactory.getLogger(TopicMatcher.class);

  /** Evidence kept per topic: enough to show why, bounded so one long article stays small. */
  static final int MAX_EVIDENCE = 20;

  private final List<TopicDefinition> topics;
  private final Map<String, List<CompiledRule>> rulesByBase = new HashMap<>();
  /** Per base language, every term any rule names (NOT clauses included), numbered. */
  private final Map<String, Vocabulary> vocabularies = new HashMap<>();
  private final List<String> problems = new ArrayList<>();

  public TopicMatcher(List<TopicDefinition> topics) {
    this.topics = List.copyOf(topics);
    for (TopicDefinition topic : this.topics) {
      for (Map.Entry<String, List<TopicDefinition.Rule>> entry : topic.rules().entrySet()) {
        String base = base(entry.getKey());
        if (base == null) {
          problems.add(topic.id() + ": unknown rule language '" + entry.getKey() + "'");
          continue;
        }
        for (TopicDefinition.Rule rule : entry.getValue()) {
          try {
            Vocabulary vocabulary = vocabularies.computeIfAbsent(base, b -> new Vocabulary());
            CompiledRule compiled = compile(topic, base, rule, vocabulary);
            rulesByBase.computeIfAbsent(base, b -> new ArrayList<>()).add(compiled);
            compiled.allTerms.forEach(vocabulary::id);
          } catch (ParseException | RuntimeException e) {
            problems.add(topic.id() + " [" + base + "] '" + rule.query() + "': " + firstLine(e.getMessage()));
          }
        }
      }
    }
    for (String problem : problems) {
      LOG.warn("topic rules: skipped {}", problem);
    }
  }

  public List<TopicDefinition> topics() {
    return topics;
  }

  /** Rules that could not be used, each as {@code <topic id> [<language>] '<query>': <reason>}. */
  public List<String> problems() {
    return List.copyOf(problems);
  }

  /** The topics whose summed matching rule weight reaches their threshold, best first. */
  public List<TopicMatch> match(String text, Language language) {
    AnalysedText analysed = TextAnalysis.analyse(text, language);
    return match(analysed, 0, analysed.size(), language);
  }

  /**
   * As {@link #match(String, Language)}, on word positions [from, to) of a text already analysed
   * for this language; evidence offsets are offsets in the whole text.
   */
  public List<TopicMatch> match(AnalysedText text, int from, int to, Language language) {
    if (from >= to) {
      return List.of();
    }
    return evaluate(text, from, to, language, rulesByBase.getOrDefault(language.base(), List.of()), true).topics();
  }

  /**
   * Evaluates every rule on the whole text once, so that the topics of any paragraph can then be
   * had cheaply with {@link Evaluation#within}.
   */
  public Evaluation evaluate(AnalysedText text, Language language) {
    return evaluate(text, 0, text.size(), language, rulesByBase.getOrDefault(language.base(), List.of()), true);
  }

  /**
   * As {@link #evaluate(AnalysedText, Language)}, but every rule runs as one Lucene query and
   * paragraphs run their AND/NOT rules again: the reference TopicMatcherTest compares with.
   */
  Evaluation evaluateByQueries(AnalysedText text, Language language) {
    return evaluate(text, 0, text.size(), language, rulesByBase.getOrDefault(language.base(), List.of()), false);
  }

  /**
   * Runs the rules on word positions [from, to). With {@code fromParts}, a rule of words and
   * phrases is decided from the matches of its parts ({@link Parts}), each distinct part searched
   * once for all the rules that share it; otherwise each rule runs as its whole query.
   */
  private Evaluation evaluate(
      AnalysedText text, int from, int to, Language language, List<CompiledRule> rules, boolean fromParts) {
    Map<CompiledRule, List<int[]>> matched = new LinkedHashMap<>();
    Map<CompiledRule, List<List<int[]>>> partSpans = new HashMap<>();
    List<CompiledRule> candidates = new ArrayList<>();
    if (!rules.isEmpty() && from < to) {
      Vocabulary vocabulary = vocabularies.getOrDefault(language.base(), Vocabulary.EMPTY);
      // Where the rule terms stand too, so that the index below holds just those.
      BitSet termAt = new BitSet(to);
      BitSet alternateAt = new BitSet(to);
      BitSet present = vocabulary.termsOf(text, from, to, termAt, alternateAt);
      // The presearcher idea of Luwak / lucene-monitor: a rule whose needed terms do not all occur
      // (a word, every word of a phrase, something of each AND-ed clause) cannot match, so most
      // rules are skipped before any index is built.
      boolean allClosed = true;
      for (CompiledRule rule : rules) {
        if (rule.need.test(present)) {
          candidates.add(rule);
          allClosed &= rule.closed;
        }
      }
      if (!candidates.isEmpty()) {
        MemoryIndex index = new MemoryIndex(true);
        // Rules of words and phrases only see their own terms: the index then holds just those
        // (at their true relative positions), a few dozen tokens instead of the whole text.
        index.addField(
            AnalysedText.FIELD,
            allClosed
                ? text.tokenStream(from, to, termAt, alternateAt)
                : text.tokenStream(from, to));
        IndexSearcher searcher = index.createSearcher();
        LeafReaderContext leaf = searcher.getIndexReader().leaves().get(0);
        // By identity: equal leaves of different rules are one instance (Vocabulary#leaf).
        Map<Query, List<int[]>> partMatches = new IdentityHashMap<>();
        for (CompiledRule rule : candidates) {
          List<int[]> spans;
          if (fromParts && rule.parts != null) {
            List<List<int[]>> found = new ArrayList<>(rule.parts.leaves.size());
            for (int p = 0; p < rule.parts.leaves.size(); p++) {
              if (!rule.parts.leafNeeds.get(p).test(present)) {
                // A word the text lacks, or a phrase missing one of its words: no match, and no
                // Lucene weight built to find that out. A rule that ORs ten phrases passes the
                // rule-level check on one of them; most of the others fail here.
                found.add(List.of());
                continue;
              }
              found.add(partMatches.computeIfAbsent(rule.parts.leaves.get(p), q -> {
                List<int[]> m = matches(searcher, leaf, q);
                return m == null ? List.of() : byStart(m);
              }));
            }
            partSpans.put(rule, found);
            spans = rule.parts.decide(found, Integer.MIN_VALUE, Integer.MAX_VALUE);
          } else {
            spans = matches(searcher, leaf, rule);
          }
          if (spans != null) {
            matched.put(rule, byStart(spans));
          }
        }
      }
    }
    return new Evaluation(text, language, candidates, matched, partSpans, fromParts);
  }

  /** The rules that matched a text, with where; paragraph results derive from it. */
  public final class Evaluation {
    private final AnalysedText text;
    private final Language language;
    /**
     * The rules whose needed terms the evaluated text has, in the catalogue's order: no stretch of
     * the text has terms the whole lacks, so these are all a paragraph need look at.
     */
    private final List<CompiledRule> candidates;
    private final Map<CompiledRule, List<int[]>> matched;
    /**
     * Per rule taken apart that could match the text at all (its needed terms occur): where each
     * of its parts matches in the evaluated text.
     */
    private final Map<CompiledRule, List<List<int[]>>> partSpans;
    private final boolean fromParts;

    private Evaluation(
        AnalysedText text, Language language, List<CompiledRule> candidates, Map<CompiledRule, List<int[]>> matched,
        Map<CompiledRule, List<List<int[]>>> partSpans, boolean fromParts) {
      this.text = text;
      this.language = language;
      this.candidates = candidates;
      this.matched = matched;
      this.partSpans = partSpans;
      this.fromParts = fromParts;
    }

    /** The topics of the evaluated text, best first. */
    public List<TopicMatch> topics() {
      return score(text.text(), matched);
    }

    /**
     * The topics of word positions [from, to) alone. A rule that is a plain disjunction of words
     * and phrases matches there when one of its matches in the whole text lies there; a rule that
     * joins them with AND and NOT is decided from where each part matched ({@link Parts}); only
     * rules with wildcards or fuzzy terms, that could match there, are run again on that stretch.
     */
    public List<TopicMatch> within(int from, int to) {
      if (from >= to) {
        return List.of();
      }
      int startOffset = text.start(from);
      int endOffset = text.end(to - 1);
      Map<CompiledRule, List<int[]>> local = new LinkedHashMap<>();
      List<CompiledRule> again = new ArrayList<>();
      BitSet present = null;
      for (CompiledRule rule : candidates) {
        if (rule.disjunctive) {
          List<int[]> spans = matched.get(rule);
          if (spans == null) {
            continue;
          }
          List<int[]> inside = inside(spans, startOffset, endOffset);
          if (inside != null) {
            local.put(rule, inside);
          }
        } else if (fromParts && rule.parts != null) {
          // Words and phrases joined by AND, OR and NOT hold in a stretch when the boolean
          // structure holds over which of its parts match inside the stretch, and their matches
          // are the ones the whole text has there: decided without another index (see Parts).
          List<List<int[]>> spans = partSpans.get(rule);
          if (spans != null) {
            List<int[]> inside = rule.parts.decide(spans, startOffset, endOffset);
            if (inside != null && !inside.isEmpty()) {
              local.put(rule, inside);
            }
          }
        } else {
          if (present == null) {
            present = vocabularies.getOrDefault(language.base(), Vocabulary.EMPTY).termsOf(text, from, to, null, null);
          }
          if (rule.need.test(present)) {
            again.add(rule);
          }
        }
      }
      if (!again.isEmpty()) {
        local.putAll(evaluate(text, from, to, language, again, fromParts).matched);
      }
      return score(text.text(), local);
    }
  }

  /**
   * The spans, sorted by start offset (in place; the lists are the matcher's own). Every span list
   * an {@link Evaluation} keeps is sorted, so that the spans inside a paragraph are found by binary
   * search: a walk over all of them for each paragraph made a long article of many paragraphs cost
   * time quadratic in its length. Scores and evidence do not depend on the order of spans.
   */
  private static List<int[]> byStart(List<int[]> spans) {
    // Lucene gives a leaf's matches in position order, which is mostly offset order already:
    // checked first, since a sort with its comparator cost more than the check.
    for (int i = 1; i < spans.size(); i++) {
      if (spans.get(i)[0] < spans.get(i - 1)[0]) {
        spans.sort(Comparator.comparingInt(span -> span[0]));
        break;
      }
    }
    return spans;
  }

  /** The spans of a list sorted by start that lie within offsets [start, end), or null if none do. */
  private static List<int[]> inside(List<int[]> sorted, int start, int end) {
    int lo = 0;
    int hi = sorted.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted.get(mid)[0] < start) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    List<int[]> inside = null;
    for (int i = lo; i < sorted.size() && sorted.get(i)[0] <= end; i++) {
      int[] span = sorted.get(i);
      if (span[1] <= end) {
        if (inside == null) {
          inside = new ArrayList<>();
        }
        inside.add(span);
      }
    }
    return inside;
  }

  private static List<TopicMatch> score(String text, Map<CompiledRule, List<int[]>> matched) {
    Map<String, Accumulator> byTopic = new LinkedHashMap<>();
    for (Map.Entry<CompiledRule, List<int[]>> entry : matched.entrySet()) {
      CompiledRule rule = entry.getKey();
      Accumulator acc = byTopic.computeIfAbsent(rule.topic.id(), id -> new Accumulator(rule.topic));
      acc.score += rule.weight;
      for (int[] span : entry.getValue()) {
        acc.add(span);
      }
    }
    List<TopicMatch> result = new ArrayList<>();
    for (Accumulator acc : byTopic.values()) {
      if (acc.score > 0 && acc.score + 1e-9 >= acc.topic.threshold()) {
        result.add(acc.toMatch(text));
      }
    }
    result.sort(Comparator.comparingDouble(TopicMatch::score).reversed().thenComparing(TopicMatch::topicId));
    return result;
  }

  /** Start and end offsets of every match of the query, or null when it does not match. */
  private static List<int[]> matches(IndexSearcher searcher, LeafReaderContext leaf, CompiledRule rule) {
    try {
      return matches(searcher, leaf, rule.closed ? rule.query : searcher.rewrite(rule.query));
    } catch (IOException e) {
      // A MemoryIndex lives in memory: an IOException here is a bug, not bad input.
      throw new UncheckedIOException(e);
    }
  }

  /** As above, for a query already rewritten. */
  private static List<int[]> matches(IndexSearcher searcher, LeafReaderContext leaf, Query query) {
    try {
      Weight weight = searcher.createWeight(query, ScoreMode.COMPLETE_NO_SCORES, 1f);
      Matches matches = weight.matches(leaf, 0);
      if (matches == null) {
        return null;
      }
      List<int[]> spans = new ArrayList<>();
      MatchesIterator it = matches.getMatches(AnalysedText.FIELD);
      while (it != null && it.next()) {
        if (it.startOffset() >= 0) {
          spans.add(new int[] {it.startOffset(), it.endOffset()});
        }
      }
      return spans;
    } catch (IOException e) {
      // A MemoryIndex lives in memory: an IOException here is a bug, not bad input.
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The terms the rules of one base language name, each with a number, and the rules' leaves. A
   * text's rule terms are then a bit set, and what a rule needs ({@link Need}) is tested bit by
   * bit rather than looked up by string in a set made for each text; equal leaves of different
   * rules are one instance, so each is searched once per text by identity.
   */
  private static final class Vocabulary {
    static final Vocabulary EMPTY = new Vocabulary();

    private final Map<String, Integer> ids = new HashMap<>();
    private final Map<Query, Query> leaves = new HashMap<>();

    /** The number of a term, given it on first sight. */
    int id(String term) {
      Integer id = ids.get(term);
      if (id == null) {
        id = ids.size();
        ids.put(term, id);
      }
      return id;
    }

    /** The one instance of the leaf equal to {@code query}. */
    Query leaf(Query query) {
      return leaves.computeIfAbsent(query, q -> q);
    }

    /**
     * The terms of positions [from, to) that some rule names: all a {@link Need} ever asks about.
     * Most words of a text are in no rule, so this looks each up once rather than collecting them
     * all. When given, {@code termAt} and {@code alternateAt} get the positions whose term, or
     * whose alternate term, is a rule term.
     */
    BitSet termsOf(AnalysedText text, int from, int to, BitSet termAt, BitSet alternateAt) {
      BitSet present = new BitSet(ids.size());
      for (int i = from; i < to; i++) {
        Integer id = ids.get(text.term(i));
        if (id != null) {
          present.set(id);
          if (termAt != null) {
            termAt.set(i);
          }
        }
        String alternate = text.alternate(i);
        id = alternate == null ? null : ids.get(alternate);
        if (id != null) {
          present.set(id);
          if (alternateAt != null) {
            alternateAt.set(i);
          }
        }
      }
      return present;
    }
  }

  private static CompiledRule compile(TopicDefinition topic, String base, TopicDefinition.Rule rule, Vocabulary vocabulary)
      throws ParseException {
    QueryParser parser = new QueryParser(AnalysedText.FIELD, TextAnalysis.analyzer(base));
    Query parsed = parser.parse(rule.query());
    Query query = parsed;
    boolean closed = closed(query);
    if (closed) {
      // Words, phrases and their combinations rewrite the same whatever the index holds, so
      // once here instead of on every evaluation; wildcards and fuzzy terms expand against the
      // index and are rewritten there.
      try {
        query = EMPTY_SEARCHER.rewrite(query);
      } catch (IOException e) {
        // Nothing is read from an empty reader: an IOException here is a bug, not a bad rule.
        throw new UncheckedIOException(e);
      }
    }
    Set<String> allTerms = new HashSet<>();
    query.visit(
        new QueryVisitor() {
          @Override
          public void consumeTerms(Query q, Term... found) {
            for (Term term : found) {
              allTerms.add(term.text());
            }
          }

          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            // The default skips NOT clauses; their words must stay in the index too.
            return this;
          }
        });
    return new CompiledRule(
        topic, query, rule.weight(), need(parsed, vocabulary), Set.copyOf(allTerms), closed, disjunctive(parsed),
        closed ? Parts.of(query, vocabulary) : null);
  }

  private static final IndexSearcher EMPTY_SEARCHER = emptySearcher();

  private static IndexSearcher emptySearcher() {
    try {
      return new IndexSearcher(new MultiReader());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether the query holds only words, phrases, synonyms and boolean combinations of them. */
  private static boolean closed(Query query) {
    if (query instanceof BoostQuery boost) {
      return closed(boost.getQuery());
    }
    if (query instanceof TermQuery
        || query instanceof PhraseQuery
        || query instanceof MultiPhraseQuery
        || query instanceof SynonymQuery) {
      return true;
    }
    if (query instanceof BooleanQuery bool) {
      for (BooleanClause clause : bool.clauses()) {
        if (!closed(clause.query())) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  /**
   * What a text must contain for the query to match it: a word, every word of a phrase, what
   * each required clause needs, or what one optional clause needs. Wildcards and anything else
   * need nothing (always evaluated); NOT clauses need nothing.
   */
  private static Need need(Query query, Vocabulary vocabulary) {
    if (query instanceof BoostQuery boost) {
      return need(boost.getQuery(), vocabulary);
    }
    if (query instanceof TermQuery term) {
      int id = vocabulary.id(term.getTerm().text());
      return present -> present.get(id);
    }
    if (query instanceof SynonymQuery synonyms) {
      return anyOf(synonyms.getTerms(), vocabulary);
    }
    if (query instanceof PhraseQuery phrase) {
      Term[] terms = phrase.getTerms();
      if (terms.length == 0) {
        return present -> false;
      }
      List<Need> all = new ArrayList<>();
      for (Term term : terms) {
        all.add(anyOf(List.of(term), vocabulary));
      }
      return allOf(all);
    }
    if (query instanceof MultiPhraseQuery phrase) {
      Term[][] positions = phrase.getTermArrays();
      if (positions.length == 0) {
        return present -> false;
      }
      List<Need> all = new ArrayList<>();
      for (Term[] alternatives : positions) {
        all.add(anyOf(List.of(alternatives), vocabulary));
      }
      return allOf(all);
    }
    if (query instanceof BooleanQuery bool) {
      List<Need> required = new ArrayList<>();
      List<Need> optional = new ArrayList<>();
      for (BooleanClause clause : bool.clauses()) {
        switch (clause.occur()) {
          case MUST, FILTER -> required.add(need(clause.query(), vocabulary));
          case SHOULD -> optional.add(need(clause.query(), vocabulary));
          case MUST_NOT -> {}
        }
      }
      if (!required.isEmpty()) {
        return allOf(required);
      }
      if (optional.isEmpty()) {
        // Only NOT clauses: Lucene matches nothing.
        return present -> false;
      }
      List<Need> any = List.copyOf(optional);
      return present -> {
        for (Need need : any) {
          if (need.test(present)) {
            return true;
          }
        }
        return false;
      };
    }
    return present -> true;
  }

  private static Need anyOf(List<Term> terms, Vocabulary vocabulary) {
    int[] ids = terms.stream().mapToInt(term -> vocabulary.id(term.text())).toArray();
    return present -> {
      for (int id : ids) {
        if (present.get(id)) {
          return true;
        }
      }
      return false;
    };
  }

  private static Need allOf(List<Need> needs) {
    Need[] all = needs.toArray(Need[]::new);
    return present -> {
      for (Need need : all) {
        if (!need.test(present)) {
          return false;
        }
      }
      return true;
    };
  }

  /** A necessary condition for a match, on the rule terms of a text ({@link Vocabulary#termsOf}). */
  @FunctionalInterface
  private interface Need {
    boolean test(BitSet present);
  }

  /** The base language of a rule key: {@code sr}, {@code ru}, {@code en}, or a full tag. */
  private static String base(String key) {
    String k = key.trim().toLowerCase(Locale.ROOT);
    if (k.equals("sr") || k.equals("ru") || k.equals("en")) {
      return k;
    }
    try {
      return Language.fromTag(key).base();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unparseable";
    }
    return message.lines().findFirst().orElse(message);
  }

  /** Whether the query matches a stretch of text exactly when one of its words or phrases occurs there. */
  private static boolean disjunctive(Query query) {
    if (query instanceof BoostQuery boost) {
      return disjunctive(boost.getQuery());
    }
    if (query instanceof TermQuery
        || query instanceof PhraseQuery
        || query instanceof MultiPhraseQuery
        || query instanceof SynonymQuery) {
      return true;
    }
    if (query instanceof BooleanQuery bool) {
      if (bool.getMinimumNumberShouldMatch() > 1) {
        return false;
      }
      for (BooleanClause clause : bool.clauses()) {
        if (clause.occur() != BooleanClause.Occur.SHOULD || !disjunctive(clause.query())) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  /** A parsed rule; identity is its equality, as a map key (its topic is costly to hash). */
  private static final class CompiledRule {
    final TopicDefinition topic;
    final Query query;
    final double weight;
    final Need need;
    final Set<String> allTerms;
    /** Only words and phrases: {@link #query} is already rewritten and needs no other terms. */
    final boolean closed;
    final boolean disjunctive;
    /** The rule as a boolean structure over words and phrases, or null when it is not one. */
    final Parts parts;

    CompiledRule(
        TopicDefinition topic, Query query, double weight, Need need, Set<String> allTerms, boolean closed,
        boolean disjunctive, Parts parts) {
      this.topic = topic;
      this.query = query;
      this.weight = weight;
      this.need = need;
      this.allTerms = allTerms;
      this.closed = closed;
      this.disjunctive = disjunctive;
      this.parts = parts;
    }
  }

  /**
   * A rewritten rule taken apart into its leaves (words, synonyms, phrases) and the boolean
   * structure over them, with Lucene's meaning: a clause list holds when every MUST clause holds,
   * no MUST_NOT clause does, and at least the minimum of SHOULD clauses do (one, when there is no
   * MUST clause); its matches are those of the MUST and SHOULD clauses that hold. Anything else
   * (wildcards, fuzzy terms) is not taken apart: {@link #of} returns null.
   *
   * <p>A leaf holds in a stretch when one of its matches in the whole text lies inside it, the
   * same reading the plain disjunctive rules get. For words and exact phrases that is exact; for a
   * sloppy phrase the two readings could differ only when the words of one occurrence straddle the
   * stretch's edge while another arrangement of them lies inside, which the comparison over the
   * sample articles (TopicMatcherTest) has not met.
   */
  static final class Parts {
    final List<Query> leaves = new ArrayList<>();
    /** What the text must hold for each leaf to match at all (see {@link #need}). */
    final List<Need> leafNeeds = new ArrayList<>();
    private final Node root;

    private final Vocabulary vocabulary;

    private Parts(Query query, Vocabulary vocabulary) {
      this.vocabulary = vocabulary;
      this.root = node(query);
    }

    static Parts of(Query query, Vocabulary vocabulary) {
      Parts parts = new Parts(query, vocabulary);
      return parts.root == null ? null : parts;
    }

    private sealed interface Node permits Leaf, Clauses {}

    private record Leaf(int index) implements Node {}

    private record Clauses(List<Node> must, List<Node> should, List<Node> mustNot, int minimumShould) implements Node {}

    private Node node(Query query) {
      if (query instanceof BoostQuery boost) {
        return node(boost.getQuery());
      }
      if (query instanceof TermQuery || query instanceof SynonymQuery || query instanceof PhraseQuery
          || query instanceof MultiPhraseQuery) {
        leaves.add(vocabulary.leaf(query));
        leafNeeds.add(need(query, vocabulary));
        return new Leaf(leaves.size() - 1);
      }
      if (query instanceof BooleanQuery bool) {
        List<Node> must = new ArrayList<>();
        List<Node> should = new ArrayList<>();
        List<Node> mustNot = new ArrayList<>();
        for (BooleanClause clause : bool.clauses()) {
          Node child = node(clause.query());
          if (child == null) {
            return null;
          }
          switch (clause.occur()) {
            case MUST, FILTER -> must.add(child);
            case SHOULD -> should.add(child);
            case MUST_NOT -> mustNot.add(child);
          }
        }
        return new Clauses(must, should, mustNot, bool.getMinimumNumberShouldMatch());
      }
      return null;
    }

    /**
     * The matches inside offsets [start, end] when the rule holds there, else null; {@code spans}
     * holds each leaf's matches in the whole text, in leaf order.
     */
    List<int[]> decide(List<List<int[]>> spans, int start, int end) {
      return decide(root, spans, start, end);
    }

    private static List<int[]> decide(Node node, List<List<int[]>> spans, int start, int end) {
      if (node instanceof Leaf leaf) {
        return inside(spans.get(leaf.index()), start, end);
      }
      Clauses clauses = (Clauses) node;
      for (Node not : clauses.mustNot()) {
        if (decide(not, spans, start, end) != null) {
          return null;
        }
      }
      List<int[]> out = new ArrayList<>();
      for (Node required : clauses.must()) {
        List<int[]> found = decide(required, spans, start, end);
        if (found == null) {
          return null;
        }
        out.addAll(found);
      }
      int should = 0;
      for (Node optional : clauses.should()) {
        List<int[]> found = decide(optional, spans, start, end);
        if (found != null) {
          out.addAll(found);
          should++;
        }
      }
      int needed = clauses.must().isEmpty() ? Math.max(1, clauses.minimumShould()) : clauses.minimumShould();
      return should < needed ? null : out;
    }
  }

  private static final class Accumulator {
    final TopicDefinition topic;
    double score;
    /**
     * Every span added, each as its start in the high half and its end in the low half (offsets
     * are never negative), so that sorting them sorts by start and then by end. A tree map of
     * boxed offsets did the same at every span added, and that was a fifth of scoring's time.
     */
    private long[] spans = new long[8];
    private int count;

    Accumulator(TopicDefinition topic) {
      this.topic = topic;
    }

    void add(int[] span) {
      if (count == spans.length) {
        spans = Arrays.copyOf(spans, count * 2);
      }
      spans[count++] = (long) span[0] << 32 | span[1];
    }

    TopicMatch toMatch(String text) {
      Arrays.sort(spans, 0, count);
      Set<String> terms = new LinkedHashSet<>();
      List<Span> evidence = new ArrayList<>();
      int lastEnd = -1;
      for (int i = 0; i < count; i++) {
        if (evidence.size() == MAX_EVIDENCE) {
          break;
        }
        int start = (int) (spans[i] >>> 32);
        // Same start from two rules (a word, and a phrase it begins): the longer evidence, the
        // last of its start once sorted.
        if (i + 1 < count && (int) (spans[i + 1] >>> 32) == start) {
          continue;
        }
        int end = (int) spans[i];
        if (start < lastEnd || end > text.length()) {
          continue;
        }
        String surface = text.substring(start, end);
        evidence.add(new Span(start, end, surface));
        terms.add(surface);
        lastEnd = end;
      }
      return new TopicMatch(topic.id(), topic.name(), round(score), List.copyOf(terms), evidence);
    }

    private static double round(double score) {
      return Math.round(score * 1000.0) / 1000.0;
    }
  }
}
