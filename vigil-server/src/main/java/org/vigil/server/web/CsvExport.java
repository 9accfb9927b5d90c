package org.vigil.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The events page's CSV export ({@code /ui/events.csv} with the page's filters): the events the
 * API lists for them, followed page by page up to {@link #MAX_ROWS}, one row each, written by
 * Jackson's CSV writer (RFC 4180 quoting). Thread-safe: no state of its own.
 */
final class CsvExport {
  static final int MAX_ROWS = 20_000;
  static final List<String> COLUMNS = List.of("event_id", "date", "source", "source_name", "target", "target_name",
      "cameo", "plover", "quad_class", "goldstein", "modality", "place", "country", "lat", "lon", "confidence",
      "article_id", "sentence");
  private static final CsvMapper CSV = new CsvMapper();

  private final Dashboard d;

  CsvExport(Dashboard d) {
    this.d = d;
  }

  void export(Context ctx) {
    Map<String, String> filters = Pages.filters(ctx);
    filters.remove("cursor");
    filters.put("limit", "1000");
    List<JsonNode> events = new ArrayList<>();
    String next = "/events" + ApiClient.query(filters);
    while (next != null && events.size() < MAX_ROWS) {
      JsonNode page = d.read(ctx, next);
      page.path("events").forEach(events::add);
      next = page.path("next").isTextual() ? page.path("next").asText() : null;
    }
    ctx.header("Content-Disposition", "attachment; filename=\"vigil-events.csv\"");
    ctx.contentType("text/csv; charset=utf-8").result(csv(events.subList(0, Math.min(MAX_ROWS, events.size()))));
  }

  /** The rows of the events, with a header line. */
  static String csv(List<JsonNode> events) {
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
    COLUMNS.forEach(schema::addColumn);
    StringWriter out = new StringWriter();
    try (var writer = CSV.writer(schema.build()).with(CsvGenerator.Feature.ALWAYS_QUOTE_EMPTY_STRINGS)
        .writeValues(out)) {
      for (JsonNode e : events) {
        writer.write(row(e));
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot write CSV", e);
    }
    return out.toString();
  }

  private static Map<String, Object> row(JsonNode e) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("event_id", e.path("event_id").asText());
    r.put("date", e.path("date").asText());
    r.put("source", e.at("/source/code").asText(""));
    r.put("source_name", e.at("/source/name").asText(""));
    r.put("target", e.at("/target/code").asText(""));
    r.put("target_name", e.at("/target/name").asText(""));
    r.put("cameo", e.path("cameo").asText());
    r.put("plover", e.at("/plover/event").asText(""));
    r.put("quad_class", e.path("quad_class").asText());
    r.put("goldstein", e.path("goldstein").asText());
    r.put("modality", e.path("modality").asText());
    r.put("place", e.at("/location/name").asText(""));
    r.put("country", e.at("/location/country").asText(""));
    r.put("lat", e.at("/location/lat").isNumber() ? e.at("/location/lat").asText() : "");
    r.put("lon", e.at("/location/lon").isNumber() ? e.at("/location/lon").asText() : "");
    r.put("confidence", e.path("confidence").asText());
    r.put("article_id", e.path("article_id").asText());
    r.put("sentence", e.at("/evidence/sentence").asText(""));
    return r;
  }
}
