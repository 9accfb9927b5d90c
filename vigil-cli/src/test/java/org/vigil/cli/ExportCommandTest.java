package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.testkit.Events.DAY;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.article.Article;
import org.vigil.core.store.EventRow;
import org.vigil.store.DuckDbEventStore;
import org.vigil.store.StoreConfig;
import org.vigil.testkit.Events;

/** {@code vigil export}: every format from a store file, its filters, and its refusals. */
final class ExportCommandTest {
  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream stdout;
  private PrintStream stderr;
  private Path db;

  @BeforeEach
  void capture() {
    stdout = System.out;
    stderr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setProperty(Output.SYSTEM_OUT, "true");
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    db = dir.resolve("vigil.duckdb");
    Article a = Events.article("a1", DAY);
    Article b = Events.article("a2", DAY.plusDays(1));
    try (DuckDbEventStore store = new DuckDbEventStore(StoreConfig.file(db))) {
      store.store(a, List.of(Events.full(a, "e1"), Events.bare(a, "e2")));
      store.store(b, List.of(Events.event(b, "e3").target("AFGGOV", "AFG").build()));
    }
  }

  @AfterEach
  void restore() {
    System.setOut(stdout);
    System.clearProperty(Output.SYSTEM_OUT);
    System.setErr(stderr);
  }

  private int export(String... args) {
    List<String> all = new ArrayList<>(List.of("export", "--db", db.toString()));
    all.addAll(List.of(args));
    return Main.run(all.toArray(String[]::new));
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void gdeltRowsGoToStandardOutputOneLineOf61FieldsPerEvent() {
    assertThat(export("--format", "gdelt")).isEqualTo(Main.OK);

    List<String> lines = stdout().lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines).allSatisfy(line -> assertThat(line.split("\t", -1)).hasSize(61));
    assertThat(stderr()).isEmpty();
  }

  @Test
  void theFiltersOfEventsApply() {
    assertThat(export("--format", "icews", "--country", "AFG")).isEqualTo(Main.OK);

    List<String> lines = stdout().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).startsWith("Event ID\tEvent Date\t");
    assertThat(lines.get(1).split("\t", -1)[10]).isEqualTo("Afghanistan");

    out.reset();
    assertThat(export("--format", "plover", "--article", "a1", "--limit", "1")).isEqualTo(Main.OK);
    assertThat(stdout().lines()).hasSize(1).allSatisfy(line -> assertThat(line).contains("\"article_id\":\"a1\""));
  }

  @Test
  void parquetHoldsTheColumnsAndValuesOfTheCsv() throws Exception {
    Path csv = dir.resolve("events.csv");
    Path parquet = dir.resolve("events.parquet");

    assertThat(export("--format", "csv", "--out", csv.toString())).isEqualTo(Main.OK);
    assertThat(export("--format", "parquet", "--out", parquet.toString())).isEqualTo(Main.OK);

    assertThat(stderr()).isEqualTo("vigil export: 3 events to " + csv + " (csv)\n"
        + "vigil export: 3 events to " + parquet + " (parquet)\n");
    List<List<String>> fromCsv = readCsv(csv);
    List<List<String>> fromParquet = readParquet(parquet);
    assertThat(fromCsv.get(0)).containsExactlyElementsOf(EventRow.COLUMNS);
    assertThat(fromParquet).containsExactlyElementsOf(fromCsv);
  }

  @Test
  void anExistingFileIsReplacedWhole() throws Exception {
    Path file = dir.resolve("events.tsv");
    Files.writeString(file, "old\n".repeat(100));

    assertThat(export("--format", "gdelt", "--out", file.toString(), "--limit", "1")).isEqualTo(Main.OK);

    assertThat(Files.readAllLines(file)).hasSize(1);
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.contains(".partial-"));
    }
  }

  @Test
  void parquetToStandardOutputIsRefused() {
    assertThat(export("--format", "parquet")).isEqualTo(Main.USAGE);
    assertThat(stderr()).isEqualTo("vigil export: parquet cannot go to standard output; name a file with --out FILE\n");
    assertThat(stdout()).isEmpty();
  }

  @Test
  void anUnknownFormatIsRefusedNamingTheFormats() {
    assertThat(export("--format", "xlsx")).isEqualTo(Main.USAGE);
    assertThat(stderr()).isEqualTo(
        "vigil export: unknown export format 'xlsx'; expected gdelt, icews, plover, csv, parquet\n");
  }

  @Test
  void badFiltersAreRefused() {
    assertThat(export("--format", "csv", "--limit", "0")).isEqualTo(Main.USAGE);
    assertThat(stderr()).isEqualTo("vigil export: --limit must be at least 1, was 0\n");
    err.reset();
    assertThat(export("--format", "csv", "--from", "2021-07-10", "--to", "2021-07-01")).isEqualTo(Main.USAGE);
    assertThat(stderr()).isEqualTo("vigil export: query ends (2021-07-01) before it starts (2021-07-10)\n");
  }

  @Test
  void aMissingStoreOrFolderIsAFailure() {
    assertThat(Main.run("export", "--format", "csv", "--db", dir.resolve("none.duckdb").toString()))
        .isEqualTo(Main.FAILURE);
    assertThat(stderr()).isEqualTo("vigil export: no store at " + dir.resolve("none.duckdb")
        + " (run 'vigil ingest' first)\n");
    err.reset();
    Path file = dir.resolve("no/such/events.csv");
    assertThat(export("--format", "csv", "--out", file.toString())).isEqualTo(Main.FAILURE);
    assertThat(stderr()).isEqualTo("vigil export: cannot write " + file + ": there is no folder "
        + dir.resolve("no/such") + "\n");
  }

  /** Standard output that takes {@code room} bytes, then fails with {@code error}; counts the rows it was sent. */
  private static final class Failing extends java.io.OutputStream {
    final int room;
    final String error;
    int taken;

    Failing(int room, String error) {
      this.room = room;
      this.error = error;
    }

    @Override
    public void write(int b) throws java.io.IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws java.io.IOException {
      if (taken + len > room) {
        throw new java.io.IOException(error);
      }
      taken += len;
    }
  }

  private Path manyEvents(int n) {
    Path file = dir.resolve("many.duckdb");
    try (DuckDbEventStore store = new DuckDbEventStore(StoreConfig.file(file))) {
      List<org.vigil.core.event.CodedEvent> events = new ArrayList<>();
      Article a = Events.article("big", DAY);
      for (int i = 0; i < n; i++) {
        events.add(Events.full(a, "e" + i));
      }
      store.store(a, events);
    }
    return file;
  }

  @Test
  void aClosedPipeEndsTheExportAtOnceAndQuietlyWith141() {
    Path many = manyEvents(2000);
    List<Long> rows = new ArrayList<>();
    try (DuckDbEventStore store = new DuckDbEventStore(StoreConfig.file(many).asReadOnly())) {
      org.vigil.core.store.EventQuery all = org.vigil.core.store.EventQuery.all(Integer.MAX_VALUE);
      org.vigil.pipeline.export.Exporter csv = org.vigil.pipeline.export.ExportFormat.CSV.exporter();

      assertThat(ExportCommand.toStdout(store, all, csv, new Failing(100_000, "Broken pipe")))
          .isEqualTo(Output.CLOSED_PIPE);
      assertThat(stderr()).isEmpty();

      assertThat(ExportCommand.toStdout(store, all, csv, new Failing(100_000, "No space left on device")))
          .isEqualTo(Main.FAILURE);
      assertThat(stderr()).isEqualTo("vigil export: cannot write to standard output: No space left on device\n");

      Failing roomy = new Failing(Integer.MAX_VALUE, "none");
      assertThat(ExportCommand.toStdout(store, all, csv, roomy)).isEqualTo(Main.OK);
      rows.add((long) roomy.taken);
    }
    // the whole export is far more than the pipe took before it closed
    assertThat(rows.get(0)).isGreaterThan(500_000L);
  }

  private static List<List<String>> readCsv(Path file) throws Exception {
    CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(file.toFile())) {
      return it.readAll();
    }
  }

  /** The Parquet file as the CSV writes it: header, then each value as text (null empty). */
  private static List<List<String>> readParquet(Path file) throws Exception {
    List<List<String>> rows = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT * FROM read_parquet('" + file + "')")) {
      int n = rs.getMetaData().getColumnCount();
      List<String> header = new ArrayList<>();
      for (int i = 1; i <= n; i++) {
        header.add(rs.getMetaData().getColumnName(i));
      }
      rows.add(header);
      while (rs.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          Object v = rs.getObject(i);
          String type = rs.getMetaData().getColumnTypeName(i);
          row.add(v == null ? ""
              : type.startsWith("TIMESTAMP") ? rs.getObject(i, OffsetDateTime.class).toInstant().toString()
              : v instanceof Double d ? plain(d)
              : v.toString());
        }
        rows.add(row);
      }
    }
    return rows;
  }

  private static String plain(double d) {
    String s = BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    return s.contains(".") ? s : s + ".0";
  }
}
