package org.vigil.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.vigil.monitor.alert.Alert;
import org.vigil.monitor.alert.Severity;

/**
 * Alerts as JSON, for the API, the stream, the webhooks and the alerts file, and back (the file).
 * Snake-case keys: {@code id, watch_id, watch_name, detector, parameters, first_day, last_day,
 * alarms, statistic, threshold, severity, status, raised, updated, window: [{date, events,
 * coded_articles}], evidence: [{event_id, article_id, date, cameo, plover, source, target,
 * sentence}]}. Stateless.
 */
final class AlertJson {
  private AlertJson() {}

  static ObjectNode write(Alert a) {
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.put("id", a.id());
    o.put("watch_id", a.watchId());
    o.put("watch_name", a.watchName());
    o.put("detector", a.detector());
    ObjectNode p = o.putObject("parameters");
    new TreeMap<>(a.parameters()).forEach(p::put);
    o.put("first_day", a.firstDay().toString());
    o.put("last_day", a.lastDay().toString());
    o.put("alarms", a.alarms());
    o.put("statistic", a.statistic());
    o.put("threshold", a.threshold());
    o.put("severity", a.severity().label());
    o.put("status", a.status().label());
    o.put("raised", a.raised().toString());
    o.put("updated", a.updated().toString());
    ArrayNode w = o.putArray("window");
    for (Alert.Day d : a.window()) {
      w.addObject().put("date", d.date().toString()).put("events", d.events()).put("coded_articles", d.codedArticles());
    }
    ArrayNode ev = o.putArray("evidence");
    for (Alert.Evidence e : a.evidence()) {
      ObjectNode x = ev.addObject();
      x.put("event_id", e.eventId());
      x.put("article_id", e.articleId());
      x.put("date", e.date().toString());
      x.put("cameo", e.cameo());
      x.put("plover", e.plover());
      x.put("source", e.source());
      x.put("target", e.target());
      x.put("sentence", e.sentence());
    }
    return o;
  }

  static Alert read(JsonNode o) {
    Map<String, String> params = new TreeMap<>();
    o.path("parameters").fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().asText()));
    List<Alert.Day> window = new ArrayList<>();
    for (JsonNode d : o.path("window")) {
      window.add(new Alert.Day(LocalDate.parse(d.get("date").asText()), d.get("events").asInt(),
          d.get("coded_articles").asInt()));
    }
    List<Alert.Evidence> evidence = new ArrayList<>();
    for (JsonNode e : o.path("evidence")) {
      evidence.add(new Alert.Evidence(e.get("event_id").asText(), e.get("article_id").asText(),
          LocalDate.parse(e.get("date").asText()), text(e, "cameo"), text(e, "plover"), text(e, "source"),
          text(e, "target"), e.get("sentence").asText()));
    }
    return new Alert(o.get("id").asText(), o.get("watch_id").asText(), o.get("watch_name").asText(),
        o.get("detector").asText(), params, LocalDate.parse(o.get("first_day").asText()),
        LocalDate.parse(o.get("last_day").asText()), o.get("alarms").asInt(), o.get("statistic").asDouble(),
        o.get("threshold").asDouble(), Severity.valueOf(o.get("severity").asText().toUpperCase(java.util.Locale.ROOT)),
        Alert.Status.parse(o.get("status").asText()), window, evidence, Instant.parse(o.get("raised").asText()),
        Instant.parse(o.get("updated").asText()));
  }

  private static String text(JsonNode o, String field) {
    JsonNode v = o.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
