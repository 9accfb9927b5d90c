package org.vigil.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigil.coding.dictionary.Dictionaries;
import org.vigil.coding.dictionary.VerbPattern;
import org.vigil.core.event.Modality;

final class CodeDerivationTest {
  private static final Dictionaries BUILTIN = Dictionaries.builtin();
  private static final CodeDerivation DERIVATION = new CodeDerivation(BUILTIN);

  private static Firing asked(String code) {
    return new Firing(0, new VerbPattern(code, Set.of("x"), VerbPattern.TriggerPos.VERB, List.of(), null, "x", "test"),
        List.of(), List.of());
  }

  private static CodeDerivation.Derived derive(String fixture, String trigger) {
    Parsed p = Parsed.of(fixture);
    ActorResolver actors = new ActorResolver(p.graph, BUILTIN.actors(), LocalDate.of(2021, 7, 8));
    Firing f = new TriggerMatcher(BUILTIN).fire(new Clauses(p.graph), actors, p.at(trigger));
    return DERIVATION.derive(p.graph, f.trigger(), f.pattern());
  }

  @Test
  void aDemandTakesItsCodeFromWhatItAsksFor() {
    assertThat(CodeDerivation.demandCode(null)).isEqualTo("100");
    assertThat(CodeDerivation.demandCode(asked("070"))).isEqualTo("103");
    assertThat(CodeDerivation.demandCode(asked("040"))).isEqualTo("108");
    assertThat(CodeDerivation.demandCode(asked("0871"))).isEqualTo("107");
    assertThat(CodeDerivation.demandCode(asked("087"))).isEqualTo("106");
    assertThat(CodeDerivation.demandCode(asked("190"))).isEqualTo("100");
  }

  @Test
  void aPromiseOfAidIsIntentToProvideAid() {
    CodeDerivation.Derived d = derive("promise-help", "promised");
    assertThat(d.code()).isEqualTo("033");
    assertThat(d.negated()).isFalse();
  }

  @Test
  void aDeniedAttackKeepsItsCodeAndStaysNegated() {
    CodeDerivation.Derived d = derive("not-attack", "attack");
    assertThat(d.code()).startsWith("19");
    assertThat(d.negated()).isTrue();
    assertThat(d.modality()).isEqualTo(Modality.ASSERTED);
    assertThat(d.cues()).contains("not");
  }

  @Test
  void aConditionalMobilisationIsAThreat() {
    Dictionaries withBloc = Dictionaries.parse("bloc.txt", """
        code 154 -7.2 MOBILIZE troops Mobilize or increase armed forces
        code 138 -7.0 THREATEN violence Threaten with military force
        verb 154 Mobilize armed forces
          mobilize|mobilise
        """);
    Parsed p = Parsed.of("bloc-mobilise");
    VerbPattern mobilise = withBloc.verbs().forLemma("mobilise").get(0);
    CodeDerivation.Derived d = new CodeDerivation(withBloc).derive(p.graph, p.at("mobilise"), mobilise);
    assertThat(d.code()).isEqualTo("138");
    assertThat(d.modality()).isEqualTo(Modality.CONDITIONAL);
  }
}
