package org.vigil.coding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.vigil.coding.dictionary.ActorDictionary;
import org.vigil.coding.dictionary.ActorEntry;
import org.vigil.coding.dictionary.CodingRules;
import org.vigil.core.text.Dependency;

/**
 * The actors of a list of argument tokens: each token's phrase through the {@link ActorResolver}
 * (a pronoun through {@link Pronouns}), one actor per code, spread over coordinated country
 * modifiers; tokens of a set-aside comma clause name none. Per sentence; not thread-safe.
 */
final class Mentions {
  private final SentenceGraph g;
  private final ActorResolver actors;
  private final Pronouns pronouns;
  private final CodingRules rules;
  /**
   * Tokens of the comma-delimited clauses PETRARCH's comma options delete ("..., a senior
   * official said on Saturday"): their actors are neither sources nor targets (issue 3). A
   * stretch with no verb ("Mordor, Rohan, Fornost and Bree") is a list, not a clause.
   */
  private final boolean[] asideClauses;
  /** Descriptions of actors named in earlier sentences ("the regional body"), or null (PETRARCH). */
  private final DefiniteReferences references;
  /** People named with their affiliation, here or earlier in the article; or null (PETRARCH). */
  private final People people;
  /** The article's parties and focus country, for institutions it names without one; or null (PETRARCH). */
  private final ArticleParties parties;

  Mentions(SentenceGraph g, ActorResolver actors, Pronouns pronouns, CodingRules rules, boolean[] asideClauses,
      DefiniteReferences references) {
    this(g, actors, pronouns, rules, asideClauses, references, null);
  }

  Mentions(SentenceGraph g, ActorResolver actors, Pronouns pronouns, CodingRules rules, boolean[] asideClauses,
      DefiniteReferences references, People people) {
    this(g, actors, pronouns, rules, asideClauses, references, people, null);
  }

  Mentions(SentenceGraph g, ActorResolver actors, Pronouns pronouns, CodingRules rules, boolean[] asideClauses,
      DefiniteReferences references, People people, ArticleParties parties) {
    this.parties = parties;
    this.people = people;
    this.g = g;
    this.actors = actors;
    this.pronouns = pronouns;
    this.rules = rules;
    this.asideClauses = asideClauses;
    this.references = references;
  }

  /**
   * Sectors of civil society whose country-less groups are coded {@code NGO} ({@link #civilSociety}):
   * rights and environment groups, the speakers of criticism. Aid groups (sector NGO) are left out:
   * "Aid groups renewed their appeal to the army to halt the bombing" would otherwise make the
   * appeal's requested act ("halt") an event of the aid groups (verb example suite, near miss).
   */
  static final Set<String> CIVIL_SOCIETY = Set.of("HRI", "ENV");

  /** The actors of the tokens, one per code, in order; {@code trigger} is the clause a pronoun is read from. */

  List<Mention> resolve(List<Integer> tokens, int trigger) {
    List<Mention> out = new ArrayList<>();
    Set<String> codes = new LinkedHashSet<>();
    for (int tok : tokens) {
      if (tok < asideClauses.length && asideClauses[tok]) {
        continue;
      }
      Mention m = g.token(tok).isPronoun() ? pronouns.resolve(tok, trigger) : actors.resolve(tok);
      if (people != null && !g.token(tok).isPronoun()) {
        // "his U.N. mission", "its delegation": the state of the one the pronoun refers to (round 15)
        Mention owner = ownerRepresented(tok, m, trigger);
        m = owner != null ? owner : m;
      }
      if (references != null && !g.token(tok).isPronoun() && (m == null || m.code().startsWith("---"))) {
        // "the three nations", "both countries": as many countries named just before (issue 11, round 7)
        List<Mention> countries = references.resolveCountries(g, tok);
        if (!countries.isEmpty()) {
          for (Mention c : countries) {
            if (codes.add(c.code())) {
              out.add(c);
            }
          }
          continue;
        }
        // "the regional body", "the separatist group": the organisation or group named before (issue 11)
        Mention referent = references.resolve(g, tok);
        if (referent != null) {
          m = referent;
        }
      }
      if ((m == null || m.fuzzy() && m.entries().stream().anyMatch(e -> e.startsWith("inferred:sentence-country:")))
          && people != null && !g.token(tok).isPronoun()) {
        // "Ahlgren, of the Nordic Council", or "Ahlgren" after such a first mention (issue 11); a
        // title's reading before the sentence's one country ("Republican Senator X", round 12)
        Mention person = people.resolve(g, actors, tok, parties);
        m = person != null ? person : m;
      }
      if (m == null && parties != null && !g.token(tok).isPronoun()) {
        // "the ministry said", "officials said": the institutions of the country the article is about (round 6)
        m = parties.resolve(g, actors, tok);
      }
      if (m == null && parties != null && !g.token(tok).isPronoun()) {
        // "international rights groups", "several environment groups": civil society of no one country (round 8)
        m = civilSociety(tok);
      }
      if (m == null && rules.dialect().unattachedSectors() && !g.token(tok).isPronoun()) {
        m = actors.unattached(tok);
      }
      List<Mention> shared = m != null && rules.distributeConjoinedModifiers() && !g.token(tok).isPronoun()
          ? sharedModifier(tok, m) : List.of();
      if (!shared.isEmpty()) {
        for (Mention d : shared) {
          if (codes.add(d.code())) {
            out.add(d);
          }
        }
        continue;
      }
      if (m != null && !m.ignored() && codes.add(m.code())) {
        out.add(m);
        // A pronoun's mention may come from an earlier sentence, whose tokens are not this graph's.
        if (rules.distributeConjoinedModifiers() && !g.token(tok).isPronoun()) {
          for (Mention d : distributed(m)) {
            if (codes.add(d.code())) {
              out.add(d);
            }
          }
        }
      }
    }
    return out;
  }

  /**
   * The state a representative owned by a pronoun speaks for ("his U.N. mission", "its delegation",
   * "their envoy"), as {@link ActorResolver#REPRESENTATIVES} with a country named in the phrase do
   * (round 12): the pronoun's referent's country and, when the referent is that state or its
   * government, its code; null when the noun is no representative, has no possessive pronoun, names
   * an actor of its own other than an organisation of states, is capitalised (a name: "the U.N.
   * Mission in South Sudan"), or the pronoun's
   * referent has no country.
   */
  private Mention ownerRepresented(int tok, Mention m, int trigger) {
    String word = g.token(tok).word();
    // "the U.N. Mission in South Sudan" is a name of its own
    if (!ActorResolver.REPRESENTATIVES.contains(word) || m != null && (m.country() != null || !m.code().startsWith("IGO"))) {
      return null;
    }
    for (int poss : g.childrenExact(tok, "nmod:poss")) {
      if (!g.token(poss).isPronoun()) {
        continue;
      }
      Mention owner = pronouns.resolve(poss, trigger);
      if (owner == null || owner.country() == null || owner.ignored()) {
        return null;
      }
      int begin = m == null ? Math.min(poss, tok) : Math.min(poss, m.begin());
      List<String> entries = new ArrayList<>(m == null ? List.of() : m.entries());
      entries.add("represents:" + owner.country());
      String code = owner.code().equals(owner.country()) ? owner.country() : owner.country() + "GOV";
      return new Mention(tok, begin, tok + 1, code, owner.country(), code.equals(owner.country()) ? null : "GOV",
          owner.name(), List.of(), entries, true, false);
    }
    return null;
  }

  /**
   * A sector noun with no country of its own, coordinated with one that has it, shares its
   * conjunct's country: "lawmakers and officials in Fornost and Gondor" are FORLEG, GONLEG,
   * FORGOV and GONGOV (the parse hangs the shared modifier on the first conjunct). Empty when
   * the token is no such noun.
   */
  private List<Mention> sharedModifier(int tok, Mention m) {
    Dependency h = g.head(tok);
    if (m.country() != null || m.sector() == null || !m.code().startsWith("---") || h == null || h.governor() < 0
        || !(h.relation().equals("conj") || h.relation().startsWith("conj:"))) {
      return List.of();
    }
    Mention first = actors.resolve(h.governor());
    if (first == null || first.country() == null || first.ignored()) {
      return List.of();
    }
    List<Mention> firsts = new ArrayList<>(List.of(first));
    firsts.addAll(distributed(first));
    List<Mention> out = new ArrayList<>();
    for (Mention f : firsts) {
      out.add(new Mention(m.head(), m.begin(), m.end(), f.country() + m.sector(), f.country(), m.sector(), f.name(),
          f.members(), f.entries(), f.fuzzy(), false));
    }
    return out;
  }

  /**
   * A phrase of civil society that names no country ("international rights groups", "several
   * environment groups") as the gold codes it: {@code NGO}, with no country and its own sector
   * (issue 11, round 8); null for any other phrase, and for a proper name.
   */
  private Mention civilSociety(int tok) {
    Mention s = actors.sectorOnly(tok);
    if (s == null || !CIVIL_SOCIETY.contains(s.sector()) || g.token(s.head()).isProperNoun()) {
      return null;
    }
    List<String> entries = new ArrayList<>(s.entries());
    entries.add("inferred:civil-society");
    return new Mention(s.head(), s.begin(), s.end(), "NGO", null, s.sector(), "", List.of(), List.copyOf(entries),
        false, false);
  }

  /** Relations by which a modifier gives a phrase its country ("US activists", "ambassadors of Arnor"). */
  private static final Set<String> COUNTRY_MODIFIERS = Set.of(
      "compound", "amod", "nmod:poss", "nmod:of", "nmod:in", "nmod:from");

  /**
   * The same actor for each conjunct of the modifier that gave it its country: "the ambassadors of
   * Arnor, Osgiliath and Gondor" are ARNGOV, OSGGOV and GONGOV (issue 3).
   */
  List<Mention> distributed(Mention m) {
    if (m.country() == null) {
      return List.of();
    }
    List<Mention> out = new ArrayList<>();
    // "The Shire" of THE_SHIRE [FRO/BIL/SAM] names three actors.
    for (int tok = m.begin(); tok < m.end(); tok++) {
      ActorDictionary.Match match = actors.matchAt(tok);
      if (match == null) {
        continue;
      }
      for (ActorDictionary.Hit h : match.hits()) {
        if (h.entry() instanceof ActorEntry.Country c && ActorEntry.Country.COMPOUND_STATUS.equals(c.status())
            && !c.code().equals(m.country())) {
          out.add(new Mention(m.head(), m.begin(), m.end(), c.code() + (m.sector() == null ? "" : m.sector()),
              c.code(), m.sector(), c.name(), List.of(), List.of(h.label()), m.fuzzy(), false));
        }
      }
    }
    for (Dependency d : g.children(m.head())) {
      if (!COUNTRY_MODIFIERS.contains(d.relation())) {
        continue;
      }
      Mention own = actors.resolve(d.dependent());
      if (own == null || !m.country().equals(own.country())) {
        continue;
      }
      for (Dependency c : g.children(d.dependent())) {
        if (!(c.relation().equals("conj") || c.relation().startsWith("conj:"))) {
          continue;
        }
        Mention other = actors.resolve(c.dependent());
        if (other != null && other.country() != null && !other.country().equals(m.country()) && !other.ignored()) {
          String code = other.country() + (m.sector() == null ? "" : m.sector());
          out.add(new Mention(m.head(), m.begin(), m.end(), code, other.country(), m.sector(), other.name(),
              List.of(), other.entries(), other.fuzzy(), false));
        }
      }
    }
    return out;
  }
}
