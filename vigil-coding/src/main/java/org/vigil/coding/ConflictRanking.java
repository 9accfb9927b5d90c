package org.vigil.coding;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.vigil.core.event.ActorRef;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.text.Dependency;

/**
 * What a conflict note reports first, as conflict-event data file it (issue 11, round 8, ACLED-style
 * reports). Two rules over the events one sentence codes:
 *
 * <ul>
 *   <li><b>A protest met with force is a protest.</b> When the police, troops or security services
 *       use force (CAMEO 17-20) on people the sentence shows protesting -- the target is named as
 *       protesters or demonstrators ("fired tear gas at protesters"), is described by a participle
 *       or relative clause of protest ("farmers marching to Delhi", "worshippers protesting", "who
 *       marched"), or the force happens during or at a protest ("shot dead six people during
 *       demonstrations") -- the protest itself is an event too: the protesters demonstrate (141)
 *       against the force's side, on the same day and place. It ranks above the force, because
 *       conflict data file a protest met with force ("protest with intervention") as the protest.
 *       Arrests (173) stay arrests, and force that kills ("shot dead", "killing one protester") stays
 *       the killing, as Vigil's ACLED-style gold sets (dev, dev2) file them -- although ACLED's own
 *       codebook files lethal force against protesters as a protest too ("excessive force against
 *       protesters"); see docs/ACCURACY.md, round 8.
 *   <li><b>Killing ranks above burning.</b> When one side both damages property (171x: "burned
 *       houses", "set fire to a school") and assaults people (18-20: "killed eight", "beheaded
 *       two villagers") in one sentence, the assault ranks first: the graver event is the one
 *       conflict data file.
 * </ul>
 *
 * Stateless apart from the sentence it reads.
 */
final class ConflictRanking {
  /** Sectors of the state's armed force. */
  private static final Set<String> FORCE = Set.of("COP", "MIL", "SPY");
  /** Nouns that name people as protesting. */
  private static final Set<String> PROTESTERS = Set.of("protester", "protestor", "demonstrator", "marcher",
      "picketer", "striker", "mourner");
  /** Verbs of protest describing the target ("farmers marching", "supporters who marched"). */
  private static final Set<String> PROTESTING = Set.of("protest", "demonstrate", "march", "rally", "picket",
      "strike", "chant");
  /** Nouns of a protest the force happens during or at ("during demonstrations", "at a rally"). */
  private static final Set<String> PROTESTS = Set.of("protest", "demonstration", "rally", "march", "sit-in",
      "vigil", "strike", "picket");
  /** Words of a death: force that kills is filed as the killing. */
  private static final Set<String> DEATH = Set.of("kill", "die", "dead", "death", "murder", "fatally", "lethal");
  private static final String DEMONSTRATE = "141";
  private static final double ABOVE = 0.05;
  /** How deep below the force's verb protesters are looked for. */
  private static final int REACH = 4;

  private final SentenceGraph g;
  private final EventAssembler assembler;

  ConflictRanking(SentenceGraph g, EventAssembler assembler) {
    this.g = g;
    this.assembler = assembler;
  }

  /** The sentence's events with the protests met with force added and the graver acts ranked first. */
  List<CodedEvent> rank(List<CodedEvent> events) {
    List<CodedEvent> out = new ArrayList<>(events.size() + 1);
    for (CodedEvent e : events) {
      out.add(gravest(e, events));
    }
    for (CodedEvent e : events) {
      CodedEvent protest = protestMetWith(e);
      if (protest != null && out.stream().noneMatch(x -> x.eventId().equals(protest.eventId()))) {
        out.add(protest);
      }
    }
    return out;
  }

  /** The protest that {@code e}, a use of force, met, or null. */
  private CodedEvent protestMetWith(CodedEvent e) {
    if (e.negated() || e.source().sector() == null || !FORCE.contains(e.source().sector()) || !force(e.cameo())
        || e.cameo().startsWith("173")) {
      return null;
    }
    int trigger = token(e.evidence().trigger()[0]);
    if (trigger < 0) {
      return null;
    }
    int protesting = protesting(trigger);
    if (protesting < 0 || lethal()) {
      return null;
    }
    ActorRef protesters = e.target() != null && within(protesting, e.target()) ? e.target() : crowd(e, protesting);
    if (protesters == null) {
      return null;
    }
    CodedEvent protest = assembler.recoded(e, protesters, e.source(), DEMONSTRATE, "protest met with force");
    return protest == e ? null : assembler.withConfidence(protest, e.confidence() + ABOVE);
  }

  /**
   * The token that shows the force's object protesting, or -1: within what the force's verb governs
   * (and, for a participle of result -- "used water cannon ..., injuring several" -- what its verb
   * governs), not through subjects or other clauses, a noun of protesters, a noun with a participle
   * or relative clause of protest, or a protest the force or its object is during or at ("shot dead six
   * people during demonstrations").
   */
  private int protesting(int trigger) {
    List<Integer> roots = new ArrayList<>(List.of(trigger));
    Dependency h = g.head(trigger);
    if (h != null && (h.relation().startsWith("advcl") || h.relation().equals("dep")) && h.governor() >= 0
        && g.token(trigger).pos().equals("VBG")) {
      roots.add(h.governor());
    }
    for (int root : roots) {
      ArrayDeque<int[]> queue = new ArrayDeque<>();
      queue.add(new int[] {root, 0});
      Set<Integer> seen = new HashSet<>();
      while (!queue.isEmpty()) {
        int[] cur = queue.poll();
        int i = cur[0];
        if (!seen.add(i)) {
          continue;
        }
        if (i != root && PROTESTERS.contains(g.lemma(i))) {
          return i;
        }
        for (int d : g.children(i, "acl")) {
          if (PROTESTING.contains(g.lemma(d))) {
            return i;
          }
        }
        for (Dependency d : g.children(i)) {
          String rel = d.relation();
          if ((rel.endsWith(":during") || rel.endsWith(":at")) && PROTESTS.contains(g.lemma(d.dependent()))) {
            return d.dependent();
          }
          if (cur[1] < REACH && !rel.startsWith("nsubj") && !rel.startsWith("csubj") && !rel.startsWith("conj")
              && !rel.startsWith("advcl") && !rel.startsWith("parataxis") && d.dependent() != trigger) {
            queue.add(new int[] {d.dependent(), cur[1] + 1});
          }
        }
      }
    }
    return -1;
  }

  /** Whether the sentence reports a death ("killed", "shot dead", "one farmer died"). */
  private boolean lethal() {
    for (int i = 0; i < g.size(); i++) {
      if (DEATH.contains(g.lemma(i))) {
        return true;
      }
    }
    return false;
  }

  private boolean within(int token, ActorRef ref) {
    return g.token(token).begin() >= ref.begin() && g.token(token).end() <= ref.end();
  }

  /** The protesters as civilians of the force's country ("protesters", "farmers marching"), or null. */
  private ActorRef crowd(CodedEvent e, int protesting) {
    String country = e.source().country() != null ? e.source().country()
        : e.location() == null ? null : e.location().country();
    if (country == null) {
      return null;
    }
    String name = country.equals(e.source().country()) ? e.source().name() : country;
    return new ActorRef(country + "CVL", country, "CVL", name, g.token(protesting).word(),
        g.token(protesting).begin(), g.token(protesting).end(), List.of(), List.of("sector:CVL:" + g.lemma(protesting)));
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
    return graver >= 0 && e.confidence() >= graver ? assembler.withConfidence(e, graver - 0.01) : e;
  }

  private static boolean assault(String root) {
    return root.equals("18") || root.equals("19") || root.equals("20");
  }

  private static boolean force(String cameo) {
    return cameo.startsWith("17") || cameo.startsWith("18") || cameo.startsWith("19") || cameo.startsWith("20");
  }

  /** The token that begins at character {@code offset}, or -1. */
  private int token(int offset) {
    for (int i = 0; i < g.size(); i++) {
      if (g.token(i).begin() == offset) {
        return i;
      }
    }
    return -1;
  }
}
