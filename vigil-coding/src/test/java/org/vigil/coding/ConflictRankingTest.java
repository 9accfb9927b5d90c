package org.vigil.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The protest lexicon of {@link ConflictRanking} (issue 11, round 12; built from WordNet by scripts/build-protests.py). */
final class ConflictRankingTest {

  @Test
  void theLexiconHasItsThreeKindsFromWordNetsProtestSynsets() {
    assertThat(ConflictRanking.LEXICON).containsOnlyKeys("verb", "act", "people");
    assertThat(ConflictRanking.LEXICON.get("verb")).contains("protest", "demonstrate", "march", "strike", "riot");
    assertThat(ConflictRanking.LEXICON.get("act")).contains("protest", "demonstration", "sit-in", "rally", "riot");
    // persons through the derivation links of the kept words
    assertThat(ConflictRanking.LEXICON.get("people")).contains("protester", "demonstrator", "striker", "rioter");
  }

  @Test
  void aRootSynsetGivesOnlyItsFirstWordAndInsurrectionIsLeftOut() {
    // "protest, resist, dissent" and "protest, objection, dissent": their rarer synonyms are no protest
    assertThat(ConflictRanking.LEXICON.get("verb")).doesNotContain("resist", "dissent", "rebel", "revolt", "rise");
    assertThat(ConflictRanking.LEXICON.get("act")).doesNotContain("objection", "dissent");
    assertThat(ConflictRanking.LEXICON.get("people")).doesNotContain("rebel", "insurgent", "dissident");
  }
}
