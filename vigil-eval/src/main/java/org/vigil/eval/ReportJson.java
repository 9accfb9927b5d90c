package org.vigil.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** JSON rendering of a {@link Report}, with snake_case keys in a fixed order. Stateless. */
final class ReportJson {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ReportJson() {}

  static String write(Report r) {
    ObjectNode root = JSON.createObjectNode();
    root.put("records", r.records());
    root.put("records_with_events", r.recordsWithEvents());
    root.put("errors", r.errors());
    root.put("skipped", r.skipped());
    root.put("elapsed_seconds", round(r.elapsed().toNanos() / 1e9, 3));
    root.put("actor_match", r.actorMatch().name());
    root.set("events", score(r.events()));
    root.set("events_root", score(r.eventsRoot()));
    if (r.perRoot() == null) {
      root.putNull("per_root");
    } else {
      ObjectNode perRoot = root.putObject("per_root");
      r.perRoot().forEach((code, s) -> perRoot.set(code, score(s)));
    }
    ratio(root, "plover_type_accuracy", r.ploverTypeAccuracy());
    ratio(root, "plover_type_accuracy_any", r.ploverTypeAccuracyAny());
    ratio(root, "plover_mode_accuracy", r.ploverModeAccuracy());
    ratio(root, "actor_country_accuracy", r.actorCountryAccuracy());
    ratio(root, "actor_recall", r.actorRecall());
    if (r.calibration() == null) {
      root.putNull("calibration");
      root.putNull("calibration_high");
    } else {
      ArrayNode bins = root.putArray("calibration");
      r.calibration().forEach(b -> bins.add(bin(b)));
      root.set("calibration_high", bin(r.calibrationHigh()));
    }
    if (r.calibrationTop() == null) {
      root.putNull("calibration_top");
    } else {
      ArrayNode tops = root.putArray("calibration_top");
      for (TopShare t : r.calibrationTop()) {
        ObjectNode node = tops.addObject().put("share", t.share()).put("events", t.events())
            .put("correct", Math.round(t.correct() * 100) / 100.0);
        if (t.precision() == null) {
          node.putNull("precision");
        } else {
          node.put("precision", Math.round(t.precision() * 10000) / 10000.0);
        }
      }
    }
    root.set("counts", counts(r));
    EventReportScore er = r.eventReports();
    if (er == null) {
      root.putNull("dates");
    } else {
      ObjectNode dates = root.putObject("dates").put("records", er.records());
      ratio(dates, "event_recall", er.eventRecall());
      ratio(dates, "type_accuracy", er.type());
      put(dates, "events", er.eventRecall().count());
      ratio(dates, "exact_accuracy", er.dateExact());
      ratio(dates, "start_accuracy", er.dateStart());
      ratio(dates, "covers_accuracy", er.dateCovers());
      put(dates, "exact", er.dateExact() == null ? null : er.dateExact().count());
    }
    if (r.geoRecords() == 0 && er == null) {
      root.putNull("geo");
    } else if (r.geoRecords() == 0 || r.geo() == null) {
      ObjectNode geo = root.putObject("geo").put("records", r.geoRecords()).put("scored", false);
      if (r.geoRecords() > 0) {
        geo.put("note", "no geoparser given");
      }
      eventPlaces(geo, er);
    } else {
      GeoScore g = r.geo();
      ObjectNode geo = root.putObject("geo").put("records", r.geoRecords()).put("scored", true);
      geo.put("toponym_records", g.toponymRecords());
      ratio(geo, "acc_161km", g.acc161km());
      ratio(geo, "country_accuracy", g.countryAccuracy());
      ratio(geo, "toponym_recall", g.toponymRecall());
      put(geo, "toponyms", g.acc161km() == null ? null : g.acc161km().total());
      geo.put("assertion_records", g.assertionRecords());
      ratio(geo, "assertion_accuracy", g.assertionAccuracy());
      ratio(geo, "assertion_accuracy_upstream", g.assertionAccuracyUpstream());
      put(geo, "assertions", g.assertionAccuracy() == null ? null : g.assertionAccuracy().total());
      put(geo, "assertions_held", g.assertionAccuracy() == null ? null : g.assertionAccuracy().count());
      eventPlaces(geo, er);
    }
    articles(root, r.articles());
    lines(root.putArray("skipped_lines"), r.skippedLines());
    lines(root.putArray("warnings"), r.warnings());
    var failures = root.putArray("coder_errors");
    r.details().stream().filter(d -> d.error() != null)
        .forEach(d -> failures.addObject().put("id", d.id()).put("message", d.error()));
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a report tree as JSON", e);
    }
  }

  /** The article gold scores, or null. */
  private static void articles(ObjectNode root, ArticleScore a) {
    if (a == null) {
      root.putNull("articles");
      return;
    }
    ObjectNode node = root.putObject("articles");
    node.put("records", a.articles());
    node.put("precision", round(a.events().precision(), 4));
    node.put("recall", round(a.events().recall(), 4));
    node.put("f1", round(a.events().f1(), 4));
    node.put("gold_events", a.goldEvents());
    node.put("predicted_events", a.predictedEvents());
    node.put("matched", a.events().tp());
    ratio(node, "source_accuracy", a.source());
    ratio(node, "target_accuracy", a.target());
    ratio(node, "date_accuracy", a.date());
    ratio(node, "place_accuracy", a.place());
    put(node, "place_scored", a.place() == null ? null : a.place().total());
    ratio(node, "modality_accuracy", a.modality());
    ObjectNode types = node.putObject("per_type");
    a.perType().forEach((type, c) -> {
      ObjectNode t = types.putObject(type);
      number(t, "precision", c.precision());
      number(t, "recall", c.recall());
      number(t, "f1", c.f1());
      t.put("gold", c.gold());
      t.put("predicted", c.predicted());
    });
  }

  private static void number(ObjectNode node, String key, Double value) {
    if (value == null) {
      node.putNull(key);
    } else {
      node.put(key, round(value, 4));
    }
  }

  /** The places of the coder's events on event reports, when there are any. */
  private static void eventPlaces(ObjectNode geo, EventReportScore er) {
    if (er == null) {
      return;
    }
    geo.put("event_records", er.records());
    ratio(geo, "event_country_accuracy", er.country());
    ratio(geo, "admin1_accuracy", er.admin1());
    ratio(geo, "acc_50km", er.within50km());
    ratio(geo, "event_acc_161km", er.within161km());
    put(geo, "event_points", er.within50km() == null ? null : er.within50km().total());
  }

  private static void lines(ArrayNode array, List<GoldProblem> problems) {
    problems.forEach(p -> array.addObject().put("file", p.file()).put("line", p.line()).put("message", p.message()));
  }

  /** The numerators and denominators behind the ratios; a count is null where its ratio is. */
  private static ObjectNode counts(Report r) {
    ObjectNode counts = JSON.createObjectNode();
    put(counts, "plover_records", r.ploverTypeAccuracy() == null ? null : r.ploverTypeAccuracy().total());
    put(counts, "plover_type_top_right", r.ploverTypeAccuracy() == null ? null : r.ploverTypeAccuracy().count());
    put(counts, "plover_type_any_right", r.ploverTypeAccuracyAny() == null ? null : r.ploverTypeAccuracyAny().count());
    put(counts, "plover_mode_records", r.ploverModeAccuracy() == null ? null : r.ploverModeAccuracy().total());
    put(counts, "plover_mode_right", r.ploverModeAccuracy() == null ? null : r.ploverModeAccuracy().count());
    put(counts, "gold_actors", r.actorRecall() == null ? null : r.actorRecall().total());
    put(counts, "actors_found", r.actorRecall() == null ? null : r.actorRecall().count());
    put(counts, "actors_country_right", r.actorCountryAccuracy() == null ? null : r.actorCountryAccuracy().count());
    return counts;
  }

  private static ObjectNode bin(CalibrationBin b) {
    ObjectNode node = JSON.createObjectNode();
    node.put("min", b.min());
    node.put("max", b.max());
    node.put("events", b.events());
    node.put("correct", b.correct());
    if (b.precision() == null) {
      node.putNull("precision");
    } else {
      node.put("precision", round(b.precision(), 4));
    }
    return node;
  }

  private static void put(ObjectNode node, String key, Long value) {
    if (value == null) {
      node.putNull(key);
    } else {
      node.put(key, value);
    }
  }

  private static ObjectNode score(Score s) {
    if (s == null) {
      return null;
    }
    ObjectNode node = JSON.createObjectNode();
    node.put("precision", round(s.precision(), 4));
    node.put("recall", round(s.recall(), 4));
    node.put("f1", round(s.f1(), 4));
    node.put("tp", s.tp());
    node.put("fp", s.fp());
    node.put("fn", s.fn());
    return node;
  }

  private static void ratio(ObjectNode node, String key, Ratio ratio) {
    if (ratio == null) {
      node.putNull(key);
    } else {
      node.put(key, round(ratio.value(), 4));
    }
  }

  private static double round(double value, int places) {
    double scale = Math.pow(10, places);
    return Math.round(value * scale) / scale;
  }
}
