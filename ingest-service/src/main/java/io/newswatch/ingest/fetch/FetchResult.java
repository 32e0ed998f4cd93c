package io.newswatch.ingest.fetch;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Duration;
import java.util.Locale;

/**
 * A response the fetcher accepted: 2xx with a decompressed body within the size cap, or a 304.
 *
 * @param url the URL finally answered, after redirects
 * @param status HTTP status (200-299 or 304)
 * @param contentType the Content-Type header, or null
 * @param etag the ETag validator, or null
 * @param lastModified the Last-Modified validator, or null
 * @param body the decompressed body; empty for a 304
 * @param wireBytes bytes received on the wire (before decompression)
 * @param latency time from the first request to the last byte, redirects included
 */
public record FetchResult(
    URI url,
    int status,
    String contentType,
    String etag,
    String lastModified,
    byte[] body,
    long wireBytes,
    Duration latency) {

  public boolean notModified() {
    return status == 304;
  }

  /** The media type without parameters, lower case; empty when the server sent none. */
  public String mediaType() {
    if (contentType == null) {
      return "";
    }
    int semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
        .trim()
        .toLowerCase(Locale.ROOT);
  }

  /** The charset the Content-Type declares, or null when none or an unknown one. */
  public String declaredCharset() {
    if (contentType == null) {
      return null;
    }
    for (String part : contentType.split(";")) {
      String p = part.trim();
      if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
        String name = p.substring("charset=".length()).replace("\"", "").replace("'", "").trim();
        try {
          return Charset.isSupported(name) ? Charset.forName(name).name() : null;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
          return null;
        }
      }
    }
    return null;
  }
}
