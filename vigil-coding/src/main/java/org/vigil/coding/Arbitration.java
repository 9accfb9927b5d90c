package org.vigil.coding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigil.coding.dictionary.CameoCatalog;
import org.vigil.coding.dictionary.Dialect;
import org.vigil.coding.dictionary.VerbPattern;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.text.Dependency;

/**
 * Arbitration among the events of one sentence: which firings give way to a verb that governs
 * them or that they complement (PETRARCH's dialect), which governing codes compose with their
 * complement's, how much a background clause's events lose in confidence, and which duplicates
 * go. Per sentence; not thread-safe.
 */
final class Arbitration {
  private final SentenceGraph g;
  private final Dialect dialect;
  private final TriggerMatcher triggers;
  private final CameoCatalog cameo;
  private final EventAssembler assembler;

  Arbitration(SentenceGraph g, Dialect dialect, TriggerMatcher triggers, CameoCatalog cameo, EventAssembler assembler) {
    this.g = g;
    this.dialect = dialect;
    this.triggers = triggers;
    this.cameo = cameo;
    this.assembler = assembler;
  }

  /**
   * The sentence's events: the demands first, then each firing's events unless its trigger gave
   * way, each dyad, code and trigger once, lowered in confidence where the clause is background.
   *
   * @param firings the firings in trigger order
   * @param coded each coded firing's events, in firing order; composition may recode them
   * @param absorbed triggers whose events a transformation of a clause they govern replaced
   * @param demands the sentence's reported demands
   */
  List<CodedEvent> settle(List<Firing> firings, Map<Firing, List<CodedEvent>> coded, Set<Integer> absorbed,
      List<CodedEvent> demands) {
    Map<Integer, Firing> byTrigger = new java.util.HashMap<>();
    for (Firing f : firings) {
      byTrigger.put(f.trigger(), f);
    }
    List<CodedEvent> out = new ArrayList<>(demands);
    Set<String> seen = new HashSet<>();
    if (dialect.subjectlessVerbsJoinGovernor()) {
      // "want to re-examine the refineries", "prepared to attend": a bare verb with no object of its own
      // gives way to the open complement it governs, when that codes an event (issue 3).
      for (Map.Entry<Firing, List<CodedEvent>> en : coded.entrySet()) {
        int t = en.getKey().trigger();
        Dependency h = g.head(t);
        if (en.getValue().isEmpty() || h == null || h.governor() < 0 || !h.relation().equals("xcomp")) {
          continue;
        }
        Firing gov = byTrigger.get(h.governor());
        if (gov != null && coded.containsKey(gov) && !PatternRules.hasSequence(gov.pattern())
            && g.childrenExact(gov.trigger(), "obj").isEmpty() && g.childrenExact(gov.trigger(), "iobj").isEmpty()) {
          absorbed.add(gov.trigger());
        }
      }
    }
    if (dialect.composesGoverningCodes()) {
      composeGoverningCodes(firings, byTrigger, coded, absorbed);
    }
    Set<Integer> codedTriggers = new HashSet<>();
    coded.forEach((f, evs) -> {
      if (!evs.isEmpty() && !absorbed.contains(f.trigger())) {
        codedTriggers.add(f.trigger());
      }
    });
    for (Map.Entry<Firing, List<CodedEvent>> en : coded.entrySet()) {
      boolean transformedHere = en.getValue().stream().anyMatch(Transformations::made);
      if (absorbed.contains(en.getKey().trigger())
          || (dialect.subjectlessVerbsJoinGovernor() && !transformedHere
              && joinsGovernor(en.getKey().trigger(), codedTriggers))) {
        continue;
      }
      double background = background(en.getKey().trigger(), codedTriggers);
      Set<String> headRoots = participleHeadRoots(en.getKey().trigger(), byTrigger, coded, codedTriggers);
      for (CodedEvent e : en.getValue()) {
        if (headRoots.contains(e.cameoRoot())) {
          // "bombarded the city, killing eight": the head's violence told by its outcome is one event
          continue;
        }
        String key = e.source().code() + "|" + (e.target() == null ? "" : e.target().code()) + "|" + e.cameo() + "|"
            + (Transformations.made(e) ? "" : en.getKey().trigger());
        if (seen.add(key)) {
          out.add(background > 0 ? assembler.withConfidence(e, e.confidence() - background) : e);
        }
      }
    }
    return out;
  }

  /**
   * The CAMEO roots of the events of the verb that the trigger, a bare participle, hangs on
   * ({@link EventAssembler#participleHead}): "shelled the town, killing five" tells one attack by
   * its outcome, while "torched a school, killing a teacher" tells two acts of different roots.
   */
  private Set<String> participleHeadRoots(int t, Map<Integer, Firing> byTrigger, Map<Firing, List<CodedEvent>> coded,
      Set<Integer> codedTriggers) {
    int head = EventAssembler.participleHead(g, t);
    if (head < 0 || !codedTriggers.contains(head)) {
      return Set.of();
    }
    Set<String> roots = new HashSet<>();
    for (CodedEvent e : coded.getOrDefault(byTrigger.get(head), List.of())) {
      roots.add(e.cameoRoot());
    }
    return roots;
  }

  /**
   * How much less sure an event is because its clause is background to another: a clause under
   * a verb that coded an event of its own ("agreed that they should cooperate to encourage the
   * refugees", "resigned as the opposition threatened to storm") states a purpose, reason or
   * content of the main event, not the story's event, and a relative clause ("the hostages whom
   * they had taken") recalls an earlier one. The first lowers the confidence by 0.1, the second by
   * 0.15, so the main clause's event ranks first.
   */
  private double background(int t, Set<Integer> codedTriggers) {
    double penalty = 0;
    boolean underCoded = false;
    boolean relative = false;
    int cur = t;
    for (int step = 0; step < 6; step++) {
      Dependency h = g.head(cur);
      if (h == null || h.governor() < 0 || h.relation().equals("parataxis")) {
        break;
      }
      String r = h.relation();
      if (r.equals("conj") || r.startsWith("conj:")) {
        // A coordinated verb shares its first conjunct's rank: "donated and delivered".
        cur = h.governor();
        continue;
      }
      relative |= r.startsWith("acl:relcl") || (r.equals("acl") && g.token(h.governor()).isNoun());
      cur = h.governor();
      underCoded |= codedTriggers.contains(cur);
    }
    if (underCoded) {
      penalty += 0.1;
    }
    if (relative) {
      penalty += 0.15;
    }
    return penalty;
  }

  /**
   * True when the trigger has no subject of its own and a verb above it (within four steps)
   * coded an event: "urged Bree to help win", "abandoned efforts to stop" (issue 3).
   */
  private boolean joinsGovernor(int t, Set<Integer> codedTriggers) {
    boolean ownSubject = !g.childrenExact(t, "nsubj").isEmpty() || !g.childrenExact(t, "nsubj:pass").isEmpty()
        || !g.childrenExact(t, "csubj").isEmpty();
    Dependency first = g.head(t);
    // An adverbial clause of a coded verb is part of its phrase even with a subject of its own:
    // "restore ties with Gondor almost five years after crowds burned down its embassy".
    boolean adverbial = first != null && first.relation().startsWith("advcl");
    if (ownSubject && !adverbial) {
      return false;
    }
    int cur = t;
    for (int step = 0; step < 4; step++) {
      Dependency h = g.head(cur);
      if (h == null || h.governor() < 0 || h.relation().equals("conj") || h.relation().equals("parataxis")) {
        return false;
      }
      cur = h.governor();
      if (codedTriggers.contains(cur)) {
        return true;
      }
      if (ownSubject) {
        return false;
      }
    }
    return false;
  }

  /**
   * PETRARCH2's verb interaction (issue 3): an appeal, intent or demand governing a verb of
   * cooperation through an open complement codes the cooperation it asks for ("wants to help
   * Israel" 033, "asking Obama to help Iran" 023). The governor's events take the composed code;
   * where the governor gave way to its complement, the complement's events do.
   */
  private void composeGoverningCodes(List<Firing> firings, Map<Integer, Firing> byTrigger,
      Map<Firing, List<CodedEvent>> coded, Set<Integer> absorbed) {
    for (Firing f : firings) {
      Dependency h = g.head(f.trigger());
      if (h == null || h.governor() < 0 || !h.relation().equals("xcomp")) {
        continue;
      }
      Firing gov = byTrigger.get(h.governor());
      if (gov == null || f.pattern().code().equals(VerbPattern.NO_EVENT)) {
        continue;
      }
      // A governor whose pattern names the complement ("- * HELP [023]" for "wants to help") composes
      // with its own verb's code: PETRARCH2 codes the complement's verb phrase, then the governor.
      String outer = gov.consumed().contains(f.trigger()) ? triggers.verbCode(g, gov) : gov.pattern().code();
      String code = CodeComposition.compose(outer, f.pattern().code(), cameo);
      if (code == null) {
        continue;
      }
      String how = outer + "+" + f.pattern().code();
      Firing target = absorbed.contains(gov.trigger()) ? f : gov;
      List<CodedEvent> evs = coded.get(target);
      if (evs == null || evs.isEmpty()) {
        continue;
      }
      List<CodedEvent> out = new ArrayList<>();
      for (CodedEvent e : evs) {
        out.add(e.cameo().equals(target.pattern().code()) ? assembler.recoded(e, e.source(), e.target(), code, how) : e);
      }
      coded.put(target, out);
    }
  }
}
