package org.vigil.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigil.core.text.Dependency;

/**
 * Definite descriptions that refer back to an organisation or a group named earlier in the
 * article (issue 11, dropped and lost actors): "ECOWAS ... the regional body", "NATO ... the
 * alliance", "the BLA ... the separatist group". News names an actor once and then describes it;
 * without this the description is no actor, or a sector without a country ({@code ---INS}). A
 * description is the head noun of a phrase with "the" (or "this"), in one of two classes: bodies
 * of states (body, bloc, alliance, organisation, union, grouping, council, commission), which take
 * the latest organisation of states ({@code IGO...}) named in the last {@link #WINDOW} sentences,
 * and groups (group, outfit, movement, militia, organisation), which take the latest named group.
 * Nothing is taken when no such actor was named, or when the phrase names its own actor ("the
 * Kenyan group"). Per article; not thread-safe.
 */
final class DefiniteReferences {
  /** How many earlier sentences a description may reach back. */
  static final int WINDOW = 4;
  private static final Set<String> BODY_NOUNS = Set.of("body", "bloc", "alliance", "organization", "organisation",
      "union", "grouping", "council", "commission");
  private static final Set<String> GROUP_NOUNS = Set.of("group", "outfit", "movement", "militia", "organization",
      "organisation");

  /** An actor named in an earlier sentence, with the sentence's number. */
  private record Named(Mention mention, int sentence) {}

  private final List<Named> named = new ArrayList<>();
  private int sentence;

  /** Remembers the actors a sentence names (organisations and groups), then moves to the next sentence. */
  void remember(List<Mention> mentions) {
    for (Mention m : mentions) {
      if (isBody(m) || isGroup(m)) {
        named.add(new Named(m, sentence));
      }
    }
    sentence++;
  }

  /**
   * The actor the definite description headed by {@code token} refers to, re-anchored on it, or
   * null when it is no such description or nothing fits.
   */
  Mention resolve(SentenceGraph g, int token) {
    String lemma = g.token(token).lemma().toLowerCase(Locale.ROOT);
    boolean body = BODY_NOUNS.contains(lemma);
    boolean group = GROUP_NOUNS.contains(lemma);
    if (!(body || group) || !g.token(token).pos().startsWith("NN") || !definite(g, token)) {
      return null;
    }
    for (int i = named.size() - 1; i >= 0; i--) {
      Named n = named.get(i);
      if (sentence - n.sentence() > WINDOW) {
        break;
      }
      if ((body && isBody(n.mention())) || (group && isGroup(n.mention()))) {
        Mention m = n.mention().at(token);
        List<String> entries = new ArrayList<>(m.entries());
        entries.add("refers-to:" + m.name());
        return new Mention(m.head(), m.begin(), m.end(), m.code(), m.country(), m.sector(), m.name(), m.members(),
            entries, m.fuzzy(), m.ignored());
      }
    }
    return null;
  }

  /**
   * Whether the tagged tokens hold a description this class may resolve: a noun of either class
   * with "the" or "this" at most three words before it (for the triage, which sees no parse).
   */
  static boolean mayRefer(List<org.vigil.core.text.Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      org.vigil.core.text.Token t = tokens.get(i);
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      if (!t.pos().startsWith("NN") || !(BODY_NOUNS.contains(lemma) || GROUP_NOUNS.contains(lemma))) {
        continue;
      }
      for (int j = Math.max(0, i - 3); j < i; j++) {
        String w = tokens.get(j).word().toLowerCase(Locale.ROOT);
        if (w.equals("the") || w.equals("this")) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean definite(SentenceGraph g, int token) {
    for (Dependency d : g.children(token)) {
      if (d.relation().equals("det")) {
        String w = g.token(d.dependent()).word().toLowerCase(Locale.ROOT);
        return w.equals("the") || w.equals("this");
      }
    }
    return false;
  }

  private static boolean isBody(Mention m) {
    return m.code().startsWith("IGO") && !m.ignored();
  }

  private static boolean isGroup(Mention m) {
    return !m.ignored() && !m.code().startsWith("IGO") && !m.code().startsWith("---")
        && m.entries().stream().anyMatch(e -> e.startsWith("group:"));
  }
}
