package org.vigil.pipeline.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.store.EventRow;
import org.vigil.testkit.Seeded;

final class CsvExporterTest {

  /** Vigil's flat event columns, as docs/EVENTS.md lists them under "Exports". */
  private static final List<String> DOCUMENTED = List.of(
      "event_id", "article_id", "date", "date_end", "date_granularity", "date_from", "date_text",
      "source_code", "source_country", "source_sector", "source_name", "source_text",
      "target_code", "target_country", "target_sector", "target_name", "target_text",
      "cameo", "cameo_root", "quad_class", "goldstein", "plover_event", "plover_mode", "plover_contexts",
      "negated", "modality", "location_name", "location_feature", "location_country", "location_admin1",
      "location_lat", "location_lon", "location_geonames_id", "location_from",
      "sentence_index", "sentence", "pattern", "cues", "confidence", "issues",
      "article_url", "publisher", "added_at", "num_mentions", "num_sources", "num_articles");

  private final Exporter csv = ExportFormat.CSV.exporter();

  @Test
  void theHeaderIsTheEventColumns() throws Exception {
    assertThat(csv.columns()).containsExactlyElementsOf(DOCUMENTED);
    assertThat(Rows.export(csv, List.of())).isEqualTo(String.join(",", DOCUMENTED) + "\r\n");
  }

  @Test
  void anEventIsOneRecordWithItsEvidenceSentenceAndConfidence() throws Exception {
    String text = Rows.export(csv, List.of(Rows.full()));

    List<List<String>> records = parse(text);
    assertThat(records).hasSize(2);
    assertThat(records.get(0)).containsExactlyElementsOf(DOCUMENTED);
    List<String> r = records.get(1);
    assertThat(r.get(DOCUMENTED.indexOf("event_id"))).isEqualTo("e1");
    assertThat(r.get(DOCUMENTED.indexOf("date"))).isEqualTo("2021-06-28");
    assertThat(r.get(DOCUMENTED.indexOf("sentence"))).isEqualTo("The CSTO is ready to help Tajikistan\tif needed.");
    assertThat(r.get(DOCUMENTED.indexOf("confidence"))).isEqualTo("0.8");
    assertThat(r.get(DOCUMENTED.indexOf("plover_contexts"))).isEqualTo("military;security");
    assertThat(r.get(DOCUMENTED.indexOf("negated"))).isEqualTo("true");
    assertThat(r.get(DOCUMENTED.indexOf("location_geonames_id"))).isEqualTo("1221874");
    assertThat(r.get(DOCUMENTED.indexOf("added_at"))).isEqualTo("2021-07-10T08:15:30Z");
    assertThat(r.get(DOCUMENTED.indexOf("num_mentions"))).isEqualTo("1");
    // RFC 4180: CRLF after each record; quotes only where a field needs them
    assertThat(text).endsWith("\r\n");
    assertThat(text.split("\r\n")[1]).startsWith("e1,a1,2021-06-28,2021-07-04,week,text,last week,IGOCSTO,,IGO,"
        + "Collective Security Treaty Organization,the CSTO,TJKGOV,");
    // a tab needs no quotes in RFC 4180
    assertThat(text).contains(",The CSTO is ready to help Tajikistan\tif needed.,");
  }

  @Test
  void anyEventsReadBackFieldForFieldThroughQuotesCommasAndLineEnds() {
    Seeded.forEachCase(300, 0xC5FL, g -> {
      List<EventRow> rows = Rows.random(g);
      List<List<String>> records = parse(Rows.export(csv, rows));

      assertThat(records).hasSize(rows.size() + 1);
      for (int i = 0; i < rows.size(); i++) {
        assertThat(records.get(i + 1)).containsExactlyElementsOf(CsvExporter.fields(rows.get(i)));
      }
    });
  }

  private static List<List<String>> parse(String text) throws Exception {
    CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(text)) {
      return it.readAll();
    }
  }
}
