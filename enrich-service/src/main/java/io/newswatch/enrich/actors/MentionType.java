package io.newswatch.enrich.actors;

/** How a text names an actor. */
public enum MentionType {
  /** The full name (given name and surname, or an organisation's full name). */
  FULL_NAME,
  /** The surname alone, resolved to an actor named in full earlier or unambiguous in the catalogue. */
  SURNAME,
  /** Another name the catalogue lists for the actor (an abbreviation, a short form). */
  ALIAS
}
