package io.newswatch.bench;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** {@code --name value} and {@code --flag} arguments; an unknown name is an error, not a silent default. */
public final class Options {
  private final Map<String, String> values = new HashMap<>();
  private final Set<String> flags = new HashSet<>();

  private Options() {}

  /**
   * Parses the arguments.
   *
   * @param valued names that take a value
   * @param flagNames names that take none
   * @throws IllegalArgumentException naming the argument that is not understood
   */
  public static Options parse(String[] args, Set<String> valued, Set<String> flagNames) {
    Options o = new Options();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      String name = a;
      String value = null;
      int eq = a.indexOf('=');
      if (a.startsWith("--") && eq > 0) {
        name = a.substring(0, eq);
        value = a.substring(eq + 1);
      }
      if (flagNames.contains(name) && value == null) {
        o.flags.add(name);
      } else if (valued.contains(name)) {
        if (value == null) {
          if (i + 1 >= args.length) {
            throw new IllegalArgumentException(name + " needs a value");
          }
          value = args[++i];
        }
        o.values.put(name, value);
      } else {
        throw new IllegalArgumentException("unknown argument " + a);
      }
    }
    return o;
  }

  public String get(String name, String fallback) {
    return values.getOrDefault(name, fallback);
  }

  public String get(String name) {
    return values.get(name);
  }

  public int integer(String name, int fallback) {
    String v = values.get(name);
    if (v == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number, not '" + v + "'");
    }
  }

  public boolean flag(String name) {
    return flags.contains(name);
  }
}
