package org.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;

/**
 * Issue 11, round 6: criticism and praise as news reports them. A sector alone speaks
 * ("opposition lawmakers denounced", "rights groups condemned", "lawmakers praised"), as it already
 * acts in protest, coercion and violence; crediting someone for something and being grateful to
 * someone are praise (CAMEO 051); and a speaker's criticism of another sector of its own country
 * (an opposition lawmaker on the government) is criticism. With near misses: an opinion
 * ("support"), procedure and verdicts of unnamed officials, the noun a participle modifies, a
 * bank's credit, a negated gratitude, a speaker on its own country. Real CoreNLP, built-in
 * dictionaries; sentences written for Vigil.
 */
final class GenericSpeakersIT {

  @Test
  void aSectorAloneCriticisesOrAccuses() {
    assertThat(keys(code("Opposition lawmakers denounced the extension of the president's term.")))
        .anyMatch(k -> k.startsWith("111 ---OPP"));
    assertThat(keys(code("Rights groups condemned the executions on Monday.")))
        .anyMatch(k -> k.startsWith("111 ---"));
    assertThat(keys(code("Activists accused the police of torture."))).anyMatch(k -> k.startsWith("1122 ---"));
    assertThat(keys(code("Opposition parties accused the electoral commission of fraud.")))
        .anyMatch(k -> k.startsWith("1121 ---"));
  }

  @Test
  void aSectorAlonePraises() {
    assertThat(keys(code("Republican lawmakers praised the president for his firm stance.")))
        .anyMatch(k -> k.startsWith("051 ---LEG"));
    assertThat(keys(code("Opposition leaders welcomed the release of the prisoners.")))
        .anyMatch(k -> k.startsWith("051 ---OPP"));
  }

  @Test
  void opinionsProcedureAndVerdictsOfASectorAreNoSpeech() {
    // an opinion, not an act of praise
    assertThat(keys(code("Lawmakers support the new budget plan."))).noneMatch(k -> k.startsWith("05"));
    // procedure and a hypothetical verdict of unnamed officials
    assertThat(keys(code("Officials must present evidence to justify revoking a visa.")))
        .noneMatch(k -> k.startsWith("11"));
    assertThat(keys(code("The judges are likely to find the publisher guilty.")))
        .noneMatch(k -> k.startsWith("11"));
    // the officials are the ones criticized
    assertThat(keys(code("The officials were criticized for the delays."))).noneMatch(k -> k.startsWith("11"));
  }

  @Test
  void theMembersANounListsAreItsSources() {
    assertThat(keys(code("Council members Greece, Panama and South Korea also supported the call.")))
        .anyMatch(k -> k.startsWith("051 GRC")).anyMatch(k -> k.startsWith("051 PAN"));
    assertThat(keys(code("Member states Hungary and Slovakia condemned the plan.")))
        .anyMatch(k -> k.startsWith("111 HUN"));
    // no names listed: no one
    assertThat(keys(code("Council members also supported the call."))).noneMatch(k -> k.startsWith("051"));
  }

  @Test
  void creditingSomeoneIsPraise() {
    assertThat(keys(code("Jordan credited Egypt for its patient mediation."))).contains("051 JOR -> EGY");
    assertThat(keys(code("Brazil credited Argentina with ending the dispute."))).contains("051 BRA -> ARG");
    assertThat(keys(code("Peru received credit from the World Bank."))).noneMatch(k -> k.startsWith("051"));
  }

  @Test
  void gratitudeToSomeoneIsPraise() {
    assertThat(keys(code("Ukraine is grateful to Poland for its help."))).contains("051 UKR -> POL");
    assertThat(keys(code("Haiti said it was thankful to Canada for the donations."))).anyMatch(k -> k.startsWith("051 HTI"));
    assertThat(keys(code("Ukraine is not grateful to Poland."))).noneMatch(k -> k.startsWith("051"));
  }

  @Test
  void criticismOfAnotherSectorOfTheSpeakersCountryIsCriticism() {
    assertThat(keys(code("Kenyan opposition leader Raila Odinga said the Kenyan government's decree was unconstitutional.")))
        .anyMatch(k -> k.startsWith("111 KENOPP -> KENGOV"));
    assertThat(keys(code("A Somali opposition lawmaker said the Somali government's decision was illegal.")))
        .anyMatch(k -> k.startsWith("111 SOMOPP -> SOMGOV") || k.startsWith("111 SOMLEG -> SOMGOV"));
    // the speaker's own country, with no sector of its own: no criticism of another
    assertThat(keys(code("The Kenyan government said Kenya's old decree was unjust.")))
        .noneMatch(k -> k.startsWith("111"));
  }

  private static List<CodedEvent> code(String text) {
    return Engines.SELECTIVE.code(new Article("speakers-" + Integer.toHexString(text.hashCode()),
        LocalDate.of(2025, 3, 12), "", text, null, null));
  }

  private static List<String> keys(List<CodedEvent> events) {
    return events.stream().filter(e -> !e.negated())
        .map(e -> e.cameo() + " " + e.source().code() + " -> " + (e.target() == null ? "-" : e.target().code())).toList();
  }
}
