package org.vigil.ingest.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class ShinglesTest {

  @Test
  void caseQuotesAndPunctuationDoNotChangeTheShingles() {
    assertThat(Shingles.of("The army said: \u201cWe fired back.\u201d", 3))
        .containsExactly(Shingles.of("the ARMY said \"we fired back\"", 3));
  }

  @Test
  void aTextShorterThanAShingleIsOneShingle() {
    assertThat(Shingles.of("Ceasefire holds", 4)).hasSize(1);
    assertThat(Shingles.of(" ... ", 4)).isEmpty();
  }

  @Test
  void jaccardAndContainmentOfSortedSets() {
    int[] a = {1, 2, 3, 4};
    int[] b = {3, 4, 5, 6, 7, 8};

    assertThat(Shingles.jaccard(a, b)).isEqualTo(2.0 / 8);
    assertThat(Shingles.containment(a, b)).isEqualTo(2.0 / 4);
    assertThat(Shingles.jaccard(new int[0], new int[0])).isZero();
  }
}
