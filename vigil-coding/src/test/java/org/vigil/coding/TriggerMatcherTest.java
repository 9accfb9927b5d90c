package org.vigil.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.vigil.coding.dictionary.Dictionaries;
import org.vigil.coding.dictionary.VerbPattern;
import org.vigil.core.text.Token;

final class TriggerMatcherTest {
  private static final Dictionaries BUILTIN = Dictionaries.builtin();
  private static final TriggerMatcher MATCHER = new TriggerMatcher(BUILTIN);

  private static Firing fire(Parsed p, String word) {
    ActorResolver actors = new ActorResolver(p.graph, BUILTIN.actors(), LocalDate.of(2021, 7, 8));
    return MATCHER.fire(new Clauses(p.graph), actors, p.at(word));
  }

  @Test
  void aVerbsCandidatesAreItsLemmasPatterns() {
    Token promised = new Token(0, "promised", "promise", "VBD", "O", 0, 8);
    assertThat(MATCHER.candidates(promised, "promise")).isNotEmpty()
        .isEqualTo(BUILTIN.verbs().forLemma("promise"));
  }

  @Test
  void aParticipleKeptAsAnAdjectivesLemmaTriesTheVerb() {
    // "is opposed to": CoreNLP gives the adjective the lemma "opposed"
    Token opposed = new Token(0, "opposed", "opposed", "JJ", "O", 0, 7);
    assertThat(BUILTIN.verbs().forLemma("opposed")).isEmpty();
    assertThat(MATCHER.candidates(opposed, "opposed")).isNotEmpty().isEqualTo(BUILTIN.verbs().forLemma("oppose"));
  }

  @Test
  void aWordWithoutPatternsHasNoCandidates() {
    Token country = new Token(0, "country", "country", "NN", "O", 0, 7);
    assertThat(MATCHER.candidates(country, "country")).isEmpty();
  }

  @Test
  void aPatternFiresOnItsVerbAndNotOnTheActors() {
    Parsed p = Parsed.of("promise-help");
    Firing f = fire(p, "promised");
    assertThat(f).isNotNull();
    assertThat(f.trigger()).isEqualTo(p.at("promised"));
    assertThat(fire(p, "Japan")).isNull();
  }

  @Test
  void aLightObjectIsReadThroughItsModifierAndConsumed() {
    // "halt its mediation efforts": the pattern names mediation, the object is efforts
    Parsed p = Parsed.of("halt-efforts");
    Firing f = fire(p, "halt");
    assertThat(f).isNotNull();
    assertThat(f.pattern().code()).startsWith("165");
    assertThat(f.consumed()).contains(p.at("efforts"));
  }

  @Test
  void aFiringsVerbCodeIsACodeOfItsVerbsOwnPatterns() {
    Parsed p = Parsed.of("promise-help");
    Firing f = fire(p, "promised");
    String code = MATCHER.verbCode(p.graph, f);
    assertThat(BUILTIN.verbs().forLemma("promise")).extracting(VerbPattern::code).contains(code);
  }
}
