package org.vigil.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;
import org.vigil.core.VigilException;

/**
 * Countries, first-level regions and populated places with their names, looked up by name, by
 * point and by border. {@link #load()} reads the gazetteer that ships in this module (GeoNames
 * {@code cities500}: about 200,000 places of 500 or more inhabitants; see
 * {@code org/vigil/geo/ATTRIBUTION.md}); {@link #builder()} makes a small one for tests.
 *
 * <p>Immutable after construction and thread-safe; the few indexes built on first use (typo
 * lookup, the spatial grid, border regions) are built once under a lock or in a concurrent map.
 */
public final class Gazetteer {
  private static final String RESOURCES = "/org/vigil/geo/";

  private final Map<String, Country> countries;
  private final Map<String, String> iso2to3;
  private final Map<String, Region> regions;
  private final List<Place> places;
  /** name key -> a Place, or a Place[] when several share it. */
  private final Map<String, Object> byName;
  private final Map<String, String> demonyms;
  private final Map<String, Region> abbreviations;
  private final Map<String, List<Place>> byCountry;
  private final Map<String, BorderRegion> borders = new ConcurrentHashMap<>();
  private final Lazy<String[]> sortedKeys = new Lazy<>(this::sortKeys);
  /** The sorted name keys of countries and first-level regions (PCLI, ADM1). */
  private final Lazy<String[]> sortedAdministrativeKeys = new Lazy<>(
      () -> Arrays.stream(sortedKeys()).filter(key -> entries(key).stream().anyMatch(Gazetteer::isAdministrative))
          .toArray(String[]::new));
  private final Lazy<Map<Long, List<Place>>> grid = new Lazy<>(this::buildGrid);
  private final Lazy<TypoIndex> typoIndex = new Lazy<>(() -> new TypoIndex(sortedKeys()));
  private final Lazy<TypoIndex> administrativeTypoIndex = new Lazy<>(() -> new TypoIndex(sortedAdministrativeKeys()));

  private Gazetteer(Builder b) {
    this.countries = Map.copyOf(b.countries);
    Map<String, String> i23 = new HashMap<>();
    b.countries.values().forEach(c -> i23.put(c.iso2(), c.iso3()));
    this.iso2to3 = Map.copyOf(i23);
    this.regions = Map.copyOf(b.regions);
    this.places = List.copyOf(b.places);
    Map<String, Object> names = new HashMap<>(1 << 21);
    Map<String, String> dem = new HashMap<>();
    Map<String, Region> abbr = new HashMap<>();
    for (Country c : b.countries.values()) {
      Place p = c.asPlace();
      add(names, c.name(), p);
      c.names().forEach(n -> add(names, n, p));
      c.demonyms().forEach(d -> dem.putIfAbsent(Names.key(d), c.iso3()));
    }
    for (Region r : b.regions.values()) {
      Place p = r.asPlace();
      add(names, r.name(), p);
      for (String n : r.names()) {
        if (n.endsWith(".")) {
          abbr.put(Names.key(n), r);
        } else {
          add(names, n, p);
        }
      }
    }
    for (int i = 0; i < b.places.size(); i++) {
      Place p = b.places.get(i);
      add(names, p.name(), p);
      for (String n : b.altNames.get(i)) {
        add(names, n, p);
      }
    }
    for (Map.Entry<String, Object> e : names.entrySet()) {
      if (e.getValue() instanceof List<?> list) {
        e.setValue(list.toArray(new Place[0]));
      }
    }
    this.byName = names;
    this.demonyms = Map.copyOf(dem);
    this.abbreviations = Map.copyOf(abbr);
    Map<String, List<Place>> bc = new HashMap<>();
    for (Place p : b.places) {
      bc.computeIfAbsent(p.country(), k -> new ArrayList<>()).add(p);
    }
    this.byCountry = bc;
  }

  private static void add(Map<String, Object> names, String name, Place p) {
    String key = Names.key(name);
    if (key.isEmpty()) {
      return;
    }
    Object v = names.get(key);
    if (v == null) {
      names.put(key, p);
    } else if (v instanceof Place q) {
      if (q != p) {
        List<Place> list = new ArrayList<>(2);
        list.add(q);
        list.add(p);
        names.put(key, list);
      }
    } else {
      @SuppressWarnings("unchecked")
      List<Place> list = (List<Place>) v;
      if (list.get(list.size() - 1) != p) {
        list.add(p);
      }
    }
  }

  /**
   * The gazetteer that ships with this module. Takes about a second; callers keep one instance
   * per process.
   *
   * @throws VigilException when the resources are missing or unreadable
   */
  public static Gazetteer load() {
    Builder b = builder();
    try {
      Map<String, String> iso2to3 = new HashMap<>();
      for (String[] f : rows("countries.tsv.gz")) {
        List<String> neighbours = f[7].isEmpty() ? List.of() : Arrays.asList(f[7].split(","));
        b.country(new Country(f[0], f[1], f[2], split(f[3]), split(f[4]), Double.parseDouble(f[5]),
            Double.parseDouble(f[6]), new java.util.HashSet<>(neighbours), f.length > 8 ? f[8] : ""));
        iso2to3.put(f[0], f[1]);
      }
      for (String[] f : rows("admin1.tsv.gz")) {
        String iso3 = iso2to3.get(f[0]);
        if (iso3 != null) {
          b.region(new Region(f[0] + "." + f[1], iso3, f[2], withoutArticle(f[0], f[2], split(f[3])), Double.parseDouble(f[4]),
              Double.parseDouble(f[5]), Long.parseLong(f[7]), f.length > 8 && !f[8].isEmpty() ? Long.valueOf(f[8]) : null));
        }
      }
      Map<String, String> interned = new HashMap<>();
      eachRow("places.tsv.gz", f -> {
        String iso3 = iso2to3.get(f[6]);
        if (iso3 == null) {
          return; // a GeoNames country code without an ISO-3 (Kosovo's XK): not placeable
        }
        String key = f[7].isEmpty() ? null : interned.computeIfAbsent(f[6] + "." + f[7], k -> k);
        Region region = key == null ? null : b.regions.get(key);
        String feature = f[5].isEmpty() ? "PPL" : interned.computeIfAbsent(f[5], k -> k); // a few rows have none
        b.place(new Place(Long.parseLong(f[0]), f[1], feature, iso3, key, region == null ? null : region.name(),
            Double.parseDouble(f[3]), Double.parseDouble(f[4]), Long.parseLong(f[9])), split(f[2]));
      });
    } catch (IOException | RuntimeException e) {
      throw new VigilException("cannot load the gazetteer: " + e.getMessage(), e);
    }
    return b.build();
  }

  /** Countries whose place names are transliterated from Arabic, with its article ("Al Anbar"). */
  private static final Set<String> ARABIC_NAMES = Set.of("AE", "BH", "DJ", "DZ", "EG", "EH", "IQ", "JO",
      "KM", "KW", "LB", "LY", "MA", "MR", "OM", "PS", "QA", "SA", "SD", "SO", "SY", "TN", "YE");
  /** The Arabic article as transliterated, assimilated forms too ("Ad Dakhiliyah", "Ash Sharqiyah"). */
  private static final java.util.regex.Pattern ARTICLE = java.util.regex.Pattern.compile(
      "^(?:[AaEe]l|[Aa](?:d|dh|n|r|s|sh|t|th|z))[ -](\\p{Lu}\\p{L}{3,}.*)$");

  /**
   * The names of a region of an Arabic-speaking country, with each name that begins with the
   * article also without it: news writes "Anbar" and "Dakhiliyah" as often as "Al Anbar".
   */
  static List<String> withoutArticle(String iso2, String name, List<String> names) {
    if (!ARABIC_NAMES.contains(iso2)) {
      return names;
    }
    java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(names);
    java.util.stream.Stream.concat(java.util.stream.Stream.of(name), names.stream())
        .map(ARTICLE::matcher)
        .filter(java.util.regex.Matcher::matches)
        .forEach(m -> all.add(m.group(1)));
    all.remove(name);
    return List.copyOf(all);
  }

  private static List<String> split(String s) {
    return s.isEmpty() ? List.of() : Arrays.asList(s.split("\\|"));
  }

  private static List<String[]> rows(String file) throws IOException {
    List<String[]> rows = new ArrayList<>();
    eachRow(file, rows::add);
    return rows;
  }

  private static void eachRow(String file, java.util.function.Consumer<String[]> row) throws IOException {
    InputStream in = Gazetteer.class.getResourceAsStream(RESOURCES + file);
    if (in == null) {
      throw new IOException("resource " + RESOURCES + file + " is missing");
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in, 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isEmpty()) {
          row.accept(line.split("\t", -1));
        }
      }
    }
  }

  /** A builder for a gazetteer made in code (tests, other data). */
  public static Builder builder() {
    return new Builder();
  }

  /** The country with this ISO-3 (or ISO-2) code. */
  public Optional<Country> country(String code) {
    String c = code == null ? null : code.toUpperCase(Locale.ROOT);
    if (c != null && c.length() == 2) {
      c = iso2to3.get(c);
    }
    return Optional.ofNullable(c == null ? null : countries.get(c));
  }

  /** All countries. */
  public Collection<Country> countries() {
    return countries.values();
  }

  /** The first-level region with this GeoNames key ({@code AF.03}). */
  public Optional<Region> region(String key) {
    return Optional.ofNullable(key == null ? null : regions.get(key));
  }

  /** All first-level regions. */
  public Collection<Region> regions() {
    return regions.values();
  }

  /** Number of populated places. */
  public int size() {
    return places.size();
  }

  /** Every entry whose name or alternate name has the key of {@code name}: countries, regions, places. */
  public List<Place> lookup(String name) {
    return entries(Names.key(name));
  }

  /** As {@link #lookup}, given the name's key ({@link Names#key}). */
  List<Place> lookupKey(String key) {
    return entries(key);
  }

  private List<Place> entries(String key) {
    Object v = byName.get(key);
    if (v == null) {
      return List.of();
    }
    return v instanceof Place p ? List.of(p) : List.of((Place[]) v);
  }

  /** The country whose demonym this is ("Tajik" gives TJK), or null. */
  public String countryOfDemonym(String word) {
    return demonyms.get(Names.key(word));
  }

  /** As {@link #countryOfDemonym}, given the word's key ({@link Names#key}). */
  String countryOfDemonymKey(String key) {
    return demonyms.get(key);
  }

  /** The country whose name or demonym this is, or null. */
  public String countryOfNameOrDemonym(String words) {
    String d = countryOfDemonym(words);
    if (d != null) {
      return d;
    }
    for (Place p : lookup(words)) {
      if (p.featureCode().equals("PCLI")) {
        return p.country();
      }
    }
    return null;
  }

  /** The region an abbreviation stands for ("Miss." gives Mississippi), or null. */
  public Region regionOfAbbreviation(String word) {
    return abbreviations.get(Names.key(word));
  }

  /** As {@link #regionOfAbbreviation}, given the word's key ({@link Names#key}). */
  Region regionOfAbbreviationKey(String key) {
    return abbreviations.get(key);
  }

  /**
   * Entries within {@code maxEdits} typos of {@code name} that begin with the same letter, with
   * the keys they matched, closest first. Slower than {@link #lookup}: for names lookup missed.
   *
   * <p>Exactly what {@link #lookupFuzzyScan} finds, in the same order (issue 5;
   * {@code GazetteerFuzzyIndexTest}), without a distance for every name with that letter: only the
   * names of a length within {@code maxEdits} are looked at (the {@link TypoIndex} groups them), and
   * of those only the ones that lack at most {@code maxEdits} of the name's letters and add at most
   * as many (each such letter needs an edit of its own) get a distance.
   */
  List<Place> lookupFuzzy(String name, int maxEdits) {
    String key = Names.key(name);
    if (key.length() < 2) {
      return List.of();
    }
    List<Place> best = new ArrayList<>();
    for (String k : typoIndex.get().closest(key, maxEdits)) {
      best.addAll(entries(k));
    }
    return best;
  }

  /**
   * The name keys grouped by first letter and length (the ranges), each with a mask of the letters
   * it has, for the typo search: built with the sorted keys, once.
   */
  private static final class TypoIndex {
    final String[] keys;
    final long[] masks;
    final Map<Integer, int[]> ranges = new HashMap<>();

    TypoIndex(String[] sorted) {
      keys = sorted.clone();
      // stable: within a bucket the keys stay sorted
      Arrays.sort(keys, java.util.Comparator.comparingInt((String k) -> bucket(k.charAt(0), k.length())));
      masks = new long[keys.length];
      for (int i = 0; i < keys.length; i++) {
        masks[i] = mask(keys[i]);
      }
      int i = 0;
      while (i < keys.length) {
        int b = bucket(keys[i].charAt(0), keys[i].length());
        int j = i + 1;
        while (j < keys.length && bucket(keys[j].charAt(0), keys[j].length()) == b) {
          j++;
        }
        ranges.put(b, new int[] {i, j});
        i = j;
      }
    }

    /** The keys within {@code maxEdits} typos of {@code key} with its first letter and closest to it, sorted. */
    List<String> closest(String key, int maxEdits) {
      int m = key.length();
      long mask = mask(key);
      List<String> closest = new ArrayList<>();
      int bestDistance = maxEdits + 1;
      for (int length = Math.max(1, m - maxEdits); length <= m + maxEdits; length++) {
        int[] range = ranges.get(bucket(key.charAt(0), length));
        if (range == null) {
          continue;
        }
        for (int i = range[0]; i < range[1]; i++) {
          // Only a name as close as the closest so far can join it (issue 5: once a name one typo away
          // is found, the others need only the one-typo check).
          int limit = Math.min(maxEdits, bestDistance);
          // a letter of one that the other lacks needs an edit of its own: too many, and no distance is needed
          long other = masks[i];
          if (Long.bitCount(mask & ~other) > limit || Long.bitCount(other & ~mask) > limit) {
            continue;
          }
          int d = Names.distance(key, keys[i], limit);
          if (d < bestDistance) {
            bestDistance = d;
            closest.clear();
          }
          if (d == bestDistance && d <= maxEdits) {
            closest.add(keys[i]);
          }
        }
      }
      // the order of the plain scan: by key
      closest.sort(null);
      return closest;
    }

    static int bucket(char first, int length) {
      return first << 15 | Math.min(length, (1 << 15) - 1);
    }

    /** One bit per letter and digit, the other characters sharing the remaining bits. */
    static long mask(String key) {
      long m = 0;
      for (int i = 0; i < key.length(); i++) {
        char c = key.charAt(i);
        int bit = c >= 'a' && c <= 'z' ? c - 'a' : c >= '0' && c <= '9' ? 26 + c - '0' : 36 + c % 28;
        m |= 1L << bit;
      }
      return m;
    }
  }

  /** The plain search {@link #lookupFuzzy} replaces: a distance for every key with the same first letter. */
  List<Place> lookupFuzzyScan(String name, int maxEdits) {
    String key = Names.key(name);
    if (key.length() < 2) {
      return List.of();
    }
    String[] keys = sortedKeys();
    String prefix = key.substring(0, 1);
    int from = Arrays.binarySearch(keys, prefix);
    from = from < 0 ? -from - 1 : from;
    List<Place> best = new ArrayList<>();
    int bestDistance = maxEdits + 1;
    for (int i = from; i < keys.length && keys[i].startsWith(prefix); i++) {
      String k = keys[i];
      if (Math.abs(k.length() - key.length()) > maxEdits) {
        continue;
      }
      int d = Names.distance(key, k, maxEdits);
      if (d < bestDistance) {
        bestDistance = d;
        best.clear();
      }
      if (d == bestDistance && d <= maxEdits) {
        best.addAll(entries(k));
      }
    }
    return best;
  }

  /**
   * Exactly {@code lookupFuzzy(name, 1)} kept to countries and first-level regions (PCLI, ADM1),
   * in the same order, but scanning only those places' names (issue 5: the untagged-name check of
   * {@link MentionSpans} asks this for many capitalised words, and the whole gazetteer's names
   * cost milliseconds a word). The same because within one typo every candidate is at distance
   * 1 when the name itself is not a key, and the name's own places when it is.
   */
  List<Place> lookupFuzzyAdministrative(String name) {
    String key = Names.key(name);
    if (key.length() < 2) {
      return List.of();
    }
    List<Place> exact = entries(key);
    if (!exact.isEmpty()) {
      return exact.stream().filter(Gazetteer::isAdministrative).toList();
    }
    // the key is none of these keys, so every one within one typo is at distance 1: the closest (issue 5:
    // the same typo index as lookupFuzzy, over the administrative names)
    List<Place> found = new ArrayList<>();
    for (String k : administrativeTypoIndex.get().closest(key, 1)) {
      for (Place p : entries(k)) {
        if (isAdministrative(p)) {
          found.add(p);
        }
      }
    }
    return found;
  }

  private static boolean isAdministrative(Place p) {
    return p.featureCode().equals("PCLI") || p.featureCode().equals("ADM1");
  }

  private String[] sortedAdministrativeKeys() {
    return sortedAdministrativeKeys.get();
  }

  private String[] sortedKeys() {
    return sortedKeys.get();
  }

  private String[] sortKeys() {
    String[] k = byName.keySet().toArray(new String[0]);
    Arrays.sort(k);
    return k;
  }

  /** The populated place nearest to a point, or empty when the gazetteer has none. */
  public Optional<Place> nearest(double lat, double lon) {
    Map<Long, List<Place>> g = grid();
    int cy = (int) Math.floor(lat);
    int cx = (int) Math.floor(lon);
    Place best = null;
    double bestKm = Double.MAX_VALUE;
    for (int r = 0; r <= 180; r++) {
      for (int dy = -r; dy <= r; dy++) {
        for (int dx = -r; dx <= r; dx++) {
          if (Math.max(Math.abs(dy), Math.abs(dx)) != r) {
            continue;
          }
          List<Place> cell = g.get(cell(cy + dy, Math.floorMod(cx + dx + 180, 360) - 180));
          if (cell == null) {
            continue;
          }
          for (Place p : cell) {
            double d = Names.km(lat, lon, p.lat(), p.lon());
            if (d < bestKm) {
              bestKm = d;
              best = p;
            }
          }
        }
      }
      // a cell is at least 111 km * cos(lat) wide: once the ring passed the best distance, stop
      if (best != null && r * 111.0 * Math.max(0.2, Math.cos(Math.toRadians(lat))) > bestKm) {
        break;
      }
    }
    return Optional.ofNullable(best);
  }

  private static long cell(int lat, int lon) {
    return ((long) lat << 32) ^ (lon & 0xffffffffL);
  }

  private Map<Long, List<Place>> grid() {
    return grid.get();
  }

  private Map<Long, List<Place>> buildGrid() {
    Map<Long, List<Place>> g = new HashMap<>();
    for (Place p : places) {
      g.computeIfAbsent(cell((int) Math.floor(p.lat()), (int) Math.floor(p.lon())), k -> new ArrayList<>()).add(p);
    }
    return g;
  }

  /**
   * The border region of two neighbouring countries: the places of each within {@code km} of a
   * place of the other. Its point is the mean of those places, or, where none is that close, the
   * midpoint of the two countries' central points. Computed on first use and kept.
   *
   * @param country1 ISO-3 code
   * @param country2 ISO-3 code of a neighbour of {@code country1}
   * @param km distance to the neighbour's nearest place, in kilometres
   * @return the region, or empty when the two do not share a land border in the gazetteer
   */
  public Optional<BorderRegion> border(String country1, String country2, double km) {
    Country c1 = countries.get(country1);
    Country c2 = countries.get(country2);
    if (c1 == null || c2 == null || c1 == c2 || !(c1.neighbours().contains(c2.iso3()) || c2.neighbours().contains(c1.iso3()))) {
      return Optional.empty();
    }
    Country a = c1.iso3().compareTo(c2.iso3()) < 0 ? c1 : c2;
    Country b = a == c1 ? c2 : c1;
    return Optional.of(borders.computeIfAbsent(a.iso3() + "|" + b.iso3() + "|" + km, k -> computeBorder(a, b, km)));
  }

  private BorderRegion computeBorder(Country a, Country b, double km) {
    List<Place> pa = byCountry.getOrDefault(a.iso3(), List.of());
    List<Place> pb = byCountry.getOrDefault(b.iso3(), List.of());
    List<Place> sideA = near(pa, pb, km);
    List<Place> sideB = near(pb, pa, km);
    double lat;
    double lon;
    if (sideA.isEmpty() && sideB.isEmpty()) {
      lat = (a.lat() + b.lat()) / 2;
      lon = (a.lon() + b.lon()) / 2;
    } else {
      double sl = 0;
      double so = 0;
      for (Place p : sideA) {
        sl += p.lat();
        so += p.lon();
      }
      for (Place p : sideB) {
        sl += p.lat();
        so += p.lon();
      }
      int n = sideA.size() + sideB.size();
      lat = sl / n;
      lon = so / n;
    }
    return new BorderRegion(a.iso3(), b.iso3(), a.name() + "–" + b.name() + " border", lat, lon, sideA, sideB);
  }

  /** The places of {@code from} within {@code km} of some place of {@code to}. */
  private static List<Place> near(List<Place> from, List<Place> to, double km) {
    double cellDeg = Math.max(0.25, km / 111.0);
    Map<Long, List<Place>> g = new HashMap<>();
    for (Place p : to) {
      g.computeIfAbsent(cell((int) Math.floor(p.lat() / cellDeg), (int) Math.floor(p.lon() / cellDeg)), k -> new ArrayList<>()).add(p);
    }
    List<Place> out = new ArrayList<>();
    for (Place p : from) {
      int cy = (int) Math.floor(p.lat() / cellDeg);
      int cx = (int) Math.floor(p.lon() / cellDeg);
      int rx = (int) Math.ceil(1 / Math.max(0.1, Math.cos(Math.toRadians(p.lat()))));
      search:
      for (int dy = -1; dy <= 1; dy++) {
        for (int dx = -rx; dx <= rx; dx++) {
          List<Place> cell = g.get(cell(cy + dy, cx + dx));
          if (cell == null) {
            continue;
          }
          for (Place q : cell) {
            if (Names.km(p.lat(), p.lon(), q.lat(), q.lon()) <= km) {
              out.add(p);
              break search;
            }
          }
        }
      }
    }
    return out;
  }

  /**
   * Assembles a gazetteer. Each call checks its argument at once. Not thread-safe; the built
   * gazetteer is.
   */
  public static final class Builder {
    private final Map<String, Country> countries = new LinkedHashMap<>();
    private final Map<String, Region> regions = new LinkedHashMap<>();
    private final List<Place> places = new ArrayList<>();
    private final List<List<String>> altNames = new ArrayList<>();

    private Builder() {}

    /** Adds a country; a second one with the same ISO-3 code is rejected. */
    public Builder country(Country country) {
      if (countries.putIfAbsent(country.iso3(), country) != null) {
        throw new IllegalArgumentException("country " + country.iso3() + " added twice");
      }
      return this;
    }

    /** Adds a first-level region; a second one with the same key is rejected. */
    public Builder region(Region region) {
      if (regions.putIfAbsent(region.key(), region) != null) {
        throw new IllegalArgumentException("region " + region.key() + " added twice");
      }
      return this;
    }

    /** Adds a populated place with its alternate names. */
    public Builder place(Place place, List<String> alternateNames) {
      if (!place.isPopulated() && !place.featureCode().startsWith("ADM")) {
        throw new IllegalArgumentException("place " + place.name() + " has feature " + place.featureCode()
            + "; expected PPL* (add countries and regions with country() and region())");
      }
      places.add(place);
      altNames.add(List.copyOf(alternateNames));
      return this;
    }

    /** Adds a populated place with alternate names. */
    public Builder place(Place place, String... alternateNames) {
      return place(place, List.of(alternateNames));
    }

    public Gazetteer build() {
      return new Gazetteer(this);
    }
  }
}
