package org.vigil.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.vigil.core.VigilException;
import org.vigil.core.text.CalendarWords;
import org.vigil.core.text.Token;

/**
 * Buildings and bodies whose names are no town, with the town they stand or sit in (issue 11,
 * phenomenon 6: "a building or institution that shares its name with a town is not that town"):
 * the White House and the Oval Office are in Washington, not in White House, Tennessee; the
 * Pentagon in Arlington; the UN Security Council sits in New York. A fact list,
 * {@code seats.tsv}. A seat name is matched as a whole capitalised name: not inside a longer one
 * ("National Security Council") nor after a possessive ("Russia's Security Council").
 * Immutable and thread-safe.
 */
final class Seats {
  /** What a seat is, which says where its name places an event. */
  enum Kind {
    /** A building: a place only where a locative preposition introduces it ("in the White House"). */
    BUILDING,
    /** A council or assembly that meets at its seat: also "a meeting of the Security Council". */
    BODY
  }

  /**
   * One seat.
   *
   * @param name its first name as listed
   * @param kind building or body
   * @param town the gazetteer name of the town it is in
   * @param country ISO-3 code of that town's country
   * @param admin1Key GeoNames first-level key of that town
   */
  record Seat(String name, Kind kind, String town, String country, String admin1Key) {
    Seat {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(kind, "kind");
      if (town == null || town.isBlank() || country == null || country.length() != 3 || admin1Key == null
          || admin1Key.isBlank()) {
        throw new IllegalArgumentException("seat " + name + " needs a town, an ISO-3 country and a first-level key");
      }
    }
  }

  /** The longest seat name, in tokens ("United Nations Human Rights Council"). */
  static final int MAX_TOKENS = 6;
  private static final Seats SHIPPED = load();

  private final Map<String, Seat> byKey;

  Seats(Map<String, Seat> byKey) {
    this.byKey = Map.copyOf(byKey);
  }

  /** The seats that ship with this module ({@code seats.tsv}). */
  static Seats shipped() {
    return SHIPPED;
  }

  /** The seat named exactly so ({@link Names#key} of the name), if any. */
  Optional<Seat> byName(String name) {
    return Optional.ofNullable(byKey.get(Names.key(name)));
  }

  /**
   * The end of the seat name that starts at token {@code i} (the longest), or {@code i} when none
   * does or the name is part of a longer name or follows a possessive.
   */
  int end(List<Token> t, TokenKeys keys, int i) {
    if (!MentionSpans.isCapitalised(t.get(i)) && !Character.isDigit(t.get(i).word().codePointAt(0))) {
      return i;
    }
    if (i > 0) {
      Token before = t.get(i - 1);
      String w = before.word();
      // "National Security Council", "Russia's Security Council": another body of that name
      if (MentionSpans.isCapitalised(before) || w.equals("'s") || w.equals("’s") || w.equals("'") || w.equals("’")) {
        return i;
      }
    }
    for (int len = Math.min(MAX_TOKENS, t.size() - i); len >= 1; len--) {
      if (byKey.containsKey(keys.key(i, i + len)) && (i + len == t.size() || !followsOn(t.get(i + len)))) {
        return i + len;
      }
    }
    return i;
  }

  /**
   * Whether the token carries a name on ("Security Council Report", "White House Correspondents");
   * not a day or month ("at the Pentagon Monday").
   */
  private static boolean followsOn(Token next) {
    return MentionSpans.isCapitalised(next) && next.isProperNoun() && !next.ner().equals("DATE")
        && !CalendarWords.isFullName(Names.key(next.word()));
  }

  /** The town of the seat as a gazetteer place: its entry of that name, country and first-level key, the largest. */
  static Optional<Place> town(Seat seat, Gazetteer g) {
    Place best = null;
    for (Place p : g.lookup(seat.town())) {
      if (p.isPopulated() && seat.country().equals(p.country()) && seat.admin1Key().equals(p.admin1Key())
          && (best == null || p.population() > best.population())) {
        best = p;
      }
    }
    return Optional.ofNullable(best);
  }

  private static Seats load() {
    try (InputStream in = Seats.class.getResourceAsStream("seats.tsv")) {
      if (in == null) {
        throw new VigilException("cannot load the seats: seats.tsv is missing");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
    } catch (IOException e) {
      throw new VigilException("cannot load the seats: " + e.getMessage(), e);
    }
  }

  /** The seats of {@code seats.tsv}'s lines; a malformed line is an error naming its number and why. */
  static Seats parse(List<String> lines) {
    Map<String, Seat> byKey = new HashMap<>();
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length != 5) {
        throw new VigilException("seats.tsv line " + (n + 1) + ": expected 5 tab-separated columns, found " + f.length);
      }
      Kind kind;
      try {
        kind = Kind.valueOf(f[1].trim().toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new VigilException("seats.tsv line " + (n + 1) + ": unknown kind " + f[1]);
      }
      List<String> names = new ArrayList<>(List.of(f[0].split("\\|")));
      Seat seat = new Seat(names.get(0).trim(), kind, f[2].trim(), f[3].trim(), f[4].trim());
      for (String name : names) {
        // "UN" and "U.N." share a key: a name listed twice for one seat is one name
        Seat had = byKey.put(Names.key(name), seat);
        if (had != null && had != seat) {
          throw new VigilException("seats.tsv line " + (n + 1) + ": " + name.trim() + " is already the seat " + had.name());
        }
      }
    }
    return new Seats(byKey);
  }
}
