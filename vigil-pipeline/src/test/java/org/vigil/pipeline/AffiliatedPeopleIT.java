package org.vigil.pipeline;

import static org.vigil.pipeline.Engines.keys;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;

/**
 * Issue 11, round 3: a person the dictionaries do not know is coded by the affiliation the
 * article gives ("X, of the United Nations, urged ...") and, named again by the surname alone, by
 * the code of the earlier titled or affiliated mention. Near misses: a name never introduced, and
 * "the younger X", someone else of that name. Real CoreNLP, built-in dictionaries; articles
 * written for Vigil.
 */
final class AffiliatedPeopleIT {

  @Test
  void aPersonOfAnOrganisationActsForIt() {
    assertThat(keys(code("Lars Ahlgren, of the United Nations, urged Finland to reopen the border.")))
        .anyMatch(k -> k.startsWith("02") && k.endsWith(" IGOUNO -> FIN"));
    assertThat(keys(code("Marta Quispe, a spokeswoman for the African Union, urged Sudan to end the fighting.")))
        .anyMatch(k -> k.startsWith("02") && k.endsWith(" IGOAU -> SDN"));
  }

  @Test
  void aSurnameAfterATitledMentionIsThatActor() {
    assertThat(keys(code("Estonian Foreign Minister Margus Tsahkna arrived in Kyiv on Monday. Tsahkna urged Russia to"
        + " withdraw its troops."))).anyMatch(k -> k.startsWith("02") && k.endsWith(" ESTGOV -> RUS"));
    assertThat(keys(code("Lars Ahlgren, of the United Nations, visited Kenya on Monday. Ahlgren urged Somalia to hold"
        + " elections."))).anyMatch(k -> k.startsWith("02") && k.endsWith(" IGOUNO -> SOM"));
  }

  @Test
  void aSurnameNeverIntroducedIsNoActor() {
    assertThat(keys(code("Tsahkna urged Russia to withdraw its troops."))).noneMatch(k -> k.startsWith("02"));
  }

  @Test
  void theYoungerOfTheNameIsSomeoneElse() {
    assertThat(keys(code("Estonian Foreign Minister Margus Tsahkna arrived in Kyiv on Monday. The younger Tsahkna"
        + " urged Russia to withdraw its troops."))).noneMatch(k -> k.startsWith("02") && k.contains(" EST"));
  }

  private static List<CodedEvent> code(String text) {
    return Engines.SELECTIVE.code(new Article("people-" + Integer.toHexString(text.hashCode()),
        LocalDate.of(2025, 3, 12), "", text, null, null));
  }

}
