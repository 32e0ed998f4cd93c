package io.newswatch.ingest;

import io.newswatch.common.model.Article;
import io.newswatch.common.model.FeedState;
import io.newswatch.common.model.Source;
import io.newswatch.ingest.fetch.Outcome;
import io.newswatch.ingest.poll.ErrorRecord;
import io.newswatch.ingest.poll.FeedPoller;
import io.newswatch.ingest.poll.PollResult;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the polls of the feeds this instance owns: one virtual thread per poll in flight, a global
 * cap on polls in flight, a jittered interval per feed, exponential back-off after failures and
 * Retry-After honoured. A feed has at most one poll in flight, and its next poll starts only after
 * the previous result is committed, so it never sees its own items as new twice.
 */
final class FeedScheduler implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FeedScheduler.class);
  private static final int EMITTED_PER_OUTLET = 20_000;

  private final IngestConfig config;
  private final FeedPoller poller;
  private final StateView states;
  private final TransactionalSink sink;
  private final IngestMetrics metrics;
  private final ConcurrentHashMap<String, Task> tasks = new ConcurrentHashMap<>();
  private final EmittedArticles emitted = new EmittedArticles(this::emittedInStates, EMITTED_PER_OUTLET);
  private final ExecutorService polls = Executors.newVirtualThreadPerTaskExecutor();
  private final ScheduledExecutorService ticker =
      Executors.newSingleThreadScheduledExecutor(r -> Thread.ofPlatform().name("ingest-scheduler").daemon().unstarted(r));
  private final Semaphore inFlight;
  private final AtomicLong completedPolls = new AtomicLong();

  FeedScheduler(IngestConfig config, FeedPoller poller, StateView states, TransactionalSink sink, IngestMetrics metrics) {
    this.config = config;
    this.poller = poller;
    this.states = states;
    this.sink = sink;
    this.metrics = metrics;
    this.inFlight = new Semaphore(config.maxConcurrentPolls());
  }

  void start() {
    ticker.scheduleWithFixedDelay(this::tick, 50, 50, TimeUnit.MILLISECONDS);
  }

  long completedPolls() {
    return completedPolls.get();
  }

  Set<String> ownedSourceIds() {
    Set<String> ids = new HashSet<>();
    tasks.values().forEach(t -> ids.add(t.source.id()));
    return ids;
  }

  /**
   * Makes the owned feeds exactly those of {@code sources}: new feeds start after {@code barrier}
   * (the state committed so far has been read), feeds of sources no longer owned stop and their
   * uncommitted results are dropped.
   */
  synchronized void ownSources(Collection<Source> sources, CompletableFuture<Void> barrier) {
    Map<String, Source> wanted = new HashMap<>();
    for (Source s : sources) {
      for (String url : s.feeds()) {
        wanted.put(key(s.id(), url), s);
      }
      s.listings().forEach(l -> wanted.put(key(s.id(), l.url()), s));
    }
    tasks.entrySet().removeIf(e -> {
      Source now = wanted.get(e.getKey());
      if (now == null || !now.equals(e.getValue().source)) {
        e.getValue().removed = true;
        return true;
      }
      return false;
    });
    Set<String> ownedOutlets = new HashSet<>();
    for (Map.Entry<String, Source> e : wanted.entrySet()) {
      ownedOutlets.add(e.getValue().outlet());
      tasks.computeIfAbsent(e.getKey(), k -> {
        String url = k.substring(k.indexOf('\n') + 1);
        Task t = new Task(e.getValue(), url, barrier);
        // A small random start spreads thousands of feeds over the first second instead of one burst.
        t.due = Instant.now().plusMillis(ThreadLocalRandom.current().nextLong(0, 1000));
        return t;
      });
    }
    emitted.retainOutlets(ownedOutlets);
    metrics.setOwnedFeeds(tasks.size());
  }

  private static String key(String sourceId, String url) {
    return sourceId + "\n" + url;
  }

  private void tick() {
    try {
      Instant now = Instant.now();
      int backedOff = 0;
      int unhealthy = 0;
      for (Task t : tasks.values()) {
        if (t.failures > 0 || t.retryAt != null && t.retryAt.isAfter(now)) {
          backedOff++;
        }
        if (t.failures >= config.unhealthyAfter()) {
          unhealthy++;
        }
        if (!t.inFlight && !t.removed && !now.isBefore(t.due)) {
          t.inFlight = true;
          polls.execute(() -> run(t));
        }
      }
      metrics.setBackedOff(backedOff);
      metrics.setUnhealthy(unhealthy);
    } catch (RuntimeException e) {
      LOG.error("Scheduler tick failed: {}", e.toString(), e);
    }
  }

  private void run(Task t) {
    boolean handedOver = false;
    try {
      inFlight.acquire();
      try {
        t.barrier.get();
        if (t.removed) {
          return;
        }
        FeedState previous = states.get(t.url);
        Duration interval = interval(t.source);
        if (t.first && previous != null && previous.lastSuccessAt() != null
            && previous.consecutiveFailures() == 0
            && previous.lastSuccessAt().plus(interval).isAfter(Instant.now())) {
          // Polled recently by this or another instance before a restart or a move: not yet due.
          t.first = false;
          t.due = previous.lastSuccessAt().plus(jittered(interval));
          return;
        }
        t.first = false;
        if (previous != null && t.failures == 0) {
          t.failures = previous.consecutiveFailures();
        }
        EmittedArticles.Poll claims = emitted.poll(t.source.outlet());
        try {
          PollResult result = poller.poll(t.source, t.url, previous, claims);
          sink.submit(new Pending(t, filterErrors(t, result), result, claims));
          handedOver = true;
        } finally {
          if (!handedOver) {
            claims.close();
          }
        }
      } finally {
        inFlight.release();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | RuntimeException | StackOverflowError e) {
      // A stack overflow (deep recursion on a pathological page) unwinds cleanly and concerns this
      // feed only.
      failed(t, e);
    } catch (Error e) {
      // Out of memory, a class that failed to load: not this feed's alone, so it is passed on to
      // the thread's handler. The feed still backs off: left due, it would be polled again at the
      // next tick, and fail again, every 50 ms.
      failed(t, e);
      throw e;
    } finally {
      if (!handedOver) {
        t.inFlight = false;
      }
    }
  }

  private void failed(Task t, Throwable e) {
    if (!t.removed) {
      LOG.warn("Poll of {} ({}) failed unexpectedly: {}", t.url, t.source.id(), e.toString(), e);
    }
    t.failures++;
    t.due = Instant.now().plus(backoff(t));
  }

  /** The article ids the feed states of an outlet's feeds record as emitted. */
  private List<String> emittedInStates(String outlet) {
    List<String> ids = new ArrayList<>();
    for (Task other : tasks.values()) {
      if (other.source.outlet().equals(outlet)) {
        FeedState s = states.get(other.url);
        if (s != null) {
          ids.addAll(FeedPoller.emittedArticleIds(s));
        }
      }
    }
    return ids;
  }

  /** Feed-level errors are recorded when a feed's outcome changes, not on every failing poll. */
  private List<ErrorRecord> filterErrors(Task t, PollResult result) {
    List<ErrorRecord> errors = new ArrayList<>();
    for (ErrorRecord e : result.errors()) {
      if (!e.stage().equals("feed") || t.lastOutcome != result.outcome()) {
        errors.add(e);
      }
    }
    return errors;
  }

  private void committed(Task t, PollResult result, EmittedArticles.Poll claims) {
    completedPolls.incrementAndGet();
    // The state first: an outlet's emitted ids, when forgotten past their limit, are loaded from it.
    states.putLocal(result.state());
    metrics.poll(t.source.id(), result.outcome());
    if (!result.articles().isEmpty()) {
      claims.committed(result.articles().stream().map(Article::id).toList());
      metrics.articles(t.source.id(), result.articles().size());
    }
    claims.close();
    boolean ok = result.outcome() == Outcome.OK || result.outcome() == Outcome.NOT_MODIFIED;
    if (ok) {
      metrics.lastSuccess(t.source.id(), Instant.now().getEpochSecond());
    }
    logTransition(t, result);
    t.lastOutcome = result.outcome();
    t.failures = ok ? 0 : t.failures + 1;
    t.retryAt = result.retryAt();
    Instant next = ok ? Instant.now().plus(result.more() ? Duration.ZERO : jittered(interval(t.source)))
        : Instant.now().plus(backoff(t));
    if (result.retryAt() != null && result.retryAt().isAfter(next)) {
      next = result.retryAt();
    }
    t.due = next;
    t.inFlight = false;
  }

  private void logTransition(Task t, PollResult result) {
    Outcome before = t.lastOutcome;
    Outcome now = result.outcome();
    boolean okNow = now == Outcome.OK || now == Outcome.NOT_MODIFIED;
    boolean okBefore = before == null || before == Outcome.OK || before == Outcome.NOT_MODIFIED;
    if (okNow && !okBefore) {
      LOG.info("Feed {} of {} recovered ({})", t.url, t.source.id(), now.tag());
    } else if (!okNow && before != now) {
      String reason = result.errors().isEmpty() ? now.tag() : result.errors().getFirst().reason();
      LOG.warn("Feed {} of {} failed: {} ({})", t.url, t.source.id(), now.tag(), reason);
    }
    if (!okNow && t.failures + 1 == config.unhealthyAfter()) {
      LOG.warn("Feed {} of {} is unhealthy after {} failures in a row; backing off up to {}",
          t.url, t.source.id(), t.failures + 1, config.maxBackoff());
    }
  }

  private Duration interval(Source s) {
    return s.pollInterval() != null ? s.pollInterval() : config.pollInterval();
  }

  private Duration jittered(Duration interval) {
    double j = config.pollJitter();
    double factor = j == 0 ? 1 : 1 + ThreadLocalRandom.current().nextDouble(-j, j);
    return Duration.ofMillis(Math.max(1, (long) (interval.toMillis() * factor)));
  }

  private Duration backoff(Task t) {
    Duration base = interval(t.source);
    int exponent = Math.min(Math.max(0, t.failures), 20);
    Duration d = base.multipliedBy(1L << Math.min(exponent, 16));
    return jittered(d.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : d);
  }

  @Override
  public void close() {
    ticker.shutdownNow();
    tasks.values().forEach(t -> t.removed = true);
    polls.shutdownNow();
    try {
      polls.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private final class Pending implements TransactionalSink.Pending {
    private final Task task;
    private final List<ErrorRecord> errors;
    private final PollResult result;
    private final EmittedArticles.Poll claims;

    Pending(Task task, List<ErrorRecord> errors, PollResult result, EmittedArticles.Poll claims) {
      this.task = task;
      this.errors = errors;
      this.result = result;
      this.claims = claims;
    }

    @Override
    public List<Article> articles() {
      return result.articles();
    }

    @Override
    public FeedState state() {
      return result.state();
    }

    @Override
    public List<ErrorRecord> errors() {
      return errors;
    }

    @Override
    public boolean stillOwned() {
      return !task.removed;
    }

    @Override
    public void committed() {
      FeedScheduler.this.committed(task, result, claims);
    }

    @Override
    public void dropped() {
      claims.close();
      task.due = Instant.now();
      task.inFlight = false;
    }
  }

  private static final class Task {
    final Source source;
    final String url;
    final CompletableFuture<Void> barrier;
    volatile Instant due = Instant.now();
    volatile boolean inFlight;
    volatile boolean removed;
    volatile boolean first = true;
    volatile int failures;
    volatile Instant retryAt;
    volatile Outcome lastOutcome;

    Task(Source source, String url, CompletableFuture<Void> barrier) {
      this.source = source;
      this.url = url;
      this.barrier = barrier;
    }
  }
}
