package org.vigil.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.eval.Events.always;
import static org.vigil.eval.Events.plover;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;

final class PloverScoringTest {
  static final Evaluation EVALUATION = new Evaluation(ActorMatch.COUNTRY, EventScoringTest.CLOCK);

  static PloverGold gold(String type, String mode, List<PloverGold.Actor> source, List<PloverGold.Actor> target) {
    return new PloverGold("p", GoldRecord.DEFAULT_DATE, "Some text.", type, mode, null, source, target, "t:1");
  }

  static PloverGold gold(String type) {
    return gold(type, null, List.of(), List.of());
  }

  static PloverGold.Actor actor(String text, String code) {
    return new PloverGold.Actor(text, code, null);
  }

  static Report score(Function<Article, List<CodedEvent>> coder, GoldRecord... records) {
    return EVALUATION.score(GoldSet.of(List.of(records)), coder);
  }

  @Nested
  final class TypeAccuracy {
    @Test
    void theTopEventIsTheMostConfidentOne() {
      Report r = score(always(plover("AGREE").confidence(0.4), plover("REJECT").confidence(0.9)), gold("REJECT"));
      assertThat(r.ploverTypeAccuracy()).isEqualTo(new Ratio(1, 1));
    }

    @Test
    void tiesGoToTheEarliestEvent() {
      Report earliestRight = score(always(plover("AGREE").confidence(0.7), plover("REJECT").confidence(0.7)),
          gold("AGREE"));
      Report laterRight = score(always(plover("AGREE").confidence(0.7), plover("REJECT").confidence(0.7)),
          gold("REJECT"));
      assertThat(earliestRight.ploverTypeAccuracy()).isEqualTo(new Ratio(1, 1));
      assertThat(laterRight.ploverTypeAccuracy()).isEqualTo(new Ratio(0, 1));
    }

    @Test
    void anyEventAccuracyCountsATypeBelowTheTop() {
      Report r = score(always(plover("AGREE").confidence(0.9), plover("REJECT").confidence(0.2)), gold("REJECT"));
      assertThat(r.ploverTypeAccuracy()).isEqualTo(new Ratio(0, 1));
      assertThat(r.ploverTypeAccuracyAny()).isEqualTo(new Ratio(1, 1));
    }

    @Test
    void aRecordWithoutEventsCountsAsWrong() {
      Report r = score(always(), gold("AGREE"));
      assertThat(r.ploverTypeAccuracy()).isEqualTo(new Ratio(0, 1));
      assertThat(r.ploverTypeAccuracyAny()).isEqualTo(new Ratio(0, 1));
    }

    @Test
    void aNegatedTopEventIsIgnored() {
      Report r = score(always(plover("REJECT").confidence(0.9).negated(), plover("AGREE").confidence(0.1)),
          gold("AGREE"));
      assertThat(r.ploverTypeAccuracy()).isEqualTo(new Ratio(1, 1));
    }

    @ParameterizedTest(name = "gold {0} is predicted {1}")
    @CsvSource({"DEMAND, REQUEST", "DISAPPROVE, ACCUSE", "INVESTIGATE, ACCUSE", "FIGHT, ASSAULT", "AGREE, AGREE"})
    void legacyGoldTypeNamesAreMappedToCurrentOnes(String goldType, String predictedType) {
      Report r = score(always(plover(predictedType)), gold(goldType));
      assertThat(r.ploverTypeAccuracy()).isEqualTo(new Ratio(1, 1));
    }

    @Test
    void predictedLegacyNamesAreMappedToo() {
      Report r = score(always(plover("DISAPPROVE")), gold("INVESTIGATE"));
      assertThat(r.ploverTypeAccuracy()).isEqualTo(new Ratio(1, 1));
    }

    @Test
    void differentTypesStayDifferentAfterMapping() {
      Report r = score(always(plover("REQUEST")), gold("FIGHT"));
      assertThat(r.ploverTypeAccuracy()).isEqualTo(new Ratio(0, 1));
    }

    @Test
    void withoutPloverRecordsThePloverRatiosAreNull() {
      var petrarch = EventScoringTest.expects("a");
      Report r = score(always(plover("AGREE")), petrarch);
      assertThat(List.of(r)).extracting(Report::ploverTypeAccuracy, Report::ploverTypeAccuracyAny,
          Report::ploverModeAccuracy, Report::actorCountryAccuracy, Report::actorRecall)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(null, null, null, null, null));
    }
  }

  @Nested
  final class ModeAccuracy {
    @Test
    void onlyRecordsWithAGoldModeCount() {
      Report r = EVALUATION.score(GoldSet.of(List.of(
              gold("PROTEST", "demo-org", List.of(), List.of()),
              gold("PROTEST", null, List.of(), List.of()))),
          always(plover("PROTEST").mode("DEMO-ORG")));
      assertThat(r.ploverModeAccuracy()).isEqualTo(new Ratio(1, 1));
    }

    @Test
    void theModeIsTakenFromTheTopEvent() {
      Report r = score(always(plover("PROTEST").mode("riot").confidence(0.9), plover("PROTEST").mode("demo-org")),
          gold("PROTEST", "demo-org", List.of(), List.of()));
      assertThat(r.ploverModeAccuracy()).isEqualTo(new Ratio(0, 1));
    }

    @Test
    void theDraftsModeNamesAreMappedToCurrentOnes() {
      assertThat(score(always(plover("PROTEST").mode("demo")), gold("PROTEST", "demo-org", List.of(), List.of()))
          .ploverModeAccuracy()).isEqualTo(new Ratio(1, 1));
      assertThat(score(always(plover("PROTEST").mode("hunger")), gold("PROTEST", "strike-hun", List.of(), List.of()))
          .ploverModeAccuracy()).isEqualTo(new Ratio(1, 1));
      assertThat(score(always(plover("PROTEST").mode("strike")), gold("PROTEST", "strike-hun", List.of(), List.of()))
          .ploverModeAccuracy()).as("a hunger strike is not a general strike").isEqualTo(new Ratio(0, 1));
    }

    @Test
    void noGoldModesLeaveModeAccuracyNull() {
      assertThat(score(always(plover("AGREE")), gold("AGREE")).ploverModeAccuracy()).isNull();
    }
  }

  @Nested
  final class Actors {
    @Test
    void aFoundActorWithTheRightCountryPartIsRight() {
      Report r = score(always(plover("AGREE").source("IGOUNO", "the United Nations")),
          gold("AGREE", null, List.of(actor("United Nations", "IGO")), List.of()));
      assertThat(r.actorRecall()).isEqualTo(new Ratio(1, 1));
      assertThat(r.actorCountryAccuracy()).isEqualTo(new Ratio(1, 1));
    }

    @Test
    void aFoundActorWithAnotherCountryIsFoundButWrong() {
      Report r = score(always(plover("AGREE").source("ROUGOV", "Hungarian officials")),
          gold("AGREE", null, List.of(actor("Hungarian", "HUN")), List.of()));
      assertThat(r.actorRecall()).isEqualTo(new Ratio(1, 1));
      assertThat(r.actorCountryAccuracy()).isEqualTo(new Ratio(0, 1));
    }

    @Test
    void aGoldSourceIsOnlyFoundAmongPredictedSources() {
      Report r = score(always(plover("AGREE").source("XXX", "someone").target("HUN", "Hungary")),
          gold("AGREE", null, List.of(actor("Hungary", "HUN")), List.of()));
      assertThat(r.actorRecall()).isEqualTo(new Ratio(0, 1));
      assertThat(r.actorCountryAccuracy()).as("nothing found, so undefined").isNull();
    }

    @Test
    void aGoldTargetIsFoundAmongPredictedTargetsOfAnyEvent() {
      Report r = score(always(plover("AGREE").confidence(0.9), plover("REJECT").target("ISR", "Israeli forces")),
          gold("AGREE", null, List.of(), List.of(actor("Israel's forces", "ISR"))));
      assertThat(r.actorRecall()).isEqualTo(new Ratio(1, 1));
      assertThat(r.actorCountryAccuracy()).isEqualTo(new Ratio(1, 1));
    }

    @Test
    void goldActorsWithoutACodeAreLeftOut() {
      Report r = score(always(plover("AGREE")),
          gold("AGREE", null, List.of(actor("Hungarian", null), actor("Romanian", "ROU")), List.of()));
      assertThat(r.actorRecall()).isEqualTo(new Ratio(0, 1));
    }

    @Test
    void textsOverlapWhenTheWordsOfOneOccurInTheOther() {
      assertThat(ActorOverlap.overlaps("U.S.", "the U.S. Army")).isTrue();
      assertThat(ActorOverlap.overlaps("Senior Hungarian officials", "HUNGARIAN")).isTrue();
      assertThat(ActorOverlap.overlaps("US", "Russia")).as("no partial words").isFalse();
    }

    @Test
    void textsOverlapWhenTheyShareAContentWordOfFourLettersOrMore() {
      assertThat(ActorOverlap.overlaps("Palestinian militants", "Palestinian groups")).isTrue();
      assertThat(ActorOverlap.overlaps("the UN envoy", "the UN team")).as("UN is too short").isFalse();
      assertThat(ActorOverlap.overlaps("those from Gondor", "those from Arnor")).as("stop words").isFalse();
      assertThat(ActorOverlap.overlaps("", "anything")).isFalse();
    }
  }
}
