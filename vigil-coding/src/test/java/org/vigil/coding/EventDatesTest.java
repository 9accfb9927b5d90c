package org.vigil.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.event.DateGranularity;
import org.vigil.core.event.EventDate;
import org.vigil.core.text.Sentence;
import org.vigil.core.text.TimeExpression;
import org.vigil.core.text.Token;

/** Ranges and weekends from TIMEX3 values as SUTime gives them, on hand-made sentences (no models). */
class EventDatesTest {
  private static final LocalDate MONDAY = LocalDate.of(2021, 7, 5);

  /** A sentence of "word/POS" tokens separated by spaces. */
  static Sentence sentence(String tagged, TimeExpression... times) {
    List<Token> tokens = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (String wp : tagged.split(" ")) {
      int slash = wp.lastIndexOf('/');
      String word = wp.substring(0, slash);
      if (!text.isEmpty()) {
        text.append(' ');
      }
      int begin = text.length();
      text.append(word);
      tokens.add(new Token(tokens.size(), word, null, wp.substring(slash + 1), "O", begin, text.length()));
    }
    return new Sentence(0, text.toString(), 0, text.length(), tokens, List.of(), List.of(times));
  }

  /** The sentence with dependencies written {@code relation:governor:dependent} (0-based, -1 for the root). */
  static Sentence parsed(Sentence s, String... dependencies) {
    List<org.vigil.core.text.Dependency> deps = new ArrayList<>();
    for (String d : dependencies) {
      int b = d.lastIndexOf(':');
      int a = d.lastIndexOf(':', b - 1);
      deps.add(new org.vigil.core.text.Dependency(d.substring(0, a), Integer.parseInt(d.substring(a + 1, b)),
          Integer.parseInt(d.substring(b + 1))));
    }
    return new Sentence(s.index(), s.text(), s.begin(), s.end(), s.tokens(), deps, s.times());
  }

  private static TimeExpression date(int begin, int end, String text, String value) {
    return new TimeExpression(begin, end, text, "DATE", value);
  }

  @Test
  void aDayNumberBeforeADateStartsARange() {
    TimeExpression may5 = date(3, 5, "5 May", "2021-05-05");
    Sentence s = sentence("from/IN 3/CD to/TO 5/CD May/NNP ./.", may5);
    EventDate d = EventDates.resolve(s, may5, MONDAY);
    assertThat(d.date()).isEqualTo(LocalDate.of(2021, 5, 3));
    assertThat(d.end()).isEqualTo(LocalDate.of(2021, 5, 5));
    assertThat(d.granularity()).isEqualTo(DateGranularity.DAY);
    assertThat(d.text()).isEqualTo("3 to 5 May");
    assertThat(d.timex()).isEqualTo("2021-05-03/2021-05-05");
  }

  @Test
  void andMakesARangeOnlyAfterBetween() {
    TimeExpression june3 = date(4, 6, "June 3", "2021-06-03");
    TimeExpression june1 = date(1, 3, "June 1", "2021-06-01");
    Sentence between = sentence("between/IN June/NNP 1/CD and/CC June/NNP 3/CD", june1, june3);
    assertThat(EventDates.resolve(between, june1, MONDAY).end()).isEqualTo(LocalDate.of(2021, 6, 3));
    assertThat(EventDates.resolve(between, june3, MONDAY).date()).isEqualTo(LocalDate.of(2021, 6, 1));

    Sentence on = sentence("on/IN June/NNP 1/CD and/CC June/NNP 3/CD", june1, june3);
    EventDate d = EventDates.resolve(on, june1, MONDAY);
    assertThat(d.date()).isEqualTo(d.end()).isEqualTo(LocalDate.of(2021, 6, 1));
  }

  @Test
  void aDayNumberAfterADateEndsARangeUnlessANounFollows() {
    TimeExpression may3 = date(1, 3, "May 3", "2021-05-03");
    EventDate range = EventDates.resolve(sentence("on/IN May/NNP 3/CD to/TO 5/CD ./.", may3), may3, MONDAY);
    assertThat(range.end()).isEqualTo(LocalDate.of(2021, 5, 5));
    EventDate count = EventDates.resolve(sentence("on/IN May/NNP 3/CD to/TO 5/CD people/NNS", may3), may3, MONDAY);
    assertThat(count.end()).isEqualTo(LocalDate.of(2021, 5, 3));
  }

  @Test
  void farApartOrReversedDatesAreNoRange() {
    TimeExpression jan = date(1, 3, "January 3", "2021-01-03");
    TimeExpression jun = date(4, 6, "June 5", "2021-06-05");
    Sentence far = sentence("from/IN January/NNP 3/CD to/TO June/NNP 5/CD", jan, jun);
    assertThat(EventDates.resolve(far, jan, MONDAY).end()).isEqualTo(LocalDate.of(2021, 1, 3));

    TimeExpression j3 = date(1, 3, "June 3", "2021-06-03");
    TimeExpression j1 = date(4, 6, "June 1", "2021-06-01");
    Sentence reversed = sentence("from/IN June/NNP 3/CD to/TO June/NNP 1/CD", j3, j1);
    assertThat(EventDates.resolve(reversed, j3, MONDAY).end()).isEqualTo(LocalDate.of(2021, 6, 3));
  }

  @Test
  void dayNumbersAroundAMonthNameGiveDays() {
    TimeExpression july = date(1, 2, "July", "2021-07");
    EventDate after = EventDates.resolve(sentence("on/IN July/NNP 1/CD -/HYPH 2/CD ./.", july), july, MONDAY);
    assertThat(after).extracting(EventDate::date, EventDate::end, EventDate::granularity, EventDate::text)
        .containsExactly(LocalDate.of(2021, 7, 1), LocalDate.of(2021, 7, 2), DateGranularity.DAY, "July 1 - 2");

    TimeExpression may = date(4, 5, "May", "2021-05");
    EventDate before = EventDates.resolve(sentence("on/IN 3/CD -/SYM 5/CD May/NNP ./.", may), may, MONDAY);
    assertThat(before).extracting(EventDate::date, EventDate::end)
        .containsExactly(LocalDate.of(2021, 5, 3), LocalDate.of(2021, 5, 5));

    TimeExpression may2 = date(2, 3, "May", "2021-05");
    EventDate one = EventDates.resolve(sentence("on/IN 5/CD May/NNP ./.", may2), may2, MONDAY);
    assertThat(one).extracting(EventDate::date, EventDate::end)
        .containsExactly(LocalDate.of(2021, 5, 5), LocalDate.of(2021, 5, 5));

    TimeExpression june = date(1, 2, "June", "2021-06");
    EventDate counted = EventDates.resolve(sentence("in/IN June/NNP 31/CD people/NNS died/VBD", june), june, MONDAY);
    assertThat(counted.granularity()).isEqualTo(DateGranularity.MONTH);
  }

  @Test
  void aTimeOnTheClausesObjectDatesTheEventButACompoundDoesNot() {
    Sentence talks = parsed(sentence("officials/NNS held/VBD talks/NNS between/IN 10/CD and/CC 12/CD June/NNP ./.",
        date(6, 8, "12 June", "2021-06-12")),
        "root:-1:1", "nsubj:1:0", "obj:1:2", "obl:tmod:2:7", "nummod:7:6", "conj:and:4:6", "amod:4:3", "nummod:7:4");
    EventDate d = EventDates.date(new SentenceGraph(talks), 1, MONDAY);
    assertThat(d).extracting(EventDate::date, EventDate::end, EventDate::fromText)
        .containsExactly(LocalDate.of(2021, 6, 10), LocalDate.of(2021, 6, 12), true);

    Sentence budget = parsed(sentence("officials/NNS discussed/VBD the/DT 2022/CD budget/NN ./.",
        date(3, 4, "2022", "2022")), "root:-1:1", "nsubj:1:0", "obj:1:4", "det:4:2", "compound:4:3");
    assertThat(EventDates.date(new SentenceGraph(budget), 1, MONDAY).fromText()).isFalse();
  }

  @Test
  void theWeekendIsTheLastOneBeforeTheArticle() {
    TimeExpression weekend = date(0, 2, "the weekend", "2021-W27-WE");
    EventDate past = EventDates.resolve(weekend, MONDAY);
    assertThat(past.date()).isEqualTo(LocalDate.of(2021, 7, 3));
    assertThat(past.end()).isEqualTo(LocalDate.of(2021, 7, 4));
    EventDate same = EventDates.resolve(weekend, LocalDate.of(2021, 7, 12));
    assertThat(same.date()).isEqualTo(LocalDate.of(2021, 7, 10));
  }

  @Test
  void weeksMonthsAndYearsKeepTheirGranularity() {
    assertThat(EventDates.resolve(date(0, 2, "last week", "2021-W26"), MONDAY))
        .extracting(EventDate::date, EventDate::end, EventDate::granularity)
        .containsExactly(LocalDate.of(2021, 6, 28), LocalDate.of(2021, 7, 4), DateGranularity.WEEK);
    assertThat(EventDates.resolve(date(0, 2, "last month", "2021-06"), MONDAY))
        .extracting(EventDate::date, EventDate::end, EventDate::granularity)
        .containsExactly(LocalDate.of(2021, 6, 1), LocalDate.of(2021, 6, 30), DateGranularity.MONTH);
    assertThat(EventDates.resolve(date(0, 2, "last year", "2020"), MONDAY).granularity()).isEqualTo(DateGranularity.YEAR);
    assertThat(EventDates.resolve(date(0, 1, "1850", "1850"), MONDAY)).isNull();
  }

  /** Wednesday 2019-12-18: SUTime's "Friday" as it resolves without a tense it can see. */
  private static final LocalDate WEDNESDAY = LocalDate.of(2019, 12, 18);

  @Test
  void aWeekdayOfAPastClauseIsTheOneBeforeTheArticle() {
    // "North Korea said it conducted a crucial test on Friday": SUTime gave the coming Friday
    TimeExpression friday = new TimeExpression(5, 6, "Friday", "DATE", "2019-12-20");
    Sentence s = parsed(sentence("it/PRP conducted/VBD a/DT test/NN on/IN Friday/NNP ./.", friday),
        "root:-1:1", "nsubj:1:0", "obj:1:3", "det:3:2", "obl:on:1:5", "case:5:4");
    assertThat(EventDates.date(new SentenceGraph(s), 1, WEDNESDAY).date()).isEqualTo(LocalDate.of(2019, 12, 13));

    // "the administration has rejected the resolution on Wednesday", article of Sunday 2024-06-30
    TimeExpression wednesday = new TimeExpression(6, 7, "Wednesday", "DATE", "2024-07-03");
    Sentence r = parsed(sentence("the/DT administration/NN has/VBZ rejected/VBN the/DT resolution/NN Wednesday/NNP ./.",
        wednesday), "root:-1:3", "nsubj:3:1", "aux:3:2", "obj:3:5", "obl:tmod:3:6");
    assertThat(EventDates.date(new SentenceGraph(r), 3, LocalDate.of(2024, 6, 30)).date())
        .isEqualTo(LocalDate.of(2024, 6, 26));
  }

  @Test
  void aWeekdayOfAFutureClauseIsTheOneAfterTheArticle() {
    // "Modi is due to travel to Mauritius on Tuesday", article of Monday 2025-03-10
    TimeExpression tuesday = new TimeExpression(6, 7, "Tuesday", "DATE", "2025-03-04");
    Sentence s = parsed(sentence("Modi/NNP is/VBZ due/JJ to/TO travel/VB on/IN Tuesday/NNP ./.", tuesday),
        "root:-1:2", "nsubj:2:0", "cop:2:1", "xcomp:2:4", "mark:4:3", "obl:on:4:6", "case:6:5");
    assertThat(EventDates.date(new SentenceGraph(s), 4, LocalDate.of(2025, 3, 10)).date())
        .isEqualTo(LocalDate.of(2025, 3, 11));

    TimeExpression friday = new TimeExpression(3, 4, "Friday", "DATE", "2019-12-13");
    Sentence w = parsed(sentence("ministers/NNS will/MD meet/VB Friday/NNP ./.", friday),
        "root:-1:2", "nsubj:2:0", "aux:2:1", "obl:tmod:2:3");
    assertThat(EventDates.date(new SentenceGraph(w), 2, WEDNESDAY).date()).isEqualTo(LocalDate.of(2019, 12, 20));
  }

  @Test
  void aWeekdayAlreadyOnTheSideOfItsTenseOrNamedWithNextIsLeftAsItIs() {
    // past and already before the article
    TimeExpression monday = new TimeExpression(2, 3, "Monday", "DATE", "2019-12-16");
    Sentence past = parsed(sentence("troops/NNS attacked/VBD Monday/NNP ./.", monday),
        "root:-1:1", "nsubj:1:0", "obl:tmod:1:2");
    assertThat(EventDates.date(new SentenceGraph(past), 1, WEDNESDAY).date()).isEqualTo(LocalDate.of(2019, 12, 16));
    // "next Friday" is SUTime's to resolve, whatever the tense
    TimeExpression next = new TimeExpression(2, 4, "next Friday", "DATE", "2019-12-27");
    Sentence explicit = parsed(sentence("troops/NNS attacked/VBD next/JJ Friday/NNP ./.", next),
        "root:-1:1", "nsubj:1:0", "obl:tmod:1:3", "amod:3:2");
    assertThat(EventDates.date(new SentenceGraph(explicit), 1, WEDNESDAY).date()).isEqualTo(LocalDate.of(2019, 12, 27));
  }
}
