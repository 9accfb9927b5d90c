package org.vigil.core.event;

import java.util.List;
import java.util.Objects;

/**
 * One coded event mention: who did what to whom, when and where, with the evidence that proves it.
 * An {@link EventCoder} makes them, one per source, target and code that a sentence states; the
 * pipeline stores them ({@code EventStore}), writes them as JSON and scores them. Immutable and
 * thread-safe: it checks itself, copies its issues, and its parts ({@link Evidence} copies its
 * spans) are immutable too.
 *
 * @param articleId the article it was coded from
 * @param eventId stable id, 24 hex digits: the first 12 bytes of the SHA-256 of article id,
 *     sentence index, trigger, source code, target code and CAMEO code; the same text coded with
 *     the same dictionaries gives the same id
 * @param date when it happened: the clause's own time expression, else the article's date
 * @param source who acted; never null
 * @param target whom it was done to, or null (only when the dictionaries do not require a dyad)
 * @param cameo the CAMEO code ("0233"); dictionaries outside CAMEO proper may give other roots or a
 *     letter suffix ("903", "174K", see {@code CameoCode})
 * @param cameoRoot the two-digit root ("02")
 * @param quadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material
 *     conflict
 * @param goldstein Goldstein value, -10..10
 * @param plover PLOVER event type, mode and contexts
 * @param negated true when the text denies the event ("did not attack"): the event is kept, marked,
 *     and never to be counted as done
 * @param modality how the text states it: asserted, promised, threatened, conditional, future,
 *     hypothetical or requested ({@link Modality})
 * @param location where, or null: the locator's place (a gazetteer's), else the country of the
 *     clause's place or of its actors
 * @param evidence the sentence, the trigger's and actors' character spans, the pattern and the
 *     cue words
 * @param confidence how sure the coder is, 0..1 (the dictionary coder gives 0.05..0.95 in steps
 *     of 0.01; docs/EVALUATION.md, "Confidence calibration", measures how it tracks precision)
 * @param issues issue codes of the event's sentence (PETRARCH issue files), each once; empty
 *     when the dictionaries have no issues
 */
public record CodedEvent(
    String articleId,
    String eventId,
    EventDate date,
    ActorRef source,
    ActorRef target,
    String cameo,
    String cameoRoot,
    int quadClass,
    double goldstein,
    Plover plover,
    boolean negated,
    Modality modality,
    Location location,
    Evidence evidence,
    double confidence,
    List<String> issues) {

  /** An event without issues. */
  public CodedEvent(String articleId, String eventId, EventDate date, ActorRef source, ActorRef target, String cameo,
      String cameoRoot, int quadClass, double goldstein, Plover plover, boolean negated, Modality modality,
      Location location, Evidence evidence, double confidence) {
    this(articleId, eventId, date, source, target, cameo, cameoRoot, quadClass, goldstein, plover, negated, modality,
        location, evidence, confidence, List.of());
  }

  /** The same event with the issues given. */
  public CodedEvent withIssues(List<String> value) {
    return new CodedEvent(articleId, eventId, date, source, target, cameo, cameoRoot, quadClass, goldstein, plover,
        negated, modality, location, evidence, confidence, value);
  }

  /** The same event with another confidence (what the calibration sets, issue 11, round 16). */
  public CodedEvent withConfidence(double value) {
    return new CodedEvent(articleId, eventId, date, source, target, cameo, cameoRoot, quadClass, goldstein, plover,
        negated, modality, location, evidence, value, issues);
  }

  public CodedEvent {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(cameo, "cameo");
    if (!cameo.matches("\\d{2,4}[A-Z]?") || !cameo.startsWith(cameoRoot)) {
      throw new IllegalArgumentException("bad CAMEO code " + cameo + " for root " + cameoRoot);
    }
    if (quadClass < 1 || quadClass > 4) {
      throw new IllegalArgumentException("quad class must be 1..4, was " + quadClass);
    }
    if (goldstein < -10 || goldstein > 10) {
      throw new IllegalArgumentException("Goldstein value must be in [-10, 10], was " + goldstein);
    }
    Objects.requireNonNull(plover, "plover");
    Objects.requireNonNull(modality, "modality");
    Objects.requireNonNull(evidence, "evidence");
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence must be in [0, 1], was " + confidence);
    }
    issues = issues == null ? List.of() : List.copyOf(issues);
  }
}
