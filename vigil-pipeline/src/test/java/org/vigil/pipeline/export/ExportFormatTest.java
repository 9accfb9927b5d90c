package org.vigil.pipeline.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class ExportFormatTest {

  @Test
  void formatsAreNamedByTheirLabelInAnyCase() {
    assertThat(ExportFormat.parse("gdelt")).isEqualTo(ExportFormat.GDELT);
    assertThat(ExportFormat.parse("ICEWS")).isEqualTo(ExportFormat.ICEWS);
    assertThat(ExportFormat.parse(" plover ")).isEqualTo(ExportFormat.PLOVER);
    assertThat(ExportFormat.parse("csv")).isEqualTo(ExportFormat.CSV);
    assertThat(ExportFormat.parse("Parquet")).isEqualTo(ExportFormat.PARQUET);
  }

  @Test
  void anUnknownFormatIsNamedWithTheFormatsThereAre() {
    assertThatThrownBy(() -> ExportFormat.parse("xlsx"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown export format 'xlsx'; expected gdelt, icews, plover, csv, parquet");
  }

  @Test
  void parquetIsNotAStream() {
    assertThat(ExportFormat.PARQUET.isStreamed()).isFalse();
    assertThatThrownBy(ExportFormat.PARQUET::exporter)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("parquet is a file the store writes (DuckDbEventStore.exportParquet), not a stream");
  }

  @Test
  void everyStreamedFormatHasAnExporter() {
    for (ExportFormat f : ExportFormat.values()) {
      if (f.isStreamed()) {
        assertThat(f.exporter()).as(f.label()).isNotNull();
      }
    }
  }
}
