package org.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.Location;

/**
 * Issue 11, the event's place on real news: an event whose clause names no place takes the scene
 * the article set before it (a meeting's venue, the place of the story's attack), marked
 * {@code from: context}; the clause's own place stays first; acts of force take a scene only in
 * the country of one of their sides; a place that is only a topic ("the war in Sudan") sets no
 * scene. Real CoreNLP, built-in dictionaries; articles written for Vigil.
 */
final class ScenePlacesIT {

  @Test
  void aStatementAfterAMeetingsVenueTakesTheVenue() {
    Location l = placeOf(code("Defence ministers of Southeast Asian nations met on Monday in Hanoi. "
        + "The Philippines accused China of harassing its fishermen."), "accused");
    assertThat(l).isNotNull();
    assertThat(l.country()).isEqualTo("VNM");
    assertThat(l.from()).isEqualTo("context");
  }

  @Test
  void anArrestAfterTheStorysAttackTakesThePlaceOfTheAttack() {
    Location l = placeOf(code("Rebels attacked a police post on Sunday in the Malian town of Kidal. "
        + "Malian soldiers later arrested ten rebels."), "arrested");
    assertThat(l).isNotNull();
    assertThat(l.country()).isEqualTo("MLI");
    assertThat(l.from()).isEqualTo("context");
  }

  @Test
  void theClausesOwnPlaceStaysFirst() {
    Location l = placeOf(code("African leaders met on Monday in Addis Ababa. "
        + "Kenya criticized Somalia in Nairobi on Tuesday."), "criticized");
    assertThat(l.country()).isEqualTo("KEN");
    assertThat(l.from()).isEqualTo("text");
  }

  @Test
  void forceTakesNoSceneOutsideTheCountriesOfItsSides() {
    // the talks were in Saudi Arabia; the shelling, between Russia and Ukraine, was not
    Location l = placeOf(code("Ukrainian and American officials held talks in Jeddah on Tuesday. "
        + "Russian forces shelled Ukrainian positions."), "shelled");
    assertThat(l == null || !"SAU".equals(l.country())).isTrue();
  }

  @Test
  void aPlaceThatIsOnlyATopicSetsNoScene() {
    Location l = placeOf(code("Diplomats discussed the war in Sudan on Monday. "
        + "Egypt criticized Ethiopia."), "criticized");
    assertThat(l == null || !"context".equals(l.from())).isTrue();
  }

  private static Location placeOf(List<CodedEvent> events, String trigger) {
    List<CodedEvent> found = events.stream().filter(e -> !e.negated())
        .filter(e -> e.evidence().sentence().contains(trigger)).toList();
    assertThat(found).as("events of the sentence with '%s' in %s", trigger, events).isNotEmpty();
    return found.get(0).location();
  }

  private static List<CodedEvent> code(String text) {
    return Engines.SELECTIVE.code(new Article("scene-" + Integer.toHexString(text.hashCode()),
        LocalDate.of(2025, 3, 14), "", text, null, null));
  }
}
