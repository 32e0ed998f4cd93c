package io.newswatch.bench.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FeedFileTest {
  private static final String FEED =
      "<?xml version=\"1.0\"?>\n<!--\nHeader:      Content-type: text/xml; charset=windows-1252\n"
          + "Description: HTTP charset wins\nExpect:      not bozo and encoding == 'windows-1252'\n-->\n<rss version=\"2.0\"></rss>\n";

  @Test
  void readsTheHeaderAndExpectationOfAFeedparserFile() {
    FeedFile f = FeedFile.read(FEED.getBytes(StandardCharsets.US_ASCII));
    assertEquals("text/xml; charset=windows-1252", f.contentType());
    assertEquals("HTTP charset wins", f.description());
    assertEquals("not bozo and encoding == 'windows-1252'", f.expect());
  }

  @Test
  void readsTheCommentOfUtf16AndUtf32Files() {
    for (String cs : new String[] {"UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"}) {
      FeedFile f = FeedFile.read(FEED.getBytes(Charset.forName(cs)));
      assertEquals("text/xml; charset=windows-1252", f.contentType(), cs);
    }
    byte[] bom = "\uFEFF<!--\nExpect: bozo\n-->".getBytes(StandardCharsets.UTF_16LE);
    assertEquals("bozo", FeedFile.read(bom).expect());
  }

  @Test
  void aFileWithoutTheCommentStatesNothing() {
    FeedFile f = FeedFile.read("<rss version=\"2.0\"><channel/></rss>".getBytes(StandardCharsets.UTF_8));
    assertNull(f.contentType());
    assertNull(f.expect());
  }
}
