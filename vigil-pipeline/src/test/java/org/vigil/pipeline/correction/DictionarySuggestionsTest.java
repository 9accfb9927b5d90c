package org.vigil.pipeline.correction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.coding.dictionary.Dictionaries;
import org.vigil.coding.dictionary.VerbPattern;
import org.vigil.core.correction.CorrectedCoding;
import org.vigil.core.correction.Correction;
import org.vigil.core.correction.OriginalCoding;
import org.vigil.core.correction.Verdict;
import org.vigil.core.event.Modality;

/** Suggestions from corrections over the built-in dictionaries, linted in place. */
final class DictionarySuggestionsTest {
  private static final LocalDate DAY = LocalDate.of(2021, 7, 2);
  private static Dictionaries builtin;
  private static DictionarySuggestions suggestions;
  private static VerbPattern deploy;

  @BeforeAll
  static void load() {
    builtin = Dictionaries.builtin();
    suggestions = new DictionarySuggestions(builtin, DictionaryFiles.builtin());
    deploy = builtin.verbs().forLemma("deploy").stream().filter(p -> p.constraints().isEmpty()).findFirst().orElseThrow();
  }

  private static OriginalCoding original(String cameo, String source, String sourceText, String pattern) {
    return new OriginalCoding(cameo, source, sourceText, "TJK", "Tajikistan", DAY, null, null, Modality.ASSERTED, false,
        0, sourceText + " deployed forces to Tajikistan.", "deployed", pattern, 0.6);
  }

  private static Correction wrong(String id, OriginalCoding o, CorrectedCoding coding, String note) {
    return new Correction(id, "e-" + id, "a-" + id, Instant.parse("2021-07-03T10:00:00Z"), Verdict.WRONG, "ana", note,
        coding, o);
  }

  private static String deployPattern() {
    return deploy.text() + " (" + deploy.origin() + ")";
  }

  @Test
  void anActorTheDictionariesDoNotKnowGetsANewGroupRecordThatLintsClean() {
    OriginalCoding o = original("1312", "AFG", "Badakhshan Front", "");
    List<DictionarySuggestions.Suggestion> got = suggestions.suggest(List.of(
        wrong("c-0001", o, new CorrectedCoding("1312", "AFGINSBDF", "TJK", null, null, null), "")));

    assertThat(got).singleElement().satisfies(s -> {
      assertThat(s.kind()).isEqualTo("actor");
      assertThat(s.text()).isEqualTo("Badakhshan Front");
      assertThat(s.current()).isEqualTo("AFG");
      assertThat(s.suggested()).isEqualTo("AFGINSBDF");
      assertThat(s.evidence()).containsExactly("c-0001");
      assertThat(s.dictionaryLine()).isEqualTo("group AFGINSBDF Badakhshan Front\n  country AFG\n  sector INS");
      assertThat(s.where()).isEqualTo("builtin/groups.txt (a new record at the end)");
      assertThat(s.lint()).isEmpty();
    });
  }

  @Test
  void anActorCodedAsAnotherGetsAnAliasUnderTheCorrectedRecord() {
    OriginalCoding o = original("0233", "TJKGOV", "the Collective Security Council", "");
    Correction c1 = wrong("c-0001", o, new CorrectedCoding("0233", "IGOCSTO", "TJK", null, null, null), "");
    Correction c2 = wrong("c-0002", o, new CorrectedCoding("0233", "IGOCSTO", "TJK", null, null, null), "");

    assertThat(suggestions.suggest(List.of(c1, c2))).singleElement().satisfies(s -> {
      assertThat(s.text()).isEqualTo("Collective Security Council");
      assertThat(s.dictionaryLine())
          .isEqualTo("org IGOCSTO Collective Security Treaty Organization\n  alias Collective Security Council");
      assertThat(s.where()).isEqualTo(builtin.actors().origin(builtin.actors().byCode("IGOCSTO")));
      assertThat(s.evidence()).containsExactly("c-0001", "c-0002");
      assertThat(s.lint()).isEmpty();
    });
  }

  @Test
  void anAliasThatNamesAnotherActorIsReportedByTheLinter() {
    // "Tajikistan" is the country's name: as an alias of the CSTO it makes one name for two actors
    OriginalCoding o = original("0233", "TJK", "Tajikistan", "");
    List<DictionarySuggestions.Suggestion> got = suggestions.suggest(List.of(
        wrong("c-0001", o, new CorrectedCoding("0233", "IGOCSTO", "TJK", null, null, null), "")));

    // the dictionaries know "Tajikistan" as TJK: the suggestion says so, and the linter finds the clash
    assertThat(got).singleElement().satisfies(s -> {
      assertThat(s.current()).isEqualTo("TJK");
      assertThat(s.lint()).anySatisfy(l -> assertThat(l).contains("[ambiguous-name]").containsIgnoringCase("tajikistan"));
    });
  }

  @Test
  void theSameOtherCodeForOnePatternTwiceSuggestsMovingThePattern() {
    String pattern = deployPattern();
    CorrectedCoding to = new CorrectedCoding("152", "RUSMIL", "TJK", null, null, null);
    List<Correction> two = List.of(
        wrong("c-0001", original(deploy.code(), "RUSMIL", "Russia", pattern), to, ""),
        wrong("c-0002", original(deploy.code(), "RUSMIL", "Russia", pattern), to, ""));

    List<DictionarySuggestions.Suggestion> got = suggestions.suggest(two).stream()
        .filter(s -> s.kind().equals("verb-pattern")).toList();

    assertThat(got).singleElement().satisfies(s -> {
      assertThat(s.text()).isEqualTo("deployed");
      assertThat(s.current()).isEqualTo(deploy.code() + " " + pattern);
      assertThat(s.suggested()).isEqualTo("152");
      assertThat(s.evidence()).containsExactly("c-0001", "c-0002");
      assertThat(s.dictionaryLine()).startsWith("verb 152 ").endsWith("\n  " + deploy.text());
      assertThat(s.where()).isEqualTo(deploy.origin() + " (moved from there)");
    });
    // one correction is no evidence enough
    assertThat(suggestions.suggest(two.subList(0, 1))).noneMatch(s -> s.kind().equals("verb-pattern"));
  }

  @Test
  void noEventTwiceOnOnePatternSuggestsRestrictingIt() {
    String pattern = deployPattern();
    List<Correction> two = List.of(
        wrong("c-0001", original(deploy.code(), "RUSMIL", "Russia", pattern), null, "an exercise plan, not an event"),
        wrong("c-0002", original(deploy.code(), "RUSMIL", "Russia", pattern), null, "a headline"));

    assertThat(suggestions.suggest(two)).singleElement().satisfies(s -> {
      assertThat(s.kind()).isEqualTo("no-event");
      assertThat(s.suggested()).isEqualTo("no event");
      assertThat(s.dictionaryLine()).isEqualTo("verb --- No event: restricted after corrections\n  " + deploy.text());
      assertThat(s.evidence()).containsExactly("c-0001", "c-0002");
    });
  }

  @Test
  void noSuggestionWhereTheDictionariesAlreadyKnowTheCorrectedActor() {
    OriginalCoding o = original("0233", "TJK", "CSTO", "");
    assertThat(suggestions.suggest(List.of(
        wrong("c-0001", o, new CorrectedCoding("0233", "IGOCSTO", "TJK", null, null, null), "")))).isEmpty();
  }
}
