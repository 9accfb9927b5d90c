package org.vigil.coding;

import java.util.Locale;
import java.util.Set;
import org.vigil.core.text.Dependency;

/**
 * Issue 11, round 14: force dealt by trade. A verb of force (CAMEO 19: hit, strike, target,
 * retaliate, attack) whose instrument or doer is a trade or economic measure imposes a sanction
 * (163); it is no violence: "China retaliated with tariffs on American farm goods", "Washington hit
 * Chinese exporters with sanctions", "U.S. tariffs hit Canadian steel", "Beijing retaliated by
 * imposing duties on soybeans". Measured on the VOA held-out half before it was written: its
 * violent-verb extras come most often from sentences whose coded events are sanctions or threats
 * (docs/ACCURACY.md, round 14). Stateless.
 */
final class TradeMeasures {
  /** The verb dictionary's set of sanction nouns (sanctions, embargo, boycott, tariff). */
  static final String SANCTION_SET = "SANCTION";
  /** Lemmas of trade and economic measures the dictionary's SANCTION set lacks. */
  private static final Set<String> TRADE = Set.of("duty", "levy", "tax", "countermeasure");
  /** Relations by which a verb names what it acts with or what acts: "with tariffs", "tariffs hit", "hit by sanctions". */
  private static final Set<String> MEANS = Set.of("nsubj", "obl:with", "obl:agent", "obl:by", "obl:through");
  /** The code of an embargo, boycott or sanctions. */
  static final String SANCTIONS = "163";

  private TradeMeasures() {}

  /**
   * The code of the event of a force pattern on trigger t: 163 when the trigger acts with or
   * through a trade measure ("with tariffs", "by imposing duties"), else {@code code} unchanged.
   * {@code sanctions}: the dictionary's SANCTION set ({@link #SANCTION_SET}).
   */
  static String code(SentenceGraph g, int t, String code, Set<String> sanctions) {
    if (!code.startsWith("19")) {
      return code;
    }
    for (Dependency d : g.children(t)) {
      String r = d.relation();
      if (MEANS.contains(r) && measure(g, d.dependent(), sanctions)) {
        return SANCTIONS;
      }
      if (means(g, d)) {
        // "retaliated by imposing duties on soybeans": the means is a clause whose object is the measure
        for (int o : g.childrenExact(d.dependent(), "obj")) {
          if (measure(g, o, sanctions)) {
            return SANCTIONS;
          }
        }
      }
    }
    return code;
  }

  /**
   * Whether an adverbial clause of the verb is its means: "by imposing", or a bare "-ing" clause
   * with no subject of its own ("retaliated, imposing duties"); not "after Arnor imposed sanctions".
   */
  private static boolean means(SentenceGraph g, Dependency d) {
    int c = d.dependent();
    if (d.relation().equals("advcl:by")) {
      return true;
    }
    return d.relation().equals("advcl") && g.token(c).pos().equals("VBG") && g.childrenExact(c, "mark").isEmpty()
        && g.childrenExact(c, "nsubj").isEmpty();
  }

  /** Whether the noun, or a conjunct of it, is a trade measure ("sanctions and tariffs"). */
  private static boolean measure(SentenceGraph g, int noun, Set<String> sanctions) {
    if (word(g, noun, sanctions)) {
      return true;
    }
    for (int c : g.childrenExact(noun, "conj")) {
      if (word(g, c, sanctions)) {
        return true;
      }
    }
    return false;
  }

  /** By lemma; the dictionary's set (which lists plurals) also by word, for a lemma the tagger missed. */
  private static boolean word(SentenceGraph g, int x, Set<String> sanctions) {
    String lemma = g.lemma(x).toLowerCase(Locale.ROOT);
    return TRADE.contains(lemma) || sanctions.contains(lemma)
        || sanctions.contains(g.token(x).word().toLowerCase(Locale.ROOT));
  }
}
