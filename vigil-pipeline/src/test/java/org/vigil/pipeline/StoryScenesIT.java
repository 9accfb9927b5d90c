package org.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.EventPlacesIT.code;
import static org.vigil.pipeline.EventPlacesIT.placeOf;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.Location;

/**
 * Issue 11, round 9, the event's place on real news: the story's scene is carried to events
 * however far after it, and to the events of the lead told before it; a visit to a country whose
 * clause names no town is placed at the host's capital. Real CoreNLP, built-in dictionaries;
 * articles written for Vigil.
 */
final class StoryScenesIT {

  @Test
  void aSceneSetFarBackIsStillTheStorysScene() {
    List<CodedEvent> events = code("Ministers of the region gathered on Monday in Tashkent for a security conference. "
        + "The talks lasted two days. Delegates spoke about water. Trade was also on the agenda. "
        + "Several speakers mentioned the weather. Kazakhstan criticized Kyrgyzstan over its dams.");
    Location l = placeOf(events, "criticized");
    assertThat(l).isNotNull();
    assertThat(l.country()).isEqualTo("UZB");
    assertThat(l.from()).isEqualTo("context");
  }

  @Test
  void aVisitToACountryIsAtItsCapital() {
    Location putin = placeOf(code("Russian President Vladimir Putin visited China on Thursday."), "visited");
    assertThat(putin).isNotNull();
    assertThat(putin.name()).isEqualTo("Beijing");
    Location macron = placeOf(code("French President Emmanuel Macron visited Kenya last week, officials said."), "visited");
    assertThat(macron).isNotNull();
    assertThat(macron.name()).isEqualTo("Nairobi");
    // near miss: a visit whose clause names the town stays there
    Location town = placeOf(code("Russian President Vladimir Putin visited China's northern city of Harbin on Thursday."),
        "visited");
    assertThat(town).isNotNull();
    assertThat(town.name()).isEqualTo("Harbin");
  }
}
