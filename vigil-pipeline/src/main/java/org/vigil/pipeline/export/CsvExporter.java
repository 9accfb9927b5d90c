package org.vigil.pipeline.export;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.vigil.core.store.EventRow;

/**
 * CSV (RFC 4180: comma-separated, fields quoted when they hold a comma, quote or line end, quotes
 * doubled, lines ending in CRLF), written by Jackson's CSV module, under a header of
 * {@link EventRow#COLUMNS}: one row per event with its evidence sentence and confidence. Parquet
 * exports have the same columns. Stateless and thread-safe.
 */
final class CsvExporter implements Exporter {

  static final CsvExporter INSTANCE = new CsvExporter();

  private static final CsvMapper MAPPER = CsvMapper.builder()
      // a stream of rows: the caller's stream stays open for the caller to close
      .disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
      // quote a field only when RFC 4180 needs it, not every long one (Jackson's default)
      .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
      .build();

  private static final CsvSchema SCHEMA = schema();

  private CsvExporter() {}

  private static CsvSchema schema() {
    CsvSchema.Builder b = CsvSchema.builder();
    for (String column : EventRow.COLUMNS) {
      b.addColumn(column);
    }
    return b.setUseHeader(true).setLineSeparator("\r\n").build();
  }

  @Override
  public List<String> columns() {
    return EventRow.COLUMNS;
  }

  /** The fields of {@code row} as text: numbers plain, dates and times ISO 8601, null empty. */
  static List<String> fields(EventRow row) {
    List<Object> values = row.values();
    List<String> f = new ArrayList<>(values.size());
    for (Object v : values) {
      f.add(switch (v) {
        case null -> "";
        case Double d -> Fields.number(d);
        case Instant i -> i.toString();
        default -> v.toString();
      });
    }
    return f;
  }

  @Override
  public RowWriter open(OutputStream out) throws IOException {
    SequenceWriter writer = MAPPER.writer(SCHEMA).writeValues(out);
    return new RowWriter() {
      @Override
      public void write(EventRow row) throws IOException {
        writer.write(fields(row));
      }

      @Override
      public void close() throws IOException {
        // the header is written even when there is no row
        writer.close();
      }
    };
  }
}
