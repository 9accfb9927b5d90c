package org.vigil.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.article.Article;
import org.vigil.core.event.ActorRef;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.DateGranularity;
import org.vigil.core.event.EventDate;
import org.vigil.core.event.Evidence;
import org.vigil.core.event.Location;
import org.vigil.core.event.Modality;
import org.vigil.core.event.Plover;
import org.vigil.core.store.EventQuery;
import org.vigil.core.store.EventStore;
import org.vigil.geo.Country;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.Place;
import org.vigil.monitor.alert.Alerting;
import org.vigil.monitor.series.Bucket;
import org.vigil.monitor.series.Figures;
import org.vigil.monitor.series.Filter;
import org.vigil.monitor.series.SeriesBuilder;
import org.vigil.monitor.series.WatchSeries;
import org.vigil.store.DuckDbEventStore;
import org.vigil.store.StoreConfig;
import org.vigil.testkit.Events;
import org.vigil.testkit.Seeded;

/**
 * A watch's series counted in SQL (issue 13, round 8: {@code WatchRows}, one {@code GROUP BY} day)
 * equals the series the monitor counted in memory over every event of the span (the code it
 * replaced: {@code SeriesBuilder.build} over the events of {@code store.query}, dated to a day or a
 * week), for every kind of watch and random filters, on seeded random stores; and the alerts of
 * an evaluation reading its evidence from the store equal those of the in-memory evaluation.
 */
final class WatchSeriesSqlTest {
  private static final LocalDate START = LocalDate.of(2021, 3, 1);
  private static final Instant NOW = Instant.parse("2021-06-01T00:00:00Z");

  /** A made-up border: places on each side within tens of km, and two far from it. */
  private static final Place PANJ = new Place(1L, "Panj", "PPL", "TJK", null, null, 37.24, 69.10, 1000);
  private static final Place SHURO = new Place(2L, "Shurobod", "PPL", "TJK", null, null, 37.84, 70.04, 1000);
  private static final Place DUSHANBE = new Place(3L, "Dushanbe", "PPLC", "TJK", null, null, 38.54, 68.78, 800_000);
  private static final Place IMAM = new Place(4L, "Imam Sahib", "PPL", "AFG", null, null, 37.18, 68.92, 1000);
  private static final Place KUNDUZ = new Place(5L, "Kunduz", "PPLA", "AFG", null, null, 36.73, 68.86, 300_000);
  private static final Place KABUL = new Place(6L, "Kabul", "PPLC", "AFG", null, null, 34.53, 69.17, 4_000_000);
  private static final List<Place> PLACES = List.of(PANJ, SHURO, DUSHANBE, IMAM, KUNDUZ, KABUL);
  private static final String REGION = "Afghanistan–Tajikistan border";

  private static Gazetteer gazetteer() {
    Gazetteer.Builder b = Gazetteer.builder()
        .country(new Country("AF", "AFG", "Afghanistan", List.of("Afghanistan"), List.of("Afghan"), 33.0, 65.0,
            Set.of("TJK"), "Kabul"))
        .country(new Country("TJ", "TJK", "Tajikistan", List.of("Tajikistan"), List.of("Tajik"), 39.0, 71.0,
            Set.of("AFG"), "Dushanbe"));
    PLACES.forEach(p -> b.place(p));
    return b.build();
  }

  private static final EventQuery.Alliance CSTO = new EventQuery.Alliance("IGOCSTO", List.of(
      new EventQuery.Membership("RUS", null, null),
      new EventQuery.Membership("TJK", START.plusDays(20), null),
      new EventQuery.Membership("KGZ", null, START.plusDays(30)),
      new EventQuery.Membership("KGZ", START.plusDays(40), START.plusDays(45))));

  private static final String[][] ACTORS = {{"RUSGOV", "RUS"}, {"RUSMIL", "RUS"}, {"TJKGOV", "TJK"},
      {"TJKMIL", "TJK"}, {"AFGREB", "AFG"}, {"AFG", "AFG"}, {"KGZGOV", "KGZ"}, {"IGOCSTO", null}, {"USAGOV", "USA"}};
  private static final String[] CAMEOS = {"010", "0233", "190", "112", "1823"};
  private static final String[] TYPES = {"AID", "ASSAULT", "STATEMENT", "REQUEST"};

  private static ActorRef actor(Seeded.Gen g) {
    String[] a = ACTORS[g.between(0, ACTORS.length - 1)];
    return Events.actor(a[0], a[1]);
  }

  private static Location location(Seeded.Gen g) {
    return switch (g.weighted(2, 4, 3, 1, 1)) {
      case 0 -> null;
      case 1 -> {
        // at a place, or jittered around it by up to about 60 km, its name in any case
        Place p = g.pick(PLACES);
        String name = g.pick(p.name(), p.name().toUpperCase(Locale.ROOT), p.name().toLowerCase(Locale.ROOT));
        double lat = p.lat() + (g.bool() ? 0 : g.between(-50, 50) / 100.0);
        double lon = p.lon() + (g.bool() ? 0 : g.between(-50, 50) / 100.0);
        yield new Location(name, "city", p.country(), null, lat, lon, null, "text", name, 0.8);
      }
      case 2 -> new Location(g.pick(PLACES).name(), "city", g.pick("TJK", "AFG", "RUS", "KGZ"), null,
          36 + g.between(0, 300) / 100.0, 67 + g.between(0, 400) / 100.0, null, "text", "x", 0.5);
      case 3 -> new Location(g.pick(REGION, REGION.toUpperCase(Locale.ROOT)), "border region", g.pick("TJK", "AFG"),
          null, null, null, null, "text", "on the border", 0.6);
      default -> new Location(g.pick("Tajikistan", "Russia"), "country", g.pick("TJK", "RUS"), null, null, null,
          null, "actor", "", 0.3);
    };
  }

  private static CodedEvent event(Seeded.Gen g, Article a, String id) {
    LocalDate day = a.date().minusDays(g.between(0, 6));
    DateGranularity granularity = g.pick(DateGranularity.DAY, DateGranularity.DAY, DateGranularity.DAY,
        DateGranularity.WEEK, DateGranularity.MONTH);
    EventDate date = new EventDate(day, day.plusDays(granularity == DateGranularity.DAY ? 0 : 6), granularity, true,
        "then", "2021");
    String cameo = g.pick(CAMEOS);
    int begin = g.between(0, 50);
    return new CodedEvent(a.id(), id, date, actor(g), g.between(0, 3) == 0 ? null : actor(g), cameo,
        cameo.substring(0, 2), g.between(1, 4), g.between(-100, 100) / 10.0, new Plover(g.pick(TYPES), null, List.of()),
        g.between(0, 5) == 0, Modality.ASSERTED, location(g),
        new Evidence(g.between(0, 4), "A sentence.", new int[] {begin, begin + 3}, null, null, "", List.of()),
        g.between(5, 95) / 100.0);
  }

  private static Filter filter(Seeded.Gen g) {
    if (g.bool()) {
      return Filter.ALL;
    }
    Set<String> types = new LinkedHashSet<>(g.listOf(0, 2, () -> g.pick(TYPES)));
    Set<Integer> quads = new LinkedHashSet<>(g.listOf(0, 2, () -> g.between(1, 4)));
    Set<String> actors = new LinkedHashSet<>(g.listOf(0, 2, () -> g.pick("RUS", "TJKMIL", "AFG", "IGO")));
    return new Filter(types, quads, actors, g.pick(0.0, 0.3, 0.6));
  }

  private static WatchSpec watch(Seeded.Gen g, String id) {
    WatchSpec.Kind kind = g.pick(WatchSpec.Kind.values());
    Filter f = filter(g);
    return switch (kind) {
      case COUNTRY -> new WatchSpec(id, "w", kind, g.pick("TJK", "AFG", "RUS", "KGZ"), null, null, false, null, 0,
          null, f);
      case DYAD -> new WatchSpec(id, "w", kind, null, g.pick("RUS", "TJK", "AFG", "IGO", "RUSMIL"),
          g.pick("TJK", "AFG", "KGZ", "USA", "TJKGOV"), g.bool(), null, 0, null, f);
      case ALLIANCE -> new WatchSpec(id, "w", kind, null, null, null, false, "IGOCSTO", 0, null, f);
      case PLACES -> new WatchSpec(id, "w", kind, null, null, null, false, null, 0,
          new LinkedHashSet<>(g.listOf(1, 3, () -> g.pick("panj", "KUNDUZ", "Dushanbe", "Kabul", "nowhere"))), f);
      case BORDER -> {
        boolean afgFirst = g.bool();
        yield new WatchSpec(id, "w", kind, null, afgFirst ? "AFG" : "TJK", afgFirst ? "TJK" : "AFG", false, null,
            g.pick(10.0, 30.0, 60.0, 120.0), null, f);
      }
    };
  }

  /** The series as the monitor counted it before round 8: every event of the span in memory. */
  private static WatchSeries inMemory(Monitoring m, DuckDbEventStore store, WatchSpec spec, Monitoring.Span span) {
    return SeriesBuilder.normalisedBy(span.volume()).build(m.watchOf(spec), spanEvents(store, span), span.from(),
        span.to(), Bucket.DAY);
  }

  private static List<CodedEvent> spanEvents(DuckDbEventStore store, Monitoring.Span span) {
    return store.query(EventQuery.builder().from(span.from()).to(span.to()).limit(Integer.MAX_VALUE).build())
        .stream().filter(e -> e.date().granularity() == DateGranularity.DAY
            || e.date().granularity() == DateGranularity.WEEK).toList();
  }

  @TempDir
  Path home;

  /** A watches file with no watch (without a file the book starts with the built-in ones). */
  private WatchBook book(List<WatchSpec> settings) throws java.io.IOException {
    Path file = Files.writeString(home.resolve("watches-" + System.nanoTime() + ".json"), "{\"watches\": []}");
    return new WatchBook(file, settings);
  }

  @Test
  void theSqlSeriesAndAlertsEqualTheInMemoryOnesForEveryKindOfWatch() {
    Gazetteer gazetteer = gazetteer();
    Function<String, Optional<EventQuery.Alliance>> alliances =
        code -> code.equals("IGOCSTO") ? Optional.of(CSTO) : Optional.empty();
    int[] nonEmpty = {0};
    int[] alerted = {0};
    Set<WatchSpec.Kind> kindsWithEvents = new java.util.TreeSet<>();
    Seeded.forEachCase(40, 0x5EED_0813L, g -> {
      try (DuckDbEventStore store = new DuckDbEventStore(StoreConfig.inMemory())) {
        List<EventStore.Coded> batch = new ArrayList<>();
        int articles = g.between(30, 120);
        for (int i = 0; i < articles; i++) {
          // a busier last fortnight now and then, so that the detectors have something to find
          int day = g.between(0, 9) < 3 ? g.between(45, 59) : g.between(0, 59);
          Article a = Events.article("a" + i, START.plusDays(day));
          List<CodedEvent> events = new ArrayList<>();
          for (int k = 0; k < g.between(0, 5); k++) {
            events.add(event(g, a, a.id() + "-" + k));
          }
          batch.add(new EventStore.Coded(a, events));
        }
        assertThat(store.storeAll(batch)).noneMatch(EventStore.Outcome::failed);
        List<WatchSpec> specs = new ArrayList<>();
        for (int w = 0; w < 6; w++) {
          specs.add(watch(g, "w" + w));
        }
        Alerting alerting = new Alerting(Alerting.Rules.defaults(), InstantSource.fixed(NOW));
        Monitoring m = new Monitoring(store, alliances, () -> gazetteer, book(specs),
            new AlertBook(null), alerting, InstantSource.fixed(NOW), List.of());
        Monitoring.Span span = m.span().orElseThrow();
        List<CodedEvent> all = spanEvents(store, span);
        Map<String, Alerting.Outcome> expected = new java.util.LinkedHashMap<>();
        for (WatchSpec spec : specs) {
          WatchSeries truth = inMemory(m, store, spec, span);
          WatchSeries sql = m.series(spec, span);
          assertThat(sql.watch().name()).isEqualTo(truth.watch().name());
          assertThat(sql.volume()).isEqualTo(truth.volume());
          assertThat(sql.figures()).hasSameSizeAs(truth.figures());
          for (int i = 0; i < truth.figures().size(); i++) {
            Figures t = truth.figures().get(i);
            Figures s = sql.figures().get(i);
            assertThat(s.intensity()).as("%s intensity on %s", spec, t.start()).isCloseTo(t.intensity(), within(1e-9));
            assertThat(new Figures(s.start(), s.days(), s.events(), s.mentions(), s.sources(), s.byPlover(),
                s.byQuadClass(), t.intensity(), s.codedArticles(), s.ratePer1000()))
                .as("%s on %s", spec, t.start()).isEqualTo(t);
          }
          if (truth.figures().stream().anyMatch(f -> f.events() > 0)) {
            nonEmpty[0]++;
            kindsWithEvents.add(spec.kind());
          }
          Alerting.Outcome o = alerting.evaluate(spec.id(), truth, all, List.of());
          if (!o.isEmpty()) {
            expected.put(spec.id(), o);
          }
        }
        // the service's evaluation: series in SQL, evidence read from the store per alarm window
        assertThat(m.evaluate()).isEqualTo(expected);
        alerted[0] += expected.size();
        // evaluated again, nothing is new
        assertThat(m.evaluate()).isEmpty();
      }
    });
    assertThat(nonEmpty[0]).as("watches with events").isGreaterThan(100);
    assertThat(kindsWithEvents).containsExactlyInAnyOrder(WatchSpec.Kind.values());
    assertThat(alerted[0]).as("watches that raised alerts").isGreaterThan(5);
  }

  @Test
  void withNoWatchAnEvaluationReadsNothing() throws Exception {
    // a store that fails every read: an evaluation without watches must not touch it
    try (DuckDbEventStore store = new DuckDbEventStore(StoreConfig.inMemory())) {
      Monitoring m = new Monitoring(store, code -> Optional.empty(), () -> {
        throw new AssertionError("the gazetteer was asked for");
      }, book(List.of()), new AlertBook(null), new Alerting(Alerting.Rules.defaults(), InstantSource.fixed(NOW)),
          InstantSource.fixed(NOW), List.of());
      store.close();
      assertThat(m.evaluate()).isEmpty();
      assertThat(m.watches().all()).isEmpty();
    }
  }
}
