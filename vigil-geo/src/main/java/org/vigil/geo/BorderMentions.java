package org.vigil.geo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.vigil.core.text.Sentence;
import org.vigil.core.text.Token;

/**
 * Border phrases: "the border with Afghanistan", "Afghanistan's border with Tajikistan", "the
 * Afghan-Tajik border", "the Afghan border", "across the border into Tajikistan". The countries
 * come from the words before "border" (names, demonyms, possessives, hyphenated pairs) and after
 * it ("with X", "between X and Y"); where the phrase names only one, the other side is the
 * neighbour of it that the sentence, else the article, names most; where it names none, two
 * neighbouring countries the sentence names (none: no border mention). The mention resolves to the border region of the
 * pair, on the side of the country the phrase is seen from: the possessor or first-named
 * country, else the inferred one ("the border with Afghanistan" in a Tajik article is the Tajik
 * side). Stateless.
 */
final class BorderMentions {
  private static final java.util.regex.Pattern POSSESSIVE = java.util.regex.Pattern.compile("['’]s$");
  private static final java.util.regex.Pattern DASHES = java.util.regex.Pattern.compile("[-–/]");

  private static final Set<String> BORDER_WORDS = Set.of("border", "borders", "frontier", "frontiers", "boundary", "border-line");
  private static final Set<String> SKIPPABLE = Set.of("the", "'s", "’s", "'", "southern", "northern", "eastern", "western",
      "shared", "common", "porous", "long", "mountainous", "-", "–", "and", "its", "their", "our");

  private BorderMentions() {}

  static List<PlaceMention> find(Sentence s, List<PlaceMention> places, PlaceContext ctx, Gazetteer g, GeoConfig config) {
    List<Token> t = s.tokens();
    List<PlaceMention> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      if (!BORDER_WORDS.contains(t.get(i).word().toLowerCase(Locale.ROOT))) {
        continue;
      }
      List<String> written = new ArrayList<>();
      int first = i;
      // before "border": up to four words of names, demonyms and possessives
      for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
        String w = t.get(k).word();
        String lower = w.toLowerCase(Locale.ROOT);
        List<String> found = countriesIn(t.get(k), places, g);
        if (!found.isEmpty()) {
          written.addAll(0, found);
          first = k;
        } else if (SKIPPABLE.contains(lower)) {
          if (lower.equals("the")) {
            first = k;
            break;
          }
        } else {
          break;
        }
      }
      String seenFrom = written.isEmpty() ? null : written.get(0);
      int last = i;
      if (i + 1 < t.size()) {
        String next = t.get(i + 1).word().toLowerCase(Locale.ROOT);
        if (next.equals("with") || next.equals("between")) {
          for (int k = i + 2; k < Math.min(t.size(), i + 8); k++) {
            List<String> found = countriesIn(t.get(k), places, g);
            if (!found.isEmpty()) {
              written.addAll(found);
              last = k;
            } else if (!SKIPPABLE.contains(t.get(k).word().toLowerCase(Locale.ROOT)) && !t.get(k).word().equals(",")) {
              break;
            }
          }
        }
      }
      List<String> countries = new ArrayList<>(new LinkedHashSet<>(written));
      boolean inferred = false;
      if (countries.isEmpty()) {
        // a bare "the border": only when the sentence names both sides
        countries = sentenceCountries(t, places, g);
        if (countries.size() < 2) {
          continue;
        }
        inferred = true;
        seenFrom = null;
      }
      if (countries.size() == 1) {
        Optional<Country> only = g.country(countries.get(0));
        Set<String> exclude = Set.of(countries.get(0));
        String other = only.map(c -> neighbourIn(c, sentenceCountries(t, places, g))).orElse(null);
        if (other == null) {
          other = only.map(c -> ctx.likeliestNeighbour(c, exclude)).orElse(null);
        }
        if (other == null) {
          continue;
        }
        // "the Afghan border", "the border with Afghanistan": seen from the other side
        seenFrom = other;
        countries = List.of(countries.get(0), other);
        inferred = true;
      }
      Optional<BorderRegion> region = Optional.empty();
      for (int a = 0; a < countries.size() && region.isEmpty(); a++) {
        for (int b = a + 1; b < countries.size() && region.isEmpty(); b++) {
          region = g.border(countries.get(a), countries.get(b), config.borderKm());
        }
      }
      if (region.isEmpty()) {
        continue;
      }
      BorderRegion r = region.get();
      String side = seenFrom != null && (seenFrom.equals(r.a()) || seenFrom.equals(r.b())) ? seenFrom
          : intoCountry(t, i, places, g, r).orElse(r.a());
      int begin = t.get(first).begin();
      int end = t.get(last).end();
      out.add(new PlaceMention(s.index(), first, last + 1, s.span(first, last + 1), begin, end, r.asPlace(side),
          inferred ? 0.6 : 0.85, 1, false));
    }
    return out;
  }

  /** The countries a token names or is a demonym of ("Afghan-Tajik" names two), via the resolved mentions. */
  private static List<String> countriesIn(Token tok, List<PlaceMention> places, Gazetteer g) {
    List<String> out = new ArrayList<>();
    for (PlaceMention m : places) {
      if (m.place() != null && m.place().featureCode().equals("PCLI") && tok.begin() >= m.start() && tok.end() <= m.end()) {
        out.add(m.place().country());
        return out;
      }
    }
    if (!MentionSpans.isCapitalised(tok)) {
      return out;
    }
    for (String part : DASHES.split(POSSESSIVE.matcher(tok.word()).replaceAll(""))) {
      String iso3 = part.isEmpty() ? null : g.countryOfNameOrDemonym(part);
      if (iso3 != null) {
        out.add(iso3);
      }
    }
    return out;
  }

  /** Countries the sentence names, in order: place mentions of countries and demonyms. */
  private static List<String> sentenceCountries(List<Token> t, List<PlaceMention> places, Gazetteer g) {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    for (Token tok : t) {
      out.addAll(countriesIn(tok, places, g));
    }
    return new ArrayList<>(out);
  }

  private static String neighbourIn(Country c, List<String> candidates) {
    for (String other : candidates) {
      if (c.neighbours().contains(other)) {
        return other;
      }
    }
    return null;
  }

  /** "across the border into Tajikistan": the country entered, if it is a side. */
  private static Optional<String> intoCountry(List<Token> t, int border, List<PlaceMention> places, Gazetteer g, BorderRegion r) {
    for (int k = border + 1; k < Math.min(t.size() - 1, border + 4); k++) {
      String w = t.get(k).word().toLowerCase(Locale.ROOT);
      if (w.equals("into") || w.equals("to")) {
        for (String c : countriesIn(t.get(k + 1), places, g)) {
          if (c.equals(r.a()) || c.equals(r.b())) {
            return Optional.of(c);
          }
        }
      }
    }
    return Optional.empty();
  }
}
