package io.newswatch.enrich.statements;

import io.newswatch.common.model.Span;
import io.newswatch.common.model.StatementKind;
import java.util.List;

/**
 * A statement found in an article's text, before the enricher turns it into a {@code Statement}
 * record.
 *
 * @param speakerActorId a catalogue id; {@code unknown:<matchKey of the name>} for a person or body
 *     outside the catalogue; or {@link StatementExtractor#UNKNOWN} when no speaker could be resolved
 * @param speakerName the catalogue name; the name of the person or body outside it, as written (a
 *     body's in the nominative); or {@code unknown}
 * @param text the words: the quote without its marks, or the reported clause (with its marks where
 *     it is wholly in quotation marks, "da „...“"); words interrupted
 *     by their attribution ("Russia, Lavrov said, will ...", "“Serbia,” Vucic said, “will ...”",
 *     «Россия, — заявил Лавров, — не ...») are the two parts joined by a space, or by a full stop
 *     where the attribution ended a sentence («..., — сказал он. — И ...»)
 * @param kind direct (quoted) or indirect (reported)
 * @param start offset in the article's text where the words start
 * @param end offset just past the words; [start, end) is {@code text} itself, or for an
 *     interrupted statement the span that holds both parts and the attribution between them
 * @param speakerBodySpans for a body outside the catalogue, where the text names it, in any case
 *     or short form; empty for anyone else (a person's mentions are found by name)
 */
public record ExtractedStatement(
    String speakerActorId, String speakerName, String text, StatementKind kind, int start, int end,
    List<Span> speakerBodySpans) {

  /** Whether no speaker could be resolved. */
  public boolean unknownSpeaker() {
    return StatementExtractor.UNKNOWN.equals(speakerActorId);
  }
}
