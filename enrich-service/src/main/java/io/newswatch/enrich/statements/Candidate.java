package io.newswatch.enrich.statements;

import io.newswatch.common.model.Actor.Gender;
import io.newswatch.common.model.StatementKind;

/** A statement found, before its speaker is resolved. */
final class Candidate {
  /** How a statement was attributed, which decides how its speaker is resolved. */
  enum Via {
    SUBJECT, // the subject found next to the speech verb or in the introducing phrase
    INHERIT, // a quote continuing the previous one
    PARTICIPLE, // ", adding that ...": the sentence's speaker
    NONE // no attribution at all
  }

  final int start;
  final int end;
  final StatementKind kind;
  final int anchor; // token where the attribution is, for the order of resolution
  // Characters [gapStart, gapEnd) inside [start, end) are an attribution inside the words, set
  // off by commas, dashes or quote marks ("Russia, Lavrov said, will ...", «..., — заявил
  // Лавров, — ...»): not part of them. -1 when there is none.
  int gapStart = -1;
  int gapEnd = -1;
  // A quote whose inner attribution ends a sentence («..., — сказал он. — И ...») is this
  // candidate up to the attribution; [restStart, restEnd) is the new sentence after it, added as
  // a statement of its own that inherits the speaker. -1 when there is none.
  int restStart = -1;
  int restEnd = -1;
  Via via = Via.NONE;
  Ref subject;
  Ref fallback; // a body named with the role ("a representative of the KFOR press service")
  boolean zero; // nothing but auxiliaries around the verb: a dropped pronoun
  boolean openAtParagraphEnd; // a quote left open at its paragraph's end, to go on in the next
  Candidate forwardTo; // the quote it goes on in, whose attribution names the speaker of both
  boolean inDocument; // a document speaks with no author named ("U saopštenju se navodi", "the statement said")
  boolean bodyPronoun; // "It added that ...": the body the sentences before were about
  boolean unnamedSpeaker; // "Возач камиона ... рекао је": someone the sentence opens with, left unnamed
  boolean askedBy; // the verb asks (asked, upitao, спросил): a quoted question is no statement
  int windowFrom = -1; // where the subject was looked for, for a descriptor ("сказал эксперт")
  int windowTo = -1;
  boolean onlyIfDescribed; // "по мнению эксперта" with no expert introduced: not a statement
  boolean plansVisit; // "... će u četvrtak obići Srbe u Gračanici": a plan, left out
  boolean outletsOwn; // "Gardijan piše da ...": an outlet's report, kept from the output but not from overlaps
  boolean ownerNamed; // "заявление Каи Каллас о том, что ...": a statement noun names whose words these are
  Gender verbGender;
  Candidate inheritFrom;
  String speakerId;
  String speakerName;

  Candidate(int start, int end, StatementKind kind, int anchor) {
    this.start = start;
    this.end = end;
    this.kind = kind;
    this.anchor = anchor;
  }
}
