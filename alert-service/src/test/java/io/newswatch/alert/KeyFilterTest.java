package io.newswatch.alert;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KeyFilterTest {
  @Test
  void everyAddedKeyIsReportedAndFewOthersAre() {
    KeyFilter filter = new KeyFilter(10_000);
    for (int i = 0; i < 10_000; i++) {
      filter.add('b', "speaker-" + (i % 200) + "|" + (i % 20) + ":" + Long.toHexString(i * 0x9e3779b97f4a7c15L));
    }
    for (int i = 0; i < 10_000; i++) {
      assertTrue(filter.mightContain('b', "speaker-" + (i % 200) + "|" + (i % 20) + ":" + Long.toHexString(i * 0x9e3779b97f4a7c15L)));
    }
    int falsePositives = 0;
    for (int i = 10_000; i < 20_000; i++) {
      if (filter.mightContain('b', "speaker-" + (i % 200) + "|" + (i % 20) + ":" + Long.toHexString(i * 0x9e3779b97f4a7c15L))) {
        falsePositives++;
      }
    }
    assertTrue(falsePositives < 300, falsePositives + " false positives in 10000");
    assertFalse(filter.full());
  }

  @Test
  void namespacesDoNotMix() {
    KeyFilter filter = new KeyFilter(100);
    filter.add('t', "maria-zakharova|zahar");
    assertTrue(filter.mightContain('t', "maria-zakharova|zahar"));
    assertFalse(filter.mightContain('b', "maria-zakharova|zahar"));
  }

  @Test
  void isFullOnceMoreKeysThanItsCapacityWereAdded() {
    KeyFilter filter = new KeyFilter(3);
    for (int i = 0; i < 3; i++) {
      filter.add('a', "k" + i);
    }
    assertFalse(filter.full());
    filter.add('a', "k3");
    assertTrue(filter.full());
  }
}
