package org.vigil.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.geo.TestGazetteer.article;
import static org.vigil.geo.TestGazetteer.sentence;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.event.ActorRef;
import org.vigil.core.event.Location;
import org.vigil.core.text.Sentence;

class GazetteerLocatorTest {
  final GazetteerLocator locator = new GazetteerLocator(new PlaceFinder(TestGazetteer.gazetteer(), GeoConfig.defaults()));
  static final ActorRef TALIBAN = new ActorRef("AFGINSTAL", "AFG", "INS", "Taliban", "Taliban", 0, 7, List.of(), List.of());

  Location locate(Sentence s, int trigger, ActorRef source, ActorRef target) {
    return locator.locate(article(s), s, trigger, source, target);
  }

  @Test
  void thePlaceTheTriggerIntroducesWithALocativePrepositionPlacesTheEvent() {
    Sentence s = sentence(0, 0, "Taliban|NNP|ORGANIZATION clashed|VBD in|IN Nahrin|NNP|LOCATION district|NN ,|, "
        + "Baghlan|NNP|LOCATION .|.", "root:-1:1", "nsubj:1:0", "obl:in:1:3", "case:3:2", "compound:3:4", "appos:3:6");
    Location l = locate(s, 1, TALIBAN, null);
    assertThat(l.name()).isEqualTo("Nahrin district");
    assertThat(l.feature()).isEqualTo("district");
    assertThat(l.admin1()).isEqualTo("Baghlan");
    assertThat(l.country()).isEqualTo("AFG");
    assertThat(l.lat()).isEqualTo(36.0649);
    assertThat(l.from()).isEqualTo("text");
    assertThat(l.text()).isEqualTo("Nahrin district");
  }

  @Test
  void aLocativeArgumentBeatsAPlaceThatIsNearerInTheGraph() {
    // Dushanbe is as near to "fought" in the graph as Panj is, but only Panj is introduced by the trigger
    Sentence s = sentence(0, 0, "Taliban|NNP|ORGANIZATION fought|VBD near|IN Panj|NNP|LOCATION after|IN talks|NNS "
        + "in|IN Dushanbe|NNP|LOCATION", "root:-1:1", "nsubj:1:0", "obl:near:1:3", "case:3:2", "obl:after:1:5",
        "case:5:4", "nmod:in:5:7", "case:7:6");
    assertThat(locate(s, 1, TALIBAN, null).name()).isEqualTo("Panj");
  }

  @Test
  void otherwiseTheMentionNearestInTheGraphPlacesIt() {
    Sentence s = sentence(0, 0, "Speaking|VBG|O|speak from|IN Dushanbe|NNP|LOCATION ,|, Taliban|NNP|ORGANIZATION expressed|VBD hope|NN "
        + "for|IN peace|NN in|IN Prague|NNP|LOCATION", "root:-1:5", "advcl:5:0", "obl:from:0:2", "case:2:1", "nsubj:5:4",
        "obj:5:6", "nmod:for:6:8", "case:8:7", "nmod:in:8:10", "case:10:9");
    Location l = locate(s, 5, new ActorRef("AFGINSTAL", "AFG", "INS", "Taliban", "Taliban", 27, 34, List.of(), List.of()), null);
    assertThat(l.name()).isEqualTo("Dushanbe");
    assertThat(l.confidence()).isLessThan(0.9);
  }

  @Test
  void aPlaceTheGazetteerLacksIsWhereTheKnownPlaceOfItsChainIs() {
    // issue 11, round 8: "in Zarbad district of Dushanbe", "near Zarbad, southern Panj": the unknown
    // place is placed at the known place its chain names next
    Sentence of = sentence(0, 0, "Taliban|NNP|ORGANIZATION clashed|VBD in|IN Zarbad|NNP|LOCATION district|NN of|IN "
        + "Dushanbe|NNP|LOCATION", "root:-1:1", "nsubj:1:0", "obl:in:1:4", "case:4:2", "compound:4:3",
        "nmod:of:4:6", "case:6:5");
    Location l = locate(of, 1, TALIBAN, null);
    assertThat(l.name()).startsWith("Dushanbe");
    assertThat(l.country()).isEqualTo("TJK");
    assertThat(l.text()).isEqualTo("Zarbad district");
    Sentence comma = sentence(0, 0, "Taliban|NNP|ORGANIZATION fought|VBD near|IN Zarbad|NNP|LOCATION ,|, southern|JJ "
        + "Panj|NNP|LOCATION", "root:-1:1", "nsubj:1:0", "obl:near:1:3", "case:3:2", "punct:3:4", "amod:6:5",
        "appos:3:6");
    assertThat(locate(comma, 1, TALIBAN, null).name()).isEqualTo("Panj");
  }

  @Test
  void aPlaceTheGazetteerLacksKeepsItsOwnNameWhenNoChainFollows() {
    // near miss: a verb stands between the unknown place and the known one; the event stays at the unknown name
    Sentence s = sentence(0, 0, "Taliban|NNP|ORGANIZATION fought|VBD in|IN Zarbad|NNP|LOCATION and|CC fled|VBD to|IN "
        + "Dushanbe|NNP|LOCATION", "root:-1:1", "nsubj:1:0", "obl:in:1:3", "case:3:2", "cc:5:4", "conj:and:1:5",
        "obl:to:5:7", "case:7:6");
    Location l = locate(s, 1, TALIBAN, null);
    assertThat(l.name()).isEqualTo("Zarbad");
    assertThat(l.country()).isNull();
  }

  @Test
  void placesReachedOnlyThroughFromAreNotWhereTheEventHappened() {
    Sentence s = sentence(0, 0, "Taliban|NNP|ORGANIZATION threatened|VBD people|NNS from|IN Panj|NNP|LOCATION",
        "root:-1:1", "nsubj:1:0", "obj:1:2", "nmod:from:2:4", "case:4:3");
    assertThat(locate(s, 1, TALIBAN, null)).isNull();
  }

  @Test
  void theEventsOwnActorsAreNotItsPlace() {
    Sentence s = sentence(0, 0, "Dushanbe|NNP|LOCATION thanked|VBD Prague|NNP|LOCATION", "root:-1:1", "nsubj:1:0", "obj:1:2");
    ActorRef tjk = new ActorRef("TJKGOV", "TJK", "GOV", "Tajikistan", "Dushanbe", 0, 8, List.of(), List.of());
    ActorRef cze = new ActorRef("CZEGOV", "CZE", "GOV", "Czechia", "Prague", 17, 23, List.of(), List.of());
    assertThat(locate(s, 1, tjk, cze)).isNull();
  }

  @Test
  void aPlaceTheTargetsPhraseLocatesIsThePlace() {
    // "Taliban shelled positions in Panj": the target's text spans the place, which it only locates
    Sentence s = sentence(0, 0, "Taliban|NNP|ORGANIZATION shelled|VBD positions|NNS in|IN Panj|NNP|LOCATION",
        "root:-1:1", "nsubj:1:0", "obj:1:2", "nmod:in:2:4", "case:4:3");
    ActorRef positions = new ActorRef("TJKMIL", "TJK", "MIL", "Tajikistan", "positions in Panj", 16, 33, List.of(), List.of());
    Location l = locate(s, 1, TALIBAN, positions);
    assertThat(l).isNotNull();
    assertThat(l.name()).isEqualTo("Panj");
  }

  @Test
  void withNoOtherPlaceTheTownTheSourcesPhraseNamesPlacesTheEvent() {
    // "Residents of Panj rioted": the town is nearer the event than the actor's country
    Sentence s = sentence(0, 0, "Residents|NNS of|IN Panj|NNP|LOCATION rioted|VBD|O|riot", "root:-1:3", "nsubj:3:0",
        "nmod:of:0:2", "case:2:1");
    ActorRef residents = new ActorRef("TJKCVL", "TJK", "CVL", "Tajikistan", "Residents of Panj", 0, 17, List.of(), List.of());
    assertThat(locate(s, 3, residents, null).name()).isEqualTo("Panj");
    Sentence farmers = sentence(0, 0, "Panj|NNP|LOCATION farmers|NNS blocked|VBD|O|block roads|NNS",
        "root:-1:2", "nsubj:2:1", "compound:1:0", "obj:2:3");
    ActorRef panjFarmers = new ActorRef("TJKCVL", "TJK", "CVL", "Tajikistan", "Panj farmers", 0, 12, List.of(), List.of());
    assertThat(locate(farmers, 2, panjFarmers, null).name()).isEqualTo("Panj");
    // near miss: a town the target's phrase names is no place when the source has no country
    // ("gunmen attacked villagers of X" stays unplaced here: the town would make the gunmen its country's;
    // with a source of a country it is where the act was done: aTownANamedSideStrikesIsWhereTheEventHappened)
    Sentence target = sentence(0, 0, "Gunmen|NNS attacked|VBD villagers|NNS of|IN Panj|NNP|LOCATION",
        "root:-1:1", "nsubj:1:0", "obj:1:2", "nmod:of:2:4", "case:4:3");
    ActorRef gunmen = new ActorRef("UAF", null, "UAF", "gunmen", "Gunmen", 0, 6, List.of(), List.of());
    ActorRef villagers = new ActorRef("TJKCVL", "TJK", "CVL", "Tajikistan", "villagers of Panj", 16, 33, List.of(), List.of());
    assertThat(locate(target, 1, gunmen, villagers)).isNull();
    // near miss: a town that owns the actor ("Panj's governor") is who, not where
    Sentence owner = sentence(0, 0, "Panj|NNP|LOCATION 's|POS governor|NN condemned|VBD|O|condemn", "root:-1:3",
        "nsubj:3:2", "nmod:poss:2:0", "case:0:1");
    ActorRef governor = new ActorRef("TJKGOV", "TJK", "GOV", "Tajikistan", "Panj's governor", 0, 15, List.of(), List.of());
    assertThat(locate(owner, 3, governor, null)).isNull();
  }

  @Test
  void aTownANamedSideStrikesIsWhereTheEventHappened() {
    // issue 11, round 16: "Uzbek forces shelled the town of Panj", "Afghan soldiers cordoned off Panj"
    ActorRef uzbekForces = new ActorRef("UZBMIL", "UZB", "MIL", "Uzbekistan", "Uzbek forces", 0, 12, List.of(), List.of());
    Sentence shelled = sentence(0, 0, "Uzbek|JJ forces|NNS shelled|VBD the|DT town|NN of|IN Panj|NNP|LOCATION",
        "root:-1:2", "nsubj:2:1", "amod:1:0", "obj:2:4", "det:4:3", "nmod:of:4:6", "case:6:5");
    ActorRef town = new ActorRef("TJK", "TJK", null, "Tajikistan", "the town of Panj", 21, 37, List.of(), List.of());
    assertThat(locate(shelled, 2, uzbekForces, town)).satisfies(l -> {
      assertThat(l.name()).isEqualTo("Panj");
      assertThat(l.from()).isEqualTo("text");
    });
    Sentence cordoned = sentence(0, 0, "Taliban|NNP|ORGANIZATION cordoned|VBD off|RP Panj|NNP|LOCATION",
        "root:-1:1", "nsubj:1:0", "compound:prt:1:2", "obj:1:3");
    ActorRef panj = new ActorRef("TJK", "TJK", null, "Tajikistan", "Panj", 21, 25, List.of(), List.of());
    assertThat(locate(cordoned, 1, TALIBAN, panj).name()).isEqualTo("Panj");
    // people of the town struck are struck there: "Taliban attacked villagers of Panj"
    Sentence villagers = sentence(0, 0, "Taliban|NNP|ORGANIZATION attacked|VBD villagers|NNS of|IN Panj|NNP|LOCATION",
        "root:-1:1", "nsubj:1:0", "obj:1:2", "nmod:of:2:4", "case:4:3");
    ActorRef ofPanj = new ActorRef("TJKCVL", "TJK", "CVL", "Tajikistan", "villagers of Panj", 17, 34, List.of(), List.of());
    assertThat(locate(villagers, 1, TALIBAN, ofPanj).name()).isEqualTo("Panj");
    // near miss: a source of no country leaves the struck town unplaced ("insurgents shelled part of X"),
    // lest the town give the generic insurgents a country
    ActorRef insurgents = new ActorRef("INS", null, "INS", "insurgents", "Insurgents", 0, 10, List.of(), List.of());
    Sentence part = sentence(0, 0, "Insurgents|NNS shelled|VBD Panj|NNP|LOCATION", "root:-1:1", "nsubj:1:0", "obj:1:2");
    ActorRef panj2 = new ActorRef("TJK", "TJK", null, "Tajikistan", "Panj", 19, 23, List.of(), List.of());
    assertThat(locate(part, 1, insurgents, panj2)).isNull();
    // near miss: a capital struck stands for its government ("sanctions on Dushanbe")
    Sentence capital = sentence(0, 0, "Taliban|NNP|ORGANIZATION threatened|VBD Dushanbe|NNP|LOCATION",
        "root:-1:1", "nsubj:1:0", "obj:1:2");
    ActorRef dushanbe = new ActorRef("TJKGOV", "TJK", null, "Tajikistan", "Dushanbe", 19, 27, List.of(), List.of());
    assertThat(locate(capital, 1, TALIBAN, dushanbe)).isNull();
  }

  @Test
  void coordinatedPlacesAreOneLocationWhoseTextSpansThem() {
    Sentence s = sentence(0, 0, "the|DT fighting|NN in|IN Homs|NNP|LOCATION and|CC Aleppo|NNP|LOCATION", "det:1:0",
        "root:-1:1", "nmod:in:1:3", "case:3:2", "conj:and:3:5", "cc:5:4", "nmod:in:1:5");
    Location l = locate(s, 1, TALIBAN, null);
    assertThat(l.name()).isEqualTo("Homs");
    assertThat(l.text()).isEqualTo("Homs and Aleppo");
  }

  @Test
  void fleeingAcrossTheBorderIsPlacedInTheBorderRegionOnTheSideEntered() {
    Sentence s = sentence(0, 0, "Afghan|JJ|MISC soldiers|NNS fled|VBD across|IN the|DT border|NN into|IN Tajikistan|NNP|LOCATION",
        "amod:1:0", "nsubj:2:1", "root:-1:2", "obl:across:2:5", "case:5:3", "det:5:4", "obl:into:2:7", "case:7:6");
    ActorRef soldiers = new ActorRef("AFGMIL", "AFG", "MIL", "Afghanistan", "Afghan soldiers", 0, 15, List.of(), List.of());
    Location l = locate(s, 2, soldiers, null);
    assertThat(l.name()).isEqualTo("Afghanistan–Tajikistan border");
    assertThat(l.feature()).isEqualTo("border region");
    assertThat(l.country()).isEqualTo("TJK");
    assertThat(l.text()).isEqualTo("the border");
  }

  @Test
  void withoutAParseTheMentionNearestInTheSentencePlacesIt() {
    Sentence s = sentence(0, 0, "Prague|NNP|LOCATION was|VBD far|RB ;|: Taliban|NNP fought|VBD near|IN Panj|NNP|LOCATION");
    assertThat(locate(s, 5, TALIBAN, null).name()).isEqualTo("Panj");
  }

  @Test
  void aSentenceWithoutPlacesGivesNothingSoTheCoderFallsBackToTheActors() {
    Sentence s = sentence(0, 0, "Taliban|NNP fought|VBD hard|RB", "root:-1:1", "nsubj:1:0");
    assertThat(locate(s, 1, TALIBAN, null)).isNull();
  }

  // --- the scene an event inherits from the article (issue 11) ---

  /** "Taliban fighters clashed in Nahrin district." (the scene) */
  static Sentence clashedInNahrin(int index, int offset) {
    return sentence(index, offset, "Taliban|NNP|ORGANIZATION fighters|NNS clashed|VBD in|IN Nahrin|NNP|LOCATION "
        + "district|NN .|.", "root:-1:2", "compound:1:0", "nsubj:2:1", "obl:in:2:5", "case:5:3", "compound:5:4");
  }

  /** "Officials condemned the violence." (no place of its own) */
  static Sentence condemned(int index, int offset) {
    return sentence(index, offset, "Officials|NNS condemned|VBD the|DT violence|NN .|.", "root:-1:1", "nsubj:1:0",
        "obj:1:3", "det:3:2");
  }

  /** "Rain fell." (no place, no scene) */
  static Sentence rain(int index, int offset) {
    return sentence(index, offset, "Rain|NN fell|VBD .|.", "root:-1:1", "nsubj:1:0");
  }

  @Test
  void anEventWhoseClauseNamesNoPlaceInheritsTheSceneOfTheSentenceBefore() {
    Sentence scene = clashedInNahrin(0, 0);
    Sentence event = condemned(1, 40);
    Location l = locator.context(article(scene, event), event, 1);
    assertThat(l).isNotNull();
    assertThat(l.name()).isEqualTo("Nahrin district");
    assertThat(l.admin1()).isEqualTo("Baghlan");
    assertThat(l.from()).isEqualTo("context");
    assertThat(l.confidence()).isLessThanOrEqualTo(0.5);
  }

  @Test
  void withoutItsOwnSentenceAnEventTakesOnlyTheSceneOfTheSentencesBefore() {
    // "Ministers gathered in the Afghan town of Nahrin." twice: the event's own sentence names it too
    String gathered = "Ministers|NNS gathered|VBD in|IN the|DT Afghan|JJ|MISC town|NN of|IN Nahrin|NNP|LOCATION .|.";
    Sentence own = sentence(0, 0, gathered);
    assertThat(locator.context(article(own), own, 1, true)).isNotNull();
    assertThat(locator.context(article(own), own, 1, false)).isNull();
    Sentence scene = clashedInNahrin(0, 0);
    Sentence event = sentence(1, 40, gathered);
    Location l = locator.context(article(scene, event), event, 1, false);
    assertThat(l).isNotNull();
    assertThat(l.name()).isEqualTo("Nahrin district");
  }

  @Test
  void aSceneInASentenceWithoutAParseIsTheNameAfterALocativePreposition() {
    // "Ministers gathered in the Afghan town of Nahrin." without dependencies (the triage did not parse it)
    Sentence scene = sentence(0, 0, "Ministers|NNS gathered|VBD in|IN the|DT Afghan|JJ|MISC town|NN of|IN "
        + "Nahrin|NNP|LOCATION .|.");
    Sentence event = condemned(1, 50);
    Location l = locator.context(article(scene, event), event, 1);
    assertThat(l).isNotNull();
    assertThat(l.text()).isEqualTo("Nahrin");
    assertThat(l.admin1()).isEqualTo("Baghlan");
    // near miss: a place after "in support of" is a topic, not where anyone was
    Sentence topic = sentence(0, 0, "Ministers|NNS spoke|VBD in|IN support|NN of|IN Tajikistan|NNP|LOCATION .|.");
    Sentence later = condemned(1, 50);
    assertThat(locator.context(article(topic, later), later, 1)).isNull();
  }

  @Test
  void aPlaceThatActsOrIsOnlyATopicSetsNoScene() {
    // "Dushanbe thanked Prague." : both act; "They discussed peace in Tajikistan.": a topic
    Sentence acting = sentence(0, 0, "Dushanbe|NNP|LOCATION thanked|VBD Prague|NNP|LOCATION .|.", "root:-1:1", "nsubj:1:0",
        "obj:1:2");
    Sentence topic = sentence(1, 30, "They|PRP discussed|VBD peace|NN in|IN Tajikistan|NNP|LOCATION .|.", "root:-1:1",
        "nsubj:1:0", "obj:1:2", "nmod:in:2:4", "case:4:3");
    Sentence event = condemned(2, 80);
    assertThat(locator.context(article(acting, topic, event), event, 1)).isNull();
  }

  @Test
  void aCountryNamedAgainGivesWayToTheStorysPreciseSceneInThatCountry() {
    // the lead: "... clashed in Nahrin district."; later "Aid arrived in Afghanistan."; then the event
    Sentence lead = clashedInNahrin(0, 0);
    Sentence country = sentence(1, 40, "Aid|NN arrived|VBD in|IN Afghanistan|NNP|LOCATION .|.", "root:-1:1", "nsubj:1:0",
        "obl:in:1:3", "case:3:2");
    Sentence event = condemned(2, 80);
    // within the look-back both are candidates: the country gives way to Nahrin district
    Location l = locator.context(article(lead, country, event), event, 1);
    assertThat(l.name()).isEqualTo("Nahrin district");
    // near miss: a country of another story stays what it is
    Sentence other = sentence(1, 40, "Aid|NN arrived|VBD in|IN Tajikistan|NNP|LOCATION .|.", "root:-1:1", "nsubj:1:0",
        "obl:in:1:3", "case:3:2");
    assertThat(locator.context(article(lead, other, event), event, 1).country()).isEqualTo("TJK");
  }

  @Test
  void beyondTheLookBackTheLatestSceneIsCarriedLessSure() {
    Sentence lead = clashedInNahrin(0, 0);
    Sentence[] s = new Sentence[GazetteerLocator.SCENE_LOOKBACK + 2];
    s[0] = lead;
    for (int i = 1; i < s.length - 1; i++) {
      s[i] = rain(i, 40 * i);
    }
    Sentence event = condemned(s.length - 1, 40 * (s.length - 1));
    s[s.length - 1] = event;
    Location l = locator.context(article(s), event, 1);
    assertThat(l.name()).isEqualTo("Nahrin district");
    Sentence next = condemned(1, 40);
    // the lead scene, carried far, is less sure than the scene of the sentence before
    assertThat(l.confidence()).isLessThan(locator.context(article(lead, next), next, 1).confidence());
    Sentence[] t = new Sentence[GazetteerLocator.SCENE_LOOKBACK + 4];
    t[0] = rain(0, 0);
    t[1] = rain(1, 40);
    t[2] = clashedInNahrin(2, 80);
    for (int i = 3; i < t.length - 1; i++) {
      t[i] = rain(i, 40 * i);
    }
    Sentence late = condemned(t.length - 1, 40 * (t.length - 1));
    t[t.length - 1] = late;
    // a scene set in a later sentence, not the lead, is carried that far too (round 9), less sure than
    // the scene of the sentence before
    Location far = locator.context(article(t), late, 1);
    assertThat(far).isNotNull();
    assertThat(far.name()).isEqualTo("Nahrin district");
    assertThat(far.confidence()).isLessThan(locator.context(article(lead, next), next, 1).confidence());
    // near miss: a scene within the look-back is the one taken, not the far one
    t[t.length - 2] = sentence(t.length - 2, 40 * (t.length - 2), "Aid|NN arrived|VBD in|IN Tajikistan|NNP|LOCATION .|.",
        "root:-1:1", "nsubj:1:0", "obl:in:1:3", "case:3:2");
    assertThat(locator.context(article(t), late, 1).country()).isEqualTo("TJK");
  }

  @Test
  void anEventBeforeAnySceneTakesTheFirstSceneSetAfterIt() {
    // the lead reports the event, the story says where two sentences later (round 9)
    Sentence event = condemned(0, 0);
    Sentence[] s = {event, rain(1, 40), clashedInNahrin(2, 80)};
    Location l = locator.context(article(s), event, 1);
    assertThat(l).isNotNull();
    assertThat(l.name()).isEqualTo("Nahrin district");
    assertThat(l.from()).isEqualTo("context");
    // a scene set after the event is less sure than one set before it
    Sentence after = condemned(3, 120);
    Sentence[] t = {rain(0, 0), rain(1, 40), clashedInNahrin(2, 80), after};
    assertThat(l.confidence()).isLessThan(locator.context(article(t), after, 1).confidence());
    // near miss: a story that sets no scene anywhere gives none
    Sentence alone = condemned(0, 0);
    assertThat(locator.context(article(alone, rain(1, 40), rain(2, 80)), alone, 1)).isNull();
  }

  @Test
  void aCountryTheClauseGivesIsMadePreciseByATownOfItsClause() {
    // "Militants attacked the town of Nahrin in Afghanistan." (round 9)
    Sentence town = sentence(0, 0, "Militants|NNS attacked|VBD the|DT town|NN of|IN Nahrin|NNP|LOCATION in|IN "
        + "Afghanistan|NNP|LOCATION .|.", "root:-1:1", "nsubj:1:0", "obj:1:3", "det:3:2", "nmod:of:3:5", "case:5:4",
        "obl:in:1:7", "case:7:6");
    Location l = locate(town, 1, TALIBAN, null);
    assertThat(l.admin1()).isEqualTo("Baghlan");
    assertThat(l.country()).isEqualTo("AFG");
    assertThat(l.from()).isEqualTo("text");
    // "Troops shelled villages near Baghlan in Afghanistan."
    Sentence near = sentence(0, 0, "Troops|NNS shelled|VBD villages|NNS near|IN Baghlan|NNP|LOCATION in|IN "
        + "Afghanistan|NNP|LOCATION .|.", "root:-1:1", "nsubj:1:0", "obj:1:2", "nmod:near:2:4", "case:4:3",
        "obl:in:1:6", "case:6:5");
    assertThat(locate(near, 1, TALIBAN, null).admin1()).isEqualTo("Baghlan");
    // near misses: no town in the clause, or a town of another country: the country stays
    Sentence post = sentence(0, 0, "Militants|NNS attacked|VBD a|DT post|NN in|IN Afghanistan|NNP|LOCATION .|.",
        "root:-1:1", "nsubj:1:0", "obj:1:3", "det:3:2", "obl:in:1:5", "case:5:4");
    assertThat(locate(post, 1, TALIBAN, null).name()).isEqualTo("Afghanistan");
    Sentence abroad = sentence(0, 0, "Militants|NNS attacked|VBD the|DT town|NN of|IN Panj|NNP|LOCATION in|IN "
        + "Afghanistan|NNP|LOCATION .|.", "root:-1:1", "nsubj:1:0", "obj:1:3", "det:3:2", "nmod:of:3:5", "case:5:4",
        "obl:in:1:7", "case:7:6");
    assertThat(locate(abroad, 1, TALIBAN, null).name()).isEqualTo("Afghanistan");
  }

  @Test
  void theCapitalOfACountryIsItsSeatOfGovernment() {
    Location l = locator.capital("TJK", "Tajikistan");
    assertThat(l).isNotNull();
    assertThat(l.name()).isEqualTo("Dushanbe");
    assertThat(l.country()).isEqualTo("TJK");
    assertThat(l.from()).isEqualTo("context");
    assertThat(l.text()).isEqualTo("Tajikistan");
    assertThat(locator.capital("CZE", "Czechia").name()).isEqualTo("Prague");
    // near misses: a country the gazetteer lacks, or no country
    assertThat(locator.capital("XXX", "Narnia")).isNull();
    assertThat(locator.capital(null, "")).isNull();
  }

  @Test
  void whatAnotherPredicateActsOnIsNotTheEventsPlace() {
    // "Taliban warned Prague to meet its demands": the meeting is not in Prague
    Sentence warned = sentence(0, 0, "Taliban|NNP|ORGANIZATION warned|VBD Prague|NNP|LOCATION to|TO meet|VB demands|NNS",
        "root:-1:1", "nsubj:1:0", "obj:1:2", "mark:4:3", "xcomp:1:4", "obj:4:5");
    assertThat(locate(warned, 4, TALIBAN, null)).isNull();
    // "Taliban hope to support Dushanbe in the face of aggression", coded as criticism of the aggression
    Sentence support = sentence(0, 0, "Taliban|NNP|ORGANIZATION hope|VBP to|TO support|VB Dushanbe|NNP|LOCATION against|IN "
        + "aggression|NN", "root:-1:1", "nsubj:1:0", "mark:3:2", "xcomp:1:3", "obj:3:4", "obl:against:3:6", "case:6:5");
    assertThat(locate(support, 6, TALIBAN, null)).isNull();
    // near miss: what the trigger itself acts on is its place ("shelled Panj")
    Sentence shelled = sentence(0, 0, "Taliban|NNP|ORGANIZATION shelled|VBD Panj|NNP|LOCATION", "root:-1:1", "nsubj:1:0", "obj:1:2");
    assertThat(locate(shelled, 1, TALIBAN, null).name()).isEqualTo("Panj");
  }

  @Test
  void topicsExceptionsAndAgentsAreNotTheEventsPlace() {
    Sentence beyond = sentence(0, 0, "Beyond|IN Prague|NNP|LOCATION ,|, Taliban|NNP|ORGANIZATION discussed|VBD trade|NN",
        "root:-1:4", "obl:beyond:4:1", "case:1:0", "nsubj:4:3", "obj:4:5");
    assertThat(locate(beyond, 4, new ActorRef("AFGINSTAL", "AFG", "INS", "Taliban", "Taliban", 15, 22, List.of(), List.of()),
        null)).isNull();
    Sentence by = sentence(0, 0, "Taliban|NNP|ORGANIZATION attacked|VBD a|DT mine|NN run|VBN by|IN Dushanbe|NNP|LOCATION",
        "root:-1:1", "nsubj:1:0", "det:3:2", "obj:1:3", "acl:3:4", "obl:by:4:6", "case:6:5");
    assertThat(locate(by, 1, TALIBAN, null)).isNull();
    Sentence war = sentence(0, 0, "Taliban|NNP|ORGANIZATION urged|VBD an|DT end|NN to|IN the|DT Panj|NNP|LOCATION war|NN",
        "root:-1:1", "nsubj:1:0", "det:3:2", "obj:1:3", "nmod:to:3:7", "case:7:4", "det:7:5", "compound:7:6");
    assertThat(locate(war, 1, TALIBAN, null)).isNull();
    // near misses: a place the trigger's object is in, and an event noun's place ("the Panj attack")
    Sentence mineIn = sentence(0, 0, "Taliban|NNP|ORGANIZATION attacked|VBD a|DT mine|NN in|IN Dushanbe|NNP|LOCATION",
        "root:-1:1", "nsubj:1:0", "det:3:2", "obj:1:3", "nmod:in:3:5", "case:5:4");
    assertThat(locate(mineIn, 1, TALIBAN, null).name()).isEqualTo("Dushanbe");
    Sentence attack = sentence(0, 0, "Taliban|NNP|ORGANIZATION condemned|VBD the|DT Panj|NNP|LOCATION attack|NN",
        "root:-1:1", "nsubj:1:0", "det:4:2", "compound:4:3", "obj:1:4");
    assertThat(locate(attack, 4, TALIBAN, null).name()).isEqualTo("Panj");
  }

  @Test
  void aNameThatOnlyModifiesGivesWayToAPlaceTheClauseLocatesSomethingIn() {
    // "Taliban met Dushanbe envoys at talks in Prague": Dushanbe says whose envoys, Prague where
    Sentence met = sentence(0, 0, "Taliban|NNP|ORGANIZATION met|VBD Dushanbe|NNP|LOCATION envoys|NNS at|IN talks|NNS "
        + "in|IN Prague|NNP|LOCATION", "root:-1:1", "nsubj:1:0", "compound:3:2", "obj:1:3", "obl:at:1:5", "case:5:4",
        "nmod:in:5:7", "case:7:6");
    assertThat(locate(met, 1, TALIBAN, null).name()).isEqualTo("Prague");
    // "Taliban held talks with Dushanbe officials in Panj" (the trigger the noun "talks")
    Sentence talks = sentence(0, 0, "Taliban|NNP|ORGANIZATION held|VBD talks|NNS with|IN Dushanbe|NNP|LOCATION "
        + "officials|NNS in|IN Panj|NNP|LOCATION", "root:-1:1", "nsubj:1:0", "obj:1:2", "nmod:with:2:5", "case:5:3",
        "compound:5:4", "nmod:in:5:7", "case:7:6");
    assertThat(locate(talks, 2, TALIBAN, null).name()).isEqualTo("Panj");
    // near misses: a name in apposition names something, and keeps the event ("rejected the warrant, Panj,
    // ... the force in Dushanbe", as the parser may hang "telling journalists in the capital, Panj" on the object)
    Sentence appos = sentence(0, 0, "Taliban|NNP|ORGANIZATION rejected|VBD the|DT warrant|NN ,|, Panj|NNP|LOCATION ,|, "
        + "of|IN the|DT force|NN in|IN Dushanbe|NNP|LOCATION", "root:-1:1", "nsubj:1:0", "det:3:2", "obj:1:3",
        "appos:3:5", "nmod:of:3:9", "case:9:7", "det:9:8", "nmod:in:9:11", "case:11:10");
    assertThat(locate(appos, 1, TALIBAN, null).name()).isEqualTo("Panj");
    // and a name the trigger acts on directly keeps the event ("shelled Panj near Dushanbe")
    Sentence shelled = sentence(0, 0, "Taliban|NNP|ORGANIZATION shelled|VBD Panj|NNP|LOCATION near|IN Dushanbe|NNP|LOCATION",
        "root:-1:1", "nsubj:1:0", "obj:1:2", "nmod:near:2:4", "case:4:3");
    assertThat(locate(shelled, 1, TALIBAN, null).name()).isEqualTo("Panj");
  }
}
