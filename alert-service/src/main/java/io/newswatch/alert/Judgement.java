package io.newswatch.alert;

import io.newswatch.common.model.Alert;
import io.newswatch.common.model.Echo;

/** What judging a statement produced: alerts for watches, echoes for earlier alerts. */
sealed interface Judgement {
  /** A new alert; {@code ownTopic} when its watch also wants it on {@code alerts.<id>}. */
  record AlertOut(Alert alert, boolean ownTopic) implements Judgement {}

  /** A later appearance of an alerted statement. */
  record EchoOut(Echo echo) implements Judgement {}
}
