package org.vigil.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.vigil.coding.dictionary.Dictionaries;
import org.vigil.core.text.Token;

/** The nominalisation lexicon and the triage's reading of it (issue 11, round 10); no parse. */
final class NominalEventsTest {
  private static final Dictionaries BUILTIN = Dictionaries.builtin();

  @Test
  void everyNounLeadsToAVerbWithPatterns() {
    assertThat(NominalEvents.VERB_OF).hasSizeGreaterThan(300);
    assertThat(NominalEvents.VERB_OF.values()).allMatch(v -> !BUILTIN.verbs().forLemma(v).isEmpty());
  }

  @Test
  void holdsEachKindOfDerivationAndNoNounThatNamesABody() {
    assertThat(NominalEvents.VERB_OF).containsEntry("restriction", "restrict").containsEntry("deployment", "deploy")
        .containsEntry("withdrawal", "withdraw").containsEntry("assistance", "assist")
        .containsEntry("backing", "back").containsEntry("blockade", "blockade");
    // the most frequent senses of these name a body or a place, not an act
    assertThat(NominalEvents.VERB_OF).doesNotContainKeys("government", "settlement", "colony");
  }

  @Test
  void signedNounsAreTheObjectWordsOfSigning() {
    assertThat(NominalEvents.signedNouns(BUILTIN)).contains("agreement", "accord", "treaty").doesNotContain("talks");
  }

  @Test
  void theTriageWantsALexiconNounWithAPrepositionAfterIt() {
    assertThat(NominalEvents.mayName(tagged("Arnor 's/POS blockade/NN of Gondor"), BUILTIN)).isTrue();
    assertThat(NominalEvents.mayName(tagged("the accord/NN between Arnor and Gondor"), BUILTIN)).isTrue();
    // the noun alone, or as a verb, is not enough
    assertThat(NominalEvents.mayName(tagged("Arnor 's/POS blockade/NN continued"), BUILTIN)).isFalse();
    assertThat(NominalEvents.mayName(tagged("Arnor blockaded/VBD of Gondor"), BUILTIN)).isFalse();
  }

  /** Tokens from "word/TAG"; an untagged capitalised word is a proper noun, any other a preposition. */
  private static List<Token> tagged(String text) {
    String[] parts = text.split(" ");
    List<Token> out = new ArrayList<>();
    for (int i = 0; i < parts.length; i++) {
      String[] wt = parts[i].split("/");
      String word = wt[0];
      String tag = wt.length > 1 ? wt[1] : Character.isUpperCase(word.charAt(0)) ? "NNP" : "IN";
      String lemma = word.toLowerCase(Locale.ROOT);
      if (tag.equals("VBD") && lemma.endsWith("ed")) {
        lemma = lemma.substring(0, lemma.length() - 2);
      }
      out.add(new Token(i, word, lemma, tag, "O", 0, word.length()));
    }
    return out;
  }
}
