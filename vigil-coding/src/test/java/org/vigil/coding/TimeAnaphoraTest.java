package org.vigil.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.coding.EventDatesTest.parsed;
import static org.vigil.coding.EventDatesTest.sentence;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.vigil.core.event.DateGranularity;
import org.vigil.core.event.EventDate;
import org.vigil.core.text.Sentence;
import org.vigil.core.text.TimeExpression;

/**
 * Offsets and pointers to the story's time on hand-made sentences with the TIMEX3 values SUTime
 * gives them (counted from the article date; no models). Articles are dated Monday 5 July 2021.
 */
class TimeAnaphoraTest {
  private static final LocalDate MONDAY = LocalDate.of(2021, 7, 5);

  private static EventDate day(int month, int day) {
    LocalDate d = LocalDate.of(2021, month, day);
    return new EventDate(d, d, DateGranularity.DAY, true, "on that day", d.toString());
  }

  @Test
  void anExactOffsetMovesTheStorysDayByItsAmount() {
    // SUTime puts "Two weeks later" two weeks after the article
    Sentence s = sentence("Two/CD weeks/NNS later/RB ,/, troops/NNS arrested/VBD rebels/NNS ./.",
        new TimeExpression(0, 3, "Two weeks later", "DATE", "2021-07-19"));
    TimeAnaphora.Offset offset = TimeAnaphora.offset(s, MONDAY);
    assertThat(offset).isNotNull();
    assertThat(offset.vague()).isFalse();
    EventDate d = TimeAnaphora.after(day(6, 2), offset, MONDAY);
    assertThat(d).extracting(EventDate::date, EventDate::end, EventDate::granularity, EventDate::from, EventDate::text)
        .containsExactly(LocalDate.of(2021, 6, 16), LocalDate.of(2021, 6, 16), DateGranularity.DAY, "story",
            "Two weeks later");
  }

  @Test
  void aDurationBeforeAfterIsAnOffsetFromTheStorysDay() {
    Sentence s = sentence("Three/CD days/NNS after/IN the/DT president/NN took/VBD office/NN ,/, rebels/NNS attacked/VBD",
        new TimeExpression(0, 2, "Three days", "DURATION", "P3D"));
    EventDate d = TimeAnaphora.after(day(5, 29), TimeAnaphora.offset(s, MONDAY), MONDAY);
    assertThat(d.date()).isEqualTo(LocalDate.of(2021, 6, 1));
    assertThat(d.granularity()).isEqualTo(DateGranularity.DAY);
  }

  @Test
  void aVagueOffsetWidensTheDateToTheNextUnitAndKeepsACoarserAnchor() {
    Sentence days = sentence("Days/NNS later/RB ,/, a/DT bomb/NN killed/VBD miners/NNS",
        new TimeExpression(0, 2, "Days later", "DATE", "2021-07-06"));
    TimeAnaphora.Offset offset = TimeAnaphora.offset(days, MONDAY);
    assertThat(offset.vague()).isTrue();
    // from a day: the week after it; from a month: the month
    assertThat(TimeAnaphora.after(day(6, 9), offset, MONDAY)).extracting(EventDate::date, EventDate::end,
        EventDate::granularity).containsExactly(LocalDate.of(2021, 6, 7), LocalDate.of(2021, 6, 13), DateGranularity.WEEK);
    EventDate february = new EventDate(LocalDate.of(2021, 2, 1), LocalDate.of(2021, 2, 28), DateGranularity.MONTH, true,
        "last month", "2021-02");
    assertThat(TimeAnaphora.after(february, offset, MONDAY)).extracting(EventDate::date, EventDate::granularity)
        .containsExactly(LocalDate.of(2021, 2, 1), DateGranularity.MONTH);

    Sentence months = sentence("Several/JJ months/NNS later/RB ,/, the/DT army/NN invaded/VBD",
        new TimeExpression(0, 3, "Several months later", "DATE", "2021-08-05"));
    EventDate in1990 = new EventDate(LocalDate.of(1990, 1, 1), LocalDate.of(1990, 12, 31), DateGranularity.YEAR, true,
        "1990", "1990");
    assertThat(TimeAnaphora.after(in1990, TimeAnaphora.offset(months, MONDAY), MONDAY))
        .extracting(EventDate::date, EventDate::end, EventDate::granularity, EventDate::timex)
        .containsExactly(LocalDate.of(1990, 1, 1), LocalDate.of(1990, 12, 31), DateGranularity.YEAR, "1990");
  }

  @Test
  void aDurationWithoutAfterOrLaterAndAnOffsetPastTheArticleGiveNothing() {
    Sentence talks = sentence("Three/CD days/NNS of/IN talks/NNS ended/VBD",
        new TimeExpression(0, 2, "Three days", "DURATION", "P3D"));
    assertThat(TimeAnaphora.offset(talks, MONDAY)).isNull();
    Sentence s = sentence("Two/CD weeks/NNS later/RB ,/, troops/NNS arrested/VBD rebels/NNS",
        new TimeExpression(0, 3, "Two weeks later", "DATE", "2021-07-19"));
    assertThat(TimeAnaphora.after(day(7, 1), TimeAnaphora.offset(s, MONDAY), MONDAY)).isNull();
    assertThat(TimeAnaphora.offsetCue(s)).isTrue();
    assertThat(TimeAnaphora.offsetCue(talks)).isFalse();
  }

  @Test
  void aSentenceOpeningWithThereOrThenPointsBack() {
    Sentence there = parsed(sentence("There/RB ,/, the/DT leader/NN asked/VBD Kenya/NNP for/IN help/NN ./."),
        "advmod:4:0", "punct:4:1", "det:3:2", "nsubj:4:3", "root:-1:4", "obj:4:5", "case:7:6", "obl:for:4:7",
        "punct:4:8");
    assertThat(TimeAnaphora.pointsBack(new SentenceGraph(there))).isTrue();
    Sentence then = parsed(sentence("And/CC then/RB the/DT army/NN withdrew/VBD ./."),
        "cc:4:0", "advmod:4:1", "det:3:2", "nsubj:4:3", "root:-1:4", "punct:4:5");
    assertThat(TimeAnaphora.pointsBack(new SentenceGraph(then))).isTrue();
  }

  @Test
  void anExpletiveThereOrAThereWithoutItsCommaDoesNotPointBack() {
    Sentence expletive = parsed(sentence("There/EX were/VBD clashes/NNS in/IN the/DT capital/NN ./."),
        "expl:1:0", "root:-1:1", "nsubj:1:2", "case:5:3", "det:5:4", "obl:in:1:5", "punct:1:6");
    assertThat(TimeAnaphora.pointsBack(new SentenceGraph(expletive))).isFalse();
    Sentence bare = parsed(sentence("There/RB the/DT leader/NN asked/VBD for/IN help/NN ./."),
        "advmod:3:0", "det:2:1", "nsubj:3:2", "root:-1:3", "case:5:4", "obl:for:3:5", "punct:3:6");
    assertThat(TimeAnaphora.pointsBack(new SentenceGraph(bare))).isFalse();
  }
}
