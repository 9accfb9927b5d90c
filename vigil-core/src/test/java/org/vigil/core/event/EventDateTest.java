package org.vigil.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

final class EventDateTest {
  private static final LocalDate DAY = LocalDate.of(2021, 6, 29);

  @Test
  void saysWhereTheDateCameFrom() {
    assertThat(EventDate.ofArticle(DAY).from()).isEqualTo("article");
    assertThat(new EventDate(DAY, DAY, DateGranularity.DAY, true, "Tuesday", "2021-06-29").from()).isEqualTo("text");
    EventDate story = new EventDate(DAY, DAY, DateGranularity.DAY, true, "Tuesday", "2021-06-29", true);
    assertThat(story.from()).isEqualTo("story");
    assertThat(story.inherited()).isTrue();
  }

  @Test
  void theSixPartDateIsNotInherited() {
    assertThat(new EventDate(DAY, DAY, DateGranularity.DAY, true, "Tuesday", "2021-06-29").inherited()).isFalse();
  }

  @Test
  void anInheritedDateComesFromText() {
    assertThatThrownBy(() -> new EventDate(DAY, DAY, DateGranularity.DAY, false, "", "", true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("event date 2021-06-29 is inherited but not from text");
  }
}
