package org.vigil.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.geo.TestGazetteer.article;
import static org.vigil.geo.TestGazetteer.place;
import static org.vigil.geo.TestGazetteer.sentence;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, ACLED-style reports: the region written with a place fills what the gazetteer lacks
 * -- "near Katari in Kaduna state", "Essakane, Oudalan province, Sahel region", "Bulo Marer, Lower
 * Shabelle" (one letter off the gazetteer's name), "Jalandhar, Punjab" (the Punjab a reading lies
 * in) -- with near misses. A small gazetteer written for the test; names of real places, entries
 * made up where the test needs them (a French "Masisi").
 */
final class ConflictNoteContainersTest {
  private static final Gazetteer G = Gazetteer.builder()
      .country(new Country("NG", "NGA", "Nigeria", List.of(), List.of("Nigerian"), 9, 8, Set.of(), "Abuja"))
      .country(new Country("BF", "BFA", "Burkina Faso", List.of(), List.of("Burkinabe"), 12, -1, Set.of(), "Ouagadougou"))
      .country(new Country("SO", "SOM", "Somalia", List.of(), List.of("Somali"), 5, 46, Set.of(), "Mogadishu"))
      .country(new Country("CD", "COD", "Democratic Republic of the Congo", List.of(), List.of("Congolese"), -3, 23,
          Set.of(), "Kinshasa"))
      .country(new Country("IN", "IND", "India", List.of(), List.of("Indian"), 21, 78, Set.of(), "New Delhi"))
      .country(new Country("PK", "PAK", "Pakistan", List.of(), List.of("Pakistani"), 30, 70, Set.of(), "Islamabad"))
      .country(new Country("FR", "FRA", "France", List.of(), List.of("French"), 46, 2, Set.of(), "Paris"))
      .country(new Country("IR", "IRN", "Iran", List.of(), List.of("Iranian"), 32, 53, Set.of(), "Tehran"))
      .country(new Country("PE", "PER", "Peru", List.of(), List.of("Peruvian"), -10, -76, Set.of(), "Lima"))
      .country(new Country("BO", "BOL", "Bolivia", List.of(), List.of("Bolivian"), -17, -65, Set.of(), "Sucre"))
      .country(new Country("US", "USA", "United States", List.of(), List.of("American"), 38, -97, Set.of(), "Washington"))
      .country(new Country("SY", "SYR", "Syria", List.of(), List.of("Syrian"), 35, 38, Set.of(), "Damascus"))
      .country(new Country("JO", "JOR", "Jordan", List.of(), List.of("Jordanian"), 31, 36, Set.of(), "Amman"))
      .country(new Country("AO", "AGO", "Angola", List.of(), List.of("Angolan"), -12.5, 18.5, Set.of(), "Luanda"))
      .country(new Country("MM", "MMR", "Myanmar", List.of(), List.of("Burmese"), 21, 96, Set.of(), "Naypyidaw"))
      .region(new Region("SY.07", "SYR", "Deir ez-Zor Governorate", List.of("Deir ez-Zor"), 35.0, 40.5, 400_000))
      .region(new Region("JO.23", "JOR", "Madaba Governorate", List.of("Madaba"), 31.6, 35.8, 200_000))
      .region(new Region("AO.17", "AGO", "Lunda Norte", List.of(), -7.9, 20.8, 20_000))
      .region(new Region("MM.10", "MMR", "Sagaing Region", List.of("Sagaing"), 22.5, 95.3, 400_000))
      .region(new Region("NG.18", "NGA", "Kaduna", List.of(), 10.5, 7.9, 6_000_000))
      .region(new Region("NG.57", "NGA", "Zamfara", List.of(), 12.1, 6.2, 3_000_000))
      .region(new Region("BF.12", "BFA", "Sahel Region", List.of("Sahel"), 14.2, -0.2, 130_000))
      .region(new Region("SO.14", "SOM", "Lower Shebelle", List.of("Lower Shabele"), 2.1, 44.8, 1_000_000))
      .region(new Region("CD.11", "COD", "Nord-Kivu", List.of("North Kivu"), -0.7, 29.3, 5_000_000))
      .region(new Region("IR.04", "IRN", "Sistan and Baluchestan", List.of(), 28.0, 60.0, 2_800_000))
      .region(new Region("PK.02", "PAK", "Balochistan", List.of("Baluchestan"), 28.5, 65.0, 12_000_000))
      .region(new Region("PE.13", "PER", "La Libertad", List.of(), -8.0, -78.5, 1_800_000))
      .region(new Region("BO.04", "BOL", "La Paz Department", List.of("La Paz"), -15.5, -68.5, 2_700_000))
      .region(new Region("US.LA", "USA", "Louisiana", List.of("La."), 31.0, -92.0, 4_600_000))
      .region(new Region("IN.23", "IND", "Punjab", List.of(), 30.9, 75.4, 27_000_000))
      .region(new Region("PK.04", "PAK", "Punjab", List.of(), 31.2, 72.9, 110_000_000))
      .region(new Region("IN.12", "IND", "Jammu and Kashmir", List.of("Kashmir"), 33.5, 75.0, 12_000_000))
      .region(new Region("PK.06", "PAK", "Azad Kashmir", List.of("Kashmir"), 34.0, 73.8, 40_000_000))
      .place(place(2335727, "Kaduna", "PPLA", "NGA", "NG.18", "Kaduna", 10.52, 7.44, 1_500_000))
      .place(place(2352778, "Abuja", "PPLC", "NGA", null, null, 9.06, 7.49, 590_000))
      .place(place(1268782, "Jalandhar", "PPLA2", "IND", "IN.23", "Punjab", 31.33, 75.58, 800_000))
      .place(place(1172451, "Lahore", "PPLA", "PAK", "PK.04", "Punjab", 31.56, 74.35, 6_300_000))
      .place(place(1255634, "Srinagar", "PPLA", "IND", "IN.12", "Jammu and Kashmir", 34.09, 74.8, 1_000_000))
      .place(place(249664, "Dhiban", "PPLA2", "JOR", "JO.23", "Madaba Governorate", 31.5, 35.78, 15_000))
      .place(place(170691, "Dhiban", "PPLA3", "SYR", "SY.07", "Deir ez-Zor Governorate", 35.01, 40.51, 0))
      .place(place(2361177, "Djibo", "PPLA2", "BFA", "BF.12", "Sahel Region", 14.1, -1.63, 60_000))
      .place(place(9, "Masisi", "PPL", "FRA", null, null, 45.0, 3.0, 600))
      .place(place(4315588, "Baton Rouge", "PPLA", "USA", "US.LA", "Louisiana", 30.45, -91.15, 230_000))
      .build();
  private final PlaceFinder finder = new PlaceFinder(G, GeoConfig.defaults());

  private List<PlaceMention> find(String tokens) {
    return finder.find(article(sentence(0, 0, tokens)));
  }

  private PlaceMention first(String tokens) {
    return find(tokens).get(0);
  }

  @Test
  void aRegionAPlaceIsSaidToBeInPlacesAPlaceTheGazetteerLacks() {
    assertThat(first("Bandits|NNS abducted|VBD passengers|NNS near|IN Katari|NNP|LOCATION in|IN Kaduna|NNP|LOCATION"
        + " state|NN .|.").place()).satisfies(p -> {
          assertThat(p.name()).isEqualTo("Katari");
          assertThat(p.country()).isEqualTo("NGA");
          assertThat(p.admin1()).isEqualTo("Kaduna");
        });
    assertThat(first("Gunmen|NNS raided|VBD Dansadau|NNP|LOCATION in|IN Zamfara|NNP|LOCATION state|NN .|.").place()
        .admin1()).isEqualTo("Zamfara");
  }

  @Test
  void aTownAPlaceIsSaidToBeInPlacesItThereButAnythingElseDoesNot() {
    assertThat(first("Police|NNP clashed|VBD with|IN worshippers|NNS at|IN Al-Aqsa|NNP|LOCATION mosque|NN in|IN"
        + " Abuja|NNP|LOCATION .|.").place()).satisfies(p -> {
          assertThat(p.name()).isEqualTo("Al-Aqsa");
          assertThat(p.country()).isEqualTo("NGA");
        });
    // near misses: "in" before no place name, and a region not written right after "in"
    assertThat(first("Police|NNP detained|VBD protesters|NNS near|IN Katari|NNP|LOCATION in|IN the|DT north|NN .|.")
        .place()).isNull();
    assertThat(first("Police|NNP detained|VBD protesters|NNS near|IN Katari|NNP|LOCATION in|IN northern|JJ"
        + " Kaduna|NNP|LOCATION state|NN .|.").place()).isNull();
  }

  @Test
  void aChainOfContainersReachesTheRegionPastAnUnknownDistrict() {
    List<PlaceMention> found = find("Jihadists|NNS attacked|VBD Essakane|NNP|LOCATION ,|, Oudalan|NNP|LOCATION"
        + " province|NN ,|, Sahel|NNP|LOCATION region|NN .|.");
    assertThat(found.get(0).place()).satisfies(p -> {
      assertThat(p.name()).isEqualTo("Essakane");
      assertThat(p.country()).isEqualTo("BFA");
      assertThat(p.admin1()).isEqualTo("Sahel Region");
    });
    assertThat(first("Rebels|NNS took|VBD Bweremana|NNP|LOCATION ,|, Masisi|NNP|LOCATION territory|NN ,|,"
        + " North|NNP|LOCATION Kivu|NNP|LOCATION .|.").place()).satisfies(p -> {
          assertThat(p.country()).isEqualTo("COD");
          assertThat(p.admin1()).isEqualTo("Nord-Kivu");
        });
  }

  @Test
  void aNameWithNoReadingInTheRegionWrittenAfterItIsPlacedInThatRegion() {
    // the French Masisi is not in North Kivu: the territory is one the gazetteer lacks
    assertThat(first("Rebels|NNS fought|VBD in|IN Masisi|NNP|LOCATION territory|NN ,|, North|NNP|LOCATION"
        + " Kivu|NNP|LOCATION .|.").place()).satisfies(p -> {
          assertThat(p.country()).isEqualTo("COD");
          assertThat(p.admin1()).isEqualTo("Nord-Kivu");
        });
  }

  @Test
  void aRegionOneLetterOffTheGazetteersNameIsStillTheContainer() {
    assertThat(first("Militants|NNS attacked|VBD Bulo|NNP|LOCATION Marer|NNP|LOCATION ,|, Lower|NNP|LOCATION"
        + " Shabelle|NNP|LOCATION .|.").place()).satisfies(p -> {
          assertThat(p.country()).isEqualTo("SOM");
          assertThat(p.admin1()).isEqualTo("Lower Shebelle");
        });
    assertThat(first("Militants|NNS attacked|VBD Sablale|NNP|LOCATION ,|, Lower|NNP|LOCATION Shebele|NNP|LOCATION .|.")
        .place().admin1()).isEqualTo("Lower Shebelle");
  }

  @Test
  void ofTwoRegionsOfOneNameTheContainerIsTheOneAReadingLiesIn() {
    assertThat(first("Farmers|NNS blocked|VBD roads|NNS near|IN Jalandhar|NNP|LOCATION ,|, Punjab|NNP|LOCATION .|.")
        .place()).satisfies(p -> {
          assertThat(p.country()).isEqualTo("IND");
          assertThat(p.name()).isEqualTo("Jalandhar");
        });
    assertThat(first("Crowds|NNS marched|VBD in|IN Lahore|NNP|LOCATION ,|, Punjab|NNP|LOCATION .|.").place().country())
        .isEqualTo("PAK");
    assertThat(first("Troops|NNS killed|VBD militants|NNS in|IN Srinagar|NNP|LOCATION ,|, Kashmir|NNP|LOCATION .|.")
        .place()).satisfies(p -> {
          assertThat(p.country()).isEqualTo("IND");
          assertThat(p.name()).isEqualTo("Srinagar");
        });
  }

  @Test
  void aListOfTownsIsNoChainOfContainers() {
    // near miss: "Kaduna, Abuja": the next name is a town, so Kaduna keeps its own reading
    assertThat(first("Protests|NNS spread|VBD to|TO Kaduna|NNP|LOCATION ,|, Abuja|NNP|LOCATION and|CC"
        + " Jalandhar|NNP|LOCATION .|.").place().featureCode()).isIn("PPLA", "ADM1");
  }

  @Test
  void aListOfCountriesIsNoChainOfContainers() {
    // near miss: a country is never read as inside the next one
    assertThat(first("Refugees|NNS fled|VBD to|TO India|NNP|LOCATION ,|, Pakistan|NNP|LOCATION and|CC"
        + " France|NNP|LOCATION .|.").place()).satisfies(p -> {
          assertThat(p.country()).isEqualTo("IND");
          assertThat(p.featureCode()).isEqualTo("PCLI");
        });
  }

  @Test
  void aCommaTheNerTaggedPartsTwoNames() {
    List<PlaceMention> found = find("Gunmen|NNS burned|VBD houses|NNS in|IN Kaduna|NNP|LOCATION ,|,|LOCATION"
        + " Zamfara|NNP|LOCATION state|NN .|.");
    assertThat(found).extracting(PlaceMention::text).containsExactly("Kaduna", "Zamfara state");
  }
  @Test
  void aStateAbbreviationIsNoContainerWhenTheNameGoesOn() {
    // "La" is Louisiana's abbreviation, but "La Libertad" and "La Paz" are regions written in full
    assertThat(first("Miners|NNS looted|VBD a|DT warehouse|NN in|IN Pataz|NNP|LOCATION ,|, La|NNP|LOCATION"
        + " Libertad|NNP|LOCATION .|.").place()).satisfies(p -> {
          assertThat(p.country()).isEqualTo("PER");
          assertThat(p.admin1()).isEqualTo("La Libertad");
        });
    assertThat(first("Farmers|NNS blocked|VBD roads|NNS near|IN Achacachi|NNP|LOCATION ,|, La|NNP|LOCATION"
        + " Paz|NNP|LOCATION ,|, on|IN Monday|NNP .|.").place()).satisfies(p -> {
          assertThat(p.country()).isEqualTo("BOL");
          assertThat(p.admin1()).isEqualTo("La Paz Department");
        });
    // near miss: the abbreviation alone, before a comma, is the state
    assertThat(first("Police|NNS arrested|VBD two|CD men|NNS in|IN Zachary|NNP|LOCATION ,|, La.|NNP ,|, on|IN"
        + " Monday|NNP .|.").place()).satisfies(p -> {
          assertThat(p.country()).isEqualTo("USA");
          assertThat(p.admin1()).isEqualTo("Louisiana");
        });
  }
  @Test
  void aRegionsNameWrittenWithAndIsOneMention() {
    List<PlaceMention> found = find("Police|NNS fired|VBD on|IN worshippers|NNS in|IN Zahedan|NNP|LOCATION ,|,"
        + " Sistan|NNP|LOCATION and|CC Baluchestan|NNP|LOCATION ,|, on|IN Friday|NNP .|.");
    assertThat(found).extracting(PlaceMention::text).containsExactly("Zahedan", "Sistan and Baluchestan");
    assertThat(found.get(1).place().country()).isEqualTo("IRN");
    assertThat(find("Troops|NNS killed|VBD two|CD militants|NNS in|IN Jammu|NNP|LOCATION and|CC Kashmir|NNP|LOCATION"
        + " .|.")).singleElement().satisfies(m -> assertThat(m.place().admin1()).isEqualTo("Jammu and Kashmir"));
    // near miss: two regions joined by "and" are two mentions
    assertThat(find("Bandits|NNS raided|VBD villages|NNS in|IN Kaduna|NNP|LOCATION and|CC Zamfara|NNP|LOCATION .|."))
        .extracting(PlaceMention::text).containsExactly("Kaduna", "Zamfara");
  }

  @Test
  void aRegionWrittenAfterAPlaceIsItsContainerWhateverTheNerMadeOfIt() {
    // issue 11, round 13: CoreNLP tags the region as a person or an organisation, or reads it as a verb
    assertThat(first("Tribesmen|NNS fought|VBD for|IN Dhiban|NNP|LOCATION ,|, Deir|NNP|PERSON ez|NNP -|HYPH Zor|NNP ,|,"
        + " on|IN Monday|NNP .|.").place()).satisfies(p -> {
          assertThat(p.country()).isEqualTo("SYR");
          assertThat(p.admin1()).isEqualTo("Deir ez-Zor Governorate");
        });
    assertThat(first("Police|NNS fired|VBD on|IN miners|NNS in|IN Cafunfo|NNP|LOCATION ,|, Lunda|NNP|ORGANIZATION"
        + " Norte|NNP|ORGANIZATION province|NN .|.").place()).satisfies(p -> {
          assertThat(p.country()).isEqualTo("AGO");
          assertThat(p.admin1()).isEqualTo("Lunda Norte");
        });
    assertThat(first("Jets|NNS bombed|VBD a|DT school|NN in|IN Tabayin|NNP|LOCATION township|NN ,|, Sagaing|VBG"
        + " region|NN .|.").place().admin1()).isEqualTo("Sagaing Region");
    // without the region, the bigger namesake
    assertThat(first("Tribesmen|NNS fought|VBD for|IN Dhiban|NNP|LOCATION on|IN Monday|NNP .|.").place().country())
        .isEqualTo("JOR");
  }

  @Test
  void aRegionNameAfterACommaIsNoContainerWithoutAPlaceBeforeIt() {
    // near misses: a company named after a region, after a common noun; a person after a place
    assertThat(find("The|DT company|NN ,|, Lunda|NNP|ORGANIZATION Norte|NNP|ORGANIZATION Mining|NNP|ORGANIZATION ,|,"
        + " said|VBD .|.")).isEmpty();
    assertThat(find("Residents|NNS of|IN Cafunfo|NNP|LOCATION ,|, Moses|NNP|PERSON Kalala|NNP|PERSON said|VBD .|."))
        .extracting(PlaceMention::text).containsExactly("Cafunfo");
  }

  @Test
  void aTownBeforeAWorldRegionsNamesakeRegionKeepsItsReading() {
    // "Sahel region" after a town is Burkina Faso's region; the town is no world region of a list
    assertThat(first("A|DT convoy|NN heading|VBG to|TO Djibo|NNP|PERSON ,|, Sahel|NNP|LOCATION region|NN ,|, was|VBD"
        + " attacked|VBN .|.").place()).satisfies(p -> {
          assertThat(p.name()).isEqualTo("Djibo");
          assertThat(p.admin1()).isEqualTo("Sahel Region");
        });
  }
}
