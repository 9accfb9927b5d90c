package org.vigil.core.correction;

import java.time.LocalDate;
import java.util.Objects;
import org.vigil.core.event.Modality;

/**
 * The coding an analyst gives for an event: what happened, who did it to whom, when, where and how
 * the text states it. It checks the shapes of its codes (a CAMEO code of 2 to 4 digits; actor
 * codes as ours are written, {@code TJKGOV}, {@code IGOCSTO}); whether the dictionaries know
 * them is checked where the dictionaries are ({@code org.vigil.pipeline.correction.CorrectionCheck}).
 * Immutable and thread-safe.
 *
 * @param cameo the CAMEO code ({@code 0231}); required
 * @param source who acted, an actor code; required
 * @param target whom it was done to, an actor code, or null
 * @param date when it happened, or null for the event's own date
 * @param place where it happened (a place name as written, {@code Dushanbe}), or null
 * @param modality how the text states it; null is {@link Modality#ASSERTED}
 */
public record CorrectedCoding(String cameo, String source, String target, LocalDate date, String place,
    Modality modality) {

  /** Longest place name kept. */
  public static final int MAX_PLACE = 200;

  public CorrectedCoding {
    Codes.cameo("coding.cameo", cameo);
    Codes.actor("coding.source", source, true);
    Codes.actor("coding.target", target, false);
    if (place != null) {
      place = place.strip();
      if (place.isEmpty()) {
        place = null;
      } else if (place.length() > MAX_PLACE) {
        throw new IllegalArgumentException("coding.place is longer than " + MAX_PLACE + " characters");
      }
    }
    modality = Objects.requireNonNullElse(modality, Modality.ASSERTED);
  }

  /** The CAMEO root, two digits. */
  public String root() {
    return cameo.substring(0, 2);
  }
}
