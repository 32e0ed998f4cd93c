package io.newswatch.enrich.statements;

/** What kind of expression a {@link Ref} is. */
enum RefType {
  MENTION,
  NAME,
  ROLE,
  PRONOUN
}
