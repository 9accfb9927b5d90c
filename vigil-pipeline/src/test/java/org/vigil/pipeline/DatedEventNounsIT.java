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
 * A time written on the event noun that a support verb takes as its object (issue 11, round 12):
 * "hosted the March 11 talks", "carried out the Feb. 14 attack", "attended Tuesday's meeting" is
 * the noun's event, on the noun's day; a verb about the event ("condemned the Feb. 14 attack") or
 * after it ("arrested protesters after the March 2 rally") keeps the article date. The sentences
 * are written for this test; every article is dated Friday 14 March 2025, so "Tuesday" is 11 March.
 */
final class DatedEventNounsIT {
  private static final LocalDate ARTICLE = LocalDate.of(2025, 3, 14);

  private static List<CodedEvent> code(String text) {
    return Engines.SELECTIVE.code(new Article("noun-" + Integer.toHexString(text.hashCode()), ARTICLE, "Story", text,
        "", "test"));
  }

  private static EventDate dateOf(List<CodedEvent> events, String sentenceStart) {
    return Engines.dateOfSentence(events, sentenceStart);
  }

  private static void assertDay(EventDate d, LocalDate day, String text) {
    assertThat(d.date()).isEqualTo(day);
    assertThat(d.granularity()).isEqualTo(DateGranularity.DAY);
    assertThat(d.text()).isEqualTo(text);
    assertThat(d.inherited()).isFalse();
  }

  @Test
  void aDayWrittenOnTheHostedOrConductedEventDatesIt() {
    List<CodedEvent> talks = code("""
        Saudi Arabia hosted the March 11 talks between Ukraine and the United States in Jeddah.""");
    assertDay(dateOf(talks, "Saudi Arabia hosted"), LocalDate.of(2025, 3, 11), "March 11");
    List<CodedEvent> attack = code("""
        Pakistani militants carried out the Feb. 14 attack on a police station in Quetta.""");
    assertDay(dateOf(attack, "Pakistani militants carried out"), LocalDate.of(2025, 2, 14), "Feb. 14");
  }

  @Test
  void aWeekdayPossessorOfTheAttendedEventDatesIt() {
    List<CodedEvent> events = code("""
        Egypt attended Tuesday's meeting of Arab foreign ministers in Cairo.""");
    assertDay(dateOf(events, "Egypt attended"), LocalDate.of(2025, 3, 11), "Tuesday");
  }

  @Test
  void aVerbAboutOrAfterTheDatedEventKeepsTheArticleDate() {
    List<CodedEvent> condemned = code("""
        Pakistan condemned the Feb. 14 attack on its embassy in Kabul.""");
    assertThat(dateOf(condemned, "Pakistan condemned").date()).isEqualTo(ARTICLE);
    assertThat(dateOf(condemned, "Pakistan condemned").from()).isEqualTo("article");
    List<CodedEvent> arrested = code("""
        Kenyan police arrested dozens of protesters after the March 2 rally in Nairobi.""");
    assertThat(dateOf(arrested, "Kenyan police arrested").date()).isEqualTo(ARTICLE);
  }
}
