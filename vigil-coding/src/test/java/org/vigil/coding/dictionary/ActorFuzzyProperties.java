package org.vigil.coding.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigil.testkit.Seeded;
import org.vigil.testkit.Seeded.Gen;

/**
 * {@link ActorDictionary#closestName} (the typo search of a capitalised word the dictionaries
 * lack, which for speed looks only at the names with the word's first letter; issue 5) finds
 * exactly the name the plain search over every name of each length finds: on the built-in
 * dictionaries' own words with none, one, two or three random typos, and on random words.
 */
final class ActorFuzzyProperties {
  private static final ActorDictionary ACTORS = Dictionaries.builtin().actors();

  private static final List<String> KNOWN = knownWords();

  @Test
  void findsTheNameThePlainSearchFinds() {
    Seeded.forEachCase(3000, 0xF0221L, g -> {
      String key = key(g);
      assertThat(ACTORS.closestName(key)).isEqualTo(ACTORS.closestNameScan(key));
    });
  }

  /** The one-word names' keys of four letters or more. */
  private static List<String> knownWords() {
    Set<String> words = new LinkedHashSet<>();
    for (ActorEntry e : ACTORS.entries()) {
      String name = switch (e) {
        case ActorEntry.Country c -> c.name();
        case ActorEntry.Organisation o -> o.name();
        case ActorEntry.Group g -> g.name();
        case ActorEntry.Person p -> p.name();
      };
      for (String w : name.split("\\s+")) {
        String k = ActorDictionary.key(w);
        if (k.length() >= 4 && !k.contains(" ")) {
          words.add(k);
        }
      }
    }
    return new ArrayList<>(words);
  }

  /** Four times in five a known word with 0-3 typos, else 5-14 random letters; of five letters or more. */
  private static String key(Gen g) {
    String k;
    do {
      k = g.weighted(4, 1) == 0
          ? typos(g.pick(KNOWN), g.between(0, 3), g.nextLong())
          : g.string(Gen.range('a', 'z'), 5, 14);
    } while (k.length() < 5);
    return k;
  }

  /** {@code n} random edits (substitution, deletion, insertion, transposition) of {@code word}. */
  private static String typos(String word, int n, long seed) {
    java.util.Random r = new java.util.Random(seed);
    StringBuilder sb = new StringBuilder(word);
    for (int i = 0; i < n && sb.length() > 1; i++) {
      int at = r.nextInt(sb.length());
      char c = (char) ('a' + r.nextInt(26));
      switch (r.nextInt(4)) {
        case 0 -> sb.setCharAt(at, c);
        case 1 -> sb.deleteCharAt(at);
        case 2 -> sb.insert(at, c);
        default -> {
          if (at + 1 < sb.length()) {
            char a = sb.charAt(at);
            sb.setCharAt(at, sb.charAt(at + 1));
            sb.setCharAt(at + 1, a);
          }
        }
      }
    }
    return sb.toString();
  }
}
