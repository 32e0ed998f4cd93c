package io.newswatch.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Peak used heap of this JVM during a run. Used heap peaks just before a collection, so each GC
 * notification contributes its before-GC heap; a sampler every few milliseconds covers the time
 * after the last collection. Either alone under-reads; the larger of the two is reported.
 */
public final class HeapWatch implements AutoCloseable {
  private final AtomicLong peak = new AtomicLong();
  private final Set<String> heapPools = new java.util.HashSet<>();
  private final List<NotificationEmitter> emitters = new ArrayList<>();
  private final NotificationListener listener = this::onGc;
  private final Thread sampler;
  private volatile boolean running = true;

  private HeapWatch() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        heapPools.add(pool.getName());
      }
    }
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(listener, null, null);
        emitters.add(emitter);
      }
    }
    sampler = Thread.ofPlatform().daemon().name("heap-sampler").unstarted(this::sample);
    sampler.start();
  }

  /** Starts watching. */
  public static HeapWatch start() {
    return new HeapWatch();
  }

  private void sample() {
    while (running) {
      peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private void onGc(Notification n, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
      return;
    }
    GcInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData()).getGcInfo();
    long before = 0;
    for (var e : info.getMemoryUsageBeforeGc().entrySet()) {
      if (heapPools.contains(e.getKey())) {
        MemoryUsage u = e.getValue();
        before += u.getUsed();
      }
    }
    peak.accumulateAndGet(before, Math::max);
  }

  /** The peak so far, in bytes. */
  public long peakBytes() {
    peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
    return peak.get();
  }

  /** The heap's limit (-Xmx), in bytes, or -1. */
  public static long maxBytes() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
    for (NotificationEmitter e : emitters) {
      try {
        e.removeNotificationListener(listener);
      } catch (ListenerNotFoundException ignored) {
        // already gone
      }
    }
  }

  public static String mib(long bytes) {
    return bytes < 0 ? "?" : String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
  }
}
