package org.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;

/**
 * Issue 11, round 6: a ban on trade or sales that names no other side is an administrative
 * sanction at home (172); one that names a partner, or bans imports or exports, is an embargo
 * (163). Real CoreNLP, built-in dictionaries; sentences written for Vigil.
 */
final class DomesticBansIT {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The Kenyan province of Kisumu banned the trade in charcoal last year.     | KEN
      The Philippine city of Davao banned the sale of fireworks in 2001.         | PHL
      The Peruvian city of Cusco banned the sale and use of plastic bags.        | PER
      """)
  void aBanOnTradeAtHomeIsAnAdministrativeSanction(String sentence, String source) {
    List<CodedEvent> events = events(sentence);
    assertThat(events).as(sentence).anyMatch(e -> e.cameo().equals("172") && e.source().code().startsWith(source));
    assertThat(events).as(sentence).noneMatch(e -> e.cameo().equals("163"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Egypt banned trade with Qatar in 2017.                                     | EGY
      Germany banned arms sales to Saudi Arabia after the killing.              | DEU
      Cameroon banned the import of chickens from Europe.                        | CMR
      Ghana banned the sale and export of raw cashew nuts.                        | GHA
      """)
  void aBanThatNamesTheOtherSideOrCrossesABorderStaysAnEmbargo(String sentence, String source) {
    List<CodedEvent> events = events(sentence);
    assertThat(events).as(sentence).anyMatch(e -> e.cameo().equals("163") && e.source().code().startsWith(source));
    assertThat(events).as(sentence).noneMatch(e -> e.cameo().equals("172"));
  }

  private static List<CodedEvent> events(String sentence) {
    Article a = new Article("ban-" + Integer.toHexString(sentence.hashCode()), LocalDate.of(2025, 3, 12), "",
        sentence, null, null);
    return Engines.SELECTIVE.code(a);
  }
}
