package io.newswatch.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newswatch.alert.AlertJson;
import io.newswatch.common.json.Json;
import io.newswatch.common.model.Alert;
import io.newswatch.common.model.Echo;
import io.newswatch.common.model.Speaker;
import io.newswatch.common.model.Statement;
import io.newswatch.common.model.TopicMatch;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How {@code newswatch alerts} shows an alert: a block for the terminal with its echoes under it,
 * or one JSON line (the alert's fields plus an {@code echoes} list, the same shape as the alert
 * service's {@code /alerts}).
 */
final class AlertPrinter {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final int WIDTH = 100;

  private AlertPrinter() {}

  /** The alert and the echoes recorded so far, as a block of lines for a terminal. */
  static String terminal(Alert alert, List<Echo> echoes) {
    Statement statement = alert.statement();
    StringBuilder out = new StringBuilder();
    out.append("ALERT ").append(alert.watchId());
    if (alert.watchName() != null && !alert.watchName().equals(alert.watchId())) {
      out.append(" (").append(alert.watchName()).append(')');
    }
    out.append("  ").append(TIME.format(alert.detectedAt())).append('\n');
    out.append("  ").append(speaker(statement.speaker()))
        .append(" | ").append(nonBlank(statement.article().outlet(), statement.article().sourceId()))
        .append(" | ").append(statement.language().tag())
        .append(" | ").append(statement.kind().json()).append('\n');
    for (String line : wrap("\"" + statement.text() + "\"", WIDTH - 4)) {
      out.append("    ").append(line).append('\n');
    }
    if (alert.transliteration() != null && !alert.transliteration().equals(statement.text())) {
      for (String line : wrap("latin: " + alert.transliteration(), WIDTH - 4)) {
        out.append("    ").append(line).append('\n');
      }
    }
    out.append("  topics: ").append(topics(alert.topics()))
        .append(" (matched on ").append(alert.matchedOn().json()).append(")\n");
    out.append("  ").append(statement.article().url()).append('\n');
    out.append("  published ").append(time(statement.article().publishedAt()))
        .append(", alert after ").append(latency(alert.latencyFromPublishedMs()))
        .append(" (").append(latency(alert.latencyFromFetchedMs())).append(" after fetch)\n");
    if (echoes.isEmpty()) {
      out.append("  no echoes yet");
    } else {
      out.append("  echoes (").append(echoes.size()).append("):");
      for (Echo echo : echoes) {
        out.append('\n').append("    ").append(echoLine(echo));
      }
    }
    return out.toString();
  }

  /** An echo that arrived after its alert was shown, as one line. */
  static String terminalEcho(Echo echo) {
    return "ECHO of " + echo.alertId().substring(0, Math.min(12, echo.alertId().length()))
        + " (" + echo.watchId() + "): " + echoLine(echo);
  }

  /** The alert with its echoes as one JSON line. */
  static String jsonLine(Alert alert, List<Echo> echoes) {
    return AlertJson.line(alert, echoes);
  }

  /** An echo as one JSON line, marked so a reader can tell it from an alert line. */
  static String jsonEcho(Echo echo) {
    ObjectNode node = Json.mapper().valueToTree(echo);
    node.put("type", "echo");
    return node.toString();
  }

  private static String echoLine(Echo echo) {
    return String.format(
        Locale.ROOT,
        "%-11s %4.2f  %-12s %s  %s",
        echo.kind().json(),
        echo.confidence(),
        nonBlank(echo.outlet(), echo.sourceId()),
        time(echo.publishedAt() != null ? echo.publishedAt() : echo.seenAt()),
        echo.url() == null ? "" : echo.url());
  }

  private static String speaker(Speaker speaker) {
    StringBuilder out = new StringBuilder(speaker.name());
    List<String> about = new ArrayList<>();
    if (speaker.role() != null && !speaker.role().isBlank()) {
      about.add(speaker.role());
    }
    if (speaker.country() != null && !speaker.country().isBlank()) {
      about.add(speaker.country());
    }
    if (!about.isEmpty()) {
      out.append(" (").append(String.join(", ", about)).append(')');
    }
    return out.toString();
  }

  private static String topics(List<TopicMatch> topics) {
    List<String> parts = new ArrayList<>();
    for (TopicMatch topic : topics) {
      String terms = topic.terms().isEmpty() ? "" : ": " + String.join(", ", topic.terms().stream().limit(4).toList());
      parts.add(String.format(Locale.ROOT, "%s %.1f%s", topic.topicId(), topic.score(), terms));
    }
    return parts.isEmpty() ? "-" : String.join("; ", parts);
  }

  private static String time(Instant instant) {
    return instant == null ? "unknown" : TIME.format(instant);
  }

  static String latency(Long millis) {
    if (millis == null) {
      return "unknown";
    }
    Duration d = Duration.ofMillis(Math.abs(millis));
    String sign = millis < 0 ? "-" : "";
    if (d.toSeconds() < 1) {
      return sign + d.toMillis() + " ms";
    }
    if (d.toMinutes() < 1) {
      return sign + String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }
    if (d.toHours() < 1) {
      return sign + d.toMinutes() + " min " + d.toSecondsPart() + " s";
    }
    if (d.toDays() < 1) {
      return sign + d.toHours() + " h " + d.toMinutesPart() + " min";
    }
    return sign + d.toDays() + " d " + d.toHoursPart() + " h";
  }

  private static String nonBlank(String first, String second) {
    return first != null && !first.isBlank() ? first : second == null ? "" : second;
  }

  /** Word-wraps for the terminal; a word longer than the width gets a line of its own. */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split("\\s+")) {
      if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (!line.isEmpty()) {
        line.append(' ');
      }
      line.append(word);
    }
    if (!line.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }
}
