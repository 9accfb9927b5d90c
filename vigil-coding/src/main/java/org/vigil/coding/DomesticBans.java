package org.vigil.coding;

import java.util.Set;
import org.vigil.core.text.Dependency;

/**
 * Issue 11, round 6: a ban on trade or sales that names no other side is an administrative
 * sanction at home (CAMEO 172), not an embargo (163). "The province banned the trade in bushmeat",
 * "the city banned the sale of fireworks" restrict the ruler's own people; "Arnor banned trade
 * with Gondor", "Rohan banned arms sales to Gondor" and bans on imports and exports reach across a
 * border and stay embargoes. Stateless.
 */
final class DomesticBans {
  /** Verbs of the embargo pattern whose objects can be trade at home. */
  private static final Set<String> BANS = Set.of("ban", "restrict", "prohibit", "outlaw");
  /** Objects that are trade at home unless a partner is named; imports and exports always cross a border. */
  private static final Set<String> TRADE = Set.of("trade", "sale", "sales");
  /** Objects of the embargo pattern that cross a border by themselves. */
  private static final Set<String> CROSSING = Set.of("import", "imports", "export", "exports", "flight", "flights",
      "investment");
  /** Relations of the object that name the trade's other side: "with Gondor", "to Arnor", "from Rohan", "between". */
  private static final Set<String> PARTNER = Set.of("nmod:with", "nmod:to", "nmod:from", "nmod:between", "nmod:on", "nmod:against");

  /** Named-entity tags of a word that names a side: "Iranian", "EU", "Gondor". */
  private static final Set<String> SIDES = Set.of("COUNTRY", "NATIONALITY", "LOCATION", "ORGANIZATION",
      "STATE_OR_PROVINCE", "CITY", "PERSON");

  private DomesticBans() {}

  /**
   * The code of the embargo pattern's event on trigger t: 172 when its object is trade or sales
   * with no partner and no adjective or owner naming one, else the pattern's code unchanged.
   */
  static String code(SentenceGraph g, int t, String code) {
    if (!code.equals("163") || !BANS.contains(g.lemma(t))) {
      return code;
    }
    for (Dependency d : g.children(t)) {
      // "banned arms sales to Gondor", "restricted trade with Arnor": the parser hangs the partner on the verb
      if (d.relation().startsWith("obl:") && PARTNER.contains("nmod:" + d.relation().substring(4))) {
        return code;
      }
    }
    boolean domestic = false;
    for (int o : g.childrenExact(t, "obj")) {
      if (CROSSING.contains(g.lemma(o))) {
        return code;
      }
      if (!TRADE.contains(g.lemma(o))) {
        // "the sale and consumption of dog meat": a conjunct that is no trade says nothing of a border
        continue;
      }
      for (Dependency d : g.children(o)) {
        if (PARTNER.contains(d.relation())) {
          return code;
        }
        if ((d.relation().equals("amod") || d.relation().equals("compound") || d.relation().equals("nmod:poss"))
            && (g.token(d.dependent()).isProperNoun() || SIDES.contains(g.token(d.dependent()).ner()))) {
          // "Iranian oil sales", "Gondor's trade": a named side
          return code;
        }
      }
      domestic = true;
    }
    return domestic ? "172" : code;
  }
}
