package org.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.core.article.Article;

/**
 * Issue 11, round 8: a reported necessity is the speaker's demand. "X says Y needs to act", "X
 * said Y has to withdraw its troops" put an obligation on Y as "must" does (CAMEO 10, REQUEST),
 * from the speaker to the obliged party; the act itself is required, not done. Near misses: the
 * speaker's own side ("we need to"), a forecast ("will need to"), a denied or past necessity, a
 * party that holds no office ("farmers need to"), and an act of no policy ("needs to grow").
 * Real CoreNLP, built-in dictionaries, the selective pipeline; sentences written for Vigil.
 */
final class ReportedNecessitiesIT {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The Kenyan foreign minister says Ethiopia needs to act.                                  | KENGOV -> ETH
      A senior Egyptian official said Washington needs to act before the deadline.            | EGYGOV -> USA
      The French president said Russia has to withdraw its troops from Ukraine.              | FRAGOV -> RUS
      The German chancellor said Israel needs to allow more aid into Gaza.                    | DEUGOV -> ISR
      The Turkish president said, adding that both Russia and Ukraine need to stop the war.   | TURGOV -> RUS
      The Turkish president said, adding that both Russia and Ukraine need to stop the war.   | TURGOV -> UKR
      'The Turkish president said Ukraine needs to "do difficult things."'                    | TURGOV -> UKR
      """)
  void aReportedNecessityIsADemand(String sentence, String dyad) {
    assertThat(keys(sentence)).anyMatch(k -> k.matches("10\\d* " + dyad + "\\w*"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The French president said Russia has to withdraw its troops from Ukraine.              | 087
      The German chancellor said Israel needs to allow more aid into Gaza.                    | 07
      """)
  void theRequiredActIsNotCoded(String sentence, String root) {
    assertThat(keys(sentence)).noneMatch(k -> k.startsWith(root));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The Kenyan foreign minister said Kenya needs to act.
      The Kenyan foreign minister said Ethiopia will need to act.
      The Kenyan foreign minister said Ethiopia does not need to act.
      The Kenyan foreign minister said Ethiopia had to withdraw its troops from Somalia.
      The Kenyan foreign minister said Ethiopian farmers need to stop the sale of maize.
      The Kenyan foreign minister said Ethiopia needs to grow faster.
      """)
  void noDemandWithoutAnotherPartyAPresentNecessityAndAnAct(String sentence) {
    assertThat(keys(sentence)).noneMatch(k -> k.startsWith("10"));
  }

  private static List<String> keys(String sentence) {
    Article a = new Article("necessity-" + Integer.toHexString(sentence.hashCode()), LocalDate.of(2025, 3, 12), "",
        sentence, null, null);
    return Engines.keys(Engines.SELECTIVE.code(a));
  }
}
