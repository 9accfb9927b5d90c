package org.vigil.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

final class ClausesTest {
  @Test
  void theOpenComplementOfAnAppealIsRequestedNotDone() {
    Parsed p = Parsed.of("ask-to-help");
    Clauses c = new Clauses(p.graph);
    assertThat(c.complements(p.at("asked"))).contains(p.at("help"));
    assertThat(c.requested(p.at("help"))).isTrue();
    assertThat(c.requested(p.at("asked"))).isFalse();
  }

  @Test
  void aPrepositionalArgumentIsFoundByItsPreposition() {
    Parsed p = Parsed.of("promise-help");
    Clauses c = new Clauses(p.graph);
    assertThat(c.obliques(p.at("promised"), "to")).contains(p.at("Tonga"));
    assertThat(c.obliques(p.at("promised"), "against")).isEmpty();
  }

  @Test
  void aPassiveIsKnownByItsPassiveSubjectOrAuxiliary() {
    Parsed passive = Parsed.of("passive-attack");
    Parsed active = Parsed.of("promise-help");
    assertThat(new Clauses(passive.graph).passive(passive.at("attacked"))).isTrue();
    assertThat(new Clauses(active.graph).passive(active.at("promised"))).isFalse();
  }

  @Test
  void anAgentlessPassiveWithdrawalActsButAnAgentlessPassiveAttackDoesNot() {
    Parsed p = Parsed.of("half-demobilised");
    Clauses c = new Clauses(p.graph);
    assertThat(c.selfActing(p.at("demobilised"), "0871")).isTrue();
    assertThat(c.selfActing(p.at("demobilised"), "190")).isFalse();
  }

  @Test
  void conjunctsJoinTheirFirstConjunct() {
    Parsed p = Parsed.of("compound-condemn");
    Clauses c = new Clauses(p.graph);
    assertThat(c.withConjuncts(List.of(p.at("Estonia"))))
        .containsExactlyInAnyOrder(p.at("Estonia"), p.at("Latvia"), p.at("Lithuania"));
  }
}
