package org.vigil.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigil.core.event.ActorRef;
import org.vigil.core.text.Sentence;
import org.vigil.core.text.Token;
import org.vigil.testkit.Seeded;
import org.vigil.testkit.Seeded.Gen;

/**
 * {@link Contexts#of} (one look-up of each word in a map of cue bits; issue 5) gives the contexts
 * the plain search gives (every cue of every context looked up in the set of the sentence's
 * lower-cased lemmas and words), in the same order, for words that are cues in any case, words
 * that are not, and actors of every sector.
 */
final class ContextsProperties {
  private static final List<String> WORDS = List.of("troops", "Troops", "ARMY", "refugee", "Refugees", "flee",
      "fled", "border", "Border", "aid", "Aid", "oil", "nuclear", "vote", "court", "rights", "spy", "cyber",
      "hack", "Ambassador", "talks", "minister", "base", "camp", "the", "said", "Kabul", "attack", "sentence",
      "cease-fire", "counter-intelligence", "İstanbul", "ﬁre", "mission", "militant", "intelligence");
  /** The actors' sectors; "none" is an actor without one, "null" no actor. */
  private static final List<String> SECTORS = List.of("MIL", "REF", "INS", "REB", "GOV", "COP", "none", "null");

  @Test
  void givesTheContextsThePlainSearchGives() {
    Seeded.forEachCase(3000, 0xC047E775L,
        g -> assertGivesThePlainSearchsContexts(sentence(g), g.pick(SECTORS), g.pick(SECTORS)));
  }

  private static void assertGivesThePlainSearchsContexts(List<String> words, String source, String target) {
    List<Token> tokens = new ArrayList<>();
    int offset = 0;
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      // the lemma: the word, or its singular, or in capitals (CoreNLP keeps the case of names)
      String lemma = i % 3 == 0 && w.endsWith("s") ? w.substring(0, w.length() - 1) : i % 3 == 1 ? w.toUpperCase(Locale.ROOT) : w;
      tokens.add(new Token(i, w, lemma, "NN", "O", offset, offset + w.length()));
      offset += w.length() + 1;
    }
    Sentence s = new Sentence(0, String.join(" ", words), 0, offset, tokens, List.of(), List.of());
    ActorRef src = actor(source);
    ActorRef tgt = actor(target);
    assertThat(Contexts.of(s, src, tgt)).isEqualTo(plain(s, src, tgt));
  }

  private static List<String> sentence(Gen g) {
    return g.listOf(1, 20, () -> g.pick(WORDS));
  }

  private static ActorRef actor(String sector) {
    if (sector.equals("null")) {
      return null;
    }
    return new ActorRef("AFG", "AFG", sector.equals("none") ? null : sector, "", "", 0, 0, List.of(), List.of());
  }

  /** The search {@link Contexts#of} replaced, over the same cues. */
  private static List<String> plain(Sentence sentence, ActorRef source, ActorRef target) {
    Set<String> lemmas = new LinkedHashSet<>();
    for (Token t : sentence.tokens()) {
      lemmas.add(t.lemma().toLowerCase(Locale.ROOT));
      lemmas.add(t.word().toLowerCase(Locale.ROOT));
    }
    Set<String> found = new LinkedHashSet<>();
    for (Map.Entry<String, Set<String>> e : Contexts.CUES.entrySet()) {
      for (String cue : e.getValue()) {
        if (lemmas.contains(cue)) {
          found.add(e.getKey());
          break;
        }
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
