package org.vigil.pipeline.correction;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.vigil.coding.dictionary.ActorEntry;
import org.vigil.coding.dictionary.Dictionaries;
import org.vigil.coding.dictionary.Sector;
import org.vigil.core.correction.CorrectedCoding;

/**
 * Checks a corrected coding against the dictionaries in force: its CAMEO code must be in their
 * CAMEO table, and each actor code must be one they know ({@code IGOCSTO}), a known actor followed
 * by sector codes ({@code TJKGOV}, {@code IGOCSTOMIL}), or a new group's code in our scheme (a
 * country, {@code IMG} or {@code NGO}, a sector, then a tag of one to four letters or digits:
 * {@code AFGINSXYZ}), which a suggested dictionary line can then add. Immutable and thread-safe.
 */
public final class CorrectionCheck {
  private final Dictionaries dictionaries;
  private final Set<String> codes = new HashSet<>();
  private final Set<String> countries = new HashSet<>();
  private final Set<String> sectors = new HashSet<>();

  public CorrectionCheck(Dictionaries dictionaries) {
    this.dictionaries = Objects.requireNonNull(dictionaries, "dictionaries");
    for (ActorEntry e : dictionaries.actors().entries()) {
      switch (e) {
        case ActorEntry.Country c -> {
          countries.add(c.code());
          codes.add(c.code());
        }
        case ActorEntry.Organisation o -> codes.add(o.code());
        case ActorEntry.Group g -> codes.add(g.code());
        case ActorEntry.Person p -> p.roles().forEach(r -> codes.add(r.code()));
      }
    }
    for (Sector s : dictionaries.actors().sectors()) {
      sectors.add(s.code());
    }
  }

  /**
   * Checks {@code coding}.
   *
   * @throws IllegalArgumentException naming the field and the value the dictionaries do not know
   */
  public void check(CorrectedCoding coding) {
    if (!dictionaries.cameo().contains(coding.cameo())) {
      throw new IllegalArgumentException("coding.cameo \"" + coding.cameo() + "\" is not in the CAMEO table of the"
          + " dictionaries");
    }
    actor("coding.source", coding.source());
    if (coding.target() != null) {
      actor("coding.target", coding.target());
    }
  }

  private void actor(String field, String code) {
    if (!isActorCode(code)) {
      throw new IllegalArgumentException(field + " \"" + code + "\" is no actor code of the dictionaries: neither"
          + " an actor's code, nor one followed by sector codes (TJKGOV), nor a new group's (country, sector, tag:"
          + " AFGINSXYZ)");
    }
  }

  /** Whether {@code code} is one the dictionaries know or one of our scheme for a new group. */
  public boolean isActorCode(String code) {
    if (codes.contains(code)) {
      return true;
    }
    for (int cut = 3; cut < code.length(); cut++) {
      String head = code.substring(0, cut);
      if (codes.contains(head) && sectorsOnly(code.substring(cut))) {
        return true;
      }
    }
    return isNewGroup(code);
  }

  /** Whether {@code code} is a group code of our scheme the dictionaries do not have yet. */
  boolean isNewGroup(String code) {
    if (code.length() < 7 || codes.contains(code)) {
      return false;
    }
    String home = code.substring(0, 3);
    boolean knownHome = countries.contains(home) || home.equals("IMG") || home.equals("NGO");
    return knownHome && sectors.contains(code.substring(3, 6)) && code.length() - 6 <= 4;
  }

  /** Whether {@code code} is a known actor code (not one of a new group). */
  boolean isKnown(String code) {
    return isActorCode(code) && !isNewGroup(code);
  }

  private boolean sectorsOnly(String rest) {
    if (rest.isEmpty() || rest.length() % 3 != 0) {
      return false;
    }
    for (int i = 0; i < rest.length(); i += 3) {
      if (!sectors.contains(rest.substring(i, i + 3))) {
        return false;
      }
    }
    return true;
  }

  boolean isCountry(String code) {
    return countries.contains(code);
  }

  boolean isSector(String code) {
    return sectors.contains(code);
  }
}
