package org.vigil.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vigil.core.text.Dependency;

/**
 * People the dictionaries do not know, coded by what the article says they are (issue 11, round
 * 3). News introduces a person once with an affiliation and then uses the surname alone: "Lars
 * Ahlgren, of the Nordic Council, said ...", "Ahlgren added"; "Estonian Foreign Minister Margus
 * Tsahkna ...", "Tsahkna said". Two readings:
 *
 * <ul>
 *   <li><b>affiliation</b>: an unknown person's name with an "of"/"from"/"at"/"for" phrase or an
 *       appositive that names an actor ("X, of ORG", "X, a spokesman for ORG", "X, a lawmaker from
 *       COUNTRY") takes that actor's code;
 *   <li><b>the same person later</b>: a person's name (a proper noun the tagger calls a person)
 *       whose first mention in the article was coded, by its title or its affiliation, takes that
 *       code when it recurs alone.
 * </ul>
 *
 * Nothing is taken for a name the dictionaries know (their reading stands), for names that are
 * not people, or from fuzzy or inferred readings. Per article; not thread-safe.
 */
final class People {
  /** Relations of a person's name, or of its appositive, to the body the person belongs to. */
  private static final Set<String> AFFILIATIONS = Set.of("nmod:of", "nmod:from", "nmod:at", "nmod:for", "nmod:with");

  private final Map<String, Mention> byName = new HashMap<>();

  /** Remembers the people of a parsed sentence whose code its words give. */
  void remember(SentenceGraph g, ActorResolver actors) {
    remember(g, actors, null);
  }

  /**
   * As above; {@code parties} (or null) also gives people introduced by an office of the
   * article's country their code: "the country's president, X", "X, a senior official".
   */
  void remember(SentenceGraph g, ActorResolver actors, ArticleParties parties) {
    for (int t = 0; t < g.size(); t++) {
      if (!person(g, t)) {
        continue;
      }
      Mention m = null;
      if (PatternRules.phraseHead(g, t) == t) {
        m = actors.resolve(t);
        if (m == null) {
          m = affiliation(g, actors, t, parties);
        }
      }
      if (m == null) {
        m = office(g, actors, t, parties);
      }
      if (m != null && !m.ignored() && !m.fuzzy() && m.entries().stream().allMatch(People::trusted)
          && (m.country() != null || m.code().startsWith("IGO")) && !m.code().startsWith("---")) {
        byName.put(key(g, t), m);
      }
    }
  }

  /** An entry a remembered reading may carry: any but an inference, save the article's country. */
  private static boolean trusted(String entry) {
    return !entry.startsWith("inferred:") || entry.startsWith(ArticleParties.INFERRED);
  }

  /**
   * The office a person's name is in apposition to, when the name is its phrase's last word:
   * "the autonomous republic's president, Milorad Dodik" (the parse hangs the name on the office);
   * null otherwise.
   */
  private static Mention office(SentenceGraph g, ActorResolver actors, int person, ArticleParties parties) {
    Dependency h = g.head(person);
    if (h == null || h.governor() < 0 || !h.relation().equals("appos") || g.token(h.governor()).isProperNoun()) {
      return null;
    }
    int office = h.governor();
    Mention m = actors.resolve(office);
    if ((m == null || m.fuzzy()) && parties != null) {
      // "the autonomous republic's president": the article's country, not a guess from the sentence
      Mention own = parties.resolve(g, actors, office);
      m = own != null ? own : m;
    }
    if (m == null || m.sector() == null) {
      return null;
    }
    List<String> entries = new ArrayList<>(m.entries());
    entries.add("office:" + g.token(person).word());
    return new Mention(person, person, person + 1, m.code(), m.country(), m.sector(), m.name(), m.members(),
        entries, false, false);
  }

  /**
   * The person named at {@code token} when the dictionaries gave it no code: by its affiliation in
   * this sentence, else by its earlier coded mention; null when neither.
   */
  Mention resolve(SentenceGraph g, ActorResolver actors, int token) {
    if (!person(g, token)) {
      return null;
    }
    Mention own = affiliation(g, actors, token, null);
    if (own != null) {
      return own;
    }
    Mention earlier = byName.get(key(g, token));
    if (earlier == null || !g.childrenExact(token, "det").isEmpty() || !g.childrenExact(token, "amod").isEmpty()) {
      // "the younger Lai", "a Lai": someone else of that name
      return null;
    }
    List<String> entries = new ArrayList<>(earlier.entries());
    entries.add("same-person:" + g.token(token).word());
    return new Mention(token, token, token + 1, earlier.code(), earlier.country(), earlier.sector(), earlier.name(),
        earlier.members(), entries, earlier.fuzzy(), false);
  }

  /** The actor a person's "of"/"from"/"at"/"for" phrase or appositive names, on the person; or null. */
  static Mention affiliation(SentenceGraph g, ActorResolver actors, int person) {
    return affiliation(g, actors, person, null);
  }

  /**
   * As above; with {@code parties}, an appositive office of the article's country ("X, a senior
   * official", "X, a member of parliament") counts too.
   */
  static Mention affiliation(SentenceGraph g, ActorResolver actors, int person, ArticleParties parties) {
    List<Integer> bodies = new ArrayList<>();
    for (Dependency d : g.children(person)) {
      if (AFFILIATIONS.contains(d.relation())) {
        bodies.add(d.dependent());
      }
    }
    for (int a : g.childrenExact(person, "appos")) {
      bodies.add(a);
      for (Dependency d : g.children(a)) {
        if (AFFILIATIONS.contains(d.relation())) {
          bodies.add(d.dependent());
        }
      }
    }
    for (int b : bodies) {
      Mention m = actors.resolve(b);
      if (m == null && parties != null) {
        m = parties.resolve(g, actors, b);
      }
      if (m != null && !m.ignored() && !m.fuzzy() && !m.code().startsWith("---")
          && (m.country() != null || m.code().startsWith("IGO"))) {
        List<String> entries = new ArrayList<>(m.entries());
        entries.add("affiliation:" + g.token(person).word());
        return new Mention(person, person, person + 1, m.code(), m.country(), m.sector(), m.name(), m.members(),
            entries, false, false);
      }
    }
    return null;
  }

  /** A proper noun the tagger reads as a person's name. */
  private static boolean person(SentenceGraph g, int t) {
    return g.token(t).isProperNoun() && "PERSON".equals(g.token(t).ner());
  }

  private static String key(SentenceGraph g, int t) {
    return g.token(t).word().toLowerCase(Locale.ROOT);
  }
}
