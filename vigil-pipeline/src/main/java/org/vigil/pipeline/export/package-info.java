/**
 * Event exports: GDELT 2.0 event table rows, ICEWS-style rows, PLOVER JSON Lines and CSV, written
 * from {@link org.vigil.core.store.EventRow}s to any output stream, a file, standard output or an
 * HTTP response alike. Start from {@link org.vigil.pipeline.export.ExportFormat}; its
 * {@link org.vigil.pipeline.export.Exporter} writes the rows. Parquet is written by the store
 * ({@code DuckDbEventStore.exportParquet}) with the columns of the CSV. docs/EVENTS.md, "Exports",
 * says what each column holds.
 */
package org.vigil.pipeline.export;
