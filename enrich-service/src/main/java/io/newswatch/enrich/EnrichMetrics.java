package io.newswatch.enrich;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import io.newswatch.common.metrics.MetricNames;
import io.newswatch.common.model.Language;
import io.newswatch.common.model.Statement;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The enrich service's own meters. Tags come from small fixed sets: language (four tags),
 * outcome, speaker kind, catalogue name.
 */
public final class EnrichMetrics {
  /** Articles read; tags: language, outcome (enriched, failed). */
  public static final String ARTICLES = MetricNames.PREFIX + "enrich.articles";
  /** Actor mentions found (every place an actor is named); tag: language. */
  public static final String MENTIONS = MetricNames.PREFIX + "enrich.mentions";
  /** Statements extracted; tags: language, speaker (catalogue, unknown-quoted, unknown). */
  public static final String STATEMENTS = MetricNames.PREFIX + "enrich.statements";
  /** Share of statements, since start, whose speaker could not be resolved at all. */
  public static final String UNKNOWN_SPEAKER_SHARE = MetricNames.PREFIX + "enrich.unknown.speaker.share";
  /** Time to enrich one article; tag: language. */
  public static final String LATENCY = MetricNames.PREFIX + "enrich.latency";
  /** Entries in the catalogues in use; tag: catalogue (actors, topics). */
  public static final String CATALOGUE_SIZE = MetricNames.PREFIX + "enrich.catalogue.size";
  /** Times the catalogues were replaced at run time. */
  public static final String CATALOGUE_RELOADS = MetricNames.PREFIX + "enrich.catalogue.reloads";

  /**
   * Articles assigned each topic; tag: topic (the catalogue's topic ids, a small set an operator
   * controls, so the series stay bounded).
   */
  public static final String TOPICS = MetricNames.PREFIX + "enrich.topics";

  /** Catalogue records left out because their key is not their id. */
  public static final String CATALOGUE_REJECTED = MetricNames.PREFIX + "enrich.catalogue.rejected";

  private final Map<Language, Counter> enriched = new EnumMap<>(Language.class);
  private final Map<Language, Counter> failed = new EnumMap<>(Language.class);
  private final Map<Language, Counter> repeated = new EnumMap<>(Language.class);
  private final Map<Language, Counter> mentions = new EnumMap<>(Language.class);
  private final Map<Language, Counter> known = new EnumMap<>(Language.class);
  private final Map<Language, Counter> unknownQuoted = new EnumMap<>(Language.class);
  private final Map<Language, Counter> unknown = new EnumMap<>(Language.class);
  private final Map<Language, Timer> latency = new EnumMap<>(Language.class);
  private final AtomicInteger actors = new AtomicInteger();
  private final AtomicInteger topics = new AtomicInteger();
  private final Counter reloads;
  private final Counter rejected;
  private final MeterRegistry registry;
  private final Map<String, Counter> topicCounters = new ConcurrentHashMap<>();

  public EnrichMetrics(MeterRegistry registry) {
    this.registry = registry;
    for (Language language : Language.values()) {
      String tag = language.tag();
      enriched.put(language, registry.counter(ARTICLES, "language", tag, "outcome", "enriched"));
      failed.put(language, registry.counter(ARTICLES, "language", tag, "outcome", "failed"));
      repeated.put(language, registry.counter(ARTICLES, "language", tag, "outcome", "repeat"));
      mentions.put(language, registry.counter(MENTIONS, "language", tag));
      known.put(language, registry.counter(STATEMENTS, "language", tag, "speaker", "catalogue"));
      unknownQuoted.put(language, registry.counter(STATEMENTS, "language", tag, "speaker", "unknown-quoted"));
      unknown.put(language, registry.counter(STATEMENTS, "language", tag, "speaker", "unknown"));
      latency.put(
          language,
          Timer.builder(LATENCY).tag("language", tag).publishPercentileHistogram().register(registry));
    }
    registry.gauge(UNKNOWN_SPEAKER_SHARE, this, EnrichMetrics::unknownSpeakerShare);
    registry.gauge(CATALOGUE_SIZE, List.of(Tag.of("catalogue", "actors")), actors);
    registry.gauge(CATALOGUE_SIZE, List.of(Tag.of("catalogue", "topics")), topics);
    reloads = registry.counter(CATALOGUE_RELOADS);
    rejected = registry.counter(CATALOGUE_REJECTED);
  }

  void enriched(Language language, EnrichmentResult result, Duration took) {
    enriched.get(language).increment();
    latency.get(language).record(took);
    int spans = 0;
    for (var actor : result.enriched().actors()) {
      spans += actor.spans().size();
    }
    mentions.get(language).increment(spans);
    for (var topic : result.enriched().topics()) {
      topicCounters
          .computeIfAbsent(topic.topicId(), id -> registry.counter(TOPICS, "topic", id))
          .increment();
    }
    for (Statement statement : result.statements()) {
      if (statement.speaker().isUnknown()) {
        unknown.get(language).increment();
      } else if (statement.speaker().inCatalogue()) {
        known.get(language).increment();
      } else {
        unknownQuoted.get(language).increment();
      }
    }
  }

  void failed(Language language) {
    failed.get(language).increment();
  }

  /** An article already enriched, with the same title and text, that came again and was passed over. */
  void repeated(Language language) {
    repeated.get(language).increment();
  }

  /** Follows the live enricher: catalogue sizes, and one reload per rebuild after the first. */
  public void watch(LiveEnricher live) {
    AtomicBoolean first = new AtomicBoolean(true);
    live.onRebuild(enricher -> catalogues(enricher, !first.getAndSet(false)));
  }

  void catalogueRejected(String store) {
    rejected.increment();
  }

  void catalogues(Enricher enricher, boolean reload) {
    actors.set(enricher.actors().size());
    topics.set(enricher.topics().size());
    if (reload) {
      reloads.increment();
    }
  }

  /** Unresolved speakers over all statements since start (0 before the first statement). */
  public double unknownSpeakerShare() {
    double all = 0;
    double none = 0;
    for (Language language : Language.values()) {
      all += known.get(language).count() + unknownQuoted.get(language).count() + unknown.get(language).count();
      none += unknown.get(language).count();
    }
    return all == 0 ? 0 : none / all;
  }
}
