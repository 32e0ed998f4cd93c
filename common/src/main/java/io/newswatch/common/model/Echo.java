package io.newswatch.common.model;

import java.time.Instant;

/**
 * A later appearance of an alerted statement, on {@code alerts.echoes} (key: the first alert's id).
 *
 * @param schemaVersion record layout version
 * @param alertId the alert of the first appearance
 * @param watchId the watch of that alert
 * @param statementId the echoing statement
 * @param sourceId the catalogue source that carried the echo
 * @param outlet its outlet id
 * @param url the echoing article
 * @param publishedAt its publication time, or null
 * @param seenAt when the alert service saw it
 * @param kind verbatim, near or translation
 * @param confidence similarity in [0, 1]; 1 for verbatim
 */
public record Echo(
    int schemaVersion,
    String alertId,
    String watchId,
    String statementId,
    String sourceId,
    String outlet,
    String url,
    Instant publishedAt,
    Instant seenAt,
    EchoKind kind,
    double confidence) {
  public static final int CURRENT_VERSION = 1;

  public Echo {
    schemaVersion = Require.version(schemaVersion, CURRENT_VERSION);
    Require.text(alertId, "alertId");
    Require.text(statementId, "statementId");
    Require.present(kind, "echo kind");
    Require.present(seenAt, "seenAt");
    if (confidence < 0 || confidence > 1 || Double.isNaN(confidence)) {
      throw new IllegalArgumentException("echo confidence must be within [0, 1]");
    }
  }
}
