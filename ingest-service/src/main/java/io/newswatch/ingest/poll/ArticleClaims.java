package io.newswatch.ingest.poll;

/**
 * Which of an outlet's articles a poll may emit. An outlet lists one article in several feeds, and
 * several polls of its feeds may run at once; each asks here before it fetches an article.
 */
@FunctionalInterface
public interface ArticleClaims {
  /** The answer for one article id. */
  enum Claim {
    /** Nobody has it: it is this poll's now. */
    FREE,
    /** Emitted already, by a poll whose result was committed: done for good. */
    EMITTED,
    /**
     * Another poll is fetching or writing it, and may still fail or be dropped: not this poll's,
     * and not done either, so a later poll asks again.
     */
    HELD
  }

  Claim claim(String articleId);

  /** Every article is free: a poll on its own, as tests and tools run it. */
  ArticleClaims NONE = id -> Claim.FREE;
}
