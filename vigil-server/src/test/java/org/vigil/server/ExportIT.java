package org.vigil.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.store.EventQuery;
import org.vigil.core.store.EventRow;
import org.vigil.pipeline.export.ExportFormat;
import org.vigil.pipeline.export.Exporter;

/**
 * {@code GET /export} (issue 13): each format with its media type and file name, the bytes {@code
 * vigil export}'s writer gives for the same filters, the columns of the published lists; Parquet
 * written by DuckDB and read back.
 */
final class ExportIT {
  private final ApiFixture api = new ApiFixture();

  @AfterEach
  void close() {
    api.close();
  }

  /** What vigil export's writer gives for the query. */
  private String written(ExportFormat format, EventQuery query) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Exporter.RowWriter writer = format.exporter().open(out)) {
      api.store.scan(query, writer::writeUnchecked);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void eachTextFormatStreamsTheBytesOfVigilExportWithItsTypeAndAFileName() throws Exception {
    for (ExportFormat format : List.of(ExportFormat.GDELT, ExportFormat.ICEWS, ExportFormat.PLOVER, ExportFormat.CSV)) {
      ApiFixture.Reply r = api.get("/export?format=" + format.label());
      assertThat(r.status()).as(format.label()).isEqualTo(200);
      assertThat(r.header("Content-Type")).startsWith(format.mediaType());
      assertThat(r.header("Content-Disposition"))
          .isEqualTo("attachment; filename=\"vigil-events-" + format.label() + "." + format.extension() + "\"");
      assertThat(r.body()).isEqualTo(written(format, EventQuery.all(Integer.MAX_VALUE)));
    }
  }

  @Test
  void gdeltRowsHaveTheCodebooks61ColumnsAndIcewsItsHeader() {
    String gdelt = api.get("/export?format=gdelt").body();
    List<String> rows = gdelt.lines().toList();
    assertThat(rows).hasSize(4);
    assertThat(rows).allSatisfy(row -> assertThat(row.split("\t", -1)).hasSize(61));
    List<String> icews = api.get("/export?format=icews").body().lines().toList();
    assertThat(icews.get(0).split("\t", -1)).containsExactlyElementsOf(ExportFormat.ICEWS.exporter().columns());
    assertThat(icews).hasSize(5);
    assertThat(icews.subList(1, 5)).allSatisfy(row -> assertThat(row.split("\t", -1)).hasSize(icews.get(0)
        .split("\t", -1).length));
  }

  @Test
  void theFiltersOfEventsApply() throws Exception {
    ApiFixture.Reply r = api.get("/export?format=csv&country=UKR");
    assertThat(r.body().lines().toList()).hasSize(2);
    assertThat(r.body()).isEqualTo(written(ExportFormat.CSV, EventQuery.builder().country("UKR")
        .limit(Integer.MAX_VALUE).build()));
    assertThat(api.get("/export?format=plover&limit=1").body().lines().toList()).hasSize(1);
  }

  @Test
  void parquetIsWrittenByDuckDbAndReadsBackWithTheCsvColumns(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("events.parquet");
    HttpResponse<Path> r = api.http.send(HttpRequest.newBuilder(api.uri("/export?format=parquet&to=2021-07-06")).build(),
        HttpResponse.BodyHandlers.ofFile(file));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/vnd.apache.parquet");
    assertThat(r.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"vigil-events-parquet.parquet\"");
    assertThat(Files.readAllBytes(file)).startsWith("PAR1".getBytes(StandardCharsets.US_ASCII));
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
      List<String> columns = new ArrayList<>();
      try (ResultSet rs = st.executeQuery("DESCRIBE SELECT * FROM read_parquet('" + file + "')")) {
        while (rs.next()) {
          columns.add(rs.getString(1));
        }
      }
      assertThat(columns).containsExactlyElementsOf(EventRow.COLUMNS);
      try (ResultSet rs = st.executeQuery("SELECT list(event_id ORDER BY event_id) FROM read_parquet('" + file + "')")) {
        rs.next();
        assertThat(rs.getString(1)).isEqualTo("[afg-tjk-0874, kgz-tjk-190]");
      }
    }
  }

  @Test
  void anUnknownFormatIsA400NamingTheFormats() {
    ApiFixture.Reply r = api.get("/export?format=xml");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().path("error").path("message").asText())
        .isEqualTo("parameter format = \"xml\" is not one of gdelt, icews, plover, csv, parquet");
    assertThat(api.get("/export").json().path("error").path("message").asText())
        .isEqualTo("parameter format = \"\" is missing: give one of gdelt, icews, plover, csv, parquet");
  }
}
