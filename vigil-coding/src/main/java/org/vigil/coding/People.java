package org.vigil.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vigil.coding.dictionary.ActorDictionary;
import org.vigil.coding.dictionary.ActorDictionary.Match;
import org.vigil.coding.dictionary.ActorEntry;
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
 * not people, or from fuzzy or inferred readings. Round 12 adds titles the dictionaries cannot
 * place ({@link #titled}), people of sentences the triage left unparsed ({@link #rememberUnparsed})
 * and the person a "he"/"she" means ({@link #recent}). Per article; not thread-safe.
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
        if (m == null || m.fuzzy()) {
          // "Democratic Representative X", "X, a political analyst": the title's reading (round 12)
          Mention own = titled(g, actors, t, parties);
          own = own != null ? own : affiliation(g, actors, t, parties);
          m = own != null ? own : m;
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
    return resolve(g, actors, token, null);
  }

  /**
   * As above; with {@code parties} (or null), a commentator of no named country is the article's
   * ({@link #titled}).
   */
  Mention resolve(SentenceGraph g, ActorResolver actors, int token, ArticleParties parties) {
    if (!person(g, token)) {
      return null;
    }
    Mention own = titled(g, actors, token, parties);
    if (own == null) {
      own = affiliation(g, actors, token, null);
    }
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

  /** Adjectives of the two parties of the United States' Congress: "Democratic Representative X". */
  private static final Set<String> US_PARTIES = Set.of("democratic", "democrat", "republican");
  /** Titles of a member of Congress (as the tokenizer leaves the abbreviations). */
  private static final Set<String> CONGRESS_TITLES = Set.of("representative", "rep.", "senator", "sen.",
      "congressman", "congresswoman", "lawmaker", "legislator");
  /** Appositive heads of a commentator, of the article's country when the phrase names no other. */
  private static final Set<String> COMMENTATORS = Set.of("expert", "analyst", "researcher", "commentator",
      "observer", "scholar");
  /** Relations of a name's title words: "Democratic Representative", "former Turkish ambassador". */
  private static final Set<String> TITLE_RELATIONS = Set.of("compound", "amod", "flat");

  /**
   * A person's reading from a title the dictionaries cannot give a country (issue 11, round 12):
   * a party of the US Congress with a legislator's title, on the name or in an appositive
   * ("Democratic Representative X", "X, a Republican senator") is {@code USALEG}; an appositive
   * commentator naming no country and no affiliation ("X, a political and security expert") is
   * of the article's country ({@link ArticleParties#focus}) as a civilian, when the article has
   * one. Null otherwise: a title naming no country ("Senator X", "X, an analyst at a think tank
   * the dictionaries do not know") gets no guess.
   */
  static Mention titled(SentenceGraph g, ActorResolver actors, int person, ArticleParties parties) {
    if (congress(g, titleWords(g, person, new ArrayList<>(), 0))) {
      return reading(g, person, "USALEG", "USA", "LEG", "party-title:");
    }
    for (int a : g.childrenExact(person, "appos")) {
      List<Integer> words = titleWords(g, a, new ArrayList<>(List.of(a)), 0);
      if (congress(g, words)) {
        return reading(g, person, "USALEG", "USA", "LEG", "party-title:");
      }
      if (parties != null && COMMENTATORS.contains(g.lemma(a)) && parties.focus() != null
          && !affiliated(g, a) && !affiliated(g, person) && namesNoOne(g, actors, words)) {
        return reading(g, person, parties.focus() + "CVL", parties.focus(), "CVL", "commentator:",
            ArticleParties.INFERRED + parties.focus());
      }
    }
    return null;
  }

  /** The words that modify {@code t} as a title does, collected into {@code out}. */
  private static List<Integer> titleWords(SentenceGraph g, int t, List<Integer> out, int depth) {
    for (Dependency d : g.children(t)) {
      if (depth < 3 && TITLE_RELATIONS.contains(d.relation()) && !out.contains(d.dependent())) {
        out.add(d.dependent());
        titleWords(g, d.dependent(), out, depth + 1);
      }
    }
    return out;
  }

  /** Whether the words hold a party of Congress and a legislator's title. */
  private static boolean congress(SentenceGraph g, List<Integer> words) {
    boolean party = false;
    boolean title = false;
    for (int w : words) {
      String word = key(g, w);
      party |= US_PARTIES.contains(word);
      title |= CONGRESS_TITLES.contains(word);
    }
    return party && title;
  }

  /** Whether the token has an "of"/"from"/"at"/"for"/"with" phrase: an affiliation, known or not. */
  private static boolean affiliated(SentenceGraph g, int t) {
    return g.children(t).stream().anyMatch(d -> AFFILIATIONS.contains(d.relation()));
  }

  /** Whether none of the words is a proper noun or a dictionary name (a country, a group). */
  private static boolean namesNoOne(SentenceGraph g, ActorResolver actors, List<Integer> words) {
    for (int w : words) {
      if (g.token(w).isProperNoun() || actors.matchAt(w) != null
          && actors.matchAt(w).hits().stream().anyMatch(h -> h.entry() != null)) {
        return false;
      }
    }
    return true;
  }

  /** A one-word reading of {@code person}: its entry names how it was read, then any {@code more} entries. */
  private static Mention reading(SentenceGraph g, int person, String code, String country, String sector,
      String entry, String... more) {
    List<String> entries = new ArrayList<>(List.of(entry + g.token(person).word()));
    entries.addAll(List.of(more));
    return new Mention(person, person, person + 1, code, country, sector, country, List.of(),
        List.copyOf(entries), false, false);
  }

  /**
   * Remembers the people of a sentence the triage left unparsed (round 12), from what it has:
   * the CRF's PERSON tags and the dictionaries' names. A name run takes the reading of the title
   * right before it ("former Turkish ambassador X") or of an appositive between commas right after
   * it ("X, professor of law at the University of Y,"), when that stretch names exactly one country
   * (or one international organisation) or is a party of Congress with a legislator's title. A
   * name the dictionaries know, or one already remembered, keeps its reading.
   */
  void rememberUnparsed(SentenceGraph g, ActorResolver actors) {
    for (int b = 0; b < g.size(); ) {
      if (!person(g, b)) {
        b++;
        continue;
      }
      int e = b;
      while (e < g.size() && person(g, e)) {
        e++;
      }
      if (!byName.containsKey(key(g, e - 1)) && !knownPerson(actors, b, e)) {
        Mention m = stretch(g, actors, e - 1, titleBefore(g, b), b, "title:");
        if (m == null) {
          int[] appos = appositiveAfter(g, e);
          m = appos == null ? null : stretch(g, actors, e - 1, appos[0], appos[1], "appositive:");
        }
        if (m != null) {
          byName.put(key(g, e - 1), m);
        }
      }
      b = e;
    }
  }

  /** Whether a dictionary name of a person covers part of the run. */
  private static boolean knownPerson(ActorResolver actors, int b, int e) {
    for (int t = b; t < e; t++) {
      Match m = actors.matchAt(t);
      if (m != null && m.hits().stream().anyMatch(h -> h.entry() instanceof ActorEntry.Person)) {
        return true;
      }
    }
    return false;
  }

  /** The first token of the adjectives and nouns right before a name (at most 5), or the name's. */
  private static int titleBefore(SentenceGraph g, int name) {
    int t = name;
    while (t > 0 && name - t < 5 && (g.token(t - 1).pos().startsWith("JJ") || g.token(t - 1).pos().startsWith("NN"))
        && !"PERSON".equals(g.token(t - 1).ner())) {
      t--;
    }
    return t;
  }

  /**
   * The stretch of an appositive after a name, {@code [begin, end)}: from after a comma to the next
   * comma or the sentence's end, without a verb (a clause is no appositive); null when none.
   */
  private static int[] appositiveAfter(SentenceGraph g, int after) {
    if (after >= g.size() || !g.token(after).word().equals(",")) {
      return null;
    }
    int t = after + 1;
    while (t < g.size() && t - after <= 15 && !g.token(t).word().equals(",") && !g.token(t).pos().equals(".")) {
      String pos = g.token(t).pos();
      if (pos.startsWith("VB") && !pos.equals("VBN") || pos.equals("MD") || pos.startsWith("W")) {
        return null;
      }
      t++;
    }
    return t - after > 15 || t == after + 1 ? null : new int[] {after + 1, t};
  }

  /** The reading of a title or appositive stretch for the name ending at {@code person}, or null. */
  private static Mention stretch(SentenceGraph g, ActorResolver actors, int person, int begin, int end, String entry) {
    if (begin >= end) {
      return null;
    }
    List<Integer> words = new ArrayList<>();
    for (int t = begin; t < end; t++) {
      words.add(t);
    }
    if (congress(g, words)) {
      return reading(g, person, "USALEG", "USA", "LEG", "party-title:");
    }
    Set<String> countries = new java.util.TreeSet<>();
    String igo = null;
    String sector = null;
    for (Match m : actors.matches()) {
      if (m.begin() < begin || m.end() > end || m.fuzzy()) {
        continue;
      }
      for (ActorDictionary.Hit h : m.hits()) {
        if (h.sector() != null) {
          sector = sector == null ? h.sector().code() : sector;
        } else if (h.entry() instanceof ActorEntry.Country c) {
          countries.add(c.code());
        } else if (h.entry() instanceof ActorEntry.Group gr && !gr.countries().isEmpty() && !gr.ignore()) {
          countries.add(gr.countries().get(0));
        } else if (h.entry() instanceof ActorEntry.Organisation o && o.code().startsWith("IGO")) {
          igo = igo == null ? o.code() : igo;
        }
      }
    }
    if (countries.size() == 1) {
      String c = countries.iterator().next();
      return reading(g, person, sector == null ? c : c + sector, c, sector, entry);
    }
    if (countries.isEmpty() && igo != null) {
      return new Mention(person, person, person + 1, igo, null, "IGO", igo, List.of(),
          List.of(entry + g.token(person).word()), false, false);
    }
    return null;
  }

  /** The names of the people the most recent sentence that named any named, by surname; and where it was. */
  private List<String> lastNamed = List.of();
  private int lastNamedAt = -10;
  private int sentences;

  /**
   * Notes the people a sentence names (CRF PERSON runs, by their last word), parsed or not, in
   * article order, for {@link #recent}. Call once per sentence, after coding it.
   */
  void saw(SentenceGraph g, ActorResolver actors) {
    List<String> names = new ArrayList<>();
    for (int t = 0; t < g.size(); t++) {
      if (person(g, t) && (t + 1 == g.size() || !person(g, t + 1)) && !names.contains(key(g, t))) {
        names.add(key(g, t));
      }
    }
    for (Match m : actors.matches()) {
      // a name the dictionaries know is a candidate too, tagged or not ("Trump met her")
      if (m.hits().stream().anyMatch(h -> h.entry() instanceof ActorEntry.Person) && !names.contains(key(g, m.end() - 1))) {
        names.add(key(g, m.end() - 1));
      }
    }
    if (!names.isEmpty()) {
      lastNamed = names;
      lastNamedAt = sentences;
    }
    sentences++;
  }

  /** Counts a sentence that names no one for {@link #recent} (a teaser). */
  void skip() {
    sentences++;
  }

  /**
   * The person a "he" or "she" of the sentence being coded most likely means (round 12): the one
   * person named by the most recent sentence that named people, at most two sentences back, when
   * that person was coded. Null when that sentence named two people or more (two candidates: no
   * guess; gender is not read from first names), or the person has no code.
   */
  Mention recent() {
    if (lastNamed.size() != 1 || sentences - lastNamedAt > 2) {
      return null;
    }
    Mention m = byName.get(lastNamed.get(0));
    if (m == null) {
      return null;
    }
    List<String> entries = new ArrayList<>(m.entries());
    entries.add("recent-person:" + lastNamed.get(0));
    return new Mention(m.head(), m.begin(), m.end(), m.code(), m.country(), m.sector(), m.name(), m.members(),
        entries, m.fuzzy(), false);
  }

  /** A proper noun the tagger reads as a person's name. */
  private static boolean person(SentenceGraph g, int t) {
    return g.token(t).isProperNoun() && "PERSON".equals(g.token(t).ner());
  }

  private static String key(SentenceGraph g, int t) {
    return g.token(t).word().toLowerCase(Locale.ROOT);
  }
}
