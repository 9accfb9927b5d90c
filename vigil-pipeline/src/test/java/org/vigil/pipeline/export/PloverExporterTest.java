package org.vigil.pipeline.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.store.EventRow;
import org.vigil.pipeline.EventJson;
import org.vigil.testkit.Seeded;

final class PloverExporterTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Exporter plover = ExportFormat.PLOVER.exporter();

  @Test
  void eachLineIsThePloverRecordOfCodeWithUrlPublisherAndLocation() throws Exception {
    EventRow row = Rows.full();
    String text = Rows.export(plover, List.of(row));

    assertThat(text).endsWith("\n").hasLineCount(1);
    JsonNode back = MAPPER.readTree(text);
    ObjectNode expected = new EventJson(MAPPER).plover(row.event());
    expected.fieldNames().forEachRemaining(name ->
        assertThat(back.get(name)).as(name).isEqualTo(expected.get(name)));
    assertThat(back.get("event").asText()).isEqualTo("AID");
    assertThat(back.get("url").asText()).isEqualTo("https://x.org/a1");
    assertThat(back.get("publisher").asText()).isEqualTo("Wire");
    assertThat(back.get("location").get("name").asText()).isEqualTo("Dushanbe");
    assertThat(back.get("location").get("geonames_id").asLong()).isEqualTo(1221874L);
    assertThat(plover.columns()).isEmpty();
  }

  @Test
  void anyEventsAreOneRecordALineThatReadsBack() {
    Seeded.forEachCase(200, 0x91A7E5L, g -> {
      List<EventRow> rows = Rows.random(g);
      String text = Rows.export(plover, rows);

      // no raw Unicode line end either, so readers that split on them (Python's splitlines) keep records whole
      assertThat(text).doesNotContain("\u0085", "\u2028", "\u2029", "\r");
      String[] lines = text.split("\n", -1);
      assertThat(lines).hasSize(rows.size() + 1);
      assertThat(lines[rows.size()]).isEmpty();
      for (int i = 0; i < rows.size(); i++) {
        JsonNode back = MAPPER.readTree(lines[i]);
        assertThat(back).isEqualTo(MAPPER.readTree(MAPPER.writeValueAsString(PloverExporter.record(rows.get(i)))));
        assertThat(back.get("id").asText()).isEqualTo(rows.get(i).event().eventId());
        assertThat(back.get("text").asText()).isEqualTo(rows.get(i).event().evidence().sentence());
        assertThat(back.get("publisher").asText()).isEqualTo(rows.get(i).publisher());
      }
    });
  }
}
