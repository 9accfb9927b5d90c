package org.vigil.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.vigil.core.correction.CorrectedCoding;
import org.vigil.core.correction.Correction;
import org.vigil.core.correction.CorrectionStore;
import org.vigil.core.correction.OriginalCoding;
import org.vigil.core.correction.Verdict;
import org.vigil.core.event.Modality;

/**
 * The {@code corrections} table (schema version 5, issue 14): one row per correction, keyed by its
 * id, with the corrected coding ({@code coding_*}, null for a right verdict or no event here) and
 * the event's coding when corrected ({@code original_*}). No key points at {@code events}: an
 * event coded away later leaves its corrections as they were. Stateless; the store serialises
 * writes.
 */
final class CorrectionRows {

  static final String TABLE = """
      CREATE TABLE IF NOT EXISTS corrections (
        id VARCHAR PRIMARY KEY,
        event_id VARCHAR NOT NULL,
        article_id VARCHAR NOT NULL,
        created TIMESTAMPTZ NOT NULL,
        verdict VARCHAR NOT NULL CHECK (verdict IN ('right', 'wrong')),
        analyst VARCHAR NOT NULL,
        note VARCHAR NOT NULL,
        coding_cameo VARCHAR,
        coding_source VARCHAR,
        coding_target VARCHAR,
        coding_date DATE,
        coding_place VARCHAR,
        coding_modality VARCHAR,
        original_cameo VARCHAR NOT NULL,
        original_source VARCHAR NOT NULL,
        original_source_text VARCHAR NOT NULL,
        original_target VARCHAR,
        original_target_text VARCHAR NOT NULL,
        original_date DATE NOT NULL,
        original_place VARCHAR,
        original_place_country VARCHAR,
        original_modality VARCHAR NOT NULL,
        original_negated BOOLEAN NOT NULL,
        original_sentence_index INTEGER NOT NULL,
        original_sentence VARCHAR NOT NULL,
        original_trigger VARCHAR NOT NULL,
        original_pattern VARCHAR NOT NULL,
        original_confidence DOUBLE NOT NULL)""";

  private static final String COLUMNS = "id, event_id, article_id, created, verdict, analyst, note, coding_cameo,"
      + " coding_source, coding_target, coding_date, coding_place, coding_modality, original_cameo, original_source,"
      + " original_source_text, original_target, original_target_text, original_date, original_place,"
      + " original_place_country, original_modality, original_negated, original_sentence_index, original_sentence,"
      + " original_trigger, original_pattern, original_confidence";

  private CorrectionRows() {}

  /** Whether the database has the table (a read-only store of schema version 4 or older has not). */
  static boolean present(Connection c) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM information_schema.tables"
            + " WHERE table_name = 'corrections' AND table_schema = 'main'")) {
      rs.next();
      return rs.getLong(1) > 0;
    }
  }

  /**
   * Inserts the correction when its event is stored, in one statement (so an event deleted by a
   * concurrent recode cannot slip between the check and the insert: writes are serialised).
   *
   * @return false when the event is not stored
   * @throws IllegalArgumentException when the id is taken
   */
  static boolean insert(Connection c, Correction k) throws SQLException {
    try (PreparedStatement taken = c.prepareStatement("SELECT 1 FROM corrections WHERE id = ?")) {
      taken.setString(1, k.id());
      try (ResultSet rs = taken.executeQuery()) {
        if (rs.next()) {
          throw new IllegalArgumentException("correction " + k.id() + " is stored already");
        }
      }
    }
    String marks = "?, ".repeat(27) + "?";
    try (PreparedStatement insert = c.prepareStatement("INSERT INTO corrections (" + COLUMNS + ") SELECT " + marks
        + " WHERE EXISTS (SELECT 1 FROM events WHERE event_id = ?)")) {
      int i = 1;
      insert.setString(i++, k.id());
      insert.setString(i++, k.eventId());
      insert.setString(i++, k.articleId());
      insert.setObject(i++, OffsetDateTime.ofInstant(k.created(), ZoneOffset.UTC));
      insert.setString(i++, k.verdict().label());
      insert.setString(i++, k.analyst());
      insert.setString(i++, k.note());
      CorrectedCoding g = k.coding();
      insert.setString(i++, g == null ? null : g.cameo());
      insert.setString(i++, g == null ? null : g.source());
      insert.setString(i++, g == null ? null : g.target());
      setDate(insert, i++, g == null ? null : g.date());
      insert.setString(i++, g == null ? null : g.place());
      insert.setString(i++, g == null ? null : g.modality().label());
      OriginalCoding o = k.original();
      insert.setString(i++, o.cameo());
      insert.setString(i++, o.source());
      insert.setString(i++, o.sourceText());
      insert.setString(i++, o.target());
      insert.setString(i++, o.targetText());
      setDate(insert, i++, o.date());
      insert.setString(i++, o.place());
      insert.setString(i++, o.placeCountry());
      insert.setString(i++, o.modality().label());
      insert.setBoolean(i++, o.negated());
      insert.setInt(i++, o.sentenceIndex());
      insert.setString(i++, o.sentence());
      insert.setString(i++, o.trigger());
      insert.setString(i++, o.pattern());
      insert.setDouble(i++, o.confidence());
      insert.setString(i, k.eventId());
      return insert.executeUpdate() == 1;
    }
  }

  private static void setDate(PreparedStatement st, int i, LocalDate date) throws SQLException {
    if (date == null) {
      st.setNull(i, Types.DATE);
    } else {
      st.setObject(i, date);
    }
  }

  static List<Correction> ofEvent(Connection c, String eventId) throws SQLException {
    try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM corrections WHERE event_id = ?"
        + " ORDER BY created, id")) {
      select.setString(1, eventId);
      return list(select);
    }
  }

  static long count(Connection c, String eventId) throws SQLException {
    try (PreparedStatement select = c.prepareStatement("SELECT count(*) FROM corrections WHERE event_id = ?")) {
      select.setString(1, eventId);
      try (ResultSet rs = select.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  static List<Correction> page(Connection c, CorrectionStore.Cursor after, int limit) throws SQLException {
    String where = after == null ? "" : " WHERE (created, id) < (?, ?)";
    try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM corrections" + where
        + " ORDER BY created DESC, id DESC LIMIT ?")) {
      int i = 1;
      if (after != null) {
        select.setObject(i++, OffsetDateTime.ofInstant(after.created(), ZoneOffset.UTC));
        select.setString(i++, after.id());
      }
      select.setInt(i, limit);
      return list(select);
    }
  }

  static void each(Connection c, Consumer<? super Correction> action) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT " + COLUMNS + " FROM corrections ORDER BY created, id")) {
      while (rs.next()) {
        action.accept(read(rs));
      }
    }
  }

  private static List<Correction> list(PreparedStatement select) throws SQLException {
    List<Correction> out = new ArrayList<>();
    try (ResultSet rs = select.executeQuery()) {
      while (rs.next()) {
        out.add(read(rs));
      }
    }
    return out;
  }

  private static Correction read(ResultSet rs) throws SQLException {
    String cameo = rs.getString("coding_cameo");
    CorrectedCoding coding = cameo == null ? null : new CorrectedCoding(cameo, rs.getString("coding_source"),
        rs.getString("coding_target"), date(rs, "coding_date"), rs.getString("coding_place"),
        modality(rs.getString("coding_modality")));
    OriginalCoding original = new OriginalCoding(rs.getString("original_cameo"), rs.getString("original_source"),
        rs.getString("original_source_text"), rs.getString("original_target"), rs.getString("original_target_text"),
        date(rs, "original_date"), rs.getString("original_place"), rs.getString("original_place_country"),
        modality(rs.getString("original_modality")), rs.getBoolean("original_negated"),
        rs.getInt("original_sentence_index"), rs.getString("original_sentence"), rs.getString("original_trigger"),
        rs.getString("original_pattern"), rs.getDouble("original_confidence"));
    return new Correction(rs.getString("id"), rs.getString("event_id"), rs.getString("article_id"),
        rs.getObject("created", OffsetDateTime.class).toInstant(), Verdict.of(rs.getString("verdict")),
        rs.getString("analyst"), rs.getString("note"), coding, original);
  }

  private static LocalDate date(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, LocalDate.class);
  }

  private static Modality modality(String label) {
    return label == null ? null : Modality.valueOf(label.toUpperCase(Locale.ROOT));
  }
}
