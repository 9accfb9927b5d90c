package org.vigil.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The dashboard's pages that read: alerts (live), one alert, a watch (series, map, dyads), the
 * watches editor, events with the API's filters, one event with its evidence and corrections,
 * stories, and the dictionary browser. Each asks the API, then renders its template. Thread-safe:
 * no state of its own.
 */
final class Pages {
  /** The filters of {@code GET /events} the events page passes on, in the order of its form. */
  static final List<String> EVENT_FILTERS = List.of("country", "actor", "source", "target", "cameo", "root", "type",
      "quad_class", "modality", "from", "to", "place", "alliance", "min_confidence", "article", "limit", "cursor");

  private final Dashboard d;

  Pages(Dashboard d) {
    this.d = d;
  }

  void alerts(Context ctx) {
    JsonNode alerts = d.read(ctx, "/alerts").path("alerts");
    d.render(ctx, "alerts.jte", Map.of("frame", d.frame(ctx, "Alerts", "alerts"), "alerts", alerts));
  }

  /** The alert list alone, which the alerts page fetches again on each alert the stream brings. */
  void alertList(Context ctx) {
    JsonNode alerts = d.read(ctx, "/alerts").path("alerts");
    d.render(ctx, "alertList.jte", Map.of("alerts", alerts, "frame", d.frame(ctx, "Alerts", "alerts")));
  }

  void alert(Context ctx) {
    JsonNode alert = d.read(ctx, "/alerts/" + ApiClient.enc(ctx.pathParam("id")));
    ObjectNode series = ApiClient.MAPPER.createObjectNode();
    ArrayNode dates = series.putArray("dates");
    ArrayNode events = series.putArray("events");
    for (JsonNode day : alert.path("window")) {
      dates.add(day.path("date").asText());
      events.add(day.path("events").asInt());
    }
    series.putArray("rate");
    ArrayNode marks = series.putArray("alerts");
    marks.addObject().put("from", alert.path("first_day").asText()).put("to", alert.path("last_day").asText())
        .put("label", alert.path("detector").asText());
    d.render(ctx, "alert.jte", Map.of("frame", d.frame(ctx, "Alert " + alert.path("id").asText(), "alerts"),
        "alert", alert, "series", json(series)));
  }

  void watches(Context ctx) {
    JsonNode watches = d.read(ctx, "/watches").path("watches");
    String edit = ctx.queryParam("edit");
    String spec = "";
    if (edit != null && !edit.isBlank()) {
      ObjectNode w = (ObjectNode) d.read(ctx, "/watches/" + ApiClient.enc(edit)).deepCopy();
      w.remove(List.of("series", "origin", "open_alerts"));
      spec = pretty(w);
    }
    d.render(ctx, "watches.jte", Map.of("frame", d.frame(ctx, "Watches", "watches"), "watches", watches,
        "spec", spec, "message", ""));
  }

  void watch(Context ctx) {
    String id = ctx.pathParam("id");
    JsonNode watch = d.read(ctx, "/watches/" + ApiClient.enc(id));
    JsonNode alerts = d.read(ctx, "/alerts?watch=" + ApiClient.enc(id)).path("alerts");
    ObjectNode series = ApiClient.MAPPER.createObjectNode();
    ArrayNode dates = series.putArray("dates");
    ArrayNode events = series.putArray("events");
    ArrayNode rate = series.putArray("rate");
    for (JsonNode day : watch.path("series")) {
      dates.add(day.path("date").asText());
      events.add(day.path("events").asInt());
      rate.add(day.path("rate_per_1000").asDouble());
    }
    ArrayNode marks = series.putArray("alerts");
    for (JsonNode a : alerts) {
      marks.addObject().put("from", a.path("first_day").asText()).put("to", a.path("last_day").asText())
          .put("label", a.path("detector").asText() + " " + a.path("severity").asText());
    }
    // the map and the network: the events the watch's own filter reads from the API
    Set<String> countries = new LinkedHashSet<>(countriesOf(watch));
    ArrayNode points = ApiClient.MAPPER.createArrayNode();
    Map<String, Integer> dyads = new TreeMap<>();
    for (String query : eventQueries(watch)) {
      for (JsonNode e : d.read(ctx, "/events?limit=500&" + query).path("events")) {
        JsonNode loc = e.path("location");
        if (loc.path("lat").isNumber() && loc.path("lon").isNumber()) {
          points.addObject().put("lat", loc.path("lat").asDouble()).put("lon", loc.path("lon").asDouble())
              .put("id", e.path("event_id").asText())
              .put("label", e.path("date").asText() + " " + e.path("plover").path("event").asText() + ": "
                  + e.path("source").path("code").asText() + " > " + e.path("target").path("code").asText(""));
        }
      }
      // the 100 busiest dyads of each query (an aggregate answers its top groups, issue 13 round 6),
      // of which the 15 busiest of all are drawn
      // (by month: only each dyad's total over the dates is drawn; issue 13 round 10: as series)
      for (JsonNode dyad : d.read(ctx, "/aggregates?by=month&group=dyad&limit=100&" + query).path("series")) {
        if (dyad.path("group").asText().endsWith(">")) {
          continue; // an event without a target is no dyad
        }
        dyads.merge(dyad.path("group").asText(), dyad.path("total").asInt(), Integer::sum);
      }
    }
    ObjectNode map = ApiClient.MAPPER.createObjectNode();
    ArrayNode c = map.putArray("countries");
    countries.forEach(c::add);
    map.set("points", points);
    List<Map.Entry<String, Integer>> top = new ArrayList<>(dyads.entrySet());
    top.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    top = top.subList(0, Math.min(15, top.size()));
    d.render(ctx, "watch.jte", Map.of("frame", d.frame(ctx, "Watch " + watch.path("name").asText(id), "watches"),
        "watch", watch, "alerts", alerts, "series", json(series), "map", json(map), "dyads", top,
        "network", json(network(top))));
  }

  /** The queries of {@code /events} that read what a watch watches (a border: both countries). */
  static List<String> eventQueries(JsonNode watch) {
    List<String> out = new ArrayList<>();
    switch (watch.path("kind").asText()) {
      case "country" -> out.add("country=" + ApiClient.enc(watch.path("country").asText()));
      case "dyad" -> {
        String a = ApiClient.enc(watch.path("a").asText());
        String b = ApiClient.enc(watch.path("b").asText());
        out.add("source=" + a + "&target=" + b);
        if (!watch.path("directed").asBoolean()) {
          out.add("source=" + b + "&target=" + a);
        }
      }
      case "alliance" -> out.add("alliance=" + ApiClient.enc(watch.path("code").asText()));
      case "border" -> watch.path("countries").forEach(c -> out.add("country=" + ApiClient.enc(c.asText())));
      case "places" -> watch.path("places").forEach(p -> out.add("place=" + ApiClient.enc(p.asText())));
      default -> { }
    }
    return out;
  }

  /** The countries a watch names (shaded on its map). */
  static List<String> countriesOf(JsonNode watch) {
    List<String> out = new ArrayList<>();
    switch (watch.path("kind").asText()) {
      case "country" -> out.add(watch.path("country").asText());
      case "border" -> watch.path("countries").forEach(c -> out.add(c.asText()));
      case "dyad" -> {
        for (String side : List.of("a", "b")) {
          String code = watch.path(side).asText();
          if (code.length() >= 3) {
            out.add(code.substring(0, 3));
          }
        }
      }
      default -> { }
    }
    return out;
  }

  /** Cytoscape elements of the top dyads ({@code SOURCE>TARGET}): actors as nodes, counts on edges. */
  static ArrayNode network(List<Map.Entry<String, Integer>> dyads) {
    ArrayNode out = ApiClient.MAPPER.createArrayNode();
    Set<String> nodes = new LinkedHashSet<>();
    int i = 0;
    for (Map.Entry<String, Integer> e : dyads) {
      String[] ends = e.getKey().split(">", 2);
      if (ends.length != 2 || ends[0].isEmpty() || ends[1].isEmpty()) {
        continue;
      }
      for (String n : ends) {
        if (nodes.add(n)) {
          out.addObject().putObject("data").put("id", "n:" + n).put("label", n);
        }
      }
      out.addObject().putObject("data").put("id", "e" + i++).put("source", "n:" + ends[0])
          .put("target", "n:" + ends[1]).put("weight", e.getValue()).put("label", e.getValue().toString());
    }
    return out;
  }

  void events(Context ctx) {
    Map<String, String> filters = filters(ctx);
    Map<String, String> query = new LinkedHashMap<>(filters);
    query.putIfAbsent("limit", "50");
    JsonNode page = d.read(ctx, "/events" + ApiClient.query(query));
    String next = page.path("next").isTextual() ? "/ui" + page.path("next").asText() : "";
    Map<String, String> csv = new LinkedHashMap<>(filters);
    csv.remove("cursor");
    csv.remove("limit");
    d.render(ctx, "events.jte", Map.of("frame", d.frame(ctx, "Events", "events"), "filters", filters,
        "names", EVENT_FILTERS.subList(0, EVENT_FILTERS.size() - 2), "events", page.path("events"), "next", next,
        "csv", "/ui/events.csv" + ApiClient.query(csv)));
  }

  /** The request's event filters, in the form's order, the blank ones left out. */
  static Map<String, String> filters(Context ctx) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String name : EVENT_FILTERS) {
      String v = ctx.queryParam(name);
      if (v != null && !v.isBlank()) {
        out.put(name, v.strip());
      }
    }
    return out;
  }

  void event(Context ctx) {
    String id = ctx.pathParam("id");
    JsonNode event = d.read(ctx, "/events/" + ApiClient.enc(id));
    String articleId = event.path("article_id").asText(event.at("/mentions/0/article_id").asText(""));
    JsonNode article = articleId.isEmpty() ? ApiClient.MAPPER.missingNode()
        : d.read(ctx, "/articles/" + ApiClient.enc(articleId));
    JsonNode ev = event.path("evidence");
    List<Highlight.Run> runs = Highlight.runs(article.path("text").asText(""), span(ev.path("trigger")),
        span(ev.path("source_span")), span(ev.path("target_span")));
    ApiClient.Answer corrections = d.api().get("/events/" + ApiClient.enc(id) + "/corrections", d.token(ctx));
    String correctionsNote = corrections.ok() ? "" : corrections.error();
    d.render(ctx, "event.jte", Map.of("frame", d.frame(ctx, "Event " + id, "events"), "event", event,
        "article", article, "runs", runs, "corrections", corrections.json().path("corrections"),
        "correctionsNote", correctionsNote, "message", ""));
  }

  private static int[] span(JsonNode s) {
    return s.isArray() && s.size() == 2 ? new int[] {s.get(0).asInt(), s.get(1).asInt()} : null;
  }

  void stories(Context ctx) {
    Map<String, String> q = new LinkedHashMap<>();
    q.put("min_articles", ctx.queryParam("min_articles"));
    q.put("cursor", ctx.queryParam("cursor"));
    q.put("limit", "50");
    JsonNode page = d.read(ctx, "/stories" + ApiClient.query(q));
    String next = page.path("next").isTextual() ? "/ui" + page.path("next").asText() : "";
    d.render(ctx, "stories.jte", Map.of("frame", d.frame(ctx, "Stories", "stories"), "stories", page.path("stories"),
        "next", next, "minArticles", ctx.queryParam("min_articles") == null ? "" : ctx.queryParam("min_articles")));
  }

  void story(Context ctx) {
    JsonNode story = d.read(ctx, "/stories/" + ApiClient.enc(ctx.pathParam("id")));
    d.render(ctx, "story.jte", Map.of("frame", d.frame(ctx, "Story", "stories"), "story", story));
  }

  void dictionary(Context ctx) {
    String phrase = ctx.queryParam("phrase");
    JsonNode hits = ApiClient.MAPPER.createArrayNode();
    String note = "";
    if (phrase != null && !phrase.isBlank()) {
      ApiClient.Answer a = d.api().get("/dictionary/explain" + ApiClient.query(Map.of("phrase", phrase)), d.token(ctx));
      if (a.ok()) {
        hits = a.json().path("hits");
      } else {
        note = a.error();
      }
    }
    d.render(ctx, "dictionary.jte", Map.of("frame", d.frame(ctx, "Dictionary", "dictionary"),
        "phrase", phrase == null ? "" : phrase, "hits", hits, "note", note));
  }

  /** A figure for people: two decimals at most ({@code 7.19}, {@code 4}). */
  static String decimal(double x) {
    return new java.math.BigDecimal(x).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }

  /** {@code text}, or {@code otherwise} when it is blank. */
  static String or(String text, String otherwise) {
    return text == null || text.isBlank() ? otherwise : text;
  }

  static String json(JsonNode node) {
    try {
      return ApiClient.MAPPER.writeValueAsString(node);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  static String pretty(JsonNode node) {
    try {
      return ApiClient.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }
}
