package org.vigil.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CalendarWordsTest {

  @ParameterizedTest
  @ValueSource(strings = {"March", "march", "Mar.", "Mar", "Sept.", "Sep", "May", "DECEMBER"})
  void monthsInFullAndAbbreviated(String word) {
    assertThat(CalendarWords.isMonth(word)).isTrue();
    assertThat(CalendarWords.isWeekday(word)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Thursday", "Thu", "Thurs.", "Tues", "sun", "Sat."})
  void weekdaysInFullAndAbbreviated(String word) {
    assertThat(CalendarWords.isWeekday(word)).isTrue();
    assertThat(CalendarWords.isMonth(word)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Marc", "Mayor", "Junes", "Mo", "Augusta", "Sunni", ".", ""})
  void nearMissesAreNoCalendarWords(String word) {
    assertThat(CalendarWords.isMonth(word)).isFalse();
    assertThat(CalendarWords.isWeekday(word)).isFalse();
    assertThat(CalendarWords.isFullName(word)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Jan", "Sept.", "Thurs", "Fri."})
  void abbreviationsAreNoNamesInFull(String word) {
    assertThat(CalendarWords.isFullName(word)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"August", "sunday", "May"})
  void namesInFull(String word) {
    assertThat(CalendarWords.isFullName(word)).isTrue();
  }
}
