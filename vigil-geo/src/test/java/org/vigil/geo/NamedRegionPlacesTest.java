package org.vigil.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.geo.TestGazetteer.article;
import static org.vigil.geo.TestGazetteer.place;
import static org.vigil.geo.TestGazetteer.sentence;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigil.core.event.Location;
import org.vigil.core.text.Sentence;

/**
 * Issue 11, round 11: a report that writes a first-level region is about that region's country, so
 * a town of a country it names nowhere (a people's or a market's name read as a foreign capital)
 * gives way to its place in the region. A small gazetteer written for the test (names of real
 * places).
 */
final class NamedRegionPlacesTest {
  private static final Gazetteer G = Gazetteer.builder()
      .country(new Country("IT", "ITA", "Italy", List.of(), List.of("Italian"), 42, 12, Set.of(), "Rome"))
      .country(new Country("CZ", "CZE", "Czechia", List.of(), List.of("Czech"), 49, 15, Set.of(), "Prague"))
      .country(new Country("FR", "FRA", "France", List.of(), List.of("French"), 46, 2, Set.of(), "Paris"))
      .country(new Country("CD", "COD", "Democratic Republic of the Congo", List.of(), List.of("Congolese"), -3, 23,
          Set.of(), "Kinshasa"))
      .region(new Region("IT.07", "ITA", "Lazio", List.of(), 41.9, 12.5, 5_700_000))
      .region(new Region("CZ.85", "CZE", "Moravskoslezský kraj", List.of("Moravian-Silesian"), 49.8, 18.0, 1_200_000))
      .region(new Region("FR.11", "FRA", "Île-de-France", List.of(), 48.7, 2.5, 12_000_000))
      .region(new Region("CD.17", "COD", "Ituri", List.of(), 1.5, 29.5, 5_000_000))
      .place(place(3169070, "Rome", "PPLC", "ITA", "IT.07", "Lazio", 41.89, 12.51, 2_800_000), "Roma")
      .place(place(3068799, "Ostrava", "PPLA", "CZE", "CZ.85", "Moravskoslezský kraj", 49.83, 18.28, 313_000))
      .place(place(2988507, "Paris", "PPLC", "FRA", "FR.11", "Île-de-France", 48.85, 2.35, 2_100_000))
      .place(place(217831, "Bunia", "PPLA", "COD", "CD.17", "Ituri", 1.57, 30.25, 96_000))
      .build();
  private final GazetteerLocator locator = new GazetteerLocator(new PlaceFinder(G, GeoConfig.defaults()));

  private Location locate(Sentence s, int trigger) {
    return locator.locate(article(s), s, trigger, null, null);
  }

  /** Where the event of the sentence's second token (its verb) is placed. */
  private Location placed(String tokens, String... dependencies) {
    return locate(sentence(0, 0, tokens, dependencies), 1);
  }

  @Test
  void aPeoplesNameReadAsAForeignCapitalGivesWayToTheTownInTheRegionWritten() {
    assertThat(placed("Assailants|NNS threw|VBD|O|throw bombs|NNS at|IN a|DT Roma|NNP|LOCATION "
        + "settlement|NN in|IN Ostrava|NNP|LOCATION ,|, Moravian-Silesian|NNP|LOCATION Region|NNP|LOCATION .|.",
        "root:-1:1", "nsubj:1:0", "obj:1:2", "obl:at:1:6", "case:6:3", "det:6:4", "compound:6:5", "nmod:in:6:8",
        "case:8:7", "punct:8:9", "appos:8:11", "compound:11:10")).extracting(Location::name, Location::country)
        .containsExactly("Ostrava", "CZE");
  }

  @Test
  void aMarketsNameReadAsAForeignCapitalGivesWayToTheTownInTheRegionWritten() {
    assertThat(placed("Militiamen|NNS fired|VBD|O|fire at|IN the|DT Paris|NNP|LOCATION market|NN in|IN "
        + "Bunia|NNP|LOCATION ,|, Ituri|NNP|LOCATION .|.",
        "root:-1:1", "nsubj:1:0", "obl:at:1:5", "case:5:2", "det:5:3", "compound:5:4", "nmod:in:5:7", "case:7:6",
        "punct:7:8", "appos:7:9")).extracting(Location::name, Location::country).containsExactly("Bunia", "COD");
  }

  @Test
  void aForeignTownOfACountryTheReportNamesStays() {
    // near miss: the report names Italy, so Rome is where it says, though it writes a Czech region too
    Sentence s = sentence(0, 0, "Czech|JJ|MISC officials|NNS met|VBD|O|meet in|IN Roma|NNP|LOCATION ,|, "
        + "Italy|NNP|LOCATION ,|, with|IN envoys|NNS from|IN Ostrava|NNP|LOCATION ,|, Moravian-Silesian|NNP|LOCATION "
        + "Region|NNP|LOCATION .|.", "root:-1:2", "amod:1:0", "nsubj:2:1", "obl:in:2:4", "case:4:3", "punct:4:5",
        "appos:4:6", "obl:with:2:9", "case:9:8", "nmod:from:9:11", "case:11:10", "punct:11:12", "appos:11:14",
        "compound:14:13");
    assertThat(locate(s, 2).country()).isEqualTo("ITA");
  }
}
