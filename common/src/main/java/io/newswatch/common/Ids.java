package io.newswatch.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable identifiers: the same inputs give the same id in every service, run and machine. */
public final class Ids {
  private Ids() {}

  /**
   * The first 16 bytes of SHA-256 over the parts joined by a separator that cannot occur in text,
   * as 32 hex digits: short enough for a key, long enough never to collide in practice.
   */
  public static String hash(String... parts) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (int i = 0; i < parts.length; i++) {
        if (i > 0) {
          digest.update((byte) 0);
        }
        digest.update(parts[i].getBytes(StandardCharsets.UTF_8));
      }
      byte[] bytes = digest.digest();
      return HexFormat.of().formatHex(bytes, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
