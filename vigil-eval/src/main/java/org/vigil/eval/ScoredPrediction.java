package org.vigil.eval;

import java.util.Objects;
import org.vigil.core.event.CodedEvent;

/**
 * One prediction on article gold after scoring: the event (after the scorer's de-duplication) and
 * whether it was matched to a gold event. Immutable and thread-safe.
 *
 * @param recordId the gold record (article) it was scored against
 * @param event the predicted event
 * @param matched whether the scoring rule matched it to a gold event
 */
public record ScoredPrediction(String recordId, CodedEvent event, boolean matched) {

  public ScoredPrediction {
    Objects.requireNonNull(recordId, "recordId");
    Objects.requireNonNull(event, "event");
  }

  /** Told each scored prediction, in scoring order, on the scoring thread. */
  @FunctionalInterface
  public interface Listener {
    void scored(ScoredPrediction prediction);
  }
}
