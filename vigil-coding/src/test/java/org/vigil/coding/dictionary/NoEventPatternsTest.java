package org.vigil.coding.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** {@code verb --- Description}: patterns that match and code nothing (docs/DICTIONARIES.md). */
final class NoEventPatternsTest {

  @Test
  void aNoEventSectionGivesPatternsWithoutACode() {
    Dictionaries d = Dictionaries.parse("t.txt", """
        code 052 3.5 SUPPORT - Defend verbally
        verb 052 Defend verbally
          defend
        verb --- No event: holding a place
          defend obj:border
        """);

    assertThat(d.verbs().forLemma("defend")).extracting(VerbPattern::code)
        .containsExactlyInAnyOrder("052", VerbPattern.NO_EVENT);
  }

  @Test
  void aHeaderThatIsNeitherACodeNorNoEventIsRefused() {
    assertThatThrownBy(() -> Dictionaries.parse("t.txt", """
        verb abc Something
          defend
        """))
        .isInstanceOf(DictionaryFormatException.class)
        .hasMessageContaining("verb header needs a CAMEO code or --- (no event)");
  }
}
