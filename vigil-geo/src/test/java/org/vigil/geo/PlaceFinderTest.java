package org.vigil.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.geo.TestGazetteer.article;
import static org.vigil.geo.TestGazetteer.sentence;

import java.util.List;
import org.vigil.core.text.AnnotatedArticle;
import org.junit.jupiter.api.Test;

class PlaceFinderTest {
  final PlaceFinder finder = new PlaceFinder(TestGazetteer.gazetteer(), GeoConfig.defaults());

  List<PlaceMention> find(String tokens) {
    return finder.find(article(sentence(0, 0, tokens)));
  }

  @Test
  void aDistrictWithItsProvinceResolvesToTheDistrictSeatInThatProvince() {
    List<PlaceMention> found = find("Fighters clashed|VBD in|IN Nahrin|NNP|LOCATION district|NN ,|, Baghlan|NNP|LOCATION .|.");
    assertThat(found).first().satisfies(m -> {
      assertThat(m.text()).isEqualTo("Nahrin district");
      assertThat(m.place().name()).isEqualTo("Nahrin district");
      assertThat(m.place().featureCode()).isEqualTo("ADM2");
      assertThat(m.place().admin1()).isEqualTo("Baghlan");
      assertThat(m.place().lat()).isEqualTo(36.0649);
      assertThat(m.approximate()).isTrue();
      assertThat(m.start()).isEqualTo(20);
      assertThat(m.end()).isEqualTo(35);
    });
  }

  @Test
  void aNameIsNotItsOwnContext() {
    // Libya's Tripoli is a capital and names a region; Lebanon's is a regional seat. The region
    // that the name "Tripoli" itself matches must not count as the article naming Libya.
    Gazetteer g = Gazetteer.builder()
        .country(new Country("LY", "LBY", "Libya", List.of(), List.of("Libyan"), 25, 17, java.util.Set.of(), "Tripoli"))
        .country(new Country("LB", "LBN", "Lebanon", List.of(), List.of("Lebanese"), 33.8, 35.8, java.util.Set.of(), "Beirut"))
        .region(new Region("LY.77", "LBY", "Tripoli District", List.of("Tripoli"), 32.8, 13.1, 1_200_000))
        .place(TestGazetteer.place(2210247, "Tripoli", "PPLC", "LBY", "LY.77", "Tripoli District", 32.88743, 13.18733, 1_150_989))
        .place(TestGazetteer.place(266826, "Tripoli", "PPLA", "LBN", null, null, 34.43352, 35.84415, 229_398))
        .build();
    PlaceFinder f = new PlaceFinder(g, GeoConfig.defaults());
    assertThat(f.find(article(sentence(0, 0, "Lebanese|JJ|MISC protesters|NNS marched|VBD in|IN Tripoli|NNP|LOCATION .|."))))
        .singleElement().satisfies(m -> assertThat(m.place().country()).isEqualTo("LBN"));
    assertThat(f.find(article(sentence(0, 0, "Protesters|NNS marched|VBD in|IN Tripoli|NNP|LOCATION .|."))))
        .singleElement().satisfies(m -> assertThat(m.place().country()).isEqualTo("LBY"));
  }

  @Test
  void aMonthOrWeekdayTheNerLeftUntaggedIsADateNotATown() {
    Gazetteer g = Gazetteer.builder()
        .country(new Country("US", "USA", "United States", List.of("U.S."), List.of("American"), 38, -97, java.util.Set.of(), "Washington"))
        .region(new Region("US.CA", "USA", "California", List.of("Calif."), 37, -120, 39_000_000))
        .place(TestGazetteer.place(5325256, "August", "PPL", "USA", "US.CA", "California", 37.97881, -121.26217, 8_390))
        .place(TestGazetteer.place(9, "Friday", "PPL", "USA", "US.CA", "California", 37.5, -121.5, 5_000))
        .place(TestGazetteer.place(10, "Augusta", "PPLA", "USA", "US.CA", "California", 37.6, -121.6, 19_000))
        .build();
    PlaceFinder f = new PlaceFinder(g, GeoConfig.defaults());
    // without SUTime's time expressions the NER leaves both untagged; "in" and "on" would cue a place
    assertThat(f.find(article(sentence(0, 0, "Troops|NNS seized|VBD party|NN assets|NNS in|IN August|NNP .|.")))).isEmpty();
    assertThat(f.find(article(sentence(0, 0, "Talks|NNS resumed|VBD on|IN Friday|NNP .|.")))).isEmpty();
    // near misses: a calendar name the NER tags as a place, one with an admin word, a longer town name
    assertThat(f.find(article(sentence(0, 0, "Residents|NNS of|IN August|NNP|LOCATION protested|VBD .|."))))
        .singleElement().satisfies(m -> assertThat(m.place().geonamesId()).isEqualTo(5325256L));
    assertThat(f.find(article(sentence(0, 0, "Police|NNS patrolled|VBD the|DT town|NN of|IN Friday|NNP town|NN .|."))))
        .extracting(m -> m.text()).contains("Friday town");
    assertThat(f.find(article(sentence(0, 0, "Police|NNS patrolled|VBD in|IN Augusta|NNP .|."))))
        .singleElement().satisfies(m -> assertThat(m.place().name()).isEqualTo("Augusta"));
  }

  @Test
  void theLargestPlaceOfAnAmbiguousNameWinsWithoutContext() {
    assertThat(find("I|PRP visited|VBD family|NN in|IN Prague|NNP|LOCATION .|."))
        .singleElement().satisfies(m -> {
          assertThat(m.place().geonamesId()).isEqualTo(3067696L);
          assertThat(m.candidates()).isEqualTo(2);
        });
  }

  @Test
  void aContainerAfterACommaKeepsOnlyThePlacesInsideIt() {
    assertThat(find("I|PRP visited|VBD family|NN in|IN Prague|NNP|LOCATION ,|, Oklahoma|NNP|LOCATION .|."))
        .first().satisfies(m -> {
          assertThat(m.place().geonamesId()).isEqualTo(4548393L);
          assertThat(m.place().admin1()).isEqualTo("Oklahoma");
          assertThat(m.confidence()).isGreaterThanOrEqualTo(0.9);
        });
  }

  @Test
  void aPossessiveContainerBeforeTheNameKeepsOnlyThePlacesInsideIt() {
    // both containers are context; each Prague is the one its possessive names
    assertThat(find("Czechia|NNP|LOCATION 's|POS Prague|NNP|LOCATION is|VBZ larger|JJR than|IN"
        + " Oklahoma|NNP|LOCATION ’s|POS Prague|NNP|LOCATION .|."))
        .extracting(m -> m.text() + " " + m.place().country() + " " + m.place().featureCode())
        .containsExactly("Czechia CZE PCLI", "Prague CZE PPLC", "Oklahoma USA ADM1", "Prague USA PPL");
  }

  @Test
  void aRegionTheArticleNamesPullsItsPlacesAheadOfLargerOnes() {
    assertThat(find("Settlers|NNS in|IN Oklahoma|NNP|LOCATION named|VBD their|PRP$ town|NN Prague|NNP|LOCATION .|."))
        .extracting(m -> m.place().featureCode() + " " + m.place().country())
        .containsExactly("ADM1 USA", "PPL USA");
  }

  @Test
  void aStateAbbreviationAndADemonymAreContext() {
    assertThat(find("Ole|NNP Miss|NNP is|VBZ located|VBN in|IN Oxford|NNP|LOCATION .|."))
        .singleElement().satisfies(m -> assertThat(m.place().geonamesId()).isEqualTo(4440076L));
    assertThat(find("The|DT town|NN of|IN Oxford|NNP|LOCATION has|VBZ the|DT best|JJS British|JJ|MISC university|NN .|."))
        .singleElement().satisfies(m -> assertThat(m.place().geonamesId()).isEqualTo(2640729L));
  }

  @Test
  void anAdminWordChoosesTheRegionOverTheTownOfTheSameName() {
    assertThat(find("Fighting|NN in|IN Baghlan|NNP|LOCATION province|NN .|."))
        .singleElement().satisfies(m -> {
          assertThat(m.text()).isEqualTo("Baghlan province");
          assertThat(m.place().featureCode()).isEqualTo("ADM1");
        });
    assertThat(find("Fighting|NN in|IN Baghlan|NNP|LOCATION .|."))
        .singleElement().satisfies(m -> assertThat(m.place().featureCode()).isEqualTo("PPLA2"));
  }

  @Test
  void aPluralAdminWordAppliesToEveryCoordinatedName() {
    assertThat(find("Fighting|NN in|IN the|DT cities|NNS of|IN Homs|NNP|LOCATION and|CC Aleppo|NNP|LOCATION .|."))
        .extracting(m -> m.place().geonamesId()).containsExactly(169577L, 170063L);
  }

  @Test
  void anUnknownNameIsKeptUnresolvedNotDroppedOrForced() {
    assertThat(find("Clashes|NNS in|IN Zzyzxqville|NNP|LOCATION .|."))
        .singleElement().satisfies(m -> {
          assertThat(m.text()).isEqualTo("Zzyzxqville");
          assertThat(m.place()).isNull();
          assertThat(m.confidence()).isZero();
        });
  }

  @Test
  void anUnknownNameInAKnownContainerIsPlacedThereApproximately() {
    assertThat(find("Shootout|NN at|IN Tin|NNP|LOCATION Can|NNP|LOCATION Island|NNP|LOCATION ,|, Baghlan|NNP|LOCATION .|."))
        .first().satisfies(m -> {
          assertThat(m.place().name()).isEqualTo("Tin Can Island");
          assertThat(m.place().admin1()).isEqualTo("Baghlan");
          assertThat(m.approximate()).isTrue();
          assertThat(m.confidence()).isLessThan(0.5);
        });
  }

  @Test
  void aTypoInATaggedNameIsForgivenWithLessConfidence() {
    assertThat(find("Refugees|NNS fled|VBD to|TO Dushambe|NNP|LOCATION .|."))
        .singleElement().satisfies(m -> {
          assertThat(m.place().geonamesId()).isEqualTo(1221874L);
          assertThat(m.confidence()).isLessThan(0.75);
        });
  }

  @Test
  void anUntaggedCapitalisedNameCountsOnlyWithACueOrWhenLarge() {
    assertThat(find("Talks|NNS in|IN Panj|NNP ended|VBD .|.")).extracting(m -> m.place().name()).containsExactly("Panj");
    assertThat(find("Panj|NNP Smith|NNP spoke|VBD .|.")).isEmpty();
  }

  @Test
  void aTownsNameInsideALongerProperNameIsNoPlace() {
    // issue 11, phenomenon 6: an organisation, a team or a mission named after a town is not that town
    assertThat(find("Volunteers|NNS of|IN the|DT Oxford|NNP Relief|NNP Trust|NNP arrived|VBD .|.")).isEmpty();
    assertThat(find("Forces|NNS of|IN the|DT Integrated|NNP Stabilization|NNP Aleppo|NNP were|VBD deployed|VBN .|."))
        .isEmpty();
    assertThat(find("Fans|NNS of|IN the|DT Homs|NNP Rangers|NNP cheered|VBD .|.")).isEmpty();
    // near misses: the town alone, after a compass word, before an admin word or a weekday
    assertThat(find("Volunteers|NNS arrived|VBD in|IN Oxford|NNP .|.")).extracting(m -> m.place().name())
        .containsExactly("Oxford");
    assertThat(find("Fighting|NN spread|VBD to|TO Northern|NNP Homs|NNP .|.")).extracting(m -> m.place().name())
        .containsExactly("Homs");
    assertThat(find("Shelling|NN hit|VBD Aleppo|NNP Thursday|NNP .|.")).extracting(m -> m.place().name())
        .containsExactly("Aleppo");
  }

  @Test
  void theBorderWithACountryInATajikArticleIsTheTajikSideOfThatBorder() {
    List<PlaceMention> found = finder.find(article(
        sentence(0, 0, "Tajikistan|NNP|LOCATION asked|VBD for|IN help|NN .|."),
        sentence(1, 31, "The|DT situation|NN on|IN the|DT border|NN with|IN Afghanistan|NNP|LOCATION worsened|VBD .|.")));
    assertThat(found).filteredOn(PlaceMention::isBorder).singleElement().satisfies(m -> {
      assertThat(m.text()).isEqualTo("the border with Afghanistan");
      assertThat(m.place().name()).isEqualTo("Afghanistan–Tajikistan border");
      assertThat(m.place().country()).isEqualTo("TJK");
    });
  }

  @Test
  void aHyphenatedPairOfDemonymsNamesABorder() {
    assertThat(find("Troops|NNS reinforced|VBD the|DT Afghan-Tajik|JJ border|NN .|."))
        .filteredOn(PlaceMention::isBorder).singleElement()
        .satisfies(m -> assertThat(m.place().name()).isEqualTo("Afghanistan–Tajikistan border"));
  }

  @Test
  void aBareBorderNeedsBothSidesInTheSentence() {
    assertThat(find("Afghan|JJ|MISC soldiers|NNS fled|VBD across|IN the|DT border|NN into|IN Tajikistan|NNP|LOCATION .|."))
        .filteredOn(PlaceMention::isBorder).singleElement().satisfies(m -> {
          assertThat(m.text()).isEqualTo("the border");
          assertThat(m.place().country()).isEqualTo("TJK");
        });
    assertThat(find("They|PRP guard|VBP the|DT border|NN .|.")).isEmpty();
  }

  @Test
  void aWorldRegionIsKeptUnresolvedRatherThanReadAsATown() {
    assertThat(find("Moscow|NNP|LOCATION sees|VBZ Central|NNP|LOCATION Asia|NNP|LOCATION as|IN its|PRP$ sphere|NN .|."))
        .filteredOn(m -> m.text().equals("Central Asia")).singleElement()
        .satisfies(m -> assertThat(m.place()).isNull());
  }

  @Test
  void theMentionsResolvedSentenceBySentenceAreThoseOfTheWholeArticle() {
    AnnotatedArticle a = article(
        sentence(0, 0, "Tajikistan|NNP|LOCATION asked|VBD for|IN help|NN .|."),
        sentence(1, 31, "The|DT situation|NN on|IN the|DT border|NN with|IN Afghanistan|NNP|LOCATION worsened|VBD .|."),
        sentence(2, 100, "Fighters|NNS clashed|VBD in|IN Nahrin|NNP|LOCATION district|NN ,|, Baghlan|NNP|LOCATION .|."),
        sentence(3, 160, "Refugees|NNS fled|VBD to|TO Dushambe|NNP|LOCATION and|CC Prague|NNP|LOCATION ,|, Oklahoma|NNP|LOCATION .|."));
    List<PlaceMention> all = finder.find(a);
    PlaceFinder.Mentions lazy = finder.prepare(a);
    // asked in another order than the text's, as the coder may
    for (int i : new int[] {3, 1, 0, 2, 1}) {
      int index = i;
      assertThat(lazy.inSentence(i)).as("sentence " + i).isEqualTo(all.stream().filter(m -> m.sentence() == index).toList());
    }
    assertThat(all).hasSizeGreaterThan(4);
  }

  /** Two countries with a shared name: a capital named like a region of another country, towns named like others abroad. */
  static Gazetteer namesakes() {
    return Gazetteer.builder()
        .country(new Country("US", "USA", "United States", List.of("U.S."), List.of("American"), 38, -97, java.util.Set.of(), "Washington"))
        .country(new Country("CA", "CAN", "Canada", List.of(), List.of("Canadian"), 60, -95, java.util.Set.of("USA"), "Ottawa"))
        .country(new Country("GE", "GEO", "Georgia", List.of(), List.of("Georgian"), 42, 43.5, java.util.Set.of(), "Tbilisi"))
        .country(new Country("SY", "SYR", "Syria", List.of(), List.of("Syrian"), 35, 38, java.util.Set.of(), "Damascus"))
        .region(new Region("US.WA", "USA", "Washington", List.of("Wash."), 47.3, -121.5, 6_400_000))
        .region(new Region("US.DC", "USA", "District of Columbia", List.of(), 38.9, -77.0, 690_000))
        .region(new Region("US.MI", "USA", "Michigan", List.of(), 44.3, -85.4, 9_900_000))
        .region(new Region("US.GA", "USA", "Georgia", List.of(), 32.7, -83.5, 10_000_000))
        .region(new Region("CA.10", "CAN", "Quebec", List.of(), 46.6, -72.7, 7_200_000))
        .region(new Region("CA.08", "CAN", "Ontario", List.of(), 49.3, -84.5, 12_800_000))
        .region(new Region("CA.12", "CAN", "Yukon Territory", List.of("Yukon"), 63.5, -135.8, 40_000))
        .place(TestGazetteer.place(4140963, "Washington", "PPLC", "USA", "US.DC", "District of Columbia", 38.895, -77.036, 689_545))
        // a city named like its province: the province's name is no sure container by itself
        .place(TestGazetteer.place(6325494, "Quebec", "PPLA", "CAN", "CA.10", "Quebec", 46.8, -71.2, 530_000))
        .place(TestGazetteer.place(15, "Yukon", "PPL", "USA", "US.OK", "Oklahoma", 35.5, -97.7, 23_000))
        .place(TestGazetteer.place(11, "Lakemont", "PPLA2", "USA", "US.MI", "Michigan", 45.3, -85.3, 2_540))
        .place(TestGazetteer.place(12, "Pinecrest", "PPL", "USA", "US.MI", "Michigan", 44.1, -84.9, 4_100))
        .place(TestGazetteer.place(13, "Pinecrest", "PPL", "CAN", "CA.08", "Ontario", 44.9, -79.4, 900))
        .place(TestGazetteer.place(611717, "Tbilisi", "PPLC", "GEO", null, null, 41.69, 44.83, 1_049_498))
        .place(TestGazetteer.place(14, "Mayadin", "PPL", "USA", "US.GA", "Georgia", 33.1, -83.2, 800))
        .build();
  }

  @Test
  void aNameRepeatedInTheArticleIsStillNotItsOwnContext() {
    PlaceFinder f = new PlaceFinder(namesakes(), GeoConfig.defaults());
    // "Washington" three times: each mention of the name must not count as the article naming the state
    List<PlaceMention> found = f.find(article(
        sentence(0, 0, "Envoys|NNS met|VBD in|IN Washington|NNP|LOCATION .|."),
        sentence(1, 30, "Washington|NNP|LOCATION welcomed|VBD the|DT talks|NNS .|."),
        sentence(2, 70, "Officials|NNS in|IN Washington|NNP|LOCATION said|VBD so|RB .|.")));
    assertThat(found).hasSize(3).allSatisfy(m -> {
      assertThat(m.place().featureCode()).isEqualTo("PPLC");
      assertThat(m.place().admin1()).isEqualTo("District of Columbia");
    });
    // near miss: another name that is the state's (its abbreviation) still makes the state the context
    assertThat(f.find(article(sentence(0, 0, "Farmers|NNS in|IN Yakima|NNP ,|, Wash.|NNP protested|VBD ;|: Washington|NNP|LOCATION"
        + " officials|NNS met|VBD them|PRP .|."))))
        .filteredOn(m -> m.text().equals("Washington")).singleElement()
        .satisfies(m -> assertThat(m.place().featureCode()).isEqualTo("ADM1"));
  }

  @Test
  void aTownWhoseNamesakesAreAllAbroadIsPlacedInTheRegionWrittenAfterIt() {
    PlaceFinder f = new PlaceFinder(namesakes(), GeoConfig.defaults());
    // the gazetteer knows Lakemont only in Michigan: "Lakemont, Quebec" is a Quebec town it lacks
    assertThat(f.find(article(sentence(0, 0, "Ministers|NNS gathered|VBD in|IN Lakemont|NNP|LOCATION ,|, Quebec|NNP|LOCATION .|."))))
        .first().satisfies(m -> {
          assertThat(m.text()).isEqualTo("Lakemont");
          assertThat(m.place().country()).isEqualTo("CAN");
          assertThat(m.place().admin1()).isEqualTo("Quebec");
          assertThat(m.approximate()).isTrue();
        });
    // a second, in another region: "Lakemont, Ontario"
    assertThat(f.find(article(sentence(0, 0, "Police|NNS arrested|VBD two|CD in|IN Lakemont|NNP|LOCATION ,|, Ontario|NNP|LOCATION .|."))))
        .first().satisfies(m -> {
          assertThat(m.place().geonamesId()).isNull();
          assertThat(m.place().admin1()).isEqualTo("Ontario");
        });
    // near misses: a namesake in the region is kept ("Pinecrest, Ontario" is the Ontario town) ...
    assertThat(f.find(article(sentence(0, 0, "Police|NNS arrested|VBD two|CD in|IN Pinecrest|NNP|LOCATION ,|, Ontario|NNP|LOCATION .|."))))
        .first().satisfies(m -> assertThat(m.place().geonamesId()).isEqualTo(13L));
    // ... one in the region's country is not overruled (names of one country may be a list: "Pinecrest, Quebec") ...
    assertThat(f.find(article(sentence(0, 0, "Police|NNS arrested|VBD two|CD in|IN Pinecrest|NNP|LOCATION ,|, Quebec|NNP|LOCATION .|."))))
        .first().satisfies(m -> assertThat(m.place().geonamesId()).isNotNull());
    // ... a region written by another of its names may be another region so called: not narrowed
    // ("Srinagar, Kashmir", where the gazetteer's "Kashmir" is Azad Kashmir in another country) ...
    assertThat(f.find(article(sentence(0, 0, "Police|NNS arrested|VBD two|CD in|IN Lakemont|NNP|LOCATION ,|, Yukon|NNP|LOCATION .|."))))
        .first().satisfies(m -> assertThat(m.place().geonamesId()).isEqualTo(11L));
    // ... and so is one in another reading of the container's name ("Tbilisi, Georgia": the country, not the state)
    assertThat(f.find(article(sentence(0, 0, "Protests|NNS in|IN Tbilisi|NNP|LOCATION ,|, Georgia|NNP|LOCATION .|."))))
        .first().satisfies(m -> assertThat(m.place().geonamesId()).isEqualTo(611717L));
  }
}
