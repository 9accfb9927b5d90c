package org.vigil.coding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * Further back than that, a description takes the actor of its class named long before only when
 * it is the only one of that class named there and its noun is written in lower case ("the rebel
 * group" eighteen sentences after the one rebel group the story named; two named long before and
 * none since, or "the Commission on ...", a name: nothing; round 14).
 * Nothing is taken when no such actor was named, or when the phrase names its own actor ("the
 * Kenyan group"). A counted plural of states ("Arnor, Gondor and Rohan left the bloc. The three
 * nations accused ...", "both countries") refers to as many countries named by name in the
 * sentences before ({@link #resolveCountries}, issue 11 round 7). Per article; not thread-safe.
 */
final class DefiniteReferences {
  /** How many earlier sentences a description reaches back to the latest actor of its class. */
  static final int WINDOW = 4;
  private static final Set<String> BODY_NOUNS = Set.of("body", "bloc", "alliance", "organization", "organisation",
      "union", "grouping", "council", "commission");
  private static final Set<String> GROUP_NOUNS = Set.of("group", "outfit", "movement", "militia", "organization",
      "organisation");

  /** Plural nouns of states that a number refers back with: "the three nations", "both countries". */
  private static final Set<String> STATE_NOUNS = Set.of("country", "nation", "state", "government", "neighbor",
      "neighbour");
  /** How many states a determiner or number counts. */
  private static final Map<String, Integer> COUNTS = Map.of("both", 2, "two", 2, "three", 3, "four", 4, "five", 5,
      "2", 2, "3", 3, "4", 4, "5", 5);

  /** An actor named in an earlier sentence, with the sentence's number. */
  private record Named(Mention mention, int sentence) {}

  /**
   * Words of a description that name the kind of body meant ("the regional body", "the military
   * alliance"), as the dictionary's {@code kind} of an organisation: a body of another kind is not
   * meant ("Arnor left the Northern Union and founded the Dunland Alliance. It accused the regional
   * body ..." means the Union; round 8).
   */
  private static final Map<String, String> KIND_WORDS = Map.of(
      "regional", "regional", "military", "alliance", "defense", "alliance", "defence", "alliance",
      "alliance", "alliance");

  private final List<Named> named = new ArrayList<>();
  private final java.util.function.Function<String, String> kindOf;
  private int sentence;

  /** Descriptions that take any body of states, whatever its kind. */
  DefiniteReferences() {
    this(code -> null);
  }

  /**
   * @param kindOf the dictionary's kind of the organisation with a code ("regional", "alliance"),
   *     or null when it has none
   */
  DefiniteReferences(java.util.function.Function<String, String> kindOf) {
    this.kindOf = java.util.Objects.requireNonNull(kindOf, "kindOf");
  }

  /** Remembers the actors a sentence names (organisations and groups), then moves to the next sentence. */
  void remember(List<Mention> mentions) {
    for (Mention m : mentions) {
      if (isBody(m) || isGroup(m) || isCountry(m)) {
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
    String kind = body ? kindNamed(g, token) : null;
    Named only = null;
    for (int i = named.size() - 1; i >= 0; i--) {
      Named n = named.get(i);
      if (body && kind != null && isBody(n.mention())) {
        String theirs = kindOf.apply(n.mention().code());
        if (theirs != null && !theirs.equals(kind)) {
          continue; // "the regional body" is not the alliance named last
        }
      }
      if (!(body && isBody(n.mention())) && !(group && isGroup(n.mention()))) {
        continue;
      }
      if (sentence - n.sentence() <= WINDOW) {
        return referent(n.mention(), token);
      }
      if (Character.isUpperCase(g.token(token).word().charAt(0))) {
        return null; // "the Commission on the Limits ...": a name of its own, not a description, this far
      }
      if (only != null && !only.mention().code().equals(n.mention().code())) {
        return null; // two of its kind named long before: which one is not said
      }
      only = only == null ? n : only;
    }
    // named long before, but the only one of its kind the article has named
    return only == null ? null : referent(only.mention(), token);
  }

  /** The actor re-anchored on the description's token, marked as referred to. */
  private static Mention referent(Mention named, int token) {
    Mention m = named.at(token);
    List<String> entries = new ArrayList<>(m.entries());
    entries.add("refers-to:" + m.name());
    return new Mention(m.head(), m.begin(), m.end(), m.code(), m.country(), m.sector(), m.name(), m.members(),
        entries, m.fuzzy(), m.ignored());
  }

  /** The kind of body a description names by its noun or an adjective, or null when it names none. */
  private static String kindNamed(SentenceGraph g, int token) {
    String own = KIND_WORDS.get(g.token(token).lemma().toLowerCase(Locale.ROOT));
    if (own != null) {
      return own;
    }
    for (Dependency d : g.children(token)) {
      if (d.relation().equals("amod") || d.relation().equals("compound")) {
        String k = KIND_WORDS.get(g.token(d.dependent()).word().toLowerCase(Locale.ROOT));
        if (k != null) {
          return k;
        }
      }
    }
    return null;
  }

  /**
   * The countries a counted plural of states headed by {@code token} refers to ("the three
   * military-led nations", "the two countries", "both governments"), each re-anchored on it; empty
   * when it is no such phrase, or when the sentences of the last {@link #WINDOW} do not name
   * exactly that many countries by name: going back sentence by sentence, the countries named are
   * taken until the count is reached, and a sentence that would overshoot it makes the reference
   * ambiguous ("Arnor, Gondor and Rohan ... the two countries" names none).
   */
  List<Mention> resolveCountries(SentenceGraph g, int token) {
    Integer count = countOf(g, token);
    if (count == null) {
      return List.of();
    }
    Map<String, Mention> found = new LinkedHashMap<>();
    int i = named.size() - 1;
    while (i >= 0 && found.size() < count) {
      int s = named.get(i).sentence();
      if (sentence - s > WINDOW) {
        break;
      }
      Map<String, Mention> here = new LinkedHashMap<>();
      for (; i >= 0 && named.get(i).sentence() == s; i--) {
        Mention m = named.get(i).mention();
        if (isCountry(m) && !found.containsKey(m.country())) {
          here.putIfAbsent(m.country(), m);
        }
      }
      if (found.size() + here.size() > count) {
        return List.of(); // more countries than the count: which ones is not said
      }
      found.putAll(here);
    }
    if (found.size() != count) {
      return List.of();
    }
    List<Mention> out = new ArrayList<>();
    for (Mention n : found.values()) {
      Mention m = n.at(token);
      List<String> entries = new ArrayList<>(m.entries());
      entries.add("refers-to:" + m.name());
      out.add(new Mention(m.head(), m.begin(), m.end(), m.code(), m.country(), m.sector(), m.name(), m.members(),
          entries, m.fuzzy(), m.ignored()));
    }
    // in the order the text named them
    return out.reversed();
  }

  /** The count of a plural noun of states with "the" and a number, or "both"; null otherwise. */
  private static Integer countOf(SentenceGraph g, int token) {
    String lemma = g.token(token).lemma().toLowerCase(Locale.ROOT);
    if (!STATE_NOUNS.contains(lemma) || !g.token(token).pos().equals("NNS")) {
      return null;
    }
    Integer count = null;
    boolean the = false;
    for (Dependency d : g.children(token)) {
      String w = g.token(d.dependent()).word().toLowerCase(Locale.ROOT);
      if (d.relation().equals("nummod") && COUNTS.containsKey(w) && !w.equals("both")) {
        count = COUNTS.get(w);
      } else if (d.relation().equals("det") && (w.equals("the") || w.equals("these") || w.equals("those"))) {
        the = true;
      } else if ((d.relation().equals("det") || d.relation().equals("cc:preconj")) && w.equals("both")) {
        return 2;
      }
    }
    return the ? count : null;
  }

  /**
   * Whether the tagged tokens hold a description this class may resolve: a noun of either class
   * with "the" or "this" at most three words before it, or a plural of states with a count (for
   * the triage, which sees no parse).
   */
  static boolean mayRefer(List<org.vigil.core.text.Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      org.vigil.core.text.Token t = tokens.get(i);
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      if (t.pos().equals("NNS") && STATE_NOUNS.contains(lemma)) {
        for (int j = Math.max(0, i - 3); j < i; j++) {
          if (COUNTS.containsKey(tokens.get(j).word().toLowerCase(Locale.ROOT))) {
            return true; // "the three nations", "both countries"
          }
        }
      }
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

  /** A country named as such ("Mali", "Burkina Faso"), not one of its institutions or people. */
  private static boolean isCountry(Mention m) {
    return !m.ignored() && m.country() != null && m.code().equals(m.country());
  }

  private static boolean isBody(Mention m) {
    return m.code().startsWith("IGO") && !m.ignored();
  }

  private static boolean isGroup(Mention m) {
    return !m.ignored() && !m.code().startsWith("IGO") && !m.code().startsWith("---")
        && m.entries().stream().anyMatch(e -> e.startsWith("group:"));
  }
}
