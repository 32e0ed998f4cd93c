package io.newswatch.bench.pipeline;

import com.sun.management.OperatingSystemMXBean;
import io.newswatch.common.kafka.Topics;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/**
 * Samples, every {@value #PERIOD_MS} ms, how far the pipeline is behind: articles released but
 * not yet readable on {@code news.enriched} (the backlog of ingest and enrich together), and once a
 * second the alert service's lag on {@code news.statements} (committed statements it has not
 * committed as consumed), besides this JVM's CPU time and the machine's CPU load.
 */
final class BacklogSampler implements AutoCloseable {
  static final long PERIOD_MS = 250;
  private static final int LAG_EVERY = 4;

  /**
   * One sample. {@code alertLag} is -1 where it was not asked for. {@code cpuNanos} is this JVM's
   * CPU time so far; {@code machineLoad} the whole machine's recent CPU use in [0, 1], or -1.
   */
  record Sample(long atMs, int released, long ingested, long enriched, long alertLag, long cpuNanos, double machineLoad) {
    long backlog() {
      return released - enriched;
    }
  }

  private final ReleaseSchedule schedule;
  private final PipelineProbe probe;
  private final Admin admin;
  private final String alertGroup;
  private final OperatingSystemMXBean os =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private final List<Sample> samples = new ArrayList<>();
  private final Thread thread;
  private volatile boolean running = true;
  private volatile String lagProblem;

  BacklogSampler(ReleaseSchedule schedule, PipelineProbe probe, Admin admin, String alertGroup) {
    this.schedule = schedule;
    this.probe = probe;
    this.admin = admin;
    this.alertGroup = alertGroup;
    this.thread = Thread.ofPlatform().name("backlog-sampler").daemon().unstarted(this::run);
  }

  void start() {
    thread.start();
  }

  private void run() {
    long next = System.currentTimeMillis();
    for (long n = 0; running; n++) {
      long now = System.currentTimeMillis();
      long lag = n % LAG_EVERY == 0 ? alertLag() : -1;
      Sample sample = new Sample(now, schedule.releasedBy(now), probe.articles(), probe.enriched(), lag,
          os.getProcessCpuTime(), os.getCpuLoad());
      synchronized (samples) {
        samples.add(sample);
      }
      next += PERIOD_MS;
      long wait = next - System.currentTimeMillis();
      if (wait > 0) {
        try {
          Thread.sleep(wait);
        } catch (InterruptedException e) {
          return;
        }
      } else {
        next = System.currentTimeMillis();
      }
    }
  }

  /** The alert service's lag on news.statements, or -1 when the broker did not answer in time. */
  private long alertLag() {
    try {
      Map<TopicPartition, OffsetAndMetadata> committed =
          admin.listConsumerGroupOffsets(alertGroup).partitionsToOffsetAndMetadata().get(2, TimeUnit.SECONDS);
      Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
      for (int p = 0; p < Topics.STATEMENTS.partitions(); p++) {
        latest.put(new TopicPartition(Topics.STATEMENTS.name(), p), OffsetSpec.latest());
      }
      Map<TopicPartition, ListOffsetsResultInfo> ends =
          admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get(2, TimeUnit.SECONDS);
      long lag = 0;
      for (var end : ends.entrySet()) {
        OffsetAndMetadata done = committed.get(end.getKey());
        lag += Math.max(0, end.getValue().offset() - (done == null ? 0 : done.offset()));
      }
      return lag;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    } catch (ExecutionException | TimeoutException | RuntimeException e) {
      lagProblem = e.toString();
      return -1;
    }
  }

  /** The last failure to read the alert lag, or null. */
  String lagProblem() {
    return lagProblem;
  }

  /** The samples taken in [fromMs, toMs]. */
  List<Sample> between(long fromMs, long toMs) {
    List<Sample> out = new ArrayList<>();
    synchronized (samples) {
      for (Sample s : samples) {
        if (s.atMs() >= fromMs && s.atMs() <= toMs) {
          out.add(s);
        }
      }
    }
    return out;
  }

  /** The newest sample, or null before the first. */
  Sample latest() {
    synchronized (samples) {
      return samples.isEmpty() ? null : samples.getLast();
    }
  }

  List<Sample> all() {
    synchronized (samples) {
      return List.copyOf(samples);
    }
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
    try {
      thread.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
