package org.vigil.coding.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigil.core.text.Token;
import org.vigil.testkit.Seeded;
import org.vigil.testkit.Seeded.Gen;

/**
 * {@link ActorDictionary#match} (which, for speed, tries only the phrase lengths that can exist
 * and computes each token's key once; issue 5) finds exactly what the plain longest-first search
 * over every phrase length finds, on token sequences made of the built-in dictionaries' own words
 * in any case, hyphens, underscores, diacritics and words of no phrase.
 */
final class ActorMatchProperties {
  private static final ActorDictionary ACTORS = Dictionaries.builtin().actors();
  private static final int LONGEST = 12;

  private static final List<String> KNOWN = vocabulary();
  private static final List<String> OTHER = List.of("-", "--", "\u2013", "_", "the", "The", "of", "said", ".", ",",
      "al", "Al", "US", "us", "U.S.", "Tom", "\u00c9", "a b");

  @Test
  void matchesAsThePlainSearchDoes() {
    Seeded.forEachCase(2000, 0xAC70_2A7CL, g -> {
      List<Token> tokens = tokens(sentence(g));
      assertThat(ACTORS.match(tokens)).isEqualTo(plainMatch(tokens));
    });
  }

  /** Every word of the names, sector nouns and roles of the built-in dictionaries. */
  private static List<String> vocabulary() {
    Set<String> vocabulary = new LinkedHashSet<>();
    for (ActorEntry e : ACTORS.entries()) {
      for (String name : names(e)) {
        for (String w : name.split("\\s+")) {
          vocabulary.add(w);
        }
      }
    }
    for (Sector s : ACTORS.sectors()) {
      s.nouns().forEach(n -> vocabulary.addAll(List.of(n.split("\\s+"))));
      s.roles().forEach(n -> vocabulary.addAll(List.of(n.split("\\s+"))));
    }
    return new ArrayList<>(vocabulary);
  }

  /** 1-14 words: 6 in 11 a dictionary word, 3 in 11 a variant of one, 2 in 11 another word. */
  private static List<String> sentence(Gen g) {
    return g.listOf(1, 14, () -> switch (g.weighted(6, 3, 2)) {
      case 0 -> g.pick(KNOWN);
      case 1 -> variant(g, g.pick(KNOWN));
      default -> g.pick(OTHER);
    });
  }

  private static String variant(Gen g, String w) {
    return g.pick(w, w.toLowerCase(Locale.ROOT), w.toUpperCase(Locale.ROOT), w + "s", w.replace('a', '\u00e1'),
        w + "-" + w, w + "_" + w, "_" + w, w + "-", "\u2019" + w);
  }

  private static List<String> names(ActorEntry e) {
    List<String> names = new ArrayList<>();
    switch (e) {
      case ActorEntry.Country c -> {
        names.add(c.name());
        names.addAll(c.aliases());
        names.addAll(c.adjectives());
        names.addAll(c.demonyms());
        names.addAll(c.capitals());
        names.addAll(c.metonyms());
      }
      case ActorEntry.Organisation o -> {
        names.add(o.name());
        names.addAll(o.aliases());
        names.addAll(o.adjectives());
      }
      case ActorEntry.Group g -> {
        names.add(g.name());
        names.addAll(g.aliases());
        names.addAll(g.adjectives());
      }
      case ActorEntry.Person p -> {
        names.add(p.name());
        names.addAll(p.aliases());
      }
    }
    return names;
  }

  /** Tokens tagged NN, so that neither search tries a fuzzy match (whose code they share). */
  private static List<Token> tokens(List<String> words) {
    List<Token> out = new ArrayList<>();
    int offset = 0;
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      String lemma = w.endsWith("s") && w.length() > 1 ? w.substring(0, w.length() - 1) : w;
      out.add(new Token(i, w, lemma.toLowerCase(Locale.ROOT), "NN", "O", offset, offset + w.length()));
      offset += w.length() + 1;
    }
    return out;
  }

  /** Longest first at each token, every phrase length up to {@link #LONGEST} words. */
  private static List<ActorDictionary.Match> plainMatch(List<Token> tokens) {
    List<ActorDictionary.Match> found = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      ActorDictionary.Match m = plainLongestAt(tokens, i);
      if (m != null) {
        found.add(m);
        i = m.end();
      } else {
        i++;
      }
    }
    return found;
  }

  private static ActorDictionary.Match plainLongestAt(List<Token> tokens, int start) {
    if (hyphen(tokens.get(start).word())) {
      return null;
    }
    List<String> words = new ArrayList<>();
    List<Integer> ends = new ArrayList<>();
    for (int j = start; j < tokens.size() && words.size() < LONGEST; j++) {
      String w = tokens.get(j).word();
      if (hyphen(w)) {
        continue;
      }
      words.add(ActorDictionary.key(w));
      ends.add(j + 1);
    }
    for (int n = words.size(); n >= 1; n--) {
      String k = String.join(" ", words.subList(0, n));
      List<ActorDictionary.Hit> hits = k.isBlank() || !k.equals(ActorDictionary.key(k)) ? null : nonEmpty(ACTORS.lookup(k));
      if (hits == null && n == 1) {
        hits = nonEmpty(ACTORS.lookup(tokens.get(start).lemma()));
        if (hits != null) {
          hits = nonEmpty(hits.stream().filter(h -> !h.kind().isProperName()).toList());
        }
      }
      if (hits != null) {
        List<ActorDictionary.Hit> usable = usable(hits, tokens, start, ends.get(n - 1));
        if (!usable.isEmpty()) {
          return new ActorDictionary.Match(start, ends.get(n - 1), usable, false);
        }
      }
    }
    return null;
  }

  private static List<ActorDictionary.Hit> nonEmpty(List<ActorDictionary.Hit> hits) {
    return hits.isEmpty() ? null : hits;
  }

  private static List<ActorDictionary.Hit> usable(List<ActorDictionary.Hit> hits, List<Token> tokens, int from, int to) {
    boolean capitalised = false;
    StringBuilder written = new StringBuilder();
    for (int j = from; j < to; j++) {
      String w = tokens.get(j).word();
      if (w.codePoints().anyMatch(Character::isUpperCase)) {
        capitalised = true;
      }
      written.append(w);
    }
    String asWritten = written.toString().replace(".", "");
    List<ActorDictionary.Hit> out = new ArrayList<>();
    for (ActorDictionary.Hit h : hits) {
      if (!h.kind().isProperName()
          || (h.caseSensitive() ? asWritten.equals(h.phrase().replace(".", "")) : capitalised)) {
        out.add(h);
      }
    }
    return out;
  }

  private static boolean hyphen(String w) {
    return w.equals("-") || w.equals("--") || w.equals("\u2013") || w.equals("\u2014");
  }
}
