package io.newswatch.alert;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the global watch store and the {@link WatchBook} the judge reads: valid watches in,
 * tombstones out, and anything else skipped with its reason logged, so the last good version of a
 * watch stays in force. (The dead letter for a bad watch record is written by {@link
 * WatchDirectory}: the global thread has no producer.)
 */
final class WatchStoreUpdater implements Processor<String, WatchSlot, Void, Void> {
  private static final Logger LOG = LoggerFactory.getLogger(WatchStoreUpdater.class);

  private final WatchBook book;
  private final MeterRegistry registry;
  private KeyValueStore<String, WatchSlot> store;

  WatchStoreUpdater(WatchBook book, MeterRegistry registry) {
    this.book = book;
    this.registry = registry;
  }

  @Override
  public void init(ProcessorContext<Void, Void> context) {
    store = context.getStateStore(AlertTopology.WATCH_STORE);
    // Restoration fills the store without calling process: the book starts from what it holds.
    try (KeyValueIterator<String, WatchSlot> all = store.all()) {
      while (all.hasNext()) {
        KeyValue<String, WatchSlot> entry = all.next();
        if (entry.value != null && entry.value.isValid()) {
          book.put(entry.value.watch());
        }
      }
    }
  }

  @Override
  public void process(Record<String, WatchSlot> record) {
    String key = record.key();
    WatchSlot slot = record.value();
    if (key == null) {
      skip("(no key)", "a watch record needs its id as key");
    } else if (slot == null) {
      store.delete(key);
      book.remove(key);
      LOG.info("Watch {} removed", key);
    } else if (!slot.isValid()) {
      skip(key, slot.problem());
    } else if (!key.equals(slot.watch().id())) {
      skip(key, "key '" + key + "' differs from the watch id '" + slot.watch().id() + "'");
    } else {
      store.put(key, slot);
      book.put(slot.watch());
      LOG.info("Watch {} in force: {}", key, slot.watch().name());
    }
  }

  private void skip(String key, String reason) {
    LOG.warn("Skipping watch record {} (the previous version, if any, stays in force): {}", key, reason);
    registry.counter(AlertMetrics.WATCHES_SKIPPED).increment();
  }
}
