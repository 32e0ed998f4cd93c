package io.newswatch.bench.sweep;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a test feed says about itself. feedparser's test files open with a comment of
 * {@code Key: value} lines: {@code Description}, {@code Expect} (what a correct parser makes of
 * the file) and, for some, {@code Header} (the HTTP header the file is to be served with). The
 * comment is in the file's own encoding, which may be UTF-16 or UTF-32, so the bytes are sniffed
 * the way an XML parser would before the comment is read.
 */
record FeedFile(String description, String expect, String headerName, String headerValue) {
  private static final Pattern COMMENT = Pattern.compile("<!--(.*?)-->", Pattern.DOTALL);
  private static final Pattern LINE = Pattern.compile("^\\s*([A-Za-z][A-Za-z-]*):\\s*(.*?)\\s*$", Pattern.MULTILINE);

  static final FeedFile NONE = new FeedFile(null, null, null, null);

  /** The Content-Type the file asks to be served with, or null. */
  String contentType() {
    return headerName != null && headerName.equalsIgnoreCase("content-type") ? headerValue : null;
  }

  static FeedFile read(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 8192), sniff(bytes));
    Matcher m = COMMENT.matcher(head);
    if (!m.find() || m.start() > 400) {
      return NONE;
    }
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher line = LINE.matcher(m.group(1));
    while (line.find()) {
      fields.putIfAbsent(line.group(1).toLowerCase(Locale.ROOT), line.group(2));
    }
    String header = fields.get("header");
    String name = null;
    String value = null;
    if (header != null && header.indexOf(':') > 0) {
      name = header.substring(0, header.indexOf(':')).trim();
      value = header.substring(header.indexOf(':') + 1).trim();
    }
    return new FeedFile(fields.get("description"), fields.get("expect"), name, value);
  }

  /** The encoding from a byte order mark or the layout of "<?" in the first bytes; else Latin-1. */
  static Charset sniff(byte[] b) {
    int b0 = b.length > 0 ? b[0] & 0xff : -1;
    int b1 = b.length > 1 ? b[1] & 0xff : -1;
    int b2 = b.length > 2 ? b[2] & 0xff : -1;
    int b3 = b.length > 3 ? b[3] & 0xff : -1;
    if (b0 == 0 && b1 == 0 && b2 == 0xfe && b3 == 0xff || b0 == 0 && b1 == 0 && b2 == 0 && b3 == '<') {
      return Charset.forName("UTF-32BE");
    }
    if (b0 == 0xff && b1 == 0xfe && b2 == 0 && b3 == 0 || b0 == '<' && b1 == 0 && b2 == 0 && b3 == 0) {
      return Charset.forName("UTF-32LE");
    }
    if (b0 == 0xfe && b1 == 0xff || b0 == 0 && b1 == '<') {
      return StandardCharsets.UTF_16BE;
    }
    if (b0 == 0xff && b1 == 0xfe || b0 == '<' && b1 == 0) {
      return StandardCharsets.UTF_16LE;
    }
    return StandardCharsets.ISO_8859_1;
  }
}
