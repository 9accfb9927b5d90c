package org.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vigil.testkit.Events.DAY;
import org.vigil.testkit.Events;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.article.Article;
import org.vigil.core.event.Modality;

final class EventTableTest {
  private final Article a = Events.article("a1", DAY);

  @Test
  void rendersOneAlignedLinePerEventUnderAHeader() {
    String table = EventTable.render(List.of(
        Events.event(a, "e1").date(DAY).source("TJKGOV", "TJK").target("IGOCSTO", null)
            .cameo("0233", 1, 3.4).mode(null).negated(false).modality(Modality.ASSERTED).build(),
        Events.full(a, "e2")), 30);

    assertThat(table).isEqualTo("""
        DATE               SOURCE   TARGET   CAMEO  PLOVER        MODALITY  NEGATED  SENTENCE
        -----------------  -------  -------  -----  ------------  --------  -------  ------------------------------
        2021-07-09         TJKGOV   IGOCSTO  0233   AID           asserted  no       The CSTO is ready to help T...
        2021-06-28 (week)  IGOCSTO  TJKGOV   0233   AID/military  promise   yes      The CSTO is ready to help T...
        """);
  }

  @Test
  void javadocExampleIsTheRealOutput() {
    String table = EventTable.render(List.of(
        Events.event(a, "e1").date(DAY).source("TJKGOV", "TJK").target("IGOCSTO", null)
            .cameo("0233", 1, 3.4).mode(null).negated(false).modality(Modality.ASSERTED).build()), 30);

    assertThat(table).isEqualTo("""
        DATE        SOURCE  TARGET   CAMEO  PLOVER  MODALITY  NEGATED  SENTENCE
        ----------  ------  -------  -----  ------  --------  -------  ------------------------------
        2021-07-09  TJKGOV  IGOCSTO  0233   AID     asserted  no       The CSTO is ready to help T...
        """);
  }

  @Test
  void missingTargetShowsADash() {
    String table = EventTable.render(List.of(Events.bare(a, "e1")));

    assertThat(table.lines().skip(2).findFirst().orElseThrow())
        .isEqualTo("2021-06-28 (week)  IGOCSTO  -       0233   AID     promise   yes      "
            + "The CSTO is ready to help Tajikistan if needed.");
  }

  @Test
  void noEventsGiveOnlyTheHeader() {
    assertThat(EventTable.render(List.of()).lines())
        .containsExactly("DATE  SOURCE  TARGET  CAMEO  PLOVER  MODALITY  NEGATED  SENTENCE",
            "----  ------  ------  -----  ------  --------  -------  --------");
  }

  @Test
  void longCodesAreCut() {
    String table = EventTable.render(List.of(
        Events.event(a, "e1").source("ABCDEFGHIJKLMNOPQRSTUVWXYZ", null).build()));

    assertThat(table).contains("ABCDEFGHIJKLMNOPQ...").doesNotContain("ABCDEFGHIJKLMNOPQR");
  }

  @Test
  void tooNarrowASentenceColumnIsRefused() {
    assertThatThrownBy(() -> EventTable.render(List.of(), 9))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sentence width must be at least 10, was 9");
  }
}
