package org.vigil.pipeline.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The export formats ({@code vigil export --format}, the REST API's exports). All but Parquet are
 * text written by an {@link Exporter}; Parquet is a file the store writes with DuckDB
 * ({@code DuckDbEventStore.exportParquet}), with the columns of {@link #CSV}.
 */
public enum ExportFormat {
  /** The GDELT 2.0 event table: 61 tab-separated columns, no header (as GDELT's own files). */
  GDELT("text/tab-separated-values", "tsv"),
  /** ICEWS coded event data: 20 tab-separated columns under their header. */
  ICEWS("text/tab-separated-values", "tsv"),
  /** PLOVER-style JSON records, one per line (JSON Lines). */
  PLOVER("application/x-ndjson", "jsonl"),
  /** Vigil's event fields as CSV (RFC 4180) under a header. */
  CSV("text/csv", "csv"),
  /** The CSV's columns as a Parquet file, written by the store. */
  PARQUET("application/vnd.apache.parquet", "parquet");

  private final String mediaType;
  private final String extension;

  ExportFormat(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  /** The format as written on the command line: {@code gdelt}, {@code icews}, ... */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The media type of the output, for an HTTP response. */
  public String mediaType() {
    return mediaType;
  }

  /** The usual file extension, without the dot. */
  public String extension() {
    return extension;
  }

  /** Whether the format is text an {@link Exporter} writes to a stream (all but Parquet). */
  public boolean isStreamed() {
    return this != PARQUET;
  }

  /**
   * The format named {@code label}, in any case.
   *
   * @throws IllegalArgumentException naming the label and the formats there are
   */
  public static ExportFormat parse(String label) {
    for (ExportFormat f : values()) {
      if (f.label().equalsIgnoreCase(label == null ? "" : label.strip())) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown export format '" + label + "'; expected "
        + Arrays.stream(values()).map(ExportFormat::label).collect(Collectors.joining(", ")));
  }

  /**
   * The exporter of a streamed format.
   *
   * @throws IllegalStateException for {@link #PARQUET}, which the store writes to a file
   */
  public Exporter exporter() {
    return switch (this) {
      case GDELT -> GdeltExporter.INSTANCE;
      case ICEWS -> IcewsExporter.INSTANCE;
      case PLOVER -> PloverExporter.INSTANCE;
      case CSV -> CsvExporter.INSTANCE;
      case PARQUET -> throw new IllegalStateException(
          "parquet is a file the store writes (DuckDbEventStore.exportParquet), not a stream");
    };
  }
}
