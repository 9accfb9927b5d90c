package org.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;

/**
 * Issue 11, ACLED-style reports, round 14: unnamed groups named by a common noun the hand-written
 * sector lists lack (settlers, vendors, vigilantes, herdsmen; {@code collectives.txt}, derived from
 * WordNet) are actors of their sector with the country of the place; two such groups of one sector
 * named by different nouns are two sides, whose violence is no riot; civilians written as armed are
 * armed men of no stated allegiance (UAF), whose violence is an assault. Real CoreNLP (selective analysis), built-in
 * dictionaries; sentences written for Vigil, with near misses. Article date 5 June 2023.
 */
final class CollectiveActorsIT {
  private static final LocalDate ARTICLE = LocalDate.of(2023, 6, 5);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Settlers attacked a Palestinian village near Hebron, West Bank, on 3 June 2023.                    | CVL | PSE
      Street vendors demonstrated outside the municipal offices in Kumasi, Ghana, on 3 June 2023.       | BUS | GHA
      Vigilantes abducted three traders near Gusau, Zamfara state, on 3 June 2023.                       | UAF | NGA
      """)
  void aCollectiveIsAnActorOfItsSector(String sentence, String sector, String country) {
    List<CodedEvent> events = code(sentence);
    CodedEvent top = ConflictRankingIT.top(sentence, events);
    assertThat(top.source().sector()).isEqualTo(sector);
    assertThat(top.source().country()).isEqualTo(country);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Herdsmen killed seven farmers in Agatu, Benue state, on 3 June 2023.     | AGR
      Pastoralists shot dead four fishermen near Baga, Borno state, on 3 June 2023. | AGR
      """)
  void twoGroupsOfOneSectorAreTwoSides(String sentence, String sector) {
    List<CodedEvent> events = code(sentence);
    CodedEvent top = ConflictRankingIT.top(sentence, events);
    assertThat(top.source().sector()).isEqualTo(sector);
    assertThat(top.target()).isNotNull();
    assertThat(top.target().sector()).isEqualTo(sector);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Settlers harvested olives near Hebron, West Bank, on 3 June 2023.
      A runner won the marathon in Nairobi on 3 June 2023.
      """)
  void aCollectiveDoingNoPoliticalActOrAWordWithOtherSensesCodesNothing(String sentence) {
    // near misses: a collective's ordinary work; "runner" (an athlete first) is no collective
    assertThat(code(sentence)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Protesters attacked other protesters in Lagos on 3 June 2023.
      """)
  void oneNounIsOneSide(String sentence) {
    // near miss: the same noun on both sides is one group, no target of its own kind
    assertThat(code(sentence)).allMatch(e -> e.target() == null || !e.target().code().equals(e.source().code()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # civilians written as armed are armed men of no stated allegiance: their violence is an assault
      Armed youths raided a cattle camp near Bor, Jonglei state, on 3 June 2023, killing six herders. | UAF | ASSAULT
      Armed villagers attacked a police post in Gusau, Zamfara state, on 3 June 2023.                  | UAF | ASSAULT
      # near miss: no "armed", so the villagers' violence stays a riot (Riots)
      Villagers attacked a police post in Gusau, Zamfara state, on 3 June 2023.                        | CVL | PROTEST
      # settlers, tribes, clans are identity militias to conflict monitors: their violence is no riot
      # (Riots.COMMUNAL); the unarmed villagers above are the near miss
      Settlers set fire to cars and homes in Huwara, West Bank, on 3 June 2023.                        | CVL | COERCE
      Tribesmen attacked a rival village near Kutum, North Darfur, on 3 June 2023.                     | CVL | ASSAULT
      """)
  void civiliansAttackOrRiotByWhetherArmedOrCommunal(String sentence, String sector, String type) {
    CodedEvent top = ConflictRankingIT.top(sentence, code(sentence));
    assertThat(top.source().sector()).isEqualTo(sector);
    assertThat(top.plover().event()).isEqualTo(type);
  }

  private static List<CodedEvent> code(String sentence) {
    Article a = new Article("coll-" + Integer.toHexString(sentence.hashCode()), ARTICLE, "", sentence, null, null);
    return Engines.SELECTIVE.code(a).stream().filter(e -> !e.negated()).toList();
  }
}
