package org.vigil.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vigil.core.text.Dependency;

/**
 * The article's model of the parties it names, and the country it is about (issue 11, round 6).
 * News names a country's institutions once with the country ("Botswana's wildlife ministry",
 * "Pakistani security forces") and then without it: "the ministry said", "officials said",
 * "authorities arrested", "security sources told reporters". A careful coder gives those the
 * country the article is about. This class counts, over the whole article before it is coded,
 * the countries of the actors each sentence names (by the dictionaries, not by inference) and
 * calls one the article's focus when it was named at least {@link #MIN_MENTIONS} times and at
 * least twice as often as any other.
 *
 * <p>A phrase of a state's institutions ({@link #STATE_SECTORS}: "the government", "the ministry",
 * "officials", "authorities", "the military", "police", "prosecutors", "lawmakers") that names no
 * country of its own, no owner ("its ministry", "the company's officials"), no place or body it
 * belongs to ("officials in the region") and is not marked as someone else's ("foreign
 * officials", "other governments") takes the focus country. The mention carries {@code
 * inferred:article-country:C}, so the event's confidence pays for the inference and an analyst
 * can tell it from a named actor; a place named by the event's own clause still overrides it (see
 * {@link EventAssembler}). With no clear focus nothing is inferred. Per article; not thread-safe.
 */
final class ArticleParties {
  /** The entry prefix of an actor given the article's country. */
  static final String INFERRED = "inferred:article-country:";
  /** How often a country must have been named before it is the article's focus. */
  static final int MIN_MENTIONS = 2;
  /** Sectors of a state's own institutions, whose unnamed members are the article's country's. */
  static final Set<String> STATE_SECTORS = Set.of("GOV", "MIL", "COP", "JUD", "LEG", "SPY");
  /** Modifiers that make the institutions someone else's than the article's country. */
  private static final Set<String> OTHERS = Set.of("foreign", "other", "western", "international", "global",
      "world", "regional", "rival", "opposing", "enemy", "allied", "overseas", "outside", "neighboring",
      "neighbouring", "former", "exiled", "de", "facto");
  /** Possessors that are the article's country itself: "the country's president". */
  private static final Set<String> SELF = Set.of("country", "nation", "state", "kingdom", "republic");
  /** Determiners of a phrase that is not the article's own institution: "another government". */
  private static final Set<String> OTHER_DETERMINERS = Set.of("another", "other", "no", "any", "each", "every",
      "either", "neither");

  private final Map<String, Integer> named = new HashMap<>();

  /** Counts the countries of the actors a sentence names. */
  void remember(List<Mention> mentions) {
    for (Mention m : mentions) {
      if (m.country() != null && !m.ignored() && !m.fuzzy()
          && m.entries().stream().noneMatch(e -> e.startsWith("inferred:"))) {
        named.merge(m.country(), 1, Integer::sum);
      }
    }
  }

  /** The country the article is about so far, or null when none stands out. */
  String focus() {
    String top = null;
    int first = 0;
    int second = 0;
    for (Map.Entry<String, Integer> e : named.entrySet()) {
      int n = e.getValue();
      if (n > first || (n == first && top != null && e.getKey().compareTo(top) < 0)) {
        second = Math.max(second, first);
        first = n;
        top = e.getKey();
      } else if (n > second) {
        second = n;
      }
    }
    return first >= MIN_MENTIONS && first >= 2 * second ? top : null;
  }

  /**
   * The institution of the focus country the phrase headed by {@code token} stands for ("the
   * ministry", "officials"), or null when it is no such phrase or the article has no focus.
   */
  Mention resolve(SentenceGraph g, ActorResolver actors, int token) {
    if (g.token(token).isPronoun()) {
      return null;
    }
    Mention sector = actors.sectorOnly(token);
    if (sector == null || !STATE_SECTORS.contains(sector.sector())) {
      return null;
    }
    int head = sector.head();
    if (g.token(head).isProperNoun() || !g.token(head).pos().startsWith("NN") || !ownInstitution(g, head)) {
      return null;
    }
    String focus = focus();
    if (focus == null) {
      return null;
    }
    List<String> entries = new ArrayList<>(sector.entries());
    entries.add(INFERRED + focus);
    return new Mention(head, sector.begin(), sector.end(), focus + sector.sector(), focus, sector.sector(), focus,
        List.of(), List.copyOf(entries), false, false);
  }

  /** Whether nothing in the phrase ties it to someone else than the article's country. */
  private static boolean ownInstitution(SentenceGraph g, int head) {
    for (Dependency d : g.children(head)) {
      String rel = d.relation();
      int c = d.dependent();
      String lemma = g.token(c).lemma().toLowerCase(Locale.ROOT);
      if (rel.equals("nmod:poss")) {
        // "the country's president" is the article's; "its ministry", "the company's officials" are not
        if (!SELF.contains(lemma) || g.childrenExact(c, "det").isEmpty()) {
          return false;
        }
      } else if (rel.startsWith("nmod:")) {
        // "officials in the region", "officials of the company"
        return false;
      } else if (rel.equals("amod") || rel.equals("compound")) {
        if (OTHERS.contains(lemma) || g.token(c).isProperNoun()
            || Character.isUpperCase(g.token(c).word().charAt(0)) && c > 0) {
          return false;
        }
      } else if (rel.equals("det") && OTHER_DETERMINERS.contains(lemma)) {
        return false;
      }
    }
    return true;
  }
}
