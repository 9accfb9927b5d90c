package org.vigil.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Reads the shared gold files, where {@code ../shared} is present; skipped elsewhere. */
final class SharedGoldFilesTest {

  /**
   * {@code ../shared} next to the module directory or next to the repository root: surefire runs in
   * the module directory, an IDE often in the root.
   */
  static Optional<Path> sharedEval() {
    Path here = Path.of("").toAbsolutePath();
    return Stream.of(here, here.getParent())
        .filter(java.util.Objects::nonNull)
        .map(base -> base.resolve(Path.of("..", "shared")).normalize().resolve("eval"))
        .filter(Files::isDirectory)
        .findFirst();
  }

  static Path sharedFile(String relative) {
    Optional<Path> eval = sharedEval();
    assumeTrue(eval.isPresent(), "../shared is absent: no shared gold files to read");
    Path file = eval.get().resolve(relative);
    assumeTrue(Files.isRegularFile(file), file + " is absent");
    return file;
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
