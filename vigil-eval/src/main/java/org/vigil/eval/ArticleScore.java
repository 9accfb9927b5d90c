package org.vigil.eval;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Scores of the coder on article gold ({@link ArticleGold}): events matched one to one within each
 * article by the rule in docs/EVALUATION.md, and of the matched pairs, how many have the right
 * source, target, date, place and modality. A ratio is null where nothing was there to score.
 * Immutable and thread-safe.
 *
 * @param articles article gold records scored
 * @param events matched pairs (tp), predictions left over (fp), gold events left over (fn)
 * @param source matched pairs whose source countries are equal
 * @param target matched pairs whose targets are both absent or whose target countries are equal
 * @param date matched pairs whose predicted date is the gold date (in its week, month, year ...
 *     for coarser gold dates)
 * @param place matched pairs, of those whose gold has a place with a country, whose predicted
 *     place (not placed by an actor) is in the gold country and region
 * @param modality matched pairs whose predicted modality is the gold one
 * @param perType counts by PLOVER type: gold by the gold event's type, predicted by the
 *     prediction's
 */
public record ArticleScore(int articles, Score events, Ratio source, Ratio target, Ratio date, Ratio place,
    Ratio modality, SortedMap<String, TypeCounts> perType) {

  public ArticleScore {
    if (articles < 0) {
      throw new IllegalArgumentException("articles must be >= 0, was " + articles);
    }
    Objects.requireNonNull(events, "events");
    perType = Collections.unmodifiableSortedMap(new TreeMap<>(perType));
  }

  /** Gold events scored (matched or missed). */
  public long goldEvents() {
    return events.tp() + events.fn();
  }

  /** Predictions scored, after de-duplication (matched or extra). */
  public long predictedEvents() {
    return events.tp() + events.fp();
  }

  /**
   * Counts of one PLOVER type.
   *
   * @param gold gold events of the type
   * @param predicted predictions of the type
   * @param goldMatched gold events of the type that were matched
   * @param predictedMatched predictions of the type that were matched
   */
  public record TypeCounts(long gold, long predicted, long goldMatched, long predictedMatched) {

    /** Matched predictions of the type over its predictions, or null without any. */
    public Double precision() {
      return predicted == 0 ? null : (double) predictedMatched / predicted;
    }

    /** Matched gold events of the type over its gold events, or null without any. */
    public Double recall() {
      return gold == 0 ? null : (double) goldMatched / gold;
    }

    /** Harmonic mean of precision and recall; null when either is, 0 when both are 0. */
    public Double f1() {
      Double p = precision();
      Double r = recall();
      if (p == null || r == null) {
        return null;
      }
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }
}
