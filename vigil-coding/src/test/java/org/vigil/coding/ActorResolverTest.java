package org.vigil.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.vigil.coding.dictionary.Dictionaries;

final class ActorResolverTest {
  private static final Dictionaries BUILTIN = Dictionaries.builtin();

  private static ActorResolver resolver(Parsed p) {
    return new ActorResolver(p.graph, BUILTIN.actors(), LocalDate.of(2021, 7, 8));
  }

  @Test
  void aCountryNameResolvesToItsCode() {
    Parsed p = Parsed.of("promise-help");
    assertThat(resolver(p).resolve(p.at("Japan")).code()).isEqualTo("JPN");
    assertThat(resolver(p).resolve(p.at("Tonga")).code()).isEqualTo("TON");
  }

  @Test
  void anAmbassadorIsHisCountrysGovernment() {
    Parsed p = Parsed.of("ambassador-met");
    Mention m = resolver(p).resolve(p.at("ambassador"));
    assertThat(m.code()).isEqualTo("FRAGOV");
    assertThat(m.sector()).isEqualTo("GOV");
  }

  @Test
  void aWordThatNamesNoActorResolvesToNothing() {
    Parsed p = Parsed.of("promise-help");
    assertThat(resolver(p).resolve(p.at("help"))).isNull();
    assertThat(resolver(p).matchAt(p.at("promised"))).isNull();
  }
}
