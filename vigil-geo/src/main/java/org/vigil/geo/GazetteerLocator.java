package org.vigil.geo;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.vigil.core.event.Locator;
import org.vigil.core.event.ActorRef;
import org.vigil.core.event.Location;
import org.vigil.core.text.AnnotatedArticle;
import org.vigil.core.text.Dependency;
import org.vigil.core.text.Sentence;

/**
 * Places an event at the place mention its clause attaches: first a place introduced by a
 * locative preposition on the trigger ({@code obl:in}, {@code obl:across}, {@code nmod:near},
 * ... — "clashed in Nahrin district", "fled across the border"), else the mention nearest to
 * the trigger in the dependency graph (without crossing into a relative, complement or
 * parenthetical clause), or in a sentence without a parse the mention nearest in the sentence;
 * null when none is left, so the coder falls back to the actors' country. Mentions that are the
 * event's own source or target ("Moscow says ...": the government, not the city), that act in
 * the sentence (a subject or possessor: "Russia said", "Russia's ambassador") and places reached
 * only through "from" (where the event did not happen: "threats from Afghanistan"; speech verbs
 * and verbs of taking excepted: "speaking from Berlin", "abducted pupils from a school in Kuriga")
 * are left out, and so are places coordinated with an actor ("a meeting in Beijing with Iran and
 * Russia"). Names that are not where the event happened give no place either (issue 11, round 5):
 * what another predicate acts on ("is warning Washington ... to meet"), a topic, an exception or an
 * agent ("beyond Ukraine", "operated by China", "peace in Europe") and the name of a war ("the
 * Russia-Ukraine war"); and a name that only modifies a word ("U.S. officials", "a Beijing-imposed
 * law") gives way to a place the clause locates something in ("talks with officials in Riyadh").
 * Coordinated places give one location whose text spans them ("Homs and Aleppo"). An
 * event whose clause names no place can take the article's scene ({@link #context}), marked
 * {@code from: context}.
 *
 * <p>Thread-safe. It keeps the place mentions of the last few articles it saw, since the coder
 * asks once per event, and resolves only the sentences asked about.
 */
public final class GazetteerLocator implements Locator {
  /** Prepositions that say where the clause happened, best first. */
  private static final List<String> AT = List.of("in", "at", "near", "across", "along", "inside", "within", "on",
      "outside", "around", "throughout", "into", "to", "toward", "towards");
  private static final Set<String> SPEECH = Set.of("speak", "say", "tell", "talk", "announce", "address", "write",
      "report", "state", "declare", "broadcast", "comment", "call", "express");
  /**
   * Verbs of taking someone or something away, whose "from" names the scene ("abducted pupils from
   * a school in Kuriga", "looted shops from"), not where the event was not.
   */
  private static final Set<String> TAKING = Set.of("abduct", "kidnap", "snatch", "seize", "steal", "loot", "rescue",
      "free", "evacuate", "grab", "hijack");
  private static final int CACHED_ARTICLES = 16;
  /** Prepositions that set a story's scene ("gathered in Charlevoix"; not "to", "into", "on": where one goes or what is hit). */
  private static final Set<String> SCENE = Set.of("in", "at", "near", "inside", "outside", "within", "throughout");
  /**
   * Nouns of a state of affairs rather than an event: a place they locate is a topic, not a scene
   * ("peace in Ukraine", "the war in Sudan", "stability in the region").
   */
  private static final Set<String> TOPIC_NOUNS = Set.of("war", "peace", "ceasefire", "truce", "conflict", "crisis",
      "situation", "stability", "instability", "security", "democracy", "rights", "interest", "interests", "role",
      "presence", "influence", "policy", "future", "tension", "tensions", "aggression", "investment", "trade");
  /**
   * Nouns of a government or an institution: a place they take with "in" says whose they are, not
   * where the story is ("discrimination by the government in Islamabad", "the authorities in
   * Kabul"), so it sets no scene.
   */
  private static final Set<String> INSTITUTION_NOUNS = Set.of("government", "authority", "authorities", "regime",
      "administration", "leadership", "rulers", "junta", "embassy", "consulate", "parliament");
  /**
   * Prepositions of a topic, an exception or an agent: the name they introduce is not where the
   * event happened ("beyond Ukraine", "talks about Syria", "operated by China").
   */
  private static final Set<String> NOT_PLACE = Set.of("beyond", "about", "regarding", "concerning", "besides",
      "despite", "than", "like", "unlike", "including", "by", "agent");
  /** How many sentences back a scene is carried to an event whose clause names no place. */
  static final int SCENE_LOOKBACK = 3;
  /** The sentences whose first scene is the article's lead scene (its main event's place). */
  static final int LEAD_SENTENCES = 2;
  /** Edges into another clause, whose places are that clause's ("Tajikistan, which has seen ..."). */
  private static final Set<String> OTHER_CLAUSE = Set.of("acl:relcl", "ccomp", "parataxis", "dep");

  private final PlaceFinder finder;
  /**
   * The place mentions of the last articles, by identity: an article is a record, and its
   * {@code hashCode} walks every token and dependency (issue 5: that cost more than the lookup).
   */
  private final ArrayDeque<Map.Entry<AnnotatedArticle, PlaceFinder.Mentions>> cache = new ArrayDeque<>();

  public GazetteerLocator(PlaceFinder finder) {
    this.finder = Objects.requireNonNull(finder, "finder");
  }

  @Override
  public Location locate(AnnotatedArticle article, Sentence sentence, int trigger, ActorRef source, ActorRef target) {
    List<PlaceMention> all = mentions(article).inSentence(sentence.index());
    Graph g = new Graph(sentence);
    List<PlaceMention> mentions = new ArrayList<>();
    List<PlaceMention> actorTowns = new ArrayList<>();
    for (PlaceMention m : all) {
      // a place the actor's phrase locates with a preposition ("positions in Marib") is where, not who
      // and one coordinated with the event's actor is another participant ("a meeting with Iran and Russia")
      // but a town or region a named side's act is done to is where it happened ("shelled the town of X")
      boolean actor = (isActor(m, source) || isActor(m, target) && !struck(m, source, target)
          || g.conjoinedWith(m, source) || g.conjoinedWith(m, target)) && !g.locatedIn(m);
      if (m.sentence() == sentence.index() && !actor && !g.onlyFrom(m) && !g.isAgent(m) && !g.notAPlace(m, trigger)
          && (seat(m) == null || g.seatScene(m, seat(m), false))) {
        mentions.add(m);
      } else if (m.sentence() == sentence.index() && isActor(m, source) && !isActor(m, target) && town(m)
          && !g.isAgent(m)) {
        actorTowns.add(m);
      }
    }
    if (mentions.isEmpty()) {
      // "Residents of X rioted": with no other place in the sentence, the town the source's phrase names
      // is nearer the event than the source's country (issue 11, round 13)
      mentions = actorTowns;
    }
    if (mentions.isEmpty()) {
      return null;
    }
    Map<Integer, PlaceMention> byToken = new HashMap<>();
    for (PlaceMention m : mentions) {
      for (int k = m.tokenBegin(); k < m.tokenEnd(); k++) {
        PlaceMention had = byToken.get(k);
        if (had == null || better(m, had)) {
          byToken.put(k, m);
        }
      }
    }
    // 1. a place the trigger itself introduces with a locative preposition
    for (String prep : AT) {
      for (Dependency d : g.children(trigger)) {
        if ((d.base().equals("obl") || d.base().equals("nmod")) && d.subtype().equals(prep)) {
          PlaceMention m = inPhrase(g, d.dependent(), byToken);
          if (m != null) {
            return located(article, sentence, trigger, m, g, byToken, 1.0);
          }
        }
      }
    }
    // 2. the mention nearest in the dependency graph
    if (!sentence.dependencies().isEmpty()) {
      PlaceMention m = nearestInGraph(g, trigger, byToken, any -> true);
      if (m != null && g.onlyModifies(m) && !g.argumentOf(m, trigger)) {
        // a name that only modifies or names something ("Beijing-imposed law", "U.S. officials") gives way
        // to a place the clause locates something in, further off ("talks with officials in Riyadh")
        PlaceMention located = nearestInGraph(g, trigger, byToken, g::locatedIn);
        if (located != null) {
          m = located;
        }
      }
      return m == null ? null : located(article, sentence, trigger, m, g, byToken, 0.85);
    }
    // 3. without a parse: the mention nearest in the sentence
    PlaceMention best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (PlaceMention m : mentions) {
      int d = m.tokenBegin() > trigger ? m.tokenBegin() - trigger : trigger - (m.tokenEnd() - 1);
      if (d < bestDistance || d == bestDistance && best != null && better(m, best)) {
        best = m;
        bestDistance = d;
      }
    }
    return located(article, sentence, trigger, best, g, byToken, 0.7);
  }

  /**
   * The scene an event inherits when its clause names no place (issue 11: the coders place the
   * events of a story where its scene was set): the nearest place introduced by a locative
   * preposition ({@link #SCENE}) elsewhere in the event's own sentence, else in the last
   * {@link #SCENE_LOOKBACK} sentences (the latest first), else the first scene of the article's
   * first {@link #LEAD_SENTENCES} sentences, else the latest scene however far back, else the first
   * scene after the event (round 9). A scene that is a whole country gives way to a more
   * precise scene of the same country among those (the story's province, named again as "in
   * Pakistan"). Places that act ("Russia said"), places reached only through "from" and
   * unresolved names set no scene. Without {@code ownSentence} the event's own sentence is left out.
   */
  @Override
  public Location context(AnnotatedArticle article, Sentence sentence, int trigger, boolean ownSentence) {
    List<Sentence> sentences = article.sentences();
    int pos = position(sentences, sentence);
    if (pos < 0) {
      return null;
    }
    PlaceFinder.Mentions mentions = mentions(article);
    List<PlaceMention> found = new ArrayList<>();
    List<Double> factors = new ArrayList<>();
    PlaceMention body = ownSentence && scenes(mentions, sentence).isEmpty()
        ? bodyNamedAgain(mentions, sentences, pos, sentence) : null;
    if (body != null) {
      add(found, factors, List.of(body), 0.6);
    }
    scenes(mentions, sentences, pos, sentence, trigger, ownSentence, found, factors);
    if (found.isEmpty()) {
      return null;
    }
    int chosen = 0;
    if (isCountry(found.get(0).place())) {
      for (int k = 1; k < found.size(); k++) {
        Place p = found.get(k).place();
        if (!isCountry(p) && p.country() != null && p.country().equals(found.get(0).place().country())) {
          chosen = k;
          break;
        }
      }
    }
    PlaceMention m = found.get(chosen);
    Place p = m.place();
    double confidence = Math.round(Math.max(0.05, m.confidence()) * factors.get(chosen) * 100) / 100.0;
    return new Location(p.name(), p.kind(), p.country(), p.admin1(), p.lat(), p.lon(), p.geonamesId(), "context",
        m.text(), confidence);
  }

  /**
   * The capital of the country {@code iso3} by the gazetteer: its country's capital name resolved
   * to a seat of government ({@code PPLC}) of that country, else its largest namesake there.
   */
  @Override
  public Location capital(String iso3, String text) {
    Gazetteer gz = finder.gazetteer();
    Country c = iso3 == null ? null : gz.country(iso3).orElse(null);
    if (c == null || c.capital().isBlank()) {
      return null;
    }
    Place best = null;
    for (Place p : gz.lookup(c.capital())) {
      if (iso3.equals(p.country()) && p.isPopulated() && (best == null || p.featureCode().equals("PPLC")
          && !best.featureCode().equals("PPLC") || p.featureCode().equals(best.featureCode())
          && p.population() > best.population())) {
        best = p;
      }
    }
    return best == null ? null : new Location(best.name(), best.kind(), best.country(), best.admin1(), best.lat(),
        best.lon(), best.geonamesId(), "context", text, 0.4);
  }

  /**
   * The scenes an event's context offers, best first, with their factors: those of its own
   * sentence (with {@code ownSentence}), nearest to the trigger first; those of the latest of the
   * {@link #SCENE_LOOKBACK} sentences before it that sets one, its last first; those of the
   * article's lead ({@link #LEAD_SENTENCES}) not already found. When none of these sets a scene
   * (issue 11, round 9), the latest earlier sentence that does, however far back (x0.35), else the
   * first sentence after the event that does (x0.3: the lead of a story that says where only later).
   */
  private static void scenes(PlaceFinder.Mentions mentions, List<Sentence> sentences, int pos, Sentence sentence,
      int trigger, boolean ownSentence, List<PlaceMention> found, List<Double> factors) {
    // the event's own sentence, nearest to the trigger first
    List<PlaceMention> own = ownSentence ? new ArrayList<>(scenes(mentions, sentence)) : new ArrayList<>();
    own.sort(java.util.Comparator.comparingInt(m -> distance(m, trigger)));
    add(found, factors, own, 0.6);
    // the latest earlier sentence that sets a scene, its last scene first
    for (int i = pos - 1; i >= 0 && i >= pos - SCENE_LOOKBACK; i--) {
      List<PlaceMention> earlier = new ArrayList<>(scenes(mentions, sentences.get(i)));
      if (!earlier.isEmpty()) {
        java.util.Collections.reverse(earlier);
        add(found, factors, earlier, 0.5);
        break;
      }
    }
    // the article's lead scene: carried when nothing nearer sets one, and the story's precise place
    // when a nearer scene only names its country
    for (int i = 0; i < LEAD_SENTENCES && i < sentences.size() && i < pos; i++) {
      List<PlaceMention> lead = new ArrayList<>(scenes(mentions, sentences.get(i)));
      lead.removeIf(m -> found.stream().anyMatch(f -> f == m));
      if (!lead.isEmpty()) {
        add(found, factors, lead, 0.4);
        break;
      }
    }
    // the story's scene carried however far (issue 11, round 9): the latest earlier sentence that sets one
    if (found.isEmpty()) {
      for (int i = pos - SCENE_LOOKBACK - 1; i >= 0; i--) {
        List<PlaceMention> earlier = new ArrayList<>(scenes(mentions, sentences.get(i)));
        if (!earlier.isEmpty()) {
          java.util.Collections.reverse(earlier);
          add(found, factors, earlier, 0.35);
          break;
        }
      }
    }
    // an event told before the story says where (the lead of a story whose scene comes later): the first scene after it
    if (found.isEmpty()) {
      for (int i = pos + 1; i < sentences.size(); i++) {
        List<PlaceMention> later = new ArrayList<>(scenes(mentions, sentences.get(i)));
        if (!later.isEmpty()) {
          add(found, factors, later, 0.3);
          break;
        }
      }
    }
  }

  /** Nouns that name a body again without its name ("the council", "the assembly"), matched to its name's last word. */
  static final Set<String> BODY_NOUNS = Set.of("council", "assembly");
  /** Nouns that name a body's sitting again ("the meeting", "this chamber"), matched to any body that met earlier. */
  static final Set<String> SITTING_NOUNS = Set.of("meeting", "session", "debate", "briefing", "sitting", "chamber",
      "consultations");
  /** Words that make a noun a reference to one already named ("the council", "this chamber", "Wednesday's meeting"). */
  private static final Set<String> DEFINITE = Set.of("the", "this", "that", "'s", "’s");

  /**
   * A body with a seat ({@link Seats}: the Security Council, the General Assembly) that an earlier
   * sentence of the article set as a scene -- met in, addressed ({@link Graph#addressed}) -- and
   * that the event's sentence names again by its noun ("told the council", "urged the Council")
   * or by its sitting ("participated in the meeting", "in this chamber"): the story is still at
   * the body's seat (issue 11, round 8: the coders place the statements of a Council story in New
   * York however far from its first mention). Null when the sentence names no such noun after a
   * determiner or a possessive, or no body of that noun set a scene before it.
   */
  private static PlaceMention bodyNamedAgain(PlaceFinder.Mentions mentions, List<Sentence> sentences, int pos,
      Sentence sentence) {
    List<org.vigil.core.text.Token> t = sentence.tokens();
    String noun = null;
    for (int k = 1; k < t.size() && noun == null; k++) {
      String w = t.get(k).lemma().toLowerCase(Locale.ROOT);
      if ((BODY_NOUNS.contains(w) || SITTING_NOUNS.contains(w)) && t.get(k).pos().startsWith("NN")
          && definite(t, k)) {
        noun = w;
      }
    }
    if (noun == null) {
      return null;
    }
    for (int i = pos - 1; i >= 0; i--) {
      Sentence earlier = sentences.get(i);
      List<PlaceMention> ms = new ArrayList<>(mentions.inSentence(earlier.index()));
      java.util.Collections.reverse(ms);
      for (PlaceMention m : ms) {
        Seats.Seat seat = seat(m);
        if (seat == null || seat.kind() != Seats.Kind.BODY || m.place() == null) {
          continue;
        }
        String last = m.text().toLowerCase(Locale.ROOT).replaceAll(".*[^\\p{L}]", "");
        if ((SITTING_NOUNS.contains(noun) || last.equals(noun)) && bodyScene(earlier, m, seat)) {
          return m;
        }
      }
      if (SITTING_NOUNS.contains(noun) && otherGathering(mentions, earlier)) {
        // "China will convene a meeting in Beijing": "the meeting" after it is that one
        return null;
      }
    }
    return null;
  }

  /** Whether the sentence names a gathering and sets a scene that is no body's seat ("a meeting in Beijing"). */
  private static boolean otherGathering(PlaceFinder.Mentions mentions, Sentence s) {
    boolean gathering = s.tokens().stream().anyMatch(tok -> GATHERINGS.contains(tok.lemma().toLowerCase(Locale.ROOT)));
    return gathering && scenes(mentions, s).stream().anyMatch(m -> seat(m) == null);
  }

  /** Whether the noun at {@code k} follows a determiner or a possessive, past adjectives, numbers and names. */
  private static boolean definite(List<org.vigil.core.text.Token> t, int k) {
    for (int j = k - 1, steps = 0; j >= 0 && steps < 4; j--, steps++) {
      org.vigil.core.text.Token tok = t.get(j);
      if (DEFINITE.contains(tok.word().toLowerCase(Locale.ROOT))) {
        return true;
      }
      if (!tok.pos().startsWith("JJ") && !tok.pos().equals("CD") && !tok.pos().startsWith("NNP")
          && !tok.pos().equals("HYPH") && !tok.pos().equals("NN")) {
        return false;
      }
    }
    return false;
  }

  /** Whether a body's mention set the scene of its sentence: met in or at, or addressed. */
  private static boolean bodyScene(Sentence s, PlaceMention m, Seats.Seat seat) {
    return s.dependencies().isEmpty() ? afterScenePreposition(s, m) || afterMeeting(s, m)
        : new Graph(s).seatScene(m, seat, true);
  }

  /** Where {@code sentence} stands in {@code sentences} (by its index), or -1. */
  private static int position(List<Sentence> sentences, Sentence sentence) {
    for (int i = 0; i < sentences.size(); i++) {
      if (sentences.get(i).index() == sentence.index()) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The place of {@code m}, a whole country the event's clause names ("was killed in Iraq"), made
   * precise by the story's scene in that country ("in Iraq's Anbar desert" earlier): the first
   * scene of the event's context ({@link #scenes}) that is a place or region of the same country.
   * The clause says the country, the story says where in it (issue 11: the coders place the events
   * of an episode where its scene is). Null when the country is not a whole country or the context
   * has no such scene.
   */
  private PlaceMention precise(AnnotatedArticle article, Sentence sentence, int trigger, PlaceMention m) {
    if (m.place() == null || !m.place().featureCode().equals("PCLI")) {
      return null;
    }
    List<Sentence> sentences = article.sentences();
    int pos = position(sentences, sentence);
    if (pos < 0) {
      return null;
    }
    List<PlaceMention> found = new ArrayList<>();
    scenes(mentions(article), sentences, pos, sentence, trigger, true, found, new ArrayList<>());
    for (PlaceMention f : found) {
      Place p = f.place();
      if (f != m && !isCountry(p) && m.place().country().equals(p.country())) {
        return f;
      }
    }
    return null;
  }

  private static boolean isCountry(Place p) {
    return p.featureCode().equals("PCLI") || p.admin1() == null;
  }

  /** The resolved mentions of the sentence that set a scene: introduced by a locative preposition, not acting. */
  private static List<PlaceMention> scenes(PlaceFinder.Mentions mentions, Sentence sentence) {
    List<PlaceMention> out = new ArrayList<>();
    Graph g = null;
    for (PlaceMention m : mentions.inSentence(sentence.index())) {
      if (!m.isResolved() || m.isBorder()) {
        continue;
      }
      if (sentence.dependencies().isEmpty()) {
        // an unparsed sentence (the triage parses only sentences with a trigger): the words before it
        Seats.Seat seat = seat(m);
        if (afterScenePreposition(sentence, m) || seat != null && seat.kind() == Seats.Kind.BODY && afterMeeting(sentence, m)) {
          out.add(m);
        }
        continue;
      }
      if (g == null) {
        g = new Graph(sentence);
      }
      Seats.Seat seat = seat(m);
      if (seat != null ? g.seatScene(m, seat, true) : g.sceneOf(m) && !g.onlyFrom(m) && !g.isAgent(m)) {
        out.add(m);
      }
    }
    return out;
  }

  /** Words that may stand between a scene preposition and its place: "in the Somali city of", "in Pakistan's restive". */
  private static final Set<String> SCENE_FILLER_TAGS = Set.of("DT", "JJ", "JJS", "JJR", "NNP", "NNPS", "POS", "IN",
      "PRP$", "HYPH");
  /** Common nouns of kinds of place, that may stand there too ("in the city of Homs"); not "in support of Ukraine". */
  private static final Set<String> PLACE_NOUNS = Set.of("city", "town", "village", "province", "region", "district",
      "capital", "state", "county", "area", "port", "island", "border", "territory", "enclave", "camp");

  /**
   * Whether a scene preposition ({@link #SCENE}) comes before the mention with only a determiner,
   * adjectives, names, a possessive or "the town of" between ("in the Somali city of Beledweyne";
   * "in Pakistan's restive Balochistan province"), for sentences without a parse.
   */
  /**
   * Words of a journey: the place one goes "to" is the scene of what one does there ("during your
   * visit to Taiwan, you met the president"; "the delegation traveled to Jeddah"), where other
   * words' "to" is a target or a destination only ("sent troops to", "appealed to").
   */
  static final Set<String> JOURNEYS = Set.of("visit", "trip", "journey", "tour", "travel", "go", "come", "arrive",
      "fly", "bring", "return");

  private static boolean afterScenePreposition(Sentence s, PlaceMention m) {
    List<org.vigil.core.text.Token> t = s.tokens();
    for (int k = m.tokenBegin() - 1, steps = 0; k >= 0 && steps < 6; k--, steps++) {
      org.vigil.core.text.Token tok = t.get(k);
      String w = tok.word().toLowerCase(Locale.ROOT);
      if (SCENE.contains(w) && tok.pos().equals("IN")) {
        String before = k == 0 ? "" : t.get(k - 1).lemma().toLowerCase(Locale.ROOT);
        return !TOPIC_NOUNS.contains(before) && !INSTITUTION_NOUNS.contains(before);
      }
      if (w.equals("to") && k > 0) {
        // "during his visit to Taiwan", "traveled to Jeddah": where the journey went
        return JOURNEYS.contains(t.get(k - 1).lemma().toLowerCase(Locale.ROOT));
      }
      boolean placeNoun = tok.pos().startsWith("NN") && PLACE_NOUNS.contains(w);
      if (!placeNoun && !SCENE_FILLER_TAGS.contains(tok.pos()) || tok.pos().equals("IN") && !w.equals("of")) {
        return false;
      }
    }
    return false;
  }

  /**
   * The seat a mention names ("the White House", "the Security Council": {@link Seats}), or null.
   * A seat places an event only where it is the scene: introduced by a locative preposition ("in
   * the Oval Office", "at the Pentagon"), or for a body that meets there, as what a meeting or
   * session is of ("told a meeting of the U.N. Security Council"); never as an actor ("the White
   * House said") or a word's modifier ("White House officials").
   */
  private static Seats.Seat seat(PlaceMention m) {
    return m.isResolved() ? Seats.shipped().byName(m.text()).orElse(null) : null;
  }

  /** Verbs of telling and appealing whose object or "to" is addressed where it sits ({@link Graph#addressed}). */
  static final Set<String> ADDRESS = Set.of("tell", "brief", "address", "urge", "ask", "warn", "inform", "call",
      "appeal", "speak", "say", "report", "present", "implore", "plead", "remind", "assure", "update");

  /** Nouns of a gathering: a body named as what one is of meets at its seat ("a meeting of the Security Council"). */
  static final Set<String> GATHERINGS = Set.of("meeting", "session", "debate", "briefing", "summit", "sitting",
      "vote", "gathering", "consultation", "consultations");

  /**
   * Whether a gathering noun ({@link #GATHERINGS}) and "of" come before the mention with only a
   * determiner, names, a day or adjectives between ("a private meeting Wednesday of the U.N.
   * Security Council"), the gathering not being a time ("before a meeting of"). By the words, as
   * the parse may hang "of the Council" on a word between.
   */
  private static boolean afterMeeting(Sentence s, PlaceMention m) {
    List<org.vigil.core.text.Token> t = s.tokens();
    boolean of = false;
    for (int k = m.tokenBegin() - 1, steps = 0; k >= 0 && steps < 6; k--, steps++) {
      org.vigil.core.text.Token tok = t.get(k);
      String w = tok.word().toLowerCase(Locale.ROOT);
      if (of && GATHERINGS.contains(tok.lemma().toLowerCase(Locale.ROOT))) {
        return !beforeOrAfter(t, k);
      }
      if (w.equals("of")) {
        of = true;
        continue;
      }
      if (!SCENE_FILLER_TAGS.contains(tok.pos()) || tok.pos().equals("IN")) {
        return false;
      }
    }
    return false;
  }

  /** Words that make a gathering a time, not a scene ("before a meeting of the Security Council"). */
  private static final Set<String> TIME_PREPOSITIONS = Set.of("before", "after", "ahead", "until", "till", "since",
      "following", "prior");

  /** Whether the gathering noun at {@code k} is introduced, past a determiner and adjectives, by a word of time. */
  private static boolean beforeOrAfter(List<org.vigil.core.text.Token> t, int k) {
    for (int j = k - 1, steps = 0; j >= 0 && steps < 4; j--, steps++) {
      org.vigil.core.text.Token tok = t.get(j);
      String w = tok.word().toLowerCase(Locale.ROOT);
      if (TIME_PREPOSITIONS.contains(w) || w.equals("of") && j > 0 && TIME_PREPOSITIONS.contains(
          t.get(j - 1).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
      if (!tok.pos().equals("DT") && !tok.pos().startsWith("JJ") && !tok.pos().equals("PRP$") && !tok.pos().equals("CD")) {
        return false;
      }
    }
    return false;
  }

  private static int distance(PlaceMention m, int trigger) {
    return m.tokenBegin() > trigger ? m.tokenBegin() - trigger : trigger - (m.tokenEnd() - 1);
  }

  private static void add(List<PlaceMention> found, List<Double> factors, List<PlaceMention> scenes, double factor) {
    for (PlaceMention m : scenes) {
      found.add(m);
      factors.add(factor);
    }
  }

  private PlaceFinder.Mentions mentions(AnnotatedArticle article) {
    synchronized (cache) {
      for (Map.Entry<AnnotatedArticle, PlaceFinder.Mentions> e : cache) {
        if (e.getKey() == article) {
          return e.getValue();
        }
      }
    }
    PlaceFinder.Mentions found = finder.prepare(article);
    synchronized (cache) {
      cache.addFirst(Map.entry(article, found));
      if (cache.size() > CACHED_ARTICLES) {
        cache.removeLast();
      }
    }
    return found;
  }

  /** Resolved before unresolved, border phrases before the names inside them. */
  private static boolean better(PlaceMention a, PlaceMention b) {
    if (a.isResolved() != b.isResolved()) {
      return a.isResolved();
    }
    return a.isBorder() && !b.isBorder();
  }

  private static boolean isActor(PlaceMention m, ActorRef actor) {
    return actor != null && !m.isBorder() && m.start() < actor.end() && actor.begin() < m.end();
  }

  /**
   * Whether a mention of the event's target is a place the act was done to, and so where it happened
   * (issue 11, round 16: "Azerbaijani forces shelled the resort town of X, Y province", "soldiers
   * cordoned off X", "attacked villagers of X"): a {@link #town} (not a country or capital, which stand
   * for governments), and a source with a country of its own. Round 13 tried the rule without that
   * condition and removed it: a struck place then gave a generic source its country ("insurgents
   * bombarded part of Aleppo" made the insurgents Syrian, where the coders leave them without one).
   */
  private static boolean struck(PlaceMention m, ActorRef source, ActorRef target) {
    return isActor(m, target) && !isActor(m, source) && source != null && source.country() != null && town(m);
  }

  /**
   * Whether a mention in the source's phrase is a town or first-level region that may say where its
   * people acted ("Residents of X rioted"; issue 11, round 13): not a country and not a capital,
   * which stand for governments ("Moscow's envoy").
   */
  private static boolean town(PlaceMention m) {
    Place p = m.place();
    return p != null && !m.isBorder() && seat(m) == null && !p.featureCode().equals("PCLI")
        && !p.featureCode().equals("PPLC") && (p.isPopulated() || p.featureCode().equals("ADM1"));
  }

  /** The mention at a phrase head, or at its "of" or compound modifier ("the city of Homs"). */
  private static PlaceMention inPhrase(Graph g, int head, Map<Integer, PlaceMention> byToken) {
    PlaceMention m = byToken.get(head);
    if (m != null) {
      return m;
    }
    // the name after "of" or in apposition names the head; a modifier before it only describes it
    // ("the Red Sea port city of Jeddah" is Jeddah)
    for (List<String> relations : List.of(List.of("nmod:of", "appos"), List.of("compound", "amod"))) {
      for (Dependency d : g.children(head)) {
        if (relations.contains(d.relation())) {
          m = byToken.get(d.dependent());
          if (m != null) {
            return m;
          }
        }
      }
    }
    return null;
  }

  /** The mention nearest to the trigger in the graph among those {@code accepted} (the search goes on past the others). */
  private static PlaceMention nearestInGraph(Graph g, int trigger, Map<Integer, PlaceMention> byToken,
      java.util.function.Predicate<PlaceMention> accepted) {
    int n = g.size();
    int[] dist = new int[n];
    java.util.Arrays.fill(dist, -1);
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    dist[trigger] = 0;
    queue.add(trigger);
    PlaceMention best = null;
    int bestDist = Integer.MAX_VALUE;
    int bestLinear = Integer.MAX_VALUE;
    while (!queue.isEmpty()) {
      int cur = queue.poll();
      if (dist[cur] > bestDist) {
        break;
      }
      PlaceMention m = byToken.get(cur);
      if (m != null && cur != trigger && accepted.test(m)) {
        int linear = Math.abs(cur - trigger);
        if (dist[cur] < bestDist || linear < bestLinear || best != null && better(m, best)) {
          best = m;
          bestDist = dist[cur];
          bestLinear = linear;
        }
        continue;
      }
      for (int next : g.neighbours(cur)) {
        if (dist[next] < 0) {
          dist[next] = dist[cur] + 1;
          queue.add(next);
        }
      }
    }
    return best;
  }

  /**
   * The location of the clause's mention {@code m}, a whole country made precise by the story's
   * scene in it ({@link #precise}): named as the scene, its text the clause's.
   */
  private Location located(AnnotatedArticle article, Sentence s, int trigger, PlaceMention m, Graph g,
      Map<Integer, PlaceMention> byToken, double factor) {
    PlaceMention own = inNamedRegion(article, s, trigger, m, g, byToken);
    if (own != null) {
      m = own;
    }
    Location l = location(m, s, g, byToken, factor);
    PlaceMention scene = precise(article, s, trigger, m);
    if (scene == null && coarse(m) && !s.dependencies().isEmpty()) {
      scene = preciseInClause(g, trigger, m, byToken);
    }
    if (scene == null) {
      return l;
    }
    Place p = scene.place();
    double confidence = Math.round(l.confidence() * Math.max(0.05, scene.confidence()) * 100) / 100.0;
    return new Location(p.name(), p.kind(), p.country(), p.admin1(), p.lat(), p.lon(), p.geonamesId(), "text",
        l.text(), confidence);
  }

  /**
   * The sentence's place in a first-level region the article names, when the chosen mention is a
   * town of a country the article names nowhere (issue 11, round 11: the region a report writes
   * says which country it is about -- "a Roma settlement in Ostrava, Moravian-Silesian Region" is not
   * in Rome, "the Paris market in Bunia, Ituri" not in France): of the other
   * mentions, the one nearest to the trigger that lies in such a region of another country. Null
   * when the chosen mention's country is named, or no other mention is so placed.
   */
  private PlaceMention inNamedRegion(AnnotatedArticle article, Sentence s, int trigger, PlaceMention m, Graph g,
      Map<Integer, PlaceMention> byToken) {
    PlaceFinder.Mentions ms = mentions(article);
    if (m.place() == null || m.isBorder() || isCountry(m.place()) || ms.namesCountry(m.place().country())) {
      return null;
    }
    String country = m.place().country();
    // the regions the article names, and those a mention of the sentence resolves to ("Moravian-Silesian Region")
    Set<String> regions = new java.util.HashSet<>();
    for (PlaceMention q : ms.inSentence(s.index())) {
      if (q.place() != null && q.place().featureCode().equals("ADM1") && q.place().admin1Key() != null) {
        regions.add(q.place().admin1Key());
      }
    }
    java.util.function.Predicate<PlaceMention> named = o -> o != m && !o.isBorder() && o.place() != null
        && !isCountry(o.place()) && !country.equals(o.place().country()) && o.place().admin1Key() != null
        && (regions.contains(o.place().admin1Key()) || ms.namesRegion(o.place().admin1Key()));
    if (!s.dependencies().isEmpty()) {
      return nearestInGraph(g, trigger, byToken, named);
    }
    PlaceMention best = null;
    for (PlaceMention o : new java.util.LinkedHashSet<>(byToken.values())) {
      if (named.test(o) && (best == null || distance(o, trigger) < distance(best, trigger))) {
        best = o;
      }
    }
    return best;
  }

  /** Whether the mention is a whole country or a border region: a place a town of the clause may make precise. */
  private static boolean coarse(PlaceMention m) {
    return m.place() != null && (m.isBorder() || m.place().featureCode().equals("PCLI"));
  }

  /**
   * A town or region of the coarse mention's country that the event's clause also names, nearest
   * to the trigger in the graph ("attacked villages between the towns of A and B in northeastern
   * X, near the Y border" is at A, not at the border region): the clause says where in the country
   * (issue 11, round 9: the coders place an event at the most precise place its clause gives).
   * Null when the clause names none.
   */
  private static PlaceMention preciseInClause(Graph g, int trigger, PlaceMention coarse,
      Map<Integer, PlaceMention> byToken) {
    String country = coarse.place().country();
    return nearestInGraph(g, trigger, byToken, m -> m != coarse && !m.isBorder() && m.place() != null
        && !isCountry(m.place()) && country.equals(m.place().country()));
  }

  private static Location location(PlaceMention m, Sentence s, Graph g, Map<Integer, PlaceMention> byToken, double factor) {
    int start = m.start();
    int end = m.end();
    // "in Homs and Aleppo": the coordinated places are one location, named by the first
    for (int k = m.tokenBegin(); k < m.tokenEnd(); k++) {
      for (Dependency d : g.children(k)) {
        if (d.base().equals("conj")) {
          PlaceMention other = byToken.get(d.dependent());
          if (other != null && other != m && other.end() > end) {
            end = other.end();
          }
        }
      }
    }
    String text = m.text();
    int b = start - s.begin();
    int e = end - s.begin();
    if (end != m.end() && b >= 0 && e <= s.text().length()) {
      text = s.text().substring(b, e);
    }
    double confidence = Math.round(Math.max(0.05, m.confidence()) * factor * 100) / 100.0;
    Place p = m.place();
    PlaceMention within = p == null ? container(m, s, byToken) : null;
    if (within != null) {
      // "Hodan district of Mogadishu, Banaadir region", "Tabayin township, Sagaing region": a place the
      // gazetteer lacks is where the known place its chain names next is (issue 11, round 8)
      Place c = within.place();
      return new Location(c.name(), c.kind(), c.country(), c.admin1(), c.lat(), c.lon(), c.geonamesId(), "text", text,
          Math.round(Math.max(0.05, within.confidence()) * factor * 0.8 * 100) / 100.0);
    }
    if (p == null) {
      return new Location(m.text(), null, null, null, null, null, null, "text", text, Math.min(confidence, 0.2));
    }
    return new Location(p.name(), p.kind(), p.country(), p.admin1(), p.lat(), p.lon(), p.geonamesId(), "text", text,
        confidence);
  }

  /** Words a chain of places may hold between an unknown place and the known one that contains it. */
  private static final Set<String> CHAIN_WORDS = Set.of(",", "of", "in", "the", "district", "township", "village",
      "town", "area", "locality", "commune", "municipality", "neighbourhood", "neighborhood", "suburb", "suburbs",
      "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west");
  /** Tokens after an unknown place in which its container must begin. */
  private static final int CHAIN_REACH = 5;

  /**
   * The resolved place that an unresolved mention's chain names next ("Hodan district of
   * Mogadishu", "Chinshwehaw, northern Shan state"), or null: it must begin within {@link
   * #CHAIN_REACH} tokens after the mention, with only commas, "of", "in", "the", words of
   * settlement and compass adjectives between.
   */
  private static PlaceMention container(PlaceMention m, Sentence s, Map<Integer, PlaceMention> byToken) {
    int n = s.tokens().size();
    for (int k = m.tokenEnd(); k < Math.min(n, m.tokenEnd() + CHAIN_REACH); k++) {
      PlaceMention next = byToken.get(k);
      if (next != null && next != m) {
        return next.isResolved() && !next.isBorder() ? next : null;
      }
      if (!CHAIN_WORDS.contains(s.tokens().get(k).word().toLowerCase(java.util.Locale.ROOT))) {
        return null;
      }
    }
    return null;
  }

  /** The dependency graph of a sentence, both ways. Not thread-safe; one per call. */
  private static final class Graph {
    private final Sentence sentence;
    private final List<List<Dependency>> children;
    private final List<List<Dependency>> parents;

    Graph(Sentence s) {
      this.sentence = s;
      int n = s.tokens().size();
      children = new ArrayList<>(n);
      parents = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        children.add(new ArrayList<>());
        parents.add(new ArrayList<>());
      }
      for (Dependency d : s.dependencies()) {
        if (d.governor() >= 0 && d.governor() < n && d.dependent() < n) {
          children.get(d.governor()).add(d);
          parents.get(d.dependent()).add(d);
        }
      }
    }

    int size() {
      return children.size();
    }

    List<Dependency> children(int t) {
      return t >= 0 && t < children.size() ? children.get(t) : List.of();
    }

    /** Neighbours in the graph, leaving out "from" edges of verbs that are not speech. */
    List<Integer> neighbours(int t) {
      List<Integer> out = new ArrayList<>();
      for (Dependency d : children.get(t)) {
        if (!blocked(d)) {
          out.add(d.dependent());
        }
      }
      for (Dependency d : parents.get(t)) {
        // never up from a subject into its predicate: that is another event's clause
        if (!blocked(d) && !d.base().startsWith("nsubj")) {
          out.add(d.governor());
        }
      }
      return out;
    }

    private boolean blocked(Dependency d) {
      return d.subtype().equals("from") && !SPEECH.contains(lemma(d.governor())) && !TAKING.contains(lemma(d.governor()))
          || OTHER_CLAUSE.contains(d.relation());
    }

    /**
     * Whether a seat's mention is where something happened: introduced by a locative preposition
     * ("in the Oval Office"), or a body that meets there as what a gathering is of ("a meeting of
     * the Security Council"). Without a parse, by the words before it. As a {@code scene} for the
     * sentences after it, only by a scene-setting preposition ({@link #sceneOf}: "in the White
     * House", not "exports to the White House").
     */
    boolean seatScene(PlaceMention m, Seats.Seat seat, boolean scene) {
      if (sentence.dependencies().isEmpty()) {
        return afterScenePreposition(sentence, m) || seat.kind() == Seats.Kind.BODY && afterMeeting(sentence, m);
      }
      if (scene ? sceneOf(m) && !isAgent(m) : locatedIn(m)) {
        return true;
      }
      if (seat.kind() == Seats.Kind.BODY && addressed(m)) {
        return true;
      }
      // the parse may hang "of the Council" on a word between ("a meeting Wednesday of the U.N. Security Council")
      // (by the words: a meeting "before" or "after" which something happened is a time, not the scene)
      return seat.kind() == Seats.Kind.BODY && afterMeeting(sentence, m);
    }

    /**
     * Whether a body is addressed where it sits: the object of a verb of telling or appealing ("told
     * the Security Council", "briefed the Council", "urged the General Assembly") or what one speaks
     * "to" or calls "on" ("said to the Council", "called on the Council"). One speaks to a council
     * at its sitting (issue 11, round 8); not what one acts on otherwise ("criticized the Council").
     */
    boolean addressed(PlaceMention m) {
      return enteredBy(m, d -> {
        String head = lemma(d.governor());
        return ADDRESS.contains(head) && (d.base().equals("obj") || d.base().equals("iobj")
            || (d.base().equals("obl") || d.base().equals("nmod")) && (d.subtype().equals("to")
                || d.subtype().equals("on") && head.equals("call")));
      });
    }

    /** Whether the mention is coordinated with a word of the actor's phrase ("Iran and Russia"). */
    boolean conjoinedWith(PlaceMention m, ActorRef actor) {
      if (actor == null || m.isBorder()) {
        return false;
      }
      for (int k = m.tokenBegin(); k < m.tokenEnd() && k < parents.size(); k++) {
        for (Dependency d : parents.get(k)) {
          if (d.base().equals("conj") && inActor(d.governor(), actor)) {
            return true;
          }
        }
        for (Dependency d : children.get(k)) {
          if (d.base().equals("conj") && inActor(d.dependent(), actor)) {
            return true;
          }
        }
      }
      return false;
    }

    private boolean inActor(int token, ActorRef actor) {
      if (token < 0 || token >= sentence.tokens().size()) {
        return false;
      }
      var t = sentence.tokens().get(token);
      return t.begin() < actor.end() && actor.begin() < t.end();
    }

    /** Whether the mention acts in the sentence (a subject or possessor: "Russia said"), rather than placing. */
    boolean isAgent(PlaceMention m) {
      return enteredBy(m, d -> d.relation().equals("nsubj") || d.relation().equals("nmod:poss"));
    }

    /**
     * Whether a word outside the mention introduces it with a locative preposition ("positions in
     * Marib"), not one of a state of affairs ("peace in Europe").
     */
    boolean locatedIn(PlaceMention m) {
      java.util.function.Predicate<Dependency> at = d -> (d.base().equals("nmod") || d.base().equals("obl"))
          && AT.contains(d.subtype()) && !TOPIC_NOUNS.contains(lemma(d.governor()));
      if (enteredBy(m, at)) {
        return true;
      }
      // through the head it names: "in the regional capital, Banja Luka", "in the city of Homs"
      for (int k = m.tokenBegin(); k < m.tokenEnd() && k < parents.size() && !m.isBorder(); k++) {
        for (Dependency d : parents.get(k)) {
          boolean outside = d.governor() < m.tokenBegin() || d.governor() >= m.tokenEnd();
          if (outside && (d.relation().equals("appos") || d.relation().equals("nmod:of"))
              && parents.get(d.governor()).stream().anyMatch(at)) {
            return true;
          }
        }
      }
      return false;
    }

    /**
     * Whether the mention only modifies a word ("U.S. officials", "a Beijing-imposed law"): every way
     * into it is a compound, an adjectival modifier or a bare oblique, none a preposition or an apposition.
     */
    boolean onlyModifies(PlaceMention m) {
      if (m.isBorder()) {
        return false;
      }
      boolean any = false;
      for (int k = m.tokenBegin(); k < m.tokenEnd() && k < parents.size(); k++) {
        for (Dependency d : parents.get(k)) {
          if (d.governor() >= m.tokenBegin() && d.governor() < m.tokenEnd()) {
            continue;
          }
          if (!(d.relation().equals("compound") || d.relation().equals("amod") || d.relation().equals("obl")
              || d.relation().equals("nmod"))) {
            return false;
          }
          any = true;
        }
      }
      return any;
    }

    /** Whether the mention is a direct argument or locative of the trigger ("shelled Kharkiv"). */
    boolean argumentOf(PlaceMention m, int trigger) {
      return enteredBy(m, d -> d.governor() == trigger);
    }

    /**
     * Whether the mention, though in the clause's reach, names no place of the event (issue 11):
     * what another predicate acts on ("is warning Washington ... to meet", "support Ukraine" for the
     * speaker's accusation), an agent ("a company operated by China"), a topic or exception
     * ("beyond Ukraine", "talks about Syria", "peace in Europe") or the name of a state of affairs
     * ("the Russia-Ukraine war"). A place a locative preposition introduces is always one.
     */
    boolean notAPlace(PlaceMention m, int trigger) {
      if (m.isBorder() || locatedIn(m)) {
        return false;
      }
      return enteredBy(m, d -> (d.base().equals("obj") || d.base().equals("iobj")) && d.governor() != trigger
          || (d.base().equals("obl") || d.base().equals("nmod")) && (NOT_PLACE.contains(d.subtype())
              || TOPIC_NOUNS.contains(lemma(d.governor())))
          || (d.relation().equals("compound") || d.relation().equals("amod")) && topicHead(d.governor()));
    }

    /** Whether the word, or the noun it modifies through compounds, is a noun of a state of affairs ("Russia-Ukraine war"). */
    private boolean topicHead(int t) {
      for (int k = 0, cur = t; k < 4 && cur >= 0; k++) {
        if (TOPIC_NOUNS.contains(lemma(cur))) {
          return true;
        }
        int up = -1;
        for (Dependency d : parents.get(cur)) {
          if (d.relation().equals("compound") || d.relation().equals("amod")) {
            up = d.governor();
          }
        }
        cur = up;
      }
      return false;
    }

    /**
     * Whether a word outside the mention introduces it with a scene-setting preposition ("talks in
     * Jeddah"), directly or through the head it names ("in the city of Homs", "in Pakistan's
     * Balochistan province").
     */
    boolean sceneOf(PlaceMention m) {
      java.util.function.Predicate<Dependency> scene =
          d -> (d.base().equals("nmod") || d.base().equals("obl")) && SCENE.contains(d.subtype())
              && !TOPIC_NOUNS.contains(lemma(d.governor())) && !INSTITUTION_NOUNS.contains(lemma(d.governor()));
      // "his trip to Taiwan", "flew to Jeddah": the journey's destination
      java.util.function.Predicate<Dependency> journey =
          d -> (d.base().equals("nmod") || d.base().equals("obl")) && d.subtype().equals("to")
              && JOURNEYS.contains(lemma(d.governor()));
      if (enteredBy(m, scene.or(journey))) {
        return true;
      }
      for (int k = m.tokenBegin(); k < m.tokenEnd() && k < parents.size(); k++) {
        for (Dependency d : parents.get(k)) {
          boolean outside = d.governor() < m.tokenBegin() || d.governor() >= m.tokenEnd();
          if (outside && (d.relation().equals("nmod:of") || d.relation().equals("compound")
              || d.relation().equals("nmod:poss") || d.relation().equals("appos") || d.relation().equals("amod"))) {
            for (Dependency up : parents.get(d.governor())) {
              if (scene.test(up)) {
                return true;
              }
            }
          }
        }
      }
      return false;
    }

    /** Whether a word outside the mention (not a border phrase) reaches a word of it by such a dependency. */
    private boolean enteredBy(PlaceMention m, java.util.function.Predicate<Dependency> relation) {
      if (m.isBorder()) {
        return false;
      }
      for (int k = m.tokenBegin(); k < m.tokenEnd() && k < parents.size(); k++) {
        for (Dependency d : parents.get(k)) {
          boolean outside = d.governor() < m.tokenBegin() || d.governor() >= m.tokenEnd();
          if (outside && relation.test(d)) {
            return true;
          }
        }
      }
      return false;
    }

    /** Whether every way into the mention is a blocked "from" ("threats from Afghanistan"). */
    boolean onlyFrom(PlaceMention m) {
      if (m.isBorder()) {
        return false;
      }
      boolean from = false;
      for (int k = m.tokenBegin(); k < m.tokenEnd() && k < parents.size(); k++) {
        for (Dependency d : parents.get(k)) {
          if (d.governor() >= m.tokenBegin() && d.governor() < m.tokenEnd()) {
            continue;
          }
          if (blocked(d)) {
            from = true;
          } else if (!d.base().equals("conj")) {
            return false;
          }
        }
      }
      return from;
    }

    private String lemma(int t) {
      return t >= 0 && t < sentence.tokens().size() ? sentence.tokens().get(t).lemma().toLowerCase(Locale.ROOT) : "";
    }
  }
}
