package org.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.Location;
import org.vigil.core.article.Article;

/**
 * Issue 11, round 5, the event's place on real news: a town the gazetteer knows only abroad is
 * placed in the region written after it ("Petoskey, Ontario"); names that are not where the event
 * happened (a topic or exception, what another predicate acts on, the name of a war) give no
 * place, so the event takes the story's scene; a country named again gives way to the story's
 * place in it. Real CoreNLP, built-in dictionaries; articles written for Vigil.
 */
final class EventPlacesIT {

  @Test
  void aTownKnownOnlyAbroadIsPlacedInTheRegionWrittenAfterIt() {
    Location l = placeOf(code("Trade ministers of the Commonwealth met on Tuesday in Petoskey, Ontario, for two days of talks. "
        + "India praised Canada for hosting the meeting."), "praised");
    assertThat(l).isNotNull();
    assertThat(l.country()).isEqualTo("CAN");
    assertThat(l.admin1()).isEqualTo("Ontario");
  }

  @Test
  void aTopicOrAnotherPredicatesObjectLeavesTheEventAtTheStorysScene() {
    List<CodedEvent> events = code("European defence ministers gathered on Monday in Vienna. "
        + "Beyond Syria, Germany also discussed trade with France. "
        + "Germany urged the ministers to focus on ending the Sudan war.");
    Location discussed = placeOf(events, "discussed");
    assertThat(discussed).isNotNull();
    assertThat(discussed.country()).isEqualTo("AUT");
    assertThat(discussed.from()).isEqualTo("context");
    Location urged = placeOf(events, "urged");
    assertThat(urged).isNotNull();
    assertThat(urged.country()).isEqualTo("AUT");
  }

  @Test
  void aPlaceTheClauseLocatesSomethingInBeatsANameThatOnlyModifies() {
    // near miss of the rules above: the clause's own venue is kept, not the scene before it
    Location l = placeOf(code("European defence ministers gathered on Monday in Vienna. "
        + "On Friday, senior U.S. officials held talks with Russian officials in Riyadh."), "talks");
    assertThat(l).isNotNull();
    assertThat(l.country()).isEqualTo("SAU");
    assertThat(l.from()).isEqualTo("text");
  }

  /** The place of the first event (not negated) of the sentence that holds {@code trigger}. */
  static Location placeOf(List<CodedEvent> events, String trigger) {
    List<CodedEvent> found = events.stream().filter(e -> !e.negated())
        .filter(e -> e.evidence().sentence().contains(trigger)).toList();
    assertThat(found).as("events of the sentence with '%s' in %s", trigger, events).isNotEmpty();
    return found.get(0).location();
  }

  /** The events of {@code text}, coded as an article of 14 March 2025. */
  static List<CodedEvent> code(String text) {
    return Engines.SELECTIVE.code(new Article("places-" + Integer.toHexString(text.hashCode()),
        LocalDate.of(2025, 3, 14), "", text, null, null));
  }
}
