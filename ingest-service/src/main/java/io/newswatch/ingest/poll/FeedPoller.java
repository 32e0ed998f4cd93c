package io.newswatch.ingest.poll;

import io.newswatch.common.Ids;
import io.newswatch.common.model.Article;
import io.newswatch.common.model.FeedState;
import io.newswatch.common.model.Language;
import io.newswatch.common.model.Listing;
import io.newswatch.common.model.Source;
import io.newswatch.common.text.Texts;
import io.newswatch.ingest.IngestMetrics;
import io.newswatch.ingest.extract.ArticleExtractor;
import io.newswatch.ingest.extract.CanonicalUrls;
import io.newswatch.ingest.extract.ExtractedArticle;
import io.newswatch.ingest.extract.ExtractionException;
import io.newswatch.ingest.feed.FeedItem;
import io.newswatch.ingest.feed.FeedParseException;
import io.newswatch.ingest.feed.FeedParser;
import io.newswatch.ingest.fetch.FetchException;
import io.newswatch.ingest.fetch.FetchResult;
import io.newswatch.ingest.fetch.Fetcher;
import io.newswatch.ingest.fetch.HostPolicy;
import io.newswatch.ingest.fetch.Outcome;
import io.newswatch.ingest.poll.ArticleClaims.Claim;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls one feed or listing page once: conditional GET, parse, pick the items not seen before,
 * fetch and extract each, and return the articles with the feed's new state. No Kafka here: the
 * caller writes the result in one transaction, and only then is the state considered advanced.
 */
public final class FeedPoller {
  private static final Logger LOG = LoggerFactory.getLogger(FeedPoller.class);
  /** A feed whose own content is at least this long needs no page fetch. */
  private static final int FULL_TEXT_CHARS = 600;

  private final Fetcher fetcher;
  private final FeedParser parser = new FeedParser();
  private final ArticleExtractor extractor;
  private final IngestMetrics metrics;
  private final int seenLimit;
  private final int maxItemsPerPoll;

  public FeedPoller(Fetcher fetcher, IngestMetrics metrics, int seenLimit, int maxItemsPerPoll) {
    this(fetcher, metrics, seenLimit, maxItemsPerPoll, new ArticleExtractor());
  }

  FeedPoller(Fetcher fetcher, IngestMetrics metrics, int seenLimit, int maxItemsPerPoll, ArticleExtractor extractor) {
    this.extractor = extractor;
    this.fetcher = fetcher;
    this.metrics = metrics;
    this.seenLimit = seenLimit;
    this.maxItemsPerPoll = maxItemsPerPoll;
  }

  /** The host policy of a source: the hosts of its configured URLs and the ones it lists. */
  public static HostPolicy policyOf(Source source) {
    List<String> urls = new ArrayList<>(source.feeds());
    source.listings().forEach(l -> urls.add(l.url()));
    return HostPolicy.of(urls, source.hosts());
  }

  /**
   * Polls {@code feedUrl} of {@code source}.
   *
   * @param previous the feed's state, or null on the first poll
   * @param claims whether an article id is this poll's to emit, or emitted already for the source's
   *     outlet (through another of its feeds), or held by another poll; asked before an article is
   *     fetched, and a "free" reserves the id for this poll
   */
  public PollResult poll(Source source, String feedUrl, FeedState previous, ArticleClaims claims)
      throws InterruptedException {
    Instant now = Instant.now();
    HostPolicy policy = policyOf(source);
    Listing listing = source.listings().stream().filter(l -> l.url().equals(feedUrl)).findFirst().orElse(null);
    FetchResult response;
    try {
      response =
          fetcher.fetch(
              URI.create(feedUrl), policy,
              previous == null ? null : previous.etag(),
              previous == null ? null : previous.lastModified());
    } catch (FetchException e) {
      metrics.fetch(source.id(), "feed", e.outcome(), e.status(), 0, null);
      return failed(source, feedUrl, previous, e.outcome(), e.getMessage(), e.retryAt(), now);
    } catch (IllegalArgumentException e) {
      return failed(source, feedUrl, previous, Outcome.BAD_URL, e.getMessage(), null, now);
    }
    metrics.fetch(source.id(), "feed", response.notModified() ? Outcome.NOT_MODIFIED : Outcome.OK,
        response.status(), response.wireBytes(), response.latency());
    if (response.notModified()) {
      // Nothing changed: no parse, no items, only the freshness advances.
      FeedState state = new FeedState(0, feedUrl, source.id(), response.etag(), response.lastModified(),
          previous == null ? List.of() : previous.seenItems(), now, 0, now);
      return new PollResult(Outcome.NOT_MODIFIED, state, List.of(), List.of(), null, false);
    }
    if (!isText(response.body())) {
      return failed(source, feedUrl, previous, Outcome.NOT_TEXT, "response is binary, not a feed or page", null, now);
    }
    List<FeedItem> items;
    try {
      items = listing == null ? parseFeed(source, feedUrl, response) : parseListing(listing, response);
    } catch (FeedParseException e) {
      return failed(source, feedUrl, previous, Outcome.PARSE_ERROR, e.getMessage(), null, now);
    }

    Set<String> previouslySeen = previous == null ? Set.of() : Set.copyOf(previous.seenItems());
    List<FeedItem> fresh = new ArrayList<>();
    List<String> stillListed = new ArrayList<>();
    for (FeedItem item : items) {
      String key = itemKey(item);
      if (previouslySeen.contains(key)) {
        stillListed.add(key);
      } else {
        fresh.add(item);
      }
    }
    metrics.items(source.id(), fresh.size(), items.size() - fresh.size());
    // Oldest first, so a capped poll takes the backlog in order and articles arrive in time order.
    fresh.sort(Comparator.comparing(FeedItem::publishedAt, Comparator.nullsFirst(Comparator.naturalOrder())));
    boolean more = fresh.size() > maxItemsPerPoll;
    if (more) {
      fresh = fresh.subList(0, maxItemsPerPoll);
    }

    List<Article> articles = new ArrayList<>();
    List<ErrorRecord> errors = new ArrayList<>();
    List<String> done = new ArrayList<>();
    Set<String> idsThisPoll = new LinkedHashSet<>();
    // An item another poll holds is not done: that poll may yet fail or be dropped (its feed moved
    // to another owner while the broker was away), and had this poll recorded the item as seen,
    // the article would never come out.
    boolean leftForLater = false;
    for (FeedItem item : fresh) {
      // The cleaned link usually is the canonical URL: a second link to a known article costs no fetch.
      String linkId = Ids.hash(CanonicalUrls.clean(item.link()));
      if (idsThisPoll.contains(linkId)) {
        done.add(itemKey(item)); // an earlier item of this poll had the same link
        continue;
      }
      Claim byLink = claims.claim(linkId);
      leftForLater |= byLink == Claim.HELD;
      if (taken(byLink, itemKey(item), done)) {
        continue;
      }
      try {
        Article article = article(source, feedUrl, item, policy, now);
        idsThisPoll.add(linkId);
        if (!article.id().equals(linkId)) {
          // The page named another canonical address: perhaps the same article through another
          // link of this poll, or through another feed of this outlet.
          if (!idsThisPoll.add(article.id())) {
            done.add(itemKey(item));
            continue;
          }
          Claim byId = claims.claim(article.id());
          leftForLater |= byId == Claim.HELD;
          if (taken(byId, itemKey(item), done)) {
            continue;
          }
        }
        done.add(itemKey(item));
        articles.add(article);
        done.add(articleKey(article.id()));
      } catch (FetchException e) {
        if (!e.outcome().transientFailure()) {
          done.add(itemKey(item)); // refused for good: do not knock again on every poll
        }
        metrics.fetch(source.id(), "article", e.outcome(), e.status(), 0, null);
        errors.add(ErrorRecord.of(source.id(), feedUrl, item.link(), "article", e.outcome(), e.getMessage()));
      } catch (RuntimeException e) {
        // A bug met on one item (in extraction, say) costs that item only: it is counted, recorded
        // with its stack's first frame for the operator, marked done so it is not retried on every
        // poll, and the feed's other items still flow.
        LOG.warn("Unexpected failure on item {} of feed {} ({})", item.link(), feedUrl, source.id(), e);
        done.add(itemKey(item));
        metrics.extractionFailure(source.id(), Outcome.UNEXPECTED_ERROR);
        errors.add(ErrorRecord.of(source.id(), feedUrl, item.link(), "article", Outcome.UNEXPECTED_ERROR,
            describe(e)));
      }
    }
    List<String> seen = new ArrayList<>(previous == null ? List.of() : previous.seenItems());
    seen.removeAll(stillListed);
    seen.addAll(stillListed); // items still in the feed stay at the recent end and are never trimmed
    seen.addAll(done);
    List<String> bounded = seen.size() > seenLimit ? seen.subList(seen.size() - seenLimit, seen.size()) : seen;
    // With an item left for later the validators are not kept: the feed may not change before the
    // next poll, whose conditional request would then be answered 304 and never list it again.
    FeedState state = new FeedState(0, feedUrl, source.id(), leftForLater ? null : response.etag(),
        leftForLater ? null : response.lastModified(), List.copyOf(new LinkedHashSet<>(bounded)), now, 0, now);
    return new PollResult(Outcome.OK, state, List.copyOf(articles), List.copyOf(errors), null, more);
  }

  /**
   * Whether an item whose article has {@code claim} is not this poll's: done for good when the
   * article was emitted (recorded in {@code done}), left for a later poll when another holds it.
   */
  private static boolean taken(Claim claim, String itemKey, List<String> done) {
    if (claim == Claim.EMITTED) {
      done.add(itemKey);
    }
    return claim != Claim.FREE;
  }

  private List<FeedItem> parseFeed(Source source, String feedUrl, FetchResult response) throws FeedParseException {
    metrics.feedParsed(source.id());
    return parser.parse(response.body(), response.contentType(), response.url().toString()).items();
  }

  private List<FeedItem> parseListing(Listing listing, FetchResult response) {
    Document doc = Jsoup.parse(new String(response.body(), charset(response)), response.url().toString());
    List<FeedItem> items = new ArrayList<>();
    Set<String> links = new LinkedHashSet<>();
    for (Element a : doc.select(listing.linkSelector())) {
      String href = a.hasAttr("href") ? a.absUrl("href") : "";
      if (!href.isEmpty() && links.add(CanonicalUrls.clean(href))) {
        items.add(new FeedItem(CanonicalUrls.clean(href), href, Texts.nfc(a.text()), null, null, null, null));
      }
    }
    return items;
  }

  private Article article(Source source, String feedUrl, FeedItem item, HostPolicy policy, Instant now)
      throws FetchException, InterruptedException {
    ExtractedArticle extracted = null;
    if (item.contentHtml() != null && item.contentHtml().length() >= FULL_TEXT_CHARS) {
      try {
        ExtractedArticle fromFeed = extractor.extractFragment(item.contentHtml(), CanonicalUrls.clean(item.link()), item.title(), item.publishedAt());
        if (fromFeed.text().length() >= FULL_TEXT_CHARS / 2) {
          extracted = fromFeed;
        }
      } catch (ExtractionException e) {
        // fall back to the page
      }
    }
    if (extracted == null) {
      URI link;
      try {
        link = URI.create(item.link());
      } catch (IllegalArgumentException e) {
        throw new FetchException(Outcome.BAD_URL, "bad article link '" + item.link() + "'");
      }
      FetchResult page = fetcher.fetch(link, policy);
      metrics.fetch(source.id(), "article", Outcome.OK, page.status(), page.wireBytes(), page.latency());
      String media = page.mediaType();
      if (!isText(page.body())) {
        throw new FetchException(Outcome.NOT_TEXT, "article " + link + " is binary (" + (media.isEmpty() ? "no type" : media) + ")");
      }
      if (!media.isEmpty() && !media.equals("text/html") && !media.equals("application/xhtml+xml")) {
        throw new FetchException(Outcome.NOT_HTML, "article " + link + " is " + media + ", not HTML");
      }
      try {
        extracted = extractor.extract(page.body(), page.url().toString(), page.declaredCharset());
      } catch (ExtractionException e) {
        metrics.extractionFailure(source.id(), Outcome.EXTRACTION_FAILED);
        throw new FetchException(Outcome.EXTRACTION_FAILED, "article " + link + ": " + e.getMessage());
      }
    }
    String url = extracted.canonicalUrl() != null ? extracted.canonicalUrl() : CanonicalUrls.clean(item.link());
    Language language = extracted.language() != null ? extracted.language() : source.language();
    // Serbian editions are one language in two scripts: the text's letters decide the script.
    if (language.base().equals("sr") && source.language().base().equals("sr")) {
      language = switch (extracted.script()) {
        case CYRILLIC -> Language.SR_CYRL;
        case LATIN -> Language.SR_LATN;
        default -> source.language();
      };
    }
    String title = extracted.title().isBlank() ? item.title() : extracted.title();
    return new Article(
        0,
        Ids.hash(url),
        source.id(),
        source.outlet(),
        url,
        Texts.nfc(title),
        Texts.nfc(extracted.text()),
        language,
        extracted.script(),
        extracted.publishedAt() != null ? extracted.publishedAt() : item.publishedAt(),
        now,
        extracted.author() != null ? extracted.author() : item.author());
  }

  private PollResult failed(Source source, String feedUrl, FeedState previous, Outcome outcome, String reason,
      Instant retryAt, Instant now) {
    int failures = previous == null ? 1 : previous.consecutiveFailures() + 1;
    FeedState state = previous == null
        ? new FeedState(0, feedUrl, source.id(), null, null, List.of(), null, failures, now)
        : new FeedState(0, feedUrl, source.id(), previous.etag(), previous.lastModified(), previous.seenItems(),
            previous.lastSuccessAt(), failures, now);
    return new PollResult(outcome, state, List.of(),
        List.of(ErrorRecord.of(source.id(), feedUrl, feedUrl, "feed", outcome, reason)), retryAt, false);
  }

  private static String describe(RuntimeException e) {
    StringBuilder out = new StringBuilder(e.getClass().getName());
    if (e.getMessage() != null && !e.getMessage().isBlank()) {
      out.append(": ").append(e.getMessage());
    }
    // The first frame of ours says where; a JDK frame (a collection's check) says little.
    StackTraceElement[] stack = e.getStackTrace();
    for (StackTraceElement frame : stack) {
      if (frame.getClassName().startsWith("io.newswatch.")) {
        return out.append(" at ").append(frame).toString();
      }
    }
    if (stack.length > 0) {
      out.append(" at ").append(stack[0]);
    }
    return out.toString();
  }

  static String itemKey(FeedItem item) {
    return "i:" + Ids.hash(item.key()).substring(0, 20);
  }

  static String articleKey(String articleId) {
    return "a:" + articleId;
  }

  /** The article ids a feed state records as emitted. */
  public static List<String> emittedArticleIds(FeedState state) {
    return state.seenItems().stream().filter(s -> s.startsWith("a:")).map(s -> s.substring(2)).toList();
  }

  /**
   * Text, not binary: no NUL bytes in the first few kilobytes, unless the document is UTF-16 or
   * UTF-32 (by byte order mark or the layout of its leading {@code <}).
   */
  static boolean isText(byte[] body) {
    int n = Math.min(body.length, 8192);
    if (FeedParser.wideCharset(body) != null) {
      return true;
    }
    for (int i = 0; i < n; i++) {
      if (body[i] == 0) {
        return false;
      }
    }
    return true;
  }

  private static Charset charset(FetchResult response) {
    String declared = response.declaredCharset();
    if (declared != null) {
      return Charset.forName(declared);
    }
    String head = new String(response.body(), 0, Math.min(response.body().length, 2048), StandardCharsets.ISO_8859_1)
        .toLowerCase(Locale.ROOT);
    int at = head.indexOf("charset=");
    if (at >= 0) {
      String name = head.substring(at + 8).replaceAll("^[\"']", "").split("[\"'\\s;>/]")[0];
      try {
        return Charset.forName(name);
      } catch (RuntimeException e) {
        return StandardCharsets.UTF_8;
      }
    }
    return StandardCharsets.UTF_8;
  }
}
