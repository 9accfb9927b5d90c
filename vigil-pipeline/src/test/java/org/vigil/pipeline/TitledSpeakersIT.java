package org.vigil.pipeline;

import static org.vigil.pipeline.Engines.keys;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;

/**
 * Issue 11, round 12: speakers the dictionaries do not know. A party of Congress with a
 * legislator's title is a US lawmaker; an appositive commentator who names no country is of the
 * article's country; people introduced in a sentence the triage leaves unparsed are remembered
 * from their tags and names for their surname later; "he"/"she" is the one person the last
 * sentences named. Near misses: a title that names no country, an analyst of an unknown
 * institution, a pronoun with two candidate antecedents. Real CoreNLP, built-in dictionaries;
 * articles written for Vigil.
 */
final class TitledSpeakersIT {

  @Test
  void aPartyOfCongressWithALegislatorsTitleIsAUsLawmaker() {
    assertThat(keys(code("Lawmakers debated aid to Ukraine on Tuesday. \"Russia must stop its attacks on Ukrainian"
        + " cities,\" Democratic Representative Ann Fowler told VOA."))).anyMatch(k -> k.endsWith(" USALEG -> RUS"));
    assertThat(keys(code("Tom Bell, a Republican senator, urged Moscow to release the prisoners.")))
        .anyMatch(k -> k.startsWith("02") && k.endsWith(" USALEG -> RUSGOV"));
  }

  @Test
  void aTitleWithoutAPartyNamesNoCountry() {
    assertThat(keys(code("Senator Tom Bell urged Moscow to release the prisoners.")))
        .noneMatch(k -> k.contains(" USALEG -> "));
  }

  @Test
  void aCommentatorOfNoNamedCountryIsTheArticlesCountry() {
    String lebanon = "Lebanon's army deployed along the border on Sunday. Lebanon's government welcomed the move. ";
    assertThat(keys(code(lebanon + "Karim Haddad, a political and security expert, told VOA that Hezbollah had"
        + " violated the truce and was acting illegally."))).anyMatch(k -> k.contains(" LBNCVL -> LBNMILHEZ"));
    assertThat(keys(code(lebanon + "Rania Saad, a regional analyst, urged Hezbollah to withdraw its fighters.")))
        .anyMatch(k -> k.startsWith("02") && k.contains(" LBNCVL -> LBNMILHEZ"));
  }

  @Test
  void anAnalystOfAnUnknownInstitutionGetsNoGuess() {
    assertThat(keys(code("Lebanon's army deployed along the border on Sunday. Lebanon's government welcomed the move."
        + " Rania Saad, an analyst at the Halden Institute, urged Hezbollah to withdraw its fighters.")))
        .noneMatch(k -> k.startsWith("02") && k.contains("LBNCVL"));
  }

  @Test
  void peopleOfAnUnparsedSentenceAreRememberedForTheirSurname() {
    assertThat(keys(code("Former Turkish ambassador Selim Arslan spoke at the forum on Monday. The forum lasted two"
        + " days. Arslan urged Greece to withdraw its ships."))).anyMatch(k -> k.startsWith("02") && k.contains(" TUR")
        && k.endsWith(" -> GRC"));
    assertThat(keys(code("Milan Horvat, professor of law at the University of Zagreb, spoke on Monday. The forum"
        + " lasted two days. Horvat urged Serbia to release the prisoners."))).anyMatch(k -> k.startsWith("02")
        && k.endsWith(" HRVEDU -> SRB"));
  }

  @Test
  void aTitleOfNoCountryInAnUnparsedSentenceGivesNoCode() {
    assertThat(keys(code("Opposition leader Amir Daud spoke to reporters on Monday. Daud urged Ethiopia to release the"
        + " prisoners."))).noneMatch(k -> k.startsWith("02"));
  }

  @Test
  void heOrSheIsTheOnePersonJustNamed() {
    assertThat(keys(code("Ann Fowler, a Democratic representative from Ohio, spoke after the vote. She said Russia had"
        + " broken its promises. \"Moscow must return to talks,\" she said."))).anyMatch(k -> k.endsWith(" USALEG -> RUSGOV"));
    assertThat(keys(code("Milan Horvat, professor of law at the University of Zagreb, spoke on Monday. He urged Serbia"
        + " to release the prisoners."))).anyMatch(k -> k.startsWith("02") && k.endsWith(" HRVEDU -> SRB"));
  }

  @Test
  void aPronounWithTwoCandidatesGivesNoActor() {
    assertThat(keys(code("Ann Fowler, a Democratic representative from Ohio, and Milan Horvat, professor of law at the"
        + " University of Zagreb, spoke on Monday. She urged Serbia to release the prisoners.")))
        .noneMatch(k -> k.startsWith("02"));
  }

  private static List<CodedEvent> code(String text) {
    return Engines.SELECTIVE.code(new Article("speakers-" + Integer.toHexString(text.hashCode()),
        LocalDate.of(2025, 3, 12), "", text, null, null));
  }
}
