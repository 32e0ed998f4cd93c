package io.newswatch.alert;

import io.newswatch.common.metrics.MetricNames;

/** Metric names of the alert service; tag values come from bounded sets (watch id, kind, outcome). */
public final class AlertMetrics {
  /** Statements judged by the topology; tag outcome: new, verbatim, near, translation, duplicate. */
  public static final String STATEMENTS_JUDGED = MetricNames.PREFIX + "alert.statements.judged";

  /** Committed alerts; tag watch. */
  public static final String ALERTS = MetricNames.PREFIX + "alert.alerts";

  /** Committed echoes; tag kind. */
  public static final String ECHOES = MetricNames.PREFIX + "alert.echoes";

  /** Approximate number of wordings in the novelty store. */
  public static final String NOVELTY_ENTRIES = MetricNames.PREFIX + "alert.novelty.entries";

  /** Webhook deliveries; tag outcome: delivered, retried, failed, dropped. */
  public static final String WEBHOOK_DELIVERIES = MetricNames.PREFIX + "alert.webhook.deliveries";

  /** Publication-to-alert latency of committed alerts. */
  public static final String LATENCY_FROM_PUBLISHED = MetricNames.PREFIX + "alert.latency.from.published";

  /** Fetch-to-alert latency of committed alerts. */
  public static final String LATENCY_FROM_FETCHED = MetricNames.PREFIX + "alert.latency.from.fetched";

  /** Watch records skipped as invalid. */
  public static final String WATCHES_SKIPPED = MetricNames.PREFIX + "alert.watches.skipped";

  /** Alerts not copied to their watch's own topic because it did not exist yet. */
  public static final String OWN_TOPIC_SKIPPED = MetricNames.PREFIX + "alert.own.topic.skipped";

  /** Failed steps of the watch directory's reading loop (a refused commit, a broker gone), each retried. */
  public static final String WATCH_DIRECTORY_ERRORS = MetricNames.PREFIX + "alert.watch.directory.errors";

  /** Dead letters of invalid watch records the broker did not take (logged with the record and the reason). */
  public static final String WATCH_DEAD_LETTER_FAILURES = MetricNames.PREFIX + "alert.watch.dead.letter.failures";

  /** Failed steps of the webhook reader's loop (a refused or timed-out offset commit), each retried. */
  public static final String WEBHOOK_READER_ERRORS = MetricNames.PREFIX + "alert.webhook.reader.errors";

  /** Clients of {@code /alerts/stream}. */
  public static final String STREAM_CLIENTS = MetricNames.PREFIX + "alert.stream.clients";

  private AlertMetrics() {}
}
