package io.newswatch.enrich;

import io.newswatch.common.model.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.sr.SerbianNormalizationFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.RussianStemmer;
import org.tartarus.snowball.ext.SerbianStemmer;

/**
 * The Lucene analysis chains shared by actor matching and topic rules, one per base language, so a
 * name in the catalogue, a term in a rule and a word in an article meet in the same form.
 *
 * <ul>
 *   <li>Serbian: both scripts and text with or without diacritics are first brought to "bald"
 *       Latin by {@link SerbianNormalizationFilter} (Вучића, Vučića, Vucica all become {@code
 *       vucica}) and only then stemmed with the Snowball Serbian stemmer: stemming after the
 *       normalisation is what makes the three spellings end in the same stem. A second stemming
 *       pass adds a shorter stem where Snowball left a case ending on ({@link RestemFilter}).
 *   <li>Russian: the Snowball Russian stemmer on the Cyrillic, then ICU folding (ё = е, and any
 *       Latin in the text loses its diacritics).
 *   <li>English: possessive {@code 's} removed, ICU folding (Vučić = Vucic), Snowball English stemmer.
 * </ul>
 *
 * Analyzers are thread-safe (Lucene keeps one token-stream chain per thread).
 *
 * <p>Every filter after the tokenizer in these chains looks at one token at a time, so a word
 * always analyses to the same terms wherever it stands. {@link #analyse} therefore runs the chain
 * once per distinct word and remembers the result ({@link WordCache}): news text repeats its words
 * so much that the stemmers, the most expensive part, then run for a small share of the tokens.
 * {@code TextAnalysisTest} checks that the result is the same as the chain's over whole texts.
 */
public final class TextAnalysis {
  /**
   * Serbian words kept whole: the negated present of "biti" (nisam, nisi, nije, nismo, niste, nisu,
   * after normalisation in either script). Stemmed, nisam, nisi and nisu become "nis", which is
   * also NIS, the oil company the sanctions stories are about: "Ministri nisu razgovarali o
   * sankcijama" read as sanctions on NIS. An auxiliary verb has no stem to share with a noun.
   */
  static final CharArraySet SERBIAN_UNSTEMMED =
      CharArraySet.unmodifiableSet(new CharArraySet(List.of("nisam", "nisi", "nije", "nismo", "niste", "nisu"), false));

  private static final Analyzer SERBIAN = new SerbianChain();
  private static final Analyzer RUSSIAN = new RussianChain();
  private static final Analyzer ENGLISH = new EnglishChain();
  /** The chains' tokenizer alone: splits a text into the words the caches are keyed by. */
  private static final Analyzer WORDS = new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      return new TokenStreamComponents(new StandardTokenizer());
    }
  };
  private static final WordCache SERBIAN_WORDS = new WordCache(SERBIAN, CharsCache.DEFAULT_CAPACITY);
  private static final WordCache RUSSIAN_WORDS = new WordCache(RUSSIAN, CharsCache.DEFAULT_CAPACITY);
  private static final WordCache ENGLISH_WORDS = new WordCache(ENGLISH, CharsCache.DEFAULT_CAPACITY);

  private TextAnalysis() {}

  /** The analyzer for the base language of this language tag. */
  public static Analyzer analyzer(Language language) {
    return analyzer(language.base());
  }

  /** The analyzer for a base language: {@code sr}, {@code ru} or {@code en}. */
  public static Analyzer analyzer(String base) {
    return switch (base) {
      case "sr" -> SERBIAN;
      case "ru" -> RUSSIAN;
      case "en" -> ENGLISH;
      default -> throw new IllegalArgumentException(
          "no analyzer for language '" + base + "' (expected sr, ru or en)");
    };
  }

  /** Analyses a text once; actor matching and every topic rule then read the same tokens. */
  public static AnalysedText analyse(String text, Language language) {
    WordCache words = switch (language.base()) {
      case "sr" -> SERBIAN_WORDS;
      case "ru" -> RUSSIAN_WORDS;
      case "en" -> ENGLISH_WORDS;
      default -> throw new IllegalArgumentException("no analyzer for language '" + language.base() + "' (expected sr, ru or en)");
    };
    return analyse(text, words);
  }

  /** As the chain would analyse the text, one cached word at a time. */
  static AnalysedText analyse(String text, WordCache words) {
    AnalysedText.Builder builder = new AnalysedText.Builder(text, Math.max(16, text.length() / 6));
    try (TokenStream stream = WORDS.tokenStream(AnalysedText.FIELD, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      int pending = 0;
      while (stream.incrementToken()) {
        pending += increment.getPositionIncrement();
        WordCache.Terms analysed = words.get(term.buffer(), term.length());
        for (int i = 0; i < analysed.size(); i++) {
          // The word's own first increment is the one the tokenizer gave it; a term the chain
          // stacks on the same word (the Serbian second stem) keeps its own.
          int inc = i == 0 ? pending + analysed.increment(0) - 1 : analysed.increment(i);
          builder.add(analysed.term(i), offset.startOffset(), offset.endOffset(), inc);
          pending = 0;
        }
      }
      stream.end();
    } catch (IOException e) {
      // Analysis reads from a String: an IOException here is a bug, not bad input.
      throw new UncheckedIOException(e);
    }
    return builder.build();
  }

  /** The whole text through the chain in one stream: the reference {@link #analyse} must equal. */
  static AnalysedText analyseWithChain(String text, Analyzer analyzer) {
    AnalysedText.Builder builder = new AnalysedText.Builder(text, Math.max(16, text.length() / 6));
    try (TokenStream stream = analyzer.tokenStream(AnalysedText.FIELD, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        builder.add(term.toString(), offset.startOffset(), offset.endOffset(), increment.getPositionIncrement());
      }
      stream.end();
    } catch (IOException e) {
      // Analysis reads from a String: an IOException here is a bug, not bad input.
      throw new UncheckedIOException(e);
    }
    return builder.build();
  }

  /** The first analysed term at each position of a short text (a name, a rule term), in order. */
  public static String[] terms(String text, Language language) {
    return analyse(text, language).terms();
  }

  private static final class SerbianChain extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      TokenStream chain = new LowerCaseFilter(source);
      chain = new SerbianNormalizationFilter(chain);
      chain = new SetKeywordMarkerFilter(chain, SERBIAN_UNSTEMMED);
      chain = new SnowballFilter(chain, new SerbianStemmer());
      chain = new RestemFilter(chain, new SerbianStemmer());
      return new TokenStreamComponents(source, chain);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new SerbianNormalizationFilter(new LowerCaseFilter(in));
    }
  }

  private static final class RussianChain extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      TokenStream chain = new LowerCaseFilter(source);
      chain = new SnowballFilter(chain, new RussianStemmer());
      chain = new ICUFoldingFilter(chain);
      return new TokenStreamComponents(source, chain);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new ICUFoldingFilter(new LowerCaseFilter(in));
    }
  }

  private static final class EnglishChain extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      TokenStream chain = new EnglishPossessiveFilter(source);
      chain = new LowerCaseFilter(chain);
      chain = new ICUFoldingFilter(chain);
      chain = new SnowballFilter(chain, new EnglishStemmer());
      return new TokenStreamComponents(source, chain);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new ICUFoldingFilter(new LowerCaseFilter(in));
    }
  }
}
