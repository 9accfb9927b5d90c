package org.vigil.pipeline.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.Location;
import org.vigil.core.store.EventRow;
import org.vigil.testkit.Events;
import org.vigil.testkit.Seeded;

final class GdeltExporterTest {

  /** The GDELT 2.0 event table's columns as the GDELT Event Codebook V2.0 lists them (0..60). */
  private static final List<String> CODEBOOK = List.of(
      "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
      "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
      "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
      "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
      "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
      "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
      "NumMentions", "NumSources", "NumArticles", "AvgTone",
      "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
      "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
      "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
      "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
      "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
      "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
      "DATEADDED", "SOURCEURL");

  private final Exporter gdelt = ExportFormat.GDELT.exporter();

  @Test
  void theColumnsAreTheCodebooks61InItsOrder() {
    assertThat(CODEBOOK).hasSize(61).doesNotHaveDuplicates();
    assertThat(gdelt.columns()).containsExactlyElementsOf(CODEBOOK);
  }

  @Test
  void anEventBecomesOneLineOf61FieldsWithNoHeader() throws Exception {
    List<List<String>> lines = Rows.tsv(Rows.export(gdelt, List.of(Rows.full())));

    assertThat(lines).hasSize(1);
    Map<String, String> f = byName(lines.get(0));
    CodedEvent e = Rows.full().event();
    assertThat(f.get("GLOBALEVENTID")).isEqualTo(Long.toString(Fields.numericId("e1")));
    // Events.full: a week, 28 June to 4 July 2021, "last week" in an article of 9 July
    assertThat(f).containsEntry("SQLDATE", "20210628").containsEntry("MonthYear", "202106")
        .containsEntry("Year", "2021").containsEntry("FractionDate", "2021.5699");
    assertThat(f).containsEntry("Actor1Code", "IGOCSTO")
        .containsEntry("Actor1Name", "Collective Security Treaty Organization")
        .containsEntry("Actor1CountryCode", "").containsEntry("Actor1Type1Code", "IGO")
        .containsEntry("Actor2Code", "TJKGOV").containsEntry("Actor2Name", "Tajikistan")
        .containsEntry("Actor2CountryCode", "TJK").containsEntry("Actor2Type1Code", "GOV")
        .containsEntry("Actor2KnownGroupCode", "");
    assertThat(f).containsEntry("IsRootEvent", "0").containsEntry("EventCode", "0233")
        .containsEntry("EventBaseCode", "023").containsEntry("EventRootCode", "02")
        .containsEntry("QuadClass", "1").containsEntry("GoldsteinScale", "3.4")
        .containsEntry("NumMentions", "1").containsEntry("NumSources", "1").containsEntry("NumArticles", "1")
        .containsEntry("AvgTone", "");
    assertThat(f).containsEntry("Actor1Geo_Type", "0").containsEntry("Actor1Geo_FullName", "")
        .containsEntry("Actor2Geo_Type", "0").containsEntry("Actor2Geo_Lat", "");
    // Dushanbe, a city of Tajikistan (admin1 "Dushanbe" too, so not repeated)
    assertThat(f).containsEntry("ActionGeo_Type", "4").containsEntry("ActionGeo_FullName", "Dushanbe, Tajikistan")
        .containsEntry("ActionGeo_CountryCode", "TJ").containsEntry("ActionGeo_ADM1Code", "")
        .containsEntry("ActionGeo_ADM2Code", "").containsEntry("ActionGeo_Lat", "38.5358")
        .containsEntry("ActionGeo_Long", "68.7791").containsEntry("ActionGeo_FeatureID", "1221874");
    assertThat(f).containsEntry("DATEADDED", "20210710081530").containsEntry("SOURCEURL", "https://x.org/a1");
    assertThat(e.target()).isNotNull();
  }

  @Test
  void theFractionDateIsTheCodebooksApproximation() {
    assertThat(GdeltExporter.fractionDate(LocalDate.of(2021, 1, 1))).isEqualTo("2021.0849");
    assertThat(GdeltExporter.fractionDate(LocalDate.of(2021, 7, 9))).isEqualTo("2021.6000");
    assertThat(GdeltExporter.fractionDate(LocalDate.of(2020, 12, 31))).isEqualTo("2021.0712");
  }

  @Test
  void anEventWithoutTargetOrPlaceLeavesThoseFieldsEmpty() throws Exception {
    Article a = Events.article("a1", Events.DAY);
    EventRow row = EventRow.of(Events.event(a, "e2").target(null).location(null).sentence(0).build(), "", "", null);

    Map<String, String> f = byName(Rows.tsv(Rows.export(gdelt, List.of(row))).get(0));

    for (String column : List.of("Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code",
        "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_Lat", "ActionGeo_FeatureID", "DATEADDED",
        "SOURCEURL")) {
      assertThat(f.get(column)).as(column).isEmpty();
    }
    assertThat(f).containsEntry("ActionGeo_Type", "0").containsEntry("IsRootEvent", "1");
  }

  @Test
  void placesGetGdeltsGeographicTypes() {
    assertThat(GdeltExporter.geoType(null)).isZero();
    assertThat(GdeltExporter.geoType(place("country", "AFG", null))).isEqualTo(1);
    assertThat(GdeltExporter.geoType(place("region", "USA", 36.0))).isEqualTo(2);
    assertThat(GdeltExporter.geoType(place("city", "USA", 36.0))).isEqualTo(3);
    assertThat(GdeltExporter.geoType(place("town", "AFG", 36.0))).isEqualTo(4);
    assertThat(GdeltExporter.geoType(place("region", "AFG", 36.0))).isEqualTo(5);
    // a country given by an actor has no coordinates: country level
    assertThat(GdeltExporter.geoType(place(null, "AFG", null))).isEqualTo(1);
    // a place name the gazetteer lacks, with no country: no geography
    assertThat(GdeltExporter.geoType(place(null, null, null))).isZero();
  }

  @Test
  void aCountryLevelPlaceHasItsIsoCodeAsAdm1AndFeature() throws Exception {
    Article a = Events.article("a1", Events.DAY);
    EventRow row = EventRow.of(Events.event(a, "e3").location(place("country", "DEU", null)).build(), "", "", null);

    Map<String, String> f = byName(Rows.tsv(Rows.export(gdelt, List.of(row))).get(0));

    assertThat(f).containsEntry("ActionGeo_Type", "1").containsEntry("ActionGeo_FullName", "Germany")
        .containsEntry("ActionGeo_CountryCode", "DE").containsEntry("ActionGeo_ADM1Code", "DE")
        .containsEntry("ActionGeo_FeatureID", "DE").containsEntry("ActionGeo_Lat", "");
  }

  @Test
  void anyEventsReadBackFieldForField() {
    Seeded.forEachCase(300, 0x6DE17L, g -> {
      List<EventRow> rows = Rows.random(g);
      List<List<String>> lines = Rows.tsv(Rows.export(gdelt, rows));

      assertThat(lines).hasSameSizeAs(rows);
      for (int i = 0; i < rows.size(); i++) {
        EventRow row = rows.get(i);
        CodedEvent e = row.event();
        List<String> line = lines.get(i);
        assertThat(line).hasSize(61);
        assertThat(line).containsExactlyElementsOf(GdeltExporter.fields(row).stream().map(Fields::clean).toList());
        Map<String, String> f = byName(line);
        assertThat(Long.parseLong(f.get("GLOBALEVENTID"))).isEqualTo(Fields.numericId(e.eventId()));
        assertThat(LocalDate.parse(f.get("SQLDATE"), java.time.format.DateTimeFormatter.BASIC_ISO_DATE))
            .isEqualTo(e.date().date());
        assertThat(f.get("Actor1Code")).isEqualTo(e.source().code());
        assertThat(f.get("Actor2Code")).isEqualTo(e.target() == null ? "" : e.target().code());
        assertThat(f.get("EventCode")).isEqualTo(e.cameo());
        assertThat(f.get("EventRootCode")).isEqualTo(e.cameoRoot());
        assertThat(Integer.parseInt(f.get("QuadClass"))).isEqualTo(e.quadClass());
        assertThat(Double.parseDouble(f.get("GoldsteinScale"))).isEqualTo(e.goldstein());
        assertThat(Integer.parseInt(f.get("NumMentions"))).isEqualTo(row.mentions());
        assertThat(Integer.parseInt(f.get("NumArticles"))).isEqualTo(row.articles());
        Location l = e.location();
        if (l != null && l.lat() != null) {
          assertThat(Double.parseDouble(f.get("ActionGeo_Lat"))).isEqualTo(l.lat());
          assertThat(Double.parseDouble(f.get("ActionGeo_Long"))).isEqualTo(l.lon());
        }
        assertThat(f.get("SOURCEURL")).isEqualTo(Fields.clean(row.url()));
      }
    });
  }

  private static Location place(String feature, String country, Double lat) {
    return new Location("Somewhere", feature, country, null, lat, lat, null, "text", "somewhere", 0.5);
  }

  private static Map<String, String> byName(List<String> line) {
    assertThat(line).hasSize(CODEBOOK.size());
    Map<String, String> f = new HashMap<>();
    for (int i = 0; i < line.size(); i++) {
      f.put(CODEBOOK.get(i), line.get(i));
    }
    return f;
  }
}
