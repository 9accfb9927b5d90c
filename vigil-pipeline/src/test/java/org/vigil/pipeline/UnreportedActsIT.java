package org.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;

/**
 * Issue 11, round 6: fewer wrong events on news. Acts a sentence mentions without reporting them
 * code nothing: what a question asks about, what someone is told or proposed to do, what it is
 * "time" to do; and three readings of a verb that are no political event: an interview as a
 * meeting, an opinion shared as an agreement, migrants' arrival as a visit. Signing a deal is
 * AGREE, as the news coders code it. Real CoreNLP, built-in dictionaries; sentences written for
 * Vigil, each rule with two examples and a near miss.
 */
final class UnreportedActsIT {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Asked whether Russia would attack Ukraine again, the Kremlin spokesman said nothing.   | 19
      Reporters asked the Kenyan president if he had met Uganda's leader in Nairobi.        | 04
      Do you think Russia will attack Ukraine again this winter?                            | 19
      """)
  void whatAQuestionAsksAboutIsNoEvent(String sentence, String root) {
    assertThat(keys(sentence)).noneMatch(k -> k.startsWith(root));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Asked by reporters on Tuesday, the Ukrainian minister said Russia attacked Kharkiv overnight.   | 19
      Russia will attack Ukraine again if the talks fail, the Kremlin spokesman said.                 | 13
      """)
  void anAnswerOrAConditionIsNoQuestion(String sentence, String root) {
    assertThat(keys(sentence)).anyMatch(k -> k.startsWith(root));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The Egyptian foreign minister spoke with reporters in Cairo on Monday.
      The Kenyan embassy in Washington did not respond when contacted by VOA.
      Rubio met with reporters.
      """)
  void anInterviewIsNoMeeting(String sentence) {
    assertThat(keys(sentence)).noneMatch(k -> k.startsWith("04"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The Egyptian foreign minister spoke with his Turkish counterpart on Monday.
      """)
  void aTalkWithASideIsAMeeting(String sentence) {
    assertThat(keys(sentence)).anyMatch(k -> k.startsWith("04"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Many Kenyan voters said they agreed with the removal of the deputy president.
      A Chinese university student said she agreed with the officials' concerns.
      """)
  void sharingAnOpinionIsNoAgreement(String sentence) {
    assertThat(keys(sentence)).noneMatch(k -> k.startsWith("03"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The Russian government agreed with Ukraine on a prisoner exchange.
      """)
  void agreeingWithASideIsAnAgreement(String sentence) {
    assertThat(keys(sentence)).anyMatch(k -> k.startsWith("03"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Thousands of Syrian refugees arrived in Germany in 2015.
      The first large group of Chinese immigrants arrived in Houston in the 1940s.
      """)
  void migrantsArrivingMakeNoVisit(String sentence) {
    assertThat(keys(sentence)).noneMatch(k -> k.startsWith("042"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The Chinese foreign minister arrived in Houston on Monday.
      """)
  void anOfficialArrivingVisits(String sentence) {
    assertThat(keys(sentence)).anyMatch(k -> k.startsWith("042"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The Indonesian governor told city officials to draft rules to ban the sale of dog meat.      | 16
      The Kenyan president instructed the police to arrest the protest leaders.                    | 17
      China and Russia made a proposal on Monday for the Security Council to lift sanctions on North Korea. | 08
      Egypt welcomed a plan for Israel to withdraw its troops from Gaza.                            | 08
      It is time to stop Israel's attacks on Gaza, the Turkish foreign minister said.              | 08
      Now is the time to lift the sanctions on Iran, the Russian foreign minister said.            | 08
      """)
  void whatSomeoneIsToldProposedOrExhortedToDoIsNoEvent(String sentence, String root) {
    assertThat(keys(sentence)).noneMatch(k -> k.startsWith(root));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The Kenyan interior minister told reporters Kenyan police had arrested 20 protesters.        | 17
      The Security Council lifted sanctions on North Korea after a proposal by China.              | 08
      """)
  void whatIsReportedStillCodes(String sentence, String root) {
    assertThat(keys(sentence)).anyMatch(k -> k.startsWith(root));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Egypt signed an agreement with Greece on maritime borders last year.
      Japan and Australia signed a defence pact in Tokyo on Friday.
      """)
  void aSignedDealIsAnAgreement(String sentence) {
    List<CodedEvent> events = events(sentence);
    assertThat(events).filteredOn(e -> e.cameo().equals("057")).isNotEmpty()
        .allSatisfy(e -> assertThat(e.plover().event()).isEqualTo("AGREE"));
  }

  private static List<CodedEvent> events(String sentence) {
    Article a = new Article("unreported-" + Integer.toHexString(sentence.hashCode()), LocalDate.of(2025, 3, 12), "",
        sentence, null, null);
    return Engines.SELECTIVE.code(a);
  }

  private static List<String> keys(String sentence) {
    return events(sentence).stream().filter(e -> !e.negated())
        .map(e -> e.cameo() + " " + e.source().code() + " -> " + (e.target() == null ? "-" : e.target().code()))
        .toList();
  }
}
