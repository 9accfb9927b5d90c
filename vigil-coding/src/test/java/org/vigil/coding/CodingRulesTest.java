package org.vigil.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.coding.dictionary.CodingRules;
import org.vigil.coding.dictionary.CommaClauses;
import org.vigil.coding.dictionary.Dialect;

/** {@link CodingRules} and its {@link Dialect}, as the coder reads them (the record lives in the dictionary package). */
final class CodingRulesTest {
  @Test
  void theBuilderStartsFromVigilsOwnRules() {
    assertThat(CodingRules.builder().build()).isEqualTo(CodingRules.VIGIL);
    assertThat(CodingRules.VIGIL.dialect()).isEqualTo(Dialect.VIGIL);
    assertThat(CodingRules.VIGIL.inferModality()).isTrue();
    assertThat(CodingRules.VIGIL.wordFormTriggers()).isFalse();
  }

  @Test
  void settingsAreNamedAndTheDialectDecidesPetrarchsBehaviours() {
    CodingRules rules = CodingRules.builder()
        .dialect(Dialect.PETRARCH)
        .requireDyad(true)
        .commaClauses(CommaClauses.PETRARCH_DEFAULTS)
        .sentenceDiscards(List.of("months later"))
        .build();
    assertThat(rules.requireDyad()).isTrue();
    assertThat(rules.commaClauses()).isEqualTo(CommaClauses.PETRARCH_DEFAULTS);
    assertThat(rules.sentenceDiscards()).containsExactly("months later");
    assertThat(rules.wordFormTriggers()).isTrue();
    assertThat(rules.inferModality()).isFalse();
    assertThat(rules.distributeConjoinedModifiers()).isTrue();
  }

  @Test
  void aWithMethodChangesOneSettingOnly() {
    CodingRules rules = CodingRules.VIGIL.withRequireDyad(true).withCommaClauses(CommaClauses.PETRARCH_DEFAULTS);
    assertThat(rules).isEqualTo(CodingRules.builder().requireDyad(true).commaClauses(CommaClauses.PETRARCH_DEFAULTS)
        .build());
    assertThat(rules.dialect()).isEqualTo(Dialect.VIGIL);
  }

  @Test
  void theBuilderRejectsAMissingSettingAtOnce() {
    assertThatThrownBy(() -> CodingRules.builder().dialect(null))
        .isInstanceOf(NullPointerException.class).hasMessage("dialect");
    assertThatThrownBy(() -> CodingRules.builder().issueTags(null))
        .isInstanceOf(NullPointerException.class).hasMessage("issueTags");
  }

  @Test
  void eachDialectBehaviourBelongsToOneDialectOnly() {
    for (Dialect d : Dialect.values()) {
      boolean vigil = d == Dialect.VIGIL;
      assertThat(d.infersModality()).isEqualTo(vigil);
      assertThat(d.sideReadings()).isEqualTo(vigil);
      assertThat(d.readsClauseRoles()).isEqualTo(vigil);
      assertThat(d.wordFormTriggers()).isEqualTo(!vigil);
      assertThat(d.compoundsAgents()).isEqualTo(!vigil);
      assertThat(d.unattachedSectors()).isEqualTo(!vigil);
      assertThat(d.subjectlessVerbsJoinGovernor()).isEqualTo(!vigil);
      assertThat(d.agentOnlyPassives()).isEqualTo(!vigil);
      assertThat(d.composesGoverningCodes()).isEqualTo(!vigil);
      assertThat(d.sourceFromPhrase()).isEqualTo(!vigil);
      assertThat(d.targetFromPhrase()).isEqualTo(!vigil);
    }
  }
}
