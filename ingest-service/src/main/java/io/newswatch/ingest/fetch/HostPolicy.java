package io.newswatch.ingest.fetch;

import crawlercommons.domains.EffectiveTldFinder;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Which hosts one source may be fetched from. A feed is a list of links that anyone who controls
 * the feed can point anywhere, including at our own network ({@code 127.0.0.1}, the cloud metadata
 * address {@code 169.254.169.254}); so a link is fetched only when its host is one the operator
 * configured for the source, or a host of the same registrable domain (www.b92.net and b92.net)
 * that resolves to public addresses only. Configured hosts are trusted as they are: the offline
 * demo points a catalogue at a local server on purpose.
 */
public final class HostPolicy {
  private final Set<String> trustedAuthorities;
  private final Set<String> siteDomains;

  private HostPolicy(Set<String> trustedAuthorities, Set<String> siteDomains) {
    this.trustedAuthorities = Set.copyOf(trustedAuthorities);
    this.siteDomains = Set.copyOf(siteDomains);
  }

  /**
   * The policy of a source.
   *
   * @param urls the source's configured feed and listing URLs
   * @param extraHosts hosts the catalogue lists for it, as {@code host} or {@code host:port}
   */
  public static HostPolicy of(Collection<String> urls, Collection<String> extraHosts) {
    Set<String> authorities = new HashSet<>();
    Set<String> domains = new HashSet<>();
    for (String url : urls) {
      try {
        URI uri = URI.create(url.trim());
        if (uri.getHost() != null) {
          authorities.add(authority(uri));
          site(uri.getHost()).ifPresent(domains::add);
        }
      } catch (IllegalArgumentException e) {
        // The catalogue validation reports bad URLs; an unparseable one simply trusts nothing.
      }
    }
    for (String host : extraHosts) {
      String h = host.trim().toLowerCase(Locale.ROOT);
      if (h.isEmpty()) {
        continue;
      }
      URI uri = URI.create("http://" + h);
      if (uri.getHost() == null) {
        continue;
      }
      if (uri.getPort() > 0) {
        authorities.add(uri.getHost() + ":" + uri.getPort());
      } else {
        authorities.add(uri.getHost() + ":80");
        authorities.add(uri.getHost() + ":443");
      }
      site(uri.getHost()).ifPresent(domains::add);
    }
    return new HostPolicy(authorities, domains);
  }

  /** A policy that trusts exactly the authorities of these URLs (for one-off fetches). */
  public static HostPolicy trusting(Collection<String> urls) {
    return of(urls, Set.of());
  }

  /** Whether the URL may be fetched; throws with {@link Outcome#OFF_HOST} or {@link Outcome#BAD_URL} if not. */
  public void check(URI uri) throws FetchException {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
      throw new FetchException(Outcome.BAD_URL, "not an absolute http(s) URL: " + uri);
    }
    if (uri.getRawUserInfo() != null) {
      throw new FetchException(Outcome.OFF_HOST, "URL with credentials refused: " + uri.getHost());
    }
    if (trustedAuthorities.contains(authority(uri))) {
      return;
    }
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    boolean defaultPort = uri.getPort() < 0 || uri.getPort() == 80 || uri.getPort() == 443;
    var domain = site(host);
    if (!defaultPort || domain.isEmpty() || !siteDomains.contains(domain.get())) {
      throw new FetchException(
          Outcome.OFF_HOST, "link to " + authority(uri) + " is not on a host of the source");
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(host);
    } catch (UnknownHostException e) {
      throw new FetchException(Outcome.DNS, "cannot resolve " + host, null, e);
    }
    for (InetAddress address : addresses) {
      if (!isPublic(address)) {
        throw new FetchException(
            Outcome.OFF_HOST, host + " resolves to the non-public address " + address.getHostAddress());
      }
    }
  }

  /** Whether an address is routable on the public internet (not loopback, private, link-local ...). */
  static boolean isPublic(InetAddress address) {
    if (address.isLoopbackAddress()
        || address.isAnyLocalAddress()
        || address.isLinkLocalAddress()
        || address.isSiteLocalAddress()
        || address.isMulticastAddress()) {
      return false;
    }
    byte[] b = address.getAddress();
    if (address instanceof Inet6Address) {
      return (b[0] & 0xfe) != 0xfc; // fc00::/7 unique local
    }
    int first = b[0] & 0xff;
    int second = b[1] & 0xff;
    return first != 0 // 0.0.0.0/8
        && !(first == 100 && second >= 64 && second < 128) // carrier-grade NAT
        && !(first == 198 && (second == 18 || second == 19)) // benchmarking
        && first < 240; // reserved and broadcast
  }

  static String authority(URI uri) {
    int port = uri.getPort();
    if (port < 0) {
      port = "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
    return uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
  }

  private static java.util.Optional<String> site(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.startsWith("[") || h.chars().allMatch(c -> Character.isDigit(c) || c == '.')) {
      return java.util.Optional.empty(); // IP literals have no registrable domain
    }
    try {
      return java.util.Optional.ofNullable(EffectiveTldFinder.getAssignedDomain(h, true, false))
          .filter(d -> d.contains("."));
    } catch (RuntimeException e) {
      return java.util.Optional.empty();
    }
  }
}
