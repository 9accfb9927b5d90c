package org.vigil.coding.dictionary;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The CAMEO codes known to a dictionary set. Immutable and thread-safe. */
public final class CameoCatalog {
  private final Map<String, CameoCode> codes;

  CameoCatalog(Map<String, CameoCode> codes) {
    this.codes = Map.copyOf(new LinkedHashMap<>(codes));
  }

  /** The code, or empty when unknown. */
  public Optional<CameoCode> find(String code) {
    return Optional.ofNullable(codes.get(code));
  }

  /** The code, or its nearest known parent (0233 -> 023 -> 02). */
  public Optional<CameoCode> findOrParent(String code) {
    for (String c = code; c.length() >= 2; c = c.substring(0, c.length() - 1)) {
      CameoCode found = codes.get(c);
      if (found != null) {
        return Optional.of(found);
      }
    }
    return Optional.empty();
  }

  public boolean contains(String code) {
    return codes.containsKey(code);
  }

  public Collection<CameoCode> all() {
    return codes.values();
  }

  public int size() {
    return codes.size();
  }
}
