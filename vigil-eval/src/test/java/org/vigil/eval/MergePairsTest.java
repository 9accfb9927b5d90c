package org.vigil.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class MergePairsTest {
  private static ArticleGold.Event gold(String source, String target, String type, String date, String granularity) {
    return new ArticleGold.Event("S.", "t", new ArticleGold.Actor("s", source, null),
        target == null ? null : new ArticleGold.Actor("t", target, null), type, "040", "asserted",
        LocalDate.parse(date), granularity, null, null);
  }

  private static final ArticleGold.Event A1 = gold("USA", "RUS", "CONSULT", "2024-03-02", "day");
  private static final ArticleGold.Event B1 = gold("USA", "RUS", "CONSULT", "2024-03-03", "day");
  private static final ArticleGold.Event C1 = gold("USA", "RUS", "CONSULT", "2024-03-10", "day");
  private static final ArticleGold.Event D1 = gold("USA", "RUS", "CONSULT", "2024-03-03", "day");
  private static final ArticleGold.Event A2 = gold("ISR", "PSE", "ASSAULT", "2024-03-02", "day");
  /** The week of Monday 26 February to Sunday 3 March 2024. */
  private static final ArticleGold.Event B2 = gold("ISR", "PSE", "ASSAULT", "2024-03-01", "week");
  private static final ArticleGold.Event C2 = gold("ISR", "PSE", "ASSAULT", "2024-03-02", "day");

  /**
   * Merged events: m1 = {a:A1, b:B1, c:C1} (C1 is a week later: 2 wrong pairs), m2 = {a:A2, b:B2},
   * m3 = {c:C2} (missed with A2 and B2), m4 = {d:D1} (missed with A1 and B1).
   */
  private static final List<MergePairs.Matched> CASE = List.of(
      new MergePairs.Matched("a", "m1", A1, "p"), new MergePairs.Matched("b", "m1", B1, "p"),
      new MergePairs.Matched("c", "m1", C1, "p"), new MergePairs.Matched("d", "m4", D1, "p"),
      new MergePairs.Matched("a", "m2", A2, "p"), new MergePairs.Matched("b", "m2", B2, "p"),
      new MergePairs.Matched("c", "m3", C2, "p"));

  @Test
  void scoresPairsOfDifferentArticlesOnTheHandMadeCase() {
    MergeReport.Pairs pairs = MergePairs.score(CASE, id -> true, 2, 10);

    // merged across articles: a-b, a-c, b-c (m1) and a-b (m2); right: A1-B1 and A2-B2
    // same event: A1-B1, A1-D1, B1-D1, A2-B2, A2-C2, B2-C2
    assertThat(pairs.merged()).isEqualTo(4);
    assertThat(pairs.mergedRight()).isEqualTo(2);
    assertThat(pairs.same()).isEqualTo(6);
    assertThat(pairs.sameMerged()).isEqualTo(2);
    assertThat(pairs.precision()).isEqualTo(0.5);
    assertThat(pairs.recall()).isEqualTo(2.0 / 6);
    assertThat(pairs.wrongExamples()).hasSize(2).allSatisfy(e -> assertThat(e).contains("2024-03-10/day"));
    assertThat(pairs.missedExamples()).hasSize(4);
    assertThat(pairs.missedWhy()).containsExactly(Map.entry("unknown", 4L));
  }

  @Test
  void countsAPairInASplitOnlyWhenBothArticlesAreInIt() {
    MergeReport.Pairs pairs = MergePairs.score(CASE, id -> !id.equals("c"), 2, 1);

    assertThat(pairs.merged()).isEqualTo(2);
    assertThat(pairs.mergedRight()).isEqualTo(2);
    assertThat(pairs.same()).isEqualTo(4);
    assertThat(pairs.precision()).isEqualTo(1.0);
    assertThat(pairs.recall()).isEqualTo(0.5);
    assertThat(pairs.wrongExamples()).isEmpty();
    assertThat(pairs.missedExamples()).hasSize(1);
  }

  @Test
  void sameEventNeedsTheSameCodesTypeAndDateRangesWithinTheWindow() {
    assertThat(MergePairs.sameEvent(A1, B1, 1)).isTrue();
    assertThat(MergePairs.sameEvent(A1, B1, 0)).isFalse();
    assertThat(MergePairs.sameEvent(A1, C1, 2)).isFalse();
    assertThat(MergePairs.sameEvent(A1, C1, 7)).isFalse();
    assertThat(MergePairs.sameEvent(B1, C1, 7)).isTrue();
    assertThat(MergePairs.sameEvent(C2, B2, 0)).isTrue();
    assertThat(MergePairs.sameEvent(gold("ISR", "PSE", "ASSAULT", "2024-03-05", "day"), B2, 1)).isFalse();
    assertThat(MergePairs.sameEvent(gold("ISR", "PSE", "ASSAULT", "2024-03-05", "day"), B2, 2)).isTrue();
    assertThat(MergePairs.sameEvent(A1, gold("USAGOV", "RUS", "CONSULT", "2024-03-02", "day"), 2)).isFalse();
    assertThat(MergePairs.sameEvent(A1, gold("usa ", "RUS", "CONSULT", "2024-03-02", "day"), 2)).isTrue();
    assertThat(MergePairs.sameEvent(A1, gold("USA", "RUS", "COOPERATE", "2024-03-02", "day"), 2)).isFalse();
    assertThat(MergePairs.sameEvent(gold("USA", null, "PROTEST", "2024-03-02", "day"),
        gold("USA", null, "PROTEST", "2024-03-31", "month"), 0)).isTrue();
    assertThat(MergePairs.sameEvent(gold("USA", null, "PROTEST", "2024-03-02", "day"), A1, 2)).isFalse();
  }

  @Test
  void countsGoldPairsOfDifferentArticlesInTheSplit() {
    ArticleGold a = new ArticleGold("a", LocalDate.parse("2024-03-02"), "Text.", null, List.of(A1, A2, D1), "t");
    ArticleGold b = new ArticleGold("b", LocalDate.parse("2024-03-02"), "Text.", null, List.of(B1, B2), "t");
    ArticleGold c = new ArticleGold("c", LocalDate.parse("2024-03-02"), "Text.", null, List.of(C1, C2), "t");

    // A1-B1, D1-B1, A2-B2, A2-C2, B2-C2 (A1-D1 are of one article)
    assertThat(MergePairs.goldPairs(List.of(a, b, c), id -> true, 2)).isEqualTo(5);
    assertThat(MergePairs.goldPairs(List.of(a, b, c), id -> !id.equals("c"), 2)).isEqualTo(3);
  }

  @Test
  void saysWhyTwoPredictionsWereLeftApart() {
    assertThat(MergePairs.whyApart("PAKINS|PAK|ASSAULT|19|stated", "PAKSEPBLA|PAK|ASSAULT|19|stated"))
        .isEqualTo("source code");
    assertThat(MergePairs.whyApart("UKR||AGREE|03|stated", "UKR|USA|AGREE|03|stated")).isEqualTo("target absent in one");
    assertThat(MergePairs.whyApart("UKR|USA|AGREE|03|stated", "UKR|USAGOV|AGREE|03|stated")).isEqualTo("target code");
    assertThat(MergePairs.whyApart("USA|CHN|ACCUSE|11|stated", "USA|CHN|ACCUSE|12|stated")).isEqualTo("CAMEO root");
    assertThat(MergePairs.whyApart("USA|CHN|ACCUSE|11|stated", "USA|CHN|ACCUSE|11|stated"))
        .isEqualTo("same block: dates or places");
    assertThat(MergePairs.whyApart("", "USA|CHN|ACCUSE|11|stated")).isEqualTo("unknown");
  }

  @Test
  void pairsRefuseMoreRightPairsThanPairs() {
    assertThatThrownBy(() -> new MergeReport.Pairs(1, 2, 3, 2, List.of(), List.of(), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("merge pairs must count right pairs among all, was 2 of 1 merged and 2 of 3 same");
  }
}
