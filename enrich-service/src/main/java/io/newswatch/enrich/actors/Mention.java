package io.newswatch.enrich.actors;

/**
 * One place a text names a catalogue actor.
 *
 * @param actorId catalogue id
 * @param start UTF-16 offset of the first character of the mention in the text
 * @param end UTF-16 offset just past the mention
 * @param surface the mention as written ({@code text.substring(start, end)})
 * @param type full name, surname or alias
 */
public record Mention(String actorId, int start, int end, String surface, MentionType type) {
  public Mention {
    if (actorId == null || actorId.isBlank()) {
      throw new IllegalArgumentException("mention actorId is required");
    }
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("mention offsets [" + start + ", " + end + ") are invalid");
    }
  }
}
