package io.newswatch.alert;

import io.newswatch.common.model.Watch;

/**
 * A record of the watches topic as the alert service holds it: a valid watch, or the reason the
 * bytes are not one. The global store must never fail to read a value, or one bad record on the
 * compacted topic would stop the service at every start.
 */
record WatchSlot(Watch watch, String problem) {
  static WatchSlot valid(Watch watch) {
    return new WatchSlot(watch, null);
  }

  static WatchSlot invalid(String problem) {
    return new WatchSlot(null, problem);
  }

  boolean isValid() {
    return watch != null;
  }
}
