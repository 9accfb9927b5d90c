package org.vigil.pipeline;

import static org.vigil.pipeline.Engines.keys;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;

/**
 * Issue 11, round 6: criticism and praise as news reports them. The names a noun lists after it
 * are its sources ("Council members Greece, Panama and South Korea supported the call");
 * crediting someone for something and being grateful to someone are praise (CAMEO 051); and a
 * speaker's criticism of another sector of its own country (an opposition lawmaker on the
 * government) is criticism. With near misses: a noun that lists no one, a bank's credit, a
 * negated gratitude, a government on its own country. Real CoreNLP, built-in dictionaries;
 * sentences written for Vigil.
 */
final class CriticismAndPraiseIT {

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
    return Engines.SELECTIVE.code(new Article("praise-" + Integer.toHexString(text.hashCode()),
        LocalDate.of(2025, 3, 12), "", text, null, null));
  }

}
