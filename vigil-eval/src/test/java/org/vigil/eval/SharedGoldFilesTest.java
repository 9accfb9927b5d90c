package org.vigil.eval;

import org.vigil.testkit.Shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reads the shared gold files, where {@code ../shared} is present; skipped elsewhere. */
final class SharedGoldFilesTest {

  static Path sharedFile(String relative) {
    return Shared.file("eval/" + relative);
  }

  @Test
  void readsEveryPloverGoldRecord() {
    GoldSet gold = Evaluation.readGold(List.of(sharedFile("plover/gsr-dev.jsonl")));
    assertThat(gold.skipped()).isEmpty();
    assertThat(gold.warnings()).isEmpty();
    assertThat(gold.plover()).hasSize(162);
    assertThat(gold.records()).hasSize(162);
  }

  @Test
  void readsEveryPetrarchGoldRecord() {
    GoldSet gold = Evaluation.readGold(List.of(sharedFile("petrarch2/gsr-dev.jsonl")));
    assertThat(gold.skipped()).isEmpty();
    assertThat(gold.petrarch()).hasSize(45);
    assertThat(gold.records()).hasSize(45);
    // two known defects of the file, repaired on reading: a date of "121108" and a blank text
    assertThat(gold.warnings()).extracting(GoldProblem::line).containsExactly(8, 26);
  }

  @Test
  void readsEveryPetrarchUnitRecord() {
    GoldSet gold = Evaluation.readGold(List.of(sharedFile("petrarch2/unit-records.jsonl")));
    assertThat(gold.skipped()).isEmpty();
    assertThat(gold.warnings()).isEmpty();
    assertThat(gold.petrarch()).hasSize(284);
    assertThat(gold.petrarch()).filteredOn(r -> r.error() != null).hasSize(7);
  }

  @Test
  void aCoderThatFindsNothingMissesEveryExpectedEventAndActor() {
    GoldSet gold = Evaluation.readGold(List.of(sharedFile("petrarch2/unit-records.jsonl"),
        sharedFile("petrarch2/gsr-dev.jsonl"), sharedFile("plover/gsr-dev.jsonl")));
    Report r = new Evaluation(ActorMatch.COUNTRY, EventScoringTest.CLOCK).score(gold, article -> List.of());
    assertThat(r.records()).isEqualTo(284 + 45 + 162);
    assertThat(r.events()).isEqualTo(new Score(0, 0, 359 + 49));
    assertThat(r.ploverTypeAccuracy()).isEqualTo(new Ratio(0, 162));
    assertThat(r.ploverModeAccuracy()).isEqualTo(new Ratio(0, 56));
    assertThat(r.actorRecall()).isEqualTo(new Ratio(0, 329));
    assertThat(r.actorCountryAccuracy()).isNull();
  }
}
