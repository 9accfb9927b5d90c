package org.vigil.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.event.Modality;

final class ModalitiesTest {
  @Test
  void didNotNegatesTheVerbWithNotAsItsCue() {
    Parsed p = Parsed.of("not-attack");
    List<String> cues = new ArrayList<>();
    assertThat(Modalities.negated(p.graph, p.at("attack"), cues)).isTrue();
    assertThat(cues).contains("not");
  }

  @Test
  void aPlainAssertionIsNeitherNegatedNorModal() {
    Parsed p = Parsed.of("passive-attack");
    List<String> cues = new ArrayList<>();
    assertThat(Modalities.negated(p.graph, p.at("attacked"), cues)).isFalse();
    assertThat(Modalities.modality(p.graph, p.at("attacked"), cues)).isEqualTo(Modality.ASSERTED);
    assertThat(cues).isEmpty();
  }

  @Test
  void anIfClauseMakesTheVerbConditional() {
    Parsed p = Parsed.of("bloc-mobilise");
    List<String> cues = new ArrayList<>();
    assertThat(Modalities.modality(p.graph, p.at("mobilise"), cues)).isEqualTo(Modality.CONDITIONAL);
    assertThat(cues).contains("if");
  }

  @Test
  void aComplementOfSayIsReported() {
    Parsed p = Parsed.of("ready-to-help");
    assertThat(Modalities.reported(p.graph, p.at("ready"))).isTrue();
    assertThat(Modalities.reported(p.graph, p.at("said"))).isFalse();
  }
}
