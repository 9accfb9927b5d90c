package org.vigil.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class DatesTest {

  @ParameterizedTest
  @ValueSource(strings = {"2021-07-09", " 2021-07-09 ", "2021-07-09T00:00:00Z",
      "2021-07-09T23:59:59-11:00", "2021-07-09 08:00:00", "2021-07-09 08:00:00+02:00",
      "2021-07-09T08:00:00.5Z", "2021-07-09T08:00:00+01:00[Europe/London]"})
  void acceptedFormsGiveTheDatePart(String value) {
    assertThat(Dates.parse(value)).isEqualTo(LocalDate.of(2021, 7, 9));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2021-13-45", "2021-02-30", "2021-02-30T10:00:00Z", "09/07/2021",
      "20210709", "July 9, 2021", "2021-07-09X", "", "2021-07-09T25:00:00Z"})
  void otherFormsAndImpossibleDatesFail(String value) {
    assertThatThrownBy(() -> Dates.parse(value)).isInstanceOf(DateTimeException.class);
  }
}
