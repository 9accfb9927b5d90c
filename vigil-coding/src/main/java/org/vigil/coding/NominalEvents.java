package org.vigil.coding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
 * Events written as nouns inside another clause (issue 11, round 10): "Arnor's restriction on
 * exports to Gondor", "Rohan's backing of the rebels", "Gondor's expulsion of Arnor's envoy". A noun the
 * nominalisation lexicon ({@code builtin/nominalisations.txt}, built by
 * {@code scripts/build-nominalisations.py} from WordNet's derivational links) derives from a verb
 * with patterns is read as that verb:
 *
 * <ul>
 *   <li>its pattern is the verb's most specific one the noun's dependents satisfy: an object word
 *       written with "of" or "on" or compounded to the noun ("the imposition of sanctions", "a ban
 *       on imports", "arms deliveries"), a preposition of the verb's own ("agreement with");
 *   <li>its source is the noun's owner: the possessor ("Rohan's", "its", read as the pronoun's
 *       antecedent), the agent of "by", else a nationality or name compounded to it ("the Russian
 *       invasion of Ukraine");
 *   <li>its target is the pattern's own preposition, else the first actor of {@link #TARGET_PREPS}
 *       on the noun, else one the object word is "to" or "from" ("a ban on imports from Arnor").
 * </ul>
 *
 * <p>Gated, as the noun has no clause of its own: nothing is coded without a dictionary actor as
 * source and another as target; for a noun a pattern or a stage already took (fired, consumed,
 * or the subject of a fired verb of saying or asking); for a noun that is what another word asks
 * for, plans, threatens or undoes ({@link NounEvents#unrealised}, {@link #INTENDED}: "called for
 * a ban on", "plans for the deployment of"); in a negated or requested clause; or for a dyad and
 * CAMEO root the sentence already codes. A noun of a formal agreement (an object word of the
 * signing patterns, {@link #signedNouns}) with no owner and two or more sides "between" or "among"
 * is each side's signing with each other one. The clause the noun is part of gives the modality;
 * the date is the noun's own ("the 2016 accord"), else its clause's. Per sentence; not
 * thread-safe.
 */
final class NominalEvents {
  /** Where the lexicon is, beside the built-in dictionaries. */
  static final String LEXICON = "/org/vigil/coding/dictionary/builtin/nominalisations.txt";
  /** Noun lemma to verb lemma, from {@link #LEXICON}. */
  static final Map<String, String> VERB_OF = load();
  /** Prepositions through which a noun names whom its act falls on, in the order they are tried. */
  static final List<String> TARGET_PREPS = List.of("of", "on", "against", "to", "with", "toward", "towards", "at",
      "into", "over", "for", "from");
  /**
   * Governors whose noun is intended, asked for, prepared or prevented rather than done: "plans for
   * the deployment of", "sought the extradition of", "would block the sale of".
   */
  static final Set<String> INTENDED = Set.of("plan", "want", "seek", "request", "demand", "urge", "propose",
      "proposal", "suggest", "consider", "discuss", "debate", "postpone", "delay", "block", "veto", "stop", "halt",
      "push", "press", "pressure", "hope", "intention", "intend", "aim", "goal", "bid", "attempt", "try", "effort",
      "ready", "readiness", "prepare", "preparation", "rumor", "rumour", "allegation", "accusation", "claim",
      "deny", "denial", "rule", "order", "law", "bill", "measure", "condition", "term", "need", "idea", "option");
  /** Prepositions that name the sides of a mutual act. */
  private static final Set<String> SIDES = Set.of("between", "among");
  /** Signing a formal agreement. */
  private static final String SIGN = "057";
  /** Roots of acts the sides named "between" or "among" do together: intent to cooperate, consult, cooperate. */
  private static final Set<String> MUTUAL = Set.of("03", "04", "05", "06");
  /** Relations through which a noun climbs to the clause it is part of. */
  private static final Set<String> CLIMB = Set.of("obj", "nsubj", "nsubj:pass", "iobj", "conj", "appos");

  private final SentenceGraph g;
  private final Clauses clauses;
  private final SentenceScope scope;

  NominalEvents(SentenceScope scope, Clauses clauses) {
    this.g = scope.g();
    this.clauses = clauses;
    this.scope = scope;
  }

  private static Map<String, String> load() {
    Map<String, String> out = new HashMap<>();
    try (InputStream in = NominalEvents.class.getResourceAsStream(LEXICON)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + LEXICON);
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String l = line.strip();
        if (l.isEmpty() || l.startsWith("#")) {
          continue;
        }
        String[] p = l.split("\\s+");
        if (p.length != 2) {
          throw new IllegalStateException(LEXICON + ": expected 'NOUN VERB', was '" + l + "'");
        }
        out.put(p[0], p[1]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(out);
  }

  /**
   * The noun events of the sentence that {@code coded} (its other events) lacks; {@code fired} and
   * {@code consumed} are the tokens the patterns fired on and took.
   */
  List<CodedEvent> code(List<CodedEvent> coded, Set<Integer> fired, Set<Integer> consumed) {
    Set<String> dyads = new HashSet<>();
    for (CodedEvent e : coded) {
      if (e.target() != null) {
        dyads.add(e.source().code() + ">" + e.target().code() + ">" + e.cameoRoot());
      }
    }
    List<CodedEvent> out = new ArrayList<>();
    Set<String> signed = signedNouns(scope.dictionaries());
    for (int t = 0; t < g.size(); t++) {
      boolean common = g.token(t).isNoun() && !g.token(t).isProperNoun();
      String verb = common ? VERB_OF.get(g.lemma(t).toLowerCase(Locale.ROOT)) : null;
      if (!common || verb == null && !signed.contains(g.lemma(t).toLowerCase(Locale.ROOT))
          || Meetings.NOUNS.containsKey(g.lemma(t).toLowerCase(Locale.ROOT)) || fired.contains(t)
          || consumed.contains(t) || subjectOfFired(t, fired)) {
        continue;
      }
      Reading r = signed.contains(g.lemma(t).toLowerCase(Locale.ROOT)) ? signing(t) : reading(t, verb);
      if (r == null || NounEvents.unrealised(g, t) || intended(t)) {
        continue;
      }
      List<Mention> sources = actorsOnly(scope.mentions().resolve(clauses.withConjuncts(owners(t)), t));
      List<Mention> targets;
      if (sources.isEmpty() && MUTUAL.contains(r.pattern().code().substring(0, 2))) {
        // "the 2016 accord among Arnor, Gondor and Rohan": each side acts on each other one
        sources = sides(t);
        targets = sources;
      } else {
        targets = sources.isEmpty() ? List.of() : targets(t, r, sources);
      }
      if (sources.isEmpty() || targets.isEmpty()) {
        continue;
      }
      int host = clause(t);
      List<String> cues = new ArrayList<>();
      if (Modalities.negated(g, t, cues) || host != t && (Modalities.negated(g, host, cues)
          || clauses.requested(host))) {
        continue;
      }
      Modality modality = host == t ? Modality.ASSERTED : Modalities.modality(g, host, cues);
      String code = r.pattern().code();
      CameoCode cameo = scope.dictionaries().cameo().findOrParent(code).orElse(null);
      if (cameo == null) {
        continue;
      }
      EventDate date = SentenceCoder.date(g, t, scope.articleDate());
      if (!date.fromText() && host != t) {
        date = EventDates.date(g, host, scope.articleDate());
      }
      VerbPattern rule = new VerbPattern(code, Set.of(g.lemma(t)), VerbPattern.TriggerPos.NOUN, List.of(), null,
          g.lemma(t) + "/n as " + r.pattern().text(), "rule:nominal-event");
      Firing f = new Firing(t, rule, r.things(), List.of());
      for (Mention s : sources) {
        for (Mention target : targets) {
          if (s.code().equals(target.code()) || !dyads.add(s.code() + ">" + target.code() + ">" + cameo.root())) {
            continue;
          }
          out.add(scope.assembler().event(f, s, target, cameo, code, false, modality, List.copyOf(cues), date,
              true, false, false));
          if (code.equals(SIGN) && dyads.add(target.code() + ">" + s.code() + ">" + cameo.root())) {
            // a deal binds each party to the other, once per direction (as SentenceCoder codes signing)
            out.add(scope.assembler().event(f, target, s, cameo, code, false, modality, List.copyOf(cues), date,
                true, false, false));
          }
        }
      }
    }
    return out;
  }

  /**
   * Whether the tagged tokens may hold such an event (for the triage, which sees no parse): a
   * common noun of the lexicon with a preposition of {@link #TARGET_PREPS} right after it.
   */
  static boolean mayName(List<Token> tokens, Dictionaries dictionaries) {
    Set<String> signed = null;
    for (int i = 0; i + 1 < tokens.size(); i++) {
      Token t = tokens.get(i);
      String next = tokens.get(i + 1).word().toLowerCase(Locale.ROOT);
      if (!t.isNoun() || t.isProperNoun()) {
        continue;
      }
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      if (VERB_OF.containsKey(lemma) && (TARGET_PREPS.contains(next) || SIDES.contains(next))) {
        return true;
      }
      if (SIDES.contains(next)) {
        signed = signed == null ? signedNouns(dictionaries) : signed;
        if (signed.contains(lemma)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The nouns of a formal agreement: the object words of the patterns that code signing one (057,
   * "sign obj:&DEAL"). Such a noun names the signing: "the 2016 accord between Arnor and Gondor".
   */
  static Set<String> signedNouns(Dictionaries dictionaries) {
    Set<String> out = new HashSet<>();
    for (VerbPattern p : dictionaries.verbs().all()) {
      if (p.code().equals(SIGN) && p.pos() == VerbPattern.TriggerPos.VERB) {
        for (VerbPattern.Constraint c : p.constraints()) {
          if (c.kind() == VerbPattern.Constraint.Kind.OBJECT) {
            out.addAll(c.words());
          }
        }
      }
    }
    return out;
  }

  /** The reading of a noun of {@link #signedNouns}: the signing of a formal agreement. */
  private Reading signing(int noun) {
    VerbPattern p = new VerbPattern(SIGN, Set.of(g.lemma(noun)), VerbPattern.TriggerPos.NOUN, List.of(), null,
        g.lemma(noun) + "/n (signed)", "rule:nominal-event");
    return new Reading(p, List.of(), -1);
  }

  /** The sides an act "between" or "among" names, when there are two or more. */
  private List<Mention> sides(int noun) {
    List<Integer> named = new ArrayList<>(g.childrenExact(noun, "nmod:between"));
    named.addAll(g.childrenExact(noun, "nmod:among"));
    List<Mention> out = actorsOnly(scope.mentions().resolve(clauses.withConjuncts(named), noun));
    return out.size() >= 2 ? out : List.of();
  }

  /** A verb pattern the noun's dependents satisfy, with the words its object constraints took. */
  record Reading(VerbPattern pattern, List<Integer> things, int oblique) {}

  /** The verb's most specific pattern the noun satisfies, or null. */
  Reading reading(int noun, String verb) {
    Reading best = null;
    for (VerbPattern p : scope.dictionaries().verbs().forLemma(verb)) {
      if (p.pos() != VerbPattern.TriggerPos.VERB || p.code().equals(VerbPattern.NO_EVENT) || p.sourceSlot() != null
          || p.reverseCode() != null || "none".equals(p.targetSlot())) {
        continue;
      }
      List<Integer> things = new ArrayList<>();
      int oblique = -1;
      boolean ok = true;
      for (VerbPattern.Constraint c : p.constraints()) {
        int hit = switch (c.kind()) {
          case OBJECT -> thing(noun, c.words());
          case OBLIQUE -> first(g.childrenExact(noun, "nmod:" + c.preposition()), c.words());
          default -> -1;
        };
        if (hit < 0) {
          ok = false;
          break;
        }
        if (c.kind() == VerbPattern.Constraint.Kind.OBJECT) {
          things.add(hit);
        } else if (c.words().isEmpty()) {
          oblique = hit;
        } else {
          things.add(hit);
        }
      }
      if (ok && (best == null || p.specificity() > best.pattern().specificity())) {
        best = new Reading(p, things, oblique);
      }
    }
    return best;
  }

  /** The noun's object word: "of" or "on" it ("the imposition of sanctions", "a ban on imports") or before it. */
  private int thing(int noun, Set<String> words) {
    List<Integer> cands = new ArrayList<>(g.childrenExact(noun, "nmod:of"));
    cands.addAll(g.childrenExact(noun, "nmod:on"));
    cands.addAll(g.childrenExact(noun, "compound"));
    return first(cands, words);
  }

  private int first(List<Integer> cands, Set<String> words) {
    for (int c : cands) {
      if (words.isEmpty() || words.contains(g.lemma(c).toLowerCase(Locale.ROOT))) {
        return c;
      }
    }
    return -1;
  }

  /**
   * The noun's owner: its possessor or the agent of "by"; else the actors compounded or
   * adjectival to it ("the Russian invasion", "U.S. sanctions").
   */
  private List<Integer> owners(int noun) {
    List<Integer> out = new ArrayList<>(g.childrenExact(noun, "nmod:poss"));
    out.addAll(g.childrenExact(noun, "nmod:by"));
    out.addAll(g.childrenExact(noun, "nmod:agent"));
    if (out.isEmpty()) {
      out.addAll(g.childrenExact(noun, "compound"));
      out.addAll(g.childrenExact(noun, "amod"));
    }
    return out;
  }

  /** Whom the act falls on: the pattern's preposition, else the first of {@link #TARGET_PREPS} naming an actor. */
  private List<Mention> targets(int noun, Reading r, List<Mention> sources) {
    Set<String> own = new HashSet<>();
    sources.forEach(s -> own.add(s.code()));
    List<List<Integer>> slots = new ArrayList<>();
    String slot = r.pattern().targetSlot();
    if (slot != null && slot.startsWith("+")) {
      slots.add(g.childrenExact(noun, "nmod:" + slot.substring(1)));
    } else if (r.oblique() >= 0) {
      slots.add(List.of(r.oblique()));
    }
    for (String prep : TARGET_PREPS) {
      slots.add(g.childrenExact(noun, "nmod:" + prep));
    }
    for (int thing : r.things()) {
      slots.add(g.childrenExact(thing, "nmod:to"));
      slots.add(g.childrenExact(thing, "nmod:from"));
    }
    // "the expulsion of Arnor's envoy": the thing names whom the act falls on
    slots.add(r.things());
    for (int i = 0; i < slots.size(); i++) {
      List<Integer> s = slots.get(i);
      boolean last = i == slots.size() - 1;
      List<Integer> free = last ? s : s.stream().filter(x -> !r.things().contains(x)).toList();
      List<Mention> found = actorsOnly(scope.mentions().resolve(clauses.withConjuncts(free), noun)).stream()
          .filter(m -> !own.contains(m.code())).toList();
      if (!found.isEmpty()) {
        return found;
      }
    }
    return List.of();
  }

  private static List<Mention> actorsOnly(List<Mention> ms) {
    return ms.stream().filter(m -> !m.ignored() && !m.code().startsWith("---")).toList();
  }

  /**
   * Whether the noun is the subject of a verb of saying or asking a pattern fired on ("the
   * agreement calls for ...", "the declaration says"): the noun is then a text that speaks.
   */
  private boolean subjectOfFired(int noun, Set<Integer> fired) {
    Dependency h = g.head(noun);
    if (h == null || h.governor() < 0 || !fired.contains(h.governor()) || !h.relation().equals("nsubj")) {
      return false;
    }
    String verb = g.lemma(h.governor());
    return Modalities.SPEECH.contains(verb) || Clauses.APPEAL_VERBS.contains(verb);
  }

  /** Whether a word of {@link #INTENDED} governs the noun, directly or through "of", "for" or "on". */
  private boolean intended(int noun) {
    Dependency h = g.head(noun);
    if (h == null || h.governor() < 0) {
      return false;
    }
    String gov = g.lemma(h.governor()).toLowerCase(Locale.ROOT);
    return INTENDED.contains(gov) || Meetings.STANCES.contains(gov) && g.token(h.governor()).isVerb();
  }

  /**
   * The verb of the clause the noun is a part of (through objects, subjects, obliques and nested
   * nouns, at most four steps), or the noun itself when there is none.
   */
  private int clause(int noun) {
    int cur = noun;
    for (int step = 0; step < 4; step++) {
      Dependency h = g.head(cur);
      if (h == null || h.governor() < 0) {
        return noun;
      }
      String r = h.relation();
      if (!(CLIMB.contains(r) || r.startsWith("obl") || r.startsWith("nmod"))) {
        return noun;
      }
      cur = h.governor();
      if (g.token(cur).isVerb()) {
        return cur;
      }
    }
    return noun;
  }
}
