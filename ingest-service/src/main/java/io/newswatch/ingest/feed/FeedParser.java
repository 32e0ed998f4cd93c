package io.newswatch.ingest.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.newswatch.common.text.Texts;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads RSS (0.9x, 1.0, 2.0) and Atom (0.3, 1.0) with rome. UTF-16 and UTF-32 are recognised
 * here by byte order mark or byte layout; otherwise the charset comes from the byte order mark,
 * the XML declaration or the (normalised) HTTP Content-Type, in rome's {@link XmlReader} order,
 * so UTF-8, Windows-1251 and KOI8-R feeds all decode. DOCTYPE declarations are refused outright: no feed
 * needs one, and refusing them closes both external entities (XXE) and entity expansion
 * ("billion laughs").
 */
public final class FeedParser {
  private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
  private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

  /** A parsed feed: its title and its items, in feed order. */
  public record ParsedFeed(String title, List<FeedItem> items) {}

  public ParsedFeed parse(byte[] body, String contentType, String feedUrl) throws FeedParseException {
    SyndFeed feed;
    try {
      feed = build(body, normaliseContentType(contentType));
    } catch (FeedException | IOException | IllegalArgumentException e) {
      throw new FeedParseException("cannot parse feed " + feedUrl + ": " + reason(e, body), e);
    }
    List<FeedItem> items = new ArrayList<>();
    for (SyndEntry entry : feed.getEntries()) {
      String link = absolute(feedUrl, firstNonBlank(entry.getLink(), linkFromUri(entry.getUri())));
      if (link == null) {
        continue; // an item without a link has no article to fetch
      }
      String key = firstNonBlank(entry.getUri(), link);
      String content = null;
      for (SyndContent c : entry.getContents()) {
        if (c.getValue() != null && !c.getValue().isBlank() && (content == null || c.getValue().length() > content.length())) {
          content = c.getValue();
        }
      }
      String summary = entry.getDescription() == null ? null : entry.getDescription().getValue();
      items.add(
          new FeedItem(
              Texts.nfc(key.trim()),
              link,
              Texts.nfc(entry.getTitle() == null ? "" : entry.getTitle().trim()),
              instant(entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate()),
              blankToNull(Texts.nfc(entry.getAuthor())),
              Texts.nfc(content),
              Texts.nfc(summary)));
    }
    return new ParsedFeed(Texts.nfc(feed.getTitle()), List.copyOf(items));
  }

  /**
   * Builds the feed. UTF-16 and UTF-32 (by byte order mark, or by the layout of the leading
   * {@code <}) are decoded here, since rome's reader takes UTF-16LE for big-endian and knows no
   * UTF-32; everything else goes through rome's {@link XmlReader}. An unknown charset in the HTTP
   * header is dropped for the document's own; an unknown one in the document leaves UTF-8.
   */
  private static SyndFeed build(byte[] body, String contentType) throws FeedException, IOException {
    Charset wide = wideCharset(body);
    if (wide != null) {
      return input().build(new StringReader(decode(body, wide)));
    }
    try {
      return buildWithXmlReader(body, contentType);
    } catch (UnsupportedEncodingException e) {
      String mediaType = contentType == null ? null : contentType.split(";", 2)[0].strip();
      if (contentType != null && !contentType.equals(mediaType)) {
        try {
          return buildWithXmlReader(body, mediaType);
        } catch (UnsupportedEncodingException again) {
          // the document's own declaration is unknown too
        }
      }
      return input().build(new StringReader(new String(body, StandardCharsets.UTF_8)));
    }
  }

  private static SyndFeed buildWithXmlReader(byte[] body, String contentType) throws FeedException, IOException {
    try (XmlReader reader = new XmlReader(new ByteArrayInputStream(body), contentType, true)) {
      return input().build(reader);
    }
  }

  private static SyndFeedInput input() {
    SyndFeedInput input = new SyndFeedInput();
    // rome's default, set explicitly because the safety of every poll depends on it.
    input.setAllowDoctypes(false);
    return input;
  }

  /**
   * The charset of a UTF-16 or UTF-32 document, from its byte order mark or from the zero bytes
   * around its leading {@code <}; null for every other (byte-oriented) encoding.
   */
  public static Charset wideCharset(byte[] b) {
    if (b.length >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF) {
      return UTF_32BE;
    }
    if (b.length >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0) {
      return UTF_32LE;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    if (b.length >= 4) {
      if (b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] == '<') {
        return UTF_32BE;
      }
      if (b[0] == '<' && b[1] == 0 && b[2] == 0 && b[3] == 0) {
        return UTF_32LE;
      }
      if (b[0] == 0 && b[1] == '<' && b[2] == 0 && b[3] != 0) {
        return StandardCharsets.UTF_16BE;
      }
      if (b[0] == '<' && b[1] == 0 && b[2] != 0 && b[3] == 0) {
        return StandardCharsets.UTF_16LE;
      }
    }
    return null;
  }

  private static String decode(byte[] body, Charset charset) {
    String text = new String(body, charset);
    return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
  }

  /**
   * The Content-Type as rome's reader wants it: {@code charset= "us-ascii"} (a space, quotes)
   * becomes {@code charset=us-ascii}, and a charset this JVM does not know is dropped, so the
   * document's own declaration decides.
   */
  static String normaliseContentType(String contentType) {
    if (contentType == null || contentType.isBlank()) {
      return null;
    }
    String[] parts = contentType.split(";");
    StringBuilder out = new StringBuilder(parts[0].strip());
    for (int i = 1; i < parts.length; i++) {
      String param = parts[i].strip();
      int eq = param.indexOf('=');
      if (eq < 0) {
        continue;
      }
      String name = param.substring(0, eq).strip().toLowerCase(Locale.ROOT);
      String value = param.substring(eq + 1).strip().replaceAll("^[\"']+|[\"']+$", "").strip();
      if (name.equals("charset")) {
        if (value.isEmpty() || !supported(value)) {
          continue;
        }
      }
      out.append("; ").append(name).append('=').append(value);
    }
    return out.toString();
  }

  private static boolean supported(String charset) {
    try {
      return Charset.isSupported(charset);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** What went wrong, for people: never empty, and rome's NullPointerException on a channel-less RSS named. */
  private static String reason(Exception e, byte[] body) {
    String message = e.getMessage() == null || e.getMessage().isBlank() ? null : e.getMessage();
    if (hasCause(e, NullPointerException.class) && rssWithoutChannel(body)) {
      return "RSS without <channel>";
    }
    if (e instanceof UnsupportedEncodingException) {
      return "unsupported encoding" + (message == null ? "" : " '" + message + "'");
    }
    if (message == null) {
      Throwable root = e;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      message = root == e ? e.getClass().getSimpleName()
          : e.getClass().getSimpleName() + " (" + root.getClass().getSimpleName()
              + (root.getMessage() == null ? "" : ": " + root.getMessage()) + ")";
    }
    if (message.toLowerCase(Locale.ROOT).contains("doctype")) {
      message = "DOCTYPE declarations are refused (no external entities, no entity expansion): " + message;
    }
    return message;
  }

  private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern ROOT_ELEMENT = Pattern.compile("<([A-Za-z_][\\w.:-]*)");

  /** Whether the document's root element is rss (or RDF) with no channel element anywhere. */
  private static boolean rssWithoutChannel(byte[] body) {
    Charset wide = wideCharset(body);
    String text = wide != null ? decode(body, wide) : new String(body, StandardCharsets.ISO_8859_1);
    String withoutProlog = text.replaceAll("(?s)<\\?.*?\\?>|<!--.*?-->|<!\\[CDATA\\[.*?]]>", "");
    Matcher root = ROOT_ELEMENT.matcher(withoutProlog);
    if (!root.find()) {
      return false;
    }
    String name = root.group(1).toLowerCase(Locale.ROOT);
    boolean rss = name.equals("rss") || name.endsWith(":rdf") || name.equals("rdf");
    return rss && !Pattern.compile("<([\\w.-]+:)?channel[\\s>/]").matcher(withoutProlog).find();
  }

  private static String linkFromUri(String uri) {
    return uri != null && (uri.startsWith("http://") || uri.startsWith("https://")) ? uri : null;
  }

  private static String absolute(String base, String link) {
    if (link == null) {
      return null;
    }
    try {
      URI resolved = URI.create(base).resolve(link.trim());
      String scheme = resolved.getScheme() == null ? "" : resolved.getScheme().toLowerCase(Locale.ROOT);
      return scheme.equals("http") || scheme.equals("https") ? resolved.toString() : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }

  private static String firstNonBlank(String a, String b) {
    return a != null && !a.isBlank() ? a : b != null && !b.isBlank() ? b : null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
