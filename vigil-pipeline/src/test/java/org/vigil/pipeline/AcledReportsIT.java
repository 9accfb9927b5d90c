package org.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;

/**
 * Issue 11, ACLED-style reports, round 15: a material act told in the present tense with its
 * calendar date anywhere in its clause is a dated headline, not a habit ({@code Vetoes.habitual});
 * an attack noun that is its own clause's subject ("a bomb went off ..., killing four") is an attack
 * report placed by its verb ({@code AttackReports}); unnamed sides that agree to a truce are actors
 * of their sector ({@code Participants.TRUCE_CODES}); fighting "between" two sides that the parse
 * makes a clause head has those sides as its doers. Round 16: force on a protest is the protest
 * wherever the sentence tells the protest -- a relative clause, a clause joined to the force's, a
 * hyphenated protest noun, protesters killed in an agentless passive ({@code ConflictRanking}); the
 * violence of identity militias (herders, clan militias) and abductions are no riot ({@code Riots}).
 * Real CoreNLP (selective analysis), built-in dictionaries; sentences written for Vigil, with near
 * misses. Article date 5 June 2023.
 */
final class AcledReportsIT {
  private static final LocalDate ARTICLE = LocalDate.of(2023, 6, 5);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Gunmen kill five traders in Zamfara state, 3 June 2023.                                     | ASSAULT | Zamfara
      Borno: insurgents abduct 12 farmers near Damboa, 2 June 2023.                               | ASSAULT | Damboa
      A bomb went off in a market in Maiduguri, Borno state, on 3 June 2023, killing four traders. | ASSAULT | Maiduguri
      An explosive device went off near a checkpoint in Bannu, Khyber Pakhtunkhwa, on 3 June 2023, wounding two policemen. | ASSAULT | Bannu
      Rival clans agreed to a ceasefire in Baidoa, Bay region, on 3 June 2023.                     | AGREE   | Bay
      Two rival militias agreed to a truce in Zawiya, Libya, on 3 June 2023.                       | AGREE   | Libya
      On 3 June 2023, fighting between Houthi forces and government troops was reported near Taiz, Taiz governorate. | ASSAULT | Taiz
      Protests broke out in Kano on 3 June 2023; two people died when soldiers fired on the crowd.  | PROTEST | Kano
      Teachers striking over pay blocked roads in Kisumu on 3 June 2023; police fired tear gas to clear them. | PROTEST | Kisumu
      """)
  void aConflictNoteIsCoded(String sentence, String type, String place) {
    List<CodedEvent> events = code(sentence);
    CodedEvent top = ConflictRankingIT.top(sentence, events);
    assertThat(top.plover().event()).as(sentence).isEqualTo(type);
    assertThat(top.location()).as(sentence).isNotNull();
    assertThat(top.location().name()).as(sentence).contains(place);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Gangs raid farms for cattle in Zamfara state, officials say.
      A bomb went off in a quarry near Jos on 3 June 2023 during blasting works; no one was hurt.
      Farmers agreed to a new price for maize in Kano on 3 June 2023.
      Fighting between two football fans in Accra on 3 June 2023 left one man injured.
      """)
  void noEventInANearMiss(String sentence) {
    // near misses: a habit with no date, a blast with no harm, an agreement that is no truce, a brawl of no armed side
    assertThat(code(sentence)).as(sentence).noneMatch(e -> "ASSAULT".equals(e.plover().event())
        || "AGREE".equals(e.plover().event()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # ACLED files force on a protest under Protests ("protest with intervention", "excessive force")
      Police fired tear gas at supporters of the opposition who marched in Lusaka on 3 June 2023.               | PROTEST
      Teachers striking over pay blocked roads in Kisumu on 3 June 2023; police fired tear gas to clear them.   | PROTEST
      Protests broke out in Kano on 3 June 2023; two people died when soldiers fired on the crowd.               | PROTEST
      Riot police dispersed a sit-in by nurses outside the health ministry in Accra on 3 June 2023.              | PROTEST
      At least five protesters were killed when soldiers opened fire on demonstrators in Omdurman on 3 June 2023. | PROTEST
      # near misses: journalists covering a protest are no protesters; a joined clause of no protest
      Police detained six journalists covering a rally in Harare on 3 June 2023.                                | COERCE
      Bandits blocked roads near Gusau on 3 June 2023; soldiers fired on them.                                   | ASSAULT
      # identity militias (herders, clan militias) and abductions are no riot; farmers who attack a post riot
      Herders killed nine villagers near Agatu, Benue state, on 3 June 2023.                                     | ASSAULT
      Clan militias clashed over water wells near Dhusamareb, Galguduud region, on 3 June 2023, leaving six dead. | ASSAULT
      Inmates took four warders hostage at the prison of Kamiti, Kiambu county, on 3 June 2023.                  | ASSAULT
      Farmers attacked a police post in Gusau, Zamfara state, on 3 June 2023.                                    | PROTEST
      """)
  void conflictDataTypeTheReport(String sentence, String type) {
    CodedEvent top = ConflictRankingIT.top(sentence, code(sentence));
    assertThat(top.plover().event()).as(sentence).isEqualTo(type);
  }

  private static List<CodedEvent> code(String sentence) {
    Article a = new Article("acled-" + Integer.toHexString(sentence.hashCode()), ARTICLE, "", sentence, null, null);
    return Engines.SELECTIVE.code(a).stream().filter(e -> !e.negated()).toList();
  }
}
