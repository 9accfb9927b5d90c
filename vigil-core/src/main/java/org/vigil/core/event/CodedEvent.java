package org.vigil.core.event;

import java.util.List;
import java.util.Objects;

/**
 * One coded event mention: who did what to whom, when and where, with the evidence that proves it.
 *
 * @param articleId the article it was coded from
 * @param eventId stable id: a hash of article, sentence, trigger, actors and code
 * @param date when it happened
 * @param source who acted; never null
 * @param target whom it was done to, or null
 * @param cameo the CAMEO code ("0233"); dictionaries outside CAMEO proper may give other roots or a
 *     letter suffix ("903", "174K", see {@code CameoCode})
 * @param cameoRoot the two-digit root ("02")
 * @param quadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material
 *     conflict
 * @param goldstein Goldstein value, -10..10
 * @param plover PLOVER event type, mode and contexts
 * @param negated true when the text denies the event ("did not attack"); never coded as positive
 * @param modality asserted, promised, threatened, conditional ...
 * @param location where, or null
 * @param evidence the sentence, spans and pattern
 * @param confidence 0..1
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
