package org.vigil.coding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigil.core.event.ActorRef;
import org.vigil.core.text.Sentence;
import org.vigil.core.text.Token;

/**
 * PLOVER contexts of an event from cue words of its sentence and from its actors' sectors
 * ("refugees" for a refugee flow, "military" for troops). Contexts are PLOVER's names. Stateless.
 */
final class Contexts {
  /** Context and the lemmas that cue it, in the order contexts are reported. */
  static final Map<String, Set<String>> CUES = new LinkedHashMap<>();

  static {
    CUES.put("military", Set.of("troop", "troops", "army", "military", "soldier", "armed", "missile", "tank",
        "artillery", "airstrike", "warship", "navy", "battalion", "brigade", "offensive", "mobilise", "mobilize",
        "deploy", "weapon", "drill", "exercise", "base", "militia", "ceasefire", "cease-fire"));
    CUES.put("refugees", Set.of("refugee", "asylum", "displace", "displaced", "flee", "exodus", "influx", "camp",
        "migrant", "migration", "deport", "deportation", "resettle", "evacuate", "evacuation"));
    CUES.put("terrorism", Set.of("terrorist", "terrorism", "jihadist", "extremist", "suicide", "bomber",
        "hostage", "kidnap", "hijack", "militant"));
    CUES.put("territory", Set.of("border", "territory", "frontier", "annex", "annexation", "enclave", "occupy",
        "occupation", "sovereignty", "incursion", "boundary"));
    CUES.put("peacekeeping", Set.of("peacekeeper", "peacekeeping", "monitor", "observer", "mission"));
    CUES.put("humanitarian", Set.of("humanitarian", "aid", "relief", "food", "famine", "medicine", "shelter"));
    CUES.put("economic", Set.of("trade", "economy", "economic", "tariff", "investment", "export", "import",
        "oil", "gas", "loan", "debt", "currency", "embargo"));
    CUES.put("cbrn", Set.of("nuclear", "chemical", "biological", "radiological", "uranium", "enrichment"));
    CUES.put("election", Set.of("election", "vote", "ballot", "poll", "referendum", "candidate", "campaign"));
    CUES.put("legal", Set.of("court", "judge", "trial", "tribunal", "indict", "charge", "prosecutor", "law",
        "lawsuit", "verdict", "sentence", "convict"));
    CUES.put("rights_freedoms", Set.of("rights", "freedom", "censorship", "torture", "detainee", "prisoner"));
    CUES.put("intelligence", Set.of("intelligence", "counter-intelligence", "spy", "espionage"));
    CUES.put("cyber", Set.of("cyber", "cyberattack", "hacker", "hack", "malware"));
    CUES.put("diplomatic", Set.of("ambassador", "embassy", "envoy", "diplomat", "diplomatic", "summit", "talks",
        "negotiation", "treaty", "minister"));
  }

  /** The contexts of {@link #CUES} in their order, and for each cue the bits of the contexts it cues. */
  private static final List<String> CONTEXTS = List.copyOf(CUES.keySet());
  private static final Map<String, Integer> CUE_BITS;

  static {
    Map<String, Integer> bits = new java.util.HashMap<>();
    for (int c = 0; c < CONTEXTS.size(); c++) {
      int bit = 1 << c;
      CUES.get(CONTEXTS.get(c)).forEach(cue -> bits.merge(cue, bit, (x, y) -> x | y));
    }
    CUE_BITS = Map.copyOf(bits);
  }

  private Contexts() {}

  static List<String> of(Sentence sentence, ActorRef source, ActorRef target) {
    // the contexts any lower-cased lemma or word cues (issue 5: one look-up a word, no set of the
    // sentence's words per event), in the order of CUES
    int cued = 0;
    for (Token t : sentence.tokens()) {
      cued |= CUE_BITS.getOrDefault(t.lemma().toLowerCase(java.util.Locale.ROOT), 0);
      cued |= CUE_BITS.getOrDefault(t.word().toLowerCase(java.util.Locale.ROOT), 0);
    }
    Set<String> found = new LinkedHashSet<>();
    for (int c = 0; c < CONTEXTS.size(); c++) {
      if ((cued & 1 << c) != 0) {
        found.add(CONTEXTS.get(c));
      }
    }
    for (ActorRef a : new ActorRef[] {source, target}) {
      if (a != null && a.sector() != null) {
        switch (a.sector()) {
          case "MIL" -> found.add("military");
          case "REF" -> found.add("refugees");
          case "INS", "REB" -> found.add("military");
          default -> { }
        }
      }
    }
    return new ArrayList<>(found);
  }
}
