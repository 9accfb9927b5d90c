package org.vigil.eval;

/**
 * The precision of the most confident events (issue 11, round 16): of the {@code events} predicted
 * events with the highest confidence (a share of all scored), how many were right. Events tied at
 * the cut count in proportion, so that {@code correct} is what a random order among the tied would
 * give on average and ties do not favour a coarse confidence. Immutable.
 *
 * @param share the share of the events, 0..1
 * @param events how many events that is (rounded)
 * @param correct how many of them were right (fractional at a tie)
 */
public record TopShare(double share, int events, double correct) {
  /** {@code correct / events}, or null for none. */
  public Double precision() {
    return events == 0 ? null : correct / events;
  }
}
