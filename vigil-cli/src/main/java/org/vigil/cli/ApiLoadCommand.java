package org.vigil.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code vigil bench api-load}: measures a running {@code vigil serve} with a real HTTP client (the
 * JDK's, connections reused) in two phases. First the aggregates alone, one request at a time:
 * by day and by week, grouped by country, dyad and type, each under filters a client would use
 * (a country, a year), p50 and p95 per kind. Then {@code --clients} clients at once for {@code
 * --seconds}, each an analyst's client sending requests back to back (issue 13, round 6), or with a
 * pause between them ({@code --think-ms}: the mean of an exponential think time; round 7): 30 %
 * the dashboard's 24 shared queries (weekly types and countries of the last year, the first page
 * of events, for eight countries), with {@code If-None-Match} once it has their ETag; 20 % the
 * first page of a list of events (a country's year, a dyad, a CAMEO root in a country), whose
 * {@code next} link it then follows three times in four, up to three pages; 15 % one event by id;
 * 35 % ad hoc queries (filtered {@code /events} pages, {@code /events/{id}}, {@code /aggregates}
 * of every kind), while one more posts new articles at {@code --ingest-rate} a second: p50, p95,
 * p99 and max latency, errors (any status but 200 and 304, or no answer), the requests by kind,
 * the answers 304 and from the server's cache, and the ingest: articles posted, articles and
 * events the server stored meanwhile (from {@code /metrics}). Prints one JSON object.
 */
@Command(name = "api-load", mixinStandardHelpOptions = true,
    description = {"Measure a running vigil serve (scripts/bench-api.sh): aggregate latencies, then mixed load from many"
        + " clients while articles are posted; prints JSON."})
final class ApiLoadCommand implements Callable<Integer> {
  @Option(names = "--url", required = true, description = "The server, e.g. http://localhost:8080.")
  URI url;

  @Option(names = "--clients", defaultValue = "200", description = "Concurrent clients in the mixed phase (default: ${DEFAULT-VALUE}).")
  int clients;

  @Option(names = "--seconds", defaultValue = "60", description = "Length of the mixed phase (default: ${DEFAULT-VALUE}).")
  int seconds;

  @Option(names = "--repeat", defaultValue = "20", description = "Requests per aggregate kind in the first phase (default: ${DEFAULT-VALUE}).")
  int repeat;

  @Option(names = "--articles", defaultValue = "1000", description = "Stored synthetic articles (syn-0 .. syn-N-1) to ask events of (default: ${DEFAULT-VALUE}).")
  long articles;

  @Option(names = "--ingest-rate", defaultValue = "1", description = "Articles posted a second during the mixed phase; 0 for none (default: ${DEFAULT-VALUE}).")
  double ingestRate;

  @Option(names = "--token", description = "The write token for POST /articles (default: $VIGIL_SERVER_WRITE_TOKEN).")
  String token;

  @Option(names = "--seed", defaultValue = "1", description = "Seed of the request mix (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--baseline", description = "A second server over the same data (an older build): each aggregate"
      + " request of the first phase goes to both, in alternating order, and the report gives both and their ratio.")
  URI baseline;

  @Option(names = "--warm-up", defaultValue = "300", description = "Before the mixed phase, with --ingest-rate, post one"
      + " article and wait up to this many seconds for it to be stored (CoreNLP loads on the first article: minutes on a"
      + " loaded machine), so that the phase measures coding, not loading; 0: no warm-up (default: ${DEFAULT-VALUE}).")
  int warmUp;

  @Option(names = "--format", description = "In the aggregates phase, add format=F to each request to --url (not to"
      + " --baseline): rows measures the answer of before issue 13's round 10, a row per period and group (default:"
      + " the server's default, series).")
  String format;

  @Option(names = "--phase", defaultValue = "all", description = "aggregates, mixed or all (default: ${DEFAULT-VALUE}).")
  String phase;

  @Option(names = "--think-ms", defaultValue = "0", description = "In the mixed phase, each client's mean pause between"
      + " an answer and its next request (and before its first), in ms: drawn from an exponential law with the client's"
      + " seeded random, cut at ten times the mean; 0: no pause, requests back to back, a stress test (default:"
      + " ${DEFAULT-VALUE}).")
  double thinkMs;

  @Option(names = "--ingest-corpus", description = "Post real articles instead of the one-sentence synthetic ones: a"
      + " JSONL file of articles (id, title, text, and date or published), taken in turn from the seed's offset; a"
      + " line naming the run and the copy is added to each text, so that a story posted again is a near duplicate"
      + " (coded, its events merged as new mentions), not an exact one skipped.")
  Path ingestCorpus;

  /** The articles of {@code --ingest-corpus}, as JSON objects; empty without it. */
  private final List<ObjectNode> corpus = new ArrayList<>();

  private static final String[] COUNTRIES = {"USA", "RUS", "CHN", "UKR", "ISR", "GBR", "IRN", "FRA", "DEU", "IND",
      "TUR", "PAK", "SYR", "AFG", "IRQ", "TJK", "KGZ", "NGA", "MLI", "VEN"};
  private static final String[] TYPES = {"ASSAULT", "CONSULT", "COERCE", "AID", "PROTEST", "REQUEST", "AGREE", "THREATEN"};
  private static final String[][] DYADS = {{"RUS", "UKR"}, {"USA", "CHN"}, {"ISR", "PSE"}, {"IND", "PAK"}, {"TJK", "KGZ"}};

  private HttpClient http;

  @Override
  public Integer call() throws Exception {
    if (ingestCorpus != null) {
      corpus.addAll(readCorpus(ingestCorpus));
      if (corpus.isEmpty()) {
        System.err.println("vigil bench api-load: --ingest-corpus " + ingestCorpus + " holds no article with a text and a date");
        return Main.USAGE;
      }
    }
    if (clients < 1 || seconds < 1 || repeat < 1 || articles < 1) {
      System.err.println("vigil bench api-load: --clients, --seconds, --repeat and --articles must be at least 1");
      return Main.USAGE;
    }
    if (!(thinkMs >= 0) || Double.isInfinite(thinkMs)) {
      System.err.println("vigil bench api-load: --think-ms must be 0 or more, was " + thinkMs);
      return Main.USAGE;
    }
    http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).executor(
        java.util.concurrent.Executors.newFixedThreadPool(4)).build();
    String writeToken = token != null ? token : System.getenv("VIGIL_SERVER_WRITE_TOKEN");
    SplittableRandom random = new SplittableRandom(seed);
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("url", url.toString());
    report.put("aggregate_format", format == null ? "default" : format);
    if (!List.of("all", "aggregates", "mixed").contains(phase)) {
      System.err.println("vigil bench api-load: --phase must be aggregates, mixed or all, was " + phase);
      return Main.USAGE;
    }
    // phase 1: aggregates, one at a time (against the baseline too, alternating which goes first)
    Map<String, Object> aggregates = new LinkedHashMap<>();
    for (String by : new String[] {"day", "week"}) {
      for (String group : new String[] {"country", "dyad", "type"}) {
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < repeat; i++) {
          paths.add(aggregatePath(random, by, group));
        }
        if (phase.equals("mixed")) {
          continue;
        }
        Timed measured = new Timed(repeat);
        Timed base = baseline == null ? null : new Timed(repeat);
        timed(url, paths.get(0) + (format == null ? "" : "&format=" + format), null, 0); // warm
        if (baseline != null) {
          timed(baseline, paths.get(0), null, 0);
        }
        for (int i = 0; i < repeat; i++) {
          if (baseline != null && i % 2 == 1) {
            timed(baseline, paths.get(i), base, i);
          }
          timed(url, paths.get(i) + (format == null ? "" : "&format=" + format), measured, i);
          if (baseline != null && i % 2 == 0) {
            timed(baseline, paths.get(i), base, i);
          }
        }
        Map<String, Object> kind = measured.report();
        kind.put("example", paths.get(0));
        // the slowest request of the kind (issue 13, round 10: a country's decade by day, or a quarter of all)
        kind.put("slowest", paths.get(measured.slowest()));
        if (base != null) {
          Map<String, Object> b = base.report();
          kind.put("baseline", b);
          kind.put("p50_ratio_baseline_to_this", ratio((double) b.get("p50_ms"), (double) kind.get("p50_ms")));
          kind.put("p95_ratio_baseline_to_this", ratio((double) b.get("p95_ms"), (double) kind.get("p95_ms")));
        }
        aggregates.put(by + "/" + group, kind);
        System.err.printf(Locale.ROOT, "api-load: aggregates %s/%s p50 %.1f ms p95 %.1f ms%s%n", by, group,
            kind.get("p50_ms"), kind.get("p95_ms"), base == null ? ""
                : String.format(Locale.ROOT, " (baseline p50 %.1f ms p95 %.1f ms)", base.report().get("p50_ms"),
                    base.report().get("p95_ms")));
      }
    }
    report.put("aggregates", aggregates);
    if (phase.equals("aggregates")) {
      System.out.println(new ObjectMapper().writeValueAsString(report));
      return Main.OK;
    }
    // phase 2: mixed load with ingest, after a warm-up article (issue 13, round 5: in round 3 the
    // first posted article waited for CoreNLP's lazy load, so no article was stored in any phase)
    if (ingestRate > 0 && warmUp > 0 && writeToken != null) {
      long t = System.nanoTime();
      int status = -1;
      long deadline = t + warmUp * 1_000_000_000L;
      for (int n = 0; System.nanoTime() < deadline && status != 201 && status != 200; n++) {
        status = post(writeToken, newArticle(System.currentTimeMillis(), n), Math.min(120, warmUp));
      }
      report.put("warm_up_s", Math.round((System.nanoTime() - t) / 1e7) / 100.0);
      report.put("warm_up_status", status);
      System.err.printf(Locale.ROOT, "api-load: warm-up article answered %d after %.1f s%n", status,
          (System.nanoTime() - t) / 1e9);
    }
    double[] before = metrics();
    ConcurrentLinkedQueue<long[]> samples = new ConcurrentLinkedQueue<>();
    // issue 13, round 8: each request's shape, latency and wait at the server's gate, to say what
    // the slowest requests are and whether they waited in line or ran long
    ConcurrentLinkedQueue<Sample> timed = new ConcurrentLinkedQueue<>();
    AtomicLong errors = new AtomicLong();
    AtomicLong cacheHits = new AtomicLong();
    Map<Integer, AtomicLong> byStatus = new java.util.concurrent.ConcurrentHashMap<>();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    List<Thread> threads = new ArrayList<>();
    AtomicLong notModified = new AtomicLong();
    AtomicLong pagesFollowed = new AtomicLong();
    Map<String, AtomicLong> byKind = new java.util.concurrent.ConcurrentHashMap<>();
    List<String> dashboard = dashboardPaths();
    for (int c = 0; c < clients; c++) {
      SplittableRandom own = random.split();
      threads.add(Thread.ofVirtual().start(() -> {
        List<Long> mine = new ArrayList<>();
        // an analyst's client: the ETags of the dashboard's queries it has seen, and the next page
        // of the /events list it reads (issue 13, round 6: a fair mix, not only distinct queries)
        Map<String, String> etags = new java.util.HashMap<>();
        String nextPage = null;
        int depth = 0;
        // issue 13, round 7: an analyst reads an answer before asking again (think time); the
        // first pause spreads the clients' starts
        if (!think(own, end)) {
          samples.add(new long[0]);
          return;
        }
        while (System.nanoTime() < end) {
          String kind;
          String path;
          if (nextPage != null && depth < 3 && own.nextInt(4) != 0) {
            kind = "events_next_page";
            path = nextPage;
            depth++;
          } else {
            int pick = own.nextInt(20);
            depth = 0;
            if (pick < 6) {
              kind = "dashboard";
              path = dashboard.get(own.nextInt(dashboard.size()));
            } else if (pick < 10) {
              kind = "events_first_page";
              path = eventsPage(own);
            } else if (pick < 13) {
              kind = "event_by_id";
              path = "/events/syn-" + own.nextLong(articles) + "-0";
            } else {
              kind = "ad_hoc";
              path = mixedPath(own);
            }
          }
          byKind.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
          long t = System.nanoTime();
          Answer a = fetch(path, etags.get(path), path.startsWith("/events?"), cacheHits);
          mine.add(System.nanoTime() - t);
          timed.add(new Sample(shape(path), System.nanoTime() - t, a.gateMs(), a.storeMs()));
          nextPage = null;
          if (a.status() == 304) {
            notModified.incrementAndGet();
          } else if (a.status() != 200) {
            errors.incrementAndGet();
            byStatus.computeIfAbsent(a.status(), k -> new AtomicLong()).incrementAndGet();
          } else {
            if (kind.equals("dashboard") && a.etag() != null) {
              etags.put(path, a.etag());
            }
            nextPage = a.next();
            if (kind.equals("events_next_page")) {
              pagesFollowed.incrementAndGet();
            }
          }
          if (!think(own, end)) {
            break;
          }
        }
        samples.add(mine.stream().mapToLong(Long::longValue).toArray());
      }));
    }
    AtomicLong posted = new AtomicLong();
    AtomicLong postErrors = new AtomicLong();
    Thread poster = null;
    if (ingestRate > 0) {
      if (writeToken == null) {
        System.err.println("vigil bench api-load: --ingest-rate needs --token or VIGIL_SERVER_WRITE_TOKEN");
        return Main.USAGE;
      }
      long gap = (long) (1e9 / ingestRate);
      long runId = System.currentTimeMillis();
      poster = Thread.ofPlatform().start(() -> {
        long next = System.nanoTime();
        int n = 0;
        while (next < end) {
          int status = post(writeToken, newArticle(runId, n++));
          posted.incrementAndGet();
          if (status != 202 && status != 201 && status != 200) {
            postErrors.incrementAndGet();
          }
          next += gap;
          long sleep = next - System.nanoTime();
          if (sleep > 0) {
            try {
              Thread.sleep(sleep / 1_000_000, (int) (sleep % 1_000_000));
            } catch (InterruptedException e) {
              return;
            }
          }
        }
      });
    }
    for (Thread t : threads) {
      t.join();
    }
    if (poster != null) {
      poster.join();
    }
    double[] after = metrics();
    long[] all = samples.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    Map<String, Object> mixed = new LinkedHashMap<>();
    mixed.put("clients", clients);
    mixed.put("seconds", seconds);
    mixed.put("think_ms_mean", thinkMs);
    mixed.put("requests", all.length);
    mixed.put("requests_per_s", Math.round(all.length / (double) seconds));
    mixed.put("p50_ms", ms(pct(all, 50)));
    mixed.put("p95_ms", ms(pct(all, 95)));
    mixed.put("p99_ms", ms(pct(all, 99)));
    mixed.put("max_ms", all.length == 0 ? 0 : ms(all[all.length - 1]));
    mixed.put("errors", errors.get());
    mixed.put("errors_by_status", new java.util.TreeMap<>(byStatus));
    // answered from the server's memory (Server-Timing: cache), without a query
    mixed.put("cache_hits", cacheHits.get());
    // of them, answered with the body of the same request in progress (issue 13, round 9)
    mixed.put("shared_hits", shared.get());
    // answered 304 to If-None-Match with a dashboard query's ETag: not errors
    mixed.put("not_modified", notModified.get());
    mixed.put("requests_by_kind", new java.util.TreeMap<>(byKind));
    mixed.put("latency_by_shape", byShape(List.copyOf(timed)));
    mixed.put("slowest_1_percent", slowest(List.copyOf(timed)));
    report.put("mixed", mixed);
    Map<String, Object> ingest = new LinkedHashMap<>();
    ingest.put("articles_posted", posted.get());
    ingest.put("post_errors", postErrors.get());
    ingest.put("arriving_articles_per_s", ingestRate);
    ingest.put("articles_stored", after[0] - before[0]);
    ingest.put("events_stored", after[1] - before[1]);
    ingest.put("stored_articles_per_s", Math.round((after[0] - before[0]) / seconds * 100) / 100.0);
    ingest.put("events_written_per_s", Math.round((after[1] - before[1]) / seconds * 100) / 100.0);
    ingest.put("queue_depth_at_end", after[2]);
    report.put("ingest", ingest);
    System.out.println(new ObjectMapper().writeValueAsString(report));
    return Main.OK;
  }

  /**
   * A client's pause before its next request: exponential with mean {@code --think-ms}, cut at ten
   * times the mean, never past the phase's end. False when the phase has ended.
   */
  private boolean think(SplittableRandom r, long end) {
    if (thinkMs > 0) {
      long pause = thinkNanos(r, thinkMs);
      long left = end - System.nanoTime();
      try {
        Thread.sleep(java.time.Duration.ofNanos(Math.max(0, Math.min(pause, left))));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return System.nanoTime() < end;
  }

  /** An exponential pause of mean {@code meanMs} ms in nanoseconds, cut at ten times the mean. */
  static long thinkNanos(SplittableRandom r, double meanMs) {
    double ms = Math.min(-meanMs * Math.log(1 - r.nextDouble()), 10 * meanMs);
    return (long) (ms * 1_000_000);
  }

  static String aggregatePath(SplittableRandom r, String by, String group) {
    String country = COUNTRIES[r.nextInt(COUNTRIES.length)];
    int year = 2016 + r.nextInt(10);
    return switch (r.nextInt(3)) {
      case 0 -> "/aggregates?by=" + by + "&group=" + group + "&country=" + country;
      case 1 -> "/aggregates?by=" + by + "&group=" + group + "&country=" + country + "&from=" + year + "-01-01&to=" + year + "-12-31";
      default -> "/aggregates?by=" + by + "&group=" + group + "&from=" + year + "-01-01&to=" + year + "-03-31";
    };
  }

  private String mixedPath(SplittableRandom r) {
    String country = COUNTRIES[r.nextInt(COUNTRIES.length)];
    int year = 2016 + r.nextInt(10);
    return switch (r.nextInt(8)) {
      case 0 -> "/events?country=" + country + "&limit=50";
      case 1 -> {
        String[] d = DYADS[r.nextInt(DYADS.length)];
        yield "/events?source=" + d[0] + "&target=" + d[1] + "&from=" + year + "-01-01&limit=50";
      }
      case 2 -> "/events?root=" + (17 + r.nextInt(4)) + "&from=" + year + "-06-01&to=" + year + "-06-30&limit=100";
      case 3 -> "/events?type=" + TYPES[r.nextInt(TYPES.length)] + "&country=" + country + "&min_confidence=0.6&limit=20";
      case 4 -> "/events/syn-" + r.nextLong(articles) + "-0";
      case 5 -> "/events/syn-" + r.nextLong(articles) + "-0";
      case 6 -> "/aggregates?by=week&group=type&country=" + country + "&from=" + year + "-01-01&to=" + year + "-12-31";
      default -> aggregatePath(r, r.nextBoolean() ? "day" : "week", new String[] {"country", "dyad", "type"}[r.nextInt(3)]);
    };
  }

  /**
   * The dashboard's queries (issue 13, round 6): the same few aggregates and pages that a team's
   * screens poll, shared by every client, so repeated and cache-able: the types and countries of
   * the last year for eight countries, and the first page of their events.
   */
  static List<String> dashboardPaths() {
    List<String> out = new ArrayList<>();
    for (String country : Arrays.copyOf(COUNTRIES, 8)) {
      out.add("/aggregates?by=week&group=type&country=" + country + "&from=2025-01-01&to=2025-12-31");
      out.add("/aggregates?by=week&group=country&country=" + country + "&from=2025-01-01&to=2025-12-31");
      out.add("/events?country=" + country + "&limit=50");
    }
    return List.copyOf(out);
  }

  /** The first page of an analyst's list of events: a country, a dyad, or a month of a CAMEO root. */
  private String eventsPage(SplittableRandom r) {
    String country = COUNTRIES[r.nextInt(COUNTRIES.length)];
    int year = 2016 + r.nextInt(10);
    return switch (r.nextInt(3)) {
      case 0 -> "/events?country=" + country + "&from=" + year + "-01-01&to=" + year + "-12-31&limit=50";
      case 1 -> {
        String[] d = DYADS[r.nextInt(DYADS.length)];
        yield "/events?source=" + d[0] + "&target=" + d[1] + "&limit=50";
      }
      default -> "/events?root=" + (17 + r.nextInt(4)) + "&country=" + country + "&limit=50";
    };
  }

  /**
   * A GET's status, its ETag, (for a list) its next link, and the server's wait at its gate and
   * store phase in ms ({@code Server-Timing}; -1 when it has none: answered from memory or not gated).
   */
  private record Answer(int status, String etag, String next, double gateMs, double storeMs) {
    Answer(int status, String etag, String next) {
      this(status, etag, next, -1, -1);
    }
  }

  /** One request of the mixed phase: its shape ({@link #shape}), latency, and the server's gate and store phases (ms, -1: none). */
  record Sample(String shape, long nanos, double gateMs, double storeMs) {}

  /** What a path asks, without its values: {@code aggregates by=day group=dyad}, {@code events country from}, {@code event}. */
  static String shape(String path) {
    int q = path.indexOf('?');
    String route = q < 0 ? path : path.substring(0, q);
    if (route.startsWith("/events/")) {
      return "event";
    }
    StringBuilder out = new StringBuilder(route.substring(1));
    if (q >= 0) {
      for (String p : path.substring(q + 1).split("&")) {
        String name = p.contains("=") ? p.substring(0, p.indexOf('=')) : p;
        switch (name) {
          case "by", "group" -> out.append(' ').append(p);
          case "limit", "cursor", "after", "to" -> { }
          default -> out.append(' ').append(name);
        }
      }
    }
    return out.toString();
  }

  /** Per shape: requests, p50, p99, max, and the gate's wait p50 and max (ms). */
  static Map<String, Object> byShape(List<Sample> samples) {
    Map<String, List<Sample>> groups = new java.util.TreeMap<>();
    samples.forEach(x -> groups.computeIfAbsent(x.shape(), k -> new ArrayList<>()).add(x));
    Map<String, Object> out = new LinkedHashMap<>();
    groups.forEach((shape, list) -> {
      long[] n = list.stream().mapToLong(Sample::nanos).sorted().toArray();
      double[] gate = list.stream().mapToDouble(Sample::gateMs).filter(g -> g >= 0).sorted().toArray();
      double[] store = list.stream().mapToDouble(Sample::storeMs).filter(g -> g >= 0).sorted().toArray();
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("requests", n.length);
      o.put("p50_ms", ms(pct(n, 50)));
      o.put("p99_ms", ms(pct(n, 99)));
      o.put("max_ms", ms(n[n.length - 1]));
      o.put("gated", gate.length);
      o.put("gate_p50_ms", gate.length == 0 ? 0 : gate[(gate.length - 1) / 2]);
      o.put("gate_max_ms", gate.length == 0 ? 0 : gate[gate.length - 1]);
      o.put("store_p50_ms", store.length == 0 ? 0 : store[(store.length - 1) / 2]);
      o.put("store_max_ms", store.length == 0 ? 0 : store[store.length - 1]);
      out.put(shape, o);
    });
    return out;
  }

  /** The slowest 1 % of the requests: how many of each shape, and how much of their time was the wait at the gate. */
  static Map<String, Object> slowest(List<Sample> samples) {
    List<Sample> sorted = samples.stream().sorted(java.util.Comparator.comparingLong(Sample::nanos).reversed()).toList();
    List<Sample> top = sorted.subList(0, Math.min(sorted.size(), Math.max(1, sorted.size() / 100)));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("requests", top.size());
    if (top.isEmpty() || samples.isEmpty()) {
      return out;
    }
    out.put("from_ms", ms(top.getLast().nanos()));
    Map<String, Long> shapes = new java.util.TreeMap<>();
    top.forEach(x -> shapes.merge(x.shape(), 1L, Long::sum));
    out.put("by_shape", shapes);
    double total = top.stream().mapToDouble(x -> x.nanos() / 1e6).sum();
    double gate = top.stream().mapToDouble(x -> Math.max(0, x.gateMs())).sum();
    double store = top.stream().mapToDouble(x -> Math.max(0, x.storeMs())).sum();
    out.put("gate_share", total == 0 ? 0 : Math.round(gate / total * 1000) / 1000.0);
    out.put("store_share", total == 0 ? 0 : Math.round(store / total * 1000) / 1000.0);
    return out;
  }

  private static double phase(HttpResponse<?> r, String name) {
    Matcher m = PHASE.matcher(r.headers().firstValue("Server-Timing").orElse(""));
    while (m.find()) {
      if (m.group(1).equals(name)) {
        return Double.parseDouble(m.group(2));
      }
    }
    return -1;
  }

  private static final Pattern NEXT = Pattern.compile("\"next\":\"([^\"]+)\"");

  /** GETs {@code path}, with If-None-Match when {@code etag} is given; reads the body only for {@code wantNext}. */
  /** Answers of the mixed phase that waited for the same request in progress at the server (Server-Timing: shared). */
  private final AtomicLong shared = new AtomicLong();

  private Answer fetch(String path, String etag, boolean wantNext, AtomicLong hits) {
    try {
      HttpRequest.Builder b = HttpRequest.newBuilder(url.resolve(path)).timeout(Duration.ofSeconds(30));
      if (etag != null) {
        b.header("If-None-Match", etag);
      }
      String next = null;
      HttpResponse<?> r;
      if (wantNext) {
        HttpResponse<String> text = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = NEXT.matcher(text.body());
        if (text.statusCode() == 200 && m.find()) {
          next = m.group(1).replace("\\u0026", "&");
        }
        r = text;
      } else {
        r = http.send(b.build(), HttpResponse.BodyHandlers.discarding());
      }
      String timing = r.headers().firstValue("Server-Timing").orElse("");
      if (hits != null && timing.contains("cache;")) {
        hits.incrementAndGet();
      }
      if (timing.contains("shared;") && timing.contains("cache;")) {
        shared.incrementAndGet();
      }
      return new Answer(r.statusCode(), r.headers().firstValue("ETag").orElse(null), next, phase(r, "gate"),
          phase(r, "store"));
    } catch (IOException e) {
      return new Answer(-1, null, null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Answer(-1, null, null);
    }
  }

  private String newArticle(long runId, int n) {
    if (!corpus.isEmpty()) {
      return corpusArticle(corpus, seed, runId, n);
    }
    String place = COUNTRIES[n % COUNTRIES.length];
    return "{\"id\": \"load-" + runId + "-" + n + "\", \"date\": \"2025-12-" + (10 + n % 20) + "\", \"title\": \"Talks "
        + n + "\", \"text\": \"Officials of " + place + " met envoys from the neighbouring states on Monday for talks"
        + " number " + n + " of run " + runId + " on the border, and agreed to meet again.\"}";
  }

  /**
   * The articles of an {@code --ingest-corpus} file: id, title, text and a date (its {@code date}, else the first
   * ten characters of {@code published}); a line without a text or a date is named on stderr and skipped.
   */
  static List<ObjectNode> readCorpus(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<ObjectNode> articles = new ArrayList<>();
    int line = 0;
    for (String l : Files.readAllLines(file)) {
      line++;
      if (l.isBlank()) {
        continue;
      }
      JsonNode a;
      try {
        a = json.readTree(l);
      } catch (JsonProcessingException e) {
        System.err.printf(Locale.ROOT, "vigil bench api-load: %s line %d: not JSON (%s), skipped%n", file, line,
            e.getOriginalMessage());
        continue;
      }
      String date = a.path("date").asText(a.path("published").asText(""));
      if (!a.hasNonNull("text") || date.length() < 10) {
        System.err.printf(Locale.ROOT, "vigil bench api-load: %s line %d: no text or no date, skipped%n", file, line);
        continue;
      }
      ObjectNode o = json.createObjectNode();
      o.put("id", a.path("id").asText("line-" + line));
      o.put("date", date.substring(0, 10));
      o.put("title", a.path("title").asText(""));
      o.put("text", a.get("text").asText());
      articles.add(o);
    }
    return articles;
  }

  /**
   * The n-th article posted from a corpus: taken in turn from the seed's offset, with an id of its own and a line
   * naming the run and the copy added to its text, so that a story posted again is a near duplicate (coded, its
   * events merged as new mentions), not an exact duplicate the intake skips.
   */
  static String corpusArticle(List<ObjectNode> corpus, long seed, long runId, int n) {
    ObjectNode a = corpus.get((int) Math.floorMod(seed + n, (long) corpus.size())).deepCopy();
    a.put("id", "load-" + runId + "-" + n + "-" + a.get("id").asText());
    a.put("text", a.get("text").asText() + "\n\n(Posted by vigil bench api-load, run " + runId + ", copy " + n + ".)");
    return a.toString();
  }

  /** Latencies, bytes and the server's own phases ({@code Server-Timing}) of one kind of request. */
  private static final class Timed {
    final long[] nanos;
    final long[] bytes;
    final Map<String, double[]> phases = new java.util.TreeMap<>();
    int errors;

    Timed(int n) {
      nanos = new long[n];
      bytes = new long[n];
    }

    /** The index of the slowest request. */
    int slowest() {
      int worst = 0;
      for (int i = 1; i < nanos.length; i++) {
        worst = nanos[i] > nanos[worst] ? i : worst;
      }
      return worst;
    }

    Map<String, Object> report() {
      long[] sorted = nanos.clone();
      Arrays.sort(sorted);
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("p50_ms", ms(pct(sorted, 50)));
      out.put("p95_ms", ms(pct(sorted, 95)));
      out.put("max_ms", ms(sorted[sorted.length - 1]));
      out.put("errors", errors);
      long[] b = bytes.clone();
      Arrays.sort(b);
      out.put("p50_bytes", pct(b, 50));
      // the server's phases, median over the requests (ms): gate, store, json
      Map<String, Double> medians = new LinkedHashMap<>();
      phases.forEach((name, values) -> {
        double[] v = values.clone();
        Arrays.sort(v);
        medians.put(name + "_p50_ms", Math.round(v[(v.length - 1) / 2] * 100) / 100.0);
      });
      out.put("server_timing", medians);
      return out;
    }
  }

  private static final Pattern PHASE = Pattern.compile("([a-z]+);dur=([0-9.]+)");

  /** Sends one GET to {@code server} and records it as request {@code i} of {@code into} (null: not recorded). */
  private void timed(URI server, String path, Timed into, int i) {
    long t = System.nanoTime();
    HttpResponse<byte[]> response;
    try {
      response = http.send(HttpRequest.newBuilder(server.resolve(path)).timeout(Duration.ofSeconds(30)).build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      response = null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      response = null;
    }
    long took = System.nanoTime() - t;
    if (into == null) {
      return;
    }
    into.nanos[i] = took;
    if (response == null || response.statusCode() != 200) {
      into.errors++;
      return;
    }
    into.bytes[i] = response.body().length;
    Matcher m = PHASE.matcher(response.headers().firstValue("Server-Timing").orElse(""));
    while (m.find()) {
      into.phases.computeIfAbsent(m.group(1), k -> new double[into.nanos.length])[i] = Double.parseDouble(m.group(2));
    }
  }

  private static double ratio(double a, double b) {
    return b <= 0 ? 0 : Math.round(a / b * 100) / 100.0;
  }

  private int get(String path) {
    return get(path, null);
  }

  /** The status of a GET of {@code path}, -1 without an answer; counts it in {@code hits} when answered from the server's memory. */
  private int get(String path, AtomicLong hits) {
    try {
      HttpResponse<Void> r = http.send(HttpRequest.newBuilder(url.resolve(path)).timeout(Duration.ofSeconds(30)).build(),
          HttpResponse.BodyHandlers.discarding());
      if (hits != null && r.headers().firstValue("Server-Timing").orElse("").contains("cache;")) {
        hits.incrementAndGet();
      }
      return r.statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private int post(String writeToken, String body) {
    return post(writeToken, body, 0);
  }

  /** POSTs an article, waiting up to {@code wait} seconds for its commit; the status, -1 without an answer. */
  private int post(String writeToken, String body, int wait) {
    try {
      return http.send(HttpRequest.newBuilder(url.resolve("/articles?wait=" + wait)).timeout(Duration.ofSeconds(30L + wait))
          .header("Authorization", "Bearer " + writeToken).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private static final Pattern METER = Pattern.compile(
      "(?m)^(vigil_articles_ingested_total|vigil_events_stored_total|vigil_queue_depth)\\s+([0-9.eE+-]+)$");

  /** Articles and events stored so far, and the queue's depth, from /metrics. */
  private double[] metrics() throws IOException, InterruptedException {
    String body = http.send(HttpRequest.newBuilder(url.resolve("/metrics")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    double[] out = new double[3];
    Matcher m = METER.matcher(body);
    while (m.find()) {
      double v = Double.parseDouble(m.group(2));
      switch (m.group(1)) {
        case "vigil_articles_ingested_total" -> out[0] = v;
        case "vigil_events_stored_total" -> out[1] = v;
        default -> out[2] = v;
      }
    }
    return out;
  }

  private static long pct(long[] sorted, int p) {
    if (sorted.length == 0) {
      return 0;
    }
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  private static double ms(long nanos) {
    return Math.round(nanos / 1e4) / 100.0;
  }
}
