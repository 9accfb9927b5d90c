package org.vigil.core.correction;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Where corrections are kept: beside the events, but never removed with them. Implementations are
 * thread-safe: corrections added concurrently are each kept once.
 */
public interface CorrectionStore {

  /**
   * Keeps a correction, if its event is stored at that moment.
   *
   * @return false when no stored event has the correction's event id (nothing is kept)
   * @throws IllegalArgumentException when a correction with its id is kept already
   */
  boolean addCorrection(Correction correction);

  /** The corrections of one event, oldest first; those of events gone since are included. */
  List<Correction> corrections(String eventId);

  /** How many corrections an event has. */
  long correctionCount(String eventId);

  /**
   * A page of every correction, newest first (by time, then id, descending).
   *
   * @param after the last correction of the previous page, or null for the first page
   * @param limit at most this many, 1 or more
   */
  List<Correction> corrections(Cursor after, int limit);

  /** Gives every correction to {@code action}, oldest first, without holding them all in memory. */
  void eachCorrection(Consumer<? super Correction> action);

  /** Where a page of corrections ends: its last correction's time and id. */
  record Cursor(Instant created, String id) {
    public Cursor {
      Objects.requireNonNull(created, "created");
      Objects.requireNonNull(id, "id");
    }
  }
}
