package org.vigil.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The watches (issue 14, item 1): those of the watches file in the home folder ({@code
 * watches.json}, which the API edits), and those of the settings file ({@code watches:}), which
 * win on an id both have and which the API cannot change. A home folder without a watches file
 * starts with the built-in watches ({@code default-watches.json} beside this class: the
 * Afghanistan-Tajikistan border and the CSTO), written to the file so that they can be edited like
 * any other. A JSON file rather than a store table: watches are a few hand-edited settings, read
 * and diffed by people, and the store's schema belongs to the coded events. Thread-safe: every
 * method holds the book's lock.
 */
final class WatchBook {
  /** Where a watch comes from. */
  enum Origin {
    FILE, SETTINGS
  }

  /** A watch and where it comes from. */
  record Entry(WatchSpec spec, Origin origin) {}

  private final Path file;
  private final Map<String, WatchSpec> fromFile = new LinkedHashMap<>();
  private final Map<String, WatchSpec> fromSettings = new LinkedHashMap<>();

  /**
   * @param file the watches file, or null to keep the watches in memory only
   * @param settings the watches of the settings file
   */
  WatchBook(Path file, List<WatchSpec> settings) {
    this.file = file;
    settings.forEach(s -> fromSettings.put(s.id(), s));
    JsonNode doc = file == null ? null : JsonFile.read(file);
    List<WatchSpec> start = doc == null ? defaults() : WatchSpec.parseList(doc.get("watches"), file.toString());
    start.forEach(s -> fromFile.put(s.id(), s));
    if (doc == null && file != null) {
      save();
    }
  }

  /** The built-in watches. */
  static List<WatchSpec> defaults() {
    try (InputStream in = WatchBook.class.getResourceAsStream("default-watches.json")) {
      if (in == null) {
        throw new IllegalStateException("default-watches.json is missing beside " + WatchBook.class.getName());
      }
      return WatchSpec.parseList(Json.MAPPER.readTree(in).get("watches"), "default-watches.json");
    } catch (IOException e) {
      throw new IllegalStateException("cannot read default-watches.json", e);
    }
  }

  /** Every watch, those of the file first (a settings watch in place of a file watch of its id). */
  synchronized List<Entry> all() {
    List<Entry> out = new ArrayList<>();
    fromFile.forEach((id, s) -> out.add(fromSettings.containsKey(id)
        ? new Entry(fromSettings.get(id), Origin.SETTINGS) : new Entry(s, Origin.FILE)));
    fromSettings.forEach((id, s) -> {
      if (!fromFile.containsKey(id)) {
        out.add(new Entry(s, Origin.SETTINGS));
      }
    });
    return out;
  }

  synchronized Optional<Entry> get(String id) {
    if (fromSettings.containsKey(id)) {
      return Optional.of(new Entry(fromSettings.get(id), Origin.SETTINGS));
    }
    return Optional.ofNullable(fromFile.get(id)).map(s -> new Entry(s, Origin.FILE));
  }

  /**
   * Adds or replaces a watch of the file.
   *
   * @return whether it was new
   * @throws ApiException 409 when the settings file defines the watch
   */
  synchronized boolean put(WatchSpec spec) {
    refuseSettings(spec.id());
    boolean added = fromFile.put(spec.id(), spec) == null;
    save();
    return added;
  }

  /**
   * Deletes a watch of the file.
   *
   * @throws ApiException 404 when there is no such watch, 409 when the settings file defines it
   */
  synchronized void delete(String id) {
    refuseSettings(id);
    if (fromFile.remove(id) == null) {
      throw ApiException.notFound("no watch " + id);
    }
    save();
  }

  private void refuseSettings(String id) {
    if (fromSettings.containsKey(id)) {
      throw new ApiException(409, "conflict", "watch " + id + " is defined in the settings file (watches:);"
          + " change it there");
    }
  }

  private void save() {
    if (file == null) {
      return;
    }
    com.fasterxml.jackson.databind.node.ObjectNode doc = Json.MAPPER.createObjectNode();
    ArrayNode list = doc.putArray("watches");
    fromFile.values().forEach(s -> list.add(s.toJson()));
    JsonFile.write(file, doc);
  }
}
