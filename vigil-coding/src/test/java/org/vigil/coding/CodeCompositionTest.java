package org.vigil.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vigil.coding.dictionary.CameoCatalog;
import org.vigil.coding.dictionary.Dictionaries;

final class CodeCompositionTest {
  private static final CameoCatalog CAMEO = Dictionaries.builtinCameo();

  @Test
  void anIntentGoverningAidIsIntentToProvideAid() {
    // "wants to help": 030 + 070 = 033
    assertThat(CodeComposition.compose("030", "070", CAMEO)).isEqualTo("033");
  }

  @Test
  void anAppealGoverningAidIsAnAppealForAid() {
    // "asking Obama to help": 020 + 070 = 023
    assertThat(CodeComposition.compose("020", "070", CAMEO)).isEqualTo("023");
  }

  @Test
  void aGovernorOutsideAppealIntentAndDemandComposesNothing() {
    assertThat(CodeComposition.compose("190", "070", CAMEO)).isNull();
  }

  @Test
  void aNegatedCooperationIsARejection() {
    assertThat(CodeComposition.negated("060", CAMEO)).isEqualTo("121");
  }

  @Test
  void aNegatedAttackIsNoRejection() {
    assertThat(CodeComposition.negated("190", CAMEO)).isNull();
  }
}
