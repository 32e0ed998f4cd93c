package io.newswatch.ingest.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The length of every element's {@link Element#text()} under a root, and of the link text in it,
 * from one walk of the page.
 *
 * <p>Scoring asks for the link density of every candidate container, and the parent climb for the
 * text of every ancestor. Asked of jsoup one element at a time, each answer walks the element's
 * whole subtree, so a page of containers nested hundreds deep costs its depth times its length: a
 * 1 MB page of {@code <div>}s opened on every line and never closed took 2.5 s. Here one walk in
 * document order lays the page's text down once, as jsoup's text accumulator would, and gives each
 * element its range of it.
 *
 * <p>The lengths equal {@code e.text().length()} for every element: within an element's range the
 * accumulation follows the same rules as for the element alone, and the two differ only in
 * whitespace at the ends, which {@code text()} trims ({@code TextLengthsTest} checks every element
 * of the sample pages). The tree must not change after the walk.
 */
final class TextLengths {
  /** Per element: start and end of its range in {@link #text}, then its link-text length. */
  private final Map<Element, int[]> ranges = new IdentityHashMap<>();

  private final StringBuilder text = new StringBuilder();

  private TextLengths() {}

  static TextLengths of(Element root) {
    TextLengths lengths = new TextLengths();
    NodeTraversor.traverse(lengths.new Walk(), root);
    return lengths;
  }

  /** {@code e.text().length()}. */
  int text(Element e) {
    int[] r = ranges.get(e);
    if (r == null) {
      return e.text().length(); // not under the root it was measured from
    }
    int start = r[0];
    int end = r[1];
    // String.trim's notion of white space: every char up to U+0020.
    while (start < end && text.charAt(start) <= ' ') {
      start++;
    }
    while (end > start && text.charAt(end - 1) <= ' ') {
      end--;
    }
    return end - start;
  }

  /**
   * The characters of link text in {@code e} (itself included, as {@code e.select("a")} would):
   * each link's text, a third of it for an in-page anchor ("#note-3"), which is navigation of the
   * text rather than away from it.
   */
  int links(Element e) {
    int[] r = ranges.get(e);
    return r != null ? r[2] : of(e).links(e);
  }

  /** Link characters over text characters, at most 1; 0 for an element without text. */
  double linkDensity(Element e) {
    int total = text(e);
    return total == 0 ? 0 : Math.min(1, (double) links(e) / total);
  }

  private static int ownLinkChars(Element e, int textLength) {
    if (!e.normalName().equals("a")) {
      return 0;
    }
    String href = e.attr("href");
    return href.startsWith("#") && href.length() > 1 ? textLength / 3 : textLength;
  }

  /** jsoup's text accumulation (Element.text in 1.21), recording where each element starts and ends. */
  private final class Walk implements NodeVisitor {
    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        if (t instanceof CDataNode || preservesWhitespace(t.parent())) {
          text.append(t.getWholeText());
        } else {
          StringUtil.appendNormalisedWhitespace(text, t.getWholeText(), endsWithSpace());
        }
      } else if (node instanceof Element e) {
        ranges.put(e, new int[] {text.length(), 0, 0});
        if (text.length() > 0 && (e.isBlock() || e.nameIs("br")) && !endsWithSpace()) {
          text.append(' ');
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (!(node instanceof Element e)) {
        return;
      }
      int[] range = ranges.get(e);
      range[1] = text.length();
      int links = 0;
      for (Element child : e.children()) {
        links += ranges.get(child)[2];
      }
      range[2] = links + ownLinkChars(e, text(e));
      Node next = e.nextSibling();
      if (!e.tag().isInline()
          && (next instanceof TextNode || next instanceof Element n && n.tag().isInline())
          && !endsWithSpace()) {
        text.append(' ');
      }
    }

    private boolean endsWithSpace() {
      return text.length() > 0 && text.charAt(text.length() - 1) == ' ';
    }

    /** As jsoup decides it: the node or one of its five nearest ancestors keeps white space (pre, textarea). */
    private static boolean preservesWhitespace(Node node) {
      Node n = node;
      for (int level = 0; level < 6 && n instanceof Element e; level++) {
        if (e.tag().preserveWhitespace()) {
          return true;
        }
        n = e.parent();
      }
      return false;
    }
  }
}
