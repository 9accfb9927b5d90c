package org.vigil.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Synthetic articles and events made in SQL ({@link SyntheticSpec}; issue 13: ten million events
 * in minutes): the spec's distributions become small tables (quantised to 10,000 buckets of the
 * cumulative shares), and one {@code SELECT} over a generated range draws every value from a
 * hash of the seed, the article, the event and the draw's number, so that the rows are the same
 * on every run whatever DuckDB's parallelism. Writes the tables {@code syn_articles} and
 * {@code syn_events} (in the database, not temporary: ten million rows do not fit in the memory of
 * a shared machine) in the columns of {@code articles} and {@code events}. Stateless.
 */
final class SyntheticRows {
  private SyntheticRows() {}

  private static final int BUCKETS = 10_000;

  /** Fills {@code syn_articles} and {@code syn_events}; returns the number of events. */
  static long make(Connection c, SyntheticSpec spec, java.time.OffsetDateTime now) throws SQLException {
    try (Statement st = c.createStatement()) {
      // hashed again: DuckDB's hash of several values combines their hashes so that draws of one
      // event differing only in their number were correlated (0.88), which bent every law
      st.execute("CREATE OR REPLACE TEMP MACRO syn_u(a, k, t) AS (hash(hash(" + spec.seed()
          + "::BIGINT, a, k, t))::DOUBLE / 18446744073709551616.0)");
      st.execute("CREATE OR REPLACE TEMP TABLE syn_country (idx INTEGER, iso VARCHAR, capital VARCHAR, lat DOUBLE, lon DOUBLE)");
      st.execute("CREATE OR REPLACE TEMP TABLE syn_country_q (b INTEGER, idx INTEGER)");
      st.execute("CREATE OR REPLACE TEMP TABLE syn_sector_q (b INTEGER, sector VARCHAR)");
      st.execute("CREATE OR REPLACE TEMP TABLE syn_root_q (b INTEGER, root VARCHAR)");
      st.execute("CREATE OR REPLACE TEMP TABLE syn_code (root VARCHAR, k INTEGER, code VARCHAR, goldstein DOUBLE,"
          + " plover VARCHAR, mode VARCHAR)");
      st.execute("CREATE OR REPLACE TEMP TABLE syn_rival (src INTEGER, ord INTEGER, tgt INTEGER)");
    }
    List<SyntheticSpec.Country> countries = spec.countries();
    List<String> isos = countries.stream().map(SyntheticSpec.Country::iso).toList();
    try (PreparedStatement ins = c.prepareStatement("INSERT INTO syn_country VALUES (?, ?, ?, ?, ?)")) {
      for (int i = 0; i < countries.size(); i++) {
        SyntheticSpec.Country country = countries.get(i);
        ins.setInt(1, i);
        ins.setString(2, country.iso());
        ins.setString(3, country.capital());
        ins.setDouble(4, country.lat());
        ins.setDouble(5, country.lon());
        ins.addBatch();
      }
      ins.executeBatch();
    }
    double[] zipf = new double[countries.size()];
    for (int i = 0; i < zipf.length; i++) {
      zipf[i] = 1 / Math.pow(i + 1, spec.zipf());
    }
    buckets(c, "syn_country_q", zipf, BUCKETS, i -> i);
    double[] sectorWeights = spec.sectors().stream().mapToDouble(SyntheticSpec.Sector::weight).toArray();
    int sectorBuckets = spec.sectors().stream().mapToInt(SyntheticSpec.Sector::weight).sum();
    buckets(c, "syn_sector_q", sectorWeights, sectorBuckets, i -> spec.sectors().get(i).code());
    buckets(c, "syn_root_q", spec.rootShares().stream().mapToDouble(Double::doubleValue).toArray(), BUCKETS,
        i -> String.format(Locale.ROOT, "%02d", i + 1));
    try (PreparedStatement ins = c.prepareStatement("INSERT INTO syn_code VALUES (?, ?, ?, ?, ?, ?)")) {
      java.util.Map<String, Integer> seen = new java.util.HashMap<>();
      for (SyntheticSpec.Code code : spec.codes()) {
        int k = seen.merge(code.root(), 1, Integer::sum) - 1;
        ins.setString(1, code.root());
        ins.setInt(2, k);
        ins.setString(3, code.code());
        ins.setDouble(4, code.goldstein());
        ins.setString(5, code.plover());
        ins.setString(6, code.mode());
        ins.addBatch();
      }
      ins.executeBatch();
    }
    try (PreparedStatement ins = c.prepareStatement("INSERT INTO syn_rival VALUES (?, ?, ?)")) {
      java.util.Map<String, Integer> order = new java.util.HashMap<>();
      for (SyntheticSpec.Rival r : spec.rivals()) {
        ins.setInt(1, isos.indexOf(r.source()));
        ins.setInt(2, order.merge(r.source(), 1, Integer::sum) - 1);
        ins.setInt(3, isos.indexOf(r.target()));
        ins.addBatch();
      }
      ins.executeBatch();
    }
    // 1-9 events an article, 5 on average: a tenth more candidates than needed, cut at the total
    long candidates = spec.events() / 5 + spec.events() / 50 + 1_000;
    try (Statement st = c.createStatement()) {
      st.execute("CREATE OR REPLACE TEMP TABLE syn_a AS SELECT a, n, day, src FROM ("
          + " SELECT i AS a, 1 + floor(syn_u(i, -1, 1) * 9)::INTEGER AS n,"
          + " DATE '" + spec.first() + "' + least(" + (spec.days() - 1)
          + ", floor((-1 + sqrt(1 + 8 * syn_u(i, -1, 2))) / 2 * " + spec.days() + ")::INTEGER) AS day,"
          + " q.idx AS src FROM range(" + candidates + ") r(i)"
          + " JOIN syn_country_q q ON q.b = floor(syn_u(i, -1, 3) * " + BUCKETS + ")::INTEGER)"
          + " QUALIFY sum(n) OVER (ORDER BY a ROWS UNBOUNDED PRECEDING) - n < " + spec.events());
      st.execute("CREATE OR REPLACE TABLE syn_articles AS SELECT 'syn-' || a.a AS id,"
          + " left(sha256(CAST(a.day AS VARCHAR) || chr(0) || t.text), 32) AS content_hash, a.day AS date,"
          + " 'Synthetic article ' || a.a AS title, t.text, '' AS url, 'synthetic' AS source,"
          + " TIMESTAMPTZ '" + now + "' AS ingested_at"
          + " FROM syn_a a JOIN syn_country c ON c.idx = a.src,"
          + " LATERAL (SELECT 'Synthetic article ' || a.a || ' about ' || c.capital || ': ' || a.n"
          + " || ' made-up events for the API benchmark.' AS text) t");
      st.execute(EVENTS.replace("@SECTORS", Integer.toString(sectorBuckets)).replace("@B", Integer.toString(BUCKETS)));
    }
    try (Statement st = c.createStatement();
        java.sql.ResultSet rs = st.executeQuery("SELECT count(*) FROM syn_events")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static final String EVENTS = """
      CREATE OR REPLACE TABLE syn_events AS
      WITH e0 AS (
        SELECT a, day, src AS asrc, unnest(range(n)) AS k FROM syn_a
      ), e1 AS (
        SELECT e0.a, e0.day, e0.k,
          CASE WHEN e0.k = 0 OR syn_u(e0.a, e0.k, 1) < 0.7 THEN e0.asrc ELSE zq.idx END AS src,
          syn_u(e0.a, e0.k, 4) >= 0.06 AS has_t
        FROM e0 JOIN syn_country_q zq ON zq.b = floor(syn_u(e0.a, e0.k, 3) * @B)::INTEGER
      ), e2 AS (
        SELECT e1.*,
          CASE WHEN syn_u(e1.a, e1.k, 5) < 0.45 AND rv.tgt IS NOT NULL THEN rv.tgt
               WHEN syn_u(e1.a, e1.k, 7) < 0.15 THEN e1.src
               ELSE zt.idx END AS tgt
        FROM e1
        JOIN syn_country_q zt ON zt.b = floor(syn_u(e1.a, e1.k, 8) * @B)::INTEGER
        LEFT JOIN syn_rival rv ON rv.src = e1.src
          AND rv.ord = floor(-log2(greatest(syn_u(e1.a, e1.k, 6), 1e-300)))::INTEGER
      ), e3 AS (
        SELECT e2.*, ss.sector AS s_sector, ts.sector AS t_sector, rq.root,
          CASE WHEN syn_u(e2.a, e2.k, 12) < 0.4 THEN 0
               ELSE floor(syn_u(e2.a, e2.k, 13) * (SELECT count(*) FROM syn_code x WHERE x.root = rq.root))::INTEGER
          END AS code_k,
          syn_u(e2.a, e2.k, 15) < 0.6 AS has_loc,
          CASE WHEN e2.has_t AND syn_u(e2.a, e2.k, 16) < 0.5 THEN e2.tgt ELSE e2.src END AS at
        FROM e2
        JOIN syn_sector_q ss ON ss.b = floor(syn_u(e2.a, e2.k, 9) * @SECTORS)::INTEGER
        JOIN syn_sector_q ts ON ts.b = floor(syn_u(e2.a, e2.k, 10) * @SECTORS)::INTEGER
        JOIN syn_root_q rq ON rq.b = floor(syn_u(e2.a, e2.k, 11) * @B)::INTEGER
      )
      SELECT
        'syn-' || e.a || '-' || e.k AS event_id, 'syn-' || e.a AS article_id,
        e.day - floor(syn_u(e.a, e.k, 14) * 3)::INTEGER AS date,
        e.day - floor(syn_u(e.a, e.k, 14) * 3)::INTEGER AS date_end,
        'day' AS date_granularity, 'article' AS date_from, '' AS date_text, '' AS date_timex,
        sc.iso || s_sector AS source_code, sc.iso AS source_country, nullif(s_sector, '') AS source_sector,
        sc.capital AS source_name, sc.iso AS source_text, 0 AS source_begin, 3 AS source_end,
        []::VARCHAR[] AS source_members, ['country:' || sc.iso] AS source_entries,
        CASE WHEN has_t THEN tc.iso || t_sector END AS target_code,
        CASE WHEN has_t THEN tc.iso END AS target_country,
        CASE WHEN has_t THEN nullif(t_sector, '') END AS target_sector,
        CASE WHEN has_t THEN tc.capital END AS target_name,
        CASE WHEN has_t THEN tc.iso END AS target_text,
        CASE WHEN has_t THEN 0 END AS target_begin, CASE WHEN has_t THEN 3 END AS target_end,
        CASE WHEN has_t THEN []::VARCHAR[] END AS target_members,
        CASE WHEN has_t THEN ['country:' || tc.iso] END AS target_entries,
        cd.code AS cameo, cd.root AS cameo_root,
        CAST(CASE WHEN CAST(cd.root AS INTEGER) <= 5 THEN 1 WHEN CAST(cd.root AS INTEGER) <= 8 THEN 2
             WHEN CAST(cd.root AS INTEGER) <= 13 THEN 3 ELSE 4 END AS TINYINT) AS quad_class,
        cd.goldstein, cd.plover AS plover_event, cd.mode AS plover_mode, []::VARCHAR[] AS plover_contexts,
        syn_u(e.a, e.k, 21) < 0.03 AS negated, 'asserted' AS modality,
        CASE WHEN has_loc THEN lc.capital END AS location_name,
        CASE WHEN has_loc THEN 'city' END AS location_feature,
        CASE WHEN has_loc THEN lc.iso END AS location_country,
        CASE WHEN has_loc THEN lc.capital END AS location_admin1,
        CASE WHEN has_loc THEN lc.lat + syn_u(e.a, e.k, 17) * 0.4 - 0.2 END AS location_lat,
        CASE WHEN has_loc THEN lc.lon + syn_u(e.a, e.k, 18) * 0.4 - 0.2 END AS location_lon,
        NULL::BIGINT AS location_geonames_id,
        CASE WHEN has_loc THEN 'text' END AS location_from,
        CASE WHEN has_loc THEN 'in ' || lc.capital END AS location_text,
        CASE WHEN has_loc THEN 0.75 END AS location_confidence,
        e.k AS sentence_index,
        sc.capital || ' and ' || CASE WHEN has_t THEN tc.capital ELSE 'others' END || ': ' || cd.code || '.' AS sentence,
        0 AS trigger_begin, 1 AS trigger_end, [0, 1] AS source_span,
        CASE WHEN has_t THEN [2, 3] END AS target_span, 'synthetic' AS pattern, []::VARCHAR[] AS cues,
        round(least(19, greatest(1, round(syn_u(e.a, e.k, 19) * 9 + syn_u(e.a, e.k, 20) * 9 + 1))) * 0.05, 2)
          AS confidence,
        []::VARCHAR[] AS issues
      FROM e3 e
      JOIN syn_country sc ON sc.idx = e.src
      JOIN syn_country tc ON tc.idx = e.tgt
      JOIN syn_country lc ON lc.idx = e.at
      JOIN syn_code cd ON cd.root = e.root AND cd.k = e.code_k""";

  /** A table of {@code buckets} rows mapping bucket b to the item whose cumulative share holds (b + 0.5) / buckets. */
  private static void buckets(Connection c, String table, double[] weights, int buckets,
      java.util.function.IntFunction<Object> item) throws SQLException {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    List<Object> items = new ArrayList<>(buckets);
    double cumulative = 0;
    int i = 0;
    for (int b = 0; b < buckets; b++) {
      double u = (b + 0.5) / buckets;
      while (i < weights.length - 1 && u > (cumulative + weights[i]) / total) {
        cumulative += weights[i];
        i++;
      }
      items.add(item.apply(i));
    }
    try (PreparedStatement ins = c.prepareStatement("INSERT INTO " + table + " VALUES (?, ?)")) {
      for (int b = 0; b < buckets; b++) {
        ins.setInt(1, b);
        ins.setObject(2, items.get(b));
        ins.addBatch();
      }
      ins.executeBatch();
    }
  }
}
