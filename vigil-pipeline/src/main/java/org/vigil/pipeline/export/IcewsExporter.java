package org.vigil.pipeline.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigil.coding.dictionary.CameoCatalog;
import org.vigil.coding.dictionary.CameoCode;
import org.vigil.coding.dictionary.Dictionaries;
import org.vigil.core.event.ActorRef;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.Location;
import org.vigil.core.store.EventRow;

/**
 * ICEWS-style rows: the 20 tab-separated columns of the ICEWS coded event data, under their
 * header. What Vigil puts in each column is in docs/EVENTS.md, "Exports". Stateless and
 * thread-safe.
 */
final class IcewsExporter implements Exporter {

  static final IcewsExporter INSTANCE = new IcewsExporter();

  /** The columns of ICEWS coded event data, in order. */
  static final List<String> COLUMNS = List.of(
      "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text", "CAMEO Code",
      "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID", "Sentence Number", "Publisher",
      "City", "District", "Province", "Country", "Latitude", "Longitude");

  /** Location features that are a populated place: its name goes in City. */
  private static final Set<String> CITIES = Set.of("city", "town", "capital", "place");

  private IcewsExporter() {}

  /** The built-in CAMEO catalogue, for the Event Text; loaded when first needed. */
  private static final class Catalog {
    static final CameoCatalog CAMEO = Dictionaries.builtinCameo();
  }

  @Override
  public List<String> columns() {
    return COLUMNS;
  }

  @Override
  public RowWriter open(OutputStream out) throws IOException {
    return new TsvWriter(out, COLUMNS, COLUMNS.size(), IcewsExporter::fields);
  }

  /** The 20 fields of {@code row}. */
  static List<String> fields(EventRow row) {
    CodedEvent e = row.event();
    List<String> f = new ArrayList<>(COLUMNS.size());
    f.add(Long.toString(Fields.numericId(e.eventId())));
    f.add(e.date().date().toString());
    actor(f, e.source());
    f.add(Catalog.CAMEO.findOrParent(e.cameo()).map(CameoCode::description).orElse(""));
    f.add(e.cameo());
    f.add(Fields.number(e.goldstein()));
    actor(f, e.target());
    f.add(e.articleId());
    f.add(Integer.toString(e.evidence().sentenceIndex() + 1));
    f.add(row.publisher());
    Location l = e.location();
    String feature = l == null || l.feature() == null ? "" : l.feature();
    f.add(CITIES.contains(feature) ? l.name() : "");
    f.add(feature.equals("district") ? l.name() : "");
    f.add(l == null ? "" : feature.equals("region") ? l.name() : nullToEmpty(l.admin1()));
    f.add(l == null ? "" : Fields.countryName(l.country()));
    f.add(l == null ? "" : Fields.number(l.lat()));
    f.add(l == null ? "" : Fields.number(l.lon()));
    return f;
  }

  private static void actor(List<String> f, ActorRef a) {
    if (a == null) {
      f.add("");
      f.add("");
      f.add("");
      return;
    }
    f.add(Fields.actorName(a));
    f.add(nullToEmpty(a.sector()));
    f.add(Fields.countryName(a.country()));
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
