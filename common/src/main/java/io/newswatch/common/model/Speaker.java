package io.newswatch.common.model;

/**
 * Who made a statement.
 *
 * @param id actor id; {@link #UNKNOWN_ID} when no speaker could be resolved
 * @param name display name, or {@code unknown}
 * @param inCatalogue whether the actor is in the catalogue
 * @param country ISO code of the speaker's country or body, or null
 * @param role the catalogue role, or null
 */
public record Speaker(String id, String name, boolean inCatalogue, String country, String role) {
  public static final String UNKNOWN_ID = "unknown";

  public static final Speaker UNKNOWN = new Speaker(UNKNOWN_ID, "unknown", false, null, null);

  public Speaker {
    Require.text(id, "speaker id");
    name = name == null || name.isBlank() ? id : name;
  }

  public boolean isUnknown() {
    return UNKNOWN_ID.equals(id);
  }
}
