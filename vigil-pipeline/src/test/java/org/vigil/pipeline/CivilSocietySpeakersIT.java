package org.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.Engines.keys;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;

/**
 * Issue 11, round 8: speakers of criticism named only by their sector. Groups of civil society
 * that name no country ("international rights groups", "several environment groups") are coded
 * {@code NGO} with no country, as the article gold codes them; "security sources" and "military
 * sources" are the unnamed officials of a state's forces and take the country the article is
 * about. Near misses: a group with a country keeps it, and a named organisation is not a sector.
 * Real CoreNLP ({@link Engines#SELECTIVE}), built-in dictionaries; texts written for Vigil.
 */
final class CivilSocietySpeakersIT {

  @Test
  void civilSocietyOfNoCountryIsNgo() {
    assertThat(keys(code("International rights groups strongly condemned Thailand for deporting the refugees.")))
        .contains("111 NGO -> THA");
    assertThat(keys(code("Several environment groups accused the Brazilian government of ignoring the fires.")))
        .contains("112 NGO -> BRAGOV");
  }

  @Test
  void aGroupWithACountryKeepsIt() {
    assertThat(keys(code("Kenyan rights groups condemned the Kenyan police for the killings.")))
        .anyMatch(k -> k.startsWith("111 KEN") && k.endsWith("-> KENCOP"))
        .noneMatch(k -> k.startsWith("111 NGO"));
  }

  @Test
  void securitySourcesAreTheArticleCountrysForces() {
    String text = "Pakistani officials said 20 people were killed in Quetta on Tuesday. Pakistan's army chief"
        + " visited the city. Security sources said those involved in the attack are based in Afghanistan.";
    assertThat(keys(code(text))).contains("112 PAKCOP -> AFG");
    String other = "Nigerian officials said 12 soldiers were killed in Borno on Tuesday. Nigeria's army chief"
        + " visited the state. Military sources said the attack was orchestrated by militants with bases in Niger.";
    assertThat(keys(code(other))).contains("112 NGAMIL -> NER");
  }

  private static List<CodedEvent> code(String text) {
    return Engines.SELECTIVE.code(new Article("civil-" + Integer.toHexString(text.hashCode()),
        LocalDate.of(2025, 3, 12), "", text, null, null));
  }
}
