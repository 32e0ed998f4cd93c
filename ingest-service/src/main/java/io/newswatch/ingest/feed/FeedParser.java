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
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * Reads RSS (0.9x, 1.0, 2.0) and Atom (0.3, 1.0) with rome. The charset comes from the byte order
 * mark, the XML declaration or the HTTP Content-Type, in rome's {@link XmlReader} order, so UTF-8,
 * Windows-1251 and KOI8-R feeds all decode. DOCTYPE declarations are refused outright: no feed
 * needs one, and refusing them closes both external entities (XXE) and entity expansion
 * ("billion laughs").
 */
public final class FeedParser {

  /** A parsed feed: its title and its items, in feed order. */
  public record ParsedFeed(String title, List<FeedItem> items) {}

  public ParsedFeed parse(byte[] body, String contentType, String feedUrl) throws FeedParseException {
    SyndFeedInput input = new SyndFeedInput();
    // rome's default, set explicitly because the safety of every poll depends on it.
    input.setAllowDoctypes(false);
    SyndFeed feed;
    try (XmlReader reader = new XmlReader(new ByteArrayInputStream(body), contentType, true)) {
      feed = input.build(reader);
    } catch (FeedException | IOException | IllegalArgumentException e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      if (message.toLowerCase(Locale.ROOT).contains("doctype")) {
        message = "DOCTYPE declarations are refused (no external entities, no entity expansion): " + message;
      }
      throw new FeedParseException("cannot parse feed " + feedUrl + ": " + message, e);
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
