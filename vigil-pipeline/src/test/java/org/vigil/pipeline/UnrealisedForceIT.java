package org.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.Modality;

/**
 * Issue 11, round 14: force that is hypothetical ("feared that Arnor would retaliate", "could
 * attack") or the condition of a clause ("if the army entered the town") is not reported as done
 * and codes no violence; force in a clause of time ("after the rebels attacked") is reported.
 * Round 14b: a verb joined to a hypothetical one with no subject or auxiliary of its own shares its
 * modal ("might suspend aid and expel the ambassador"): an act other than force is coded as
 * hypothetical, force is not coded. Real CoreNLP, built-in dictionaries; sentences written for Vigil.
 */
final class UnrealisedForceIT {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The militants threatened to attack government buildings if the army entered the town.
      Thai officials feared that China would retaliate against Bangkok.
      Kenya will pull out its police unless the gangs attack the mission again.
      """)
  void hypotheticalOrConditionalForceIsNoViolence(String sentence) {
    assertThat(events(sentence)).as(sentence).noneMatch(UnrealisedForceIT::force);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The army shelled the town after the rebels attacked a checkpoint.
      Hamas fighters ambushed an Israeli patrol near Gaza City on Monday.
      """)
  void forceReportedAsDoneStays(String sentence) {
    assertThat(events(sentence)).as(sentence).anyMatch(UnrealisedForceIT::force);
  }

  @Test
  void aConjunctSharesTheHypotheticalModal() {
    String sentence = "Washington might suspend aid to Cairo and expel the Egyptian ambassador.";
    assertThat(events(sentence)).as(sentence)
        .anyMatch(e -> e.cameo().equals("161") && e.modality() == Modality.HYPOTHETICAL)
        .noneMatch(e -> e.cameo().equals("161") && e.modality() == Modality.ASSERTED);
  }

  @Test
  void hypotheticalForceInAConjunctIsNoViolence() {
    String sentence = "Officials said Iran could seize the tanker and close the Strait of Hormuz.";
    assertThat(events(sentence)).as(sentence).noneMatch(UnrealisedForceIT::force);
  }

  @Test
  void aConjunctWithASubjectOfItsOwnKeepsItsOwnModality() {
    String sentence = "Washington might suspend aid to Cairo, and Egypt expelled the American ambassador.";
    assertThat(events(sentence)).as(sentence)
        .anyMatch(e -> e.cameo().equals("161") && e.modality() == Modality.ASSERTED);
  }

  private static boolean force(CodedEvent e) {
    return e.cameo().startsWith("18") || e.cameo().startsWith("19") || e.cameo().startsWith("20");
  }

  private static List<CodedEvent> events(String sentence) {
    Article a = new Article("force-" + Integer.toHexString(sentence.hashCode()), LocalDate.of(2025, 3, 12), "",
        sentence, null, null);
    return Engines.SELECTIVE.code(a);
  }
}
