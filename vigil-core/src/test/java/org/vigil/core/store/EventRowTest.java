package org.vigil.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.event.ActorRef;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.EventDate;
import org.vigil.core.event.Evidence;
import org.vigil.core.event.Modality;
import org.vigil.core.event.Plover;

final class EventRowTest {
  private static final LocalDate DAY = LocalDate.of(2021, 7, 9);

  private static final CodedEvent EVENT = new CodedEvent("a1", "e1", EventDate.ofArticle(DAY),
      new ActorRef("TJKGOV", "TJK", "GOV", "Tajikistan", "Tajikistan", 0, 10, List.of(), List.of()), null,
      "0233", "02", 1, 3.4, new Plover("AID", null, List.of("military", "security")), false, Modality.ASSERTED,
      null, new Evidence(0, "Tajikistan asked for help.", new int[] {11, 16}, null, null, "ask", List.of()), 0.8);

  @Test
  void anEventIsOneMentionInOneArticleOfOneSource() {
    EventRow row = EventRow.of(EVENT, null, null, null);

    assertThat(row.url()).isEmpty();
    assertThat(row.publisher()).isEmpty();
    assertThat(List.of(row.mentions(), row.sources(), row.articles())).containsExactly(1, 1, 1);
  }

  @Test
  void thereIsOneValuePerColumnListsJoinedMissingOnesNull() {
    Instant added = Instant.parse("2021-07-10T08:00:00Z");
    List<Object> values = EventRow.of(EVENT, "https://x.org/a1", "Wire", added).values();

    assertThat(values).hasSameSizeAs(EventRow.COLUMNS);
    assertThat(value(values, "date")).isEqualTo(DAY);
    assertThat(value(values, "target_code")).isNull();
    assertThat(value(values, "plover_contexts")).isEqualTo("military;security");
    assertThat(value(values, "cues")).isEqualTo("");
    assertThat(value(values, "quad_class")).isEqualTo(1);
    assertThat(value(values, "goldstein")).isEqualTo(3.4);
    assertThat(value(values, "location_lat")).isNull();
    assertThat(value(values, "article_url")).isEqualTo("https://x.org/a1");
    assertThat(value(values, "added_at")).isEqualTo(added);
    assertThat(value(values, "num_articles")).isEqualTo(1);
  }

  @Test
  void countsThatCannotBeAreRefusedNamingTheEvent() {
    assertThatThrownBy(() -> new EventRow(EVENT, "", "", null, 1, 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("event row e1: sources must be at least 1, was 0");
    assertThatThrownBy(() -> new EventRow(EVENT, "", "", null, 3, 2, 1))
        .hasMessage("event row e1: 1 articles cannot come from 2 sources");
    assertThatThrownBy(() -> new EventRow(EVENT, "", "", null, 2, 1, 3))
        .hasMessage("event row e1: 2 mentions cannot be in 3 articles");
  }

  private static Object value(List<Object> values, String column) {
    return values.get(EventRow.COLUMNS.indexOf(column));
  }
}
