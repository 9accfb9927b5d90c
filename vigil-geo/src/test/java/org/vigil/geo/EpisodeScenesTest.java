package org.vigil.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.geo.TestGazetteer.article;
import static org.vigil.geo.TestGazetteer.sentence;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.core.event.ActorRef;
import org.vigil.core.event.Location;
import org.vigil.core.text.Sentence;

/**
 * The scene of a story's episode carried to its events (issue 11, round 7), with the shipped
 * gazetteer: a journey's destination sets the scene, and a whole country the clause names is made
 * precise by the story's scene in it.
 */
final class EpisodeScenesTest {
  static GazetteerLocator locator;

  @BeforeAll
  static void load() {
    locator = new GazetteerLocator(new PlaceFinder(Gazetteer.load(), GeoConfig.defaults()));
  }

  static ActorRef actor(String code, String country, String text, int begin) {
    return new ActorRef(code, country, "MIL", text, text, begin, begin + text.length(), List.of(), List.of());
  }

  /** "It praised the hosts." after {@code first}: the event names no place of its own. */
  static Location sceneAfter(Sentence first) {
    Sentence after = sentence(1, first.end() + 1, "It|PRP praised|VBD|O|praise the|DT hosts|NNS",
        "root:-1:1", "nsubj:1:0", "obj:1:3", "det:3:2");
    return locator.context(article(first, after), after, 1, true);
  }

  @Test
  void aJourneysDestinationSetsTheSceneOfWhatFollows() {
    // not parsed (the triage parses only sentences with a trigger)
    Sentence visit = sentence(0, 0, "During|IN her|PRP$ visit|NN|O|visit to|TO Kenya|NNP|COUNTRY ,|, the|DT "
        + "minister|NN met|VBD|O|meet reporters|NNS");
    Location l = sceneAfter(visit);
    assertThat(l).isNotNull();
    assertThat(l.country()).isEqualTo("KEN");
    assertThat(l.from()).isEqualTo("context");
    // parsed
    Sentence travel = sentence(0, 0, "The|DT delegation|NN traveled|VBD|O|travel to|TO Jeddah|NNP|CITY",
        "root:-1:2", "det:1:0", "nsubj:2:1", "obl:to:2:4", "case:4:3");
    assertThat(sceneAfter(travel).name()).isEqualTo("Jeddah");
  }

  @Test
  void whereSomethingIsSentToIsNoScene() {
    Sentence sent = sentence(0, 0, "Russia|NNP|COUNTRY sent|VBD|O|send troops|NNS to|TO Syria|NNP|COUNTRY",
        "root:-1:1", "nsubj:1:0", "obj:1:2", "obl:to:1:4", "case:4:3");
    assertThat(sceneAfter(sent)).isNull();
    Sentence unparsed = sentence(0, 0, "Russia|NNP|COUNTRY sent|VBD|O|send troops|NNS to|TO Syria|NNP|COUNTRY");
    assertThat(sceneAfter(unparsed)).isNull();
  }

  /** "Troops killed ten militants in COUNTRY", after {@code first}, placed by its own clause. */
  static Location killedIn(Sentence first, String country, String code) {
    Sentence s = sentence(1, first.end() + 1, "Troops|NNS killed|VBD|O|kill ten|CD militants|NNS in|IN "
        + country + "|NNP|COUNTRY", "root:-1:1", "nsubj:1:0", "obj:1:3", "nummod:3:2", "obl:in:1:5", "case:5:4");
    return locator.locate(article(first, s), s, 1, actor(code + "MIL", code, "Troops", s.begin()), null);
  }

  @Test
  void aCountryTheClauseNamesIsMadePreciseByTheStorysSceneInIt() {
    Sentence anbar = sentence(0, 0, "Fighting|NN raged|VBD|O|rage in|IN Iraq|NNP|COUNTRY 's|POS "
        + "Anbar|NNP|STATE_OR_PROVINCE province|NN");
    Location l = killedIn(anbar, "Iraq", "IRQ");
    assertThat(l.country()).isEqualTo("IRQ");
    assertThat(l.admin1()).contains("Anbar");
    assertThat(l.from()).isEqualTo("text");
    assertThat(l.text()).isEqualTo("Iraq");
    Sentence kharkiv = sentence(0, 0, "Clashes|NNS erupted|VBD|O|erupt near|IN Kharkiv|NNP|CITY");
    Location k = killedIn(kharkiv, "Ukraine", "UKR");
    assertThat(k.name()).isEqualTo("Kharkiv");
    assertThat(k.admin1()).contains("Kharkiv");
  }

  @Test
  void aSceneInAnotherCountryLeavesTheCountryAsItIs() {
    Sentence idlib = sentence(0, 0, "Fighting|NN raged|VBD|O|rage in|IN Syria|NNP|COUNTRY 's|POS "
        + "Idlib|NNP|STATE_OR_PROVINCE province|NN");
    Location l = killedIn(idlib, "Iraq", "IRQ");
    assertThat(l.name()).isEqualTo("Iraq");
    assertThat(l.admin1()).isNull();
  }

  @Test
  void aGovernmentOrAuthoritiesInACitySetNoScene() {
    Sentence government = sentence(0, 0, "They|PRP face|VBP|O|face exploitation|NN by|IN the|DT "
        + "government|NN|O|government in|IN Kabul|NNP|CITY");
    assertThat(sceneAfter(government)).isNull();
    Sentence authorities = sentence(0, 0, "Aid|NN was|VBD withheld|VBN by|IN the|DT authorities|NNS|O|authority "
        + "in|IN Dushanbe|NNP|CITY", "root:-1:2", "nsubj:pass:2:0", "aux:pass:2:1", "obl:by:2:5", "case:5:3",
        "det:5:4", "nmod:in:5:7", "case:7:6");
    assertThat(sceneAfter(authorities)).isNull();
    // near miss: what happened in the city sets its scene
    Sentence clashes = sentence(0, 0, "Police|NNS clashed|VBD|O|clash with|IN protesters|NNS in|IN Kabul|NNP|CITY");
    assertThat(sceneAfter(clashes).name()).isEqualTo("Kabul");
  }
}
