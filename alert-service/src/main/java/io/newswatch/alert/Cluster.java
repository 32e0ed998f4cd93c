package io.newswatch.alert;

import java.util.Map;
import java.util.TreeMap;

/**
 * A statement's first appearance and its echoes (key: the cluster id, the wording key of the first
 * appearance), with the alert each watch raised for it.
 *
 * @param id cluster id
 * @param speakerId the speaker
 * @param translatedFrom the cluster this one is a probable translation of, or null
 * @param alerts alert id per watch id
 */
record Cluster(String id, String speakerId, String translatedFrom, Map<String, String> alerts) {
  Cluster {
    alerts = alerts == null ? Map.of() : Map.copyOf(new TreeMap<>(alerts));
  }

  Cluster withAlert(String watchId, String alertId) {
    Map<String, String> more = new TreeMap<>(alerts);
    more.put(watchId, alertId);
    return new Cluster(id, speakerId, translatedFrom, more);
  }

  /** Alerts in watch-id order, so the echoes of one statement come out in the same order every run. */
  Map<String, String> sortedAlerts() {
    return new TreeMap<>(alerts);
  }
}
