package org.vigil.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigil.core.text.Dependency;

/**
 * Whom an act is aimed at when the sentence says it only inside what the act consists of (issue
 * 11, round 8). Two structures, each read from the parse alone:
 *
 * <ul>
 *   <li><b>the content of a warning, demand or promise</b>: "warned that it will continue to exert
 *       pressure on Iran", "threatened that it would impose tariffs on Canada", "pledged that it
 *       would send aid to Ukraine" — the one the announced act falls on (the object or a core
 *       preposition of the content clause, or of the open complements it governs) is the one
 *       warned, pressed or promised; a place ("prices will rise in Iran") is not;
 *   <li><b>the direction of an act noun</b>: "conducted drills encircling Taiwan", "carried out
 *       airstrikes targeting Hezbollah", "a campaign aimed at Iran" — a participle of aiming on the
 *       act the pattern consumed names what the act is against; other participles ("drills
 *       involving Russian ships", "drills lasting three days") name no target.
 * </ul>
 *
 * The targets found are named in the sentence but reached through a clause or a modifier the
 * pattern does not name: {@link Participants} reads them as loose slots and marks them with
 * {@link #CONTENT} or {@link #DIRECTION}, so the event's confidence takes the inference cost.
 * Stateless.
 */
final class ActContents {
  /** Entry of a target found in the content of a warning, demand or promise. */
  static final String CONTENT = "inferred:act-content";
  /** Entry of a target found in the participle that aims an act noun. */
  static final String DIRECTION = "inferred:act-direction";
  /**
   * CAMEO roots whose content clause announces an act on someone: intend or promise (03), demand
   * (10), threaten (13).
   */
  static final Set<String> ANNOUNCING_ROOTS = Set.of("03", "10", "13");
  /** Prepositions that put the announced act on someone: "pressure on Iran", "aid to Ukraine", "action against". */
  static final List<String> ACTED_ON = List.of("on", "against", "to", "toward", "towards", "into", "upon");
  /** Participles whose object is what the act they modify is aimed at. */
  static final Set<String> AIMING = Set.of("target", "encircle", "surround", "besiege", "hit", "strike");
  /** Participles that aim the act they modify at what "at", "against" or "toward" names: "aimed at Iran". */
  static final Set<String> AIMED = Set.of("aim", "direct");

  /** Entry of a target found in a phrase of the act or of its complement (round 9). */
  static final String PHRASE = "inferred:act-phrase";
  /**
   * CAMEO roots of acts between sides whose phrases may name the other side: appeal (02), intend
   * (03), cooperate (05, 06), demand (10), reject (12), threaten (13), mobilise (15), sanction (16).
   * Meetings (04) are left out ("met in the Russian capital" names a place), and so are statements,
   * criticism and force.
   */
  static final Set<String> PHRASE_ROOTS = Set.of("02", "03", "05", "06", "10", "12", "13", "15", "16");
  /** Prepositions of the act's phrases whose noun's modifier may name the other side ("in an EU plan"). */
  static final List<String> PHRASES = List.of("against", "with", "in", "on", "to", "toward", "towards", "from", "over",
      "into");
  /** CAMEO code of negotiating, whose open complement may name the other side ({@link #complementSides}). */
  static final String NEGOTIATE = "046";
  /** Prepositions of a complement's phrase whose noun is itself the other side ("to import eggs from Brazil"). */
  static final List<String> SIDE_PHRASES = List.of("against", "with", "to", "toward", "towards", "from");

  private ActContents() {
  }

  /**
   * The actors a phrase of the act names only as the modifier of its noun, or a phrase of its open
   * or purpose complement names (round 9): "bolster its deterrent against U.S. threats", "declined
   * to participate in an EU plan", "negotiating to import eggs from Brazil". The nouns of the act's
   * own prepositional phrases give their modifiers (compound, adjective, possessor; never a
   * pronoun); so do the phrases of its open or purpose complement ({@code complements}, and a
   * clause "to ...") and of that complement's object, whose phrases of direction give their nouns
   * too. The complement's object itself is not read ("vowed to protect Serbian citizens" names
   * whom the act is for, not an addressee). In sentence order; empty for other roots.
   */
  static List<Integer> phrases(SentenceGraph g, int t, String code, List<Integer> complements) {
    List<Integer> out = new ArrayList<>();
    if (code != null && code.startsWith(NEGOTIATE)) {
      return complementSides(g, complements);
    }
    if (code == null || code.length() < 2 || !PHRASE_ROOTS.contains(code.substring(0, 2))) {
      return out;
    }
    List<Integer> heads = new ArrayList<>(complements);
    for (Dependency d : g.children(t)) {
      if (d.relation().startsWith("advcl") && !heads.contains(d.dependent()) && g.childrenExact(d.dependent(), "mark")
          .stream().anyMatch(m -> g.lemma(m).equals("to"))) {
        heads.add(d.dependent()); // "conducted a test to bolster its deterrent": the act's purpose
      }
    }
    List<Integer> nouns = new ArrayList<>();
    for (String prep : PHRASES) {
      nouns.addAll(g.childrenExact(t, "obl:" + prep));
    }
    for (int c : heads) {
      List<Integer> objects = g.childrenExact(c, "obj");
      for (String prep : PHRASES) {
        nouns.addAll(g.childrenExact(c, "obl:" + prep));
        for (int o : objects) {
          nouns.addAll(g.childrenExact(o, "nmod:" + prep));
        }
      }
    }
    out.addAll(complementSides(g, heads));
    for (int n : nouns) {
      for (Dependency d : g.children(n)) {
        String r = d.relation();
        if ((r.equals("compound") || r.equals("amod") || r.equals("nmod:poss")) && !g.token(d.dependent()).isPronoun()
            && !out.contains(d.dependent())) {
          out.add(d.dependent());
        }
      }
    }
    out.sort(null);
    return out;
  }

  /**
   * The other side a negotiation's open complement names with a preposition of direction ("are
   * negotiating to import eggs from Brazil", "negotiated to sell gas to Hungary"; round 15): whom
   * the deal under negotiation is with. Only the complement's side phrases, as {@link #phrases}
   * reads them: meetings (04) are otherwise left out, and "negotiating in Doha" names a place.
   */
  private static List<Integer> complementSides(SentenceGraph g, List<Integer> complements) {
    List<Integer> out = new ArrayList<>();
    for (int c : complements) {
      for (String prep : SIDE_PHRASES) {
        out.addAll(g.childrenExact(c, "obl:" + prep));
        for (int o : g.childrenExact(c, "obj")) {
          out.addAll(g.childrenExact(o, "nmod:" + prep));
        }
      }
    }
    out.sort(null);
    return out;
  }

  /**
   * The objects and core obliques of the content clause of t ("warned that ..."), and of the open
   * complements that clause governs ("will continue to exert pressure on Iran"), in sentence order;
   * empty when t is no warning, demand or promise (by its code) or has no content clause.
   */
  static List<Integer> content(SentenceGraph g, int t, String code) {
    if (code == null || code.length() < 2 || !ANNOUNCING_ROOTS.contains(code.substring(0, 2))) {
      return new ArrayList<>(); // a fresh list: Participants tells its slots apart by identity
    }
    List<Integer> clauses = new ArrayList<>();
    for (int c : g.childrenExact(t, "ccomp")) {
      clauses.add(c);
      // "will continue to exert", "would try to impose": two open complements deep at most
      for (int x : g.childrenExact(c, "xcomp")) {
        clauses.add(x);
        clauses.addAll(g.childrenExact(x, "xcomp"));
      }
    }
    List<Integer> out = new ArrayList<>();
    for (int c : clauses) {
      out.addAll(g.childrenExact(c, "obj"));
      for (String prep : ACTED_ON) {
        out.addAll(g.childrenExact(c, "obl:" + prep));
      }
      for (int o : g.childrenExact(c, "obj")) {
        // "impose tariffs on Canada": the parser often hangs the preposition on the object
        for (String prep : ACTED_ON) {
          out.addAll(g.childrenExact(o, "nmod:" + prep));
        }
      }
    }
    out.sort(null);
    return out;
  }

  /**
   * What the participles of aiming on the act nouns name ("encircling Taiwan", "aimed at Iran"),
   * in sentence order; empty when the nouns carry no such participle.
   */
  static List<Integer> direction(SentenceGraph g, List<Integer> acts) {
    List<Integer> out = new ArrayList<>();
    for (int act : acts) {
      for (Dependency d : g.children(act)) {
        if (!d.relation().startsWith("acl")) {
          continue;
        }
        int p = d.dependent();
        String pos = g.token(p).pos();
        if (!pos.equals("VBG") && !pos.equals("VBN")) {
          continue;
        }
        String lemma = g.lemma(p).toLowerCase(Locale.ROOT);
        if (AIMING.contains(lemma)) {
          out.addAll(g.childrenExact(p, "obj"));
        } else if (AIMED.contains(lemma)) {
          out.addAll(g.childrenExact(p, "obl:at"));
          out.addAll(g.childrenExact(p, "obl:against"));
          out.addAll(g.childrenExact(p, "obl:toward"));
          out.addAll(g.childrenExact(p, "obl:towards"));
        }
      }
    }
    out.sort(null);
    return out;
  }
}
