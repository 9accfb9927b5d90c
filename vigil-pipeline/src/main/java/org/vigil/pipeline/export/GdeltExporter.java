package org.vigil.pipeline.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.vigil.core.event.ActorRef;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.Location;
import org.vigil.core.store.EventRow;

/**
 * Rows of the GDELT 2.0 event table: its 61 tab-separated columns in the codebook's order, no
 * header (GDELT's own files have none). What Vigil puts in each column, and what it leaves empty,
 * is in docs/EVENTS.md, "Exports". Stateless and thread-safe.
 */
final class GdeltExporter implements Exporter {

  static final GdeltExporter INSTANCE = new GdeltExporter();

  /** The columns of the GDELT 2.0 event table, in order (GDELT Event Codebook V2.0). */
  static final List<String> COLUMNS = codebookColumns();

  private static final DateTimeFormatter ADDED =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);

  private GdeltExporter() {}

  private static List<String> codebookColumns() {
    List<String> c = new ArrayList<>(List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"));
    for (String actor : List.of("Actor1", "Actor2")) {
      for (String field : List.of("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
          "Religion2Code", "Type1Code", "Type2Code", "Type3Code")) {
        c.add(actor + field);
      }
    }
    c.addAll(List.of("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
        "NumMentions", "NumSources", "NumArticles", "AvgTone"));
    for (String geo : List.of("Actor1Geo_", "Actor2Geo_", "ActionGeo_")) {
      for (String field : List.of("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long",
          "FeatureID")) {
        c.add(geo + field);
      }
    }
    c.addAll(List.of("DATEADDED", "SOURCEURL"));
    return List.copyOf(c);
  }

  @Override
  public List<String> columns() {
    return COLUMNS;
  }

  @Override
  public RowWriter open(OutputStream out) throws IOException {
    return new TsvWriter(out, null, COLUMNS.size(), GdeltExporter::fields);
  }

  /** The 61 fields of {@code row}. */
  static List<String> fields(EventRow row) {
    CodedEvent e = row.event();
    LocalDate d = e.date().date();
    List<String> f = new ArrayList<>(COLUMNS.size());
    f.add(Long.toString(Fields.numericId(e.eventId())));
    f.add(String.format(Locale.ROOT, "%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth()));
    f.add(String.format(Locale.ROOT, "%04d%02d", d.getYear(), d.getMonthValue()));
    f.add(String.format(Locale.ROOT, "%04d", d.getYear()));
    f.add(fractionDate(d));
    actor(f, e.source());
    actor(f, e.target());
    f.add(e.evidence().sentenceIndex() == 0 ? "1" : "0");
    f.add(e.cameo());
    f.add(e.cameo().length() > 3 ? e.cameo().substring(0, 3) : e.cameo());
    f.add(e.cameoRoot());
    f.add(Integer.toString(e.quadClass()));
    f.add(Fields.number(e.goldstein()));
    f.add(Integer.toString(row.mentions()));
    f.add(Integer.toString(row.sources()));
    f.add(Integer.toString(row.articles()));
    f.add(""); // AvgTone: Vigil measures no tone
    noGeo(f); // Actor1Geo: Vigil places the event, not each actor
    noGeo(f); // Actor2Geo
    geo(f, e.location());
    f.add(row.added() == null ? "" : ADDED.format(row.added()));
    f.add(row.url());
    return f;
  }

  /** YYYY.FFFF with FFFF = (MONTH * 30 + DAY) / 365, as the codebook computes it. */
  static String fractionDate(LocalDate d) {
    double fraction = (d.getMonthValue() * 30 + d.getDayOfMonth()) / 365.0;
    return String.format(Locale.ROOT, "%.4f", d.getYear() + fraction);
  }

  private static void actor(List<String> f, ActorRef a) {
    if (a == null) {
      f.addAll(Collections.nCopies(10, ""));
      return;
    }
    f.add(a.code());
    f.add(Fields.actorName(a));
    f.add(a.country() == null ? "" : a.country());
    f.add(""); // KnownGroupCode: Vigil codes organisations IGO + name (IGOCSTO), not CAMEO's group codes
    f.add(""); // EthnicCode
    f.add(""); // Religion1Code
    f.add(""); // Religion2Code
    f.add(a.sector() == null ? "" : a.sector());
    f.add(""); // Type2Code
    f.add(""); // Type3Code
  }

  private static void noGeo(List<String> f) {
    f.add("0");
    f.addAll(Collections.nCopies(7, ""));
  }

  /** GDELT's geographic match type of a location: 1 country, 2 US state, 3 US city, 4 world city, 5 world state; 0 none. */
  static int geoType(Location l) {
    if (l == null || (l.country() == null && l.lat() == null)) {
      return 0;
    }
    boolean us = "USA".equals(l.country());
    String feature = l.feature() == null ? "" : l.feature();
    if (feature.equals("country") || (l.lat() == null && !feature.equals("region"))) {
      return 1;
    }
    if (feature.equals("region")) {
      return us ? 2 : 5;
    }
    return us ? 3 : 4;
  }

  private static void geo(List<String> f, Location l) {
    int type = geoType(l);
    if (type == 0) {
      noGeo(f);
      return;
    }
    String country = Fields.countryName(l.country());
    String iso2 = Fields.iso2(l.country());
    f.add(Integer.toString(type));
    f.add(switch (type) {
      case 1 -> country.isEmpty() ? l.name() : country;
      case 2, 5 -> join(l.name(), country);
      default -> join(l.name(), l.admin1() == null || l.admin1().equals(l.name()) ? "" : l.admin1(), country);
    });
    f.add(iso2);
    f.add(type == 1 ? iso2 : ""); // ADM1Code: Vigil keeps the region's name, not its code
    f.add(""); // ADM2Code
    f.add(Fields.number(l.lat()));
    f.add(Fields.number(l.lon()));
    f.add(type == 1 ? iso2 : (type == 3 || type == 4) && l.geonamesId() != null ? l.geonamesId().toString() : "");
  }

  private static String join(String... parts) {
    StringBuilder sb = new StringBuilder();
    for (String p : parts) {
      if (p != null && !p.isBlank()) {
        if (!sb.isEmpty()) {
          sb.append(", ");
        }
        sb.append(p);
      }
    }
    return sb.toString();
  }
}
