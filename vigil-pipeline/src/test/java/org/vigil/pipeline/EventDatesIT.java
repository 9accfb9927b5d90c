package org.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.core.article.Article;
import org.vigil.coding.dictionary.Dictionaries;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.DateGranularity;
import org.vigil.core.event.EventDate;

/**
 * Event dates through real CoreNLP (SUTime) and the coder: relative expressions resolved against
 * the article date, weeks, months, weekends and ranges of days. The sentences are written for this
 * test; the article is dated Monday 5 July 2021.
 */
final class EventDatesIT {
  private static final LocalDate MONDAY = LocalDate.of(2021, 7, 5);
  private static final String TEXT = """
      Russian troops attacked Ukrainian forces from 3 to 5 May. \
      Kenyan police arrested opposition supporters between June 1 and June 3. \
      Sudanese troops clashed with rebels from May 3 to May 5, 2021. \
      Malian soldiers fought jihadists on July 1-2. \
      Yemeni rebels attacked Saudi Arabia on May 3 to 5. \
      Israeli aircraft bombed Gaza last week. \
      Afghanistan accused Pakistan earlier this month of sheltering militants. \
      Nigerian troops killed Boko Haram fighters last Tuesday. \
      Armenia accused Azerbaijan on Thursday of shelling border villages. \
      China criticized the United States on 21 March 2020. \
      Ethiopian forces attacked Tigrayan rebels two days ago. \
      The Iraqi prime minister met the Iranian president yesterday. \
      Syrian troops clashed with Turkish soldiers over the weekend. \
      Indian and Chinese officials held talks between 10 and 12 June. \
      Colombian police arrested drug traffickers. \
      Last month, Bosnian police arrested the mayor and detained his aides. \
      On Tuesday, Chadian troops attacked a rebel camp and killed dozens of fighters. \
      Somali troops shelled the town on Sunday and rebels attacked it on Saturday. \
      Serbian forces attacked Albanian villages in the 1990s. \
      Ethiopia and Eritrea fought a border war in the 1990s. \
      The Turkish foreign minister condemned Greece on Tuesday. \
      The Greek defence minister denounced Turkey on Wednesday. \
      The Cypriot president will meet the Greek prime minister on Thursday.""";
  private static List<CodedEvent> events;

  @BeforeAll
  static void code() {
    Article article = new Article("dates-1", MONDAY, "Dates", TEXT, "", "test");
    events = Engines.SELECTIVE.code(article);
  }

  private static EventDate dateOf(String sentenceStart) {
    List<EventDate> dates = events.stream()
        .filter(e -> e.evidence().sentence().startsWith(sentenceStart))
        .map(CodedEvent::date)
        .distinct()
        .toList();
    assertThat(dates).as("dates of the events of \"" + sentenceStart + "\"").hasSize(1);
    return dates.get(0);
  }

  private static void assertDays(String sentenceStart, String first, String last) {
    EventDate d = dateOf(sentenceStart);
    assertThat(d.fromText()).isTrue();
    assertThat(d.date()).isEqualTo(LocalDate.parse(first));
    assertThat(d.end()).isEqualTo(LocalDate.parse(last));
    assertThat(d.granularity()).isEqualTo(DateGranularity.DAY);
  }

  @Test
  void aDayNumberAndADateMakeARange() {
    assertDays("Russian troops", "2021-05-03", "2021-05-05");
    assertThat(dateOf("Russian troops").timex()).isEqualTo("2021-05-03/2021-05-05");
    assertDays("Malian soldiers", "2021-07-01", "2021-07-02");
    assertDays("Yemeni rebels", "2021-05-03", "2021-05-05");
  }

  @Test
  void aRangeOnTheObjectDatesTheEvent() {
    assertDays("Indian and Chinese officials", "2021-06-10", "2021-06-12");
  }

  @Test
  void twoDatesJoinedByBetweenOrToMakeARange() {
    assertDays("Kenyan police", "2021-06-01", "2021-06-03");
    assertDays("Sudanese troops", "2021-05-03", "2021-05-05");
  }

  @Test
  void lastWeekIsTheWeekBeforeTheArticle() {
    EventDate d = dateOf("Israeli aircraft");
    assertThat(d.timex()).isEqualTo("2021-W26");
    assertThat(d.date()).isEqualTo(LocalDate.of(2021, 6, 28));
    assertThat(d.end()).isEqualTo(LocalDate.of(2021, 7, 4));
    assertThat(d.granularity()).isEqualTo(DateGranularity.WEEK);
  }

  @Test
  void earlierThisMonthIsTheArticlesMonth() {
    EventDate d = dateOf("Afghanistan accused");
    assertThat(d.date()).isEqualTo(LocalDate.of(2021, 7, 1));
    assertThat(d.end()).isEqualTo(LocalDate.of(2021, 7, 31));
    assertThat(d.granularity()).isEqualTo(DateGranularity.MONTH);
  }

  @Test
  void weekdaysAreTheLastOnesBeforeTheArticle() {
    assertDays("Nigerian troops", "2021-06-29", "2021-06-29");
    assertDays("Armenia accused", "2021-07-01", "2021-07-01");
  }

  @Test
  void aWeekdayHungOnTheObjectTakesTheVerbsTense() {
    // the parser hangs "on Tuesday" on Greece, and the tagger may take "condemned" for a participle
    assertDays("The Turkish foreign minister", "2021-06-29", "2021-06-29");
    assertDays("The Greek defence minister", "2021-06-30", "2021-06-30");
    // near miss: a future clause's weekday is the coming one
    assertDays("The Cypriot president", "2021-07-08", "2021-07-08");
  }

  @Test
  void relativeDaysCountBackFromTheArticleDate() {
    assertDays("Ethiopian forces", "2021-07-03", "2021-07-03");
    assertDays("The Iraqi prime minister", "2021-07-04", "2021-07-04");
  }

  @Test
  void aWrittenDateKeepsItsYear() {
    assertDays("China criticized", "2020-03-21", "2020-03-21");
  }

  @Test
  void theWeekendIsTheOneBeforeTheArticle() {
    assertDays("Syrian troops", "2021-07-03", "2021-07-04");
  }

  @Test
  void aConjunctSharesTheTimeOfTheClauseItJoins() {
    EventDate month = dateOf("Last month, Bosnian police");
    assertThat(events.stream().filter(e -> e.evidence().sentence().startsWith("Last month, Bosnian police")))
        .as("arrested and detained").hasSizeGreaterThanOrEqualTo(2);
    assertThat(month.date()).isEqualTo(LocalDate.of(2021, 6, 1));
    assertThat(month.granularity()).isEqualTo(DateGranularity.MONTH);
    assertThat(events.stream().filter(e -> e.evidence().sentence().startsWith("On Tuesday, Chadian troops")))
        .as("attacked and killed").hasSizeGreaterThanOrEqualTo(2);
    assertDays("On Tuesday, Chadian troops", "2021-06-29", "2021-06-29");
  }

  @Test
  void aConjunctWithATimeOfItsOwnKeepsIt() {
    List<LocalDate> days = events.stream().filter(e -> e.evidence().sentence().startsWith("Somali troops shelled"))
        .map(e -> e.date().date()).distinct().sorted().toList();
    assertThat(days).containsExactly(LocalDate.of(2021, 7, 3), LocalDate.of(2021, 7, 4));
  }

  @Test
  void aDecadeIsTenYears() {
    for (String start : List.of("Serbian forces", "Ethiopia and Eritrea")) {
      EventDate d = dateOf(start);
      assertThat(d.granularity()).isEqualTo(DateGranularity.DECADE);
      assertThat(d.date()).isEqualTo(LocalDate.of(1990, 1, 1));
      assertThat(d.end()).isEqualTo(LocalDate.of(1999, 12, 31));
    }
  }

  @Test
  void aClauseWithoutATimeTakesTheArticleDate() {
    EventDate d = dateOf("Colombian police");
    assertThat(d.fromText()).isFalse();
    assertThat(d.date()).isEqualTo(MONDAY);
  }
}
