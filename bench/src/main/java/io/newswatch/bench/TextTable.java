package io.newswatch.bench;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table with aligned columns; numbers go right, text goes left. */
public final class TextTable {
  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  public TextTable(String... header) {
    this.header = List.of(header);
  }

  public TextTable row(Object... cells) {
    List<String> r = new ArrayList<>();
    for (Object c : cells) {
      r.add(String.valueOf(c));
    }
    rows.add(r);
    return this;
  }

  @Override
  public String toString() {
    int[] width = new int[header.size()];
    boolean[] numeric = new boolean[header.size()];
    java.util.Arrays.fill(numeric, true);
    for (int i = 0; i < header.size(); i++) {
      width[i] = header.get(i).length();
    }
    for (List<String> r : rows) {
      for (int i = 0; i < r.size() && i < width.length; i++) {
        width[i] = Math.max(width[i], r.get(i).length());
        if (!r.get(i).matches("[-+]?[0-9.,]+[x%]?|NaN|-")) {
          numeric[i] = false;
        }
      }
    }
    StringBuilder out = new StringBuilder();
    line(out, header, width, new boolean[width.length]);
    StringBuilder rule = new StringBuilder();
    for (int i = 0; i < width.length; i++) {
      rule.append(i == 0 ? "" : "  ").append("-".repeat(width[i]));
    }
    out.append(rule).append('\n');
    for (List<String> r : rows) {
      line(out, r, width, numeric);
    }
    return out.toString();
  }

  private static void line(StringBuilder out, List<String> cells, int[] width, boolean[] right) {
    StringBuilder l = new StringBuilder();
    for (int i = 0; i < width.length; i++) {
      String c = i < cells.size() ? cells.get(i) : "";
      String pad = " ".repeat(Math.max(0, width[i] - c.length()));
      l.append(i == 0 ? "" : "  ").append(right[i] ? pad + c : c + pad);
    }
    out.append(l.toString().stripTrailing()).append('\n');
  }
}
