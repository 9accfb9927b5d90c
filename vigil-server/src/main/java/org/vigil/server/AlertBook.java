package org.vigil.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigil.monitor.alert.Alert;

/**
 * The alerts raised so far, kept in {@code alerts.json} in the home folder (or in memory), newest
 * first by their last alarm. Thread-safe: every method holds the book's lock.
 */
final class AlertBook {
  private final Path file;
  private final Map<String, Alert> alerts = new LinkedHashMap<>();

  /** @param file the alerts file, or null to keep them in memory only */
  AlertBook(Path file) {
    this.file = file;
    JsonNode doc = file == null ? null : JsonFile.read(file);
    if (doc != null) {
      for (JsonNode a : doc.path("alerts")) {
        Alert alert = AlertJson.read(a);
        alerts.put(alert.id(), alert);
      }
    }
  }

  /** The alerts, newest last alarm first, filtered by watch and status (null: any). */
  synchronized List<Alert> list(String watchId, Alert.Status status) {
    return alerts.values().stream()
        .filter(a -> watchId == null || a.watchId().equals(watchId))
        .filter(a -> status == null || a.status() == status)
        .sorted(Comparator.comparing(Alert::lastDay).reversed().thenComparing(Alert::id))
        .toList();
  }

  synchronized Optional<Alert> get(String id) {
    return Optional.ofNullable(alerts.get(id));
  }

  /** Stores alerts new or changed, replacing those of their ids. */
  synchronized void putAll(List<Alert> changed) {
    if (changed.isEmpty()) {
      return;
    }
    changed.forEach(a -> alerts.put(a.id(), a));
    save();
  }

  /**
   * Sets an alert's status.
   *
   * @throws ApiException 404 when there is no such alert
   */
  synchronized Alert setStatus(String id, Alert.Status status, Instant now) {
    Alert a = alerts.get(id);
    if (a == null) {
      throw ApiException.notFound("no alert " + id);
    }
    Alert changed = a.status() == status ? a : a.withStatus(status, now);
    alerts.put(id, changed);
    save();
    return changed;
  }

  private void save() {
    if (file == null) {
      return;
    }
    ObjectNode doc = Json.MAPPER.createObjectNode();
    ArrayNode list = doc.putArray("alerts");
    new ArrayList<>(alerts.values()).forEach(a -> list.add(AlertJson.write(a)));
    JsonFile.write(file, doc);
  }
}
