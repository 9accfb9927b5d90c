package org.vigil.coding;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigil.core.event.ActorRef;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.text.Dependency;

/**
 * What a conflict note reports first, as conflict-event data file it (issue 11, rounds 8 and 12,
 * ACLED-style reports). Two rules over the events one sentence codes:
 *
 * <ul>
 *   <li><b>A protest met with force is a protest.</b> When the police, troops or security services
 *       use force or arrest (CAMEO 17-20) people the sentence shows protesting -- the target is named
 *       as protesters ("fired tear gas at protesters"), is described by a participle or relative
 *       clause of protest ("residents demonstrating", "worshippers protesting"), is a protest itself
 *       ("dispersed a sit-in"), the force happens during or at a protest ("shot dead six people
 *       during demonstrations") or while protesters act ("as protesters blocked roads") -- the
 *       protest is an event too: the protesters demonstrate (141) against the force's side, on the
 *       same day and place, ranked just above the force. ACLED's codebook files force against a
 *       protest under Protests whether it kills or not ("excessive force against protesters",
 *       "protest with intervention", arrests included); round 12 made the ACLED-style dev sets
 *       follow it. The force stays an event. The words of protest are the lexicon {@code
 *       protests.txt}, built by {@code scripts/build-protests.py} from WordNet.
 *   <li><b>Killing ranks above burning.</b> When one side both damages property (171x: "burned
 *       houses", "set fire to a school") and assaults people (18-20: "killed eight", "beheaded
 *       two villagers") in one sentence, the assault ranks first -- the property event's
 *       confidence is set just below the assault's: the graver event is the one conflict data
 *       file. Both stay events.
 * </ul>
 *
 * Stateless apart from the sentence it reads.
 */
final class ConflictRanking {
  private static final double BELOW = 0.01;
  private static final double ABOVE = 0.01;
  /** Sectors of the state's armed force. */
  private static final Set<String> FORCE = Set.of("COP", "MIL", "SPY");
  private static final String DEMONSTRATE = "141";
  /** How deep below the force's verb protesters are looked for. */
  private static final int REACH = 4;
  /** Subordinators of a clause told as the force's circumstance ("as protesters blocked roads"). */
  private static final Set<String> WHILE = Set.of("as", "while", "when");
  /** Relations of a protest noun the force is done to or during ("dispersed a sit-in", "fired on a march"). */
  private static final Set<String> ON = Set.of("obj", "obl:on", "obl:against");
  /** Relations of a protest noun the force or its object is at or during ("shot dead six people during demonstrations"). */
  private static final Set<String> DURING = Set.of("obl:at", "obl:during", "nmod:at", "nmod:during");
  /** Relations by which a clause is told with another: "protesters blocked roads; police fired tear gas". */
  private static final Set<String> TOLD_WITH = Set.of("parataxis", "conj", "advcl");
  /** How many clauses up the force's clause the protest is looked for. */
  private static final int CLAUSES = 3;
  /** The protest lexicon by kind: verb, act, people. */
  static final Map<String, Set<String>> LEXICON = KindLexicon.load(ConflictRanking.class, "protests.txt",
      List.of("verb", "act", "people"), "protest lexicon");

  private final SentenceGraph g;
  private final EventAssembler assembler;

  ConflictRanking(SentenceGraph g, EventAssembler assembler) {
    this.g = g;
    this.assembler = assembler;
  }

  /** The sentence's events with the protests met with force added (or raised) and the graver acts ranked first. */
  List<CodedEvent> rank(List<CodedEvent> events) {
    List<CodedEvent> met = new ArrayList<>(events.size());
    Set<String> raised = new HashSet<>();
    for (CodedEvent e : events) {
      CodedEvent protest = protestMetWith(e, events);
      met.add(protest);
      if (protest != null) {
        raised.add(protest.eventId());
      }
    }
    List<CodedEvent> out = new ArrayList<>(events.size() + 1);
    Set<String> emitted = new HashSet<>();
    for (int i = 0; i < events.size(); i++) {
      CodedEvent e = events.get(i);
      CodedEvent protest = met.get(i);
      if (protest != null && emitted.add(protest.eventId())) {
        // before the force: the first of equally confident events is the report's
        out.add(protest);
      }
      if (!raised.contains(e.eventId()) && emitted.add(e.eventId())) {
        out.add(gravest(e, events));
      }
    }
    return out;
  }

  /**
   * The protest that {@code e}, a use of force, met, or null: the protest the sentence already codes
   * where the protesting words are its doer or its verb ("supporters who marched"), else the
   * protesters' demonstration against the force's side; ranked just above the force and above every
   * other use of force on protesters in the sentence ("17 protesters were killed when police opened
   * fire on demonstrators"), since conflict data file them all under the protest.
   */
  private CodedEvent protestMetWith(CodedEvent e, List<CodedEvent> events) {
    if (e.negated() || e.source().sector() == null || !FORCE.contains(e.source().sector()) || !force(e.cameo())) {
      return null;
    }
    int trigger = token(e.evidence().trigger()[0]);
    if (trigger < 0) {
      return null;
    }
    int protesting = protesting(trigger);
    if (protesting < 0) {
      return null;
    }
    double above = e.confidence();
    for (CodedEvent x : events) {
      if (!x.negated() && force(x.cameo()) && x.target() != null && protesters(x.target())) {
        above = Math.max(above, x.confidence());
      }
    }
    CodedEvent told = told(protesting, events);
    if (told != null) {
      return assembler.withConfidence(told, Math.max(told.confidence(), above + ABOVE));
    }
    ActorRef protesters = e.target() != null && within(protesting, e.target()) ? e.target() : crowd(e, protesting);
    CodedEvent protest = assembler.recoded(e, protesters, e.source(), DEMONSTRATE, "protest met with force");
    if (protest == e) {
      return null;
    }
    for (CodedEvent x : events) {
      if (x.eventId().equals(protest.eventId())) {
        return assembler.withConfidence(x, Math.max(x.confidence(), above + ABOVE));
      }
    }
    Dependency subject = g.head(protesting);
    if (subject != null && subject.relation().startsWith("nsubj") && subject.governor() >= 0
        && subject.governor() != trigger) {
      // the protesters are the subject of their own clause: the protest is where and when that clause says
      protest = assembler.toldIn(protest, subject.governor());
    }
    return assembler.withConfidence(protest, above + ABOVE);
  }

  /** The protest (CAMEO 14) of civilians the sentence codes whose doer or verb is the protesting token, or null. */
  private CodedEvent told(int protesting, List<CodedEvent> events) {
    for (CodedEvent x : events) {
      if (x.negated() || !x.cameoRoot().equals("14") || x.source().sector() == null
          || FORCE.contains(x.source().sector())) {
        continue;
      }
      int verb = token(x.evidence().trigger()[0]);
      Dependency h = verb < 0 ? null : g.head(verb);
      if (within(protesting, x.source()) || verb == protesting || h != null && h.governor() == protesting) {
        return x;
      }
    }
    return null;
  }

  /** Whether {@code ref} names protesters ("17 protesters"). */
  private boolean protesters(ActorRef ref) {
    for (int i = 0; i < g.size(); i++) {
      if (within(i, ref) && people(i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The token that shows the force's object protesting, or -1: within what the force's verb governs
   * (and, for a participle of result -- "used water cannon ..., injuring several" -- what its verb
   * governs), not through subjects or other clauses, a noun of protesters or of a protest ("dispersed
   * a sit-in"), a noun with a participle or relative clause of protest, a protest the force or its
   * object is during or at ("shot dead six people during demonstrations"), or the subject of a
   * clause of "as", "while" or "when" that is protesters ("as protesters blocked roads").
   */
  private int protesting(int trigger) {
    List<Integer> roots = new ArrayList<>(List.of(trigger));
    Dependency h = g.head(trigger);
    if (h != null && (h.relation().startsWith("advcl") || h.relation().equals("dep")) && h.governor() >= 0
        && g.token(trigger).pos().equals("VBG")) {
      roots.add(h.governor());
    }
    int told = toldWith(trigger);
    if (told >= 0) {
      return told;
    }
    for (int root : roots) {
      for (int clause : g.children(root, "advcl")) {
        boolean meanwhile = g.children(clause, "mark").stream().anyMatch(m -> WHILE.contains(g.lemma(m)));
        for (int s : g.children(clause, "nsubj")) {
          if (meanwhile && people(s)) {
            return s;
          }
        }
      }
      ArrayDeque<int[]> queue = new ArrayDeque<>();
      queue.add(new int[] {root, 0});
      Set<Integer> seen = new HashSet<>();
      while (!queue.isEmpty()) {
        int[] cur = queue.poll();
        int i = cur[0];
        if (!seen.add(i)) {
          continue;
        }
        if (i != root && (people(i) || act(i) && onProtest(i, roots))) {
          return i;
        }
        if (protestingPeople(i)) {
          return i;
        }
        for (Dependency d : g.children(i)) {
          String rel = d.relation();
          if (cur[1] < REACH && !rel.startsWith("nsubj") && !rel.startsWith("csubj") && !rel.startsWith("conj")
              && !rel.startsWith("advcl") && !rel.startsWith("parataxis") && d.dependent() != trigger) {
            queue.add(new int[] {d.dependent(), cur[1] + 1});
          }
        }
      }
    }
    return -1;
  }

  /**
   * Whether the protest noun at {@code i} is what the force is done to or during ("dispersed a
   * sit-in", "wounded during demonstrations"), not after; a protest is what the force is done to only
   * as the force's own object ("detained journalists covering a demonstration" is no force on it).
   */
  private boolean onProtest(int i, List<Integer> roots) {
    Dependency h = g.head(i);
    return h != null && (DURING.contains(h.relation()) || ON.contains(h.relation()) && roots.contains(h.governor()));
  }

  /**
   * The protesters or protest that are the subject of a clause the force's clause is told with or
   * in, or -1: the force answers them, as ACLED's "protest with intervention" ("truck drivers
   * striking over fuel prices blocked roads; police fired tear gas", "riots broke out ...; ten died
   * when police fired on the crowd"). Up to {@link #CLAUSES} clauses up, through parataxis,
   * coordination and adverbial clauses.
   */
  private int toldWith(int trigger) {
    int cur = trigger;
    for (int step = 0; step < CLAUSES; step++) {
      Dependency h = g.head(cur);
      if (h == null || h.governor() < 0 || TOLD_WITH.stream().noneMatch(r -> h.relation().equals(r)
          || h.relation().startsWith(r + ":"))) {
        return -1;
      }
      cur = h.governor();
      for (int s : g.children(cur, "nsubj")) {
        if (people(s) || act(s) || protestingPeople(s)) {
          return s;
        }
      }
    }
    return -1;
  }

  /** Whether the noun at {@code i} has a participle or relative clause of protest ("truck drivers striking"). */
  private boolean protestingPeople(int i) {
    for (int d : g.children(i, "acl")) {
      if (g.token(d).isVerb() && LEXICON.get("verb").contains(g.lemma(d))) {
        return true;
      }
    }
    return false;
  }

  private boolean people(int i) {
    return g.token(i).isNoun() && !g.token(i).isProperNoun() && LEXICON.get("people").contains(g.lemma(i));
  }

  private boolean act(int i) {
    return g.token(i).isNoun() && !g.token(i).isProperNoun() && LEXICON.get("act").contains(g.lemma(i))
        || LEXICON.get("act").contains(hyphenated(i));
  }

  /**
   * The word the tokenizer split at a hyphen that ends at {@code i} ("sit - in" is "sit-in"), or "":
   * a compound directly before a hyphen before {@code i}.
   */
  private String hyphenated(int i) {
    if (i < 2 || !g.token(i - 1).word().equals("-") || !g.children(i, "compound").contains(i - 2)) {
      return "";
    }
    return (g.lemma(i - 2) + "-" + g.lemma(i)).toLowerCase(java.util.Locale.ROOT);
  }

  private boolean within(int token, ActorRef ref) {
    return g.token(token).begin() >= ref.begin() && g.token(token).end() <= ref.end();
  }

  /** The protesters as civilians of the force's country ("protesters", "farmers protesting"), of none when it has none. */
  private ActorRef crowd(CodedEvent e, int protesting) {
    String country = e.source().country() != null ? e.source().country()
        : e.location() == null ? null : e.location().country();
    String name = country == null ? "" : country.equals(e.source().country()) ? e.source().name() : country;
    return new ActorRef((country == null ? "---" : country) + "CVL", country, "CVL", name, g.token(protesting).word(),
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
    return graver >= 0 && e.confidence() >= graver ? assembler.withConfidence(e, graver - BELOW) : e;
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
