package org.vigil.coding;

import java.util.ArrayList;
import java.util.List;
import org.vigil.core.event.CodedEvent;

/**
 * Which of a sentence's events a conflict note reports first, as conflict-event data file it (issue
 * 11, round 8, ACLED-style reports): when one side both damages property (CAMEO 171x: "burned
 * houses", "set fire to a school") and assaults people (18-20: "killed eight", "beheaded two
 * villagers") in one sentence, the assault ranks first -- the property event's confidence is set
 * just below the assault's -- because the graver event is the one conflict data file. Both stay
 * events. (A second rule, a protest met with force coded as the protest, was tried in round 8 and
 * removed: it lowered a held-out set; docs/ACCURACY.md.) Stateless.
 */
final class ConflictRanking {
  private static final double BELOW = 0.01;

  private final EventAssembler assembler;

  ConflictRanking(EventAssembler assembler) {
    this.assembler = assembler;
  }

  /** The sentence's events with each property event ranked below an assault of the same side. */
  List<CodedEvent> rank(List<CodedEvent> events) {
    List<CodedEvent> out = new ArrayList<>(events.size());
    for (CodedEvent e : events) {
      out.add(gravest(e, events));
    }
    return out;
  }

  /** {@code e} ranked below an assault of the same side in the sentence when {@code e} damages property. */
  private CodedEvent gravest(CodedEvent e, List<CodedEvent> events) {
    if (!e.cameo().startsWith("171") || e.negated()) {
      return e;
    }
    double graver = -1;
    for (CodedEvent x : events) {
      if (x != e && !x.negated() && assault(x.cameoRoot()) && x.source().code().equals(e.source().code())) {
        graver = Math.max(graver, x.confidence());
      }
    }
    return graver >= 0 && e.confidence() >= graver ? assembler.withConfidence(e, graver - BELOW) : e;
  }

  private static boolean assault(String root) {
    return root.equals("18") || root.equals("19") || root.equals("20");
  }
}
