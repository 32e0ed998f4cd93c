package io.newswatch.alert;

import io.micrometer.core.instrument.MeterRegistry;
import io.newswatch.common.Ids;
import io.newswatch.common.model.Alert;
import io.newswatch.common.model.Echo;
import io.newswatch.common.model.EchoKind;
import io.newswatch.common.model.Statement;
import io.newswatch.common.model.TopicMatch;
import io.newswatch.common.model.Watch;
import io.newswatch.common.text.Texts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Judges each statement: a verbatim, near or translated reprint of a wording already seen within
 * the window joins that wording's cluster and echoes the cluster's alerts; otherwise it starts a
 * cluster of its own. Every watch it satisfies that has no alert in its cluster yet gets one.
 *
 * <p>All state is in window stores with changelogs, keyed within one speaker (news.statements is
 * keyed by speaker id), so it is bounded by the windows, survives restarts and moves with its
 * partition. Times are when the pipeline saw the statement (fetch time, else extraction time): a
 * reprint is an echo of what was seen before it, whatever dates the outlets print.
 */
final class JudgeProcessor implements Processor<String, Statement, String, Judgement> {
  private static final Logger LOG = LoggerFactory.getLogger(JudgeProcessor.class);

  /** Candidates beyond these are not examined: only a pathological speaker or band gets there. */
  private static final int MAX_NEAR_CANDIDATES = 500;

  static final int MAX_TRANSLATION_CANDIDATES = 200;

  /** Keys the key filter starts sized for; about 1.2 MB per task. */
  static final long MIN_FILTER_CAPACITY = 1L << 20;

  private static final char APPEARANCE_KEYS = 'a';
  private static final char BAND_KEYS = 'b';
  private static final char TOKEN_KEYS = 't';

  private final AlertConfig config;
  private final Clock clock;
  private final MeterRegistry registry;
  private final long window;
  private final long translationWindow;

  private final WatchBook watches;
  private ProcessorContext<String, Judgement> context;
  private WindowStore<String, SeenStatement> wordings;
  private WindowStore<String, String> appearances;
  private WindowStore<String, String> bands;
  private WindowStore<String, String> tokens;
  private WindowStore<String, Cluster> clusters;

  /**
   * Every key of the appearance, band and token stores of this task (and some expired ones): most
   * index keys of a new statement were never written, and the filter answers that without a range
   * scan. Built from the stores at init, which comes after restoration, and kept up by every put;
   * this processor is the only writer of those stores.
   */
  private KeyFilter known;

  JudgeProcessor(AlertConfig config, WatchBook watches, Clock clock, MeterRegistry registry) {
    this.config = config;
    this.watches = watches;
    this.clock = clock;
    this.registry = registry;
    this.window = config.noveltyWindow().toMillis();
    this.translationWindow = config.translationWindow().toMillis();
  }

  @Override
  public void init(ProcessorContext<String, Judgement> context) {
    this.context = context;
    wordings = context.getStateStore(AlertTopology.WORDING_STORE);
    appearances = context.getStateStore(AlertTopology.APPEARANCE_STORE);
    bands = context.getStateStore(AlertTopology.BAND_STORE);
    tokens = context.getStateStore(AlertTopology.TOKEN_STORE);
    clusters = context.getStateStore(AlertTopology.CLUSTER_STORE);
    known = scanKnownKeys(MIN_FILTER_CAPACITY);
  }

  /**
   * A key filter holding the keys now in the appearance, band and token stores, sized for twice as
   * many (at least {@code minCapacity}). Rebuilt when full, which also drops the expired keys.
   */
  private KeyFilter scanKnownKeys(long minCapacity) {
    long started = System.nanoTime();
    long count = 0;
    count += count(appearances);
    count += count(bands);
    count += count(tokens);
    KeyFilter filter = new KeyFilter(Math.max(minCapacity, 2 * count));
    addAll(filter, APPEARANCE_KEYS, appearances);
    addAll(filter, BAND_KEYS, bands);
    addAll(filter, TOKEN_KEYS, tokens);
    if (count > 0) {
      LOG.info(
          "Task {}: key filter built over {} novelty index keys in {} ms",
          context.taskId(), count, (System.nanoTime() - started) / 1_000_000);
    }
    return filter;
  }

  private static long count(WindowStore<String, String> store) {
    long count = 0;
    try (KeyValueIterator<Windowed<String>, String> all = store.all()) {
      while (all.hasNext()) {
        all.next();
        count++;
      }
    }
    return count;
  }

  private static void addAll(KeyFilter filter, char namespace, WindowStore<String, String> store) {
    try (KeyValueIterator<Windowed<String>, String> all = store.all()) {
      while (all.hasNext()) {
        filter.add(namespace, all.next().key.key());
      }
    }
  }

  private void remember(char namespace, String key) {
    known.add(namespace, key);
  }

  @Override
  public void process(Record<String, Statement> record) {
    Statement statement = record.value();
    if (statement == null) {
      return;
    }
    Instant detectedAt = clock.instant();
    long seen = seenAt(statement).toEpochMilli();
    String speaker = statement.speaker().id();
    boolean unknown = statement.speaker().isUnknown();
    // Unknown speakers share one id; keying by it keeps only verbatim-identical words together.
    String wordingKey = Ids.hash(speaker, Texts.matchKey(statement.text()));
    String appearanceKey = wordingKey + "|" + statement.article().articleId();

    if (known.mightContain(APPEARANCE_KEYS, appearanceKey)
        && latest(appearances, appearanceKey, seen, window) != null) {
      // The same words from the same article again: a re-extraction upstream, not a reprint.
      judged("duplicate");
      return;
    }

    SeenStatement match = latest(wordings, wordingKey, seen, window);
    EchoKind kind = match == null ? null : EchoKind.VERBATIM;
    double confidence = 1.0;
    Fingerprint fingerprint = Fingerprint.of(statement.text());
    Set<String> distinctive = Translations.distinctiveTokens(statement.text());
    List<String> topicIds = topicIds(statement);
    if (match == null && !unknown) {
      Optional<Scored> near = nearest(speaker, fingerprint, seen);
      if (near.isPresent()) {
        match = near.get().seen();
        confidence = near.get().score();
        kind = EchoKind.NEAR;
      } else {
        Optional<Scored> translation =
            translated(speaker, statement, distinctive, topicIds, fingerprint.words(), seen);
        if (translation.isPresent()) {
          match = translation.get().seen();
          confidence = translation.get().score();
          kind = EchoKind.TRANSLATION;
        }
      }
    }
    judged(kind == null ? "new" : kind.json());

    Cluster cluster;
    boolean clusterChanged;
    long clusterTime = seen;
    List<Judgement> out = new ArrayList<>();
    if (kind == EchoKind.VERBATIM || kind == EchoKind.NEAR) {
      KeyValue<Long, Cluster> stored = latestEntry(clusters, match.clusterId(), seen, window);
      Cluster found = stored == null ? null : stored.value;
      if (stored != null) {
        // Statements can arrive out of fetch-time order; the cluster's newest version must stay newest.
        clusterTime = Math.max(seen, stored.key);
      }
      cluster = found == null ? new Cluster(match.clusterId(), speaker, null, Map.of()) : found;
      // A near wording gets an entry of its own, which must find its cluster as long as it lives.
      clusterChanged = found == null || kind == EchoKind.NEAR;
      for (Map.Entry<String, String> alert : cluster.sortedAlerts().entrySet()) {
        out.add(new Judgement.EchoOut(echo(alert.getValue(), alert.getKey(), statement, detectedAt, kind, confidence)));
      }
    } else if (kind == EchoKind.TRANSLATION) {
      Cluster source = latest(clusters, match.clusterId(), seen, window);
      cluster = new Cluster(wordingKey, speaker, match.clusterId(), Map.of());
      clusterChanged = true;
      if (source != null) {
        for (Map.Entry<String, String> alert : source.sortedAlerts().entrySet()) {
          if (translationEchoes(alert.getKey())) {
            out.add(new Judgement.EchoOut(echo(alert.getValue(), alert.getKey(), statement, detectedAt, kind, confidence)));
            cluster = cluster.withAlert(alert.getKey(), alert.getValue());
          }
        }
      }
    } else {
      cluster = new Cluster(wordingKey, speaker, null, Map.of());
      clusterChanged = true;
    }

    // The Latin form is the same in every alert of the statement; an ICU transliteration costs
    // tens of microseconds and holds a lock, so it is made once, when the first watch fires.
    String transliteration = null;
    for (Watch watch : watches.withAnyOf(topicIds)) {
      if (cluster.alerts().containsKey(watch.id())) {
        continue;
      }
      Optional<WatchMatch> watchMatch = WatchMatcher.match(watch, statement);
      if (watchMatch.isPresent()) {
        if (transliteration == null) {
          transliteration = Texts.toLatin(statement.text(), statement.language());
        }
        Alert alert = alert(watch, statement, transliteration, watchMatch.get(), detectedAt);
        out.add(new Judgement.AlertOut(alert, watch.ownTopic()));
        cluster = cluster.withAlert(watch.id(), alert.id());
        clusterChanged = true;
      }
    }

    appearances.put(appearanceKey, cluster.id(), seen);
    remember(APPEARANCE_KEYS, appearanceKey);
    if (kind != EchoKind.VERBATIM) {
      wordings.put(
          wordingKey,
          new SeenStatement(
              wordingKey, statement.id(), speaker, statement.language().base(),
              statement.article().articleId(), seen, cluster.id(), fingerprint.shingles(),
              fingerprint.words(), List.copyOf(distinctive), topicIds),
          seen);
      if (!unknown) {
        for (String band : fingerprint.bandKeys()) {
          bands.put(speaker + "|" + band, wordingKey, seen);
          remember(BAND_KEYS, speaker + "|" + band);
        }
        for (String token : distinctive) {
          tokens.put(speaker + "|" + token, tokenEntry(statement.language().base(), wordingKey), seen);
          remember(TOKEN_KEYS, speaker + "|" + token);
        }
      }
    }
    if (clusterChanged) {
      clusters.put(cluster.id(), cluster, clusterTime);
    }
    if (known.full()) {
      known = scanKnownKeys(MIN_FILTER_CAPACITY);
    }
    for (Judgement judgement : out) {
      String key =
          judgement instanceof Judgement.AlertOut a ? a.alert().watchId() : ((Judgement.EchoOut) judgement).echo().alertId();
      context.forward(record.withKey(key).withValue(judgement));
    }
  }

  private record Scored(SeenStatement seen, double score) {}

  private Optional<Scored> nearest(String speaker, Fingerprint fingerprint, long seen) {
    Map<String, List<String>> candidates = new LinkedHashMap<>();
    for (String band : fingerprint.bandKeys()) {
      collect(bands, BAND_KEYS, speaker + "|" + band, null, seen, window, candidates, MAX_NEAR_CANDIDATES);
    }
    Scored best = null;
    for (String candidate : candidates.keySet()) {
      SeenStatement other = latest(wordings, candidate, seen, window);
      if (other == null) {
        continue;
      }
      double similarity = fingerprint.similarity(other.fingerprint());
      if (similarity >= config.nearThreshold() && (best == null || similarity > best.score())) {
        best = new Scored(other, similarity);
      }
    }
    return Optional.ofNullable(best);
  }

  private Optional<Scored> translated(
      String speaker, Statement statement, Set<String> distinctive, List<String> topicIds, int words, long seen) {
    // Each candidate with the tokens it was found under. A wording is indexed under each of its
    // distinctive tokens, all at its one time, so these are exactly the tokens the two statements
    // share, as long as the scan was not cut short by the cap.
    Map<String, List<String>> candidates = new LinkedHashMap<>();
    boolean complete = true;
    for (String token : distinctive) {
      complete &= collect(
          tokens, TOKEN_KEYS, speaker + "|" + token, token, seen, translationWindow, candidates, MAX_TRANSLATION_CANDIDATES);
    }
    String language = statement.language().base();
    Scored best = null;
    for (Map.Entry<String, List<String>> candidate : candidates.entrySet()) {
      String entry = candidate.getKey();
      int colon = entry.indexOf(':');
      if (colon >= 0 && entry.regionMatches(0, language, 0, colon) && colon == language.length()) {
        // Same language: no translation, and no need to read the wording to know it.
        continue;
      }
      if (complete && config.translationMinConfidence() > 0 && !Translations.sharesEnough(candidate.getValue())) {
        // Confidence would be 0 for sharing too little (a name and nothing else, most of them),
        // below any minimum: known without reading the wording, each read a range scan of the store.
        continue;
      }
      SeenStatement other = latest(wordings, entry.substring(colon + 1), seen, translationWindow);
      if (other == null || other.language().equals(language)) {
        continue;
      }
      double confidence =
          Translations.confidence(distinctive, other.tokens(), topicIds, other.topics(), words, other.words());
      if (confidence >= config.translationMinConfidence() && (best == null || confidence > best.score())) {
        best = new Scored(other, confidence);
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * A token index entry: the wording's base language and its key. Within one translation window a
   * wording key has one version only (a second would have been a verbatim echo), so the language
   * here is that of the wording the lookup would read. Entries written before the language was
   * added are bare wording keys (which never contain ':'), and are read as before.
   */
  static String tokenEntry(String language, String wordingKey) {
    return language + ":" + wordingKey;
  }

  /** Whether the watch links translations as echoes; a watch since removed keeps the default. */
  private boolean translationEchoes(String watchId) {
    Watch watch = watches.get(watchId);
    return watch == null || watch.translationEchoes();
  }

  private static <V> V latest(WindowStore<String, V> store, String key, long time, long range) {
    KeyValue<Long, V> latest = latestEntry(store, key, time, range);
    return latest == null ? null : latest.value;
  }

  /** The newest value of a key within {@code time +- range}, with its timestamp. */
  private static <V> KeyValue<Long, V> latestEntry(
      WindowStore<String, V> store, String key, long time, long range) {
    // Newest first: the first value is the answer, however many versions the key has.
    try (WindowStoreIterator<V> values = store.backwardFetch(key, Math.max(0, time - range), time + range)) {
      return values.hasNext() ? values.next() : null;
    }
  }

  /**
   * Adds the values stored under {@code key} within {@code time +- range}, newest first, at most
   * {@code max} in all, each with the {@code tag} it was found under (when one is given). Returns
   * false when the cap stopped it before every value was read.
   *
   * <p>Newest first because a reprint or a translation follows its original within hours, while a
   * prolific speaker's index keys gather entries over the whole window: where the cap cuts, it
   * must cut the oldest. Read oldest first, 200 earlier statements of one speaker that share a
   * number with a new one hid the translation made an hour before it.
   */
  private boolean collect(
      WindowStore<String, String> store, char namespace, String key, String tag, long time, long range,
      Map<String, List<String>> into, int max) {
    if (into.size() >= max) {
      return false;
    }
    if (!known.mightContain(namespace, key)) {
      return true;
    }
    try (WindowStoreIterator<String> values = store.backwardFetch(key, Math.max(0, time - range), time + range)) {
      while (values.hasNext()) {
        if (into.size() >= max) {
          return false;
        }
        List<String> tags = into.computeIfAbsent(values.next().value, v -> tag == null ? List.of() : new ArrayList<>(2));
        if (tag != null && !tags.contains(tag)) {
          tags.add(tag);
        }
      }
    }
    return true;
  }

  private static List<String> topicIds(Statement statement) {
    Set<String> ids = new TreeSet<>();
    statement.topics().forEach(t -> ids.add(t.topicId()));
    statement.articleTopics().forEach(t -> ids.add(t.topicId()));
    return List.copyOf(ids);
  }

  /** When the pipeline saw the statement: its article's fetch time, else when it was extracted. */
  static Instant seenAt(Statement statement) {
    Instant fetched = statement.article().fetchedAt();
    return fetched != null ? fetched : statement.extractedAt();
  }

  static Alert alert(Watch watch, Statement statement, String transliteration, WatchMatch match, Instant detectedAt) {
    Instant published = statement.article().publishedAt();
    Instant fetched = statement.article().fetchedAt();
    List<TopicMatch> topics = match.topics();
    return new Alert(
        Alert.CURRENT_VERSION,
        Ids.hash(watch.id(), statement.id()),
        watch.id(),
        watch.name(),
        detectedAt,
        statement,
        transliteration,
        topics,
        match.basis(),
        published == null ? null : Duration.between(published, detectedAt).toMillis(),
        Duration.between(fetched != null ? fetched : statement.extractedAt(), detectedAt).toMillis());
  }

  private static Echo echo(
      String alertId, String watchId, Statement statement, Instant detectedAt, EchoKind kind, double confidence) {
    return new Echo(
        Echo.CURRENT_VERSION,
        alertId,
        watchId,
        statement.id(),
        statement.article().sourceId(),
        statement.article().outlet(),
        statement.article().url(),
        statement.article().publishedAt(),
        detectedAt,
        kind,
        Math.max(0, Math.min(1, confidence)));
  }

  private void judged(String outcome) {
    registry.counter(AlertMetrics.STATEMENTS_JUDGED, "outcome", outcome.toLowerCase(Locale.ROOT)).increment();
  }
}
