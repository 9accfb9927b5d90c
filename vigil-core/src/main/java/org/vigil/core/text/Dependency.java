package org.vigil.core.text;

import java.util.Objects;

/**
 * A typed dependency of the (enhanced++) Universal Dependencies graph of a sentence.
 *
 * @param relation the relation with its subtype, as CoreNLP names it: {@code nsubj},
 *     {@code obl:into}, {@code nsubj:xsubj}, {@code root}
 * @param governor 0-based token index of the head, or -1 for the root relation
 * @param dependent 0-based token index of the dependent
 */
public record Dependency(String relation, int governor, int dependent) {

  public Dependency {
    Objects.requireNonNull(relation, "relation");
    if (governor < -1 || dependent < 0) {
      throw new IllegalArgumentException(
          "bad dependency " + relation + "(" + governor + ", " + dependent + ")");
    }
  }

  /** The relation without its subtype: {@code obl} for {@code obl:into}. */
  public String base() {
    int colon = relation.indexOf(':');
    return colon < 0 ? relation : relation.substring(0, colon);
  }

  /** The subtype, or the empty string: {@code into} for {@code obl:into}. */
  public String subtype() {
    int colon = relation.indexOf(':');
    return colon < 0 ? "" : relation.substring(colon + 1);
  }
}
