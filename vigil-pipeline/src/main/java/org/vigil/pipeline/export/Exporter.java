package org.vigil.pipeline.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.vigil.core.store.EventRow;

/**
 * Writes event rows in one export format to an output stream, one row at a time, so that a store
 * scan can stream into a file, standard output or an HTTP response without holding the events in
 * memory. Exporters are stateless and thread-safe; a {@link RowWriter} is used by one thread.
 *
 * {@snippet :
 * try (Exporter.RowWriter writer = ExportFormat.GDELT.exporter().open(out)) {
 *   store.scan(query, row -> writer.writeUnchecked(row));
 * }
 * }
 */
public interface Exporter {

  /** The format's columns in order (its header, if it writes one); empty for JSON Lines. */
  List<String> columns();

  /**
   * Starts writing to {@code out}: the header first, if the format has one. The writer buffers;
   * {@link RowWriter#close} flushes it and leaves {@code out} open, for its owner to close.
   *
   * @throws IOException when the header cannot be written
   */
  RowWriter open(OutputStream out) throws IOException;

  /**
   * Writes all {@code rows} to {@code out} (header, rows, flush), leaving {@code out} open.
   *
   * @return the number of rows written
   * @throws IOException when {@code out} cannot be written
   */
  default long write(Iterable<EventRow> rows, OutputStream out) throws IOException {
    long n = 0;
    try (RowWriter writer = open(out)) {
      for (EventRow row : rows) {
        writer.write(row);
        n++;
      }
    }
    return n;
  }

  /** Writes the rows of one export; not thread-safe. */
  interface RowWriter extends Closeable {

    /**
     * Writes one row.
     *
     * @throws IOException when the output cannot be written
     */
    void write(EventRow row) throws IOException;

    /**
     * {@link #write}, for callers that cannot throw a checked exception (a store scan's action).
     *
     * @throws java.io.UncheckedIOException with the {@link IOException} as its cause
     */
    default void writeUnchecked(EventRow row) {
      try {
        write(row);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    /** Flushes what is buffered; the output stream stays open. */
    @Override
    void close() throws IOException;
  }
}
