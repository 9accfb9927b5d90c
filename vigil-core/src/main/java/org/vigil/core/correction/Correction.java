package org.vigil.core.correction;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An analyst's correction of one coded event (issue 14, item 7): the verdict, who gave it and why,
 * the right coding when the event was wrong, and the event's coding as it was. Kept when the event
 * is later gone (its article coded again), so that it stays listed with its original. Immutable
 * and thread-safe.
 *
 * <p>A {@link Verdict#WRONG} correction gives the right {@code coding}, or none when the event is
 * no event at all ("no event here"): then its {@code note} must say so. A {@link Verdict#RIGHT}
 * correction gives no coding (the original is the coding).
 *
 * @param id 4 to 64 letters, digits, {@code -} or {@code _}
 * @param eventId the corrected event's id
 * @param articleId the event's article
 * @param created when it was given (UTC)
 * @param verdict right or wrong
 * @param analyst who gave it, 1 to {@value #MAX_ANALYST} characters
 * @param note why, up to {@value #MAX_NOTE} characters (empty for none)
 * @param coding the right coding, or null (right; or wrong and no event here)
 * @param original the event's coding when it was corrected
 */
public record Correction(String id, String eventId, String articleId, Instant created, Verdict verdict,
    String analyst, String note, CorrectedCoding coding, OriginalCoding original) {

  /** Longest analyst name. */
  public static final int MAX_ANALYST = 100;
  /** Longest note. */
  public static final int MAX_NOTE = 4000;
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{4,64}");

  public Correction {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException("correction id \"" + id + "\" is not 4 to 64 letters, digits, - or _");
    }
    requireText(eventId, "event_id");
    requireText(articleId, "article_id");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(verdict, "verdict");
    analyst = analyst == null ? "" : analyst.strip();
    if (analyst.isEmpty()) {
      throw new IllegalArgumentException("correction " + id + ": analyst is missing: name who gives the correction");
    }
    if (analyst.length() > MAX_ANALYST) {
      throw new IllegalArgumentException("correction " + id + ": analyst is longer than " + MAX_ANALYST + " characters");
    }
    note = note == null ? "" : note.strip();
    if (note.length() > MAX_NOTE) {
      throw new IllegalArgumentException("correction " + id + ": note is longer than " + MAX_NOTE + " characters");
    }
    if (verdict == Verdict.RIGHT && coding != null) {
      throw new IllegalArgumentException("correction " + id + ": a right verdict takes no coding (the event's own is"
          + " the coding); give verdict wrong to change it");
    }
    if (verdict == Verdict.WRONG && coding == null && note.isEmpty()) {
      throw new IllegalArgumentException("correction " + id + ": a wrong verdict needs the right coding, or a note"
          + " saying why there is no event here (coding null)");
    }
    Objects.requireNonNull(original, "original");
  }

  private static void requireText(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("correction: " + field + " is missing");
    }
  }

  /** Whether the analyst says the sentence holds no event where one was coded. */
  public boolean noEvent() {
    return verdict == Verdict.WRONG && coding == null;
  }
}
