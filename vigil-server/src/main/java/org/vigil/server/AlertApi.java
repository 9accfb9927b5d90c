package org.vigil.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigil.monitor.alert.Alert;
import org.vigil.monitor.series.Figures;
import org.vigil.monitor.series.WatchSeries;

/**
 * The handlers of the watches and alerts (issue 14): {@code /watches} listed, added, read with
 * their series, replaced and deleted; {@code /alerts} listed, read, their status set, and streamed.
 * A watch written through the API is checked whole (its organisation or border must exist) before
 * it is stored, then every watch is evaluated again. Thread-safe: no state of its own.
 */
final class AlertApi {
  private final Backend backend;
  private final Monitoring monitoring;

  AlertApi(Backend backend) {
    this.backend = backend;
    this.monitoring = backend.monitoring();
  }

  Map<String, Handler> handlers() {
    Map<String, Handler> h = new LinkedHashMap<>();
    h.put("watches", this::watches);
    h.put("postWatch", this::postWatch);
    h.put("watch", this::watch);
    h.put("putWatch", this::putWatch);
    h.put("deleteWatch", this::deleteWatch);
    h.put("alerts", this::alerts);
    h.put("alertStream", backend.alertStream().handler());
    h.put("alert", this::alert);
    h.put("patchAlert", this::patchAlert);
    return h;
  }

  private ObjectNode watchJson(WatchBook.Entry e, Map<String, Long> open) {
    ObjectNode o = e.spec().toJson();
    o.put("origin", e.origin() == WatchBook.Origin.SETTINGS ? "settings" : "file");
    o.put("open_alerts", open.getOrDefault(e.spec().id(), 0L));
    return o;
  }

  void watches(Context ctx) {
    Api.params(ctx, "watches");
    Map<String, Long> open = monitoring.openByWatch();
    ObjectNode body = Json.MAPPER.createObjectNode();
    ArrayNode list = body.putArray("watches");
    monitoring.watches().all().forEach(e -> list.add(watchJson(e, open)));
    Responses.json(ctx, body);
  }

  void watch(Context ctx) {
    Api.params(ctx, "watch");
    String id = ctx.pathParam("id");
    WatchBook.Entry e = monitoring.watches().get(id).orElseThrow(() -> ApiException.notFound("no watch " + id));
    ObjectNode body = watchJson(e, monitoring.openByWatch());
    ArrayNode days = body.putArray("series");
    Optional<Monitoring.Span> span = monitoring.span();
    if (span.isPresent()) {
      WatchSeries series = monitoring.series(e.spec(), span.get());
      for (Figures f : series.figures()) {
        ObjectNode d = days.addObject();
        d.put("date", f.start().toString());
        d.put("events", f.events());
        d.put("coded_articles", f.codedArticles());
        d.put("rate_per_1000", f.ratePer1000());
      }
    }
    Responses.json(ctx, body);
  }

  void postWatch(Context ctx) {
    Api.params(ctx, "postWatch");
    WatchSpec spec = spec(Api.body(ctx), null);
    if (monitoring.watches().get(spec.id()).isPresent()) {
      throw new ApiException(409, "conflict", "watch " + spec.id() + " exists; PUT /watches/" + spec.id()
          + " replaces it");
    }
    store(spec);
    Responses.fresh(ctx, 201, watchJson(monitoring.watches().get(spec.id()).orElseThrow(), monitoring.openByWatch()));
  }

  void putWatch(Context ctx) {
    Api.params(ctx, "putWatch");
    String id = ctx.pathParam("id");
    JsonNode in = Api.body(ctx);
    if (in.hasNonNull("id") && !in.get("id").asText().equals(id)) {
      throw new ApiException(400, "bad_parameter", "body: id " + in.get("id").asText() + " is not the path's " + id);
    }
    WatchSpec spec = spec(in, id);
    store(spec);
    Responses.fresh(ctx, 200, watchJson(monitoring.watches().get(id).orElseThrow(), monitoring.openByWatch()));
  }

  void deleteWatch(Context ctx) {
    Api.params(ctx, "deleteWatch");
    monitoring.watches().delete(ctx.pathParam("id"));
    ctx.status(204);
  }

  private WatchSpec spec(JsonNode in, String id) {
    WatchSpec spec;
    try {
      spec = WatchSpec.parse(in, id);
    } catch (IllegalArgumentException e) {
      throw new ApiException(400, "bad_watch", e.getMessage());
    }
    monitoring.watchOf(spec); // an unknown organisation or border is a 400 before anything is stored
    return spec;
  }

  private void store(WatchSpec spec) {
    monitoring.watches().put(spec);
    monitoring.evaluate();
  }

  void alerts(Context ctx) {
    Params p = Api.params(ctx, "alerts");
    String status = p.string("status");
    Alert.Status wanted = null;
    if (status != null) {
      try {
        wanted = Alert.Status.parse(status);
      } catch (IllegalArgumentException e) {
        throw ApiException.badParameter("status", status, "is not new, acknowledged or closed");
      }
    }
    List<Alert> list = monitoring.alerts().list(p.string("watch"), wanted);
    ObjectNode body = Json.MAPPER.createObjectNode();
    ArrayNode out = body.putArray("alerts");
    list.forEach(a -> out.add(AlertJson.write(a)));
    Responses.json(ctx, body);
  }

  void alert(Context ctx) {
    Api.params(ctx, "alert");
    String id = ctx.pathParam("id");
    Alert a = monitoring.alerts().get(id).orElseThrow(() -> ApiException.notFound("no alert " + id));
    Responses.json(ctx, AlertJson.write(a));
  }

  void patchAlert(Context ctx) {
    Api.params(ctx, "patchAlert");
    JsonNode in = Api.body(ctx);
    JsonNode status = in.get("status");
    if (status == null || !status.isTextual() || in.size() != 1) {
      throw new ApiException(400, "bad_parameter", "body: it must be {\"status\": \"acknowledged\"} or"
          + " {\"status\": \"closed\"}");
    }
    Alert.Status next;
    try {
      next = Alert.Status.parse(status.asText());
    } catch (IllegalArgumentException e) {
      throw new ApiException(400, "bad_parameter", "body: " + e.getMessage());
    }
    Alert a = monitoring.alerts().setStatus(ctx.pathParam("id"), next, monitoring.clock().instant());
    Responses.fresh(ctx, 200, AlertJson.write(a));
  }
}
