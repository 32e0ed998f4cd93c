package io.newswatch.ingest.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/**
 * Content-Encoding decoding with a cap on the decoded size: a 10 KB gzip bomb that inflates to
 * 10 GB stops at the cap instead of filling the heap.
 */
final class Decompression {
  private Decompression() {}

  static byte[] decode(byte[] body, String contentEncoding, long cap) throws FetchException {
    String encoding = contentEncoding == null ? "" : contentEncoding.trim().toLowerCase(Locale.ROOT);
    try {
      return switch (encoding) {
        case "", "identity" -> body;
        case "gzip", "x-gzip" -> readCapped(new GZIPInputStream(new ByteArrayInputStream(body)), cap);
        case "deflate" -> inflate(body, cap);
        default -> throw new FetchException(
            Outcome.UNSUPPORTED_ENCODING, "unsupported Content-Encoding '" + contentEncoding + "'");
      };
    } catch (IOException e) {
      if (e instanceof CappedBodySubscriber.TooLarge) {
        throw new FetchException(Outcome.TOO_LARGE, e.getMessage());
      }
      throw new FetchException(Outcome.IO_ERROR, "cannot decode " + encoding + " body: " + e.getMessage(), null, e);
    }
  }

  /** "deflate" should be zlib-wrapped, but some servers send raw deflate; both are accepted. */
  private static byte[] inflate(byte[] body, long cap) throws IOException {
    try {
      return readCapped(new InflaterInputStream(new ByteArrayInputStream(body)), cap);
    } catch (ZipException e) {
      return readCapped(new InflaterInputStream(new ByteArrayInputStream(body), new Inflater(true)), cap);
    }
  }

  private static byte[] readCapped(InputStream in, long cap) throws IOException {
    try (in) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[16 * 1024];
      int n;
      while ((n = in.read(buffer)) > 0) {
        if (out.size() + (long) n > cap) {
          throw new CappedBodySubscriber.TooLarge("decompressed body exceeds the cap of " + cap + " bytes");
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    }
  }
}
