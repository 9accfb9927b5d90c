package org.vigil.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.vigil.core.article.Article;
import org.vigil.core.event.ActorRef;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.EventDate;
import org.vigil.core.event.Evidence;
import org.vigil.core.event.Location;
import org.vigil.core.event.Modality;
import org.vigil.core.event.Plover;

/**
 * Synthetic coded events for the API benchmark ({@code vigil bench api-data}, issue 13): made-up
 * articles of 1 to 9 events each, seeded and reproducible. The shape follows what coded news
 * looks like rather than uniform noise: actor countries drawn from a Zipf law (s = 1.07) over 48
 * countries in rough order of news coverage, the target most often a neighbour or rival of the
 * source (a few dyads dominate), sectors weighted to governments, CAMEO roots in the proportions
 * GDELT's 1.0 event table shows (statements and consultations common, mass violence rare), the
 * code within a root and its Goldstein value and PLOVER type from the built-in CAMEO dictionary
 * ({@code cameo.txt}), dates over ten years (2016-2025) with a rising trend, confidence in the
 * coder's steps of 0.05, and a place (the country's capital, slightly jittered) for 60 % of events.
 * Not thread-safe: one generator per thread.
 */
final class SyntheticEvents {
  /** ISO-3 code, capital, latitude, longitude: in rough order of how often the news names them. */
  private static final String[][] COUNTRIES = {
    {"USA", "Washington", "38.90", "-77.04"}, {"RUS", "Moscow", "55.76", "37.62"}, {"CHN", "Beijing", "39.90", "116.41"},
    {"UKR", "Kyiv", "50.45", "30.52"}, {"ISR", "Jerusalem", "31.77", "35.21"}, {"GBR", "London", "51.51", "-0.13"},
    {"IRN", "Tehran", "35.69", "51.39"}, {"FRA", "Paris", "48.86", "2.35"}, {"DEU", "Berlin", "52.52", "13.40"},
    {"IND", "New Delhi", "28.61", "77.21"}, {"TUR", "Ankara", "39.93", "32.86"}, {"PAK", "Islamabad", "33.68", "73.05"},
    {"SYR", "Damascus", "33.51", "36.29"}, {"AFG", "Kabul", "34.56", "69.21"}, {"IRQ", "Baghdad", "33.31", "44.36"},
    {"JPN", "Tokyo", "35.68", "139.69"}, {"KOR", "Seoul", "37.57", "126.98"}, {"PRK", "Pyongyang", "39.04", "125.76"},
    {"SAU", "Riyadh", "24.71", "46.68"}, {"EGY", "Cairo", "30.04", "31.24"}, {"PSE", "Ramallah", "31.90", "35.20"},
    {"NGA", "Abuja", "9.08", "7.40"}, {"YEM", "Sanaa", "15.37", "44.19"}, {"LBN", "Beirut", "33.89", "35.50"},
    {"SDN", "Khartoum", "15.50", "32.56"}, {"ETH", "Addis Ababa", "9.03", "38.74"}, {"SOM", "Mogadishu", "2.05", "45.32"},
    {"LBY", "Tripoli", "32.89", "13.19"}, {"MLI", "Bamako", "12.64", "-8.00"}, {"VEN", "Caracas", "10.48", "-66.90"},
    {"MEX", "Mexico City", "19.43", "-99.13"}, {"BRA", "Brasilia", "-15.79", "-47.88"}, {"POL", "Warsaw", "52.23", "21.01"},
    {"BLR", "Minsk", "53.90", "27.56"}, {"ARM", "Yerevan", "40.18", "44.51"}, {"AZE", "Baku", "40.41", "49.87"},
    {"GEO", "Tbilisi", "41.72", "44.79"}, {"KAZ", "Astana", "51.17", "71.45"}, {"UZB", "Tashkent", "41.30", "69.24"},
    {"TJK", "Dushanbe", "38.54", "68.78"}, {"KGZ", "Bishkek", "42.87", "74.59"}, {"MMR", "Naypyidaw", "19.76", "96.08"},
    {"PHL", "Manila", "14.60", "120.98"}, {"IDN", "Jakarta", "-6.21", "106.85"}, {"COD", "Kinshasa", "-4.44", "15.27"},
    {"KEN", "Nairobi", "-1.29", "36.82"}, {"COL", "Bogota", "4.71", "-74.07"}, {"SRB", "Belgrade", "44.79", "20.45"},
  };
  /** Pairs that dominate the news: a source of the first country picks the second often. */
  private static final String[][] RIVALS = {
    {"USA", "CHN"}, {"USA", "RUS"}, {"RUS", "UKR"}, {"UKR", "RUS"}, {"ISR", "PSE"}, {"PSE", "ISR"}, {"ISR", "LBN"},
    {"IRN", "USA"}, {"IND", "PAK"}, {"PAK", "IND"}, {"CHN", "USA"}, {"KOR", "PRK"}, {"PRK", "KOR"}, {"SAU", "YEM"},
    {"TUR", "SYR"}, {"ARM", "AZE"}, {"AZE", "ARM"}, {"TJK", "KGZ"}, {"KGZ", "TJK"}, {"AFG", "PAK"}, {"SDN", "ETH"},
  };
  /** Sector suffixes and their weights (percent); "" is the country alone. */
  private static final String[] SECTORS = {"GOV", "", "MIL", "COP", "REB", "OPP", "CVL", "BUS", "MED", "JUD"};
  private static final int[] SECTOR_WEIGHTS = {34, 16, 14, 6, 6, 5, 9, 4, 3, 3};
  /** CAMEO roots 01..20: percent of events in GDELT 1.0's event table (rounded; sums to 100). */
  private static final double[] ROOT_SHARES = {
    19.0, 4.5, 6.5, 20.0, 9.5, 2.5, 3.0, 1.5, 1.5, 2.0, 5.0, 2.0, 2.0, 2.5, 1.0, 1.0, 6.0, 3.5, 6.3, 0.2};
  private static final LocalDate FIRST = LocalDate.of(2016, 1, 1);
  private static final int DAYS = 3653; // 2016-01-01 .. 2025-12-31

  /** One CAMEO code of the dictionary. */
  record Code(String code, String root, double goldstein, String plover, String mode) {
    Code {
      Objects.requireNonNull(code, "code");
      if (!code.startsWith(root)) {
        throw new IllegalArgumentException("cameo code " + code + " is not under root " + root);
      }
    }

    int quadClass() {
      int r = Integer.parseInt(root);
      return r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4;
    }
  }

  private final SplittableRandom random;
  private final double[] countryCdf;
  private final double[] rootCdf;
  private final List<List<Code>> codesByRoot;
  private final int[] sectorCdf;
  private long articles;
  private long events;

  SyntheticEvents(long seed) {
    this.random = new SplittableRandom(seed);
    this.countryCdf = new double[COUNTRIES.length];
    double sum = 0;
    for (int i = 0; i < COUNTRIES.length; i++) {
      sum += 1 / Math.pow(i + 1, 1.07);
      countryCdf[i] = sum;
    }
    for (int i = 0; i < countryCdf.length; i++) {
      countryCdf[i] /= sum;
    }
    this.rootCdf = new double[ROOT_SHARES.length];
    double r = 0;
    for (int i = 0; i < ROOT_SHARES.length; i++) {
      r += ROOT_SHARES[i];
      rootCdf[i] = r;
    }
    for (int i = 0; i < rootCdf.length; i++) {
      rootCdf[i] /= r;
    }
    this.sectorCdf = new int[SECTOR_WEIGHTS.length];
    int s = 0;
    for (int i = 0; i < SECTOR_WEIGHTS.length; i++) {
      s += SECTOR_WEIGHTS[i];
      sectorCdf[i] = s;
    }
    this.codesByRoot = codes();
  }

  /** The built-in dictionary's CAMEO codes by root (index 0 is root 01). */
  static List<List<Code>> codes() {
    List<List<Code>> byRoot = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      byRoot.add(new ArrayList<>());
    }
    String resource = "/org/vigil/coding/dictionary/builtin/cameo.txt";
    try (InputStream in = SyntheticEvents.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no " + resource + " on the class path (vigil-coding)");
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        String[] f = line.strip().split("\\s+");
        if (f.length < 5 || !f[0].equals("code") || !f[1].matches("\\d{2,4}")) {
          continue;
        }
        int root = Integer.parseInt(f[1].substring(0, 2));
        if (root >= 1 && root <= 20) {
          byRoot.get(root - 1).add(new Code(f[1], f[1].substring(0, 2), Double.parseDouble(f[2]), f[3],
              f[4].equals("-") ? null : f[4]));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    for (int i = 0; i < 20; i++) {
      if (byRoot.get(i).isEmpty()) {
        throw new IllegalStateException(resource + " has no code under root " + (i + 1));
      }
    }
    return byRoot;
  }

  /**
   * The same distributions as data, for the store's SQL generator ({@code
   * DuckDbEventStore.loadSynthetic}): ten million events in minutes. Its rows follow the same
   * laws as {@link #next}'s, not the same draws.
   */
  static org.vigil.store.SyntheticSpec spec(long seed, long events) {
    List<org.vigil.store.SyntheticSpec.Country> countries = new ArrayList<>();
    for (String[] c : COUNTRIES) {
      countries.add(new org.vigil.store.SyntheticSpec.Country(c[0], c[1], Double.parseDouble(c[2]),
          Double.parseDouble(c[3])));
    }
    List<org.vigil.store.SyntheticSpec.Rival> rivals = new ArrayList<>();
    for (String[] r : RIVALS) {
      rivals.add(new org.vigil.store.SyntheticSpec.Rival(r[0], r[1]));
    }
    List<org.vigil.store.SyntheticSpec.Sector> sectors = new ArrayList<>();
    for (int i = 0; i < SECTORS.length; i++) {
      sectors.add(new org.vigil.store.SyntheticSpec.Sector(SECTORS[i], SECTOR_WEIGHTS[i]));
    }
    List<Double> shares = new ArrayList<>();
    for (double share : ROOT_SHARES) {
      shares.add(share);
    }
    List<org.vigil.store.SyntheticSpec.Code> codes = new ArrayList<>();
    for (List<Code> root : codes()) {
      for (Code c : root) {
        codes.add(new org.vigil.store.SyntheticSpec.Code(c.code(), c.root(), c.goldstein(), c.plover(), c.mode()));
      }
    }
    return new org.vigil.store.SyntheticSpec(seed, events, countries, 1.07, rivals, sectors, shares, codes, FIRST, DAYS);
  }

  /** Articles made so far. */
  long articles() {
    return articles;
  }

  /** Events made so far. */
  long events() {
    return events;
  }

  private int country() {
    double u = random.nextDouble();
    for (int i = 0; i < countryCdf.length; i++) {
      if (u <= countryCdf[i]) {
        return i;
      }
    }
    return countryCdf.length - 1;
  }

  private static int indexOf(String iso) {
    for (int i = 0; i < COUNTRIES.length; i++) {
      if (COUNTRIES[i][0].equals(iso)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no country " + iso);
  }

  private int target(int source) {
    if (random.nextDouble() < 0.45) {
      for (String[] pair : RIVALS) {
        if (pair[0].equals(COUNTRIES[source][0]) && random.nextBoolean()) {
          return indexOf(pair[1]);
        }
      }
    }
    if (random.nextDouble() < 0.15) {
      return source; // a domestic event: government and rebels, police and protesters
    }
    return country();
  }

  private ActorRef actor(int country) {
    int u = random.nextInt(sectorCdf[sectorCdf.length - 1]);
    int s = 0;
    while (u >= sectorCdf[s]) {
      s++;
    }
    String iso = COUNTRIES[country][0];
    String sector = SECTORS[s].isEmpty() ? null : SECTORS[s];
    return new ActorRef(iso + (sector == null ? "" : sector), iso, sector, COUNTRIES[country][1], iso, 0, 3,
        List.of(), List.of("country:" + iso));
  }

  private Code code() {
    double u = random.nextDouble();
    int root = 0;
    while (root < rootCdf.length - 1 && u > rootCdf[root]) {
      root++;
    }
    List<Code> codes = codesByRoot.get(root);
    // the root's general code is the most common, as coders fall back on it
    return random.nextDouble() < 0.4 ? codes.get(0) : codes.get(random.nextInt(codes.size()));
  }

  private LocalDate date() {
    // a rising trend: density grows linearly, from 1 to 3 over the ten years
    double u = random.nextDouble();
    double x = (-1 + Math.sqrt(1 + 8 * u)) / 2; // inverse of the CDF of (1 + 2x) / 2 on [0, 1]
    return FIRST.plusDays(Math.min(DAYS - 1, (long) (x * DAYS)));
  }

  /** The next article, numbered {@code n}, with its events. */
  org.vigil.core.store.EventStore.Coded next(long n) {
    LocalDate day = date();
    String id = "syn-" + n;
    int count = 1 + random.nextInt(9);
    int source = country();
    Article article = new Article(id, day, "Synthetic article " + n, "Synthetic article " + n + " about "
        + COUNTRIES[source][1] + ": " + count + " made-up events for the API benchmark.", "", "synthetic");
    List<CodedEvent> out = new ArrayList<>(count);
    for (int k = 0; k < count; k++) {
      int src = k == 0 ? source : random.nextDouble() < 0.7 ? source : country();
      ActorRef s = actor(src);
      ActorRef t = random.nextDouble() < 0.06 ? null : actor(target(src));
      Code c = code();
      LocalDate when = day.minusDays(random.nextInt(3));
      Location where = null;
      if (random.nextDouble() < 0.6) {
        int at = t != null && random.nextBoolean() ? indexOf(t.country()) : src;
        String[] cap = COUNTRIES[at];
        where = new Location(cap[1], "city", cap[0], cap[1], Double.parseDouble(cap[2]) + random.nextDouble(-0.2, 0.2),
            Double.parseDouble(cap[3]) + random.nextDouble(-0.2, 0.2), null, "text", "in " + cap[1], 0.75);
      }
      double confidence = Math.min(19, Math.max(1, (int) Math.round(random.nextDouble() * 9 + random.nextDouble() * 9 + 1))) * 0.05;
      String sentence = s.name() + " and " + (t == null ? "others" : t.name()) + ": " + c.code() + ".";
      out.add(new CodedEvent(id, id + "-" + k, EventDate.ofArticle(when), s, t, c.code(), c.root(), c.quadClass(),
          c.goldstein(), new Plover(c.plover(), c.mode(), List.of()), random.nextDouble() < 0.03, Modality.ASSERTED,
          where, new Evidence(k, sentence, new int[] {0, 1}, new int[] {0, 1}, t == null ? null : new int[] {2, 3},
              "synthetic", List.of()), Math.round(confidence * 100) / 100.0));
    }
    articles++;
    events += count;
    return new org.vigil.core.store.EventStore.Coded(article, out);
  }
}
