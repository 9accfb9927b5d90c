package org.vigil.eval;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import org.vigil.core.event.CodedEvent;

/**
 * What the article scorer made of each predicted event, as the calibrated confidence is trained
 * on it (issue 11, round 16): 2 for an event it matched to a gold event with the source and target
 * right (the scorer's "source right" and "target right": the same countries), 1 for one matched
 * with a side wrong, 0 for one it counted as an extra, -1 for one it did not count (negated, without a PLOVER type, or a repeat of an earlier
 * event of the same type, countries and date, which the scorer counts once).
 */
public final class CalibrationLabels {
  private CalibrationLabels() {}

  /** One label per event of {@code predicted} (all the coder's events of {@code gold}'s article). */
  public static int[] of(ArticleGold gold, List<CodedEvent> predicted) {
    List<CodedEvent> asserted = predicted.stream().filter(e -> !e.negated()).toList();
    List<CodedEvent> counted = ArticleScorer.dedupe(asserted.stream()
        .filter(ArticleScorer::scored).toList());
    int[] match = ArticleScorer.matchPredictions(gold, asserted);
    IdentityHashMap<CodedEvent, Integer> label = new IdentityHashMap<>();
    for (CodedEvent e : counted) {
      label.put(e, 0);
    }
    for (int i = 0; i < asserted.size(); i++) {
      if (match[i] >= 0) {
        ArticleGold.Event g = gold.events().get(match[i]);
        CodedEvent e = asserted.get(i);
        String source = ArticleScorer.country(g.source());
        boolean sides = source != null && source.equals(ArticleScorer.country(e.source()))
            && Objects.equals(ArticleScorer.country(g.target()), ArticleScorer.country(e.target()));
        label.put(e, sides ? 2 : 1);
      }
    }
    int[] out = new int[predicted.size()];
    for (int i = 0; i < predicted.size(); i++) {
      out[i] = label.getOrDefault(predicted.get(i), -1);
    }
    return out;
  }
}
