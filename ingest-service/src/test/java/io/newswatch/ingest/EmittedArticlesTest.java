package io.newswatch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EmittedArticlesTest {
  /** What the feed states of each outlet record as emitted. */
  private final Map<String, List<String>> states = new HashMap<>();
  private final List<String> loads = new ArrayList<>();
  private final EmittedArticles emitted =
      new EmittedArticles(outlet -> {
        loads.add(outlet);
        return states.getOrDefault(outlet, List.of());
      }, 3);

  @Test
  void anArticleBeingFetchedByOnePollIsTakenForTheOthersOfTheOutlet() {
    try (EmittedArticles.Poll main = emitted.poll("rts");
        EmittedArticles.Poll section = emitted.poll("rts");
        EmittedArticles.Poll otherOutlet = emitted.poll("tass")) {
      assertFalse(main.test("a1"), "free: the main feed's poll takes it");
      assertFalse(main.test("a1"), "a poll asking again about its own article is not refused");
      assertTrue(section.test("a1"), "held by the main feed's poll");
      assertFalse(otherOutlet.test("a1"), "another outlet's article of the same id is its own");
    }
  }

  @Test
  void aHoldEndsWithItsPollCommittedOrNot() {
    EmittedArticles.Poll failed = emitted.poll("rts");
    assertFalse(failed.test("a1"));
    failed.close(); // the fetch failed, or the result was dropped
    try (EmittedArticles.Poll retry = emitted.poll("rts")) {
      assertFalse(retry.test("a1"), "free again");
      retry.committed(List.of("a1"));
    }
    assertTrue(emitted.emitted("rts", "a1"));
    try (EmittedArticles.Poll later = emitted.poll("rts")) {
      assertTrue(later.test("a1"), "emitted stays taken after its poll ended");
    }
  }

  @Test
  void emittedIdsComeFromTheFeedStatesAndAreReloadedPastTheLimit() {
    states.put("rts", new ArrayList<>(List.of("old-1")));
    assertTrue(emitted.emitted("rts", "old-1"), "known from the states at first use");
    try (EmittedArticles.Poll poll = emitted.poll("rts")) {
      poll.test("n1");
      poll.test("n2");
      poll.test("n3");
      // The committed state holds them before the poll reports its commit.
      states.get("rts").addAll(List.of("n1", "n2", "n3"));
      poll.committed(List.of("n1", "n2", "n3"));
    }
    assertTrue(emitted.emitted("rts", "n3"), "over the limit the outlet's ids are loaded again, and still known");
    assertEquals(List.of("rts", "rts"), loads, "loaded again once over the limit");
    emitted.retainOutlets(Set.of("tass"));
    assertTrue(emitted.emitted("rts", "old-1"));
    assertEquals(3, loads.size(), "a dropped outlet is loaded again if it comes back: " + loads);
  }
}
