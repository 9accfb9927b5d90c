package org.vigil.server.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.util.Map;

/**
 * The events page's CSV link ({@code /ui/events.csv} with the page's filters): the API's own
 * export ({@code GET /export?format=csv}, the writer of {@code vigil export}) asked over loopback
 * with the signed-in analyst's token and streamed through as it comes, so the dashboard and the API
 * give the same columns and rows and neither holds the export in memory. A refusal of the API (a
 * bad filter, reads that need a token) is the dashboard's error page with the API's message.
 * Thread-safe: no state of its own.
 */
final class EventsExport {
  private final Dashboard d;

  EventsExport(Dashboard d) {
    this.d = d;
  }

  void export(Context ctx) throws IOException {
    Map<String, String> query = Pages.filters(ctx);
    query.remove("cursor");
    query.remove("limit");
    Map<String, String> withFormat = new java.util.LinkedHashMap<>();
    withFormat.put("format", "csv");
    withFormat.putAll(query);
    HttpResponse<InputStream> r = d.api().stream("/export" + ApiClient.query(withFormat), d.token(ctx));
    try (InputStream body = r.body()) {
      if (r.statusCode() / 100 != 2) {
        ApiClient.Answer refused = ApiClient.answer(r.statusCode(), new String(body.readAllBytes(),
            java.nio.charset.StandardCharsets.UTF_8));
        throw new PageException(refused.status(), refused.error());
      }
      ctx.contentType(r.headers().firstValue("Content-Type").orElse("text/csv; charset=utf-8"));
      r.headers().firstValue("Content-Disposition").ifPresent(v -> ctx.header("Content-Disposition", v));
      ctx.header("Cache-Control", "no-store");
      try (OutputStream out = ctx.outputStream()) {
        body.transferTo(out);
      }
    }
  }
}
