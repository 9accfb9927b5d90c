package org.vigil.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import org.vigil.core.event.Modality;
import org.vigil.core.store.EventQuery;

/**
 * The query parameters of one request, checked against its route's ({@link ApiDescription}): an
 * unknown or repeated parameter, or a value that does not parse, is a 400 naming the parameter and
 * the value. Not thread-safe; one per request.
 */
final class Params {
  static final int MAX_LIMIT = 1000;

  private final Map<String, List<String>> given;

  Params(Context ctx, ApiDescription.Route route) {
    this.given = ctx.queryParamMap();
    TreeSet<String> known = new TreeSet<>();
    route.params().stream().filter(p -> p.in().equals("query")).forEach(p -> known.add(p.name()));
    for (Map.Entry<String, List<String>> e : given.entrySet()) {
      if (!known.contains(e.getKey())) {
        throw new ApiException(400, "bad_parameter", "parameter " + e.getKey() + " is not known here; "
            + (known.isEmpty() ? "this path takes none" : "the parameters are " + String.join(", ", known)));
      }
      if (e.getValue().size() > 1) {
        throw ApiException.badParameter(e.getKey(), String.join(",", e.getValue()), "is given "
            + e.getValue().size() + " times; give it once");
      }
    }
  }

  /** The value, or null when absent; an empty value counts as absent. */
  String string(String name) {
    List<String> v = given.get(name);
    if (v == null || v.isEmpty() || v.get(0).isBlank()) {
      return null;
    }
    return v.get(0).strip();
  }

  String code(String name, String pattern, String what) {
    String v = string(name);
    if (v == null) {
      return null;
    }
    String upper = v.toUpperCase(Locale.ROOT);
    if (!upper.matches(pattern)) {
      throw ApiException.badParameter(name, v, "is not " + what);
    }
    return upper;
  }

  int limit(int defaultValue) {
    Integer n = integer("limit");
    if (n == null) {
      return defaultValue;
    }
    if (n < 1 || n > MAX_LIMIT) {
      throw ApiException.badParameter("limit", string("limit"), "is not between 1 and " + MAX_LIMIT);
    }
    return n;
  }

  Integer integer(String name) {
    String v = string(name);
    if (v == null) {
      return null;
    }
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw ApiException.badParameter(name, v, "is not a whole number");
    }
  }

  Double number(String name) {
    String v = string(name);
    if (v == null) {
      return null;
    }
    try {
      double d = Double.parseDouble(v);
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new NumberFormatException(v);
      }
      return d;
    } catch (NumberFormatException e) {
      throw ApiException.badParameter(name, v, "is not a number");
    }
  }

  LocalDate date(String name) {
    String v = string(name);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw ApiException.badParameter(name, v, "is not a date (YYYY-MM-DD)");
    }
  }

  <E extends Enum<E>> E oneOf(String name, Class<E> type, E defaultValue) {
    String v = string(name);
    if (v == null) {
      return defaultValue;
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(v)) {
        return e;
      }
    }
    List<String> names = java.util.Arrays.stream(type.getEnumConstants())
        .map(e -> e.name().toLowerCase(Locale.ROOT)).toList();
    throw ApiException.badParameter(name, v, "is not one of " + String.join(", ", names));
  }

  /** The filters of {@link ApiDescription#FILTERS} as a query of {@code limit} events. */
  EventQuery events(int limit, Function<String, Optional<EventQuery.Alliance>> alliances) {
    EventQuery.Builder q = EventQuery.builder().limit(limit);
    q.country(code("country", "[A-Z]{3}", "a three-letter country code (TJK)"));
    q.actor(code("actor", "[A-Z0-9_-]+", "an actor code prefix (RUS, IGOCSTO)"));
    q.dyad(code("source", "[A-Z0-9_-]+", "an actor code prefix (RUS)"),
        code("target", "[A-Z0-9_-]+", "an actor code prefix (UKR)"));
    q.cameo(code("cameo", "\\d{1,4}[A-Z]?", "a CAMEO code prefix (19, 190, 0233)"));
    q.cameoRoot(code("root", "\\d{2}", "a CAMEO root of two digits (19)"));
    q.ploverType(code("type", "[A-Z_]+", "a PLOVER event type (ASSAULT)"));
    Integer quad = integer("quad_class");
    if (quad != null && (quad < 1 || quad > 4)) {
      throw ApiException.badParameter("quad_class", string("quad_class"), "is not one of 1, 2, 3, 4");
    }
    q.quadClass(quad);
    q.modality(oneOf("modality", Modality.class, null));
    LocalDate from = date("from");
    LocalDate to = date("to");
    if (from != null && to != null && to.isBefore(from)) {
      throw ApiException.badParameter("to", string("to"), "is before from (" + from + ")");
    }
    q.from(from).to(to);
    q.bbox(bbox());
    q.place(string("place"));
    String alliance = string("alliance");
    if (alliance != null) {
      q.alliance(alliances.apply(alliance).orElseThrow(() -> ApiException.badParameter("alliance", alliance,
          "is not an organisation of the dictionaries (IGOCSTO, CSTO, IGONATO)")));
    }
    Double confidence = number("min_confidence");
    if (confidence != null && (confidence < 0 || confidence > 1)) {
      throw ApiException.badParameter("min_confidence", string("min_confidence"), "is not between 0 and 1");
    }
    q.minConfidence(confidence);
    q.articleId(string("article"));
    return q.build();
  }

  private EventQuery.BoundingBox bbox() {
    String v = string("bbox");
    if (v == null) {
      return null;
    }
    String[] parts = v.split(",");
    if (parts.length != 4) {
      throw ApiException.badParameter("bbox", v, "is not four numbers minLon,minLat,maxLon,maxLat");
    }
    double[] n = new double[4];
    for (int i = 0; i < 4; i++) {
      try {
        n[i] = Double.parseDouble(parts[i].strip());
      } catch (NumberFormatException e) {
        throw ApiException.badParameter("bbox", v, "is not four numbers minLon,minLat,maxLon,maxLat");
      }
    }
    try {
      return new EventQuery.BoundingBox(n[0], n[1], n[2], n[3]);
    } catch (IllegalArgumentException e) {
      throw ApiException.badParameter("bbox", v, "is not a box: " + e.getMessage());
    }
  }
}
