package org.vigil.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {
  final Gazetteer gazetteer = TestGazetteer.gazetteer();

  @Test
  void looksNamesUpIgnoringCaseDiacriticsAndPunctuation() {
    assertThat(gazetteer.lookup("NAHRIN")).extracting(Place::geonamesId).containsExactly(1132495L);
    assertThat(gazetteer.lookup("Nahrīn")).extracting(Place::geonamesId).containsExactly(1132495L);
    assertThat(gazetteer.lookup("Prague")).extracting(Place::country).containsExactlyInAnyOrder("CZE", "USA");
    assertThat(gazetteer.lookup("Nowhere")).isEmpty();
  }

  @Test
  void countriesAndRegionsAreEntriesToo() {
    assertThat(gazetteer.lookup("Britain")).singleElement().satisfies(p -> {
      assertThat(p.featureCode()).isEqualTo("PCLI");
      assertThat(p.country()).isEqualTo("GBR");
    });
    assertThat(gazetteer.lookup("Oklahoma")).singleElement().extracting(Place::featureCode).isEqualTo("ADM1");
  }

  @Test
  void demonymsAndStateAbbreviationsAreKnownButAreNotPlaces() {
    assertThat(gazetteer.countryOfDemonym("Tajik")).isEqualTo("TJK");
    assertThat(gazetteer.regionOfAbbreviation("Miss.")).extracting(Region::name).isEqualTo("Mississippi");
    assertThat(gazetteer.lookup("Miss.")).isEmpty();
  }

  @Test
  void typoLookupFindsNamesOneEditAway() {
    assertThat(gazetteer.lookupFuzzy("Tajiksitan", 1)).extracting(Place::country).containsExactly("TJK");
    assertThat(gazetteer.lookupFuzzy("Tajjjjikistan", 1)).isEmpty();
  }

  @Test
  void aBorderRegionHoldsThePlacesOfEachSideNearTheOther() {
    BorderRegion r = gazetteer.border("TJK", "AFG", 50).orElseThrow();
    assertThat(r.id()).isEqualTo("AFG–TJK");
    assertThat(r.name()).isEqualTo("Afghanistan–Tajikistan border");
    assertThat(r.sideA()).extracting(Place::name).containsExactly("Sherkhan Bandar");
    assertThat(r.sideB()).extracting(Place::name).containsExactly("Panj");
    assertThat(r.lat()).isBetween(37.1, 37.3);
    assertThat(r.asPlace("TJK").featureCode()).isEqualTo("BORDER");
  }

  @Test
  void theBorderDistanceIsASetting() {
    assertThat(gazetteer.border("AFG", "TJK", 200).orElseThrow().sideB()).extracting(Place::name)
        .containsExactlyInAnyOrder("Panj", "Dushanbe");
  }

  @Test
  void onlyNeighboursHaveABorderRegion() {
    assertThat(gazetteer.border("AFG", "CZE", 50)).isEmpty();
    assertThat(gazetteer.border("AFG", "AFG", 50)).isEmpty();
  }

  @Test
  void nearestFindsThePlaceClosestToAPoint() {
    assertThat(gazetteer.nearest(37.2, 69.0)).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Panj"));
  }

  @Test
  void theBuilderRejectsDuplicatesAndNonPlacesAtOnce() {
    assertThatThrownBy(() -> Gazetteer.builder()
        .region(new Region("AF.03", "AFG", "Baghlan", List.of(), 0, 0, 0))
        .region(new Region("AF.03", "AFG", "Baghlan", List.of(), 0, 0, 0)))
        .hasMessage("region AF.03 added twice");
    assertThatThrownBy(() -> Gazetteer.builder().place(new Place(1L, "Mount X", "MT", "AFG", null, null, 0, 0, 0)))
        .hasMessageContaining("has feature MT");
  }

  @Test
  void configRejectsBadValuesNamingThem() {
    assertThatThrownBy(() -> new GeoConfig(0, 1, true)).hasMessage("borderKm must be in (0, 500], was 0.0");
  }
}
