package org.vigil.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vigil.coding.dictionary.CameoCode;
import org.vigil.coding.dictionary.Dictionaries;
import org.vigil.coding.dictionary.VerbPattern;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.EventDate;
import org.vigil.core.event.Modality;
import org.vigil.core.text.Dependency;
import org.vigil.core.text.Token;

/**
 * Meetings written as nouns (issue 11, round 4): news names most talks by their noun and lets the
 * sentence's verb say something else ("X traveled to Kenya for meetings with Y", "X told reporters
 * during a news conference with Y", "X led six hours of talks with Y", "after a meeting with Y, X
 * ordered ...", "the Russia-Ukraine talks in Istanbul"). A noun of meeting ({@link #NOUNS}) makes
 * a consultation between its sides, one event each way (the coders' convention for meetings):
 *
 * <ul>
 *   <li>the side named with "with" ("talks with Sudanese officials", and its conjuncts);
 *   <li>the noun's owner: its possessor or an actor compounded to it; a hyphenated pair of actors
 *       ("Russia-Ukraine talks") is both sides at once;
 *   <li>else the subject of the clause the noun is a part of: the object of a verb of holding or
 *       taking part ({@link #HOLDING}: "held", "led", "joined", "attended"), directly or through a
 *       measure ("six hours of talks"), or an oblique of purpose or time ({@link #OBLIQUES}: "for",
 *       "after", "during", "at", "following", "in").
 * </ul>
 *
 * <p>Nothing is coded when the noun is the object of another verb ("welcomed the talks with Y",
 * "rejected talks with Y": a stance, not a meeting), when the clause is negated or requested of
 * someone else ("urged Y to hold talks with Z"), when fewer than two sides are found, or for a
 * dyad a pattern of the sentence already codes as a meeting or an intent. The clause's modality
 * ("will join ... for the talks") is the event's. Per sentence; not thread-safe.
 */
final class Meetings {
  /** Nouns of meeting and their CAMEO code: negotiate (046), discuss by telephone (041), consult (040). */
  static final Map<String, String> NOUNS = Map.ofEntries(
      Map.entry("talk", "046"), Map.entry("talks", "046"), Map.entry("negotiation", "046"),
      Map.entry("negotiations", "046"), Map.entry("meeting", "040"), Map.entry("meetings", "040"),
      Map.entry("discussion", "040"), Map.entry("discussions", "040"), Map.entry("consultation", "040"),
      Map.entry("consultations", "040"), Map.entry("summit", "040"), Map.entry("conference", "040"),
      Map.entry("call", "041"), Map.entry("phone-call", "041"));
  /** Verbs whose object meeting is the subject's own: it holds, leads or takes part in it. */
  static final Set<String> HOLDING = Set.of(
      "hold", "have", "lead", "join", "attend", "host", "chair", "co-chair", "conduct", "begin", "start", "open",
      "resume", "continue", "conclude", "wrap", "convene", "enter");
  /** Obliques whose meeting the clause's subject takes part in: traveled for, spoke during, said after. */
  static final Set<String> OBLIQUES = Set.of(
      "obl:for", "obl:after", "obl:during", "obl:at", "obl:following", "obl:in");
  /**
   * Words whose meeting has not taken place or is only asked for, offered or judged: "requested
   * consultations with X", "rejected talks with X", "calls for talks with X".
   */
  static final Set<String> STANCES = Set.of(
      "request", "seek", "propose", "proposal", "want", "demand", "call", "urge", "offer", "reject", "refuse",
      "welcome", "oppose", "suggest", "support", "back", "accept", "cancel", "postpone", "boycott", "suspend",
      "invite", "invitation", "push", "press", "appeal", "plea", "prospect", "possibility", "idea", "condition");
  /** Nouns of measure between a verb and its meeting: "six hours of talks", "a round of talks". */
  private static final Set<String> MEASURES = Set.of(
      "hour", "day", "week", "round", "series", "session", "lot", "couple");

  private final SentenceGraph g;
  private final Clauses clauses;
  private final Mentions mentions;
  private final Dictionaries dictionaries;
  private final EventAssembler assembler;
  private final LocalDate articleDate;

  Meetings(Clauses clauses, Mentions mentions, Dictionaries dictionaries, EventAssembler assembler,
      LocalDate articleDate) {
    this.g = clauses.graph();
    this.clauses = clauses;
    this.mentions = mentions;
    this.dictionaries = dictionaries;
    this.assembler = assembler;
    this.articleDate = articleDate;
  }

  /** The meeting events of the sentence that {@code coded} (the sentence's other events) lacks. */
  List<CodedEvent> code(List<CodedEvent> coded) {
    List<CodedEvent> out = new ArrayList<>();
    Set<String> dyads = new HashSet<>();
    for (CodedEvent e : coded) {
      if (e.target() != null && (e.cameoRoot().equals("03") || e.cameoRoot().equals("04"))) {
        dyads.add(e.source().code() + ">" + e.target().code());
      }
    }
    for (int t = 0; t < g.size(); t++) {
      String code = g.token(t).isNoun() ? NOUNS.get(g.lemma(t).toLowerCase(Locale.ROOT)) : null;
      if (code == null) {
        continue;
      }
      if (code.equals("041") && !phone(t)) {
        // "a call for talks", "the call with X" without a telephone: only a phone call is a meeting
        continue;
      }
      CameoCode cameo = dictionaries.cameo().findOrParent(code).orElse(null);
      if (cameo == null) {
        continue;
      }
      if (asked(t)) {
        continue;
      }
      List<Mention> with = mentions.resolve(clauses.withConjuncts(g.childrenExact(t, "nmod:with")), t);
      List<Mention> owners = mentions.resolve(owners(t), t);
      int clause = clause(t);
      List<Mention> sides;
      List<Mention> others;
      if (!owners.isEmpty() && !with.isEmpty()) {
        sides = owners;
        others = with;
      } else if (owners.size() >= 2 && with.isEmpty()) {
        // "the Russia-Ukraine talks": each owner meets the others
        sides = owners;
        others = owners;
      } else if (owners.isEmpty() && !with.isEmpty() && clause >= 0) {
        sides = mentions.resolve(clauses.withConjuncts(subjects(clause)), clause);
        others = with;
      } else {
        continue;
      }
      int scope = clause >= 0 ? clause : t;
      List<String> cues = new ArrayList<>();
      if (Modalities.negated(g, t, cues) || Modalities.negated(g, scope, cues) || clauses.requested(scope)) {
        continue;
      }
      Modality modality = Modalities.modality(g, scope, cues);
      EventDate date = EventDates.date(g, t, articleDate);
      if (!date.fromText() && scope != t) {
        date = EventDates.date(g, scope, articleDate);
      }
      VerbPattern rule = new VerbPattern(code, Set.of(g.lemma(t)), VerbPattern.TriggerPos.NOUN, List.of(), null,
          g.lemma(t) + "/n <sides>", "rule:nominal-meeting");
      Firing f = new Firing(t, rule, List.of(), List.of());
      for (Mention a : sides) {
        for (Mention b : others) {
          if (a.code().equals(b.code()) || !dyads.add(a.code() + ">" + b.code())) {
            continue;
          }
          out.add(assembler.event(f, a, b, cameo, code, false, modality, List.copyOf(cues), date,
              false, false, true));
          if (dyads.add(b.code() + ">" + a.code())) {
            out.add(assembler.event(f, b, a, cameo, code, false, modality, List.copyOf(cues), date,
                false, false, true));
          }
        }
      }
    }
    return out;
  }

  /**
   * Whether the tagged tokens may hold such a meeting (for the triage, which sees no parse): a
   * noun of meeting and a "with" or a hyphen after it.
   */
  static boolean mayMeet(List<Token> tokens) {
    boolean noun = false;
    for (Token t : tokens) {
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      if (t.isNoun() && NOUNS.containsKey(lemma)) {
        noun = true;
      }
      if (noun && t.word().equalsIgnoreCase("with")) {
        return true;
      }
    }
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (tokens.get(i).word().equals("-") && i + 2 < tokens.size()) {
        Token next = tokens.get(i + 2);
        if (next.isNoun() && NOUNS.containsKey(next.lemma().toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
    }
    return false;
  }

  /** "a phone call", "a telephone call", "a video call": the call is a conversation. */
  private boolean phone(int t) {
    if (g.lemma(t).equals("phone-call")) {
      return true;
    }
    for (int c : g.childrenExact(t, "compound")) {
      String l = g.lemma(c).toLowerCase(Locale.ROOT);
      if (l.equals("phone") || l.equals("telephone") || l.equals("video")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The noun's owners: its possessor and the actors compounded to it, with the actors a hyphen
   * joins to those ("Russia-Ukraine talks", where Russia is a compound of Ukraine).
   */
  private List<Integer> owners(int noun) {
    Set<Integer> out = new LinkedHashSet<>(g.childrenExact(noun, "nmod:poss"));
    for (int c : g.childrenExact(noun, "compound")) {
      out.add(c);
      for (int inner : g.childrenExact(c, "compound")) {
        if (hyphenBetween(inner, c)) {
          out.add(inner);
        }
      }
    }
    for (int a : g.childrenExact(noun, "amod")) {
      out.add(a);
    }
    return new ArrayList<>(out);
  }

  private boolean hyphenBetween(int a, int b) {
    for (int x = Math.min(a, b) + 1; x < Math.max(a, b); x++) {
      String w = g.token(x).word();
      if (w.equals("-") || w.equals("–") || w.equals("/")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the noun (or the measure before it) is what a word of {@link #STANCES} asks for or judges. */
  private boolean asked(int noun) {
    int cur = noun;
    for (int step = 0; step < 2; step++) {
      Dependency h = g.head(cur);
      if (h == null || h.governor() < 0) {
        return false;
      }
      if (STANCES.contains(g.lemma(h.governor()).toLowerCase(Locale.ROOT))) {
        return true;
      }
      if (!(h.relation().equals("nmod:of") && MEASURES.contains(g.lemma(h.governor()).toLowerCase(Locale.ROOT)))) {
        return false;
      }
      cur = h.governor();
    }
    return false;
  }

  /**
   * The verb whose subject takes part in the meeting: the verb the noun (or the measure before it)
   * is an object of, when it is a verb of holding, or an oblique of purpose or time of; -1 when
   * there is none.
   */
  private int clause(int noun) {
    int cur = noun;
    Dependency h = g.head(cur);
    if (h != null && h.governor() >= 0 && h.relation().equals("nmod:of")
        && MEASURES.contains(g.lemma(h.governor()).toLowerCase(Locale.ROOT))) {
      cur = h.governor();
      h = g.head(cur);
    }
    if (h == null || h.governor() < 0 || !g.token(h.governor()).isVerb()) {
      return -1;
    }
    String r = h.relation();
    if (r.equals("obj") && HOLDING.contains(g.lemma(h.governor()))) {
      return h.governor();
    }
    return OBLIQUES.contains(r) ? h.governor() : -1;
  }

  /**
   * The verb's subject; for a complement without one ("is expected to have a meeting", "will
   * join X for talks") the subject of the verb it completes.
   */
  private List<Integer> subjects(int verb) {
    int cur = verb;
    for (int step = 0; step < 3; step++) {
      List<Integer> own = new ArrayList<>(g.childrenExact(cur, "nsubj"));
      own.addAll(g.childrenExact(cur, "nsubj:xsubj"));
      if (!own.isEmpty()) {
        return own;
      }
      if (step > 0) {
        List<Integer> pass = g.childrenExact(cur, "nsubj:pass");
        if (!pass.isEmpty()) {
          return pass;
        }
      }
      Dependency h = g.head(cur);
      if (h == null || h.governor() < 0 || !h.relation().equals("xcomp")) {
        break;
      }
      cur = h.governor();
    }
    return List.of();
  }
}
