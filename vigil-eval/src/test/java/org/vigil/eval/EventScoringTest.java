package org.vigil.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.vigil.eval.Events.always;
import static org.vigil.eval.Events.coder;
import static org.vigil.eval.Events.event;

import java.time.Instant;
import java.time.InstantSource;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;

final class EventScoringTest {
  static final InstantSource CLOCK = InstantSource.fixed(Instant.parse("2024-01-01T00:00:00Z"));
  static final Evaluation COUNTRY = new Evaluation(ActorMatch.COUNTRY, CLOCK);
  static final Evaluation FULL = new Evaluation(ActorMatch.FULL, CLOCK);

  static PetrarchGold expects(String id, PetrarchGold.Triple... expected) {
    return new PetrarchGold(id, GoldRecord.DEFAULT_DATE, "Arnor met Gondor.", Arrays.asList(expected), false, null,
        Map.of(), "test.jsonl:1");
  }

  static PetrarchGold.Triple triple(String source, String target, String code) {
    return new PetrarchGold.Triple(source, target, code);
  }

  static Report score(Evaluation evaluation, Function<Article, List<CodedEvent>> coder, GoldRecord... records) {
    return evaluation.score(GoldSet.of(List.of(records)), coder);
  }

  @Test
  void anExactPredictionIsATruePositive() {
    Report r = score(COUNTRY, always(event("ARN", "GON", "064")), expects("a", triple("ARN", "GON", "064")));
    assertThat(r.events()).isEqualTo(new Score(1, 0, 0));
    assertThat(r.details().get(0).matched()).containsExactly("(ARN, GON, 064)");
  }

  @Test
  void aNoeventsRecordWithAPredictionIsAFalsePositive() {
    var gold = new PetrarchGold("n", GoldRecord.DEFAULT_DATE, "Nothing.", List.of(), true, null, Map.of(), "");
    Report r = score(COUNTRY, always(event("ARN", "GON", "064")), gold);
    assertThat(r.events()).isEqualTo(new Score(0, 1, 0));
    assertThat(r.perRoot()).containsEntry("06", new Score(0, 1, 0));
  }

  @Test
  void aRecordWithAnExpectedErrorTreatsEveryPredictionAsFalsePositiveEvenIfListed() {
    var gold = new PetrarchGold("e", GoldRecord.DEFAULT_DATE, "Dateline.", List.of(triple("ARN", "GON", "064")), false,
        "dateline", Map.of(), "");
    Report r = score(COUNTRY, always(event("ARN", "GON", "064")), gold);
    assertThat(r.events()).isEqualTo(new Score(0, 1, 0));
  }

  @Test
  void countryModeMatchesActorsOnTheirFirstThreeLetters() {
    Report r = score(COUNTRY, always(event("USA", "IGOUNO", "042")), expects("a", triple("USAGOV", "IGO", "042")));
    assertThat(r.events()).isEqualTo(new Score(1, 0, 0));
  }

  @Test
  void fullModeNeedsEqualActorCodes() {
    Report r = score(FULL, always(event("USA", "IGOUNO", "042")), expects("a", triple("USAGOV", "IGO", "042")));
    assertThat(r.events()).isEqualTo(new Score(0, 1, 1));
  }

  @Test
  void countryModeStillNeedsTheSameCountry() {
    Report r = score(COUNTRY, always(event("USAGOV", "IRQ", "042")), expects("a", triple("USAGOV", "IRN", "042")));
    assertThat(r.events()).isEqualTo(new Score(0, 1, 1));
  }

  @Test
  void emptyNullAndDashTargetsMatchEachOther() {
    Report r = score(FULL, always(event("ARN", null, "010"), event("ARN", null, "020")),
        expects("a", triple("ARN", "---", "010"), triple("ARN", "", "020")));
    assertThat(r.events()).isEqualTo(new Score(2, 0, 0));
  }

  @Test
  void aMissingTargetDoesNotMatchAGivenOne() {
    Report r = score(COUNTRY, always(event("ARN", null, "064")), expects("a", triple("ARN", "GON", "064")));
    assertThat(r.events()).isEqualTo(new Score(0, 1, 1));
  }

  @Test
  void negatedPredictionsAreIgnored() {
    Report r = score(COUNTRY, always(event("ARN", "GON", "190").negated(), event("ARN", "GON", "064")),
        expects("a", triple("ARN", "GON", "064")));
    assertThat(r.events()).isEqualTo(new Score(1, 0, 0));
    assertThat(r.details().get(0).predicted()).containsExactly("(ARN, GON, 064)");
  }

  @Test
  void aRecordWithOnlyNegatedPredictionsHasNoEvents() {
    Report r = score(COUNTRY, always(event("ARN", "GON", "064").negated()), expects("a", triple("ARN", "GON", "064")));
    assertThat(r.events()).isEqualTo(new Score(0, 0, 1));
    assertThat(r.recordsWithEvents()).isZero();
  }

  @Test
  void eachPredictionMatchesAtMostOneExpectedEvent() {
    Report twoPredictions = score(COUNTRY, always(event("ARN", "GON", "064"), event("ARN", "GON", "064")),
        expects("a", triple("ARN", "GON", "064")));
    Report twoExpected = score(COUNTRY, always(event("ARN", "GON", "064")),
        expects("a", triple("ARN", "GON", "064"), triple("ARN", "GON", "064")));
    assertThat(twoPredictions.events()).isEqualTo(new Score(1, 1, 0));
    assertThat(twoExpected.events()).isEqualTo(new Score(1, 0, 1));
  }

  @Test
  void aWrongCodeWithTheRightRootCountsOnlyAtRootLevel() {
    Report r = score(COUNTRY, always(event("ARN", "GON", "0234")), expects("a", triple("ARN", "GON", "023")));
    assertThat(r.events()).isEqualTo(new Score(0, 1, 1));
    assertThat(r.eventsRoot()).isEqualTo(new Score(1, 0, 0));
  }

  @Test
  void rootLevelAlsoUsesTheFirstTwoCharactersOfLetterSuffixedCodes() {
    Report r = score(COUNTRY, always(event("ARN", "GON", "173")), expects("a", triple("ARN", "GON", "174K")));
    assertThat(r.eventsRoot()).isEqualTo(new Score(1, 0, 0));
  }

  @Test
  void perRootCountsHitsAndMissesUnderTheExpectedRootAndFalsePositivesUnderThePredictedRoot() {
    Report r = score(COUNTRY, always(event("ARN", "GON", "064"), event("ARN", "GON", "190")),
        expects("a", triple("ARN", "GON", "064"), triple("ARN", "GON", "111")));
    assertThat(r.perRoot()).containsExactly(
        Map.entry("06", new Score(1, 0, 0)),
        Map.entry("11", new Score(0, 0, 1)),
        Map.entry("19", new Score(0, 1, 0)));
  }

  @Test
  void countsAreSummedOverRecordsAndGiveTheUsualPrecisionRecallAndF1() {
    Report r = score(COUNTRY, coder(Map.of(
            "a", List.of(event("ARN", "GON", "064"), event("ARN", "GON", "190")),
            "b", List.of(event("GON", "ARN", "042")))),
        expects("a", triple("ARN", "GON", "064")),
        expects("b", triple("GON", "ARN", "042"), triple("GON", "ARN", "111")));
    assertThat(r.events()).isEqualTo(new Score(2, 1, 1));
    assertThat(r.events().precision()).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(r.events().recall()).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(r.events().f1()).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(r.records()).isEqualTo(2);
    assertThat(r.recordsWithEvents()).isEqualTo(2);
  }

  @Test
  void withoutPetrarchRecordsTheEventScoresAreNull() {
    var plover = new PloverGold("p", GoldRecord.DEFAULT_DATE, "Text.", "AGREE", null, null, List.of(), List.of(), "");
    Report r = score(COUNTRY, always(event("ARN", "GON", "064")), plover);
    assertThat(r.events()).isNull();
    assertThat(r.eventsRoot()).isNull();
    assertThat(r.perRoot()).isNull();
  }

  @Nested
  final class ScoreValues {
    @Test
    void nothingExpectedAndNothingPredictedIsPerfect() {
      Score s = new Score(0, 0, 0);
      assertThat(List.of(s.precision(), s.recall(), s.f1())).containsOnly(1.0);
    }

    @Test
    void zeroDenominatorsGiveZero() {
      assertThat(new Score(0, 0, 3).precision()).isZero();
      assertThat(new Score(0, 2, 0).recall()).isZero();
      assertThat(new Score(0, 2, 3).f1()).isZero();
    }
  }
}
