package org.vigil.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import org.vigil.core.article.Article;
import org.vigil.ingest.Rejection;
import org.vigil.ingest.source.FetchConfig;
import org.vigil.ingest.source.FetchRecord;
import org.vigil.ingest.source.Fetcher;
import org.vigil.ingest.source.SourceConfig;
import org.vigil.ingest.source.SourceScheduler;
import org.vigil.ingest.source.SourceSink;
import org.vigil.ingest.source.SourceSpec;
import org.vigil.ingest.source.SourceState;
import org.vigil.pipeline.VigilSettings;

/**
 * The live sources of the running service (issue 13): one {@link SourceScheduler} on one executor
 * whose sink hands each new article to the {@link ArticleIntake} (which skips what the store holds
 * already), records each item that cannot be an article as a dead letter, and keeps the last
 * {@value #RECENT} fetch records of each source. Sources come from the settings file and from the
 * API; those added through the API are kept in {@code sources.json} in the home folder ({@link
 * SourceFile}) and watched again after a restart, unless the settings file has a source with the
 * same id: the settings file wins, and its sources cannot be removed through the API. {@link
 * #close} cancels the polls and waits briefly for one under way. Thread-safe.
 */
public final class LiveSources implements AutoCloseable {
  /** Fetch records kept per source, newest first. */
  static final int RECENT = 20;
  /** The shortest interval the API takes, as the settings file (docs/configuration.md). */
  static final Duration MIN_INTERVAL = Duration.ofSeconds(10);
  /** A source's interval when the body gives none, as the settings file. */
  static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(15);
  /** Threads that poll: fetches wait on the network, so a few, whatever the cores. */
  static final int THREADS = 4;
  private static final Duration STOP_WAIT = Duration.ofSeconds(5);

  private final SourceScheduler scheduler;
  private final ScheduledExecutorService executor;
  private final Fetcher fetcher;
  private final SourceFile file;
  private final ArticleIntake intake;
  private final BiConsumer<String, String> rejected;
  private final Set<String> fromSettings = ConcurrentHashMap.newKeySet();
  private final Map<String, Deque<FetchRecord>> recent = new ConcurrentHashMap<>();
  private final Object lock = new Object();

  private LiveSources(SourceConfig config, FetchConfig fetch, InstantSource clock, ArticleIntake intake,
      BiConsumer<String, String> rejected, SourceFile file) {
    this.intake = intake;
    this.rejected = rejected;
    this.file = file;
    if (config == null) {
      this.fetcher = null;
      this.executor = null;
      this.scheduler = null;
      return;
    }
    AtomicInteger n = new AtomicInteger();
    this.executor = Executors.newScheduledThreadPool(THREADS, r -> {
      Thread t = new Thread(r, "vigil-source-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    this.fetcher = new Fetcher(fetch);
    this.scheduler = new SourceScheduler(config, fetcher, executor, clock, new Sink());
  }

  /** No live sources: the list is empty and adding one answers 503 (an API without {@link Serve}). */
  static LiveSources none() {
    return new LiveSources(null, null, null, null, null, null);
  }

  /**
   * Live sources with none watched yet.
   *
   * @param clock decides when a source is due
   * @param rejected takes the record and reason of an item that cannot be an article (a dead letter)
   * @param file where sources added through the API are kept, or null for nowhere
   */
  static LiveSources create(SourceConfig config, FetchConfig fetch, InstantSource clock, ArticleIntake intake,
      BiConsumer<String, String> rejected, SourceFile file) {
    return new LiveSources(Objects.requireNonNull(config, "config"), Objects.requireNonNull(fetch, "fetch"),
        Objects.requireNonNull(clock, "clock"), Objects.requireNonNull(intake, "intake"),
        Objects.requireNonNull(rejected, "rejected"), file);
  }

  /**
   * Watches the settings file's sources, then those of {@code sources.json} whose ids the settings
   * file does not use.
   *
   * @return one line for each source watched or ignored, to print
   */
  List<String> watch(List<SourceSpec> settings) {
    List<String> lines = new ArrayList<>();
    synchronized (lock) {
      for (SourceSpec s : settings) {
        fromSettings.add(s.id());
        scheduler.add(s);
        lines.add(describe(s, "settings file"));
      }
      for (SourceSpec s : file == null ? List.<SourceSpec>of() : file.read()) {
        if (fromSettings.contains(s.id())) {
          lines.add("source " + s.id() + " of " + file.path() + " is ignored: the settings file has a source " + s.id());
          continue;
        }
        scheduler.add(s);
        lines.add(describe(s, "added through the API"));
      }
    }
    return lines;
  }

  private static String describe(SourceSpec s, String origin) {
    return "watching source " + s.id() + ": " + s.kind() + " " + s.location() + " every " + every(s.interval())
        + " (" + origin + ")";
  }

  /** {@code 90s}, {@code 15m}, {@code 2h}, {@code 1d}: as the settings file writes intervals. */
  static String every(Duration d) {
    long s = d.toSeconds();
    if (s > 0 && d.toNanosPart() == 0) {
      if (s % 86_400 == 0) {
        return s / 86_400 + "d";
      }
      if (s % 3_600 == 0) {
        return s / 3_600 + "h";
      }
      if (s % 60 == 0) {
        return s / 60 + "m";
      }
      return s + "s";
    }
    return d.toString();
  }

  /** Every source's state, by id. */
  List<SourceState> states() {
    return scheduler == null ? List.of() : scheduler.sources();
  }

  /** The state of source {@code id}, or 404. */
  SourceState state(String id) {
    Optional<SourceState> s = scheduler == null ? Optional.empty() : scheduler.state(id);
    return s.orElseThrow(() -> ApiException.notFound("no source " + id));
  }

  /** The source's last fetch records, newest first. */
  List<FetchRecord> recent(String id) {
    Deque<FetchRecord> d = recent.get(id);
    if (d == null) {
      return List.of();
    }
    synchronized (d) {
      return List.copyOf(d);
    }
  }

  /** {@code settings} for a source of the settings file, {@code api} for one added through the API. */
  String origin(String id) {
    return fromSettings.contains(id) ? "settings" : "api";
  }

  /** Adds a source through the API: watched at once, first polled at once, kept in {@code sources.json}. */
  SourceState add(SourceSpec spec) {
    running();
    synchronized (lock) {
      if (scheduler.state(spec.id()).isPresent()) {
        throw new ApiException(409, "conflict", fromSettings.contains(spec.id())
            ? "source " + spec.id() + " is in the settings file, which wins on ids; pick another id"
            : "source " + spec.id() + " exists already; DELETE it first or pick another id");
      }
      if (file != null) {
        List<SourceSpec> kept = new ArrayList<>(file.read());
        kept.removeIf(s -> s.id().equals(spec.id()));
        kept.add(spec);
        file.write(kept);
      }
      recent.remove(spec.id()); // records a poll of a removed source with this id left behind
      scheduler.add(spec);
      return state(spec.id());
    }
  }

  /** Adds a source that is polled only by {@link #poll}, not kept (fixtures of the API's tests). */
  void addUnscheduled(SourceSpec spec) {
    running();
    scheduler.addUnscheduled(spec);
  }

  /** Removes a source added through the API, and forgets it in {@code sources.json}. */
  SourceState remove(String id) {
    running();
    synchronized (lock) {
      SourceState s = state(id);
      if (fromSettings.contains(id)) {
        throw new ApiException(409, "conflict", "source " + id + " is in the settings file; remove it there");
      }
      if (file != null) {
        List<SourceSpec> kept = new ArrayList<>(file.read());
        kept.removeIf(k -> k.id().equals(id));
        file.write(kept);
      }
      scheduler.remove(id);
      recent.remove(id);
      return s;
    }
  }

  /** Polls source {@code id} now, on the calling thread, and returns its state after. */
  SourceState poll(String id) {
    running();
    state(id);
    try {
      return scheduler.poll(id);
    } catch (IntakeRefused e) {
      throw ApiException.unavailable("queue_full", "source " + id + ": " + e.getMessage());
    } catch (IllegalArgumentException e) {
      throw ApiException.notFound("no source " + id);
    }
  }

  private void running() {
    if (scheduler == null) {
      throw ApiException.unavailable("no_sources", "live sources are not running in this server");
    }
  }

  /** Cancels the polls, waits up to 5 s for those under way (then interrupts them), and closes the fetcher. */
  @Override
  public void close() {
    if (scheduler == null) {
      return;
    }
    scheduler.close();
    executor.shutdown();
    try {
      if (!executor.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
        executor.shutdownNow();
        executor.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
    fetcher.close();
  }

  /**
   * The body of {@code POST /sources}: {@code {id, kind, url or path, interval, name}}, the
   * interval like the settings file's ({@code 90s}, {@code 15m}, {@code PT15M}; default 15m, at
   * least 10s).
   *
   * @throws ApiException 400 naming the field and its value
   */
  static SourceSpec spec(JsonNode body) {
    for (java.util.Iterator<String> it = body.fieldNames(); it.hasNext();) {
      String field = it.next();
      if (!SourceFile.FIELDS.contains(field)) {
        throw bad("unknown field " + field + "; the fields are " + String.join(", ", SourceFile.FIELDS));
      }
      if (!body.get(field).isTextual()) {
        throw bad(field + " must be a string, was " + body.get(field));
      }
    }
    String id = field(body, "id");
    String kindName = field(body, "kind");
    SourceSpec.Kind kind;
    try {
      kind = SourceSpec.Kind.parse(kindName);
    } catch (IllegalArgumentException e) {
      throw bad("kind = \"" + kindName + "\": " + e.getMessage());
    }
    String where = kind.isWeb() ? "url" : "path";
    String other = kind.isWeb() ? "path" : "url";
    if (body.has(other)) {
      throw bad(other + ": a " + kind + " source takes " + where + ", not " + other);
    }
    String location = field(body, where);
    Duration interval = DEFAULT_INTERVAL;
    if (body.has("interval")) {
      String given = body.get("interval").asText();
      try {
        interval = VigilSettings.interval(given);
      } catch (IllegalArgumentException e) {
        throw bad("interval = \"" + given + "\": " + e.getMessage());
      }
      if (interval.compareTo(MIN_INTERVAL) < 0) {
        throw bad("interval = \"" + given + "\" is shorter than 10s (polling a site more often is not polite)");
      }
    }
    String name = body.path("name").asText("");
    try {
      return new SourceSpec(id, kind, location, interval, name);
    } catch (IllegalArgumentException e) {
      String field = e.getMessage().startsWith("source id ") ? "id" : where;
      throw bad(field + " = \"" + body.get(field).asText() + "\": " + e.getMessage());
    }
  }

  private static String field(JsonNode body, String name) {
    JsonNode v = body.get(name);
    if (v == null || v.asText().isBlank()) {
      throw bad(name + " is missing");
    }
    return v.asText().strip();
  }

  private static ApiException bad(String why) {
    return new ApiException(400, "bad_parameter", "body: " + why);
  }

  /** A source as the API shows it: its spec, where it comes from, and its state. */
  ObjectNode json(SourceState s) {
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.put("id", s.spec().id());
    o.set("spec", SourceFile.json(s.spec()));
    o.put("origin", origin(s.spec().id()));
    ObjectNode state = o.putObject("state");
    instant(state, "last_poll", s.lastPoll());
    if (s.lastFetch() == null) {
      state.putNull("last_fetch");
    } else {
      state.set("last_fetch", json(s.lastFetch()));
    }
    state.put("errors", s.errors());
    state.put("last_error", s.lastError());
    state.put("delivered", s.delivered());
    state.put("rejected", s.rejected());
    instant(state, "next_poll", s.nextPoll());
    return o;
  }

  /** A source with its recent fetch records, newest first. */
  ObjectNode jsonWithFetches(SourceState s) {
    ObjectNode o = json(s);
    ArrayNode fetches = o.putArray("fetches");
    for (FetchRecord r : recent(s.spec().id())) {
      fetches.add(json(r));
    }
    return o;
  }

  static ObjectNode json(FetchRecord r) {
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.put("url", r.url().toString());
    o.put("final_url", r.finalUrl().toString());
    o.put("status", r.status());
    o.put("bytes", r.bytes());
    o.put("started", r.started().toString());
    o.put("duration_ms", r.duration().toMillis());
    o.put("attempts", r.attempts());
    o.put("outcome", r.outcome().label());
    o.put("reason", r.reason());
    return o;
  }

  private static void instant(ObjectNode o, String name, Instant value) {
    if (value == null) {
      o.putNull(name);
    } else {
      o.put(name, value.toString());
    }
  }

  /** The intake refused an article: its queue is full or closed; the item is tried again at the next poll. */
  private static final class IntakeRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    IntakeRefused(String message) {
      super(message);
    }
  }

  private final class Sink implements SourceSink {
    @Override
    public void article(SourceSpec source, Article article) {
      if (!intake.submit(article)) {
        throw new IntakeRefused("the intake queue is full or closed; " + article.id()
            + " is tried again at the next poll");
      }
    }

    @Override
    public void rejected(SourceSpec source, Rejection rejection) {
      rejected.accept(rejection.record(), rejection.reason());
    }

    @Override
    public void fetched(SourceSpec source, FetchRecord record) {
      Deque<FetchRecord> d = recent.computeIfAbsent(source.id(), k -> new ArrayDeque<>());
      synchronized (d) {
        d.addFirst(record);
        while (d.size() > RECENT) {
          d.removeLast();
        }
      }
    }
  }
}
