package org.vigil.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The shape of synthetic coded events for the API benchmark (issue 13), for {@link
 * DuckDbEventStore#loadSynthetic}, which makes them in SQL ({@code INSERT ... SELECT} over a
 * generated range): the distributions of {@code vigil bench api-data}'s generator as data. Each
 * article has 1 to 9 events; its first event's source is the article's country, later ones keep it
 * with probability 0.7; a target is missing with probability 0.06, else (probability 0.45) one of
 * the source's rivals (the first with probability 1/2, the next 1/4, ...), else the source's own
 * country (0.15), else a country of the Zipf law; the event's day is the article's or up to two
 * days before; a place (a capital, jittered by up to 0.2 degrees) with probability 0.6. Immutable;
 * it checks itself.
 *
 * @param seed the seed: the same spec gives the same rows
 * @param events at least this many events (whole articles)
 * @param countries the countries in order of the Zipf law's ranks
 * @param zipf the Zipf exponent over the countries' ranks
 * @param rivals per pair, a source country and a rival it names often, in order of preference
 * @param sectors sector codes ("" for the country alone) and their weights
 * @param rootShares the share of each CAMEO root 01..20 (any positive scale)
 * @param codes the CAMEO codes, the first of each root its general code (drawn with probability 0.4)
 * @param first the first day
 * @param days the number of days; the density of articles rises linearly from 1 to 3 over them
 */
public record SyntheticSpec(long seed, long events, List<Country> countries, double zipf, List<Rival> rivals,
    List<Sector> sectors, List<Double> rootShares, List<Code> codes, LocalDate first, int days) {

  /** A country: its ISO-3 code, its capital and the capital's coordinates. */
  public record Country(String iso, String capital, double lat, double lon) {
    public Country {
      Objects.requireNonNull(iso, "iso");
      Objects.requireNonNull(capital, "capital");
    }
  }

  /** A source country and a target it names often. */
  public record Rival(String source, String target) {
    public Rival {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(target, "target");
    }
  }

  /** A sector code suffix ("" for none) and its weight. */
  public record Sector(String code, int weight) {
    public Sector {
      Objects.requireNonNull(code, "code");
      if (weight < 1) {
        throw new IllegalArgumentException("sector " + code + " has weight " + weight + "; it must be at least 1");
      }
    }
  }

  /** A CAMEO code with its root, Goldstein value, PLOVER type and mode (null for none). */
  public record Code(String code, String root, double goldstein, String plover, String mode) {
    public Code {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(plover, "plover");
      if (root == null || !root.matches("\\d{2}") || !code.startsWith(root)) {
        throw new IllegalArgumentException("cameo code " + code + " is not under root " + root);
      }
    }
  }

  public SyntheticSpec {
    if (events < 1) {
      throw new IllegalArgumentException("events must be at least 1, was " + events);
    }
    countries = List.copyOf(countries);
    rivals = List.copyOf(rivals);
    sectors = List.copyOf(sectors);
    rootShares = List.copyOf(rootShares);
    codes = List.copyOf(codes);
    if (countries.isEmpty() || sectors.isEmpty()) {
      throw new IllegalArgumentException("a synthetic spec needs countries and sectors");
    }
    if (rootShares.size() != 20) {
      throw new IllegalArgumentException("root shares must be 20 (roots 01..20), were " + rootShares.size());
    }
    for (int r = 1; r <= 20; r++) {
      String root = String.format("%02d", r);
      if (codes.stream().noneMatch(c -> c.root().equals(root))) {
        throw new IllegalArgumentException("no CAMEO code under root " + root);
      }
    }
    for (Rival rival : rivals) {
      if (countries.stream().noneMatch(c -> c.iso().equals(rival.source()))
          || countries.stream().noneMatch(c -> c.iso().equals(rival.target()))) {
        throw new IllegalArgumentException("rival " + rival + " names a country not in the list");
      }
    }
    Objects.requireNonNull(first, "first");
    if (days < 1) {
      throw new IllegalArgumentException("days must be at least 1, was " + days);
    }
  }
}
