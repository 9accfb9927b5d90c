package org.vigil.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Plain-text rendering of a {@link Report}. Stateless. */
final class ReportText {
  private static final List<String> SCORE_HEADER = List.of("precision", "recall", "f1", "tp", "fp", "fn");

  private ReportText() {}

  static String summary(Report r) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT,
        "records %d  with events %d  coder errors %d  skipped lines %d  elapsed %.3f s  actor match %s%n",
        r.records(), r.recordsWithEvents(), r.errors(), r.skipped(), r.elapsed().toMillis() / 1000.0, r.actorMatch()));

    out.append(System.lineSeparator());
    if (r.events() == null) {
      out.append("events: n/a (no PETRARCH records)").append(System.lineSeparator());
    } else {
      List<List<String>> rows = new ArrayList<>();
      rows.add(header("events"));
      rows.add(scoreRow("full code", r.events()));
      rows.add(scoreRow("root only", r.eventsRoot()));
      out.append(table(rows)).append(System.lineSeparator());
      rows = new ArrayList<>();
      rows.add(header("per root"));
      for (Map.Entry<String, Score> e : r.perRoot().entrySet()) {
        rows.add(scoreRow(e.getKey(), e.getValue()));
      }
      out.append(table(rows));
    }

    out.append(System.lineSeparator());
    if (r.ploverTypeAccuracy() == null) {
      out.append("plover: n/a (no PLOVER records)").append(System.lineSeparator());
    } else {
      List<List<String>> rows = new ArrayList<>();
      rows.add(List.of("plover and actors", "value", "count"));
      rows.add(ratioRow("type accuracy (top event)", r.ploverTypeAccuracy()));
      rows.add(ratioRow("type accuracy (any event)", r.ploverTypeAccuracyAny()));
      rows.add(ratioRow("mode accuracy", r.ploverModeAccuracy()));
      rows.add(ratioRow("actor country accuracy", r.actorCountryAccuracy()));
      rows.add(ratioRow("actor recall", r.actorRecall()));
      out.append(table(rows));
    }

    if (r.calibration() != null) {
      List<List<String>> rows = new ArrayList<>();
      rows.add(List.of("calibration (confidence)", "events", "correct", "precision"));
      for (CalibrationBin b : r.calibration()) {
        rows.add(binRow(String.format(Locale.ROOT, "%.1f-%.1f", b.min(), b.max()), b));
      }
      rows.add(binRow(String.format(Locale.ROOT, ">= %.1f", r.calibrationHigh().min()), r.calibrationHigh()));
      out.append(System.lineSeparator()).append(table(rows));
    }

    if (r.geoRecords() > 0 && r.geo() == null) {
      out.append(System.lineSeparator())
          .append("geo: not scored yet (").append(r.geoRecords()).append(" records)").append(System.lineSeparator());
    } else if (r.geo() != null) {
      List<List<String>> rows = new ArrayList<>();
      rows.add(List.of("places", "value", "count"));
      rows.add(ratioRow("within 161 km", r.geo().acc161km()));
      rows.add(ratioRow("right country", r.geo().countryAccuracy()));
      rows.add(ratioRow("toponyms found", r.geo().toponymRecall()));
      rows.add(ratioRow("assertions held", r.geo().assertionAccuracy()));
      rows.add(ratioRow("assertions held (upstream's)", r.geo().assertionAccuracyUpstream()));
      out.append(System.lineSeparator()).append(table(rows));
    }
    if (r.eventReports() != null) {
      EventReportScore er = r.eventReports();
      List<List<String>> rows = new ArrayList<>();
      rows.add(List.of("event reports (top event)", "value", "count"));
      rows.add(ratioRow("event found", er.eventRecall()));
      rows.add(ratioRow("right PLOVER type (of all)", er.type()));
      rows.add(ratioRow("date exact", er.dateExact()));
      rows.add(ratioRow("date first day", er.dateStart()));
      rows.add(ratioRow("date covers gold day", er.dateCovers()));
      rows.add(ratioRow("right country", er.country()));
      rows.add(ratioRow("right admin1", er.admin1()));
      rows.add(ratioRow("within 50 km", er.within50km()));
      rows.add(ratioRow("within 161 km", er.within161km()));
      out.append(System.lineSeparator()).append(table(rows));
    }
    if (r.articles() != null) {
      ArticleScore a = r.articles();
      List<List<String>> rows = new ArrayList<>();
      rows.add(List.of("article gold (" + a.articles() + " articles)", "precision", "recall", "f1", "gold", "predicted",
          "matched"));
      rows.add(List.of("events", decimal(a.events().precision()), decimal(a.events().recall()),
          decimal(a.events().f1()), Long.toString(a.goldEvents()), Long.toString(a.predictedEvents()),
          Long.toString(a.events().tp())));
      a.perType().forEach((type, c) -> rows.add(List.of("  " + type, orDash(c.precision()), orDash(c.recall()),
          orDash(c.f1()), Long.toString(c.gold()), Long.toString(c.predicted()), Long.toString(c.goldMatched()))));
      out.append(System.lineSeparator()).append(table(rows));
      rows.clear();
      rows.add(List.of("article gold, matched events", "value", "count"));
      rows.add(ratioRow("source right", a.source()));
      rows.add(ratioRow("target right", a.target()));
      rows.add(ratioRow("date right", a.date()));
      rows.add(ratioRow("place right", a.place()));
      rows.add(ratioRow("modality right", a.modality()));
      out.append(System.lineSeparator()).append(table(rows));
    }
    problems(out, "skipped lines:", r.skippedLines());
    problems(out, "gold warnings:", r.warnings());
    if (r.errors() > 0) {
      out.append(System.lineSeparator()).append("coder errors:").append(System.lineSeparator());
      r.details().stream().filter(d -> d.error() != null)
          .forEach(d -> out.append("  ").append(d.id()).append(": ").append(d.error()).append(System.lineSeparator()));
    }
    return out.toString();
  }

  private static void problems(StringBuilder out, String title, List<GoldProblem> problems) {
    if (!problems.isEmpty()) {
      out.append(System.lineSeparator()).append(title).append(System.lineSeparator());
      problems.forEach(p -> out.append("  ").append(p).append(System.lineSeparator()));
    }
  }

  static String details(List<RecordDetail> details) {
    StringBuilder out = new StringBuilder();
    for (RecordDetail d : details) {
      out.append(d.id()).append(" [").append(d.style()).append(']');
      if (d.error() != null) {
        out.append(" coder error: ").append(d.error());
      }
      out.append(System.lineSeparator());
      boolean article = d.style().equals("article");
      lines(out, article ? "missed   " : "expected ", d.expected());
      lines(out, article ? "extra    " : "predicted", d.predicted());
      lines(out, "matched  ", d.matched());
    }
    return out.toString();
  }

  private static void lines(StringBuilder out, String label, List<String> values) {
    if (values.isEmpty()) {
      out.append("  ").append(label).append("  -").append(System.lineSeparator());
    }
    for (int i = 0; i < values.size(); i++) {
      out.append("  ").append(i == 0 ? label : " ".repeat(label.length())).append("  ").append(values.get(i))
          .append(System.lineSeparator());
    }
  }

  private static List<String> header(String title) {
    List<String> row = new ArrayList<>();
    row.add(title);
    row.addAll(SCORE_HEADER);
    return row;
  }

  private static List<String> scoreRow(String label, Score s) {
    return List.of(label, decimal(s.precision()), decimal(s.recall()), decimal(s.f1()),
        Long.toString(s.tp()), Long.toString(s.fp()), Long.toString(s.fn()));
  }

  private static List<String> ratioRow(String label, Ratio ratio) {
    return ratio == null
        ? List.of(label, "n/a", "-")
        : List.of(label, decimal(ratio.value()), ratio.count() + "/" + ratio.total());
  }

  private static List<String> binRow(String label, CalibrationBin b) {
    return List.of(label, Long.toString(b.events()), Long.toString(b.correct()),
        b.precision() == null ? "-" : decimal(b.precision()));
  }

  private static String orDash(Double value) {
    return value == null ? "-" : decimal(value);
  }

  private static String decimal(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }

  /** First column left-aligned, the others right-aligned, two spaces apart. */
  static String table(List<List<String>> rows) {
    int columns = rows.get(0).size();
    int[] width = new int[columns];
    for (List<String> row : rows) {
      for (int c = 0; c < columns; c++) {
        width[c] = Math.max(width[c], row.get(c).length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < columns; c++) {
        String cell = row.get(c);
        String pad = " ".repeat(width[c] - cell.length());
        line.append(c == 0 ? cell + pad : "  " + pad + cell);
      }
      out.append(line.toString().stripTrailing()).append(System.lineSeparator());
    }
    return out.toString();
  }
}
