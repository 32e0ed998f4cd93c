package io.newswatch.ingest.extract;

import com.fasterxml.jackson.databind.JsonNode;
import crawlercommons.domains.EffectiveTldFinder;
import io.newswatch.common.json.Json;
import io.newswatch.common.model.Language;
import io.newswatch.common.model.Script;
import io.newswatch.common.text.Texts;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.parser.Parser;

/**
 * Finds the main text of a news page. It is a content-scoring extractor in the Readability family:
 * paragraphs score by length and punctuation, the scores flow to their ancestors, boilerplate
 * class and id names count against a node, link-dense nodes are discounted, and the best node's
 * siblings that look like more of the same are merged in. Around that, page metadata is read
 * first: schema.org JSON-LD (headline, articleBody, datePublished, author) and OpenGraph. A
 * JSON-LD articleBody is a strong signal: blocks that it confirms are kept and the furniture it
 * does not contain is dropped. No rule names a site; the vocabularies below are the languages'
 * own words for page furniture (photo credit, share, comments, related stories, cookies).
 *
 * <p>Plain class, no I/O: the same code serves the ingest service, the {@code extract} command
 * and the extraction benchmark. Not final only so that a test can stand in a failing one.
 */
public class ArticleExtractor {
  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle",
          "opinionnewsarticle", "backgroundnewsarticle", "blogposting", "liveblogposting",
          "report", "socialmediaposting", "techarticle", "scholarlyarticle");

  private static final String REMOVED_TAGS =
      "script, style, noscript, template, iframe, object, embed, svg, canvas, button,"
          + " input, select, textarea, nav, aside, footer, figcaption, figure, dialog, menu, video,"
          + " audio, map, link, meta";

  /** Readability's "unlikely candidate" names, plus the furniture DOMAIN.md lists. */
  private static final Pattern UNLIKELY =
      Pattern.compile(
          "-ad-|\\bads?\\b|ad-break|agegate|banner|breadcrumb|combx|comment|community|cookie|consent|"
              + "cover-wrap|disqus|footer|gdpr|legends|menu|related|remark|replies|rss|shoutbox|sidebar|"
              + "skyscraper|social|sponsor|supplemental|pagination|pager|popup|modal|share|sharing|"
              + "newsletter|subscribe|promo|recommend|outbrain|taboola|most-read|mostread|popular|"
              + "trending|toolbar|login|signup|widget|caption|credit|komentar|povezan|podeli|tags|"
              // the card that pops up over a name, not the name it hangs on
              + "(tooltip|rollover)[\\w-]*(block|card|content|body|panel|popup)|hovercard|popover");

  /**
   * Names that mark furniture even inside the article container (bylines, date and source lines,
   * captions, copyright, counters); such an element is dropped unless it holds real paragraphs.
   */
  private static final Pattern FURNITURE_NAMES =
      Pattern.compile(
          "byline|author|autor|posted-on|entry-meta|article-info|article-meta|post-meta|story-meta|"
              + "copyright|caption|imagedesc|image-desc|img-desc|photo-desc|credit|comments|comment-count|"
              + "share|sharing|social|related|cookie|consent|promo|subscribe|newsletter|article-source|"
              + "source-line|date|dateline|timestamp|tags|breadcrumb|category");

  /** What CMSs and microformats call the body of a post. */
  private static final String ARTICLE_MARKERS =
      ".post-body, .entry-content, .hentry, .h-entry, .e-content, [itemprop~=(?i)^articleBody$]";

  private static final Pattern MAYBE_CANDIDATE =
      Pattern.compile("and|article|body|column|content|main|shadow|story|entry|post|tekst|text");

  private static final Pattern POSITIVE =
      Pattern.compile(
          "article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|tekst|vest|"
              + "clanak|statya|stat|news-text|lead");

  private static final Pattern NEGATIVE =
      Pattern.compile(
          "-ad-|hidden|banner|combx|comment|com-|contact|foot|footnote|gdpr|masthead|media|meta|"
              + "outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|"
              + "tags|tool|widget|social|cookie|credit|caption|komentar|povezan|podeli|author|byline|"
              + "date|time|teaser|recommend|breadcrumb|nav");

  private static final Set<String> BLOCK_TAGS =
      Set.of(
          "p", "div", "section", "article", "main", "blockquote", "pre", "ul", "ol", "li", "dl",
          "dd", "dt", "table", "tbody", "thead", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5",
          "h6", "header", "address", "hr", "center", "figure");

  private static final Pattern CREDIT_LINE =
      Pattern.compile(
          "^\\(?\\s*(foto|photo|фото|izvor|извор|source|источник|credit|kredit|image|illustration|"
              + "ilustracija|илустрација|video|видео|snimak|снимак|autor fotografije|photo credit)"
              + "\\s*[:|/©-].{0,140}$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern COMMENTS_LINE =
      Pattern.compile(
          "^(\\d+\\s*)?(comments?|komentar[a-z]*|коментар[а-я]*|комментари[а-я]*|коммент[а-я]*)"
              + "\\s*[:(\\[]?\\s*\\d*\\s*[)\\]]?$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Set<String> SHARE_WORDS =
      Set.of(
          "share", "podeli", "podelite", "подели", "поделите", "поделиться", "tweet", "facebook",
          "twitter", "x", "viber", "whatsapp", "telegram", "email", "e-mail", "print", "štampaj",
          "штампај", "linkedin", "vk", "вконтакте", "ok", "одноклассники", "copy", "link", "kopiraj",
          "копирај", "pinterest", "reddit", "mail", "pošalji", "пошаљи", "отправить", "печать");

  private static final Pattern RELATED_HEADING =
      Pattern.compile(
          "(you may also|you might also|also (be )?interest|related|read also|read more|more on|"
              + "recommended|pročitajte|прочитајте|možda vas|можда вас|vas (još |takođe )?(može|mogu) zanima|"
              + "вас (још |такође )?(може|могу) занима|zanimaće vas|занимаће вас|takođe pogledajte|"
              + "погледајте|читайте также|см\\. также|также по теме|по теме|povezan|повезан|najčitanij|"
              + "најчитаниј|most read|popular|preporuk|препорук|još vesti|још вести|ostale vesti|остале вести|"
              + "explore further)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** The label over an advertisement slot, alone on its line. */
  private static final Pattern AD_LABEL =
      Pattern.compile("^(advertisement|advert|advertising|ad|sponsored|anzeige|reklama|реклама|oglas|оглас|"
          + "publicidad|publicité|pubblicità)\\s*:?$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** "This slideshow requires JavaScript", "Please enable JavaScript to view ...". */
  private static final Pattern SCRIPT_NOTICE =
      Pattern.compile("(requires?|enable|turn on|activate)\\s.{0,30}javascript", Pattern.CASE_INSENSITIVE);

  /** Copyright and reuse notices. */
  private static final Pattern COPYRIGHT =
      Pattern.compile("^(©|\\(c\\)\\s|copyright\\b)|all rights reserved|sva prava zadržana|сва права задржана|"
          + "все права защищены|subject to copyright", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A CMS shortcode left unrendered: [button link="..."]Text[/button]. */
  private static final Pattern SHORTCODE = Pattern.compile("^\\[[a-z_]+\\b[^\\]]*].*\\[/[a-z_]+]$", Pattern.CASE_INSENSITIVE);

  private static final Pattern COOKIE =
      Pattern.compile("cookie|kolačić|kolacic|колачић|куки|файлы cookie", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern DATE_LINE =
      Pattern.compile(
          "^[\\p{L}\\s,.:/|-]{0,25}\\d{1,4}[./ -]\\s*(\\d{1,2}|\\p{L}{3,10})[./ -]\\s*\\d{2,4}\\.?[\\s,|-]*"
              + "(\\d{1,2}[:.]\\d{2}(\\s*h)?)?[\\p{L}\\s]{0,12}$",
          Pattern.UNICODE_CASE);

  /** How a summary says it goes on: an ellipsis, three dots, "[…]", "(more)", "Read more". */
  private static final Pattern TRUNCATED =
      Pattern.compile("(…|\\.\\.\\.|\\[…]|\\[\\.\\.\\.]|\\(more\\)|read more)\\s*$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…:;\"»“”')]\\s*$");
  private static final Pattern COMMAS = Pattern.compile("[,،，、]");
  // Compiled once: String.split, matches and replaceAll compile their pattern on every call, and
  // these run for every block of every page.
  private static final Pattern BLANK_LINE = Pattern.compile("\\n\\s*\\n");
  private static final Pattern SPACE_RUN = Pattern.compile("[\\s\\u200b\\u2028\\u2029]+");
  private static final Pattern SHARE_SEPARATORS = Pattern.compile("[\\s|,/•·:()\\[\\]]+");
  private static final Pattern HEADING = Pattern.compile("h[1-6]");
  private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");
  private static final int MIN_PARAGRAPH = 25;
  /** Blocks shorter than this (in match-key characters) may repeat in an article. */
  private static final int REPEATABLE = 100;
  private static final int STRONG_BODY = 150;
  /** How much more prose an ancestor must hold to become the candidate, and how few links it may add. */
  private static final double CLIMB_GROWTH = 1.3;
  private static final double CLIMB_LINK_DENSITY = 0.25;
  /** A form with less text than this, once its controls are gone, is a search, login or comment form. */
  private static final int FORM_TEXT = 400;
  /** Deepest nesting read as it is (see {@link #flattenBelow}); pages use a few dozen levels. */
  static final int MAX_DEPTH = 200;

  /** Extracts from raw bytes; the charset comes from the hint, else the page's meta or BOM, else UTF-8. */
  public ExtractedArticle extract(byte[] html, String url, String charsetHint) throws ExtractionException {
    Document doc;
    try {
      doc = Jsoup.parse(new ByteArrayInputStream(html), charsetHint, url == null ? "" : url);
    } catch (IOException | IllegalArgumentException e) {
      throw new ExtractionException("cannot parse HTML: " + e.getMessage());
    }
    return extract(doc, url);
  }

  /** Extracts from decoded HTML. */
  public ExtractedArticle extract(String html, String url) throws ExtractionException {
    return extract(Jsoup.parse(html, url == null ? "" : url), url);
  }

  /**
   * Extracts from an HTML fragment, such as a feed's content:encoded, with the feed's title and
   * date standing in for the page's.
   */
  public ExtractedArticle extractFragment(String fragmentHtml, String url, String title, Instant publishedAt)
      throws ExtractionException {
    Document doc = Jsoup.parseBodyFragment("<article>" + fragmentHtml + "</article>", url == null ? "" : url);
    if (title != null) {
      doc.title(title);
    }
    ExtractedArticle a = extract(doc, url);
    return new ExtractedArticle(
        title != null && !title.isBlank() ? Texts.nfc(title.strip()) : a.title(),
        a.text(),
        publishedAt != null ? publishedAt : a.publishedAt(),
        a.author(),
        a.language(),
        a.script(),
        a.canonicalUrl());
  }

  ExtractedArticle extract(Document doc, String url) throws ExtractionException {
    Metadata meta = Metadata.read(doc);
    String title = chooseTitle(doc, meta);
    String canonical = canonical(meta, url);

    Element root = doc.body() == null ? doc : doc.body().clone();
    flattenBelow(root, MAX_DEPTH);
    List<String> blocks = mainBlocks(root, title);
    String articleBody = meta.articleBody == null ? null : normalizeSpace(htmlToText(meta.articleBody));
    if (articleBody != null && articleBody.length() >= STRONG_BODY) {
      blocks = confirmWithArticleBody(blocks, meta.articleBody);
    }
    String text = Texts.nfc(String.join("\n\n", blocks)).strip();
    if (text.isEmpty()) {
      String description = meta.first("og:description", "description", "twitter:description");
      if (description == null || description.isBlank()) {
        throw new ExtractionException("no main text found on the page");
      }
      text = Texts.nfc(normalizeSpace(description));
    }
    Script script = Texts.detectScript(text);
    return new ExtractedArticle(
        Texts.nfc(title),
        text,
        publishedAt(doc, meta),
        author(doc, meta),
        language(meta, title + "\n" + text, script),
        script,
        canonical);
  }

  // ---------------------------------------------------------------- main text

  private List<String> mainBlocks(Element root, String title) {
    prune(root);
    Map<Element, Integer> prose = new IdentityHashMap<>();
    Map<Element, Integer> proseCount = new IdentityHashMap<>();
    Map<Element, Double> scores = score(root, prose, proseCount);
    // The tree is final from here on: measure every element's text once.
    TextLengths lengths = TextLengths.of(root);
    Element top = null;
    double topScore = 0;
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      double s = e.getValue() * (1 - lengths.linkDensity(e.getKey()));
      if (s > topScore) {
        topScore = s;
        top = e.getKey();
      }
    }
    List<Element> content = new ArrayList<>();
    if (top == null || top == root) {
      content.add(root);
    } else {
      top = climb(promote(top, topScore, scores, lengths), prose, proseCount, root, lengths);
      content.addAll(mergeSiblings(top, topScore, scores, lengths));
    }
    List<Block> raw = new ArrayList<>();
    for (Element e : content) {
      collectBlocks(e, raw, lengths);
    }
    return filterFurniture(raw, title);
  }

  /** Removes what is never article text, and the containers whose names say they are furniture. */
  private static void prune(Element root) {
    root.select(REMOVED_TAGS).remove();
    // A form is furniture (search, login, newsletter, comment box) unless it holds the page: some
    // CMSs (ASP.NET WebForms) wrap the whole body in one <form>. Its controls are gone already.
    for (Element form : root.select("form")) {
      if (form.parent() != null && normalizeSpace(form.text()).length() < FORM_TEXT) {
        form.remove();
      }
    }
    root.select("[hidden], [aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo],"
        + " [role=complementary], [role=dialog], [role=alertdialog], [role=menu], [role=toolbar]").remove();
    for (Element e : root.select("[style]")) {
      String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
      if (style.contains("display:none") || style.contains("visibility:hidden")) {
        e.remove();
      }
    }
    List<Element> unlikely = new ArrayList<>();
    for (Element e : root.getAllElements()) {
      if (e == root) {
        continue;
      }
      String tag = e.normalName();
      if (tag.equals("body") || tag.equals("article") || tag.equals("main") || tag.equals("a")) {
        continue;
      }
      String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
      if (names.isBlank()) {
        continue;
      }
      if (UNLIKELY.matcher(names).find() && !MAYBE_CANDIDATE.matcher(names).find()) {
        unlikely.add(e);
      }
    }
    for (Element e : root.getAllElements()) {
      if (e == root || e.normalName().equals("body")) {
        continue;
      }
      String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
      if (!names.isBlank() && FURNITURE_NAMES.matcher(names).find() && e.select("p").size() < 2
          && normalizeSpace(e.text()).length() < 400) {
        unlikely.add(e);
      }
    }
    int pageText = normalizeSpace(root.text()).length();
    for (Element e : unlikely) {
      if (e.parent() != null && !holdsArticle(e, pageText)) {
        e.remove();
      }
    }
  }

  /**
   * Whether a container with a furniture name is the article all the same (Blogger's
   * {@code div.widget.Blog}): it holds a post body marked as such, or most of the page's text.
   * Paragraph counts say nothing here, as many CMSs write paragraphs with {@code <br><br>}.
   */
  private static boolean holdsArticle(Element e, int pageText) {
    for (Element marked : e.select(ARTICLE_MARKERS)) {
      if (normalizeSpace(marked.text()).length() >= STRONG_BODY && linkDensity(marked) < 0.5) {
        return true;
      }
    }
    int text = normalizeSpace(e.text()).length();
    return pageText > 0 && text >= pageText * 0.5 && linkDensity(e) < 0.35;
  }

  /**
   * Readability's scoring: each paragraph scores by its commas and length, and the score flows to
   * its parent (whole), grandparent (half) and great-grandparent (a sixth). Paragraphs are {@code
   * <p>}-like elements, and, as in Readability's div-to-p step, the runs of loose text between
   * the blocks of a container; text split by {@code <br><br>} is several paragraphs, not one.
   */
  private static Map<Element, Double> score(Element root, Map<Element, Integer> prose, Map<Element, Integer> proseCount) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element e : root.getAllElements()) {
      String tag = e.normalName();
      boolean blockChild = hasBlockChild(e);
      boolean paragraphLike =
          tag.equals("p") || tag.equals("pre") || tag.equals("td") || tag.equals("blockquote")
              || ((tag.equals("div") || tag.equals("section")) && !blockChild);
      String text;
      Element first;
      if (paragraphLike && !blockChild) {
        text = textWithBreaks(e);
        first = e.parent();
      } else if (blockChild) {
        text = looseText(e);
        first = e;
      } else {
        continue;
      }
      double contentScore = paragraphScore(text);
      if (contentScore == 0) {
        continue;
      }
      int chars = proseLength(text);
      int paragraphs = proseParagraphs(text);
      for (Element a = first; a != null; a = a.parent()) {
        prose.merge(a, chars, Integer::sum);
        proseCount.merge(a, paragraphs, Integer::sum);
      }
      Element ancestor = first;
      for (int level = 0; ancestor != null && level < 3; level++, ancestor = ancestor.parent()) {
        if (!scores.containsKey(ancestor)) {
          scores.put(ancestor, initialScore(ancestor));
        }
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        scores.merge(ancestor, contentScore / divider, Double::sum);
      }
    }
    return scores;
  }

  /** The summed score of the paragraphs in a text whose paragraphs are separated by blank lines. */
  private static double paragraphScore(String text) {
    double score = 0;
    for (String part : BLANK_LINE.split(text)) {
      String p = normalizeSpace(part);
      if (p.length() < MIN_PARAGRAPH) {
        continue;
      }
      score += 1 + COMMAS.matcher(p).results().count() + Math.min(p.length() / 100.0, 3);
      if (SENTENCE_END.matcher(p).find()) {
        score += 1;
      }
    }
    return score;
  }

  /** The characters of a text's paragraphs that count as prose (long enough to score). */
  private static int proseLength(String text) {
    int chars = 0;
    for (String part : BLANK_LINE.split(text)) {
      String p = normalizeSpace(part);
      if (p.length() >= MIN_PARAGRAPH) {
        chars += p.length();
      }
    }
    return chars;
  }

  /** How many paragraphs of a text count as prose. */
  private static int proseParagraphs(String text) {
    int n = 0;
    for (String part : BLANK_LINE.split(text)) {
      if (normalizeSpace(part).length() >= MIN_PARAGRAPH) {
        n++;
      }
    }
    return n;
  }

  /**
   * Readability's parent climb: an article split over several sections at different depths (a
   * lead section, then body sections under one post container) leaves the best-scored node
   * holding only part of it. Go up while the ancestor's prose grows clearly over the candidate's
   * (by a third, and by two paragraphs or more: a photo caption is not more article) and what it
   * adds is text, not links; wrappers that add nothing are passed through.
   */
  private static Element climb(
      Element top, Map<Element, Integer> prose, Map<Element, Integer> proseCount, Element root, TextLengths lengths) {
    Element candidate = top;
    int candidateProse = prose.getOrDefault(top, 0);
    int candidateCount = proseCount.getOrDefault(top, 0);
    if (candidateProse == 0) {
      return top;
    }
    for (Element p = top.parent(); p != null && p != root && !p.normalName().equals("body"); p = p.parent()) {
      int parentProse = prose.getOrDefault(p, 0);
      int parentCount = proseCount.getOrDefault(p, 0);
      if (parentProse < candidateProse * CLIMB_GROWTH || parentCount < candidateCount + 2) {
        continue; // a wrapper, or a caption more: look further up
      }
      int addedText = lengths.text(p) - lengths.text(candidate);
      int addedLinks = lengths.links(p) - lengths.links(candidate);
      if (addedText <= 0 || (double) addedLinks / addedText > CLIMB_LINK_DENSITY
          || lengths.linkDensity(p) > CLIMB_LINK_DENSITY) {
        break;
      }
      candidate = p;
      candidateProse = parentProse;
      candidateCount = parentCount;
    }
    return candidate;
  }

  /** The text of a container outside its block children: its loose runs, one per blank-line-separated part. */
  private static String looseText(Element e) {
    StringBuilder out = new StringBuilder();
    for (Node n : e.childNodes()) {
      if (n instanceof TextNode t) {
        out.append(t.getWholeText());
      } else if (n instanceof Element c) {
        if (c.normalName().equals("br")) {
          out.append('\n');
        } else if (BLOCK_TAGS.contains(c.normalName())) {
          out.append("\n\n");
        } else {
          out.append(textWithBreaks(c));
        }
      }
    }
    return out.toString();
  }

  private static double initialScore(Element e) {
    double score =
        switch (e.normalName()) {
          case "article" -> 10;
          case "main", "div", "section" -> 5;
          case "pre", "td", "blockquote" -> 3;
          case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
          case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
          default -> 0;
        };
    if (e.hasAttr("itemprop") && e.attr("itemprop").toLowerCase(Locale.ROOT).contains("articlebody")) {
      score += 25;
    }
    return score + classWeight(e);
  }

  private static double classWeight(Element e) {
    double weight = 0;
    for (String name : List.of(e.className(), e.id())) {
      String n = name.toLowerCase(Locale.ROOT);
      if (n.isBlank()) {
        continue;
      }
      if (NEGATIVE.matcher(n).find()) {
        weight -= 25;
      }
      if (POSITIVE.matcher(n).find()) {
        weight += 25;
      }
    }
    return weight;
  }

  /**
   * When the text is split over several containers of similar score (a lead box and a body box),
   * their common parent is the article; Readability's "alternative candidates" step.
   */
  private static Element promote(Element top, double topScore, Map<Element, Double> scores, TextLengths lengths) {
    List<Element> strong = new ArrayList<>();
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      if (e.getKey() != top && e.getValue() * (1 - lengths.linkDensity(e.getKey())) >= topScore * 0.75) {
        strong.add(e.getKey());
      }
    }
    if (strong.size() < 2) {
      return top;
    }
    Element parent = top.parent();
    while (parent != null && !parent.normalName().equals("body")) {
      int contained = 0;
      for (Element s : strong) {
        if (s.parents().contains(parent)) {
          contained++;
        }
      }
      if (contained >= 2) {
        return parent;
      }
      parent = parent.parent();
    }
    return top;
  }

  private static List<Element> mergeSiblings(
      Element top, double topScore, Map<Element, Double> scores, TextLengths lengths) {
    Element parent = top.parent();
    if (parent == null) {
      return List.of(top);
    }
    double threshold = Math.max(10, topScore * 0.2);
    List<Element> merged = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == top) {
        merged.add(sibling);
        continue;
      }
      double bonus = !top.className().isBlank() && top.className().equals(sibling.className()) ? topScore * 0.2 : 0;
      Double score = scores.get(sibling);
      if (score != null && score * (1 - lengths.linkDensity(sibling)) + bonus >= threshold) {
        merged.add(sibling);
        continue;
      }
      if (sibling.normalName().equals("p")) {
        String text = normalizeSpace(sibling.text());
        double density = lengths.linkDensity(sibling);
        if (text.length() > 80 && density < 0.25
            || text.length() > 0 && text.length() <= 80 && density == 0 && SENTENCE_END.matcher(text).find()) {
          merged.add(sibling);
        }
      }
    }
    return merged;
  }

  private record Block(String tag, String text, double linkDensity) {}

  /** Leaf blocks in document order; inline runs between blocks count as a block of their own. */
  private static void collectBlocks(Element element, List<Block> out, TextLengths lengths) {
    if (element.normalName().equals("tr") && isDataRow(element)) {
      // A row of a data table reads as one line ("1 Kyle Busch 5040 5"), not as a paragraph per cell.
      List<String> cells = new ArrayList<>();
      for (Element cell : element.children()) {
        String text = normalizeSpace(cell.text());
        if (!text.isEmpty()) {
          cells.add(text);
        }
      }
      if (!cells.isEmpty()) {
        out.add(new Block("tr", String.join(" ", cells), lengths.linkDensity(element)));
      }
      return;
    }
    if (!hasBlockChild(element)) {
      addBlock(element.normalName(), element, out, lengths);
      return;
    }
    StringBuilder run = new StringBuilder();
    int linkChars = 0;
    for (Node child : element.childNodes()) {
      if (child instanceof TextNode t) {
        run.append(t.getWholeText());
      } else if (child instanceof Element c) {
        if (BLOCK_TAGS.contains(c.normalName())) {
          flushRun(run, linkChars, out);
          run.setLength(0);
          linkChars = 0;
          collectBlocks(c, out, lengths);
        } else if (c.normalName().equals("br")) {
          run.append('\n');
        } else {
          String t = textWithBreaks(c);
          run.append(t);
          linkChars += c.normalName().equals("a") ? t.length() : lengths.links(c);
        }
      }
    }
    flushRun(run, linkChars, out);
  }

  /** A table row of plain cells: no layout table, whose cells hold paragraphs and blocks. */
  private static boolean isDataRow(Element tr) {
    for (Element cell : tr.children()) {
      String tag = cell.normalName();
      if (!tag.equals("td") && !tag.equals("th") || hasBlockChild(cell)) {
        return false;
      }
    }
    return tr.childrenSize() > 1;
  }

  private static void flushRun(StringBuilder run, int linkChars, List<Block> out) {
    String text = run.toString();
    if (text.isBlank()) {
      return;
    }
    // Text between <br><br> in one container is how many CMSs write paragraphs.
    for (String part : BLANK_LINE.split(text)) {
      String p = normalizeSpace(part);
      if (!p.isEmpty()) {
        out.add(new Block("p", p, Math.min(1, (double) linkChars / Math.max(1, text.length()))));
      }
    }
  }

  private static void addBlock(String tag, Element e, List<Block> out, TextLengths lengths) {
    String text = textWithBreaks(e);
    double density = lengths.linkDensity(e);
    for (String part : BLANK_LINE.split(text)) {
      String p = normalizeSpace(part);
      if (!p.isEmpty()) {
        out.add(new Block(tag, p, density));
      }
    }
  }

  private static List<String> filterFurniture(List<Block> blocks, String title) {
    List<String> kept = new ArrayList<>();
    String titleKey = Texts.matchKey(title);
    boolean inRelatedBlock = false;
    Set<String> seen = new HashSet<>();
    for (Block b : blocks) {
      String text = b.text();
      boolean heading = HEADING.matcher(b.tag()).matches() || text.length() < 80 && !SENTENCE_END.matcher(text).find();
      if (heading && text.length() < 100 && RELATED_HEADING.matcher(text).find()) {
        inRelatedBlock = true;
        continue;
      }
      if (inRelatedBlock) {
        // Headlines under a "you may also like" heading: short or link-heavy; real text ends it.
        if (b.linkDensity() > 0.3 || text.length() < 160 && !SENTENCE_END.matcher(text).find() || b.tag().equals("li")) {
          continue;
        }
        inRelatedBlock = false;
      }
      if (isFurniture(b, text)) {
        continue;
      }
      String key = Texts.matchKey(text);
      // A paragraph repeated word for word is the page printing it twice (a lead shown in two
      // layouts); short lines repeat legitimately (a recipe's "Eat 1-2 hours before", list labels).
      if (key.isEmpty() || key.equals(titleKey) || !seen.add(key) && key.length() >= REPEATABLE) {
        continue;
      }
      kept.add(text);
    }
    return kept;
  }

  private static boolean isFurniture(Block b, String text) {
    int length = text.length();
    if (length < 2) {
      return true;
    }
    if (b.linkDensity() > 0.5 && length < 300) {
      return true;
    }
    if (length < 160 && CREDIT_LINE.matcher(text).matches()) {
      return true;
    }
    if (length < 40 && COMMENTS_LINE.matcher(text).matches()) {
      return true;
    }
    if (length < 50 && DATE_LINE.matcher(text).matches()) {
      return true;
    }
    if (length < 300 && COOKIE.matcher(text).find()) {
      return true;
    }
    if (length < 30 && AD_LABEL.matcher(text).matches()) {
      return true;
    }
    if (length < 160 && SCRIPT_NOTICE.matcher(text).find()) {
      return true;
    }
    if (length < 400 && (COPYRIGHT.matcher(text).find() || SHORTCODE.matcher(text).matches())) {
      return true;
    }
    if (length < 120) {
      String[] words = SHARE_SEPARATORS.split(text.toLowerCase(Locale.ROOT));
      int share = 0;
      int all = 0;
      for (String w : words) {
        if (w.isEmpty() || w.chars().allMatch(Character::isDigit)) {
          continue;
        }
        all++;
        if (SHARE_WORDS.contains(w)) {
          share++;
        }
      }
      if (all > 0 && share == all) {
        return true;
      }
    }
    return false;
  }

  /**
   * Weighs the page's blocks against the JSON-LD articleBody. Many sites ship only a summary there
   * (a few hundred characters ending in an ellipsis); others ship the whole text while the page
   * renders it with script. So: a body that ends in an ellipsis, or that leaves clearly more of
   * the page's prose unconfirmed than half its own length, is a summary, and the page's text
   * stands. Otherwise the blocks it confirms (contained in it, or containing it) are kept and the
   * furniture it does not contain is dropped; and only when the blocks miss much of it and it is
   * the longer text does the articleBody itself become the text.
   */
  private static List<String> confirmWithArticleBody(List<String> blocks, String articleBodyRaw) {
    String bodyText = htmlToText(articleBodyRaw);
    String bodyKey = Texts.matchKey(bodyText);
    if (bodyKey.isEmpty() || TRUNCATED.matcher(bodyText).find()) {
      return blocks;
    }
    List<String> confirmed = new ArrayList<>();
    int covered = 0;
    int pageLength = 0;
    int unconfirmedProse = 0;
    for (String block : blocks) {
      String key = Texts.matchKey(block);
      pageLength += key.length();
      if (key.isEmpty()) {
        continue;
      }
      if (bodyKey.contains(key)) {
        confirmed.add(block);
        covered += key.length();
      } else if (key.length() > bodyKey.length() && key.contains(bodyKey)) {
        confirmed.add(block);
        covered += bodyKey.length();
      } else if (key.length() >= 100 && SENTENCE_END.matcher(block).find()) {
        unconfirmedProse += key.length();
      }
    }
    if (unconfirmedProse > bodyKey.length() / 2) {
      return blocks; // the page says clearly more than the body: the body is a summary
    }
    if (covered >= bodyKey.length() * 0.8) {
      return confirmed;
    }
    if (bodyKey.length() <= pageLength) {
      return blocks;
    }
    List<String> paragraphs = new ArrayList<>();
    for (String part : bodyText.split("\\n\\s*\\n|\\r?\\n")) {
      String p = normalizeSpace(part);
      if (!p.isEmpty()) {
        paragraphs.add(p);
      }
    }
    return paragraphs;
  }

  // ---------------------------------------------------------------- metadata

  private static String chooseTitle(Document doc, Metadata meta) {
    String og = meta.first("og:title", "twitter:title");
    String headline = meta.headline;
    String pageTitle = normalizeSpace(doc.title());
    List<String> references = new ArrayList<>();
    for (String r : new String[] {og, headline, pageTitle}) {
      if (r != null && !r.isBlank()) {
        references.add(Texts.matchKey(r));
      }
    }
    for (Element h1 : doc.select("h1")) {
      String text = normalizeSpace(h1.text());
      String key = Texts.matchKey(text);
      if (key.length() < 10) {
        continue;
      }
      for (String r : references) {
        if (r.contains(key) || key.contains(r) && r.length() > 10) {
          return text;
        }
      }
    }
    if (headline != null && !headline.isBlank()) {
      return normalizeSpace(headline);
    }
    if (og != null && !og.isBlank()) {
      return normalizeSpace(og);
    }
    if (!pageTitle.isEmpty()) {
      return stripSiteName(pageTitle);
    }
    Element h1 = doc.selectFirst("h1");
    return h1 == null ? "" : normalizeSpace(h1.text());
  }

  /** "Headline | Outlet" or "Outlet - Headline": the longest part is the headline. */
  private static String stripSiteName(String title) {
    String[] parts = title.split("\\s+[|–—»:-]{1,2}\\s+");
    String best = title;
    if (parts.length > 1) {
      best = parts[0];
      for (String p : parts) {
        if (p.length() > best.length()) {
          best = p;
        }
      }
    }
    return best.strip();
  }

  private static String canonical(Metadata meta, String pageUrl) {
    List<String> candidates = new ArrayList<>();
    candidates.add(meta.canonical);
    candidates.add(meta.first("og:url"));
    candidates.add(meta.jsonUrl);
    for (String c : candidates) {
      if (c == null || c.isBlank()) {
        continue;
      }
      try {
        URI resolved = pageUrl == null || pageUrl.isBlank() ? URI.create(c.trim()) : URI.create(pageUrl).resolve(c.trim());
        if (resolved.getHost() != null && sameSite(resolved, pageUrl)) {
          return CanonicalUrls.clean(resolved.toString());
        }
      } catch (IllegalArgumentException e) {
        // an unparseable canonical is ignored; the next candidate or the page URL stands
      }
    }
    return CanonicalUrls.clean(pageUrl);
  }

  /** A page may only name a canonical URL on its own site; anything else could forge another article's id. */
  private static boolean sameSite(URI candidate, String pageUrl) {
    if (pageUrl == null || pageUrl.isBlank()) {
      return true;
    }
    URI page;
    try {
      page = URI.create(pageUrl);
    } catch (IllegalArgumentException e) {
      return true;
    }
    if (page.getHost() == null) {
      return true;
    }
    String a = candidate.getHost().toLowerCase(Locale.ROOT);
    String b = page.getHost().toLowerCase(Locale.ROOT);
    if (a.equals(b)) {
      return true;
    }
    String da = EffectiveTldFinder.getAssignedDomain(a, true, false);
    String db = EffectiveTldFinder.getAssignedDomain(b, true, false);
    return da != null && da.contains(".") && da.equals(db);
  }

  private static Instant publishedAt(Document doc, Metadata meta) {
    List<String> candidates = new ArrayList<>();
    candidates.add(meta.datePublished);
    candidates.add(meta.first("article:published_time", "og:published_time", "datepublished",
        "pubdate", "publishdate", "publish-date", "date", "dc.date", "dc.date.issued",
        "dcterms.created", "parsely-pub-date", "sailthru.date", "article.published"));
    for (Element e : doc.select("[itemprop=datePublished]")) {
      candidates.add(e.hasAttr("content") ? e.attr("content") : e.attr("datetime"));
    }
    for (Element e : doc.select("time[datetime]")) {
      candidates.add(e.attr("datetime"));
    }
    candidates.add(meta.first("article:modified_time", "og:updated_time"));
    candidates.add(meta.dateModified);
    for (String c : candidates) {
      Instant parsed = parseDate(c);
      if (parsed != null) {
        return parsed;
      }
    }
    return null;
  }

  static Instant parseDate(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.trim();
    try {
      return OffsetDateTime.parse(v).toInstant();
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    try {
      return Instant.parse(v);
    } catch (DateTimeParseException ignored) {
      // next
    }
    try {
      // "+0100" without a colon, common in hand-written meta tags
      return OffsetDateTime.parse(v, DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss[.SSS]XX")).toInstant();
    } catch (DateTimeParseException ignored) {
      // next
    }
    try {
      return LocalDateTime.parse(v.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException ignored) {
      // next
    }
    try {
      return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (DateTimeParseException ignored) {
      // next
    }
    try {
      return LocalDate.parse(v.length() >= 10 ? v.substring(0, 10) : v).atStartOfDay().toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException ignored) {
      return null;
    }
  }

  private static String author(Document doc, Metadata meta) {
    if (meta.author != null && !meta.author.isBlank()) {
      return normalizeSpace(meta.author);
    }
    String m = meta.first("author", "article:author", "dc.creator", "parsely-author", "sailthru.author");
    if (m != null && !m.isBlank() && !m.startsWith("http")) {
      return normalizeSpace(m);
    }
    Element byline = doc.selectFirst("[rel=author], [itemprop=author], .author, .byline, [class*=author], [class*=byline], [class*=autor], [class*=avtor]");
    if (byline != null) {
      String text = normalizeSpace(byline.text())
          .replaceFirst("(?iu)^(by|autor|аутор|автор|piše|пише|written by)\\s*:?\\s*", "");
      // "Source: Tanjug" in a byline slot credits an agency, not a person.
      boolean credit = text.matches("(?iu)^(izvor|извор|source|источник|foto|фото)\\s*:.*");
      if (!text.isEmpty() && text.length() < 100 && !credit) {
        return text;
      }
    }
    return null;
  }

  private static Language language(Metadata meta, String text, Script script) {
    Language fromText = detectLanguage(text, script);
    String declared = meta.language;
    if (declared == null || declared.isBlank()) {
      return fromText;
    }
    String primary = declared.trim().toLowerCase(Locale.ROOT).replace('_', '-').split("-")[0];
    return switch (primary) {
      case "sr", "sh" -> script == Script.CYRILLIC ? Language.SR_CYRL
          : script == Script.LATIN ? Language.SR_LATN
          : declared.toLowerCase(Locale.ROOT).contains("cyrl") ? Language.SR_CYRL : Language.SR_LATN;
      case "ru" -> script == Script.LATIN && fromText != null ? fromText : Language.RU;
      case "en" -> script == Script.CYRILLIC && fromText != null ? fromText : Language.EN;
      default -> fromText;
    };
  }

  /**
   * The language from letters alone: Serbian and Russian Cyrillic differ in a handful of letters
   * (ђ ј љ њ ћ џ against ы э ъ ё й щ), Serbian Latin has č ć đ š ž, English has its stop words.
   */
  private static final Set<String> ENGLISH_WORDS =
      Set.of("the", "and", "of", "to", "in", "that", "is", "was", "said", "with", "for");
  private static final Set<String> SERBIAN_WORDS = Set.of("je", "da", "su", "se", "na", "za", "od");

  static Language detectLanguage(String text, Script script) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (script == Script.CYRILLIC || script == Script.MIXED) {
      long serbian = lower.chars().filter(c -> "ђјљњћџ".indexOf(c) >= 0).count();
      long russian = lower.chars().filter(c -> "ыэъёйщ".indexOf(c) >= 0).count();
      if (serbian > russian) {
        return Language.SR_CYRL;
      }
      if (russian > serbian) {
        return Language.RU;
      }
      return null;
    }
    if (script == Script.LATIN) {
      long diacritics = lower.chars().filter(c -> "čćđšž".indexOf(c) >= 0).count();
      int english = 0;
      int words = 0;
      boolean serbianWords = false;
      for (String w : NON_LETTERS.split(lower)) {
        if (w.isEmpty()) {
          continue;
        }
        words++;
        if (ENGLISH_WORDS.contains(w)) {
          english++;
        }
        serbianWords |= SERBIAN_WORDS.contains(w);
      }
      if (words == 0) {
        return null;
      }
      if (english >= Math.max(2, words * 0.08) && diacritics < words * 0.02) {
        return Language.EN;
      }
      if (diacritics > 0 || serbianWords) {
        return Language.SR_LATN;
      }
      return null;
    }
    return null;
  }

  // ---------------------------------------------------------------- helpers

  private static boolean hasBlockChild(Element e) {
    for (Element c : e.children()) {
      if (BLOCK_TAGS.contains(c.normalName())) {
        return true;
      }
    }
    return false;
  }

  /** The link density of one element, measured on its own (the tree may still change). */
  static double linkDensity(Element e) {
    return TextLengths.of(e).linkDensity(e);
  }

  /**
   * Replaces what lies deeper than {@code maxDepth} below {@code root} by its text, as paragraphs
   * under the element at that depth. Real pages nest a few dozen levels; a page that nests
   * thousands (a &lt;div&gt; or &lt;li&gt; opened in a loop and never closed, which jsoup keeps as
   * written) overflowed the stack of the block walk and made scoring, which looks up every
   * element's ancestors, cost time quadratic in the page's length.
   */
  static void flattenBelow(Element root, int maxDepth) {
    List<Element> atLimit = new ArrayList<>();
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (depth == maxDepth && node instanceof Element e && e.childrenSize() > 0) {
              atLimit.add(e);
              return FilterResult.SKIP_CHILDREN;
            }
            return FilterResult.CONTINUE;
          }
        },
        root);
    for (Element e : atLimit) {
      String text = textWithBreaks(e);
      e.empty();
      for (String part : BLANK_LINE.split(text)) {
        String paragraph = normalizeSpace(part);
        if (!paragraph.isEmpty()) {
          e.appendElement("p").text(paragraph);
        }
      }
    }
  }

  private static String textWithBreaks(Element e) {
    // Walked with jsoup's traversor, not by recursion: sloppy markup (a <b> or <font> never closed
    // in a loop) nests inline elements thousands deep, and a recursive walk overflowed the stack.
    StringBuilder out = new StringBuilder();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node == e) {
              return;
            }
            if (node instanceof TextNode t) {
              out.append(t.getWholeText());
            } else if (node instanceof Element c) {
              if (c.normalName().equals("br")) {
                out.append('\n');
              } else if (BLOCK_TAGS.contains(c.normalName())) {
                out.append("\n\n");
              }
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node != e && node instanceof Element c && BLOCK_TAGS.contains(c.normalName())) {
              out.append("\n\n");
            }
          }
        },
        e);
    return out.toString();
  }

  private static String htmlToText(String maybeHtml) {
    if (maybeHtml.indexOf('<') < 0) {
      return maybeHtml;
    }
    Document d = Jsoup.parseBodyFragment(maybeHtml);
    flattenBelow(d.body(), MAX_DEPTH);
    List<Block> blocks = new ArrayList<>();
    collectBlocks(d.body(), blocks, TextLengths.of(d.body()));
    List<String> parts = new ArrayList<>();
    blocks.forEach(b -> parts.add(b.text()));
    return String.join("\n\n", parts);
  }

  static String normalizeSpace(String s) {
    if (s == null) {
      return "";
    }
    return SPACE_RUN.matcher(s.replace('\u00a0', ' ')).replaceAll(" ").strip();
  }

  /** Page metadata from JSON-LD, OpenGraph and meta tags, read before the page is pruned. */
  private static final class Metadata {
    final Map<String, String> metas = new HashMap<>();
    String headline;
    String articleBody;
    String datePublished;
    String dateModified;
    String author;
    String language;
    String jsonUrl;
    String canonical;

    static Metadata read(Document doc) {
      Metadata m = new Metadata();
      for (Element meta : doc.select("meta[content]")) {
        String key = meta.hasAttr("property") ? meta.attr("property") : meta.hasAttr("name") ? meta.attr("name") : meta.attr("itemprop");
        if (!key.isBlank()) {
          m.metas.putIfAbsent(key.toLowerCase(Locale.ROOT), meta.attr("content"));
        }
      }
      Element canonicalLink = doc.selectFirst("link[rel=canonical][href]");
      m.canonical = canonicalLink == null ? null : canonicalLink.attr("href");
      for (Element script : doc.select("script[type=application/ld+json]")) {
        try {
          JsonNode node = Json.mapper().readTree(script.data().trim());
          m.readJsonLd(node);
        } catch (IOException | RuntimeException e) {
          // Broken JSON-LD is common; the page's other signals still stand.
        }
      }
      Element html = doc.selectFirst("html");
      m.language = firstNonBlank(
          m.language,
          html == null ? null : html.attr("lang"),
          m.metas.get("og:locale"),
          doc.select("meta[http-equiv=content-language]").attr("content"));
      return m;
    }

    private void readJsonLd(JsonNode node) {
      if (node == null || headline != null && articleBody != null) {
        return;
      }
      if (node.isArray()) {
        node.forEach(this::readJsonLd);
        return;
      }
      if (!node.isObject()) {
        return;
      }
      if (node.has("@graph")) {
        readJsonLd(node.get("@graph"));
      }
      if (!isArticle(node.get("@type"))) {
        return;
      }
      headline = firstNonBlank(headline, text(node.get("headline")), text(node.get("name")));
      articleBody = firstNonBlank(articleBody, text(node.get("articleBody")));
      datePublished = firstNonBlank(datePublished, text(node.get("datePublished")), text(node.get("dateCreated")));
      dateModified = firstNonBlank(dateModified, text(node.get("dateModified")));
      author = firstNonBlank(author, names(node.get("author")));
      language = firstNonBlank(language, text(node.get("inLanguage")));
      JsonNode page = node.get("mainEntityOfPage");
      jsonUrl = firstNonBlank(jsonUrl, text(node.get("url")), page == null ? null : page.isObject() ? text(page.get("@id")) : text(page));
    }

    private static boolean isArticle(JsonNode type) {
      if (type == null) {
        return false;
      }
      if (type.isArray()) {
        for (JsonNode t : type) {
          if (isArticle(t)) {
            return true;
          }
        }
        return false;
      }
      return ARTICLE_TYPES.contains(type.asText().toLowerCase(Locale.ROOT));
    }

    private static String names(JsonNode author) {
      if (author == null) {
        return null;
      }
      if (author.isTextual()) {
        return text(author);
      }
      if (author.isObject()) {
        return text(author.get("name"));
      }
      if (author.isArray()) {
        Set<String> all = new LinkedHashSet<>();
        author.forEach(a -> {
          String n = names(a);
          if (n != null && !n.isBlank()) {
            all.add(n.strip());
          }
        });
        return all.isEmpty() ? null : String.join(", ", all);
      }
      return null;
    }

    /** A JSON-LD string, with the HTML entities some sites leave in it (&amp;hellip; &amp;apos;) decoded. */
    private static String text(JsonNode n) {
      if (n == null || !n.isValueNode() || n.asText().isBlank()) {
        return null;
      }
      String v = n.asText();
      return v.indexOf('&') >= 0 && v.indexOf('<') < 0 ? Parser.unescapeEntities(v, false) : v;
    }

    String first(String... keys) {
      for (String k : keys) {
        String v = metas.get(k);
        if (v != null && !v.isBlank()) {
          return v;
        }
      }
      return null;
    }
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }
}
