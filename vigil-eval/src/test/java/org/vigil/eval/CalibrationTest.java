package org.vigil.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.eval.Events.always;
import static org.vigil.eval.Events.event;
import static org.vigil.eval.Events.plover;
import static org.vigil.eval.EventScoringTest.COUNTRY;
import static org.vigil.eval.EventScoringTest.expects;
import static org.vigil.eval.EventScoringTest.triple;
import static org.vigil.eval.PloverScoringTest.actor;
import static org.vigil.eval.PloverScoringTest.gold;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The confidence calibration table: which events count as right, and how they are binned. */
final class CalibrationTest {

  private static CalibrationBin binOf(Report r, double confidence) {
    return r.calibration().get(Calibration.bin(confidence));
  }

  @Test
  void aPetrarchEventIsRightWhenItIsMatchedToAnExpectedEvent() {
    Report r = EventScoringTest.score(COUNTRY,
        always(event("ARNGOV", "GON", "064").confidence(0.85), event("ARN", "GON", "190").confidence(0.85)),
        expects("a", triple("ARN", "GON", "064")));
    assertThat(binOf(r, 0.85)).isEqualTo(new CalibrationBin(0.8, 0.9, 2, 1));
    assertThat(r.calibrationHigh()).isEqualTo(new CalibrationBin(0.8, 1.0, 2, 1));
    assertThat(r.calibrationHigh().precision()).isEqualTo(0.5);
  }

  @Test
  void aPloverEventNeedsTheGoldTypeAndTheGoldActorsCountry() {
    var record = gold("AGREE", null, List.of(actor("Hungarian officials", "HUN")), List.of());
    Report r = PloverScoringTest.score(always(
            plover("AGREE").source("HUNGOV", "Senior Hungarian officials").confidence(0.95),
            plover("AGREE").source("ROUGOV", "Hungarian officials").confidence(0.65),
            plover("REJECT").source("HUNGOV", "Hungarian officials").confidence(0.55)),
        record);
    assertThat(binOf(r, 0.95).correct()).as("type and country right").isEqualTo(1);
    assertThat(binOf(r, 0.65).correct()).as("right type, another country").isZero();
    assertThat(binOf(r, 0.55).correct()).as("another type").isZero();
    assertThat(r.calibration()).extracting(CalibrationBin::events).containsExactly(0L, 1L, 1L, 0L, 0L, 1L);
  }

  @Test
  void aPloverEventWithoutTheCodedGoldTargetIsWrongButUncodedGoldActorsAreNotCompared() {
    var withTarget = gold("ACCUSE", null, List.of(), List.of(actor("Israel", "ISR")));
    assertThat(PloverScoringTest.score(always(plover("ACCUSE").confidence(0.9)), withTarget).calibrationHigh())
        .isEqualTo(new CalibrationBin(0.8, 1.0, 1, 0));
    var uncoded = gold("ACCUSE", null, List.of(), List.of(actor("the settlers", null)));
    assertThat(PloverScoringTest.score(always(plover("ACCUSE").confidence(0.9)), uncoded).calibrationHigh())
        .isEqualTo(new CalibrationBin(0.8, 1.0, 1, 1));
  }

  @Test
  void binsRunFromTheirLowerBoundAndTheLastOneIncludesOne() {
    assertThat(Calibration.bin(0.0)).isZero();
    assertThat(Calibration.bin(0.49)).isZero();
    assertThat(Calibration.bin(0.5)).isEqualTo(1);
    assertThat(Calibration.bin(0.8)).isEqualTo(4);
    assertThat(Calibration.bin(0.79)).isEqualTo(3);
    assertThat(Calibration.bin(1.0)).isEqualTo(5);
  }

  @Test
  void theTableIsInTheTextAndJsonReports() {
    Report r = EventScoringTest.score(COUNTRY, always(event("ARN", "GON", "064").confidence(0.85)),
        expects("a", triple("ARN", "GON", "064")));
    assertThat(r.toText()).contains("calibration (confidence)").contains(">= 0.8");
    assertThat(r.toJson()).contains("\"calibration\" : [").contains("\"calibration_high\" : {")
        .contains("\"precision\" : 1.0");
  }

  @Test
  void withoutCodedRecordsThereIsNoTable() {
    Report r = EventScoringTest.score(COUNTRY, always());
    assertThat(r.calibration()).isNull();
    assertThat(r.calibrationHigh()).isNull();
    assertThat(r.toJson()).contains("\"calibration\" : null");
  }

  @Test
  void anAcronymOverlapsTheNameItAbbreviates() {
    assertThat(ActorOverlap.overlaps("International Atomic Energy Agency", "IAEA")).isTrue();
    assertThat(ActorOverlap.overlaps("IAEA inspectors", "the International Atomic Energy Agency")).isTrue();
    assertThat(ActorOverlap.overlaps("UN", "United Nations")).as("two letters are too few").isFalse();
    assertThat(ActorOverlap.overlaps("IRA", "International Atomic Energy Agency")).isFalse();
  }

  @Test
  void theTopSharesCountTheMostConfidentEventsAndSplitTiesAtTheCut() {
    Calibration c = new Calibration();
    // ten events: 0.9 right, 0.8 wrong, then 0.7 three times (one right), then five at 0.5 (all right)
    c.add(0.9, true);
    c.add(0.8, false);
    c.add(0.7, true);
    c.add(0.7, false);
    c.add(0.7, false);
    for (int i = 0; i < 5; i++) {
      c.add(0.5, true);
    }
    List<TopShare> top = c.top();
    assertThat(top).extracting(TopShare::share).containsExactly(0.1, 0.2, 0.3);
    assertThat(top.get(0)).isEqualTo(new TopShare(0.1, 1, 1));
    assertThat(top.get(1).precision()).isEqualTo(0.5);
    // the third slot falls among the three tied at 0.7, of which one is right: a third of an event
    assertThat(top.get(2).events()).isEqualTo(3);
    assertThat(top.get(2).correct()).isCloseTo(1 + 1 / 3.0, org.assertj.core.data.Offset.offset(1e-9));
  }
}
