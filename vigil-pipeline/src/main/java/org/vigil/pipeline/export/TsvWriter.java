package org.vigil.pipeline.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.vigil.core.store.EventRow;

/**
 * Writes rows as tab-separated lines in UTF-8, each ending in {@code \n}; every field is
 * {@linkplain Fields#clean cleaned} of tabs and line ends, so a line is always one row of the
 * format's column count. Not thread-safe.
 */
final class TsvWriter implements Exporter.RowWriter {
  private final Writer out;
  private final Function<EventRow, List<String>> fields;
  private final int columns;

  /**
   * @param header written first when not null
   * @param columns the number of fields of every row
   */
  TsvWriter(OutputStream out, List<String> header, int columns, Function<EventRow, List<String>> fields)
      throws IOException {
    this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    this.fields = fields;
    this.columns = columns;
    if (header != null) {
      line(header);
    }
  }

  @Override
  public void write(EventRow row) throws IOException {
    line(fields.apply(row));
  }

  private void line(List<String> values) throws IOException {
    if (values.size() != columns) {
      throw new IllegalStateException("a row of " + values.size() + " fields where the format has " + columns);
    }
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.write('\t');
      }
      out.write(Fields.clean(values.get(i)));
    }
    out.write('\n');
  }

  @Override
  public void close() throws IOException {
    out.flush();
  }
}
