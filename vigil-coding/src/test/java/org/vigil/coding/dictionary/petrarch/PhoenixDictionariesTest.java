package org.vigil.coding.dictionary.petrarch;

import org.vigil.testkit.Shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.vigil.coding.dictionary.ActorDictionary;
import org.vigil.coding.dictionary.ActorEntry;

/**
 * The shared Phoenix and validation dictionaries load as they are (issue 3). They are read in
 * place from {@code ../shared}; without it the tests are skipped ({@link Shared}).
 */
final class PhoenixDictionariesTest {

  @Test
  void phoenixSetLoadsWithItsActorsPatternsAndDatedRoles() {
    // how long it takes is measured by the benchmarks, not asserted here
    PetrarchDictionaries.Loaded loaded = PetrarchDictionaries.load(Shared.file("eval/petrarch2/dictionaries/phoenix"));
    assertThat(loaded.dictionaries().actors().entries()).hasSizeGreaterThan(20_000);
    // About 9,800 once the patterns written twice in a block count once (the last one codes).
    assertThat(loaded.dictionaries().verbs().all()).hasSizeGreaterThan(9_000);
    assertThat(loaded.dictionaries().rules().transformations()).hasSize(8);
    assertThat(loaded.issues()).isGreaterThan(3_000);
    // Putin's code depends on the day, as the file says.
    ActorDictionary.Hit putin = loaded.dictionaries().actors().lookup("Vladimir Putin").get(0);
    assertThat(((ActorEntry.Person) putin.entry()).roleOn(LocalDate.of(2015, 6, 9)).code()).startsWith("RUSGOV");
  }

  @Test
  void validationSetLoadsWithItsKnownWarnings() {
    PetrarchDictionaries.Loaded loaded = PetrarchDictionaries.load(Shared.file("eval/petrarch2/dictionaries"));
    assertThat(loaded.dictionaries().rules().requireDyad()).isTrue();
    assertThat(loaded.dictionaries().rules().storyDiscards()).contains("typhoon", "world golf championships");
    assertThat(loaded.warnings()).anyMatch(w -> w.contains("code '+++' is not a CAMEO code"));
    assertThat(loaded.dictionaries().cameo().find("903")).isPresent();
  }
}
