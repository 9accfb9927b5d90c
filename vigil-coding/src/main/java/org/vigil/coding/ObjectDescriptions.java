package org.vigil.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigil.core.text.Dependency;

/**
 * Who a thing acted on belongs to, as its own description says (issue 11, round 7): force, bans
 * and sanctions often fall on a thing, not an actor — "stormed a Turkish-owned ship", "sanctioned
 * tankers operated by the National Iranian Tanker Company", "ambushed a bus transporting police
 * officers". The owner or operator of the thing, or the people it carried, are then the ones
 * acted on. Only the thing's own modifiers are read (an apposition included: "the Marmara, a
 * Turkish-owned ship"); "Iranian-backed militia" names a supporter, not an owner, and is not read.
 * Stateless.
 */
final class ObjectDescriptions {
  /** Participles that make the one named by "by" or before the hyphen the thing's owner or operator. */
  static final Set<String> OWNING = Set.of("own", "operate", "run", "charter", "manage", "control", "flag");
  /** Participles whose object is what the thing carried: people in a bus, troops in a convoy. */
  static final Set<String> CARRYING = Set.of("carry", "transport", "ferry");

  private ObjectDescriptions() {
  }

  /**
   * The words that name the owner or operator of the noun ("Turkish" in "a Turkish-owned ship",
   * the agent of "operated by") or what it carried (the object of "carrying"), in that order of
   * the sentence; empty when its description says neither.
   */
  static List<Integer> owners(SentenceGraph g, int noun) {
    List<Integer> things = new ArrayList<>();
    things.add(noun);
    things.addAll(g.childrenExact(noun, "appos"));
    List<Integer> out = new ArrayList<>();
    for (int thing : things) {
      for (Dependency d : g.children(thing)) {
        String r = d.relation();
        if (!r.equals("amod") && !r.startsWith("acl")) {
          continue;
        }
        int p = d.dependent();
        String lemma = g.lemma(p).toLowerCase(java.util.Locale.ROOT);
        if (OWNING.contains(lemma)) {
          for (Dependency c : g.children(p)) {
            String cr = c.relation();
            boolean agent = cr.equals("obl:by") || cr.equals("obl:agent");
            // "Turkish-owned": the owner hangs on the participle before it, a hyphen between
            boolean hyphenated = c.dependent() < p && (cr.equals("dep") || cr.equals("compound") || cr.equals("amod")
                || cr.equals("obl") || cr.equals("obl:npmod") || cr.equals("nmod:npmod"));
            if (agent || hyphenated) {
              out.add(c.dependent());
            }
          }
        } else if (CARRYING.contains(lemma) && r.startsWith("acl")) {
          out.addAll(g.childrenExact(p, "obj"));
        }
      }
    }
    out.sort(null);
    return out;
  }
}
