package org.vigil.coding;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.vigil.core.text.Dependency;

/**
 * Acts whose content is the source's own affairs (issue 11, round 9): "vowed to enforce law and
 * order", "refused to cooperate with the state court", "pledged to hold elections in the autumn",
 * "promised to protect its citizens" — what such an act consists of is the source's institutions,
 * laws, elections, order or people, or an actor of its own country, and it is addressed to no
 * other side. {@link ArticleDyads} gives these acts no article counterpart. Read from the parse
 * alone: the content is what the trigger governs (objects, complements, prepositional arguments,
 * and what those govern), not its subject, coordinated verbs or side clauses. It is domestic when
 * it names an actor of the source's country or a country-less judiciary, police, legislature,
 * opposition or party, or — for an act that is not an appeal or demand — a noun of domestic
 * affairs that no foreign or international word qualifies; and never when it also names an actor
 * of another side ("cooperate with the court and with Washington"). Stateless.
 */
final class DomesticActs {
  /** Nouns of a state's own affairs: its laws and order, institutions, votes and people. */
  static final Set<String> DOMESTIC = Set.of("law", "legislation", "order", "constitution", "election", "vote",
      "referendum", "ballot", "citizen", "voter", "court", "summons", "judiciary", "proceeding", "trial",
      "parliament", "legislature", "police", "institution", "reform", "unrest", "protest", "protester", "crime",
      "corruption");
  /** Country-less sectors that belong to the state whose affairs they are. */
  static final Set<String> DOMESTIC_SECTORS = Set.of("JUD", "COP", "LEG", "OPP", "PTY");
  /** Words that make a noun of domestic affairs another's: "international law", "foreign courts". */
  static final Set<String> FOREIGN = Set.of("international", "foreign", "global", "world", "bilateral", "regional",
      "multilateral", "external", "overseas", "cross-border");
  /**
   * Roots of appeals and demands (02, 10): "called for elections", "demanded an end to the
   * crackdown" ask another side for its affairs, so only an actor of the source's own country
   * makes them domestic.
   */
  static final Set<String> ASKING = Set.of("02", "10");
  /** Relations that leave the act's content: its subject, coordinated and side clauses, punctuation. */
  private static final List<String> OUTSIDE = List.of("nsubj", "csubj", "conj", "cc", "parataxis", "advcl", "punct",
      "appos", "dep", "discourse", "vocative", "list", "acl:relcl", "mark", "aux", "cop", "ref");

  private DomesticActs() {
  }

  /**
   * Whether the act triggered at token t, of source side {@code side}, is about the source's own
   * affairs. {@code named} are the actors the sentence names; {@code sourceBegin}/{@code sourceEnd}
   * the characters of the source's mention, which is not part of the content.
   */
  static boolean domestic(SentenceGraph g, int t, String root, String side, List<Mention> named, int sourceBegin,
      int sourceEnd) {
    boolean[] content = content(g, t, sourceBegin, sourceEnd);
    boolean own = false;
    for (Mention m : named) {
      if (m.head() < 0 || m.head() >= content.length || !content[m.head()]) {
        continue;
      }
      String s = m.country() != null ? m.country() : m.code().startsWith("IGO") ? m.code() : null;
      if (s != null && !s.equals(side)) {
        return false; // content that names another side is addressed to it
      }
      own |= side.equals(s) || s == null && m.code().startsWith("---") && DOMESTIC_SECTORS.contains(m.sector());
    }
    if (own || ASKING.contains(root)) {
      return own;
    }
    for (int i = 0; i < content.length; i++) {
      if (content[i] && g.token(i).isNoun() && DOMESTIC.contains(g.lemma(i)) && !qualifiedForeign(g, i)) {
        return true;
      }
    }
    return false;
  }

  /** The tokens of the act's content: what t governs, through the relations that stay inside it. */
  private static boolean[] content(SentenceGraph g, int t, int sourceBegin, int sourceEnd) {
    boolean[] in = new boolean[g.size()];
    Deque<Integer> todo = new ArrayDeque<>();
    todo.add(t);
    while (!todo.isEmpty()) {
      int cur = todo.poll();
      for (Dependency d : g.children(cur)) {
        int c = d.dependent();
        if (in[c] || c == t || outside(d.relation())) {
          continue;
        }
        int begin = g.token(c).begin();
        if (begin >= sourceBegin && begin < sourceEnd) {
          continue;
        }
        in[c] = true;
        todo.add(c);
      }
    }
    return in;
  }

  private static boolean outside(String relation) {
    for (String r : OUTSIDE) {
      if (relation.equals(r) || relation.startsWith(r + ":")) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word of the foreign or international qualifies the noun ("international law"). */
  private static boolean qualifiedForeign(SentenceGraph g, int noun) {
    for (Dependency d : g.children(noun)) {
      if ((d.relation().equals("amod") || d.relation().equals("compound")) && FOREIGN.contains(g.lemma(d.dependent()))) {
        return true;
      }
    }
    return false;
  }
}
