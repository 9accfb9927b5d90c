package org.vigil.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every route of the API, described once: the router registers these ({@link VigilServer}) and
 * the OpenAPI document at {@code /openapi.json} is built from them, with the schemas of
 * {@code openapi-components.json} beside this class. {@link Api} checks the query parameters a
 * request gives against the route's. Stateless.
 */
final class ApiDescription {

  /** Who may call a route: anyone, readers ({@code server.reads-open} or the read token), writers. */
  enum Access {
    OPEN, READ, WRITE
  }

  /**
   * A parameter of a route.
   *
   * @param in {@code query} or {@code path}
   * @param type {@code string}, {@code integer}, {@code number}; {@code date} is a string in ISO form
   * @param values the allowed values, or empty for any
   */
  record Param(String name, String in, String type, String description, List<String> values) {
    Param {
      Objects.requireNonNull(name, "name");
      values = List.copyOf(values);
    }

    static Param query(String name, String type, String description, String... values) {
      return new Param(name, "query", type, description, List.of(values));
    }

    static Param path(String name, String description) {
      return new Param(name, "path", "string", description, List.of());
    }
  }

  /**
   * One route.
   *
   * @param id the handler's name in {@link Api} and the operation id
   * @param body the schema of the request body, or null
   * @param responses by status: a schema name of the components, or a media type ({@code
   *     text/plain}, {@code text/html}) for a body that is not JSON
   */
  record Route(String method, String path, String id, String summary, Access access, List<Param> params,
      String body, Map<Integer, String> responses) {
    Route {
      params = List.copyOf(params);
      responses = new LinkedHashMap<>(responses);
    }
  }

  /** The filters of {@code /events}, which {@code /aggregates} takes too. */
  static final List<Param> FILTERS = List.of(
      Param.query("country", "string", "ISO 3166-1 alpha-3 country of the source or the target (TJK)."),
      Param.query("actor", "string", "Actor code prefix of the source or the target (RUS, IGOCSTO)."),
      Param.query("source", "string", "Actor code prefix of the source (with target: a dyad)."),
      Param.query("target", "string", "Actor code prefix of the target (with source: a dyad)."),
      Param.query("cameo", "string", "CAMEO code prefix (19, 190, 0233)."),
      Param.query("root", "string", "CAMEO root, two digits (19)."),
      Param.query("type", "string", "PLOVER event type, any case (ASSAULT)."),
      Param.query("quad_class", "integer", "QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,"
          + " 4 material conflict.", "1", "2", "3", "4"),
      Param.query("modality", "string", "How the text states the event.", "asserted", "promise", "threat", "conditional",
          "future", "hypothetical", "requested"),
      Param.query("from", "date", "First event date, inclusive (YYYY-MM-DD)."),
      Param.query("to", "date", "Last event date, inclusive (YYYY-MM-DD)."),
      Param.query("bbox", "string", "minLon,minLat,maxLon,maxLat in degrees: the event's location lies in the box."),
      Param.query("place", "string", "The event's place name, admin region or country code, any case (Dushanbe)."),
      Param.query("alliance", "string", "An organisation of the dictionaries (IGOCSTO or CSTO): events of its members"
          + " on the event's date, or of the organisation itself."),
      Param.query("min_confidence", "number", "The coder's confidence is at least this, 0..1."),
      Param.query("article", "string", "Only events of this article."));

  private static final Param LIMIT = Param.query("limit", "integer", "Items per page, 1..1000 (default 100).");
  private static final Param CURSOR = Param.query("cursor", "string", "The cursor of the previous page's next link.");

  private static final Map<Integer, String> READ_ERRORS = Map.of(400, "Problem", 401, "Problem", 403, "Problem");
  private static final Map<Integer, String> WRITE_ERRORS = Map.of(400, "Problem", 401, "Problem", 403, "Problem",
      503, "Problem");

  static final List<Route> ROUTES = List.of(
      new Route("get", "/articles", "articles", "Stored articles, newest first, a page at a time.", Access.READ,
          List.of(LIMIT, CURSOR), null, responses(200, "ArticlePage", READ_ERRORS)),
      new Route("get", "/articles/{id}", "article", "One article with its text and events.", Access.READ,
          List.of(Param.path("id", "The article id.")), null, responses(200, "Article", READ_ERRORS, 404, "Problem")),
      new Route("post", "/articles", "postArticle", "Codes and stores an article (the write token); answers once"
          + " its transaction is committed (201), or 202 when `wait` runs out first.",
          Access.WRITE, List.of(Param.query("wait", "integer", "Seconds to wait for the commit, 0..120 (default 30);"
              + " 0 answers 202 at once.")), "NewArticle",
          responses(201, "Accepted", WRITE_ERRORS, 202, "Accepted", 422, "Problem", 200, "Accepted")),
      new Route("get", "/events", "events", "Events matching the filters, newest first, a page at a time.",
          Access.READ, concat(FILTERS, List.of(LIMIT, CURSOR)), null,
          responses(200, "EventPage", READ_ERRORS, 503, "Problem")),
      new Route("get", "/events/{id}", "event", "One event with its evidence (mentions): an event id gives its one"
          + " mention, a merged event id (from /merged-events) every mention of every article.", Access.READ,
          List.of(Param.path("id", "The event id or merged event id.")), null,
          responses(200, "EventWithMentions", READ_ERRORS, 404, "Problem")),
      // issue 13: one event reported by many articles, with GDELT's counts; and the stories of copies
      new Route("get", "/merged-events", "mergedEvents", "Merged events (the same event in several articles, copies of"
          + " one story counted once) whose canonical mention matches the filters, by first day newest first, then"
          + " by mentions, a page at a time.", Access.READ, concat(FILTERS, List.of(LIMIT, CURSOR)), null,
          responses(200, "MergedEventPage", READ_ERRORS)),
      new Route("get", "/stories", "stories", "Stories (an article and its copies), latest first, a page at a time.",
          Access.READ, List.of(Param.query("min_articles", "integer", "Only stories of at least this many articles"
              + " (default 1; 2 gives the copied ones)."), LIMIT, CURSOR), null,
          responses(200, "StoryPage", READ_ERRORS)),
      new Route("get", "/stories/{id}", "story", "One story: its articles and the merged events they report.",
          Access.READ, List.of(Param.path("id", "The story id.")), null,
          responses(200, "StoryWithEvents", READ_ERRORS, 404, "Problem")),
      new Route("get", "/search", "search", "Full-text search over the articles' titles and texts (Lucene syntax).",
          Access.READ, List.of(Param.query("q", "string", "The query: words (all must occur), \"a phrase\", OR, -word."),
              Param.query("limit", "integer", "Hits, 1..1000 (default 20).")), null,
          responses(200, "SearchResult", READ_ERRORS)),
      new Route("get", "/aggregates", "aggregates", "Event counts and Goldstein sums by day, week or month and by group.",
          Access.READ, concat(List.of(
              Param.query("by", "string", "The period (default day): a day, an ISO week from its Monday, a month.", "day",
                  "week", "month"),
              Param.query("group", "string", "What to group by (default country): either side's country, the"
                  + " dyad of actor codes, or the PLOVER type.", "country", "dyad", "type"),
              Param.query("limit", "integer", "Groups, 1..1000 (default 25): those with the most events over the"
                  + " dates, then by name; every row of each."),
              Param.query("format", "string", "The answer's shape (default series): the periods once and each"
                  + " group's counts and sums over them (series), or a row per period and group (rows).", "series",
                  "rows"),
              CURSOR), FILTERS), null,
          responses(200, "Aggregates", READ_ERRORS, 503, "Problem")),
      // issue 13: the exports of vigil export, streamed
      new Route("get", "/export", "export", "The events matching the filters in one of the field's formats, streamed"
          + " as a file (Content-Disposition names it): gdelt (GDELT 2.0 event table, 61 tab-separated columns),"
          + " icews (ICEWS-style rows under a header), plover (PLOVER JSON Lines), csv, parquet (written by DuckDB).",
          Access.READ, concat(List.of(
              Param.query("format", "string", "The format.", "gdelt", "icews", "plover", "csv", "parquet"),
              Param.query("limit", "integer", "At most this many events, newest first (default: all).")), FILTERS), null,
          responses(200, "application/octet-stream", READ_ERRORS, 503, "Problem")),
      new Route("post", "/recode", "recode", "Codes stored articles again with the engine in force, replacing their"
          + " events (the write token).", Access.WRITE, List.of(), "Recode",
          responses(202, "RecodeAccepted", WRITE_ERRORS, 404, "Problem")),
      new Route("get", "/sources", "sources", "The live sources (feeds, pages, folders) and their state.", Access.READ,
          List.of(), null, responses(200, "SourceList", READ_ERRORS)),
      new Route("post", "/sources", "postSource", "Adds a live source, polled at once and then every interval, kept"
          + " across restarts (the write token).", Access.WRITE, List.of(), "NewSource",
          responses(201, "Source", WRITE_ERRORS, 409, "Problem")),
      new Route("get", "/sources/{id}", "source", "One live source with its recent fetch records, newest first.",
          Access.READ, List.of(Param.path("id", "The source id.")), null,
          responses(200, "SourceWithFetches", READ_ERRORS, 404, "Problem")),
      new Route("delete", "/sources/{id}", "deleteSource", "Removes a source added through the API (the write"
          + " token); those of the settings file stay (409).", Access.WRITE, List.of(Param.path("id", "The source id.")),
          null, responses(200, "Source", WRITE_ERRORS, 404, "Problem", 409, "Problem")),
      new Route("post", "/sources/{id}/poll", "pollSource", "Polls a source now and answers its state after (the"
          + " write token).", Access.WRITE, List.of(Param.path("id", "The source id.")), null,
          responses(200, "Source", WRITE_ERRORS, 404, "Problem")),
      new Route("get", "/watches", "watches", "The watches (issue 14): those of the watches file, which the API edits,"
          + " and those of the settings file, with their open alerts.", Access.READ, List.of(), null,
          responses(200, "WatchList", READ_ERRORS)),
      new Route("post", "/watches", "postWatch", "Adds a watch to the watches file (the write token).", Access.WRITE,
          List.of(), "Watch", responses(201, "Watch", WRITE_ERRORS, 409, "Problem")),
      new Route("get", "/watches/{id}", "watch", "One watch with its daily series from the store (distinct events and"
          + " coded articles a day).", Access.READ, List.of(Param.path("id", "The watch id.")), null,
          responses(200, "WatchWithSeries", READ_ERRORS, 404, "Problem")),
      new Route("put", "/watches/{id}", "putWatch", "Adds or replaces a watch of the watches file (the write token).",
          Access.WRITE, List.of(Param.path("id", "The watch id.")), "Watch",
          responses(200, "Watch", WRITE_ERRORS, 409, "Problem")),
      new Route("delete", "/watches/{id}", "deleteWatch", "Deletes a watch of the watches file (the write token); its"
          + " alerts stay.", Access.WRITE, List.of(Param.path("id", "The watch id.")), null,
          responses(204, "none", WRITE_ERRORS, 404, "Problem", 409, "Problem")),
      new Route("get", "/alerts", "alerts", "Alerts, the latest alarm first.", Access.READ, List.of(
          Param.query("watch", "string", "Only the alerts of this watch id."),
          Param.query("status", "string", "Only alerts with this status.", "new", "acknowledged", "closed")), null,
          responses(200, "AlertList", READ_ERRORS)),
      new Route("get", "/alerts/stream", "alertStream", "Server-sent events: alert.raised and alert.updated, each with"
          + " the alert as data, as they happen.", Access.READ, List.of(), null,
          responses(200, "text/event-stream", READ_ERRORS)),
      new Route("get", "/alerts/{id}", "alert", "One alert with its evidence, series window and detector.",
          Access.READ, List.of(Param.path("id", "The alert id.")), null,
          responses(200, "Alert", READ_ERRORS, 404, "Problem")),
      new Route("patch", "/alerts/{id}", "patchAlert", "Sets an alert's status: acknowledged or closed (the write"
          + " token).", Access.WRITE, List.of(Param.path("id", "The alert id.")), "AlertStatus",
          responses(200, "Alert", WRITE_ERRORS, 404, "Problem")),
      // issue 14, item 7: analysts correct events; corrections become gold records and dictionary suggestions
      new Route("post", "/events/{id}/corrections", "postCorrection", "Corrects an event (the write token): verdict"
          + " right, or wrong with the right coding (or coding null and a note: no event here); answers the stored"
          + " correction with the event's coding as it was.", Access.WRITE, List.of(Param.path("id", "The event id.")),
          "NewCorrection", responses(201, "Correction", WRITE_ERRORS, 404, "Problem")),
      new Route("get", "/events/{id}/corrections", "eventCorrections", "The corrections of one event, oldest first"
          + " (also those of an event coded away since).", Access.READ, List.of(Param.path("id", "The event id.")), null,
          responses(200, "CorrectionList", READ_ERRORS, 404, "Problem")),
      new Route("get", "/corrections", "corrections", "Every correction, newest first, a page at a time.", Access.READ,
          List.of(LIMIT, CURSOR), null, responses(200, "CorrectionPage", READ_ERRORS)),
      new Route("get", "/corrections/gold", "correctionsGold", "The corrected articles as article gold, one JSON line"
          + " per article, as vigil eval --gold reads it (docs/CORRECTIONS.md).", Access.READ, List.of(
              Param.query("reviewed_only", "string", "true: only the events an analyst judged (default false: the"
                  + " article's other events too, as coded).", "true", "false")), null,
          responses(200, "application/x-ndjson", READ_ERRORS)),
      new Route("get", "/corrections/suggestions", "correctionSuggestions", "Dictionary changes the corrections"
          + " suggest (actor lines, patterns to move or restrict), each with its evidence and linted in place.",
          Access.READ, List.of(), null, responses(200, "SuggestionList", READ_ERRORS)),
      new Route("get", "/dictionary/explain", "explain", "What the dictionaries make of a phrase (vigil dict explain):"
          + " the actors its words name and the verb patterns they can trigger.", Access.READ, List.of(
              Param.query("phrase", "string", "The phrase (up to 500 characters)."),
              Param.query("all", "string", "true: list the patterns the phrase cannot meet too.", "true", "false")),
          null, responses(200, "Explanation", READ_ERRORS)),
      new Route("get", "/health", "health", "Whether the store answers, the engine is loaded, and the queue's depth.",
          Access.OPEN, List.of(), null, responses(200, "Health", Map.of(503, "Health"))),
      new Route("get", "/metrics", "metrics", "Meters in Prometheus's text format.", Access.READ, List.of(), null,
          responses(200, "text/plain", READ_ERRORS)),
      new Route("get", "/openapi.json", "openapi", "This document.", Access.OPEN, List.of(), null,
          responses(200, "object", Map.of())),
      new Route("get", "/docs", "docs", "This document, browsable (Swagger UI, served from this server).",
          Access.OPEN, List.of(), null, responses(200, "text/html", Map.of())));

  private ApiDescription() {}

  private static List<Param> concat(List<Param> a, List<Param> b) {
    List<Param> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static Map<Integer, String> responses(int status, String schema, Map<Integer, String> errors) {
    Map<Integer, String> all = new java.util.TreeMap<>(errors);
    all.put(status, schema);
    return all;
  }

  private static Map<Integer, String> responses(int status, String schema, Map<Integer, String> errors, int other,
      String otherSchema) {
    Map<Integer, String> all = responses(status, schema, errors);
    all.put(other, otherSchema);
    return all;
  }

  private static Map<Integer, String> responses(int status, String schema, Map<Integer, String> errors, int other,
      String otherSchema, int third, String thirdSchema, int fourth, String fourthSchema) {
    Map<Integer, String> all = responses(status, schema, errors, other, otherSchema);
    all.put(third, thirdSchema);
    all.put(fourth, fourthSchema);
    return all;
  }

  private static Map<Integer, String> responses(int status, String schema, Map<Integer, String> errors, int other,
      String otherSchema, int third, String thirdSchema) {
    Map<Integer, String> all = responses(status, schema, errors, other, otherSchema);
    all.put(third, thirdSchema);
    return all;
  }

  /** The route with this method and path (as described, {@code /events/{id}}), or null. */
  static Route route(String method, String path) {
    for (Route r : ROUTES) {
      if (r.method().equalsIgnoreCase(method) && r.path().equals(path)) {
        return r;
      }
    }
    return null;
  }

  /** The OpenAPI 3.0 document of {@link #ROUTES}. */
  static ObjectNode openApi(String version) {
    ObjectNode doc = Json.MAPPER.createObjectNode();
    doc.put("openapi", "3.0.3");
    ObjectNode info = doc.putObject("info");
    info.put("title", "Vigil API");
    info.put("version", version);
    info.put("description", "Political events coded from the news (CAMEO and PLOVER), with the sentences that"
        + " prove them. Errors have one shape: {\"error\": {\"status\", \"code\", \"message\"}}. Lists are paged"
        + " with an opaque cursor (the next link); GET responses carry a strong ETag (If-None-Match gives 304).");
    ObjectNode paths = doc.putObject("paths");
    for (Route r : ROUTES) {
      ObjectNode item = paths.has(r.path()) ? (ObjectNode) paths.get(r.path()) : paths.putObject(r.path());
      ObjectNode op = item.putObject(r.method());
      op.put("operationId", r.id());
      op.put("summary", r.summary());
      if (r.access() != Access.OPEN) {
        ArrayNode security = op.putArray("security");
        if (r.access() == Access.READ) {
          security.addObject(); // open unless server.reads-open is false
        }
        security.addObject().putArray("bearer");
      }
      if (!r.params().isEmpty()) {
        ArrayNode params = op.putArray("parameters");
        for (Param p : r.params()) {
          ObjectNode o = params.addObject();
          o.put("name", p.name());
          o.put("in", p.in());
          o.put("required", p.in().equals("path"));
          o.put("description", p.description());
          ObjectNode schema = o.putObject("schema");
          if (p.type().equals("date")) {
            schema.put("type", "string");
            schema.put("format", "date");
          } else {
            schema.put("type", p.type());
          }
          if (!p.values().isEmpty()) {
            ArrayNode values = schema.putArray("enum");
            for (String v : p.values()) {
              if (p.type().equals("integer")) {
                values.add(Integer.parseInt(v));
              } else {
                values.add(v);
              }
            }
          }
        }
      }
      if (r.body() != null) {
        ObjectNode body = op.putObject("requestBody");
        body.put("required", !r.id().equals("recode"));
        body.putObject("content").putObject("application/json").putObject("schema")
            .put("$ref", "#/components/schemas/" + r.body());
      }
      ObjectNode responses = op.putObject("responses");
      for (Map.Entry<Integer, String> e : r.responses().entrySet()) {
        ObjectNode resp = responses.putObject(Integer.toString(e.getKey()));
        resp.put("description", describe(e.getKey()));
        String schema = e.getValue();
        if (schema.equals("none")) {
          continue;
        } else if (schema.contains("/")) {
          resp.putObject("content").putObject(schema).putObject("schema").put("type", "string");
        } else if (schema.equals("object")) {
          resp.putObject("content").putObject("application/json").putObject("schema").put("type", "object");
        } else {
          resp.putObject("content").putObject("application/json").putObject("schema")
              .put("$ref", "#/components/schemas/" + schema);
        }
      }
      if (r.method().equals("get") && !r.id().equals("health") && !r.id().equals("docs")
          && !r.id().equals("alertStream")) {
        responses.putObject("304").put("description", "Not modified: the If-None-Match ETag is the body's.");
      }
    }
    doc.set("components", components());
    return doc;
  }

  private static String describe(int status) {
    return switch (status) {
      case 200 -> "OK";
      case 201 -> "Created (POST /articles: stored, its transaction committed: acknowledged)";
      case 202 -> "Accepted: queued to be coded, not yet stored (not acknowledged)";
      case 204 -> "Done; no content";
      case 422 -> "The article was read but could not be coded or stored";
      case 400 -> "A bad parameter, named with its value";
      case 401 -> "No bearer token where one is needed";
      case 403 -> "A token that does not give this access";
      case 404 -> "No such item";
      case 409 -> "In conflict with what is there (an item with that id exists, or the settings file defines it)";
      case 503 -> "Unavailable (the store cannot be read, or the queue is full)";
      default -> "Status " + status;
    };
  }

  private static JsonNode components() {
    try (InputStream in = ApiDescription.class.getResourceAsStream("openapi-components.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi-components.json is missing beside " + ApiDescription.class.getName());
      }
      return Json.MAPPER.readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read openapi-components.json", e);
    }
  }
}
