package io.newswatch.systemtests;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The wall clock until its n-th reading, then an Error from inside the processor that read it: the
 * stream thread dies in the middle of its transaction, as it would on a process kill. Both
 * topologies read their clock once per record (enrich per article, alert per statement), so n
 * counts records.
 */
final class CrashingClock extends Clock {
  /** Nothing in Kafka Streams treats an Error as a bad record: it is not dead-lettered. */
  static final class SimulatedCrash extends Error {
    private static final long serialVersionUID = 1L;

    SimulatedCrash(int reading) {
      super("simulated crash at clock reading " + reading);
    }
  }

  private final AtomicInteger readings = new AtomicInteger();
  private final int crashAt;

  CrashingClock(int crashAt) {
    this.crashAt = crashAt;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    int reading = readings.incrementAndGet();
    if (reading >= crashAt) {
      throw new SimulatedCrash(reading);
    }
    return Instant.now();
  }
}
