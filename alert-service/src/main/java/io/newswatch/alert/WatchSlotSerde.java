package io.newswatch.alert;

import io.newswatch.common.kafka.Topics;
import io.newswatch.common.model.Watch;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Reads watches leniently: bytes that are no valid watch become a {@link WatchSlot#invalid} with
 * the catalogue serde's reason instead of an exception. The store is read back at start and by the
 * watch listing (the judge reads the parsed {@link WatchBook}); parsed watches are cached by their
 * bytes so those reads cost no parse for a watch already seen.
 */
final class WatchSlotSerde implements Serde<WatchSlot> {
  private static final int CACHE_SIZE = 1_024;

  private final Serde<Watch> watches = Topics.WATCHES.valueSerde();
  private final Map<ByteBuffer, WatchSlot> cache =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ByteBuffer, WatchSlot> eldest) {
          return size() > CACHE_SIZE;
        }
      };

  @Override
  public Serializer<WatchSlot> serializer() {
    return (topic, slot) -> {
      if (slot == null) {
        return null;
      }
      if (!slot.isValid()) {
        // Only valid watches are ever written to the store; an invalid one has no bytes of its own.
        return slot.problem().getBytes(StandardCharsets.UTF_8);
      }
      return watches.serializer().serialize(topic, slot.watch());
    };
  }

  @Override
  public Deserializer<WatchSlot> deserializer() {
    return (topic, data) -> {
      if (data == null) {
        return null;
      }
      synchronized (cache) {
        return cache.computeIfAbsent(ByteBuffer.wrap(data.clone()), key -> parse(topic, data));
      }
    };
  }

  private WatchSlot parse(String topic, byte[] data) {
    try {
      Watch watch = watches.deserializer().deserialize(topic, data);
      return watch == null ? WatchSlot.invalid("empty watch") : WatchSlot.valid(watch);
    } catch (SerializationException | IllegalArgumentException e) {
      return WatchSlot.invalid(e.getMessage());
    }
  }
}
