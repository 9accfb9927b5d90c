package org.vigil.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.vigil.monitor.series.Filter;

/**
 * A watch as it is stored, listed and edited (issue 14, item 1): an id, a name, a kind and the
 * fields of that kind, and a {@link Filter}. {@link Monitoring} turns it into a vigil-monitor
 * {@code Watch} (memberships from the dictionaries, border bands from the gazetteer). Checks
 * itself; every message names the watch and what is wrong. Immutable.
 *
 * <p>JSON: {@code {"id", "name", "kind": "country|dyad|alliance|border|places", "country",
 * "a", "b", "directed", "code", "countries": [A, B], "band_km", "places": [...], "filter":
 * {"types", "quad_classes", "actors", "min_confidence"}}}, with only the fields of its kind.
 *
 * @param country ISO-3, for {@code country}
 * @param a first side (actor code prefix or country), for {@code dyad}; first country for {@code border}
 * @param b second side, for {@code dyad}; second country for {@code border}
 * @param directed for {@code dyad}: only from {@code a} to {@code b}
 * @param code the organisation's code ({@code IGOCSTO} or {@code CSTO}), for {@code alliance}
 * @param bandKm for {@code border}: how far from the shared border an event may be, in km
 * @param places for {@code places}: place names, any case
 */
record WatchSpec(String id, String name, Kind kind, String country, String a, String b, boolean directed, String code,
    double bandKm, Set<String> places, Filter filter) {

  /** The kinds of watch. */
  enum Kind {
    COUNTRY, DYAD, ALLIANCE, BORDER, PLACES;

    String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    static Kind parse(String id, String text) {
      for (Kind k : values()) {
        if (k.label().equalsIgnoreCase(String.valueOf(text).strip())) {
          return k;
        }
      }
      throw new IllegalArgumentException("watch " + id + ": kind must be country, dyad, alliance, border or places,"
          + " was " + text);
    }
  }

  private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

  WatchSpec {
    Objects.requireNonNull(id, "watch id");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("watch id must be 1-64 of a-z, 0-9, '.', '_', '-' (starting with a letter"
          + " or digit), was " + id);
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("watch " + id + ": name must not be blank");
    }
    Objects.requireNonNull(kind, () -> "watch " + id + ": kind");
    places = places == null ? Set.of() : Set.copyOf(places);
    filter = filter == null ? Filter.ALL : filter;
    switch (kind) {
      case COUNTRY -> need(id, "country", country);
      case DYAD -> {
        need(id, "a", a);
        need(id, "b", b);
      }
      case ALLIANCE -> need(id, "code", code);
      case BORDER -> {
        need(id, "countries[0]", a);
        need(id, "countries[1]", b);
        if (a.equals(b)) {
          throw new IllegalArgumentException("watch " + id + ": a border needs two countries, was " + a + " twice");
        }
        if (!(bandKm > 0 && bandKm <= 500)) {
          throw new IllegalArgumentException("watch " + id + ": band_km must be in (0, 500], was " + bandKm);
        }
      }
      case PLACES -> {
        if (places.isEmpty()) {
          throw new IllegalArgumentException("watch " + id + ": places must list at least one place");
        }
      }
    }
  }

  private static void need(String id, String field, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("watch " + id + ": " + field + " is missing");
    }
  }

  /** This spec with another id (the one of the path it is put at). */
  WatchSpec withId(String value) {
    return new WatchSpec(value, name, kind, country, a, b, directed, code, bandKm, places, filter);
  }

  private static final Set<String> FIELDS = Set.of("id", "name", "kind", "country", "a", "b", "directed", "code",
      "countries", "band_km", "places", "filter");
  private static final Set<String> FILTER_FIELDS = Set.of("types", "quad_classes", "actors", "min_confidence");

  /**
   * The spec a JSON object describes.
   *
   * @param fallbackId the id when the object has none (the path's), or null
   * @throws IllegalArgumentException naming the watch and the bad field
   */
  static WatchSpec parse(JsonNode o, String fallbackId) {
    if (o == null || !o.isObject()) {
      throw new IllegalArgumentException("a watch must be a JSON object, was " + o);
    }
    String id = o.hasNonNull("id") ? o.get("id").asText() : fallbackId;
    if (id == null) {
      throw new IllegalArgumentException("watch has no id");
    }
    for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!FIELDS.contains(f)) {
        throw new IllegalArgumentException("watch " + id + ": unknown field " + f + "; the fields are "
            + String.join(", ", new TreeSet<>(FIELDS)));
      }
    }
    Kind kind = Kind.parse(id, text(o, "kind"));
    String a = text(o, "a");
    String b = text(o, "b");
    if (kind == Kind.BORDER) {
      JsonNode c = o.get("countries");
      if (c == null || !c.isArray() || c.size() != 2) {
        throw new IllegalArgumentException("watch " + id + ": countries must be a list of two ISO-3 codes");
      }
      a = c.get(0).asText().toUpperCase(Locale.ROOT);
      b = c.get(1).asText().toUpperCase(Locale.ROOT);
    }
    double band = o.hasNonNull("band_km") ? number(id, o.get("band_km"), "band_km") : 50;
    return new WatchSpec(id, o.hasNonNull("name") ? o.get("name").asText() : null, kind, upper(text(o, "country")),
        upper(a), upper(b), o.path("directed").asBoolean(false), upper(text(o, "code")), band,
        strings(id, o.get("places"), "places"), filter(id, o.get("filter")));
  }

  private static Filter filter(String id, JsonNode f) {
    if (f == null || f.isNull()) {
      return Filter.ALL;
    }
    if (!f.isObject()) {
      throw new IllegalArgumentException("watch " + id + ": filter must be an object");
    }
    for (Iterator<String> it = f.fieldNames(); it.hasNext(); ) {
      String n = it.next();
      if (!FILTER_FIELDS.contains(n)) {
        throw new IllegalArgumentException("watch " + id + ": unknown filter field " + n + "; the fields are "
            + String.join(", ", new TreeSet<>(FILTER_FIELDS)));
      }
    }
    Set<Integer> quads = new LinkedHashSet<>();
    JsonNode q = f.get("quad_classes");
    if (q != null && !q.isNull()) {
      if (!q.isArray()) {
        throw new IllegalArgumentException("watch " + id + ": filter.quad_classes must be a list of 1..4");
      }
      q.forEach(n -> quads.add(n.asInt()));
    }
    Set<String> types = new LinkedHashSet<>();
    strings(id, f.get("types"), "filter.types").forEach(t -> types.add(t.toUpperCase(Locale.ROOT)));
    double min = f.hasNonNull("min_confidence") ? number(id, f.get("min_confidence"), "filter.min_confidence") : 0;
    try {
      return new Filter(types, quads, strings(id, f.get("actors"), "filter.actors"), min);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("watch " + id + ": " + e.getMessage(), e);
    }
  }

  private static String text(JsonNode o, String field) {
    JsonNode v = o.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static String upper(String s) {
    return s == null ? null : s.strip().toUpperCase(Locale.ROOT);
  }

  private static double number(String id, JsonNode v, String field) {
    if (!v.isNumber()) {
      throw new IllegalArgumentException("watch " + id + ": " + field + " must be a number, was " + v);
    }
    return v.asDouble();
  }

  private static Set<String> strings(String id, JsonNode v, String field) {
    if (v == null || v.isNull()) {
      return Set.of();
    }
    if (!v.isArray()) {
      throw new IllegalArgumentException("watch " + id + ": " + field + " must be a list of strings");
    }
    Set<String> out = new LinkedHashSet<>();
    v.forEach(n -> out.add(n.asText()));
    return out;
  }

  /** Its JSON, with the fields of its kind only. */
  ObjectNode toJson() {
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.put("id", id);
    o.put("name", name);
    o.put("kind", kind.label());
    switch (kind) {
      case COUNTRY -> o.put("country", country);
      case DYAD -> o.put("a", a).put("b", b).put("directed", directed);
      case ALLIANCE -> o.put("code", code);
      case BORDER -> {
        o.putArray("countries").add(a).add(b);
        o.put("band_km", bandKm);
      }
      case PLACES -> {
        ArrayNode p = o.putArray("places");
        new TreeSet<>(places).forEach(p::add);
      }
    }
    ObjectNode f = o.putObject("filter");
    ArrayNode types = f.putArray("types");
    new TreeSet<>(filter.ploverTypes()).forEach(types::add);
    ArrayNode quads = f.putArray("quad_classes");
    new TreeSet<>(filter.quadClasses()).forEach(quads::add);
    ArrayNode actors = f.putArray("actors");
    new TreeSet<>(filter.actors()).forEach(actors::add);
    f.put("min_confidence", filter.minConfidence());
    return o;
  }

  /** Specs from a JSON list (the watches file), in order; ids must be unique. */
  static List<WatchSpec> parseList(JsonNode list, String where) {
    if (list == null || !list.isArray()) {
      throw new IllegalArgumentException(where + " must hold a list of watches");
    }
    List<WatchSpec> out = new ArrayList<>();
    Set<String> ids = new LinkedHashSet<>();
    for (JsonNode n : list) {
      WatchSpec s;
      try {
        s = parse(n, null);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
      }
      if (!ids.add(s.id())) {
        throw new IllegalArgumentException(where + ": watch " + s.id() + " is listed twice");
      }
      out.add(s);
    }
    return out;
  }
}
