package org.vigil.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigil.coding.dictionary.ActorDictionary;
import org.vigil.coding.dictionary.ActorDictionary.Hit;
import org.vigil.coding.dictionary.ActorDictionary.Match;
import org.vigil.coding.dictionary.ActorDictionary.NameKind;
import org.vigil.coding.dictionary.ActorEntry;
import org.vigil.core.text.Dependency;

/**
 * Resolves the noun phrase headed by a token to an actor: the head and its modifiers (compound,
 * adjective, possessive, flat names) are looked up in the dictionary, and the best reading wins:
 * a person in office, then a group, an organisation, a country; a sector noun or role adds the
 * sector ("Afghan security personnel" is AFGCOP, "Russia's ambassador" RUSGOV). Per sentence; not
 * thread-safe.
 *
 * <p>Over 500 lines on purpose: the readings of one phrase (its head, quantity and role heads, its
 * modifiers, the agents PETRARCH compounds) compete for the same match table and are ranked
 * against each other in one place; split apart, each would need the others' state.
 */
final class ActorResolver {
  /** Heads that stand for a part of what follows "of": "hundreds of soldiers", "one of the chiefs". */
  private static final Set<String> QUANTITY_HEADS = Set.of(
      "hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "million", "millions", "score", "scores",
      "some", "many", "several", "most", "all", "none", "few", "number", "group", "groups", "member", "members",
      "part", "majority", "minority", "contingent", "one", "two", "three", "four", "five", "six", "seven", "eight",
      "nine", "ten", "rest", "bulk", "handful", "each", "any", "both", "either", "batch", "wave", "unit", "units",
      "delegation", "team", "column", "convoy", "band", "squad", "detachment", "half", "third", "quarter",
      "fifth", "tenth", "percent", "portion", "proportion", "share", "remnant", "remnants");
  /** Role heads that take their country from an "of" phrase: "the head of X's security service". */
  private static final Set<String> OF_HEADS = Set.of(
      "head", "chief", "leader", "president", "minister", "ministry", "government", "secretary", "spokesman",
      "spokeswoman", "spokesperson", "commander", "director", "chairman", "chair", "prime", "king", "ruler",
      "army", "forces", "troops", "embassy", "ambassador", "envoy", "representative", "official", "officials",
      "people", "citizens", "residents", "security", "police", "parliament", "council", "committee", "service",
      "services", "agency", "office", "department", "foreign", "defence", "defense", "interior", "navy",
      "military", "authorities", "administration", "cabinet", "regime", "opposition", "member", "members");
  /** Heads that name an actor by its relation to another: "Israel's ally" is not Israel. */
  private static final Set<String> RELATIONAL_HEADS = Set.of(
      "ally", "allies", "proxy", "proxies", "partner", "partners", "enemy", "enemies", "foe", "foes", "rival",
      "rivals", "opponent", "opponents", "adversary", "adversaries", "neighbour", "neighbours", "neighbor", "neighbors");
  /** Modifiers through which a name gives a phrase its country ("Israel's", "US", "American"). */
  private static final Set<String> NAMING_MODIFIERS = Set.of("nmod:poss", "compound", "amod");
  private static final Set<String> PHRASE_RELATIONS = Set.of(
      "compound", "amod", "nmod:poss", "flat", "flat:name", "compound:prt", "appos", "obl:npmod", "nmod:npmod");

  private final SentenceGraph graph;
  private final List<Match> matches;
  private final int[] matchAt;
  private final LocalDate date;
  private final boolean sideReadings;
  private final boolean petrarchAgents;

  ActorResolver(SentenceGraph graph, ActorDictionary dictionary, LocalDate date) {
    this(graph, dictionary, date, true);
  }

  /**
   * A resolver; {@code sideReadings} turns on Vigil's readings of relational heads ("Israel's
   * ally" is not Israel) and of allegiance ("troops loyal to the president"), which PETRARCH's
   * dictionaries do not expect.
   */
  ActorResolver(SentenceGraph graph, ActorDictionary dictionary, LocalDate date, boolean sideReadings) {
    this(graph, dictionary, date, sideReadings, false);
  }

  /**
   * A resolver; {@code petrarchAgents} compounds agents as PETRARCH does
   * ({@link org.vigil.coding.dictionary.Dialect#compoundsAgents()}).
   */
  ActorResolver(SentenceGraph graph, ActorDictionary dictionary, LocalDate date, boolean sideReadings,
      boolean petrarchAgents) {
    this.sideReadings = sideReadings;
    this.petrarchAgents = petrarchAgents;
    this.graph = graph;
    this.matches = dictionary.match(graph.sentence.tokens(), !petrarchAgents);
    this.date = date;
    this.matchAt = new int[graph.size()];
    java.util.Arrays.fill(matchAt, -1);
    for (int m = 0; m < matches.size(); m++) {
      for (int t = matches.get(m).begin(); t < matches.get(m).end(); t++) {
        matchAt[t] = m;
      }
    }
  }

  List<Match> matches() {
    return matches;
  }

  /** The dictionary match covering the token, or null. */
  /**
   * Whether a one-word name stands in a list of places, coordinated with a word the NER reads as a
   * place ("the towns of Bocaranga and Bazoum"): there it is a town that shares an office holder's
   * surname. The NER, reading one word, often gives such a town a person's class.
   */
  private boolean amongPlaces(Match match) {
    if (match.end() - match.begin() != 1) {
      return false;
    }
    int t = match.begin();
    for (Dependency d : graph.parents(t)) {
      if (d.relation().startsWith("conj") && ActorDictionary.isPlaceTag(graph.token(d.governor()).ner())) {
        return true;
      }
    }
    for (Dependency d : graph.children(t)) {
      if (d.relation().startsWith("conj") && ActorDictionary.isPlaceTag(graph.token(d.dependent()).ner())) {
        return true;
      }
    }
    return false;
  }

  Match matchAt(int token) {
    return matchAt[token] < 0 ? null : matches.get(matchAt[token]);
  }

  /** Follows "hundreds of X" and "one of X" down to X. */
  int realHead(int token) {
    int cur = token;
    for (int guard = 0; guard < 4; guard++) {
      String lemma = graph.lemma(cur);
      if (!QUANTITY_HEADS.contains(lemma) && !graph.token(cur).pos().equals("CD")) {
        return cur;
      }
      if (matchAt(cur) != null && matchAt(cur).hits().stream().anyMatch(h -> h.kind().isProperName())) {
        return cur;
      }
      List<Integer> of = graph.childrenExact(cur, "nmod:of");
      if (of.isEmpty()) {
        return cur;
      }
      cur = of.get(0);
    }
    return cur;
  }

  /**
   * Heads of a state's representatives at an organisation: "Iran's U.N. ambassador", "the British
   * EU envoy" speak for the state, not for the body (round 12).
   */
  static final Set<String> REPRESENTATIVES = Set.of(
      "ambassador", "ambassadors", "envoy", "envoys", "representative", "representatives", "delegate", "delegates",
      "delegation", "mission");
  /** Adjectives that tie an armed or political group to a side: "troops loyal to the president". */
  private static final Set<String> ALLEGIANCE = Set.of("loyal", "allied", "faithful");
  /** Prepositions whose object tells where a sector actor is from: "rebels in the Ivory Coast". */
  private static final Set<String> PLACE_OF_ACTOR = Set.of(
      "nmod:in", "nmod:from", "nmod:of", "nmod:throughout", "nmod:across", "nmod:inside", "nmod:within");

  /** Resolves the phrase headed by the token, or returns null when no actor is named. */
  Mention resolve(int token) {
    return resolve(token, 0);
  }

  private Mention resolve(int token, int depth) {
    Mention m = resolveHere(token);
    if (m != null && (m.country() != null || m.code().startsWith("IGO") || m.ignored()) || depth > 1) {
      return m;
    }
    int head = realHead(token);
    String sector = m != null ? m.sector() : sectorOf(head);
    if (sector == null) {
      return m;
    }
    // "rebels in the Ivory Coast", "doctors from two American aid groups": where the actor is from.
    for (Dependency d : graph.children(head)) {
      if (PLACE_OF_ACTOR.contains(d.relation())) {
        Mention place = resolve(d.dependent(), depth + 1);
        if (place != null && place.country() != null && !place.ignored()) {
          List<String> entries = new ArrayList<>(m == null ? List.of() : m.entries());
          entries.add("place:" + place.country());
          int begin = Math.min(m == null ? head : m.begin(), place.begin());
          int end = Math.max(m == null ? head + 1 : m.end(), place.end());
          if (petrarchAgents) {
            // "former security officials in the White House": the place's whole code, then the agents.
            String code = compose(place.code(), agentsOf(head), isFormer(head));
            return new Mention(head, begin, end, code, place.country(), suffixOf(code, place.country()),
                place.name(), List.of(), entries, place.fuzzy(), false);
          }
          return new Mention(head, begin, end, place.country() + sector, place.country(), sector,
              place.name(), List.of(), entries, place.fuzzy(), false);
        }
      }
    }
    // "forces loyal to the president", "militants allied with Gondor": the side they are loyal to.
    for (int a : sideReadings ? graph.childrenExact(head, "amod") : List.<Integer>of()) {
      if (!ALLEGIANCE.contains(graph.lemma(a))) {
        continue;
      }
      for (Dependency d : graph.children(a)) {
        if (d.relation().equals("obl:to") || d.relation().equals("obl:with")) {
          Mention side = resolve(d.dependent(), depth + 1);
          if (side != null && side.country() != null && !side.ignored()) {
            List<String> entries = new ArrayList<>(m == null ? List.of() : m.entries());
            entries.add("loyal-to:" + side.country());
            int begin = Math.min(m == null ? head : m.begin(), head);
            int end = Math.max(m == null ? head + 1 : m.end(), side.end());
            return new Mention(head, begin, end, side.country() + sector, side.country(), sector, side.name(),
                List.of(), entries, side.fuzzy(), false);
          }
        }
      }
    }
    // A role with an unknown name ("President Yoweri Museveni"): the one country the sentence names.
    if (m == null && isRole(head)) {
      String only = onlyCountry();
      if (only != null) {
        int[] span = span(phraseOf(head));
        return new Mention(head, span[0], span[1], only + sector, only, sector, only, List.of(),
            List.of("role:" + sector, "inferred:sentence-country:" + only), true, false);
      }
    }
    return m;
  }

  /** A mention of only a sector ("people", "protesters"), with no country; null when not a sector noun. */
  Mention sectorOnly(int token) {
    int head = realHead(token);
    String sector = sectorOf(head);
    if (sector == null) {
      return null;
    }
    int[] span = span(phraseOf(head));
    return new Mention(head, span[0], span[1], sector, null, sector, "", List.of(), List.of("sector:" + sector), false, false);
  }

  /**
   * A sector noun that names no actor ("students", "a senior official") as PETRARCH codes it:
   * {@code ---} plus the sector (issue 3); null when the phrase has no sector noun.
   */
  Mention unattached(int token) {
    int head = realHead(token);
    Match headMatch = matchAt(head);
    // The sector noun must head the phrase: "students", not the adjective of "official visit".
    String sector = headMatch == null ? null
        : headMatch.hits().stream().filter(h -> h.sector() != null).map(h -> h.sector().code()).findFirst().orElse(null);
    if (sector == null) {
      return null;
    }
    int[] span = span(phraseOf(head));
    return new Mention(head, span[0], span[1], "---" + sector, null, sector, "", List.of(),
        List.of("sector:" + sector), false, false);
  }

  private String sectorOf(int head) {
    BitSet phrase = phraseOf(head);
    Match headMatch = matchAt(head);
    for (Match match : matches) {
      if (!overlaps(match, phrase)) {
        continue;
      }
      for (Hit h : match.hits()) {
        if (h.sector() != null && (match == headMatch || isCompoundOfHead(match, head))) {
          return armed(head, h.sector().code());
        }
      }
    }
    return null;
  }

  /**
   * "armed youth", "armed settlers", "armed herders": civilians written as bearing arms are armed
   * men of no stated allegiance (UAF, as sectors.txt codes "armed men"; issue 11, round 14: ACLED
   * files them as militias, whose violence is no riot). Vigil's readings only.
   */
  private String armed(int head, String sector) {
    if (sideReadings && Riots.CIVILIANS.contains(sector)
        && graph.childrenExact(head, "amod").stream().anyMatch(a -> graph.token(a).word().equalsIgnoreCase("armed"))) {
      return "UAF";
    }
    return sector;
  }

  private boolean isRole(int head) {
    BitSet phrase = phraseOf(head);
    for (Match match : matches) {
      if (overlaps(match, phrase)) {
        for (Hit h : match.hits()) {
          if (h.kind() == NameKind.ROLE) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The country when the sentence names exactly one, else null. */
  private String onlyCountry() {
    String found = null;
    for (Match match : matches) {
      for (Hit h : match.hits()) {
        if (h.entry() instanceof ActorEntry.Country c) {
          if (found != null && !found.equals(c.code())) {
            return null;
          }
          found = c.code();
        }
      }
    }
    return found;
  }

  private BitSet phraseOf(int head) {
    BitSet phrase = new BitSet();
    collect(head, phrase, 0);
    return phrase;
  }

  private Mention resolveHere(int token) {
    int head = realHead(token);
    BitSet phrase = new BitSet();
    collect(head, phrase, 0);
    // "the head of Kyrgyzstan's committee": a role head takes its country from "of".
    if (OF_HEADS.contains(graph.lemma(head))) {
      for (int of : graph.childrenExact(head, "nmod:of")) {
        collect(of, phrase, 0);
      }
    }
    Match headMatch = matchAt(head);
    Hit person = null;
    Hit group = null;
    Hit org = null;
    Match orgMatch = null;
    Hit country = null;
    Match countryMatch = null;
    Hit sector = null;
    boolean fuzzy = false;
    boolean headIsCountryName = false;
    boolean headIsCapital = false;
    List<String> entries = new ArrayList<>();
    for (int m = 0; m < matches.size(); m++) {
      Match match = matches.get(m);
      if (!overlaps(match, phrase)) {
        continue;
      }
      boolean coversHead = match == headMatch;
      for (Hit h : match.hits()) {
        if (h.sector() != null) {
          // A sector word is the actor's sector only when it heads the phrase or modifies the head
          // as a compound ("security personnel", "army chief").
          if (sector == null && (coversHead || isCompoundOfHead(match, head))) {
            sector = h;
            entries.add(h.label());
          }
          continue;
        }
        switch (h.entry()) {
          case ActorEntry.Person p -> {
            if (person == null && !(h.isSurname() && amongPlaces(match))) {
              person = h;
              fuzzy |= match.fuzzy();
            }
          }
          case ActorEntry.Group g -> {
            if (group == null && g.valid().contains(date)) {
              group = h;
              fuzzy |= match.fuzzy();
            }
          }
          case ActorEntry.Organisation o -> {
            if (org == null) {
              org = h;
              orgMatch = match;
              fuzzy |= match.fuzzy();
            }
          }
          case ActorEntry.Country c -> {
            if (country == null || coversHead) {
              country = h;
              countryMatch = match;
              fuzzy |= match.fuzzy();
              headIsCountryName = coversHead && (h.kind() == NameKind.NAME || h.kind() == NameKind.ALIAS);
              headIsCapital = coversHead && (h.kind() == NameKind.CAPITAL || h.kind() == NameKind.METONYM);
            }
          }
        }
      }
    }
    int[] span = span(phrase);
    String sectorCode = sector == null ? null : armed(head, sector.sector().code());
    if (person != null) {
      ActorEntry.Person p = (ActorEntry.Person) person.entry();
      entries.add(0, person.label());
      ActorEntry.Role role = p.roleOn(date);
      ActorEntry.Role titled = role == null && !isFormer(head) ? titled(p, phrase) : null;
      String code;
      if (role != null) {
        code = role.code();
      } else if (titled != null) {
        // out of office on the article's date but named by the office ("Egyptian President Mohamed
        // Morsi was ousted in 2013"): the text speaks of the time they held it (round 16)
        code = titled.code();
      } else {
        ActorEntry.Role nearest = nearestRole(p);
        if (nearest == null) {
          return null;
        }
        // Out of office on the date: still of that country; former office holders are elites.
        boolean former = nearest.range().to() != null && date.isAfter(nearest.range().to());
        code = nearest.code().substring(0, 3) + (former ? "ELI" : nearest.code().substring(3));
      }
      if (petrarchAgents) {
        code = compose(code, agentsOf(head), isFormer(head));
      } else if (code.length() == 3 && sectorCode != null) {
        // A dated entry whose code on the day is a bare country ("Georgian demonstrators": PETRARCH's
        // GEORGIA [USRGEO <911226] [GEO]) takes the phrase's sector as a country does (issue 3).
        code = code + sectorCode;
      }
      boolean igo = code.startsWith("IGO");
      String c = igo ? null : code.substring(0, 3);
      String s = igo ? "IGO" : code.length() >= 6 ? code.substring(3, 6) : null;
      return new Mention(head, span[0], span[1], code, c, s, p.name(), List.of(), entries, fuzzy, false);
    }
    if (group != null) {
      ActorEntry.Group g = (ActorEntry.Group) group.entry();
      entries.add(0, group.label());
      String c = g.countries().isEmpty() ? null : g.countries().get(0);
      if (petrarchAgents && !g.ignore()) {
        String code = compose(g.code(), agentsOf(head), isFormer(head));
        return new Mention(head, span[0], span[1], code, c, c == null ? g.sector() : suffixOf(code, c), g.name(),
            List.of(), entries, fuzzy, false);
      }
      return new Mention(head, span[0], span[1], g.code(), c, g.sector(), g.name(), List.of(), entries, fuzzy, g.ignore());
    }
    if (org != null && representsCountry((ActorEntry.Organisation) org.entry(), orgMatch, countryMatch, head)) {
      // "Iran's U.N. ambassador", "the British U.N. envoy": the state's diplomat at the body (round 12)
      ActorEntry.Country c = (ActorEntry.Country) country.entry();
      entries.add(0, country.label());
      return new Mention(head, span[0], span[1], c.code() + "GOV", c.code(), "GOV", c.name(), List.of(), entries,
          fuzzy, false);
    }
    if (org != null) {
      ActorEntry.Organisation o = (ActorEntry.Organisation) org.entry();
      entries.add(0, org.label());
      String s = sectorCode != null ? sectorCode : o.sector();
      if (petrarchAgents) {
        String code = compose(o.code(), agentsOf(head), isFormer(head));
        return new Mention(head, span[0], span[1], code, null, s, o.name(), o.membersOn(date), entries, fuzzy, false);
      }
      return new Mention(head, span[0], span[1], o.code(), null, s, o.name(), o.membersOn(date), entries, fuzzy, false);
    }
    if (country != null) {
      ActorEntry.Country c = (ActorEntry.Country) country.entry();
      entries.add(0, country.label());
      String s = sectorCode;
      if (s == null && headIsCapital) {
        s = "GOV";
      } else if (s == null && !headIsCountryName && country.kind() == NameKind.DEMONYM) {
        s = "CVL";
      } else if (s == null && !headIsCountryName && country.kind() == NameKind.ADJECTIVE
          && !graph.token(head).isProperNoun()) {
        // "Afghan officials" with an unknown head noun: the country, no sector.
        s = null;
      }
      String code = s == null ? c.code() : c.code() + s;
      List<Hit> agents = petrarchAgents ? agentsOf(head) : List.of();
      boolean former = petrarchAgents && isFormer(head);
      if (!agents.isEmpty() || former) {
        code = compose(c.code(), agents, former);
        s = suffixOf(code, c.code());
      }
      return new Mention(head, span[0], span[1], code, c.code(), s, c.name(), List.of(), entries, fuzzy, false);
    }
    return null;
  }

  /**
   * Whether a phrase naming an organisation of states and a country is the country's representative
   * at the organisation: the head is a representative ({@link #REPRESENTATIVES}), the organisation
   * only modifies it, and the country is named apart from the organisation's name. Only in Vigil's
   * dialect: PETRARCH's dictionaries code the organisation.
   */
  private boolean representsCountry(ActorEntry.Organisation o, Match orgMatch, Match countryMatch, int head) {
    return !petrarchAgents && countryMatch != null && countryMatch != orgMatch && o.code().startsWith("IGO")
        && REPRESENTATIVES.contains(graph.token(head).word().toLowerCase(Locale.ROOT))
        && orgMatch != matchAt(head) && countryMatch != matchAt(head);
  }

  /**
   * PETRARCH's agents of the phrase headed by {@code head}, in text order: the agent nouns that head
   * it or modify its head (directly or through a modifier of the head).
   */
  private List<Hit> agentsOf(int head) {
    BitSet phrase = phraseOf(head);
    Match headMatch = matchAt(head);
    List<Hit> out = new ArrayList<>();
    for (Match match : matches) {
      if (!overlaps(match, phrase) || !(match == headMatch || modifiesHead(match, head))) {
        continue;
      }
      for (Hit h : match.hits()) {
        if (h.sector() != null) {
          out.add(h);
          break;
        }
      }
    }
    return out;
  }

  private boolean modifiesHead(Match match, int head) {
    if (isCompoundOfHead(match, head)) {
      return true;
    }
    for (int t = match.begin(); t < match.end(); t++) {
      for (Dependency d : graph.parents(t)) {
        if ((d.relation().equals("compound") || d.relation().equals("amod")) && d.governor() >= 0) {
          for (Dependency up : graph.parents(d.governor())) {
            if (up.governor() == head && (up.relation().equals("compound") || up.relation().equals("amod"))) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  /** "former security officials": the phrase's head is modified by "former". */
  /**
   * The latest role of {@code p} whose title the phrase writes before the name ("President" of
   * "Egyptian President Mohamed Morsi", "Prime Minister"), or null; none for a former or late
   * holder ("Former President X", "the late President X": an elite).
   */
  private ActorEntry.Role titled(ActorEntry.Person p, BitSet phrase) {
    for (int i = phrase.nextSetBit(0); i >= 0; i = phrase.nextSetBit(i + 1)) {
      String w = graph.token(i).word().toLowerCase(Locale.ROOT);
      if (w.equals("former") || w.equals("ex") || w.startsWith("ex-") || w.equals("late")) {
        return null;
      }
    }
    ActorEntry.Role best = null;
    for (ActorEntry.Role r : p.roles()) {
      String first = r.title().split(" ")[0].toLowerCase(Locale.ROOT);
      for (int i = phrase.nextSetBit(0); i >= 0; i = phrase.nextSetBit(i + 1)) {
        if (graph.token(i).word().toLowerCase(Locale.ROOT).equals(first)
            && (best == null || r.range().from() != null && best.range().from() != null
                && r.range().from().isAfter(best.range().from()))) {
          best = r;
        }
      }
    }
    return best;
  }

  private boolean isFormer(int head) {
    for (int a : graph.childrenExact(head, "amod")) {
      if (graph.token(a).word().equalsIgnoreCase("former")) {
        return true;
      }
    }
    return false;
  }

  /**
   * An actor code with PETRARCH's agents: each appended unless the code already holds it, prefix
   * agents before it; a former office holder is {@code ELI} instead of the phrase's agents.
   */
  static String compose(String base, List<Hit> agents, boolean former) {
    StringBuilder prefix = new StringBuilder();
    String code = base;
    if (former) {
      return code.contains("ELI") ? code : code + "ELI";
    }
    for (Hit h : agents) {
      String a = h.sector().code();
      if (h.sector().prefix()) {
        if (!code.contains(a) && prefix.indexOf(a) < 0) {
          prefix.append(a);
        }
      } else if (!code.contains(a)) {
        code = code + a;
      }
    }
    return prefix + code;
  }

  /** What a composed code adds after the country's three letters, or null. */
  private static String suffixOf(String code, String country) {
    int at = code.indexOf(country);
    String rest = at < 0 ? "" : code.substring(at + country.length());
    return rest.isEmpty() ? null : rest;
  }

  private ActorEntry.Role nearestRole(ActorEntry.Person p) {
    ActorEntry.Role best = null;
    long bestGap = Long.MAX_VALUE;
    for (ActorEntry.Role r : p.roles()) {
      long gap;
      if (r.range().to() != null && date.isAfter(r.range().to())) {
        gap = date.toEpochDay() - r.range().to().toEpochDay();
      } else if (r.range().from() != null && date.isBefore(r.range().from())) {
        gap = r.range().from().toEpochDay() - date.toEpochDay();
      } else {
        gap = 0;
      }
      if (gap < bestGap) {
        bestGap = gap;
        best = r;
      }
    }
    return best;
  }

  private boolean isCompoundOfHead(Match match, int head) {
    for (int t = match.begin(); t < match.end(); t++) {
      for (Dependency d : graph.parents(t)) {
        if (d.governor() == head && (d.relation().equals("compound") || d.relation().equals("amod"))) {
          return true;
        }
      }
    }
    return false;
  }

  private void collect(int token, BitSet phrase, int depth) {
    if (phrase.get(token) || depth > 6) {
      return;
    }
    phrase.set(token);
    boolean relational = sideReadings && RELATIONAL_HEADS.contains(graph.lemma(token));
    for (Dependency d : graph.children(token)) {
      if (relational && NAMING_MODIFIERS.contains(d.relation())
          && Character.isUpperCase(graph.token(d.dependent()).word().charAt(0))) {
        // "Israel's militia ally", "US allies": the named country is the other party, not the actor.
        continue;
      }
      if (PHRASE_RELATIONS.contains(d.relation())) {
        collect(d.dependent(), phrase, depth + 1);
      }
    }
  }

  private static boolean overlaps(Match m, BitSet phrase) {
    for (int t = m.begin(); t < m.end(); t++) {
      if (phrase.get(t)) {
        return true;
      }
    }
    return false;
  }

  private int[] span(BitSet phrase) {
    int b = phrase.nextSetBit(0);
    int e = phrase.previousSetBit(graph.size()) + 1;
    // Extend to cover whole dictionary matches ("Collective Security Treaty Organisation").
    for (Match m : matches) {
      if (overlaps(m, phrase)) {
        b = Math.min(b, m.begin());
        e = Math.max(e, m.end());
      }
    }
    return new int[] {b, e};
  }
}
