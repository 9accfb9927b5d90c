package org.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.vigil.coding.dictionary.CameoCode;
import org.vigil.coding.dictionary.Dictionaries;
import org.vigil.coding.dictionary.VerbPattern;

/** The example suite covers the verbs dictionary: fast checks, no CoreNLP (VerbExamplesIT codes them). */
final class VerbExamplesTest {
  private static final Dictionaries BUILTIN = Dictionaries.builtin();
  private static final VerbExamples EXAMPLES = VerbExamples.load();

  @Test
  void everyCodedCameoCodeHasAPositiveExampleAndANearMiss() {
    // no-event patterns (verb ---) have none of their own: their examples are near misses of the code they shadow
    Set<String> coded = BUILTIN.verbs().all().stream().map(VerbPattern::code)
        .filter(c -> !c.equals(VerbPattern.NO_EVENT)).collect(Collectors.toCollection(TreeSet::new));
    for (String code : coded) {
      assertThat(EXAMPLES.examples()).as("a positive example for %s", code)
          .anyMatch(e -> e.code().equals(code) && e.positive() && e.known() == null);
      assertThat(EXAMPLES.examples()).as("a near miss for %s", code)
          .anyMatch(e -> e.code().equals(code) && !e.positive() && e.known() == null);
    }
  }

  @Test
  void everyCodeWithoutExamplesIsExcludedWithAReason() {
    Set<String> coded = BUILTIN.verbs().all().stream().map(VerbPattern::code).collect(Collectors.toSet());
    Set<String> uncovered = BUILTIN.cameo().all().stream().map(CameoCode::code)
        .filter(c -> !coded.contains(c)).collect(Collectors.toCollection(TreeSet::new));
    assertThat(EXAMPLES.excluded()).as("codes the file excludes").containsAll(uncovered);
    assertThat(EXAMPLES.excluded()).as("excluded codes have no patterns").doesNotContainAnyElementsOf(coded);
    assertThat(uncovered).as("only a minority of codes is excluded").hasSizeLessThan(coded.size() / 4);
  }

  @Test
  void examplesNameKnownCodesAndAreNotRepeated() {
    assertThat(EXAMPLES.examples()).allSatisfy(e -> assertThat(BUILTIN.cameo().contains(e.code())).as(e.toString()).isTrue());
    assertThat(EXAMPLES.examples().stream().map(e -> e.code() + e.positive() + e.sentence()))
        .doesNotHaveDuplicates();
  }

  @Test
  void theKnownFailureListStaysShort() {
    long known = EXAMPLES.examples().stream().filter(e -> e.known() != null).count();
    assertThat(known).isLessThanOrEqualTo(EXAMPLES.examples().size() / 20);
  }
}
