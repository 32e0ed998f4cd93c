package io.newswatch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newswatch.ingest.poll.ArticleClaims.Claim;
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
      assertEquals(Claim.FREE, main.claim("a1"), "free: the main feed's poll takes it");
      assertEquals(Claim.FREE, main.claim("a1"), "a poll asking again about its own article is not refused");
      assertEquals(Claim.HELD, section.claim("a1"), "held by the main feed's poll, not emitted: the section feed asks again next time");
      assertEquals(Claim.FREE, otherOutlet.claim("a1"), "another outlet's article of the same id is its own");
    }
  }

  @Test
  void aHoldEndsWithItsPollCommittedOrNot() {
    EmittedArticles.Poll failed = emitted.poll("rts");
    assertEquals(Claim.FREE, failed.claim("a1"));
    failed.close(); // the fetch failed, or the result was dropped
    try (EmittedArticles.Poll retry = emitted.poll("rts")) {
      assertEquals(Claim.FREE, retry.claim("a1"), "free again");
      retry.committed(List.of("a1"));
    }
    assertTrue(emitted.emitted("rts", "a1"));
    try (EmittedArticles.Poll later = emitted.poll("rts")) {
      assertEquals(Claim.EMITTED, later.claim("a1"), "emitted stays taken after its poll ended");
    }
  }

  @Test
  void emittedIdsComeFromTheFeedStatesAndAreReloadedPastTheLimit() {
    states.put("rts", new ArrayList<>(List.of("old-1")));
    assertTrue(emitted.emitted("rts", "old-1"), "known from the states at first use");
    try (EmittedArticles.Poll poll = emitted.poll("rts")) {
      poll.claim("n1");
      poll.claim("n2");
      poll.claim("n3");
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
