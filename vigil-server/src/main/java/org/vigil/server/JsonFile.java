package org.vigil.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.vigil.core.VigilException;

/**
 * A JSON document kept in a file of the home folder (the watches, the alerts), written whole to a
 * temporary file beside it and moved over it atomically, so that a crash leaves the old document or
 * the new one, never half of one. Stateless.
 */
final class JsonFile {
  private JsonFile() {}

  /** The document in {@code file}, or null when there is no such file. */
  static JsonNode read(Path file) {
    if (!Files.exists(file)) {
      return null;
    }
    try {
      return Json.MAPPER.readTree(file.toFile());
    } catch (IOException e) {
      throw new VigilException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  static void write(Path file, JsonNode doc) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      Files.write(tmp, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(doc));
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new VigilException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
