package org.vigil.core.dictionary;

import java.util.List;

/**
 * A sector or role: nouns that attach to a country or organisation ("Afghan security personnel",
 * "Russia's ambassador").
 *
 * @param code CAMEO sector code (GOV, MIL, COP, ...)
 * @param description what it is
 * @param nouns collective nouns
 * @param roles office titles denoting a person
 */
public record Sector(String code, String description, List<String> nouns, List<String> roles) {
  public Sector {
    nouns = List.copyOf(nouns);
    roles = List.copyOf(roles);
  }
}
