package org.vigil.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.coding.dictionary.Dictionaries;

final class PronounsTest {
  private static final Dictionaries BUILTIN = Dictionaries.builtin();

  private static Pronouns pronouns(Parsed p, Mention previous) {
    return new Pronouns(p.graph, new ActorResolver(p.graph, BUILTIN.actors(), LocalDate.of(2021, 7, 8)), previous);
  }

  @Test
  void itInAReportedClauseIsTheSpeaker() {
    Parsed p = Parsed.of("ready-to-help");
    assertThat(pronouns(p, null).resolve(p.at("it"), p.at("ready")).code()).isEqualTo("UKR");
  }

  @Test
  void theFirstSubjectNamingAnActorIsTheNextSentencesAntecedent() {
    Parsed p = Parsed.of("ready-to-help");
    assertThat(pronouns(p, null).firstSubject().code()).isEqualTo("UKR");
  }

  @Test
  void aWordThatIsNoResolvedPronounResolvesToNothing() {
    Parsed p = Parsed.of("ready-to-help");
    assertThat(pronouns(p, null).resolve(p.at("Moldova"), p.at("ready"))).isNull();
  }

  @Test
  void withNoAntecedentInTheSentenceThePreviousSubjectIsAnchoredOnThePronoun() {
    // "They praised Sylvania.": no clause governs "praised" and no subject stands before "They"
    Parsed p = Parsed.of("petr-pronoun-previous-sentence", 1);
    Mention previous = new Mention(5, 4, 6, "MDAGOV", "MDA", "GOV", "Moldova", List.of(), List.of(), false, false);
    Mention m = pronouns(p, previous).resolve(p.at("They"), p.at("praised"));
    assertThat(m.code()).isEqualTo("MDAGOV");
    assertThat(m.head()).isEqualTo(p.at("They"));
    assertThat(pronouns(p, null).resolve(p.at("They"), p.at("praised"))).isNull();
  }
}
