package org.vigil.core.event;

import java.util.Locale;

/** Whether an event was reported as having happened, or as promised, threatened, conditional. */
public enum Modality {
  /** Reported as fact. */
  ASSERTED,
  /** Promised, pledged, offered, declared ready or willing. */
  PROMISE,
  /** Threatened. */
  THREAT,
  /** Depends on a condition ("if the situation deteriorates"). */
  CONDITIONAL,
  /** Planned, intended or expected in the future ("will", "plans to"). */
  FUTURE,
  /** Possible, hypothetical or asked about ("could", "may", "might"). */
  HYPOTHETICAL,
  /** Requested or demanded of someone else ("asked X to help": the helping). */
  REQUESTED;

  /** Lower-case name as written in event JSON. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
