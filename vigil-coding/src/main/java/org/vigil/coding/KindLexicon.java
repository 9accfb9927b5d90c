package org.vigil.coding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A word list by kind, read from a resource beside a class (issue 11): lines "KIND WORD..." and
 * '#' comments, as the lexicons generated from WordNet are written ({@code evaluative.txt},
 * {@code protests.txt}). Stateless.
 */
final class KindLexicon {
  private KindLexicon() {}

  /**
   * The words of the resource {@code name} beside {@code owner}, lower-cased, by kind: every kind of
   * {@code kinds} is a key (perhaps with no words); unmodifiable.
   *
   * @throws IllegalStateException when the resource is missing or a line is not "KIND WORD..." of those kinds
   */
  static Map<String, Set<String>> load(Class<?> owner, String name, List<String> kinds, String what) {
    Map<String, Set<String>> out = new HashMap<>();
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the " + what + " " + name + " is missing from the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        String s = line.strip();
        if (s.isEmpty() || s.startsWith("#")) {
          continue;
        }
        String[] parts = s.split("\\s+");
        if (!kinds.contains(parts[0]) || parts.length < 2) {
          throw new IllegalStateException(name + ":" + n + ": expected '" + String.join("|", kinds) + " WORD...', got '"
              + s + "'");
        }
        Set<String> words = out.computeIfAbsent(parts[0], k -> new HashSet<>());
        for (int i = 1; i < parts.length; i++) {
          words.add(parts[i].toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the " + what + " " + name, e);
    }
    for (String kind : kinds) {
      out.putIfAbsent(kind, Set.of());
    }
    out.replaceAll((k, v) -> Set.copyOf(v));
    return Map.copyOf(out);
  }
}
