package io.newswatch.enrich;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.tartarus.snowball.SnowballStemmer;

/**
 * Runs a Snowball stemmer on the already stemmed term and, when that takes off one more suffix,
 * adds the result at the same position. The Snowball Serbian stemmer leaves some case endings on
 * (Vučićem gives vucice, Metohije gives metohi where Metohija gives metohij); the second pass
 * brings those forms together again, and keeping the first stem too stops the second pass from
 * separating forms the first one had already joined. Rules are analysed with the same chain, so a
 * rule term becomes a synonym query over both stems and still meets the text.
 */
final class RestemFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private final SnowballStemmer stemmer;
  private State pending;
  private String second;

  RestemFilter(TokenStream input, SnowballStemmer stemmer) {
    super(input);
    this.stemmer = stemmer;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (pending != null) {
      restoreState(pending);
      pending = null;
      term.setEmpty().append(second);
      increment.setPositionIncrement(0);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    if (keyword.isKeyword()) {
      return true; // marked to be kept whole, as the first stemmer kept it
    }
    // A copy: the stemmer works in the buffer it is given, and the first stem must stay.
    stemmer.setCurrent(term.toString());
    stemmer.stem();
    if (stemmer.getCurrentBufferLength() != term.length() && stemmer.getCurrentBufferLength() > 1) {
      second = new String(stemmer.getCurrentBuffer(), 0, stemmer.getCurrentBufferLength());
      pending = captureState();
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending = null;
    second = null;
  }
}
