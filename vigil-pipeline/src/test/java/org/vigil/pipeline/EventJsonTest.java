package org.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.event.ActorRef;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.EventDate;
import org.vigil.core.event.Evidence;
import org.vigil.core.event.Modality;
import org.vigil.core.event.Plover;

/** The event objects' {@code issues} field. */
final class EventJsonTest {
  private final EventJson json = new EventJson(new ObjectMapper());

  private static CodedEvent event() {
    ActorRef src = new ActorRef("FREGOV", "FRE", "GOV", "Freedonia", "Freedonia", 0, 9, List.of(), List.of());
    return new CodedEvent("a1", "e1", EventDate.ofArticle(LocalDate.of(2021, 7, 8)), src, null, "051", "05", 1, 3.4,
        new Plover("COOPERATE", null, List.of()), false, Modality.ASSERTED, null,
        new Evidence(0, "Freedonia praised.", new int[] {10, 17}, new int[] {0, 9}, null, "PRAISE", List.of()), 0.7);
  }

  @Test
  void anEventWithoutIssuesHasAnEmptyList() {
    ObjectNode o = json.vigil(event());
    assertThat(o.get("issues").isArray()).isTrue();
    assertThat(o.get("issues")).isEmpty();
  }

  @Test
  void issuesAreListedInBothFormats() {
    CodedEvent e = event().withIssues(List.of("REFUGEES", "ELECTIONS"));
    assertThat(json.vigil(e).get("issues").toString()).isEqualTo("[\"REFUGEES\",\"ELECTIONS\"]");
    assertThat(json.plover(e).get("issues").toString()).isEqualTo("[\"REFUGEES\",\"ELECTIONS\"]");
  }
}
