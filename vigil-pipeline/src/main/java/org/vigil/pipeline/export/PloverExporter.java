package org.vigil.pipeline.export;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.vigil.core.event.Location;
import org.vigil.core.store.EventRow;
import org.vigil.pipeline.EventJson;

/**
 * PLOVER-style JSON Lines: each line the record {@code vigil code --format plover} writes
 * ({@link EventJson#plover}), with the article's {@code url} and {@code publisher} and the event's
 * {@code location} added. Stateless and thread-safe.
 */
final class PloverExporter implements Exporter {

  static final PloverExporter INSTANCE = new PloverExporter();

  private static final ObjectMapper MAPPER = lineSafe(new ObjectMapper());
  private static final EventJson JSON = new EventJson(MAPPER);

  private PloverExporter() {}

  /**
   * The mapper writing U+0085, U+2028 and U+2029 as escapes: JSON allows them raw, but readers that
   * split lines on every Unicode line end (Python's {@code str.splitlines}) would cut a record there.
   */
  private static ObjectMapper lineSafe(ObjectMapper mapper) {
    mapper.getFactory().setCharacterEscapes(new CharacterEscapes() {
      private static final long serialVersionUID = 1L;
      private final int[] ascii = CharacterEscapes.standardAsciiEscapesForJSON();

      @Override
      public int[] getEscapeCodesForAscii() {
        return ascii;
      }

      @Override
      public SerializableString getEscapeSequence(int ch) {
        return ch == 0x85 || ch == 0x2028 || ch == 0x2029
            ? new SerializedString(String.format("\\u%04x", ch))
            : null;
      }
    });
    return mapper;
  }

  @Override
  public List<String> columns() {
    return List.of();
  }

  /** The record of {@code row}. */
  static ObjectNode record(EventRow row) {
    ObjectNode o = JSON.plover(row.event());
    o.put("url", row.url());
    o.put("publisher", row.publisher());
    Location l = row.event().location();
    if (l == null) {
      o.putNull("location");
    } else {
      ObjectNode loc = o.putObject("location");
      loc.put("name", l.name());
      loc.put("feature", l.feature());
      loc.put("country", l.country());
      loc.put("admin1", l.admin1());
      loc.put("lat", l.lat());
      loc.put("lon", l.lon());
      loc.put("geonames_id", l.geonamesId());
    }
    return o;
  }

  @Override
  public RowWriter open(OutputStream out) {
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    return new RowWriter() {
      @Override
      public void write(EventRow row) throws IOException {
        // line ends inside strings are escaped (lineSafe), so a record is one line
        writer.write(MAPPER.writeValueAsString(record(row)));
        writer.write('\n');
      }

      @Override
      public void close() throws IOException {
        writer.flush();
      }
    };
  }
}
