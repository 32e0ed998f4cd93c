package io.newswatch.common.model;

import java.util.List;

/**
 * An actor named in an article, with every place it is named.
 *
 * @param actorId catalogue id (a Wikidata QID or {@code nw:...}); for a person not in the catalogue
 *     {@code unknown:<matching key of the name>}
 * @param name canonical display name
 * @param inCatalogue false for people found only because they were quoted
 * @param country ISO code of the actor's country or body, or null
 * @param spans where the article names the actor, including surname-only, role and pronoun
 *     references that were resolved to it
 */
public record ActorMention(
    String actorId, String name, boolean inCatalogue, String country, List<Span> spans) {
  public ActorMention {
    Require.text(actorId, "actorId");
    Require.text(name, "actor name");
    spans = Require.list(spans);
  }
}
