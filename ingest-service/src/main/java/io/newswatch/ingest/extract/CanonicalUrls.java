package io.newswatch.ingest.extract;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The canonical form of an article URL, from which its id is derived: scheme and host in lower
 * case, default port and fragment dropped, and the tracking parameters that feeds and social
 * shares append (utm_*, fbclid ...) removed, so one article reached by two links is one id.
 */
public final class CanonicalUrls {
  private static final Set<String> TRACKING =
      Set.of(
          "fbclid", "gclid", "dclid", "gbraid", "wbraid", "yclid", "msclkid", "mc_cid", "mc_eid",
          "_ga", "_gl", "igshid", "ref_src", "ref_url", "cmpid", "ocid", "spm", "ns_source",
          "ns_mchannel", "ns_campaign", "ns_linkname", "ns_fee", "at_medium", "at_campaign",
          "rss_source", "from_rss");

  private CanonicalUrls() {}

  /** The canonical form; the input unchanged when it is not an absolute http(s) URL. */
  public static String clean(String url) {
    if (url == null) {
      return null;
    }
    URI uri;
    try {
      uri = new URI(url.trim().replace(" ", "%20"));
    } catch (URISyntaxException e) {
      return url.trim();
    }
    String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!"http".equals(scheme) && !"https".equals(scheme) || uri.getRawAuthority() == null || uri.getHost() == null) {
      return url.trim();
    }
    StringBuilder out = new StringBuilder(scheme).append("://").append(uri.getHost().toLowerCase(Locale.ROOT));
    int port = uri.getPort();
    if (port > 0 && !(port == 80 && scheme.equals("http")) && !(port == 443 && scheme.equals("https"))) {
      out.append(':').append(port);
    }
    String path = uri.getRawPath();
    out.append(path == null || path.isEmpty() ? "/" : path);
    String query = uri.getRawQuery();
    if (query != null && !query.isEmpty()) {
      StringJoiner kept = new StringJoiner("&");
      for (String pair : query.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
        if (!name.startsWith("utm_") && !TRACKING.contains(name)) {
          kept.add(pair);
        }
      }
      if (kept.length() > 0) {
        out.append('?').append(kept);
      }
    }
    return out.toString();
  }
}
