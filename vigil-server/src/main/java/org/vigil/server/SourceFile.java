package org.vigil.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.vigil.ingest.source.SourceSpec;

/**
 * The sources added through the API, kept in {@code sources.json} in the home folder so that they
 * survive a restart: {@code {"sources": [{"id", "kind", "url" or "path", "interval", "name"}]}},
 * the interval in ISO-8601 ({@code PT15M}). A JSON file rather than a table in the store: the list
 * is a setting, not data; an analyst can read and edit it, and it outlives a store rebuilt from
 * scratch. Each write replaces the file whole (a temporary file moved over it), so a crash leaves
 * the old list or the new one. Not thread-safe: {@link LiveSources} writes under its lock.
 */
final class SourceFile {
  private final Path file;

  SourceFile(Path file) {
    this.file = Objects.requireNonNull(file, "file");
  }

  Path path() {
    return file;
  }

  /**
   * The sources of the file, in its order; none when there is no file.
   *
   * @throws IllegalStateException naming the file, the entry and the reason when it cannot be read
   */
  List<SourceSpec> read() {
    if (!Files.exists(file)) {
      return List.of();
    }
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(file.toFile());
    } catch (IOException e) {
      throw new IllegalStateException("sources file " + file + " cannot be read: " + e.getMessage(), e);
    }
    JsonNode list = root == null ? null : root.get("sources");
    if (list == null || !list.isArray()) {
      throw new IllegalStateException("sources file " + file + " must be {\"sources\": [...]}");
    }
    List<SourceSpec> out = new ArrayList<>();
    int n = 0;
    for (JsonNode s : list) {
      n++;
      try {
        out.add(spec(s));
      } catch (RuntimeException e) {
        throw new IllegalStateException("sources file " + file + ": entry " + n + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  private static SourceSpec spec(JsonNode s) {
    SourceSpec.Kind kind = SourceSpec.Kind.parse(text(s, "kind"));
    String location = text(s, kind.isWeb() ? "url" : "path");
    Duration interval = Duration.parse(text(s, "interval"));
    return new SourceSpec(text(s, "id"), kind, location, interval, s.path("name").asText(""));
  }

  private static String text(JsonNode s, String field) {
    JsonNode v = s.get(field);
    if (v == null || !v.isTextual()) {
      throw new IllegalArgumentException(field + " is missing or not a string");
    }
    return v.asText();
  }

  /** Replaces the file with {@code sources}. */
  void write(List<SourceSpec> sources) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    ArrayNode list = root.putArray("sources");
    for (SourceSpec s : sources) {
      list.add(json(s));
    }
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try {
      Files.write(tmp, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
      try {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot write the sources file " + file + ": " + e.getMessage(), e);
    }
  }

  /** A spec as the file and the API write it. */
  static ObjectNode json(SourceSpec s) {
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.put("id", s.id());
    o.put("kind", s.kind().toString());
    o.put(s.kind().isWeb() ? "url" : "path", s.location());
    o.put("interval", s.interval().toString());
    o.put("name", s.name());
    return o;
  }

  /** The fields a source has, for messages. */
  static final List<String> FIELDS = List.of("id", "kind", "url", "path", "interval", "name");
}
