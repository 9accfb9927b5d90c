package org.vigil.eval;

/**
 * Date and place scores of the coder's events on event reports ({@link EventReportGold}); a ratio
 * is null where nothing was there to score. Every ratio but {@code eventRecall} is over the records
 * for which the coder found an event (its top event is scored). Immutable and thread-safe.
 *
 * @param records event reports scored
 * @param eventRecall records for which the coder found an event
 * @param dateExact the top event's first and last day are the gold's
 * @param dateStart the top event's first day is the gold's first day
 * @param dateCovers the top event's days include the gold's first day
 * @param country the top event's location is in the gold country (records with a gold country)
 * @param admin1 the top event's location is in the gold first-level region (records with a gold
 *     region)
 * @param within50km the top event's location lies within 50 km of the gold point (records with
 *     coordinates); a location without coordinates counts as wrong
 * @param within161km the same within 161 km
 * @param type over the records whose gold names a PLOVER type, the share whose top event has it (no
 *     event is wrong); null when no record names one
 */
public record EventReportScore(int records, Ratio eventRecall, Ratio dateExact, Ratio dateStart, Ratio dateCovers,
    Ratio country, Ratio admin1, Ratio within50km, Ratio within161km, Ratio type) {

  public EventReportScore {
    if (records < 0) {
      throw new IllegalArgumentException("records must be >= 0, was " + records);
    }
  }
}
