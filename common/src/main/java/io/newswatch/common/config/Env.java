package io.newswatch.common.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Typed reads of environment variables over defaults. The config records of the services are the
 * only callers: nothing else in Newswatch reads the environment. Every parse failure is a {@link
 * ConfigException} naming the variable, the value and what was expected.
 */
public final class Env {
  private final Map<String, String> vars;

  public Env(Map<String, String> vars) {
    this.vars = Map.copyOf(vars);
  }

  /** The process environment. */
  public static Env system() {
    return new Env(System.getenv());
  }

  public Map<String, String> asMap() {
    return vars;
  }

  /** The raw value, when set and not blank. */
  public Optional<String> raw(String name) {
    String value = vars.get(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }

  public String string(String name, String fallback) {
    return raw(name).orElse(fallback);
  }

  public String required(String name) {
    return raw(name).orElseThrow(() -> new ConfigException(name, "is required but not set"));
  }

  public int integer(String name, int fallback, int min, int max) {
    Optional<String> value = raw(name);
    if (value.isEmpty()) {
      return fallback;
    }
    int parsed;
    try {
      parsed = Integer.parseInt(value.get());
    } catch (NumberFormatException e) {
      throw new ConfigException(name, "'" + value.get() + "' is not a whole number");
    }
    if (parsed < min || parsed > max) {
      throw new ConfigException(
          name, parsed + " is out of range (expected " + min + " to " + max + ")");
    }
    return parsed;
  }

  public double decimal(String name, double fallback, double min, double max) {
    Optional<String> value = raw(name);
    if (value.isEmpty()) {
      return fallback;
    }
    double parsed;
    try {
      parsed = Double.parseDouble(value.get());
    } catch (NumberFormatException e) {
      throw new ConfigException(name, "'" + value.get() + "' is not a number");
    }
    if (!(parsed >= min && parsed <= max)) {
      throw new ConfigException(
          name, value.get() + " is out of range (expected " + min + " to " + max + ")");
    }
    return parsed;
  }

  public int port(String name, int fallback) {
    return integer(name, fallback, 0, 65_535);
  }

  public boolean bool(String name, boolean fallback) {
    Optional<String> value = raw(name);
    if (value.isEmpty()) {
      return fallback;
    }
    return switch (value.get().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "1", "on" -> true;
      case "false", "no", "0", "off" -> false;
      default -> throw new ConfigException(name, "'" + value.get() + "' is not true or false");
    };
  }

  /** An ISO-8601 duration ({@code PT30S}) or a number with a unit: {@code 500ms}, {@code 30s}, {@code 5m}, {@code 2h}, {@code 30d}. */
  public Duration duration(String name, Duration fallback, Duration min, Duration max) {
    Optional<String> value = raw(name);
    if (value.isEmpty()) {
      return fallback;
    }
    Duration parsed = parseDuration(name, value.get());
    if (parsed.compareTo(min) < 0 || parsed.compareTo(max) > 0) {
      throw new ConfigException(
          name, value.get() + " is out of range (expected " + min + " to " + max + ")");
    }
    return parsed;
  }

  public Path path(String name, Path fallback) {
    return raw(name).map(Path::of).orElse(fallback);
  }

  /** An absolute http(s) URL. */
  public Optional<URI> url(String name) {
    Optional<String> value = raw(name);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(value.get());
      if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
        throw new ConfigException(name, "'" + value.get() + "' is not an absolute http(s) URL");
      }
      return Optional.of(uri);
    } catch (java.net.URISyntaxException e) {
      throw new ConfigException(name, "'" + value.get() + "' is not a URL: " + e.getReason());
    }
  }

  /** A comma-separated list; empty when unset. */
  public List<String> list(String name) {
    return raw(name)
        .map(v -> Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList())
        .orElse(List.of());
  }

  static Duration parseDuration(String name, String text) {
    String value = text.trim().toLowerCase(Locale.ROOT);
    try {
      if (value.startsWith("p")) {
        return Duration.parse(value.toUpperCase(Locale.ROOT));
      }
      int unitStart = 0;
      while (unitStart < value.length() && Character.isDigit(value.charAt(unitStart))) {
        unitStart++;
      }
      if (unitStart == 0) {
        throw new ConfigException(name, "'" + text + "' is not a duration (e.g. 30s, 5m, PT5M)");
      }
      long amount = Long.parseLong(value.substring(0, unitStart));
      return switch (value.substring(unitStart)) {
        case "ms" -> Duration.ofMillis(amount);
        case "s", "" -> Duration.ofSeconds(amount);
        case "m" -> Duration.ofMinutes(amount);
        case "h" -> Duration.ofHours(amount);
        case "d" -> Duration.ofDays(amount);
        default -> throw new ConfigException(
            name, "'" + text + "' has an unknown unit (use ms, s, m, h, d or ISO-8601)");
      };
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new ConfigException(name, "'" + text + "' is not a duration (e.g. 30s, 5m, PT5M)");
    }
  }
}
