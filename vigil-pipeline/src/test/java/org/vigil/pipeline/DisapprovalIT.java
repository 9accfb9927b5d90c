package org.vigil.pipeline;

import static org.vigil.pipeline.Engines.keys;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;

/**
 * Issue 11, round 5: disapproval as news words it besides "criticize" and "accuse" -- an attitude
 * with its object ("critical of", "disappointed by", "angered by", "railed against"), blame placed
 * on someone, accusations levelled against someone, a quarrel between two sides, and a speaker
 * naming an act with a word of negative evaluation ("called X's move disappointing") -- is ACCUSE
 * (CAMEO 11x) from the one who disapproves to the one disapproved of; "will no longer recognize"
 * another is REJECT (CAMEO 12x, "no longer" negates). With near
 * misses: the same words in another sense or structure. Real CoreNLP, built-in dictionaries; sentences written for
 * Vigil.
 */
final class DisapprovalIT {

  @Test
  void anAttitudeOfDisapprovalTargetsItsObjectOrTheObjectsOwner() {
    assertThat(keys(code("Germany was highly critical of Poland's new judicial reforms.")))
        .anyMatch(k -> k.startsWith("110 DEU -> POL"));
    assertThat(keys(code("Canada is disappointed with Russia."))).contains("110 CAN -> RUS");
    assertThat(keys(code("Peru was angered by Chile's decision to expel its ambassador.")))
        .contains("110 PER -> CHL");
    assertThat(keys(code("Japan said it is deeply disappointed by China's decision to close the border.")))
        .contains("110 JPN -> CHN");
  }

  @Test
  void theSameWordsInAnotherSenseAreNoDisapproval() {
    assertThat(keys(code("The talks are critical for the future of the region, Germany said.")))
        .noneMatch(k -> k.startsWith("11"));
    // the cause of a feeling is not the one who feels it
    assertThat(keys(code("Farmers in Kenya, angered by Uganda's new tariffs, blocked the main road.")))
        .noneMatch(k -> k.startsWith("11"));
    // the active verb: Canada is the one disappointed, not the one who disapproves
    assertThat(keys(code("Russia's decision disappointed Canada."))).noneMatch(k -> k.startsWith("11"));
  }

  @Test
  void railingAgainstIsDisapproval() {
    assertThat(keys(code("Hungary railed against the European Union's migration pact.")))
        .contains("110 HUN -> IGOEU");
    assertThat(keys(code("Brazil railed against the tariffs on Monday."))).contains("110 BRA -> -");
  }

  @Test
  void blamePlacedOnSomeoneIsAnAccusation() {
    assertThat(keys(code("The Kenyan government placed the blame on Somalia for the collapse of the talks.")))
        .contains("112 KENGOV -> SOM");
    assertThat(keys(code("Ecuador put the blame on Colombia for the killings at the border.")))
        .contains("112 ECU -> COL");
    assertThat(keys(code("Egypt placed the vase on the table in Cairo."))).noneMatch(k -> k.startsWith("11"));
  }

  @Test
  void accusationsLevelledAgainstSomeoneAreAnAccusation() {
    assertThat(keys(code("Iran levelled accusations against Israel on Sunday."))).contains("112 IRN -> ISR");
    assertThat(keys(code("Venezuela leveled fresh charges against Guyana over the oil fields.")))
        .contains("112 VEN -> GUY");
    assertThat(keys(code("Engineers from Turkey levelled the ground near the border."))).noneMatch(k -> k.startsWith("11"));
  }

  @Test
  void aQuarrelBetweenTwoSidesIsEachSidesAccusation() {
    assertThat(keys(code("The row between Spain and Morocco over migrants deepened on Monday.")))
        .contains("111 ESP -> MAR", "111 MAR -> ESP"); // each accuses the other (round 15: sides between)
    assertThat(keys(code("A bitter feud between Ethiopia and Egypt over the dam intensified.")))
        .contains("111 ETH -> EGY", "111 EGY -> ETH");
    assertThat(keys(code("A row of houses in Lima was destroyed by the flood."))).noneMatch(k -> k.startsWith("11"));
    // armed sides still fight
    assertThat(keys(code("Clashes between the army and rebels in Sudan killed ten people.")))
        .noneMatch(k -> k.startsWith("11")).anyMatch(k -> k.startsWith("190 SDNMIL"));
  }

  @Test
  void namingAnActWithAWordOfNegativeEvaluationIsCriticism() {
    assertThat(keys(code("Mexico called the U.S. decision deeply disappointing."))).contains("111 MEX -> USA");
    assertThat(keys(code("Norway branded Russia's expulsion of its diplomats unjustified.")))
        .anyMatch(k -> k.startsWith("111 NOR -> RUS"));
    assertThat(keys(code("Chile called the meeting with Peru productive."))).noneMatch(k -> k.startsWith("11"));
  }

  @Test
  void noLongerRecognizingAnotherIsARejection() {
    assertThat(keys(code("The Yemeni rebels said they will no longer recognize Saudi Arabia's mediation.")))
        .anyMatch(k -> k.startsWith("12") && k.contains("-> SAU")).noneMatch(k -> k.startsWith("0"));
    assertThat(keys(code("Peru announced it will no longer recognize the Venezuelan government.")))
        .anyMatch(k -> k.startsWith("120 PER -> VEN"));
    assertThat(keys(code("Serbia will recognize the new government of Montenegro.")))
        .noneMatch(k -> k.startsWith("12"));
    // "no longer" negates: a withdrawn recognition is no recognition
    assertThat(keys(code("Peru no longer recognizes the Venezuelan government."))).noneMatch(k -> k.startsWith("054"));
  }

  private static List<CodedEvent> code(String text) {
    return Engines.SELECTIVE.code(new Article("disapproval-" + Integer.toHexString(text.hashCode()),
        LocalDate.of(2025, 3, 12), "", text, null, null));
  }

}
