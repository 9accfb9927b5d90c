package org.vigil.coding;

import java.util.List;

/**
 * An actor mention resolved in a sentence.
 *
 * @param head the head token
 * @param begin first token of the phrase
 * @param end token after the phrase
 * @param code the actor code
 * @param country ISO-3 or null
 * @param sector sector or null
 * @param name dictionary name
 * @param members organisation members on the date
 * @param entries dictionary entries used
 * @param fuzzy matched with a typing error
 * @param ignored a name that must never code (news agencies)
 */
record Mention(
    int head,
    int begin,
    int end,
    String code,
    String country,
    String sector,
    String name,
    List<String> members,
    List<String> entries,
    boolean fuzzy,
    boolean ignored) {

  /** The same actor, referred to by the single token {@code token} (a pronoun) of another sentence. */
  Mention at(int token) {
    return new Mention(token, token, token + 1, code, country, sector, name, members, entries, fuzzy, ignored);
  }
}
