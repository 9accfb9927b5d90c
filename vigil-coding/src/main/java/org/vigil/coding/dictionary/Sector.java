package org.vigil.coding.dictionary;

import java.util.List;

/**
 * A sector or role: nouns that attach to a country or organisation ("Afghan security personnel",
 * "Russia's ambassador").
 *
 * @param code CAMEO sector code (GOV, MIL, COP, ...)
 * @param description what it is
 * @param nouns collective nouns
 * @param roles office titles denoting a person
 * @param prefix the code goes before the actor's code instead of after it (PETRARCH's prefix
 *     agents, {@code MSF [NGO~]}: "MSF Arnor" is {@code NGOARN})
 */
public record Sector(String code, String description, List<String> nouns, List<String> roles, boolean prefix) {
  public Sector {
    nouns = List.copyOf(nouns);
    roles = List.copyOf(roles);
  }

  /** A sector whose code is appended to the actor's code. */
  public Sector(String code, String description, List<String> nouns, List<String> roles) {
    this(code, description, nouns, roles, false);
  }
}
