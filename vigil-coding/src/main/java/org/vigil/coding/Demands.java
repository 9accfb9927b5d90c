package org.vigil.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigil.coding.dictionary.CameoCode;
import org.vigil.coding.dictionary.Dictionaries;
import org.vigil.coding.dictionary.VerbPattern;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.EventDate;
import org.vigil.core.event.Modality;
import org.vigil.core.text.Dependency;

/**
 * Reported obligations: "Russia said Sudan must return the helicopter" is a demand (CAMEO 10) of
 * the speaker on the one who must, not an event of the latter (Vigil's modality reading). Per
 * sentence; not thread-safe.
 */
final class Demands {
  /** Nouns of demand or warning whose "that ... must" clause is what they demand. */
  private static final Set<String> DEMAND_NOUNS = Set.of(
      "reminder", "warning", "message", "demand", "call", "ultimatum", "appeal", "notice", "order",
      "instruction", "instructions", "signal", "note", "letter");

  private final SentenceGraph g;
  private final Mentions mentions;
  private final Dictionaries dictionaries;
  private final EventAssembler assembler;
  private final LocalDate articleDate;

  Demands(SentenceGraph g, Mentions mentions, Dictionaries dictionaries, EventAssembler assembler, LocalDate articleDate) {
    this.g = g;
    this.mentions = mentions;
    this.dictionaries = dictionaries;
    this.assembler = assembler;
    this.articleDate = articleDate;
  }

  /**
   * The demands a "must" clause on trigger t states, or none; {@code firing} is what fired on t,
   * or null.
   */
  List<CodedEvent> code(int t, Firing firing) {
    boolean must = false;
    String cue = null;
    for (Dependency d : g.children(t)) {
      if (d.relation().equals("aux")) {
        String w = g.token(d.dependent()).word().toLowerCase(Locale.ROOT);
        if (w.equals("must") || w.equals("should") || w.equals("ought")) {
          must = true;
          cue = g.token(d.dependent()).word();
        }
      }
    }
    if (!must) {
      return List.of();
    }
    int speech = demandSpeech(t);
    if (speech < 0) {
      return List.of();
    }
    List<Integer> speakers = new ArrayList<>();
    for (Dependency d : g.children(speech)) {
      if (d.relation().equals("nsubj")) {
        speakers.add(d.dependent());
      }
    }
    List<Mention> sources = mentions.resolve(speakers, speech);
    List<Integer> obliged = g.children(t, "nsubj");
    List<Integer> addressees = addressees(speech, g.head(t).governor());
    if (!addressees.isEmpty() && !obliged.isEmpty() && obliged.stream().allMatch(x -> g.token(x).isPronoun())) {
      // "told Iraq that it must", "issued a reminder to Iraq that it must": "it" is the one addressed.
      obliged = addressees;
    }
    List<Mention> targets = mentions.resolve(obliged, t);
    if (sources.isEmpty() || targets.isEmpty()) {
      return List.of();
    }
    String code = CodeDerivation.demandCode(firing);
    CameoCode cameo = dictionaries.cameo().findOrParent(code).orElse(null);
    if (cameo == null) {
      return List.of();
    }
    VerbPattern rule = new VerbPattern(code, Set.of(g.lemma(t)), VerbPattern.TriggerPos.VERB, List.of(), null,
        "<speaker> " + g.lemma(speech) + " <target> " + cue + " " + g.lemma(t), "rule:reported-obligation");
    Firing f = new Firing(t, rule, List.of(), List.of());
    EventDate date = EventDates.date(g, speech, articleDate);
    List<CodedEvent> out = new ArrayList<>();
    for (Mention s : sources) {
      for (Mention target : targets) {
        if (!target.code().equals(s.code())) {
          out.add(assembler.event(f, s, target, cameo, code, false, Modality.ASSERTED, List.of(cue), date, true, false, false));
        }
      }
    }
    return out;
  }

  /**
   * The verb through which a "must" clause is said, or -1: a speech verb whose complement it is
   * ("said Sudan must"), or a verb whose object is a noun of demand or warning that the clause
   * spells out ("issued a reminder to Iraq that it must", "sent a message that they should").
   */
  private int demandSpeech(int t) {
    if (Modalities.reported(g, t)) {
      return g.head(t).governor();
    }
    Dependency h = g.head(t);
    if (h == null || h.governor() < 0) {
      return -1;
    }
    String r = h.relation();
    int gov = h.governor();
    if (!(r.equals("ccomp") || r.startsWith("acl") || r.equals("dep"))) {
      return -1;
    }
    if (g.token(gov).isNoun() && DEMAND_NOUNS.contains(g.lemma(gov))) {
      Dependency nh = g.head(gov);
      return nh != null && nh.governor() >= 0 && nh.relation().equals("obj") ? nh.governor() : -1;
    }
    if (g.token(gov).isVerb() && r.equals("ccomp")) {
      for (int o : g.childrenExact(gov, "obj")) {
        if (DEMAND_NOUNS.contains(g.lemma(o))) {
          return gov;
        }
      }
    }
    return -1;
  }

  /** Whom a speech verb (or its noun of demand) addresses: "told Iraq", "a reminder to Iraq". */
  private List<Integer> addressees(int speech, int clauseGovernor) {
    List<Integer> out = new ArrayList<>();
    out.addAll(g.childrenExact(speech, "iobj"));
    if (Modalities.SPEECH.contains(g.lemma(speech)) || g.lemma(speech).equals("tell")) {
      for (int o : g.childrenExact(speech, "obj")) {
        if (!DEMAND_NOUNS.contains(g.lemma(o))) {
          out.add(o);
        }
      }
    }
    out.addAll(g.childrenExact(speech, "obl:to"));
    for (int o : g.childrenExact(speech, "obj")) {
      out.addAll(g.childrenExact(o, "nmod:to"));
    }
    if (clauseGovernor >= 0 && clauseGovernor != speech) {
      out.addAll(g.childrenExact(clauseGovernor, "nmod:to"));
    }
    return out;
  }
}
