package org.vigil.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vigil.geo.TestGazetteer.article;
import static org.vigil.geo.TestGazetteer.sentence;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.core.VigilException;
import org.vigil.core.event.ActorRef;
import org.vigil.core.event.Location;
import org.vigil.core.text.Sentence;

/** Buildings and bodies placed at their seats, with the shipped gazetteer (issue 11, phenomenon 6). */
final class SeatsTest {
  static GazetteerLocator locator;

  @BeforeAll
  static void load() {
    locator = new GazetteerLocator(new PlaceFinder(Gazetteer.load(), GeoConfig.defaults()));
  }

  static ActorRef actor(String code, String country, String text, int begin) {
    return new ActorRef(code, country, "GOV", text, text, begin, begin + text.length(), List.of(), List.of());
  }

  static Location locate(Sentence s, int trigger, ActorRef source, ActorRef target) {
    return locator.locate(article(s), s, trigger, source, target);
  }

  @Test
  void aBuildingALocativePrepositionIntroducesIsInItsSeatsTownNotInItsNamesake() {
    // "White House" is also a town in Tennessee
    Sentence s = sentence(0, 0, "Trump|NNP|PERSON hosted|VBD|O|host Erdogan|NNP|PERSON in|IN the|DT "
        + "White|NNP|ORGANIZATION House|NNP|ORGANIZATION", "root:-1:1", "nsubj:1:0", "obj:1:2", "obl:in:1:6",
        "case:6:3", "det:6:4", "compound:6:5");
    Location l = locate(s, 1, actor("USAGOV", "USA", "Trump", 0), actor("TURGOV", "TUR", "Erdogan", 13));
    assertThat(l.name()).isEqualTo("Washington");
    assertThat(l.country()).isEqualTo("USA");
    assertThat(l.admin1()).isEqualTo("District of Columbia");
    assertThat(l.from()).isEqualTo("text");
    assertThat(l.text()).isEqualTo("White House");
  }

  @Test
  void anotherBuildingIsInItsOwnSeatsTown() {
    Sentence s = sentence(0, 0, "Austin|NNP|PERSON spoke|VBD|O|speak at|IN the|DT Pentagon|NNP|ORGANIZATION "
        + "on|IN Monday|NNP|DATE", "root:-1:1", "nsubj:1:0", "obl:at:1:4", "case:4:2", "det:4:3", "obl:on:1:6",
        "case:6:5");
    Location l = locate(s, 1, actor("USAGOV", "USA", "Austin", 0), null);
    assertThat(l.name()).isEqualTo("Arlington");
    assertThat(l.admin1()).isEqualTo("Virginia");
  }

  @Test
  void aBuildingThatActsOrOnlyModifiesAWordPlacesNothing() {
    Sentence acts = sentence(0, 0, "The|DT White|NNP|ORGANIZATION House|NNP|ORGANIZATION condemned|VBD|O|condemn "
        + "the|DT attack|NN", "root:-1:3", "det:2:0", "compound:2:1", "nsubj:3:2", "obj:3:5", "det:5:4");
    assertThat(locate(acts, 3, actor("USAGOV", "USA", "White House", 4), null)).isNull();
    Sentence modifies = sentence(0, 0, "White|NNP|ORGANIZATION House|NNP|ORGANIZATION officials|NNS "
        + "criticized|VBD|O|criticize Taliban|NNP|ORGANIZATION", "root:-1:3", "compound:1:0", "compound:2:1",
        "nsubj:3:2", "obj:3:4");
    assertThat(locate(modifies, 3, actor("USAGOV", "USA", "officials", 12), null)).isNull();
  }

  @Test
  void aBodyIsWhereAMeetingOfItIsHeld() {
    Sentence s = sentence(0, 0, "Russell|NNP|PERSON told|VBD|O|tell a|DT meeting|NN of|IN the|DT "
        + "U.N.|NNP|ORGANIZATION Security|NNP|ORGANIZATION Council|NNP|ORGANIZATION", "root:-1:1", "nsubj:1:0",
        "obj:1:3", "det:3:2", "nmod:of:3:8", "case:8:4", "det:8:5", "compound:8:6", "compound:8:7");
    Location l = locate(s, 1, actor("IGOUNO", null, "Russell", 0), null);
    assertThat(l.name()).isEqualTo("New York City");
    assertThat(l.admin1()).isEqualTo("New York");
  }

  @Test
  void aMeetingOfABodyThatIsATimeIsNoPlace() {
    // "Belarus called for talks before a meeting of the Security Council": the appeal was not made there
    Sentence s = sentence(0, 0, "Belarus|NNP|COUNTRY called|VBD|O|call for|IN talks|NNS before|IN a|DT meeting|NN "
        + "of|IN the|DT Security|NNP|ORGANIZATION Council|NNP|ORGANIZATION", "root:-1:1", "nsubj:1:0",
        "obl:for:1:3", "case:3:2", "obl:before:1:6", "case:6:4", "det:6:5", "nmod:of:6:10", "case:10:7",
        "det:10:8", "compound:10:9");
    assertThat(locate(s, 1, actor("BLRGOV", "BLR", "Belarus", 0), null)).isNull();
  }

  @Test
  void aBodyThatActsIsNoPlace() {
    Sentence s = sentence(0, 0, "The|DT Security|NNP|ORGANIZATION Council|NNP|ORGANIZATION condemned|VBD|O|condemn "
        + "the|DT attack|NN", "root:-1:3", "det:2:0", "compound:2:1", "nsubj:3:2", "obj:3:5", "det:5:4");
    assertThat(locate(s, 3, actor("IGOUNO", null, "Security Council", 4), null)).isNull();
  }

  @Test
  void aMeetingOfABodySetsTheSceneOfTheSentencesAfterIt() {
    // the first sentence is not parsed (the triage parses only sentences with a trigger)
    Sentence first = sentence(0, 0, "Britain|NNP|COUNTRY called|VBD a|DT private|JJ meeting|NN|O|meeting "
        + "Wednesday|NNP|DATE of|IN the|DT U.N.|NNP|ORGANIZATION Security|NNP|ORGANIZATION Council|NNP|ORGANIZATION .|.");
    int offset = first.end() + 1;
    Sentence second = sentence(1, offset, "Greece|NNP|COUNTRY supported|VBD|O|support the|DT call|NN .|.",
        "root:-1:1", "nsubj:1:0", "obj:1:3", "det:3:2");
    Location l = locator.context(article(first, second), second, 1, true);
    assertThat(l).isNotNull();
    assertThat(l.name()).isEqualTo("New York City");
    assertThat(l.from()).isEqualTo("context");
    // a building named without a preposition sets no scene: "White House officials said ..."
    Sentence named = sentence(0, 0, "White|NNP|ORGANIZATION House|NNP|ORGANIZATION officials|NNS said|VBD so|RB .|.");
    Sentence after = sentence(1, named.end() + 1, "Greece|NNP|COUNTRY supported|VBD|O|support the|DT call|NN .|.",
        "root:-1:1", "nsubj:1:0", "obj:1:3", "det:3:2");
    assertThat(locator.context(article(named, after), after, 1, true)).isNull();
  }

  @Test
  void aSeatNameInsideALongerNameOrAfterAPossessiveIsAnotherBody() {
    Seats seats = Seats.shipped();
    Sentence national = sentence(0, 0, "the|DT National|NNP Security|NNP Council|NNP met|VBD");
    assertThat(seats.end(national.tokens(), new TokenKeys(national.tokens()), 2)).isEqualTo(2);
    Sentence russian = sentence(0, 0, "Russia|NNP 's|POS Security|NNP Council|NNP met|VBD");
    assertThat(seats.end(russian.tokens(), new TokenKeys(russian.tokens()), 2)).isEqualTo(2);
    Sentence un = sentence(0, 0, "the|DT Security|NNP Council|NNP met|VBD");
    assertThat(seats.end(un.tokens(), new TokenKeys(un.tokens()), 1)).isEqualTo(3);
    Sentence report = sentence(0, 0, "the|DT Security|NNP Council|NNP Report|NNP said|VBD");
    assertThat(seats.end(report.tokens(), new TokenKeys(report.tokens()), 1)).isEqualTo(1);
    Sentence day = sentence(0, 0, "at|IN the|DT Pentagon|NNP Monday|NNP|DATE");
    assertThat(seats.end(day.tokens(), new TokenKeys(day.tokens()), 2)).isEqualTo(3);
  }

  @Test
  void everyShippedSeatHasItsTownInTheGazetteer() {
    Gazetteer g = Gazetteer.load();
    for (String name : List.of("White House", "Pentagon", "Kremlin", "Downing Street", "Security Council",
        "Human Rights Council", "International Criminal Court", "NATO headquarters", "Blue House", "Zhongnanhai",
        "Elysee Palace")) {
      Seats.Seat seat = Seats.shipped().byName(name).orElseThrow();
      assertThat(Seats.town(seat, g)).as(name).isPresent();
    }
  }

  @Test
  void aMalformedLineIsAnErrorNamingIt() {
    assertThatThrownBy(() -> Seats.parse(List.of("# comment", "Kremlin\tbuilding\tMoscow")))
        .isInstanceOf(VigilException.class)
        .hasMessage("seats.tsv line 2: expected 5 tab-separated columns, found 3");
    assertThatThrownBy(() -> Seats.parse(List.of("Kremlin\tbuilding\tMoscow\tRUS\tRU.48",
        "Kremlin\tbuilding\tLondon\tGBR\tGB.ENG")))
        .isInstanceOf(VigilException.class)
        .hasMessage("seats.tsv line 2: Kremlin is already the seat Kremlin");
    assertThat(Seats.parse(List.of("UN Security Council|U.N. Security Council\tbody\tNew York City\tUSA\tUS.NY"))
        .byName("U.N. Security Council")).isPresent();
    assertThatThrownBy(() -> Seats.parse(List.of("Kremlin\tpalace\tMoscow\tRUS\tRU.48")))
        .isInstanceOf(VigilException.class)
        .hasMessage("seats.tsv line 1: unknown kind palace");
  }
}
