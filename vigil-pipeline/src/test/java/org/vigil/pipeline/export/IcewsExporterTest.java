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

final class IcewsExporterTest {

  /** The header of the ICEWS coded event data files (Harvard Dataverse, doi:10.7910/DVN/28075). */
  private static final List<String> PUBLISHED = List.of(
      "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text", "CAMEO Code",
      "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID", "Sentence Number",
      "Publisher", "City", "District", "Province", "Country", "Latitude", "Longitude");

  private final Exporter icews = ExportFormat.ICEWS.exporter();

  @Test
  void theHeaderIsThePublishedOne() throws Exception {
    assertThat(PUBLISHED).hasSize(20);
    assertThat(icews.columns()).containsExactlyElementsOf(PUBLISHED);
    assertThat(Rows.tsv(Rows.export(icews, List.of()))).containsExactly(PUBLISHED);
  }

  @Test
  void anEventBecomesOneRowUnderTheHeader() throws Exception {
    List<List<String>> lines = Rows.tsv(Rows.export(icews, List.of(Rows.full())));

    assertThat(lines).hasSize(2);
    Map<String, String> f = byName(lines.get(1));
    assertThat(f).containsEntry("Event ID", Long.toString(Fields.numericId("e1")))
        .containsEntry("Event Date", "2021-06-28")
        .containsEntry("Source Name", "Collective Security Treaty Organization")
        .containsEntry("Source Sectors", "IGO").containsEntry("Source Country", "")
        .containsEntry("Event Text", "Appeal for humanitarian aid").containsEntry("CAMEO Code", "0233")
        .containsEntry("Intensity", "3.4")
        .containsEntry("Target Name", "Tajikistan").containsEntry("Target Sectors", "GOV")
        .containsEntry("Target Country", "Tajikistan")
        .containsEntry("Story ID", "a1").containsEntry("Sentence Number", "3").containsEntry("Publisher", "Wire")
        .containsEntry("City", "Dushanbe").containsEntry("District", "").containsEntry("Province", "Dushanbe")
        .containsEntry("Country", "Tajikistan").containsEntry("Latitude", "38.5358")
        .containsEntry("Longitude", "68.7791");
  }

  @Test
  void aRegionIsTheProvinceAndACodeOutsideTheCatalogueHasItsParentsText() throws Exception {
    Article a = Events.article("a1", Events.DAY);
    CodedEvent e = Events.event(a, "e2").cameo("0831", 2, 5.0)
        .location(new Location("Khatlon", "region", "TJK", null, 37.9, 68.8, null, "text", "in Khatlon", 0.7))
        .build();

    Map<String, String> f = byName(Rows.tsv(Rows.export(icews, List.of(EventRow.of(e, "", "", null)))).get(1));

    assertThat(f).containsEntry("City", "").containsEntry("Province", "Khatlon").containsEntry("Country", "Tajikistan");
    assertThat(f.get("Event Text")).isNotEmpty();
  }

  @Test
  void anyEventsReadBackFieldForField() {
    Seeded.forEachCase(300, 0x1CE35L, g -> {
      List<EventRow> rows = Rows.random(g);
      List<List<String>> lines = Rows.tsv(Rows.export(icews, rows));

      assertThat(lines).hasSize(rows.size() + 1);
      for (int i = 0; i < rows.size(); i++) {
        EventRow row = rows.get(i);
        CodedEvent e = row.event();
        List<String> line = lines.get(i + 1);
        assertThat(line).containsExactlyElementsOf(IcewsExporter.fields(row).stream().map(Fields::clean).toList());
        Map<String, String> f = byName(line);
        assertThat(Long.parseLong(f.get("Event ID"))).isEqualTo(Fields.numericId(e.eventId()));
        assertThat(LocalDate.parse(f.get("Event Date"))).isEqualTo(e.date().date());
        assertThat(f.get("CAMEO Code")).isEqualTo(e.cameo());
        assertThat(Double.parseDouble(f.get("Intensity"))).isEqualTo(e.goldstein());
        assertThat(f.get("Story ID")).isEqualTo(e.articleId());
        assertThat(Integer.parseInt(f.get("Sentence Number"))).isEqualTo(e.evidence().sentenceIndex() + 1);
        assertThat(f.get("Publisher")).isEqualTo(Fields.clean(row.publisher()));
        Location l = e.location();
        if (l != null && l.lat() != null) {
          assertThat(Double.parseDouble(f.get("Latitude"))).isEqualTo(l.lat());
        }
      }
    });
  }

  private static Map<String, String> byName(List<String> line) {
    assertThat(line).hasSize(PUBLISHED.size());
    Map<String, String> f = new HashMap<>();
    for (int i = 0; i < line.size(); i++) {
      f.put(PUBLISHED.get(i), line.get(i));
    }
    return f;
  }
}
