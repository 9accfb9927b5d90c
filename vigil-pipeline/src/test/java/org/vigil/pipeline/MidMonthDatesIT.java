package org.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.DateGranularity;
import org.vigil.core.event.EventDate;

/**
 * The middle of a month or year written as one hyphenated token ("in mid-March", "in mid-2020")
 * through real CoreNLP and the coder (issue 11, round 12): CoreNLP's tokenizer keeps it one token,
 * which SUTime's own rules do not read, so the event took the article date; Vigil's SUTime rule
 * file ({@code vigil.sutime.txt}) gives it the month or the year, and the event is dated at that
 * granularity and no finer. The sentences are written for this test; every article is dated Friday
 * 2 April 2021.
 */
final class MidMonthDatesIT {
  private static final LocalDate ARTICLE = LocalDate.of(2021, 4, 2);

  private static List<CodedEvent> code(VigilEngine engine, String text) {
    return engine.code(new Article("mid-" + Integer.toHexString(text.hashCode()), ARTICLE, "Story", text, "",
        "test"));
  }

  private static EventDate dateOf(List<CodedEvent> events, String sentenceStart) {
    return Engines.dateOfSentence(events, sentenceStart);
  }

  private static void assertWithin(EventDate d, LocalDate first, DateGranularity granularity, String text) {
    assertThat(d.date()).isEqualTo(first);
    assertThat(d.granularity()).isEqualTo(granularity);
    assertThat(d.text()).isEqualTo(text);
    assertThat(d.fromText()).isTrue();
  }

  @Test
  void theMiddleOfAMonthIsThatMonth() {
    List<CodedEvent> arrests = code(Engines.SELECTIVE, """
        Kenyan police arrested opposition leaders in Nairobi in mid-March, officials said.""");
    assertWithin(dateOf(arrests, "Kenyan police arrested"), LocalDate.of(2021, 3, 1), DateGranularity.MONTH,
        "mid-March");
    List<CodedEvent> shelling = code(Engines.SELECTIVE, """
        Armenia accused Azerbaijan in mid-February of shelling border villages.""");
    assertWithin(dateOf(shelling, "Armenia accused"), LocalDate.of(2021, 2, 1), DateGranularity.MONTH,
        "mid-February");
  }

  @Test
  void theMiddleOfAYearIsThatYear() {
    List<CodedEvent> events = code(Engines.SELECTIVE, """
        Ethiopia expelled two Sudanese diplomats in mid-2020.""");
    assertWithin(dateOf(events, "Ethiopia expelled"), LocalDate.of(2020, 1, 1), DateGranularity.YEAR, "mid-2020");
  }

  @Test
  void theFullAnalysisReadsItToo() {
    // the full pipeline runs SUTime inside CoreNLP's NER, with the same rule files
    List<CodedEvent> events = code(Engines.full(), """
        Kenyan police arrested opposition leaders in Nairobi in mid-March, officials said.""");
    assertWithin(dateOf(events, "Kenyan police arrested"), LocalDate.of(2021, 3, 1), DateGranularity.MONTH,
        "mid-March");
  }

  @Test
  void otherHyphenatedMidWordsAreNoTime() {
    List<CodedEvent> officials = code(Engines.SELECTIVE, """
        Mid-level officials from Kenya and Uganda met in Nairobi on Tuesday.""");
    EventDate met = dateOf(officials, "Mid-level officials");
    assertThat(met.date()).isEqualTo(LocalDate.of(2021, 3, 30));
    assertThat(met.text()).isEqualTo("Tuesday");
    List<CodedEvent> missiles = code(Engines.SELECTIVE, """
        Pakistani troops fired mid-range missiles at militants in Waziristan.""");
    EventDate fired = dateOf(missiles, "Pakistani troops fired");
    assertThat(fired.date()).isEqualTo(ARTICLE);
    assertThat(fired.from()).isEqualTo("article");
  }
}
