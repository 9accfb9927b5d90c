package org.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.coding.dictionary.Dictionaries;

/** {@code vigil dict explain} without parsing: entries and patterns with file:line, and why. */
final class ExplanationTest {
  private static final Dictionaries BUILTIN = Dictionaries.builtin();

  private static List<String> explain(String phrase) {
    return new Explanation(BUILTIN, false).explain(phrase);
  }

  @Test
  void actorsWithFileLineAndHowTheyMatched() {
    List<String> out = explain("US troops met Kyrgystan's Defence Ministry");
    assertThat(out).anySatisfy(l -> assertThat(l)
        .matches("actor   'US' -> country USA .* \\[case: .*\\] at builtin/countries\\.txt:\\d+"));
    assertThat(out).anySatisfy(l -> assertThat(l)
        .matches("actor   'troops' -> sector MIL .* \\[exact: 'troops'.*\\] at builtin/sectors\\.txt:\\d+"));
    assertThat(out).anySatisfy(l -> assertThat(l)
        .matches("actor   'Kyrgystan' -> country KGZ Kyrgyzstan as name \\[fuzzy: .*'Kyrgyzstan'\\] at builtin/countries\\.txt:\\d+"));
  }

  @Test
  void namesThatDoNotMatchSayWhy() {
    List<String> out = explain("turkey for us");
    assertThat(out).anySatisfy(l -> assertThat(l).startsWith("no match 'turkey'").contains("country TUR", "capitalised"));
    assertThat(out).anySatisfy(l -> assertThat(l).startsWith("no match 'us'").contains("country USA", "in capitals"));
    assertThat(out).noneMatch(l -> l.startsWith("actor"));
  }

  @Test
  void theMostSpecificPatternTheWordsCanMeetFiresAndOutranksTheBareOne() {
    List<String> out = explain("Haiti appealed to Canada for food");
    assertThat(out).anySatisfy(l -> assertThat(l).startsWith("trigger 'appealed' (lemma appeal)"));
    assertThat(out).anySatisfy(l -> assertThat(l)
        .matches("pattern '.*\\+for:&HUMAN' \\(trigger as a verb\\) -> 0233 Appeal for humanitarian aid, PLOVER REQUEST/assist"
            + " at builtin/verbs\\.txt:\\d+: FIRES.*"));
    assertThat(out).anySatisfy(l -> assertThat(l)
        .matches("pattern 'appeal' .* -> 020 .* outranked by builtin/verbs\\.txt:\\d+.*"));
    assertThat(out).noneMatch(l -> l.contains("-> 0232") && l.contains("FIRES"));
  }

  @Test
  void anotherObjectFiresAnotherCode() {
    List<String> out = explain("Haiti appealed to Canada for weapons");
    assertThat(out).anySatisfy(l -> assertThat(l).contains("-> 0232 ").contains("FIRES"));
    assertThat(out).noneMatch(l -> l.contains("-> 0233 ") && l.contains("FIRES"));
  }

  @Test
  void inflectedTriggersAreFoundByTheirLemma() {
    assertThat(explain("Gondor shelled the city")).anySatisfy(l -> assertThat(l).startsWith("trigger 'shelled' (lemma shell)"));
    assertThat(explain("Gondor is mobilising")).anySatisfy(l -> assertThat(l).startsWith("trigger 'mobilising' (lemma mobilise)"));
  }

  @Test
  void withAllThePatternsThePhraseCannotMeetAreListedWithWhatTheyLack() {
    List<String> some = explain("Arnor asked Gondor for food");
    List<String> all = new Explanation(BUILTIN, true).explain("Arnor asked Gondor for food");
    assertThat(all.size()).isGreaterThan(some.size());
    assertThat(all).anySatisfy(l -> assertThat(l).contains("-> 0232 ").endsWith("does not match"));
    assertThat(all).anySatisfy(l -> assertThat(l).contains("not in the phrase"));
    assertThat(some).anySatisfy(l -> assertThat(l).contains("more patterns for 'ask' need words the phrase lacks"));
  }

  @Test
  void nothingToExplain() {
    assertThat(explain("zzzq")).containsExactly("no dictionary entry or verb pattern matches 'zzzq'");
  }
}
