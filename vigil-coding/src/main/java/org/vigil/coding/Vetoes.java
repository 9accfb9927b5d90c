package org.vigil.coding;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigil.core.text.Dependency;

/**
 * Checks on the parse that keep a firing from coding what a careful coder would not code (issue
 * 11, round 4: fewer wrong events on news). Each check is one structural reading, not a word of
 * one sentence:
 *
 * <ul>
 *   <li>{@link #artefact}: a source that is a thing named by its country ("the Iranian vessel
 *       arrived", "a U.S. military plane used to help troops") does no political act; weapons and
 *       armed craft keep acting in force, coercion and violence;
 *   <li>{@link #fleeing}: civilians or refugees who flee do not retreat militarily (CAMEO 087 is a
 *       side's de-escalation);
 *   <li>{@link #naming}: "called them a punishment for separatist acts", "what the ministry called
 *       the preferred line for smugglers": a "for" inside what something is called makes no call
 *       for anything;
 *   <li>{@link #forecast}: a warning about what someone else or something will do ("warned that
 *       the government's actions would divide the country", "warned of a possible resurgence") is
 *       a forecast, not a threat; a threat is the warner's own action ("warned it will keep up
 *       the pressure");
 *   <li>{@link #opinion}: agreeing with a view, not with someone ("said she agreed with the
 *       officials' concerns", "they agree with the removal of the minister") is no intent to
 *       cooperate (round 6);
 * </ul>
 *
 * Per sentence; not thread-safe (the graph caches lemmas).
 */
final class Vetoes {
  /**
   * Things that can be named by their country but do not act politically: vessels and craft,
   * platforms and systems, laws and documents, products.
   */
  private static final Set<String> ARTEFACTS = Set.of(
      "vessel", "ship", "boat", "tanker", "freighter", "cargo", "plane", "aircraft", "airplane", "jet", "helicopter",
      "satellite", "vehicle", "truck", "car", "train", "platform", "site", "website", "app", "application", "network",
      "system", "model", "product", "chip", "law", "act", "bill", "document", "constitution", "statute");
  /** CAMEO roots a thing may still act in: armed craft show force, coerce and strike (15, 17-20). */
  private static final Set<String> ARMED_ROOTS = Set.of("15", "17", "18", "19", "20");
  /** Sectors of people without arms: their flight is no military retreat. */
  private static final Set<String> UNARMED = Set.of("CVL", "REF");

  /** What one agrees with when one accepts it: a proposal or a deal, not a view. */
  private static final Set<String> PROPOSALS = Set.of(
      "proposal", "offer", "plan", "initiative", "deal", "terms", "agreement", "accord", "treaty", "ceasefire",
      "truce", "roadmap", "framework", "request", "demand", "demands");

  private final SentenceGraph g;

  Vetoes(SentenceGraph g) {
    this.g = g;
  }

  /**
   * Whether the source is a thing that its country's adjective or possessive names ("the Iranian
   * vessel", "China's social media platforms", "the Chinese Exclusion Act") rather than someone,
   * for an event that is not one of force, coercion or violence.
   */
  boolean artefact(Mention source, String code) {
    if (code.length() >= 2 && ARMED_ROOTS.contains(code.substring(0, 2))) {
      return false;
    }
    int head = source.head();
    if (head < 0 || head >= g.size() || !g.token(head).isNoun()) {
      return false;
    }
    return ARTEFACTS.contains(g.lemma(head).toLowerCase(Locale.ROOT))
        || ARTEFACTS.contains(g.token(head).word().toLowerCase(Locale.ROOT));
  }

  /**
   * Whether an appeal's "for" ("call +for") is not the verb's own argument but hangs on its
   * object or complement, what the verb names: then "call" names, it does not appeal.
   */
  boolean naming(Firing f) {
    int t = f.trigger();
    if (!g.lemma(t).equals("call") || f.patternObliques().isEmpty()) {
      return false;
    }
    for (int x : f.patternObliques()) {
      Dependency h = g.head(x);
      Dependency up = h == null || h.governor() < 0 ? null : g.head(h.governor());
      boolean inNamed = up != null && up.governor() == t && (up.relation().equals("obj") || up.relation().equals("xcomp"));
      if (!inNamed) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a bare warning (130, "warn") says what someone or something other than the warner
   * will do or may happen: its content clause has a subject that is neither a pronoun nor the
   * warner, or it warns "of" something (the threatening "of consequences" is its own pattern).
   *
   * @param f a firing of a bare "warn" (a pattern with a preposition, "of consequences", is a threat)
   * @param sourceCodes the codes of the warner's actors
   * @param resolve resolves a token to an actor code, or null
   */
  boolean forecast(Firing f, Set<String> sourceCodes, java.util.function.IntFunction<String> resolve) {
    int t = f.trigger();
    if (!f.pattern().code().equals("130") || !g.lemma(t).equals("warn") || !f.patternObliques().isEmpty()) {
      return false;
    }
    if (!g.childrenExact(t, "obl:of").isEmpty()) {
      return true;
    }
    List<Integer> contents = new java.util.ArrayList<>(g.childrenExact(t, "ccomp"));
    Dependency h = g.head(t);
    if (h != null && h.governor() >= 0 && h.relation().equals("parataxis")) {
      // "“Cherry picking is not an option,” he warned": the quote is the content
      contents.add(h.governor());
    }
    for (int c : contents) {
      List<Integer> subjects = new java.util.ArrayList<>(g.childrenExact(c, "nsubj"));
      subjects.addAll(g.childrenExact(c, "nsubj:pass"));
      subjects.addAll(g.childrenExact(c, "csubj"));
      for (int s : subjects) {
        if (g.token(s).isPronoun()) {
          return false;
        }
        String actor = resolve.apply(s);
        if (actor != null && sourceCodes.contains(actor)) {
          return false;
        }
      }
      if (!subjects.isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a bare "agree" (CAMEO 03x) agrees with a view or a thing rather than with someone or
   * to something: it has a "with" that names no actor and is no proposal or deal, and neither a
   * complement ("agreed to talk", "agreed that talks would resume") nor an "on", "to" or "upon"
   * of what is agreed ("agreed with Gondor on a plan" keeps its actor anyway).
   *
   * @param resolve resolves a token to an actor code, or null
   */
  boolean opinion(Firing f, java.util.function.IntFunction<String> resolve) {
    int t = f.trigger();
    if (!f.pattern().code().startsWith("03") || !g.lemma(t).equalsIgnoreCase("agree")
        || !f.patternObliques().isEmpty()) {
      return false;
    }
    List<Integer> with = g.childrenExact(t, "obl:with");
    if (with.isEmpty() || !g.childrenExact(t, "xcomp").isEmpty() || !g.childrenExact(t, "ccomp").isEmpty()
        || !g.childrenExact(t, "obl:on").isEmpty() || !g.childrenExact(t, "obl:to").isEmpty()
        || !g.childrenExact(t, "obl:upon").isEmpty()) {
      return false;
    }
    for (int w : with) {
      if (resolve.apply(w) != null || PROPOSALS.contains(g.lemma(w).toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the event is the flight of civilians or refugees coded as a military retreat (087). */
  static boolean fleeing(String code, Mention source) {
    return code.startsWith("087") && source.sector() != null && UNARMED.contains(source.sector());
  }
}
