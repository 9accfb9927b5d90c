package org.vigil.pipeline;

import static org.vigil.pipeline.Engines.keys;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.Modality;

/**
 * Issue 11, round 4: meetings written as nouns ("traveled to X for meetings with Y", "led six hours
 * of talks with Y", "the Russia-Ukraine talks"), sides named together at a meeting ("Canada and
 * Mexico met") and a meeting only expected ("is expected to have a meeting with") are
 * consultations each way; near misses: talks only welcomed, requested or urged, and a call that is
 * no telephone call. Real CoreNLP, built-in dictionaries; sentences written for Vigil.
 */
final class NominalMeetingsIT {

  @Test
  void aMeetingTheClauseTravelsForOrSpeaksDuringIsTheSubjectsEachWay() {
    assertThat(keys(code("The Egyptian foreign minister traveled to Kenya on Wednesday for meetings with"
        + " Ethiopian officials."))).contains("040 EGYGOV -> ETHGOV", "040 ETHGOV -> EGYGOV");
    assertThat(keys(code("German Chancellor Olaf Scholz told reporters during a news conference with Polish"
        + " Prime Minister Donald Tusk that the border would stay open.")))
        .contains("040 DEUGOV -> POLGOV", "040 POLGOV -> DEUGOV");
    assertThat(keys(code("The Kenyan president, after a meeting earlier this month with Somali elders, ordered"
        + " new patrols."))).contains("040 KENGOV -> SOMCVL", "040 SOMCVL -> KENGOV");
  }

  @Test
  void talksTheSubjectLedThroughAMeasureAreItsTalks() {
    assertThat(keys(code("Egypt's foreign minister led six hours of talks with Sudanese officials in Cairo.")))
        .contains("046 EGYGOV -> SDNGOV", "046 SDNGOV -> EGYGOV");
    assertThat(keys(code("The Norwegian envoy held two rounds of talks with Colombian officials in Havana.")))
        .contains("046 NORGOV -> COLGOV", "046 COLGOV -> NORGOV");
  }

  @Test
  void aHyphenatedPairOfActorsIsBothSidesOfTheTalks() {
    assertThat(keys(code("The talks in Geneva follow Russia-Ukraine talks in Istanbul last month.")))
        .contains("046 RUS -> UKR", "046 UKR -> RUS");
    assertThat(keys(code("Officials said the Japan-China talks in Tokyo went well.")))
        .contains("046 JPN -> CHN", "046 CHN -> JPN");
  }

  @Test
  void aFutureMeetingKeepsItsModality() {
    List<CodedEvent> events = code("The Egyptian foreign minister will join the Saudi envoy next week for talks"
        + " with Kenyan officials.");
    assertThat(events).filteredOn(e -> e.cameo().equals("046") && e.target() != null && e.target().code().equals("KENGOV"))
        .isNotEmpty().allMatch(e -> e.modality() == Modality.FUTURE);
  }

  @Test
  void talksWelcomedRequestedOrUrgedAreNoMeeting() {
    assertThat(keys(code("Kenya welcomed the talks with Somalia."))).noneMatch(k -> k.startsWith("04"));
    assertThat(keys(code("Canada requested dispute consultations with the United States on Thursday.")))
        .noneMatch(k -> k.startsWith("040"));
    assertThat(keys(code("The Egyptian president urged Sudan to hold talks with Ethiopia.")))
        .noneMatch(k -> k.startsWith("04"));
  }

  @Test
  void aCallForTalksIsNoPhoneCall() {
    assertThat(keys(code("The Kenyan president repeated his call with Somalia in mind for calm.")))
        .noneMatch(k -> k.startsWith("041"));
    assertThat(keys(code("The Kenyan president held a phone call with Somalia's president on Monday.")))
        .contains("041 KENGOV -> SOMGOV", "041 SOMGOV -> KENGOV");
  }

  @Test
  void sidesNamedTogetherMeetEachOther() {
    assertThat(keys(code("Later, Canada and Mexico officials met in Ottawa.")))
        .contains("040 CANGOV -> MEXGOV", "040 MEXGOV -> CANGOV");
    assertThat(keys(code("Brazil and Argentina held talks on Monday.")))
        .contains("046 BRA -> ARG", "046 ARG -> BRA");
    // a meeting of one side alone has no other
    assertThat(keys(code("Canadian officials met in Ottawa on Monday."))).noneMatch(k -> k.contains("-> MEX"));
  }

  @Test
  void anExpectedMeetingIsEachSidesIntent() {
    assertThat(keys(code("The French minister is expected to have a meeting with the Japanese foreign minister"
        + " on Thursday."))).contains("036 FRAGOV -> JPNGOV", "036 JPNGOV -> FRAGOV");
    // a visit stays one way, visitor to host
    assertThat(keys(code("The French minister is expected to visit Japan on Thursday.")))
        .noneMatch(k -> k.startsWith("036 JPN"));
  }

  private static List<CodedEvent> code(String text) {
    return Engines.SELECTIVE.code(new Article("meetings-" + Integer.toHexString(text.hashCode()),
        LocalDate.of(2025, 3, 13), "", text, null, null));
  }

}
