package org.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;

/**
 * Links to other articles that pages copied as text keep ("READ MORE: ...") report another
 * article's news: no event of this article comes from them. Real CoreNLP, built-in dictionaries;
 * sentences written for Vigil.
 */
final class TeasersIT {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      READ MORE:Britain has withdrawn nearly all its troops from Iraq
      Related: Russian forces shelled Kharkiv on Monday.
      """)
  void aTeaserLineGivesNoEvent(String teaser) {
    List<CodedEvent> events = code("Kenya asked Uganda to help it secure the border.\n\n" + teaser + "\n\n"
        + "Uganda said it would send troops.");
    assertThat(events).isNotEmpty().noneMatch(e -> e.evidence().sentence().contains(teaser.substring(12, 30)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Putin: Russia will help Tajikistan defend its border.
      """)
  void aHeadlineWithItsSpeakerStillCodes(String headline) {
    assertThat(code(headline)).isNotEmpty();
  }

  private static List<CodedEvent> code(String text) {
    Article a = new Article("teaser-" + Integer.toHexString(text.hashCode()), LocalDate.of(2025, 3, 12), "",
        text, null, null);
    return Engines.SELECTIVE.code(a);
  }
}
