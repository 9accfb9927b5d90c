package org.vigil.core.event;

import java.util.List;
import java.util.Objects;

/**
 * An actor of an event, resolved through the actor dictionary.
 *
 * @param code CAMEO-style code: country + sector ({@code RUSGOV}), an organisation
 *     ({@code IGOCSTO}) or a group ({@code AFGINSTAL}); never blank
 * @param country ISO-3 country, or null for organisations and actors of no country
 * @param sector CAMEO sector ({@code GOV}, {@code MIL}, ...), or null
 * @param name the dictionary's name for the actor ("Tajikistan", "Collective Security Treaty
 *     Organization")
 * @param text the mention as written in the sentence
 * @param begin character offset of the mention in the article
 * @param end character offset after the mention
 * @param members for organisations: the member states on the event date (ISO-3), else empty
 * @param entries the dictionary entries that resolved it ("country:TJK", "sector:MIL:troops")
 */
public record ActorRef(
    String code,
    String country,
    String sector,
    String name,
    String text,
    int begin,
    int end,
    List<String> members,
    List<String> entries) {

  public ActorRef {
    Objects.requireNonNull(code, "code");
    if (code.isBlank()) {
      throw new IllegalArgumentException("actor code must not be blank");
    }
    name = name == null ? "" : name;
    text = text == null ? "" : text;
    members = members == null ? List.of() : List.copyOf(members);
    entries = entries == null ? List.of() : List.copyOf(entries);
  }
}
