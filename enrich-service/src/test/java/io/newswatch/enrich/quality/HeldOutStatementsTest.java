package io.newswatch.enrich.quality;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswatch.common.Ids;
import io.newswatch.common.json.Json;
import io.newswatch.common.model.Article;
import io.newswatch.common.model.Language;
import io.newswatch.common.model.Statement;
import io.newswatch.common.text.Texts;
import io.newswatch.enrich.EnrichmentResult;
import io.newswatch.enrich.Enricher;
import io.newswatch.enrich.actors.ActorCatalogue;
import io.newswatch.enrich.quality.EnrichmentQualityTest.Counts;
import io.newswatch.enrich.quality.EnrichmentQualityTest.Expected;
import io.newswatch.enrich.topics.TopicCatalogue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Statement attribution on sets written and annotated before the extractor ran on them: the first
 * two by the extractor's author, the rest by someone who had not read it. {@code
 * heldout/articles.yaml} (the thirty-first), {@code heldout/held-out-43.yaml}, {@code
 * heldout/held-out-44.yaml}, {@code heldout/held-out-59.yaml}, {@code heldout/held-out-67.yaml},
 * {@code heldout/held-out-70.yaml}, {@code heldout/held-out-73.yaml}, {@code
 * heldout/held-out-76.yaml}, {@code heldout/held-out-79.yaml}, {@code heldout/held-out-82.yaml},
 * {@code heldout/held-out-85.yaml}, {@code heldout/held-out-88.yaml}, {@code
 * heldout/held-out-91.yaml}, {@code heldout/held-out-94.yaml}, {@code heldout/held-out-97.yaml},
 * {@code heldout/held-out-100.yaml}, {@code heldout/held-out-103.yaml}, {@code
 * heldout/held-out-106.yaml}, {@code heldout/held-out-109.yaml}, {@code
 * heldout/held-out-112.yaml}, {@code heldout/held-out-115.yaml}, {@code
 * heldout/held-out-118.yaml}, {@code heldout/held-out-121.yaml}, {@code
 * heldout/held-out-124.yaml}, {@code heldout/held-out-127.yaml}, {@code
 * heldout/held-out-130.yaml}, {@code heldout/held-out-133.yaml}, {@code
 * heldout/held-out-136.yaml}, {@code heldout/held-out-139.yaml}, {@code
 * heldout/held-out-142.yaml}, {@code heldout/held-out-145.yaml}, {@code
 * heldout/held-out-148.yaml}, {@code heldout/held-out-151.yaml}, {@code
 * heldout/held-out-154.yaml}, {@code heldout/held-out-157.yaml}, {@code
 * heldout/held-out-160.yaml}, {@code heldout/held-out-163.yaml}, {@code
 * heldout/held-out-166.yaml}, {@code heldout/held-out-169.yaml}, {@code
 * heldout/held-out-172.yaml}, {@code heldout/held-out-175.yaml}, {@code
 * heldout/held-out-178.yaml}, {@code heldout/held-out-181.yaml}, {@code
 * heldout/held-out-184.yaml}, {@code heldout/held-out-187.yaml}, {@code
 * heldout/held-out-190.yaml}, {@code heldout/held-out-193.yaml}, {@code
 * heldout/held-out-196.yaml}, {@code heldout/held-out-199.yaml}, {@code
 * heldout/held-out-202.yaml}, {@code heldout/held-out-205.yaml}, {@code
 * heldout/held-out-208.yaml}, {@code heldout/held-out-211.yaml}, {@code
 * heldout/held-out-214.yaml}, {@code heldout/held-out-217.yaml}, {@code
 * heldout/held-out-220.yaml}, {@code heldout/held-out-223.yaml}, {@code
 * heldout/held-out-226.yaml}, {@code heldout/held-out-229.yaml}, {@code
 * heldout/held-out-232.yaml}, {@code heldout/held-out-235.yaml}, {@code
 * heldout/held-out-238.yaml}, {@code heldout/held-out-241.yaml}, {@code
 * heldout/held-out-244.yaml}, {@code heldout/held-out-247.yaml}, {@code
 * heldout/held-out-250.yaml}, {@code heldout/held-out-253.yaml}, {@code
 * heldout/held-out-256.yaml}, {@code heldout/held-out-259.yaml}, {@code
 * heldout/held-out-262.yaml}, {@code heldout/held-out-265.yaml}, {@code
 * heldout/held-out-268.yaml}, {@code heldout/held-out-271.yaml}, {@code
 * heldout/held-out-274.yaml}, {@code heldout/held-out-277.yaml}, {@code
 * heldout/held-out-280.yaml}, {@code heldout/held-out-283.yaml}, {@code
 * heldout/held-out-286.yaml}, {@code heldout/held-out-289.yaml}, {@code
 * heldout/held-out-292.yaml}, {@code heldout/held-out-295.yaml}, {@code
 * heldout/held-out-298.yaml}, {@code heldout/held-out-301.yaml}, {@code heldout/held-out-304.yaml},
 * {@code heldout/held-out-307.yaml}, {@code heldout/held-out-310.yaml}, {@code
 * heldout/held-out-313.yaml}, {@code heldout/held-out-316.yaml} and {@code
 * heldout/held-out-319.yaml} are held out: nothing was changed to fit them (the thirty-first has
 * since been read in part, so the others are the cleaner measures). The others
 * ({@code development*.yaml}) had their general misses fixed after their first run, so they are
 * in-sample; they stay so that what was fixed stays fixed, and the README keeps every set's
 * first-run figures, the honest measure. Scored as {@link EnrichmentQualityTest} scores
 * statements; prints the tables, the differences of the development sets (a held-out set's only on
 * request, see {@link #measureHeldOut}) and a fingerprint of what each set's run found, and fails
 * a development set below the issue's bar for statements (P >= 0.90, R >= 0.80), a held-out set
 * below a floor (P >= 0.80, R >= 0.75). The kind of each right attribution is scored apart
 * (direct or indirect as annotated: at least 0.95 on a development set, 0.90 on a held-out one).
 */
class HeldOutStatementsTest {
  private static final Path SEEDS = Path.of("..", "seeds");
  private static final Instant FETCHED = Instant.parse("2026-01-15T12:00:00Z");
  private static final double PRECISION = 0.90;
  private static final double RECALL = 0.80;
  /**
   * The held-out set's floor: far enough under the bar to leave it unfitted, near enough that a
   * broken extractor fails the build. Held to the bar, the set would have to be fitted to it.
   */
  private static final double HELD_OUT_PRECISION = 0.80;
  private static final double HELD_OUT_RECALL = 0.75;
  private static final double HELD_OUT_KIND = 0.90;
  /** The system property that prints a held-out set's differences. */
  static final String SHOW_HELD_OUT = "newswatch.quality.showHeldOut";

  /** The held-out set (the thirty-first): nothing was changed to fit it. */
  @Test
  void statementAttributionOnTheHeldOutSet() throws IOException {
    measureHeldOut("/heldout/articles.yaml", "held out");
  }

  /**
   * The forty-third set, written beside the forty-second and held out from its first run, when
   * the thirty-first had been read in part and moved by rules written for other sets.
   */
  @Test
  void statementAttributionOnTheFortyThirdSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-43.yaml", "held out 43");
  }

  /**
   * The forty-fourth set, held out from its first run, as the forty-third was: a second clean
   * measure, so that one held-out day does not stand for all.
   */
  @Test
  void statementAttributionOnTheFortyFourthSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-44.yaml", "held out 44");
  }

  /**
   * The fifty-ninth set, held out from its first run, taken on the code a session of eight blind
   * sets had led to: the measure of that code on a day it has not seen.
   */
  @Test
  void statementAttributionOnTheFiftyNinthSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-59.yaml", "held out 59");
  }

  /** The forty-fifth set, written beside the forty-fourth and forty-sixth. */
  @Test
  void statementAttributionOnTheFortyFifthSet() throws IOException {
    measure("/heldout/development-45.yaml", "set 45");
  }

  /** The fiftieth set, written beside the forty-ninth. */
  @Test
  void statementAttributionOnTheFiftiethSet() throws IOException {
    measure("/heldout/development-50.yaml", "set 50");
  }

  /** The fifty-first set, written beside the fifty-second. */
  @Test
  void statementAttributionOnTheFiftyFirstSet() throws IOException {
    measure("/heldout/development-51.yaml", "set 51");
  }

  /** The fifty-second set, written beside the fifty-first. */
  @Test
  void statementAttributionOnTheFiftySecondSet() throws IOException {
    measure("/heldout/development-52.yaml", "set 52");
  }

  /** The fifty-third set, written beside the fifty-fourth. */
  @Test
  void statementAttributionOnTheFiftyThirdSet() throws IOException {
    measure("/heldout/development-53.yaml", "set 53");
  }

  /** The fifty-fourth set, written beside the fifty-third. */
  @Test
  void statementAttributionOnTheFiftyFourthSet() throws IOException {
    measure("/heldout/development-54.yaml", "set 54");
  }

  /** The fifty-fifth set, written beside the fifty-sixth. */
  @Test
  void statementAttributionOnTheFiftyFifthSet() throws IOException {
    measure("/heldout/development-55.yaml", "set 55");
  }

  /** The fifty-sixth set, written beside the fifty-fifth. */
  @Test
  void statementAttributionOnTheFiftySixthSet() throws IOException {
    measure("/heldout/development-56.yaml", "set 56");
  }

  /** The fifty-seventh set, written beside the fifty-eighth. */
  @Test
  void statementAttributionOnTheFiftySeventhSet() throws IOException {
    measure("/heldout/development-57.yaml", "set 57");
  }

  /** The fifty-eighth set, written beside the fifty-seventh. */
  @Test
  void statementAttributionOnTheFiftyEighthSet() throws IOException {
    measure("/heldout/development-58.yaml", "set 58");
  }

  /** The sixtieth set, written beside the fifty-ninth. */
  @Test
  void statementAttributionOnTheSixtiethSet() throws IOException {
    measure("/heldout/development-60.yaml", "set 60");
  }

  /** The sixty-first set, written beside the sixty-second. */
  @Test
  void statementAttributionOnTheSixtyFirstSet() throws IOException {
    measure("/heldout/development-61.yaml", "set 61");
  }

  /** The sixty-second set, written beside the sixty-first. */
  @Test
  void statementAttributionOnTheSixtySecondSet() throws IOException {
    measure("/heldout/development-62.yaml", "set 62");
  }

  /** The sixty-third set, written beside the sixty-fourth. */
  @Test
  void statementAttributionOnTheSixtyThirdSet() throws IOException {
    measure("/heldout/development-63.yaml", "set 63");
  }

  /** The sixty-fourth set, written beside the sixty-third. */
  @Test
  void statementAttributionOnTheSixtyFourthSet() throws IOException {
    measure("/heldout/development-64.yaml", "set 64");
  }

  /** The sixty-fifth set, written beside the sixty-sixth and sixty-seventh. */
  @Test
  void statementAttributionOnTheSixtyFifthSet() throws IOException {
    measure("/heldout/development-65.yaml", "set 65");
  }

  /** The sixty-sixth set, written beside the sixty-fifth and sixty-seventh. */
  @Test
  void statementAttributionOnTheSixtySixthSet() throws IOException {
    measure("/heldout/development-66.yaml", "set 66");
  }

  /**
   * The sixty-seventh set, held out from its first run, taken on the code that sets 63 and 64 had
   * led to: written beside the sixty-fifth and sixty-sixth, and never fitted.
   */
  @Test
  void statementAttributionOnTheSixtySeventhSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-67.yaml", "held out 67");
  }

  /** The sixty-eighth set, written beside the sixty-ninth and seventieth. */
  @Test
  void statementAttributionOnTheSixtyEighthSet() throws IOException {
    measure("/heldout/development-68.yaml", "set 68");
  }

  /** The sixty-ninth set, written beside the sixty-eighth and seventieth. */
  @Test
  void statementAttributionOnTheSixtyNinthSet() throws IOException {
    measure("/heldout/development-69.yaml", "set 69");
  }

  /**
   * The seventieth set, held out from its first run, taken on the code that sets 65 and 66 had led
   * to: written beside the sixty-eighth and sixty-ninth, and never fitted.
   */
  @Test
  void statementAttributionOnTheSeventiethSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-70.yaml", "held out 70");
  }

  /** The seventy-first set, written beside the seventy-second and seventy-third. */
  @Test
  void statementAttributionOnTheSeventyFirstSet() throws IOException {
    measure("/heldout/development-71.yaml", "set 71");
  }

  /** The seventy-second set, written beside the seventy-first and seventy-third. */
  @Test
  void statementAttributionOnTheSeventySecondSet() throws IOException {
    measure("/heldout/development-72.yaml", "set 72");
  }

  /**
   * The seventy-third set, held out from its first run, taken on the code that sets 68 and 69 had
   * led to: written beside the seventy-first and seventy-second, and never fitted.
   */
  @Test
  void statementAttributionOnTheSeventyThirdSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-73.yaml", "held out 73");
  }

  /** The seventy-fourth set, written beside the seventy-fifth and seventy-sixth. */
  @Test
  void statementAttributionOnTheSeventyFourthSet() throws IOException {
    measure("/heldout/development-74.yaml", "set 74");
  }

  /** The seventy-fifth set, written beside the seventy-fourth and seventy-sixth. */
  @Test
  void statementAttributionOnTheSeventyFifthSet() throws IOException {
    measure("/heldout/development-75.yaml", "set 75");
  }

  /**
   * The seventy-sixth set, held out from its first run, taken on the code that sets 71 and 72 had
   * led to: written beside the seventy-fourth and seventy-fifth, and never fitted.
   */
  @Test
  void statementAttributionOnTheSeventySixthSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-76.yaml", "held out 76");
  }

  /** The seventy-seventh set, written beside the seventy-eighth and seventy-ninth. */
  @Test
  void statementAttributionOnTheSeventySeventhSet() throws IOException {
    measure("/heldout/development-77.yaml", "set 77");
  }

  /** The seventy-eighth set, written beside the seventy-seventh and seventy-ninth. */
  @Test
  void statementAttributionOnTheSeventyEighthSet() throws IOException {
    measure("/heldout/development-78.yaml", "set 78");
  }

  /**
   * The seventy-ninth set, held out from its first run, taken on the code that sets 74 and 75 had
   * led to: written beside the seventy-seventh and seventy-eighth, and never fitted.
   */
  @Test
  void statementAttributionOnTheSeventyNinthSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-79.yaml", "held out 79");
  }

  /** The eightieth set, written beside the eighty-first and eighty-second. */
  @Test
  void statementAttributionOnTheEightiethSet() throws IOException {
    measure("/heldout/development-80.yaml", "set 80");
  }

  /** The eighty-first set, written beside the eightieth and eighty-second. */
  @Test
  void statementAttributionOnTheEightyFirstSet() throws IOException {
    measure("/heldout/development-81.yaml", "set 81");
  }

  /**
   * The eighty-second set, held out from its first run, taken on the code that sets 77 and 78 had
   * led to: written beside the eightieth and eighty-first, and never fitted.
   */
  @Test
  void statementAttributionOnTheEightySecondSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-82.yaml", "held out 82");
  }

  /** The eighty-third set, written beside the eighty-fourth and eighty-fifth. */
  @Test
  void statementAttributionOnTheEightyThirdSet() throws IOException {
    measure("/heldout/development-83.yaml", "set 83");
  }

  /** The eighty-fourth set, written beside the eighty-third and eighty-fifth. */
  @Test
  void statementAttributionOnTheEightyFourthSet() throws IOException {
    measure("/heldout/development-84.yaml", "set 84");
  }

  /**
   * The eighty-fifth set, held out from its first run, taken on the code that sets 80 and 81 had
   * led to: written beside the eighty-third and eighty-fourth, and never fitted.
   */
  @Test
  void statementAttributionOnTheEightyFifthSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-85.yaml", "held out 85");
  }

  /** The eighty-sixth set, written beside the eighty-seventh and eighty-eighth. */
  @Test
  void statementAttributionOnTheEightySixthSet() throws IOException {
    measure("/heldout/development-86.yaml", "set 86");
  }

  /** The eighty-seventh set, written beside the eighty-sixth and eighty-eighth. */
  @Test
  void statementAttributionOnTheEightySeventhSet() throws IOException {
    measure("/heldout/development-87.yaml", "set 87");
  }

  /**
   * The eighty-eighth set, held out from its first run, taken on the code that sets 83 and 84 had
   * led to: written beside the eighty-sixth and eighty-seventh, and never fitted.
   */
  @Test
  void statementAttributionOnTheEightyEighthSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-88.yaml", "held out 88");
  }

  /** The eighty-ninth set, written beside the ninetieth and ninety-first. */
  @Test
  void statementAttributionOnTheEightyNinthSet() throws IOException {
    measure("/heldout/development-89.yaml", "set 89");
  }

  /** The ninetieth set, written beside the eighty-ninth and ninety-first. */
  @Test
  void statementAttributionOnTheNinetiethSet() throws IOException {
    measure("/heldout/development-90.yaml", "set 90");
  }

  /**
   * The ninety-first set, held out from its first run, taken on the code that sets 86 and 87 had
   * led to: written beside the eighty-ninth and ninetieth, and never fitted.
   */
  @Test
  void statementAttributionOnTheNinetyFirstSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-91.yaml", "held out 91");
  }

  /** The ninety-second set, written beside the ninety-third and ninety-fourth. */
  @Test
  void statementAttributionOnTheNinetySecondSet() throws IOException {
    measure("/heldout/development-92.yaml", "set 92");
  }

  /** The ninety-third set, written beside the ninety-second and ninety-fourth. */
  @Test
  void statementAttributionOnTheNinetyThirdSet() throws IOException {
    measure("/heldout/development-93.yaml", "set 93");
  }

  /**
   * The ninety-fourth set, held out from its first run, taken on the code that sets 89 and 90 had
   * led to: written beside the ninety-second and ninety-third, and never fitted.
   */
  @Test
  void statementAttributionOnTheNinetyFourthSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-94.yaml", "held out 94");
  }

  /** The ninety-fifth set, written beside the ninety-sixth and ninety-seventh. */
  @Test
  void statementAttributionOnTheNinetyFifthSet() throws IOException {
    measure("/heldout/development-95.yaml", "set 95");
  }

  /** The ninety-sixth set, written beside the ninety-fifth and ninety-seventh. */
  @Test
  void statementAttributionOnTheNinetySixthSet() throws IOException {
    measure("/heldout/development-96.yaml", "set 96");
  }

  /**
   * The ninety-seventh set, held out from its first run, taken on the code that sets 92 and 93 had
   * led to: written beside the ninety-fifth and ninety-sixth, and never fitted.
   */
  @Test
  void statementAttributionOnTheNinetySeventhSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-97.yaml", "held out 97");
  }

  /** The ninety-eighth set, written beside the ninety-ninth and hundredth. */
  @Test
  void statementAttributionOnTheNinetyEighthSet() throws IOException {
    measure("/heldout/development-98.yaml", "set 98");
  }

  /** The ninety-ninth set, written beside the ninety-eighth and hundredth. */
  @Test
  void statementAttributionOnTheNinetyNinthSet() throws IOException {
    measure("/heldout/development-99.yaml", "set 99");
  }

  /**
   * The hundredth set, held out from its first run, taken on the code that sets 95 and 96 had led
   * to: written beside the ninety-eighth and ninety-ninth, and never fitted.
   */
  @Test
  void statementAttributionOnTheHundredthSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-100.yaml", "held out 100");
  }

  /** The hundred-and-first set, written beside the hundred-and-second and hundred-and-third. */
  @Test
  void statementAttributionOnTheHundredAndFirstSet() throws IOException {
    measure("/heldout/development-101.yaml", "set 101");
  }

  /** The hundred-and-second set, written beside the hundred-and-first and hundred-and-third. */
  @Test
  void statementAttributionOnTheHundredAndSecondSet() throws IOException {
    measure("/heldout/development-102.yaml", "set 102");
  }

  /**
   * The hundred-and-third set, held out from its first run, taken on the code that sets 98 and 99
   * had led to: written beside the hundred-and-first and hundred-and-second, and never fitted.
   */
  @Test
  void statementAttributionOnTheHundredAndThirdSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-103.yaml", "held out 103");
  }

  /** The hundred-and-fourth set, written beside the hundred-and-fifth and hundred-and-sixth. */
  @Test
  void statementAttributionOnTheHundredAndFourthSet() throws IOException {
    measure("/heldout/development-104.yaml", "set 104");
  }

  /** The hundred-and-fifth set, written beside the hundred-and-fourth and hundred-and-sixth. */
  @Test
  void statementAttributionOnTheHundredAndFifthSet() throws IOException {
    measure("/heldout/development-105.yaml", "set 105");
  }

  /**
   * The hundred-and-sixth set, held out from its first run, taken on the code that sets 101 and
   * 102 had led to: written beside the hundred-and-fourth and hundred-and-fifth, and never fitted.
   */
  @Test
  void statementAttributionOnTheHundredAndSixthSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-106.yaml", "held out 106");
  }

  /** The hundred-and-seventh set, written beside the hundred-and-eighth and hundred-and-ninth. */
  @Test
  void statementAttributionOnTheHundredAndSeventhSet() throws IOException {
    measure("/heldout/development-107.yaml", "set 107");
  }

  /** The hundred-and-eighth set, written beside the hundred-and-seventh and hundred-and-ninth. */
  @Test
  void statementAttributionOnTheHundredAndEighthSet() throws IOException {
    measure("/heldout/development-108.yaml", "set 108");
  }

  /**
   * The hundred-and-ninth set, held out from its first run, taken on the code that sets 104 and
   * 105 had led to: written beside the hundred-and-seventh and hundred-and-eighth, and never fitted.
   */
  @Test
  void statementAttributionOnTheHundredAndNinthSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-109.yaml", "held out 109");
  }

  /** The hundred-and-tenth set, written beside the hundred-and-eleventh and hundred-and-twelfth. */
  @Test
  void statementAttributionOnTheHundredAndTenthSet() throws IOException {
    measure("/heldout/development-110.yaml", "set 110");
  }

  /** The hundred-and-eleventh set, written beside the hundred-and-tenth and hundred-and-twelfth. */
  @Test
  void statementAttributionOnTheHundredAndEleventhSet() throws IOException {
    measure("/heldout/development-111.yaml", "set 111");
  }

  /**
   * The hundred-and-twelfth set, held out from its first run, taken on the code that sets 107 and
   * 108 had led to: written beside the hundred-and-tenth and hundred-and-eleventh, and never fitted.
   */
  @Test
  void statementAttributionOnTheHundredAndTwelfthSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-112.yaml", "held out 112");
  }

  /** The hundred-and-thirteenth set, written beside the hundred-and-fourteenth and hundred-and-fifteenth. */
  @Test
  void statementAttributionOnTheHundredAndThirteenthSet() throws IOException {
    measure("/heldout/development-113.yaml", "set 113");
  }

  /** The hundred-and-fourteenth set, written beside the hundred-and-thirteenth and hundred-and-fifteenth. */
  @Test
  void statementAttributionOnTheHundredAndFourteenthSet() throws IOException {
    measure("/heldout/development-114.yaml", "set 114");
  }

  /**
   * The hundred-and-fifteenth set, held out from its first run, taken on the code that sets 110
   * and 111 had led to: written beside the hundred-and-thirteenth and hundred-and-fourteenth, and
   * never fitted.
   */
  @Test
  void statementAttributionOnTheHundredAndFifteenthSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-115.yaml", "held out 115");
  }

  /** The hundred-and-sixteenth set, written beside the hundred-and-seventeenth and hundred-and-eighteenth. */
  @Test
  void statementAttributionOnTheHundredAndSixteenthSet() throws IOException {
    measure("/heldout/development-116.yaml", "set 116");
  }

  /** The hundred-and-seventeenth set, written beside the hundred-and-sixteenth and hundred-and-eighteenth. */
  @Test
  void statementAttributionOnTheHundredAndSeventeenthSet() throws IOException {
    measure("/heldout/development-117.yaml", "set 117");
  }

  /**
   * The hundred-and-eighteenth set, held out from its first run, taken on the code that sets 113
   * and 114 had led to: written beside the hundred-and-sixteenth and hundred-and-seventeenth, and
   * never fitted.
   */
  @Test
  void statementAttributionOnTheHundredAndEighteenthSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-118.yaml", "held out 118");
  }

  /** The hundred-and-nineteenth set, written beside the hundred-and-twentieth and hundred-and-twenty-first. */
  @Test
  void statementAttributionOnTheHundredAndNineteenthSet() throws IOException {
    measure("/heldout/development-119.yaml", "set 119");
  }

  /** The hundred-and-twentieth set, written beside the hundred-and-nineteenth and hundred-and-twenty-first. */
  @Test
  void statementAttributionOnTheHundredAndTwentiethSet() throws IOException {
    measure("/heldout/development-120.yaml", "set 120");
  }

  /**
   * The hundred-and-twenty-first set, held out from its first run, taken on the code that sets 116
   * and 117 had led to: written beside the hundred-and-nineteenth and hundred-and-twentieth, and
   * never fitted.
   */
  @Test
  void statementAttributionOnTheHundredAndTwentyFirstSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-121.yaml", "held out 121");
  }

  /** The hundred-and-twenty-second set, written beside the hundred-and-twenty-third and hundred-and-twenty-fourth. */
  @Test
  void statementAttributionOnTheHundredAndTwentySecondSet() throws IOException {
    measure("/heldout/development-122.yaml", "set 122");
  }

  /** The hundred-and-twenty-third set, written beside the hundred-and-twenty-second and hundred-and-twenty-fourth. */
  @Test
  void statementAttributionOnTheHundredAndTwentyThirdSet() throws IOException {
    measure("/heldout/development-123.yaml", "set 123");
  }

  /**
   * The hundred-and-twenty-fourth set, held out from its first run, taken on the code that sets
   * 119 and 120 had led to: written beside the hundred-and-twenty-second and
   * hundred-and-twenty-third, and never fitted.
   */
  @Test
  void statementAttributionOnTheHundredAndTwentyFourthSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-124.yaml", "held out 124");
  }

  /** The hundred-and-twenty-fifth set, written beside the hundred-and-twenty-sixth and hundred-and-twenty-seventh. */
  @Test
  void statementAttributionOnTheHundredAndTwentyFifthSet() throws IOException {
    measure("/heldout/development-125.yaml", "set 125");
  }

  /** The hundred-and-twenty-sixth set, written beside the hundred-and-twenty-fifth and hundred-and-twenty-seventh. */
  @Test
  void statementAttributionOnTheHundredAndTwentySixthSet() throws IOException {
    measure("/heldout/development-126.yaml", "set 126");
  }

  /**
   * The hundred-and-twenty-seventh set, held out from its first run, taken on the code that sets
   * 122 and 123 had led to: written beside the hundred-and-twenty-fifth and hundred-and-twenty-sixth,
   * and never fitted.
   */
  @Test
  void statementAttributionOnTheHundredAndTwentySeventhSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-127.yaml", "held out 127");
  }

  /** The hundred-and-twenty-eighth set, written beside the hundred-and-twenty-ninth and hundred-and-thirtieth. */
  @Test
  void statementAttributionOnTheHundredAndTwentyEighthSet() throws IOException {
    measure("/heldout/development-128.yaml", "set 128");
  }

  /** The hundred-and-twenty-ninth set, written beside the hundred-and-twenty-eighth and hundred-and-thirtieth. */
  @Test
  void statementAttributionOnTheHundredAndTwentyNinthSet() throws IOException {
    measure("/heldout/development-129.yaml", "set 129");
  }

  /**
   * The hundred-and-thirtieth set, held out from its first run, taken on the code that sets 125
   * and 126 had led to: written beside the hundred-and-twenty-eighth and hundred-and-twenty-ninth,
   * and never fitted.
   */
  @Test
  void statementAttributionOnTheHundredAndThirtiethSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-130.yaml", "held out 130");
  }

  /** The hundred-and-thirty-first set, written beside the hundred-and-thirty-second and hundred-and-thirty-third. */
  @Test
  void statementAttributionOnTheHundredAndThirtyFirstSet() throws IOException {
    measure("/heldout/development-131.yaml", "set 131");
  }

  /** The hundred-and-thirty-second set, written beside the hundred-and-thirty-first and hundred-and-thirty-third. */
  @Test
  void statementAttributionOnTheHundredAndThirtySecondSet() throws IOException {
    measure("/heldout/development-132.yaml", "set 132");
  }

  /**
   * The hundred-and-thirty-third set, held out from its first run, taken on the code that sets 128
   * and 129 had led to: written beside the hundred-and-thirty-first and hundred-and-thirty-second,
   * and never fitted.
   */
  @Test
  void statementAttributionOnTheHundredAndThirtyThirdSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-133.yaml", "held out 133");
  }

  /** The hundred-and-thirty-fourth set, written beside the hundred-and-thirty-fifth and hundred-and-thirty-sixth. */
  @Test
  void statementAttributionOnTheHundredAndThirtyFourthSet() throws IOException {
    measure("/heldout/development-134.yaml", "set 134");
  }

  /** The hundred-and-thirty-fifth set, written beside the hundred-and-thirty-fourth and hundred-and-thirty-sixth. */
  @Test
  void statementAttributionOnTheHundredAndThirtyFifthSet() throws IOException {
    measure("/heldout/development-135.yaml", "set 135");
  }

  /**
   * The hundred-and-thirty-sixth set, held out from its first run, taken on the code that sets 131
   * and 132 had led to: written beside the hundred-and-thirty-fourth and hundred-and-thirty-fifth,
   * and never fitted.
   */
  @Test
  void statementAttributionOnTheHundredAndThirtySixthSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-136.yaml", "held out 136");
  }

  /** The hundred-and-thirty-seventh set, written beside the hundred-and-thirty-eighth and hundred-and-thirty-ninth. */
  @Test
  void statementAttributionOnTheHundredAndThirtySeventhSet() throws IOException {
    measure("/heldout/development-137.yaml", "set 137");
  }

  /** The hundred-and-thirty-eighth set, written beside the hundred-and-thirty-seventh and hundred-and-thirty-ninth. */
  @Test
  void statementAttributionOnTheHundredAndThirtyEighthSet() throws IOException {
    measure("/heldout/development-138.yaml", "set 138");
  }

  /**
   * The hundred-and-thirty-ninth set, held out from its first run, taken on the code that sets 134
   * and 135 had led to: written beside the hundred-and-thirty-seventh and hundred-and-thirty-eighth,
   * and never fitted.
   */
  @Test
  void statementAttributionOnTheHundredAndThirtyNinthSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-139.yaml", "held out 139");
  }

  /** The hundred-and-fortieth set, written beside the hundred-and-forty-first and hundred-and-forty-second. */
  @Test
  void statementAttributionOnTheHundredAndFortiethSet() throws IOException {
    measure("/heldout/development-140.yaml", "set 140");
  }

  /** The hundred-and-forty-first set, written beside the hundred-and-fortieth and hundred-and-forty-second. */
  @Test
  void statementAttributionOnTheHundredAndFortyFirstSet() throws IOException {
    measure("/heldout/development-141.yaml", "set 141");
  }

  /**
   * The hundred-and-forty-second set, held out from its first run, taken on the code that sets 137
   * and 138 had led to: written beside the hundred-and-fortieth and hundred-and-forty-first, and
   * never fitted.
   */
  @Test
  void statementAttributionOnTheHundredAndFortySecondSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-142.yaml", "held out 142");
  }

  /** The hundred-and-forty-fourth set, written beside the hundred-and-forty-third and hundred-and-forty-fifth. */
  @Test
  void statementAttributionOnTheHundredAndFortyFourthSet() throws IOException {
    measure("/heldout/development-144.yaml", "set 144");
  }

  /**
   * The hundred-and-forty-fifth set, held out from its first run, taken on the code that sets 140
   * and 141 had led to: written beside the hundred-and-forty-third and hundred-and-forty-fourth,
   * and never fitted.
   */
  @Test
  void statementAttributionOnTheHundredAndFortyFifthSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-145.yaml", "held out 145");
  }

  /** The hundred-and-forty-sixth set, written beside the hundred-and-forty-seventh and hundred-and-forty-eighth. */
  @Test
  void statementAttributionOnTheHundredAndFortySixthSet() throws IOException {
    measure("/heldout/development-146.yaml", "set 146");
  }

  /** The hundred-and-forty-seventh set, written beside the hundred-and-forty-sixth and hundred-and-forty-eighth. */
  @Test
  void statementAttributionOnTheHundredAndFortySeventhSet() throws IOException {
    measure("/heldout/development-147.yaml", "set 147");
  }

  /**
   * The hundred-and-forty-eighth set, held out from its first run, taken on the code that sets 144
   * and earlier had led to: written beside the hundred-and-forty-sixth and hundred-and-forty-seventh,
   * and never fitted.
   */
  @Test
  void statementAttributionOnTheHundredAndFortyEighthSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-148.yaml", "held out 148");
  }

  /** The hundred-and-forty-ninth set, written beside the hundred-and-fiftieth and hundred-and-fifty-first. */
  @Test
  void statementAttributionOnTheHundredAndFortyNinthSet() throws IOException {
    measure("/heldout/development-149.yaml", "set 149");
  }

  /** The hundred-and-fiftieth set, written beside the hundred-and-forty-ninth and hundred-and-fifty-first. */
  @Test
  void statementAttributionOnTheHundredAndFiftiethSet() throws IOException {
    measure("/heldout/development-150.yaml", "set 150");
  }

  /**
   * The hundred-and-fifty-first set, held out from its first run, taken on the code that sets 146
   * and 147 had led to: written beside the hundred-and-forty-ninth and hundred-and-fiftieth, and
   * never fitted.
   */
  @Test
  void statementAttributionOnTheHundredAndFiftyFirstSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-151.yaml", "held out 151");
  }

  /** The hundred-and-fifty-second set, written beside the hundred-and-fifty-third and hundred-and-fifty-fourth. */
  @Test
  void statementAttributionOnTheHundredAndFiftySecondSet() throws IOException {
    measure("/heldout/development-152.yaml", "set 152");
  }

  /** The hundred-and-fifty-third set, written beside the hundred-and-fifty-second and hundred-and-fifty-fourth. */
  @Test
  void statementAttributionOnTheHundredAndFiftyThirdSet() throws IOException {
    measure("/heldout/development-153.yaml", "set 153");
  }

  /**
   * The hundred-and-fifty-fourth set, held out from its first run, taken on the code that sets 149
   * and 150 had led to: written beside the hundred-and-fifty-second and hundred-and-fifty-third,
   * and never fitted.
   */
  @Test
  void statementAttributionOnTheHundredAndFiftyFourthSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-154.yaml", "held out 154");
  }

  /** The hundred-and-fifty-fifth set, written beside the hundred-and-fifty-sixth and hundred-and-fifty-seventh. */
  @Test
  void statementAttributionOnTheHundredAndFiftyFifthSet() throws IOException {
    measure("/heldout/development-155.yaml", "set 155");
  }

  /** The hundred-and-fifty-sixth set, written beside the hundred-and-fifty-fifth and hundred-and-fifty-seventh. */
  @Test
  void statementAttributionOnTheHundredAndFiftySixthSet() throws IOException {
    measure("/heldout/development-156.yaml", "set 156");
  }

  /**
   * The hundred-and-fifty-seventh set, held out from its first run, taken on the code that sets
   * 152 and 153 had led to: written beside the hundred-and-fifty-fifth and hundred-and-fifty-sixth,
   * and never fitted.
   */
  @Test
  void statementAttributionOnTheHundredAndFiftySeventhSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-157.yaml", "held out 157");
  }

  /** The hundred-and-fifty-eighth set, written beside the hundred-and-fifty-ninth and hundred-and-sixtieth. */
  @Test
  void statementAttributionOnTheHundredAndFiftyEighthSet() throws IOException {
    measure("/heldout/development-158.yaml", "set 158");
  }

  /** The hundred-and-fifty-ninth set, written beside the hundred-and-fifty-eighth and hundred-and-sixtieth. */
  @Test
  void statementAttributionOnTheHundredAndFiftyNinthSet() throws IOException {
    measure("/heldout/development-159.yaml", "set 159");
  }

  /**
   * The hundred-and-sixtieth set, held out from its first run, taken on the code that sets 155 and
   * 156 had led to: written beside the hundred-and-fifty-eighth and hundred-and-fifty-ninth, and
   * never fitted.
   */
  @Test
  void statementAttributionOnTheHundredAndSixtiethSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-160.yaml", "held out 160");
  }

  /** The hundred-and-sixty-first set, written beside the hundred-and-sixty-second and hundred-and-sixty-third. */
  @Test
  void statementAttributionOnTheHundredAndSixtyFirstSet() throws IOException {
    measure("/heldout/development-161.yaml", "set 161");
  }

  /** The hundred-and-sixty-second set, written beside the hundred-and-sixty-first and hundred-and-sixty-third. */
  @Test
  void statementAttributionOnTheHundredAndSixtySecondSet() throws IOException {
    measure("/heldout/development-162.yaml", "set 162");
  }

  /**
   * The hundred-and-sixty-third set, held out from its first run, taken on the code that sets 158 and 159
   * had led to: written beside the hundred-and-sixty-first and hundred-and-sixty-second, and never fitted.
   */
  @Test
  void statementAttributionOnTheHundredAndSixtyThirdSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-163.yaml", "held out 163");
  }

  /** The hundred-and-sixty-fourth set, written beside the hundred-and-sixty-fifth and hundred-and-sixty-sixth. */
  @Test
  void statementAttributionOnTheHundredAndSixtyFourthSet() throws IOException {
    measure("/heldout/development-164.yaml", "set 164");
  }

  /** The hundred-and-sixty-fifth set, written beside the hundred-and-sixty-fourth and hundred-and-sixty-sixth. */
  @Test
  void statementAttributionOnTheHundredAndSixtyFifthSet() throws IOException {
    measure("/heldout/development-165.yaml", "set 165");
  }

  /**
   * The hundred-and-sixty-sixth set, held out from its first run, taken on the code that sets 161 and 162
   * had led to: written beside the hundred-and-sixty-fourth and hundred-and-sixty-fifth, and never fitted.
   */
  @Test
  void statementAttributionOnTheHundredAndSixtySixthSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-166.yaml", "held out 166");
  }

  /** The hundred-and-sixty-seventh set, written beside the hundred-and-sixty-eighth and hundred-and-sixty-ninth. */
  @Test
  void statementAttributionOnTheHundredAndSixtySeventhSet() throws IOException {
    measure("/heldout/development-167.yaml", "set 167");
  }

  /** The hundred-and-sixty-eighth set, written beside the hundred-and-sixty-seventh and hundred-and-sixty-ninth. */
  @Test
  void statementAttributionOnTheHundredAndSixtyEighthSet() throws IOException {
    measure("/heldout/development-168.yaml", "set 168");
  }

  /**
   * The hundred-and-sixty-ninth set, held out from its first run, taken on the code that sets 164 and 165
   * had led to: written beside the hundred-and-sixty-seventh and hundred-and-sixty-eighth, and never fitted.
   */
  @Test
  void statementAttributionOnTheHundredAndSixtyNinthSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-169.yaml", "held out 169");
  }

  /** The hundred-and-seventieth set, written beside the hundred-and-seventy-first and hundred-and-seventy-second. */
  @Test
  void statementAttributionOnTheHundredAndSeventiethSet() throws IOException {
    measure("/heldout/development-170.yaml", "set 170");
  }

  /** The hundred-and-seventy-first set, written beside the hundred-and-seventieth and hundred-and-seventy-second. */
  @Test
  void statementAttributionOnTheHundredAndSeventyFirstSet() throws IOException {
    measure("/heldout/development-171.yaml", "set 171");
  }

  /**
   * The hundred-and-seventy-second set, held out from its first run, taken on the code that sets 167 and 168
   * had led to: written beside the hundred-and-seventieth and hundred-and-seventy-first, and never fitted.
   */
  @Test
  void statementAttributionOnTheHundredAndSeventySecondSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-172.yaml", "held out 172");
  }

  /** The hundred-and-seventy-third set, written beside the hundred-and-seventy-fourth and hundred-and-seventy-fifth. */
  @Test
  void statementAttributionOnTheHundredAndSeventyThirdSet() throws IOException {
    measure("/heldout/development-173.yaml", "set 173");
  }

  /** The hundred-and-seventy-fourth set, written beside the hundred-and-seventy-third and hundred-and-seventy-fifth. */
  @Test
  void statementAttributionOnTheHundredAndSeventyFourthSet() throws IOException {
    measure("/heldout/development-174.yaml", "set 174");
  }

  /**
   * The hundred-and-seventy-fifth set, held out from its first run, taken on the code that sets 170 and 171
   * had led to: written beside the hundred-and-seventy-third and hundred-and-seventy-fourth, and never fitted.
   */
  @Test
  void statementAttributionOnTheHundredAndSeventyFifthSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-175.yaml", "held out 175");
  }

  /** The hundred-and-seventy-sixth set, written beside the hundred-and-seventy-seventh and hundred-and-seventy-eighth. */
  @Test
  void statementAttributionOnTheHundredAndSeventySixthSet() throws IOException {
    measure("/heldout/development-176.yaml", "set 176");
  }

  /** The hundred-and-seventy-seventh set, written beside the hundred-and-seventy-sixth and hundred-and-seventy-eighth. */
  @Test
  void statementAttributionOnTheHundredAndSeventySeventhSet() throws IOException {
    measure("/heldout/development-177.yaml", "set 177");
  }

  /**
   * The hundred-and-seventy-eighth set, held out from its first run, taken on the code that sets 173 and 174
   * had led to: written beside the hundred-and-seventy-sixth and hundred-and-seventy-seventh, and never fitted.
   */
  @Test
  void statementAttributionOnTheHundredAndSeventyEighthSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-178.yaml", "held out 178");
  }

  /** The hundred-and-seventy-ninth set, written beside the hundred-and-eightieth and hundred-and-eighty-first. */
  @Test
  void statementAttributionOnTheHundredAndSeventyNinthSet() throws IOException {
    measure("/heldout/development-179.yaml", "set 179");
  }

  /** The hundred-and-eightieth set, written beside the hundred-and-seventy-ninth and hundred-and-eighty-first. */
  @Test
  void statementAttributionOnTheHundredAndEightiethSet() throws IOException {
    measure("/heldout/development-180.yaml", "set 180");
  }

  /**
   * The hundred-and-eighty-first set, held out from its first run, taken on the code that sets 176 and 177
   * had led to: written beside the hundred-and-seventy-ninth and hundred-and-eightieth, and never fitted.
   */
  @Test
  void statementAttributionOnTheHundredAndEightyFirstSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-181.yaml", "held out 181");
  }

  /** The hundred-and-eighty-second set, written beside the hundred-and-eighty-third and -fourth. */
  @Test
  void statementAttributionOnTheHundredAndEightySecondSet() throws IOException {
    measure("/heldout/development-182.yaml", "set 182");
  }

  /** The hundred-and-eighty-third set, written beside the hundred-and-eighty-second and -fourth. */
  @Test
  void statementAttributionOnTheHundredAndEightyThirdSet() throws IOException {
    measure("/heldout/development-183.yaml", "set 183");
  }

  /**
   * The hundred-and-eighty-fourth set, held out from its first run, taken on the code of e5ce42a
   * (after sets 179 and 180, and rules for English and Russian attributions tried on sentences
   * of my own): written beside the hundred-and-eighty-second and -third, and never fitted.
   */
  @Test
  void statementAttributionOnTheHundredAndEightyFourthSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-184.yaml", "held out 184");
  }

  /** The hundred-and-eighty-fifth set, written beside the hundred-and-eighty-sixth and -seventh. */
  @Test
  void statementAttributionOnTheHundredAndEightyFifthSet() throws IOException {
    measure("/heldout/development-185.yaml", "set 185");
  }

  /** The hundred-and-eighty-sixth set, written beside the hundred-and-eighty-fifth and -seventh. */
  @Test
  void statementAttributionOnTheHundredAndEightySixthSet() throws IOException {
    measure("/heldout/development-186.yaml", "set 186");
  }

  /**
   * The hundred-and-eighty-seventh set, held out from its first run, taken on the code that sets
   * 182 and 183 had led to: written beside the hundred-and-eighty-fifth and -sixth, and never fitted.
   */
  @Test
  void statementAttributionOnTheHundredAndEightySeventhSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-187.yaml", "held out 187");
  }

  /** The hundred-and-eighty-eighth set, written beside the hundred-and-eighty-ninth and -ninetieth. */
  @Test
  void statementAttributionOnTheHundredAndEightyEighthSet() throws IOException {
    measure("/heldout/development-188.yaml", "set 188");
  }

  /** The hundred-and-eighty-ninth set, written beside the hundred-and-eighty-eighth and -ninetieth. */
  @Test
  void statementAttributionOnTheHundredAndEightyNinthSet() throws IOException {
    measure("/heldout/development-189.yaml", "set 189");
  }

  /**
   * The hundred-and-ninetieth set, held out from its first run, taken on the code that sets 185 and
   * 186 had led to: written beside the hundred-and-eighty-eighth and -ninth, and never fitted.
   */
  @Test
  void statementAttributionOnTheHundredAndNinetiethSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-190.yaml", "held out 190");
  }

  /** The hundred-and-ninety-first set, written beside the hundred-and-ninety-second and -third. */
  @Test
  void statementAttributionOnTheHundredAndNinetyFirstSet() throws IOException {
    measure("/heldout/development-191.yaml", "set 191");
  }

  /** The hundred-and-ninety-second set, written beside the hundred-and-ninety-first and -third. */
  @Test
  void statementAttributionOnTheHundredAndNinetySecondSet() throws IOException {
    measure("/heldout/development-192.yaml", "set 192");
  }

  /**
   * The hundred-and-ninety-third set, held out from its first run, taken on the code that sets 188
   * and 189 had led to: written beside the hundred-and-ninety-first and -second, and never fitted.
   */
  @Test
  void statementAttributionOnTheHundredAndNinetyThirdSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-193.yaml", "held out 193");
  }

  /** The hundred-and-ninety-fourth set, written beside the hundred-and-ninety-fifth and -sixth. */
  @Test
  void statementAttributionOnTheHundredAndNinetyFourthSet() throws IOException {
    measure("/heldout/development-194.yaml", "set 194");
  }

  /** The hundred-and-ninety-fifth set, written beside the hundred-and-ninety-fourth and -sixth. */
  @Test
  void statementAttributionOnTheHundredAndNinetyFifthSet() throws IOException {
    measure("/heldout/development-195.yaml", "set 195");
  }

  /**
   * The hundred-and-ninety-sixth set, held out from its first run, taken on the code that sets 191
   * and 192 had led to: written beside the hundred-and-ninety-fourth and -fifth, and never fitted.
   */
  @Test
  void statementAttributionOnTheHundredAndNinetySixthSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-196.yaml", "held out 196");
  }

  /** The hundred-and-ninety-seventh set, written beside the hundred-and-ninety-eighth and -ninth. */
  @Test
  void statementAttributionOnTheHundredAndNinetySeventhSet() throws IOException {
    measure("/heldout/development-197.yaml", "set 197");
  }

  /** The hundred-and-ninety-eighth set, written beside the hundred-and-ninety-seventh and -ninth. */
  @Test
  void statementAttributionOnTheHundredAndNinetyEighthSet() throws IOException {
    measure("/heldout/development-198.yaml", "set 198");
  }

  /**
   * The hundred-and-ninety-ninth set, held out from its first run, taken on the code that sets 194
   * and 195 had led to: written beside the hundred-and-ninety-seventh and -eighth, and never fitted.
   */
  @Test
  void statementAttributionOnTheHundredAndNinetyNinthSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-199.yaml", "held out 199");
  }

  /** The two-hundredth set, written beside the two-hundred-and-first and two-hundred-and-second. */
  @Test
  void statementAttributionOnTheTwoHundredthSet() throws IOException {
    measure("/heldout/development-200.yaml", "set 200");
  }

  /** The two-hundred-and-first set, written beside the two-hundredth and -second. */
  @Test
  void statementAttributionOnTheTwoHundredAndFirstSet() throws IOException {
    measure("/heldout/development-201.yaml", "set 201");
  }

  /**
   * The two-hundred-and-second set, held out from its first run, taken on the code of 6e3d6ec
   * (after sets 197 and 198, which led to no rule, and rules for outposts and a body's "it" tried
   * on sentences of my own): written beside the two-hundredth and -first, and never fitted.
   */
  @Test
  void statementAttributionOnTheTwoHundredAndSecondSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-202.yaml", "held out 202");
  }

  /** The two-hundred-and-third set, written beside the two-hundred-and-fourth and -fifth. */
  @Test
  void statementAttributionOnTheTwoHundredAndThirdSet() throws IOException {
    measure("/heldout/development-203.yaml", "set 203");
  }

  /** The two-hundred-and-fourth set, written beside the two-hundred-and-third and -fifth. */
  @Test
  void statementAttributionOnTheTwoHundredAndFourthSet() throws IOException {
    measure("/heldout/development-204.yaml", "set 204");
  }

  /**
   * The two-hundred-and-fifth set, held out from its first run, taken on the code that sets 200 and
   * 201 had led to (cec1f1d): written beside the two-hundred-and-third and -fourth, and never fitted.
   */
  @Test
  void statementAttributionOnTheTwoHundredAndFifthSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-205.yaml", "held out 205");
  }

  /** The two-hundred-and-sixth set, written beside the two-hundred-and-seventh and -eighth. */
  @Test
  void statementAttributionOnTheTwoHundredAndSixthSet() throws IOException {
    measure("/heldout/development-206.yaml", "set 206");
  }

  /** The two-hundred-and-seventh set, written beside the two-hundred-and-sixth and -eighth. */
  @Test
  void statementAttributionOnTheTwoHundredAndSeventhSet() throws IOException {
    measure("/heldout/development-207.yaml", "set 207");
  }

  /**
   * The two-hundred-and-eighth set, held out from its first run, taken on the code that sets 203 and
   * 204 had led to (c63fc2d): written beside the two-hundred-and-sixth and -seventh, and never fitted.
   */
  @Test
  void statementAttributionOnTheTwoHundredAndEighthSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-208.yaml", "held out 208");
  }

  /** The two-hundred-and-ninth set, written beside the two-hundred-and-tenth and -eleventh. */
  @Test
  void statementAttributionOnTheTwoHundredAndNinthSet() throws IOException {
    measure("/heldout/development-209.yaml", "set 209");
  }

  /** The two-hundred-and-tenth set, written beside the two-hundred-and-ninth and -eleventh. */
  @Test
  void statementAttributionOnTheTwoHundredAndTenthSet() throws IOException {
    measure("/heldout/development-210.yaml", "set 210");
  }

  /**
   * The two-hundred-and-eleventh set, held out from its first run, taken on the code that sets 206
   * and 207 had led to (1a4b1ac): written beside the two-hundred-and-ninth and -tenth, and never
   * fitted.
   */
  @Test
  void statementAttributionOnTheTwoHundredAndEleventhSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-211.yaml", "held out 211");
  }

  /** The two-hundred-and-twelfth set, written beside the two-hundred-and-thirteenth and -fourteenth. */
  @Test
  void statementAttributionOnTheTwoHundredAndTwelfthSet() throws IOException {
    measure("/heldout/development-212.yaml", "set 212");
  }

  /** The two-hundred-and-thirteenth set, written beside the two-hundred-and-twelfth and -fourteenth. */
  @Test
  void statementAttributionOnTheTwoHundredAndThirteenthSet() throws IOException {
    measure("/heldout/development-213.yaml", "set 213");
  }

  /**
   * The two-hundred-and-fourteenth set, held out from its first run, taken on the code that sets 209
   * and 210 had led to (9d3fccc): written beside the two-hundred-and-twelfth and -thirteenth, and
   * never fitted.
   */
  @Test
  void statementAttributionOnTheTwoHundredAndFourteenthSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-214.yaml", "held out 214");
  }

  /** The two-hundred-and-fifteenth set, written beside the two-hundred-and-sixteenth and -seventeenth. */
  @Test
  void statementAttributionOnTheTwoHundredAndFifteenthSet() throws IOException {
    measure("/heldout/development-215.yaml", "set 215");
  }

  /** The two-hundred-and-sixteenth set, written beside the two-hundred-and-fifteenth and -seventeenth. */
  @Test
  void statementAttributionOnTheTwoHundredAndSixteenthSet() throws IOException {
    measure("/heldout/development-216.yaml", "set 216");
  }

  /**
   * The two-hundred-and-seventeenth set, held out from its first run, taken on the code that sets
   * 212 and 213 had led to (804f549): written beside the two-hundred-and-fifteenth and -sixteenth,
   * and never fitted.
   */
  @Test
  void statementAttributionOnTheTwoHundredAndSeventeenthSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-217.yaml", "held out 217");
  }

  /** The two-hundred-and-eighteenth set, written beside the two-hundred-and-nineteenth and -twentieth. */
  @Test
  void statementAttributionOnTheTwoHundredAndEighteenthSet() throws IOException {
    measure("/heldout/development-218.yaml", "set 218");
  }

  /** The two-hundred-and-nineteenth set, written beside the two-hundred-and-eighteenth and -twentieth. */
  @Test
  void statementAttributionOnTheTwoHundredAndNineteenthSet() throws IOException {
    measure("/heldout/development-219.yaml", "set 219");
  }

  /**
   * The two-hundred-and-twentieth set, held out from its first run, taken on the code that sets 215
   * and 216 had led to (6edeeee): written beside the two-hundred-and-eighteenth and -nineteenth, and
   * never fitted.
   */
  @Test
  void statementAttributionOnTheTwoHundredAndTwentiethSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-220.yaml", "held out 220");
  }

  /** The two-hundred-and-twenty-first set, written beside the two-hundred-and-twenty-second and -third. */
  @Test
  void statementAttributionOnTheTwoHundredAndTwentyFirstSet() throws IOException {
    measure("/heldout/development-221.yaml", "set 221");
  }

  /** The two-hundred-and-twenty-second set, written beside the two-hundred-and-twenty-first and -third. */
  @Test
  void statementAttributionOnTheTwoHundredAndTwentySecondSet() throws IOException {
    measure("/heldout/development-222.yaml", "set 222");
  }

  /**
   * The two-hundred-and-twenty-third set, held out from its first run, taken on the code that sets
   * 218 and 219 had led to (0a24991): written beside the two-hundred-and-twenty-first and -second,
   * and never fitted.
   */
  @Test
  void statementAttributionOnTheTwoHundredAndTwentyThirdSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-223.yaml", "held out 223");
  }

  /** The two-hundred-and-twenty-fourth set, written beside the two-hundred-and-twenty-fifth and -sixth. */
  @Test
  void statementAttributionOnTheTwoHundredAndTwentyFourthSet() throws IOException {
    measure("/heldout/development-224.yaml", "set 224");
  }

  /** The two-hundred-and-twenty-fifth set, written beside the two-hundred-and-twenty-fourth and -sixth. */
  @Test
  void statementAttributionOnTheTwoHundredAndTwentyFifthSet() throws IOException {
    measure("/heldout/development-225.yaml", "set 225");
  }

  /**
   * The two-hundred-and-twenty-sixth set, held out from its first run, taken on the code that sets
   * 221 and 222 had led to (6536218): written beside the two-hundred-and-twenty-fourth and -fifth,
   * and never fitted.
   */
  @Test
  void statementAttributionOnTheTwoHundredAndTwentySixthSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-226.yaml", "held out 226");
  }

  /** The two-hundred-and-twenty-seventh set, written beside the two-hundred-and-twenty-eighth and -ninth. */
  @Test
  void statementAttributionOnTheTwoHundredAndTwentySeventhSet() throws IOException {
    measure("/heldout/development-227.yaml", "set 227");
  }

  /** The two-hundred-and-twenty-eighth set, written beside the two-hundred-and-twenty-seventh and -ninth. */
  @Test
  void statementAttributionOnTheTwoHundredAndTwentyEighthSet() throws IOException {
    measure("/heldout/development-228.yaml", "set 228");
  }

  /**
   * The two-hundred-and-twenty-ninth set, held out from its first run, taken on the code that sets
   * 224 and 225 had led to (4787ca7): written beside the two-hundred-and-twenty-seventh and -eighth,
   * and never fitted.
   */
  @Test
  void statementAttributionOnTheTwoHundredAndTwentyNinthSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-229.yaml", "held out 229");
  }

  /** The two-hundred-and-thirtieth set, written beside the two-hundred-and-thirty-first and -second. */
  @Test
  void statementAttributionOnTheTwoHundredAndThirtiethSet() throws IOException {
    measure("/heldout/development-230.yaml", "set 230");
  }

  /** The two-hundred-and-thirty-first set, written beside the two-hundred-and-thirtieth and -thirty-second. */
  @Test
  void statementAttributionOnTheTwoHundredAndThirtyFirstSet() throws IOException {
    measure("/heldout/development-231.yaml", "set 231");
  }

  /**
   * The two-hundred-and-thirty-second set, held out from its first run, taken on the code that sets
   * 227 and 228 and three open misses had led to (d778582): written beside the two-hundred-and-
   * thirtieth and -thirty-first, and never fitted.
   */
  @Test
  void statementAttributionOnTheTwoHundredAndThirtySecondSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-232.yaml", "held out 232");
  }

  /** The two-hundred-and-thirty-third set, written beside the two-hundred-and-thirty-fourth and -fifth. */
  @Test
  void statementAttributionOnTheTwoHundredAndThirtyThirdSet() throws IOException {
    measure("/heldout/development-233.yaml", "set 233");
  }

  /** The two-hundred-and-thirty-fourth set, written beside the two-hundred-and-thirty-third and -fifth. */
  @Test
  void statementAttributionOnTheTwoHundredAndThirtyFourthSet() throws IOException {
    measure("/heldout/development-234.yaml", "set 234");
  }

  /**
   * The two-hundred-and-thirty-fifth set, held out from its first run, taken on the code that sets
   * 230 and 231 had led to (c9ef431): written beside the two-hundred-and-thirty-third and -fourth,
   * and never fitted.
   */
  @Test
  void statementAttributionOnTheTwoHundredAndThirtyFifthSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-235.yaml", "held out 235");
  }

  /** The two-hundred-and-thirty-sixth set, written beside the two-hundred-and-thirty-seventh and -eighth. */
  @Test
  void statementAttributionOnTheTwoHundredAndThirtySixthSet() throws IOException {
    measure("/heldout/development-236.yaml", "set 236");
  }

  /** The two-hundred-and-thirty-seventh set, written beside the two-hundred-and-thirty-sixth and -eighth. */
  @Test
  void statementAttributionOnTheTwoHundredAndThirtySeventhSet() throws IOException {
    measure("/heldout/development-237.yaml", "set 237");
  }

  /**
   * The two-hundred-and-thirty-eighth set, held out from its first run, taken on the code that sets
   * 233 and 234 had led to (d4f1c04): written beside the two-hundred-and-thirty-sixth and -seventh,
   * and never fitted.
   */
  @Test
  void statementAttributionOnTheTwoHundredAndThirtyEighthSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-238.yaml", "held out 238");
  }

  /** The two-hundred-and-thirty-ninth set, written beside the two-hundred-and-fortieth and -forty-first. */
  @Test
  void statementAttributionOnTheTwoHundredAndThirtyNinthSet() throws IOException {
    measure("/heldout/development-239.yaml", "set 239");
  }

  /** The two-hundred-and-fortieth set, written beside the two-hundred-and-thirty-ninth and -forty-first. */
  @Test
  void statementAttributionOnTheTwoHundredAndFortiethSet() throws IOException {
    measure("/heldout/development-240.yaml", "set 240");
  }

  /**
   * The two-hundred-and-forty-first set, held out from its first run, taken on the code that sets
   * 236 and 237 had led to (8974142): written beside the two-hundred-and-thirty-ninth and -fortieth,
   * and never fitted.
   */
  @Test
  void statementAttributionOnTheTwoHundredAndFortyFirstSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-241.yaml", "held out 241");
  }

  /** The two-hundred-and-forty-second set, written beside the two-hundred-and-forty-third and -fourth. */
  @Test
  void statementAttributionOnTheTwoHundredAndFortySecondSet() throws IOException {
    measure("/heldout/development-242.yaml", "set 242");
  }

  /** The two-hundred-and-forty-third set, written beside the two-hundred-and-forty-second and -fourth. */
  @Test
  void statementAttributionOnTheTwoHundredAndFortyThirdSet() throws IOException {
    measure("/heldout/development-243.yaml", "set 243");
  }

  /**
   * The two-hundred-and-forty-fourth set, held out from its first run, taken on the code that sets
   * 239 and 240 had led to (2598ea6): written beside the two-hundred-and-forty-second and -third,
   * and never fitted.
   */
  @Test
  void statementAttributionOnTheTwoHundredAndFortyFourthSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-244.yaml", "held out 244");
  }

  /**
   * The two-hundred-and-forty-fifth set, written beside the two-hundred-and-forty-sixth and
   * -seventh.
   */
  @Test
  void statementAttributionOnTheTwoHundredAndFortyFifthSet() throws IOException {
    measure("/heldout/development-245.yaml", "set 245");
  }

  /**
   * The two-hundred-and-forty-sixth set, written beside the two-hundred-and-forty-fifth and
   * -seventh.
   */
  @Test
  void statementAttributionOnTheTwoHundredAndFortySixthSet() throws IOException {
    measure("/heldout/development-246.yaml", "set 246");
  }

  /**
   * The two-hundred-and-forty-seventh set, held out from its first run, taken on the code that sets
   * 242 and 243 had led to (a4a7aa8): written beside the two-hundred-and-forty-fifth and -sixth,
   * and never fitted.
   */
  @Test
  void statementAttributionOnTheTwoHundredAndFortySeventhSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-247.yaml", "held out 247");
  }

  /**
   * The two-hundred-and-forty-eighth set, written beside the two-hundred-and-forty-ninth and
   * -fiftieth.
   */
  @Test
  void statementAttributionOnTheTwoHundredAndFortyEighthSet() throws IOException {
    measure("/heldout/development-248.yaml", "set 248");
  }

  /**
   * The two-hundred-and-forty-ninth set, written beside the two-hundred-and-forty-eighth and
   * -fiftieth.
   */
  @Test
  void statementAttributionOnTheTwoHundredAndFortyNinthSet() throws IOException {
    measure("/heldout/development-249.yaml", "set 249");
  }

  /**
   * The two-hundred-and-fiftieth set, held out from its first run, taken on the code that sets 245
   * and 246 had led to (e1972c9): written beside the two-hundred-and-forty-eighth and -ninth, and
   * never fitted.
   */
  @Test
  void statementAttributionOnTheTwoHundredAndFiftiethSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-250.yaml", "held out 250");
  }

  /**
   * The two-hundred-and-fifty-first set, written beside the two-hundred-and-fifty-second and
   * -third.
   */
  @Test
  void statementAttributionOnTheTwoHundredAndFiftyFirstSet() throws IOException {
    measure("/heldout/development-251.yaml", "set 251");
  }

  /**
   * The two-hundred-and-fifty-second set, written beside the two-hundred-and-fifty-first and
   * -third.
   */
  @Test
  void statementAttributionOnTheTwoHundredAndFiftySecondSet() throws IOException {
    measure("/heldout/development-252.yaml", "set 252");
  }

  /**
   * The two-hundred-and-fifty-third set, held out from its first run, taken on the code that sets
   * 248 and 249 had led to (3fa9782): written beside the two-hundred-and-fifty-first and -second,
   * and never fitted.
   */
  @Test
  void statementAttributionOnTheTwoHundredAndFiftyThirdSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-253.yaml", "held out 253");
  }

  /**
   * The two-hundred-and-fifty-fourth set, written beside the two-hundred-and-fifty-fifth and
   * -sixth.
   */
  @Test
  void statementAttributionOnTheTwoHundredAndFiftyFourthSet() throws IOException {
    measure("/heldout/development-254.yaml", "set 254");
  }

  /**
   * The two-hundred-and-fifty-fifth set, written beside the two-hundred-and-fifty-fourth and
   * -sixth.
   */
  @Test
  void statementAttributionOnTheTwoHundredAndFiftyFifthSet() throws IOException {
    measure("/heldout/development-255.yaml", "set 255");
  }

  /**
   * The two-hundred-and-fifty-sixth set, held out from its first run, taken on the code that sets
   * 251 and 252 had led to (ca5b9f6): written beside the two-hundred-and-fifty-fourth and -fifth,
   * and never fitted.
   */
  @Test
  void statementAttributionOnTheTwoHundredAndFiftySixthSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-256.yaml", "held out 256");
  }

  /**
   * The two-hundred-and-fifty-seventh set, written beside the two-hundred-and-fifty-eighth and
   * -ninth.
   */
  @Test
  void statementAttributionOnTheTwoHundredAndFiftySeventhSet() throws IOException {
    measure("/heldout/development-257.yaml", "set 257");
  }

  /**
   * The two-hundred-and-fifty-eighth set, written beside the two-hundred-and-fifty-seventh and
   * -ninth.
   */
  @Test
  void statementAttributionOnTheTwoHundredAndFiftyEighthSet() throws IOException {
    measure("/heldout/development-258.yaml", "set 258");
  }

  /**
   * The two-hundred-and-fifty-ninth set, held out from its first run, taken on the code that sets
   * 254 and 255 had led to (d5bc31e): written beside the two-hundred-and-fifty-seventh and -eighth,
   * and never fitted.
   */
  @Test
  void statementAttributionOnTheTwoHundredAndFiftyNinthSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-259.yaml", "held out 259");
  }

  /**
   * The two-hundred-and-sixtieth set, written beside the two-hundred-and-sixty-first and -second.
   */
  @Test
  void statementAttributionOnTheTwoHundredAndSixtiethSet() throws IOException {
    measure("/heldout/development-260.yaml", "set 260");
  }

  /**
   * The two-hundred-and-sixty-first set, written beside the two-hundred-and-sixtieth and -second.
   */
  @Test
  void statementAttributionOnTheTwoHundredAndSixtyFirstSet() throws IOException {
    measure("/heldout/development-261.yaml", "set 261");
  }

  /**
   * The two-hundred-and-sixty-second set, held out from its first run, taken on the code that sets
   * 257 and 258 had led to (3b4cb90): written beside the two-hundred-and-sixtieth and -first, and
   * never fitted.
   */
  @Test
  void statementAttributionOnTheTwoHundredAndSixtySecondSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-262.yaml", "held out 262");
  }

  /**
   * The two-hundred-and-sixty-third set, written beside the two-hundred-and-sixty-fourth and
   * -fifth.
   */
  @Test
  void statementAttributionOnTheTwoHundredAndSixtyThirdSet() throws IOException {
    measure("/heldout/development-263.yaml", "set 263");
  }

  /**
   * The two-hundred-and-sixty-fourth set, written beside the two-hundred-and-sixty-third and
   * -fifth.
   */
  @Test
  void statementAttributionOnTheTwoHundredAndSixtyFourthSet() throws IOException {
    measure("/heldout/development-264.yaml", "set 264");
  }

  /**
   * The two-hundred-and-sixty-fifth set, held out from its first run, taken on the code that sets
   * 260 and 261 had led to (5136f6c): written beside the two-hundred-and-sixty-third and -fourth,
   * and never fitted.
   */
  @Test
  void statementAttributionOnTheTwoHundredAndSixtyFifthSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-265.yaml", "held out 265");
  }

  /**
   * The two-hundred-and-sixty-sixth set, written beside the two-hundred-and-sixty-seventh and
   * -eighth.
   */
  @Test
  void statementAttributionOnTheTwoHundredAndSixtySixthSet() throws IOException {
    measure("/heldout/development-266.yaml", "set 266");
  }

  /**
   * The two-hundred-and-sixty-seventh set, written beside the two-hundred-and-sixty-sixth and
   * -eighth.
   */
  @Test
  void statementAttributionOnTheTwoHundredAndSixtySeventhSet() throws IOException {
    measure("/heldout/development-267.yaml", "set 267");
  }

  /**
   * The two-hundred-and-sixty-eighth set, held out from its first run, taken on the code that sets
   * 263 and 264 had led to (318e230): written beside the two-hundred-and-sixty-sixth and -seventh,
   * and never fitted.
   */
  @Test
  void statementAttributionOnTheTwoHundredAndSixtyEighthSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-268.yaml", "held out 268");
  }

  /**
   * The two-hundred-and-sixty-ninth set, written beside the two-hundred-and-seventieth and
   * -seventy-first.
   */
  @Test
  void statementAttributionOnTheTwoHundredAndSixtyNinthSet() throws IOException {
    measure("/heldout/development-269.yaml", "set 269");
  }

  /**
   * The two-hundred-and-seventieth set, written beside the two-hundred-and-sixty-ninth and
   * -seventy-first.
   */
  @Test
  void statementAttributionOnTheTwoHundredAndSeventiethSet() throws IOException {
    measure("/heldout/development-270.yaml", "set 270");
  }

  /**
   * The two-hundred-and-seventy-first set, held out from its first run, taken on the code that sets
   * 266 and 267 had led to (42ff271): written beside the two-hundred-and-sixty-ninth and
   * -seventieth, and never fitted.
   */
  @Test
  void statementAttributionOnTheTwoHundredAndSeventyFirstSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-271.yaml", "held out 271");
  }

  /**
   * The two-hundred-and-seventy-second set, written beside the two-hundred-and-seventy-third and
   * -fourth.
   */
  @Test
  void statementAttributionOnTheTwoHundredAndSeventySecondSet() throws IOException {
    measure("/heldout/development-272.yaml", "set 272");
  }

  /**
   * The two-hundred-and-seventy-third set, written beside the two-hundred-and-seventy-second and
   * -fourth.
   */
  @Test
  void statementAttributionOnTheTwoHundredAndSeventyThirdSet() throws IOException {
    measure("/heldout/development-273.yaml", "set 273");
  }

  /**
   * The two-hundred-and-seventy-fourth set, held out from its first run, taken on the code that
   * sets 269 and 270 had led to (54736f8): written beside the two-hundred-and-seventy-second and
   * -third, and never fitted.
   */
  @Test
  void statementAttributionOnTheTwoHundredAndSeventyFourthSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-274.yaml", "held out 274");
  }

  /**
   * The two-hundred-and-seventy-fifth set, written beside the two-hundred-and-seventy-sixth and
   * -seventh.
   */
  @Test
  void statementAttributionOnTheTwoHundredAndSeventyFifthSet() throws IOException {
    measure("/heldout/development-275.yaml", "set 275");
  }

  /**
   * The two-hundred-and-seventy-sixth set, written beside the two-hundred-and-seventy-fifth and
   * -seventh.
   */
  @Test
  void statementAttributionOnTheTwoHundredAndSeventySixthSet() throws IOException {
    measure("/heldout/development-276.yaml", "set 276");
  }

  /**
   * The two-hundred-and-seventy-seventh set, held out from its first run, taken on the code that
   * sets 272 and 273 had led to (06c8a8e): written beside the two-hundred-and-seventy-fifth and
   * -sixth, and never fitted.
   */
  @Test
  void statementAttributionOnTheTwoHundredAndSeventySeventhSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-277.yaml", "held out 277");
  }

  /**
   * The two-hundred-and-seventy-eighth set, written beside the two-hundred-and-seventy-ninth and
   * -eightieth.
   */
  @Test
  void statementAttributionOnTheTwoHundredAndSeventyEighthSet() throws IOException {
    measure("/heldout/development-278.yaml", "set 278");
  }

  /**
   * The two-hundred-and-seventy-ninth set, written beside the two-hundred-and-seventy-eighth and
   * -eightieth.
   */
  @Test
  void statementAttributionOnTheTwoHundredAndSeventyNinthSet() throws IOException {
    measure("/heldout/development-279.yaml", "set 279");
  }

  /**
   * The two-hundred-and-eightieth set, held out from its first run, taken on the code that sets 275
   * and 276 had led to (b2dc536): written beside the two-hundred-and-seventy-eighth and -ninth, and
   * never fitted.
   */
  @Test
  void statementAttributionOnTheTwoHundredAndEightiethSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-280.yaml", "held out 280");
  }

  /**
   * The two-hundred-and-eighty-first set, written beside the two-hundred-and-eighty-second and
   * -third.
   */
  @Test
  void statementAttributionOnTheTwoHundredAndEightyFirstSet() throws IOException {
    measure("/heldout/development-281.yaml", "set 281");
  }

  /**
   * The two-hundred-and-eighty-second set, written beside the two-hundred-and-eighty-first and
   * -third.
   */
  @Test
  void statementAttributionOnTheTwoHundredAndEightySecondSet() throws IOException {
    measure("/heldout/development-282.yaml", "set 282");
  }

  /**
   * The two-hundred-and-eighty-third set, held out from its first run, taken on the code that sets
   * 278 and 279 had led to (3797d43): written beside the two-hundred-and-eighty-first and -second,
   * and never fitted.
   */
  @Test
  void statementAttributionOnTheTwoHundredAndEightyThirdSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-283.yaml", "held out 283");
  }

  /**
   * The two-hundred-and-eighty-fourth set, written beside the two-hundred-and-eighty-fifth and
   * -sixth.
   */
  @Test
  void statementAttributionOnTheTwoHundredAndEightyFourthSet() throws IOException {
    measure("/heldout/development-284.yaml", "set 284");
  }

  /**
   * The two-hundred-and-eighty-fifth set, written beside the two-hundred-and-eighty-fourth and
   * -sixth.
   */
  @Test
  void statementAttributionOnTheTwoHundredAndEightyFifthSet() throws IOException {
    measure("/heldout/development-285.yaml", "set 285");
  }

  /**
   * The two-hundred-and-eighty-sixth set, held out from its first run, taken on the code that sets
   * 281 and 282 had led to (5932aa4): written beside the two-hundred-and-eighty-fourth and -fifth,
   * and never fitted.
   */
  @Test
  void statementAttributionOnTheTwoHundredAndEightySixthSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-286.yaml", "held out 286");
  }

  /**
   * The two-hundred-and-eighty-seventh set, written beside the two-hundred-and-eighty-eighth and
   * -ninth.
   */
  @Test
  void statementAttributionOnTheTwoHundredAndEightySeventhSet() throws IOException {
    measure("/heldout/development-287.yaml", "set 287");
  }

  /**
   * The two-hundred-and-eighty-eighth set, written beside the two-hundred-and-eighty-seventh and
   * -ninth.
   */
  @Test
  void statementAttributionOnTheTwoHundredAndEightyEighthSet() throws IOException {
    measure("/heldout/development-288.yaml", "set 288");
  }

  /**
   * The two-hundred-and-eighty-ninth set, held out from its first run, taken on the code that sets
   * 284 and 285 had led to (247c480): written beside the two-hundred-and-eighty-seventh and
   * -eighth, and never fitted.
   */
  @Test
  void statementAttributionOnTheTwoHundredAndEightyNinthSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-289.yaml", "held out 289");
  }

  /**
   * The two-hundred-and-ninetieth set, written beside the two-hundred-and-ninety-first and -second.
   */
  @Test
  void statementAttributionOnTheTwoHundredAndNinetiethSet() throws IOException {
    measure("/heldout/development-290.yaml", "set 290");
  }

  /**
   * The two-hundred-and-ninety-first set, written beside the two-hundred-and-ninetieth and
   * -ninety-second.
   */
  @Test
  void statementAttributionOnTheTwoHundredAndNinetyFirstSet() throws IOException {
    measure("/heldout/development-291.yaml", "set 291");
  }

  /**
   * The two-hundred-and-ninety-second set, held out from its first run, taken on the code that sets
   * 287 and 288 had led to (5f5a47b): written beside the two-hundred-and-ninetieth and
   * -ninety-first, and never fitted.
   */
  @Test
  void statementAttributionOnTheTwoHundredAndNinetySecondSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-292.yaml", "held out 292");
  }

  /**
   * The two-hundred-and-ninety-third set, written beside the two-hundred-and-ninety-fourth and
   * -fifth.
   */
  @Test
  void statementAttributionOnTheTwoHundredAndNinetyThirdSet() throws IOException {
    measure("/heldout/development-293.yaml", "set 293");
  }

  /**
   * The two-hundred-and-ninety-fourth set, written beside the two-hundred-and-ninety-third and
   * -fifth.
   */
  @Test
  void statementAttributionOnTheTwoHundredAndNinetyFourthSet() throws IOException {
    measure("/heldout/development-294.yaml", "set 294");
  }

  /**
   * The two-hundred-and-ninety-fifth set, held out from its first run, taken on the code that sets
   * 290 and 291 had led to (26b9fb9): written beside the two-hundred-and-ninety-third and -fourth,
   * and never fitted.
   */
  @Test
  void statementAttributionOnTheTwoHundredAndNinetyFifthSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-295.yaml", "held out 295");
  }

  /**
   * The two-hundred-and-ninety-sixth set, written beside the two-hundred-and-ninety-seventh and
   * -eighth.
   */
  @Test
  void statementAttributionOnTheTwoHundredAndNinetySixthSet() throws IOException {
    measure("/heldout/development-296.yaml", "set 296");
  }

  /**
   * The two-hundred-and-ninety-seventh set, written beside the two-hundred-and-ninety-sixth and
   * -eighth.
   */
  @Test
  void statementAttributionOnTheTwoHundredAndNinetySeventhSet() throws IOException {
    measure("/heldout/development-297.yaml", "set 297");
  }

  /**
   * The two-hundred-and-ninety-eighth set, held out from its first run, taken on the code that sets
   * 293 and 294 had led to (5027071): written beside the two-hundred-and-ninety-sixth and -seventh,
   * and never fitted.
   */
  @Test
  void statementAttributionOnTheTwoHundredAndNinetyEighthSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-298.yaml", "held out 298");
  }

  /**
   * The two-hundred-and-ninety-ninth set, written beside the three-hundredth and the
   * three-hundred-and-first.
   */
  @Test
  void statementAttributionOnTheTwoHundredAndNinetyNinthSet() throws IOException {
    measure("/heldout/development-299.yaml", "set 299");
  }

  /**
   * The three-hundredth set, written beside the two-hundred-and-ninety-ninth and the
   * three-hundred-and-first.
   */
  @Test
  void statementAttributionOnTheThreeHundredthSet() throws IOException {
    measure("/heldout/development-300.yaml", "set 300");
  }

  /**
   * The three-hundred-and-first set, held out from its first run, taken on the code that sets 296
   * and 297 had led to (b702648): written beside the two-hundred-and-ninety-ninth and the
   * three-hundredth, and never fitted.
   */
  @Test
  void statementAttributionOnTheThreeHundredAndFirstSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-301.yaml", "held out 301");
  }

  /**
   * The three-hundred-and-second set, written beside the three-hundred-and-third and the
   * three-hundred-and-fourth.
   */
  @Test
  void statementAttributionOnTheThreeHundredAndSecondSet() throws IOException {
    measure("/heldout/development-302.yaml", "set 302");
  }

  /**
   * The three-hundred-and-third set, written beside the three-hundred-and-second and the
   * three-hundred-and-fourth.
   */
  @Test
  void statementAttributionOnTheThreeHundredAndThirdSet() throws IOException {
    measure("/heldout/development-303.yaml", "set 303");
  }

  /**
   * The three-hundred-and-fourth set, held out from its first run, taken on the code that sets 299
   * and 300 had led to (811a12c): written beside the three-hundred-and-second and the
   * three-hundred-and-third, and never fitted.
   */
  @Test
  void statementAttributionOnTheThreeHundredAndFourthSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-304.yaml", "held out 304");
  }

  /**
   * The three-hundred-and-fifth set, written beside the three-hundred-and-sixth and the
   * three-hundred-and-seventh.
   */
  @Test
  void statementAttributionOnTheThreeHundredAndFifthSet() throws IOException {
    measure("/heldout/development-305.yaml", "set 305");
  }

  /**
   * The three-hundred-and-sixth set, written beside the three-hundred-and-fifth and the
   * three-hundred-and-seventh.
   */
  @Test
  void statementAttributionOnTheThreeHundredAndSixthSet() throws IOException {
    measure("/heldout/development-306.yaml", "set 306");
  }

  /**
   * The three-hundred-and-seventh set, held out from its first run, taken on the code that sets 302
   * and 303 had led to (de1c7c7): written beside the three-hundred-and-fifth and the
   * three-hundred-and-sixth, and never fitted.
   */
  @Test
  void statementAttributionOnTheThreeHundredAndSeventhSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-307.yaml", "held out 307");
  }

  /**
   * The three-hundred-and-eighth set, written beside the three-hundred-and-ninth and the
   * three-hundred-and-tenth.
   */
  @Test
  void statementAttributionOnTheThreeHundredAndEighthSet() throws IOException {
    measure("/heldout/development-308.yaml", "set 308");
  }

  /**
   * The three-hundred-and-ninth set, written beside the three-hundred-and-eighth and the
   * three-hundred-and-tenth.
   */
  @Test
  void statementAttributionOnTheThreeHundredAndNinthSet() throws IOException {
    measure("/heldout/development-309.yaml", "set 309");
  }

  /**
   * The three-hundred-and-tenth set, held out from its first run, taken on the code that sets 305
   * and 306 had led to (8b50d38): written beside the three-hundred-and-eighth and the
   * three-hundred-and-ninth, and never fitted.
   */
  @Test
  void statementAttributionOnTheThreeHundredAndTenthSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-310.yaml", "held out 310");
  }

  /**
   * The three-hundred-and-eleventh set, written beside the three-hundred-and-twelfth and the
   * three-hundred-and-thirteenth.
   */
  @Test
  void statementAttributionOnTheThreeHundredAndEleventhSet() throws IOException {
    measure("/heldout/development-311.yaml", "set 311");
  }

  /**
   * The three-hundred-and-twelfth set, written beside the three-hundred-and-eleventh and the
   * three-hundred-and-thirteenth.
   */
  @Test
  void statementAttributionOnTheThreeHundredAndTwelfthSet() throws IOException {
    measure("/heldout/development-312.yaml", "set 312");
  }

  /**
   * The three-hundred-and-thirteenth set, held out from its first run, taken on the code that sets
   * 308 and 309 had led to (60ccdb8): written beside the three-hundred-and-eleventh and the
   * three-hundred-and-twelfth, and never fitted.
   */
  @Test
  void statementAttributionOnTheThreeHundredAndThirteenthSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-313.yaml", "held out 313");
  }

  /**
   * The three-hundred-and-fourteenth set, written beside the three-hundred-and-fifteenth and the
   * three-hundred-and-sixteenth.
   */
  @Test
  void statementAttributionOnTheThreeHundredAndFourteenthSet() throws IOException {
    measure("/heldout/development-314.yaml", "set 314");
  }

  /**
   * The three-hundred-and-fifteenth set, written beside the three-hundred-and-fourteenth and the
   * three-hundred-and-sixteenth.
   */
  @Test
  void statementAttributionOnTheThreeHundredAndFifteenthSet() throws IOException {
    measure("/heldout/development-315.yaml", "set 315");
  }

  /**
   * The three-hundred-and-sixteenth set, held out from its first run, taken on the code that sets
   * 311 and 312 had led to (10e6a0a): written beside the three-hundred-and-fourteenth and the
   * three-hundred-and-fifteenth, and never fitted.
   */
  @Test
  void statementAttributionOnTheThreeHundredAndSixteenthSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-316.yaml", "held out 316");
  }

  /**
   * The three-hundred-and-seventeenth set, written beside the three-hundred-and-eighteenth and the
   * three-hundred-and-nineteenth.
   */
  @Test
  void statementAttributionOnTheThreeHundredAndSeventeenthSet() throws IOException {
    measure("/heldout/development-317.yaml", "set 317");
  }

  /**
   * The three-hundred-and-eighteenth set, written beside the three-hundred-and-seventeenth and the
   * three-hundred-and-nineteenth.
   */
  @Test
  void statementAttributionOnTheThreeHundredAndEighteenthSet() throws IOException {
    measure("/heldout/development-318.yaml", "set 318");
  }

  /**
   * The three-hundred-and-nineteenth set, held out from its first run, taken on the code that sets
   * 314 and 315 had led to (16c8573): written beside the three-hundred-and-seventeenth and the
   * three-hundred-and-eighteenth, and never fitted.
   */
  @Test
  void statementAttributionOnTheThreeHundredAndNineteenthSetHeldOut() throws IOException {
    measureHeldOut("/heldout/held-out-319.yaml", "held out 319");
  }

  /** The forty-ninth set, written beside the fiftieth. */
  @Test
  void statementAttributionOnTheFortyNinthSet() throws IOException {
    measure("/heldout/development-49.yaml", "set 49");
  }

  /** The forty-eighth set, written beside the forty-seventh. */
  @Test
  void statementAttributionOnTheFortyEighthSet() throws IOException {
    measure("/heldout/development-48.yaml", "set 48");
  }

  /** The forty-seventh set, written beside the forty-eighth. */
  @Test
  void statementAttributionOnTheFortySeventhSet() throws IOException {
    measure("/heldout/development-47.yaml", "set 47");
  }

  /** The forty-sixth set, written beside the forty-fourth and forty-fifth. */
  @Test
  void statementAttributionOnTheFortySixthSet() throws IOException {
    measure("/heldout/development-46.yaml", "set 46");
  }

  /** The forty-second set, written beside the forty-third. */
  @Test
  void statementAttributionOnTheFortySecondSet() throws IOException {
    measure("/heldout/development-42.yaml", "set 42");
  }

  /** The forty-first set, written beside the fortieth. */
  @Test
  void statementAttributionOnTheFortyFirstSet() throws IOException {
    measure("/heldout/development-41.yaml", "set 41");
  }

  /** The fortieth set. */
  @Test
  void statementAttributionOnTheFortiethSet() throws IOException {
    measure("/heldout/development-40.yaml", "set 40");
  }

  /** The thirty-ninth set, written beside the thirty-eighth. */
  @Test
  void statementAttributionOnTheThirtyNinthSet() throws IOException {
    measure("/heldout/development-39.yaml", "set 39");
  }

  /** The thirty-eighth set. */
  @Test
  void statementAttributionOnTheThirtyEighthSet() throws IOException {
    measure("/heldout/development-38.yaml", "set 38");
  }

  /** The thirty-seventh set, written beside the thirty-sixth. */
  @Test
  void statementAttributionOnTheThirtySeventhSet() throws IOException {
    measure("/heldout/development-37.yaml", "set 37");
  }

  /** The thirty-sixth set. */
  @Test
  void statementAttributionOnTheThirtySixthSet() throws IOException {
    measure("/heldout/development-36.yaml", "set 36");
  }

  /** The thirty-fifth set, written beside the thirty-fourth; in-sample since its misses were fixed. */
  @Test
  void statementAttributionOnTheThirtyFifthSet() throws IOException {
    measure("/heldout/development-35.yaml", "set 35");
  }

  /** The thirty-fourth set; in-sample since its misses were fixed. */
  @Test
  void statementAttributionOnTheThirtyFourthSet() throws IOException {
    measure("/heldout/development-34.yaml", "set 34");
  }

  /** The thirty-third set, written beside the thirty-second; in-sample since its misses were fixed. */
  @Test
  void statementAttributionOnTheThirtyThirdSet() throws IOException {
    measure("/heldout/development-33.yaml", "set 33");
  }

  /** The thirty-second set; in-sample since its misses were fixed. */
  @Test
  void statementAttributionOnTheThirtySecondSet() throws IOException {
    measure("/heldout/development-32.yaml", "set 32");
  }

  /** The thirtieth set, written beside the thirty-first; in-sample since its misses were fixed. */
  @Test
  void statementAttributionOnTheThirtiethSet() throws IOException {
    measure("/heldout/development-30.yaml", "set 30");
  }

  /** The twenty-ninth set, held out until the thirtieth and thirty-first came; nothing was fitted to it since. */
  @Test
  void statementAttributionOnTheTwentyNinthSet() throws IOException {
    measure("/heldout/development-29.yaml", "set 29");
  }

  /** The twenty-eighth set, held out until the twenty-ninth came; in-sample since its misses were fixed. */
  @Test
  void statementAttributionOnTheTwentyEighthSet() throws IOException {
    measure("/heldout/development-28.yaml", "set 28");
  }

  /** The twenty-seventh set, held out until the twenty-eighth came; in-sample since its misses were fixed. */
  @Test
  void statementAttributionOnTheTwentySeventhSet() throws IOException {
    measure("/heldout/development-27.yaml", "set 27");
  }

  /** The twenty-sixth set, held out until the twenty-seventh came; in-sample since its misses were fixed. */
  @Test
  void statementAttributionOnTheTwentySixthSet() throws IOException {
    measure("/heldout/development-26.yaml", "set 26");
  }

  /** The twenty-fifth set, held out until the twenty-sixth came; in-sample since its misses were fixed. */
  @Test
  void statementAttributionOnTheTwentyFifthSet() throws IOException {
    measure("/heldout/development-25.yaml", "set 25");
  }

  /** The twenty-fourth set, held out until the twenty-fifth came; in-sample since its misses were fixed. */
  @Test
  void statementAttributionOnTheTwentyFourthSet() throws IOException {
    measure("/heldout/development-24.yaml", "set 24");
  }

  /** The twenty-third set, held out until the twenty-fourth came; in-sample since its misses were fixed. */
  @Test
  void statementAttributionOnTheTwentyThirdSet() throws IOException {
    measure("/heldout/development-23.yaml", "set 23");
  }

  /** The twenty-second set, held out until the twenty-third came; in-sample since its misses were fixed. */
  @Test
  void statementAttributionOnTheTwentySecondSet() throws IOException {
    measure("/heldout/development-22.yaml", "set 22");
  }

  /** The twenty-first set, held out until the twenty-second came; in-sample since its misses were fixed. */
  @Test
  void statementAttributionOnTheTwentyFirstSet() throws IOException {
    measure("/heldout/development-21.yaml", "set 21");
  }

  /** The twentieth set, held out until the twenty-first came; in-sample since its misses were fixed. */
  @Test
  void statementAttributionOnTheTwentiethSet() throws IOException {
    measure("/heldout/development-20.yaml", "set 20");
  }

  /** The nineteenth set, held out until the twentieth came; in-sample since its misses were fixed. */
  @Test
  void statementAttributionOnTheNineteenthSet() throws IOException {
    measure("/heldout/development-19.yaml", "set 19");
  }

  /** The eighteenth set, held out until the nineteenth came; in-sample since its misses were fixed. */
  @Test
  void statementAttributionOnTheEighteenthSet() throws IOException {
    measure("/heldout/development-18.yaml", "set 18");
  }

  /** The seventeenth set, held out until the eighteenth came; in-sample since its misses were fixed. */
  @Test
  void statementAttributionOnTheSeventeenthSet() throws IOException {
    measure("/heldout/development-17.yaml", "set 17");
  }

  /** The sixteenth set, held out until the seventeenth came; in-sample since its misses were fixed. */
  @Test
  void statementAttributionOnTheSixteenthSet() throws IOException {
    measure("/heldout/development-16.yaml", "set 16");
  }

  /** The fifteenth set, held out until the sixteenth came; in-sample since its misses were fixed. */
  @Test
  void statementAttributionOnTheFifteenthSet() throws IOException {
    measure("/heldout/development-15.yaml", "set 15");
  }

  /** The fourteenth set, held out until the fifteenth came; in-sample since its misses were fixed. */
  @Test
  void statementAttributionOnTheFourteenthSet() throws IOException {
    measure("/heldout/development-14.yaml", "set 14");
  }

  /** The thirteenth set, held out until the fourteenth came; in-sample since its misses were fixed. */
  @Test
  void statementAttributionOnTheThirteenthSet() throws IOException {
    measure("/heldout/development-13.yaml", "set 13");
  }

  /** The twelfth set, an ordinary day; in-sample since its misses were fixed. */
  @Test
  void statementAttributionOnTheTwelfthSet() throws IOException {
    measure("/heldout/development-12.yaml", "set 12");
  }

  /** The eleventh set, an ordinary mixed day; in-sample since its misses were fixed. */
  @Test
  void statementAttributionOnTheEleventhSet() throws IOException {
    measure("/heldout/development-11.yaml", "set 11");
  }

  /** The tenth set, of other kinds of day (interviews, a court, a live blog); in-sample since its misses were fixed. */
  @Test
  void statementAttributionOnTheTenthSet() throws IOException {
    measure("/heldout/development-10.yaml", "set 10");
  }

  /** The ninth set, of the same mix; in-sample since its misses were fixed. */
  @Test
  void statementAttributionOnTheNinthSet() throws IOException {
    measure("/heldout/development-9.yaml", "set 9");
  }

  /** The seventh set, held out until the ninth came; in-sample since its misses were fixed. */
  @Test
  void statementAttributionOnTheSeventhSet() throws IOException {
    measure("/heldout/development-7.yaml", "set 7");
  }

  /** The eighth set, of the same mix as the seventh; in-sample since its misses were fixed. */
  @Test
  void statementAttributionOnTheEighthSet() throws IOException {
    measure("/heldout/development-8.yaml", "set 8");
  }

  /** The sixth set, of the same kinds as the fifth; in-sample since its misses were fixed. */
  @Test
  void statementAttributionOnTheSixthSet() throws IOException {
    measure("/heldout/development-6.yaml", "set 6");
  }

  /** The fifth set, of other kinds of article than wire stories; in-sample since its misses were fixed. */
  @Test
  void statementAttributionOnTheFifthSet() throws IOException {
    measure("/heldout/development-5.yaml", "set 5");
  }

  /** The fourth set, written by someone who had not read the extractor; in-sample since its misses were fixed. */
  @Test
  void statementAttributionOnTheFourthSet() throws IOException {
    measure("/heldout/development-4.yaml", "set 4");
  }

  /** The third set, written by someone who had not read the extractor; in-sample since its misses were fixed. */
  @Test
  void statementAttributionOnTheThirdSet() throws IOException {
    measure("/heldout/development-3.yaml", "set 3");
  }

  /** The first set, in-sample since its misses were fixed: kept, so they stay fixed. */
  @Test
  void statementAttributionOnTheFirstDevelopmentSet() throws IOException {
    measure("/heldout/development.yaml", "set 1");
  }

  /** The second set, in-sample since its misses were fixed in turn. */
  @Test
  void statementAttributionOnTheSecondDevelopmentSet() throws IOException {
    measure("/heldout/development-2.yaml", "set 2");
  }

  private void measure(String resource, String name) throws IOException {
    measure(resource, name, PRECISION, RECALL, EnrichmentQualityTest.KIND, true);
  }

  /**
   * A held-out set prints its figures and a fingerprint of what was found, not its differences:
   * whoever reads them has fitted the set. The fingerprint tells whether a change moved the set
   * without saying how. {@value #SHOW_HELD_OUT}{@code =true} prints them, and spends the set.
   */
  private void measureHeldOut(String resource, String name) throws IOException {
    measure(resource, name, HELD_OUT_PRECISION, HELD_OUT_RECALL, HELD_OUT_KIND, Boolean.getBoolean(SHOW_HELD_OUT));
  }

  private void measure(
      String resource, String name, double minPrecision, double minRecall, double minKind, boolean showDifferences)
      throws IOException {
    ActorCatalogue actors = ActorCatalogue.load(SEEDS.resolve("actors.yaml"));
    Enricher enricher = new Enricher(actors, TopicCatalogue.load(SEEDS.resolve("topics.yaml")).topics(),
        Clock.fixed(FETCHED, ZoneOffset.UTC));
    Map<String, String> actorIds = EnrichmentQualityTest.actorIdsByName(actors);
    JsonNode list;
    try (InputStream in = getClass().getResourceAsStream(resource)) {
      assertNotNull(in, resource + " is missing from the test resources");
      list = Json.yaml().readTree(in).path("articles");
    }
    assertTrue(list.isArray() && !list.isEmpty(), resource + " holds no list of articles");

    Map<String, Counts> byLanguage = new TreeMap<>();
    Counts overall = new Counts();
    List<String> findings = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    List<String> found = new ArrayList<>();
    for (JsonNode entry : list) {
      String id = entry.path("id").asText();
      Language language = Language.fromTag(entry.path("language").asText());
      String text = Texts.nfc(entry.path("text").asText().strip());
      Article article = new Article(Article.CURRENT_VERSION, Ids.hash(id), "heldout", "heldout", "https://heldout.invalid/" + id,
          id, text, language, Texts.detectScript(text), null, FETCHED, null);
      EnrichmentResult result = enricher.enrich(article);
      List<Expected> expected = new ArrayList<>();
      for (JsonNode statement : entry.path("statements")) {
        String speakerId = EnrichmentQualityTest.speakerId(actorIds, statement.path("speaker").asText("unknown"));
        String words = statement.path("text").asText();
        int[] at = EnrichmentQualityTest.locate(text, words);
        if (at == null) {
          problems.add(id + ": annotated words not in the text: " + EnrichmentQualityTest.shorten(words));
          continue;
        }
        expected.add(new Expected(speakerId, statement.path("kind").asText(""), words, at[0], at[1]));
      }
      Counts slice = byLanguage.computeIfAbsent(language.tag(), l -> new Counts());
      EnrichmentQualityTest.scoreStatements(id, expected, result.statements(), slice, overall, findings);
      for (Statement s : result.statements()) {
        found.add(String.join("\t", id, s.speaker().id(), s.kind().json(), String.valueOf(s.start()),
            String.valueOf(s.end()), s.text()));
      }
    }
    if (!problems.isEmpty()) {
      fail(resource + ": the annotations do not fit their texts:\n" + String.join("\n", problems));
    }

    StringBuilder table = new StringBuilder(
        String.format(Locale.ROOT, "%-9s | %-27s | %s%n", name, "statements P / R (n)", "kind (n)"));
    Map<String, Counts> rows = new LinkedHashMap<>(byLanguage);
    rows.put("overall", overall);
    rows.forEach((language, c) -> table.append(String.format(Locale.ROOT, "%-9s | %-27s | %s%n", language,
        EnrichmentQualityTest.statementCell(c), EnrichmentQualityTest.kindCell(c))));
    table.append(String.format(Locale.ROOT, "%-9s | %s%n", "found", Ids.hash(found.toArray(String[]::new)).substring(0, 16)));
    System.out.println(table);
    String differences = showDifferences ? String.join("\n", findings)
        : "(held out: differences not shown; -D" + SHOW_HELD_OUT + "=true shows them, and spends the set)";
    System.out.println("Differences (- annotated but not found, + found but not annotated):");
    System.out.println(differences.indent(2));

    List<String> below = new ArrayList<>();
    EnrichmentQualityTest.check(below, name + " statement precision", overall.statementPrecision(), minPrecision);
    EnrichmentQualityTest.check(below, name + " statement recall", overall.statementRecall(), minRecall);
    EnrichmentQualityTest.check(below, name + " statement kind agreement", overall.kindAgreement(), minKind);
    if (!below.isEmpty()) {
      fail("below the bar: " + String.join("; ", below) + "\n" + table + differences);
    }
  }
}
