package org.vigil.pipeline;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.vigil.coding.merge.MergeConfig;
import org.vigil.ingest.story.StoryConfig;
import org.vigil.core.VigilException;
import org.vigil.ingest.IngestConfig;
import org.vigil.ingest.source.FetchConfig;
import org.vigil.ingest.source.SourceConfig;
import org.vigil.ingest.source.SourceSpec;

/**
 * Vigil's settings (issue 10), read once at startup from four layers, each overriding the one
 * before: built-in defaults &lt; the settings file ({@code vigil.yaml}) &lt; environment variables
 * &lt; command-line flags. Every key, its default, variable and flag are in {@code
 * docs/configuration.md}. A bad value or an unknown key fails at once, naming the key, where it
 * came from and the value. Turns into the modules' config records ({@link #engineConfig()}) and
 * the apps' own settings. The environment is handed in, never read here. Immutable.
 */
public final class VigilSettings {
  /** The settings file looked for in the working directory when none is named. */
  public static final Path DEFAULT_FILE = Path.of("vigil.yaml");
  /** The environment variable naming the settings file. */
  public static final String CONFIG_VARIABLE = "VIGIL_CONFIG";
  /** The older name of {@code store.path}'s environment variable; {@code VIGIL_STORE_PATH} wins over it. */
  public static final String DB_VARIABLE = "VIGIL_DB";
  /** The default store. */
  public static final Path DEFAULT_STORE = Path.of("vigil-data/vigil.duckdb");

  static final String DICTIONARIES = "engine.dictionaries";
  static final String DICTIONARY_FORMAT = "engine.dictionary-format";
  static final String ANALYSIS = "engine.analysis";
  static final String PLACES = "engine.places";
  static final String LEARNED_CHECK = "coding.learned-check";
  static final String THREADS = "threads";
  static final String STORE_PATH = "store.path";
  static final String BATCH_SIZE = "store.batch-size";
  static final String FAILURE_POLICY = "failure-policy";
  static final String HOME = "home";
  static final String SERVER_HOST = "server.host";
  static final String SERVER_PORT = "server.port";
  static final String SERVER_READ_TOKEN = "server.read-token";
  static final String SERVER_WRITE_TOKEN = "server.write-token";
  static final String SERVER_READS_OPEN = "server.reads-open";
  static final String QUERY_CONCURRENCY = "server.query-concurrency";
  static final String QUERY_QUEUE = "server.query-queue";
  static final String QUERY_WAIT = "server.query-wait-ms";
  static final String INGEST_PRIORITY = "server.ingest-priority";
  static final String QUERY_CONCURRENCY_INGESTING = "server.query-concurrency-ingesting";
  static final String CACHE_ENTRIES = "server.cache-entries";
  static final String QUERY_SLOW_LANE = "server.query-slow-lane";
  static final String CODER_NICE = "server.coder-nice";
  static final String READS_WHILE_STORING = "server.reads-while-storing";
  static final String CACHE_BYTES = "server.cache-bytes";

  /** What {@link #effective()} shows for a token that is set: never the token itself. */
  static final String HIDDEN = "(set, hidden)";
  static final String FETCH_ALLOW_PRIVATE = "fetch.allow-private";
  static final String FETCH_ALLOW_LOOPBACK = "fetch.allow-loopback";
  static final String FETCH_MAX_BYTES = "fetch.max-bytes";
  static final String FETCH_ITEM_BODY = "fetch.item-body";
  /** The list of live sources in the settings file (issue 13); a list, so not one of {@link #keys()}. */
  static final String SOURCES = "sources";
  /** The list of watches in the settings file (issue 14); they win over the server's watches file on an id. */
  static final String WATCHES = "watches";
  /** The list of webhooks alerts are posted to (issue 14). */
  static final String WEBHOOKS = "webhooks";

  /**
   * A webhook of the settings file: alerts are posted to {@code url} as JSON, signed with
   * HMAC-SHA256 over the body with {@code secret} (docs/configuration.md, "Watches and webhooks").
   *
   * @param url an http or https URL
   * @param secret the signing secret, from the entry's {@code secret} or from the environment
   *     variable its {@code secret-env} names
   */
  public record Webhook(java.net.URI url, String secret) {
    public Webhook {
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(secret, "secret");
    }

    @Override
    public String toString() {
      return "Webhook[url=" + url + ", secret=" + HIDDEN + "]";
    }
  }
  /** The shortest poll interval a settings file may give a source. */
  static final java.time.Duration MIN_INTERVAL = java.time.Duration.ofSeconds(10);
  /** A source's interval when the file gives none. */
  static final java.time.Duration DEFAULT_INTERVAL = java.time.Duration.ofMinutes(15);
  static final String STORY_WINDOW = "stories.window-days";
  static final String MERGE_WINDOW = "merge.day-window";

  /** Every key with its default, in the order they are described. */
  private static final Map<String, String> DEFAULTS = defaults();

  /** The flag that sets each key on the command line, where there is one. */
  private static final Map<String, String> FLAGS = Map.of(
      DICTIONARIES, "--dictionaries",
      DICTIONARY_FORMAT, "--dictionary-format",
      ANALYSIS, "--full-pipeline",
      THREADS, "--threads",
      STORE_PATH, "--db",
      HOME, "--home",
      SERVER_PORT, "--port");

  private static final int MAX_THREADS = 1024;
  private static final int MAX_BATCH_SIZE = 100_000;
  private static final String DEFAULT_SOURCE = "default";

  /** A key's value as given, and where it was given ("default", "vigil.yaml:3", "environment variable VIGIL_THREADS"). */
  private record Given(String value, String source) {}

  private final Path file;
  private final Map<String, Given> given;
  private final EngineConfig engine;
  private final Integer threads;
  private final Path storePath;
  private final int batchSize;
  private final FailurePolicy failurePolicy;
  private final Path home;
  private final Server server;
  private final StoryConfig stories;
  private final MergeConfig merge;

  /**
   * The settings of {@code vigil serve} (issue 13).
   *
   * @param host the interface the API listens on
   * @param port its port, 0 for any free one
   * @param readToken the bearer token reads need when {@code readsOpen} is false; empty for none
   * @param writeToken the bearer token writes need; empty: writes are refused
   * @param readsOpen whether reads need no token
   */
  public record Server(String host, int port, String readToken, String writeToken, boolean readsOpen) {
    @Override
    public String toString() {
      return "Server[host=" + host + ", port=" + port + ", readToken=" + (readToken.isEmpty() ? "" : HIDDEN)
          + ", writeToken=" + (writeToken.isEmpty() ? "" : HIDDEN) + ", readsOpen=" + readsOpen + "]";
    }
  }

  /**
   * How {@code vigil serve} shares the store among its readers and its intake (issue 13, round 5).
   *
   * @param queryConcurrency heavy store queries run at once
   * @param queryQueue requests that may wait in line for a turn (beyond them: 503 {@code busy})
   * @param queryWait the longest wait in line (then: 503 {@code busy})
   * @param ingestPriority whether the intake goes first: while it stores articles no new query
   *     starts, while it codes at most {@code queryConcurrencyIngesting} run
   * @param queryConcurrencyIngesting heavy queries at once while the intake codes articles
   * @param cacheEntries answers kept in memory between two commits; 0: no response cache
   * @param cacheBytes the bytes of the answers kept, at most
   */
  public record ReadLimits(int queryConcurrency, int queryQueue, java.time.Duration queryWait, boolean ingestPriority,
      int queryConcurrencyIngesting, int cacheEntries, long cacheBytes) {
    public ReadLimits {
      Objects.requireNonNull(queryWait, "queryWait");
    }
  }

  private final ReadLimits readLimits;
  private final int querySlowLane;
  private final int coderNice;
  private final boolean readsWhileStoring;
  private final FetchConfig fetchConfig;
  private final SourceConfig sourceConfig;
  private final List<SourceSpec> sources;
  private final List<Map<String, Object>> watches = new ArrayList<>();
  private final List<Webhook> webhooks = new ArrayList<>();

  private VigilSettings(Path file, Map<String, Given> given, List<SourceSpec> sources) {
    this.file = file;
    this.sources = List.copyOf(sources);
    this.given = Collections.unmodifiableMap(new LinkedHashMap<>(given));
    String dictionaries = value(DICTIONARIES);
    Path folder = dictionaries.equals("builtin") ? null : Path.of(dictionaries);
    if (folder != null && !Files.exists(folder)) {
      throw invalid(DICTIONARIES, "does not exist (give a dictionary folder or file, or builtin)");
    }
    EngineConfig.DictionaryFormat format = oneOf(DICTIONARY_FORMAT, EngineConfig.DictionaryFormat.class);
    if (folder == null && format != EngineConfig.DictionaryFormat.VIGIL) {
      throw invalid(DICTIONARY_FORMAT, "needs " + DICTIONARIES + " (the built-in dictionaries are in Vigil's format)");
    }
    java.util.Set<org.vigil.learn.LearnedCheck.Use> learned;
    try {
      learned = org.vigil.learn.LearnedCheck.Use.parse(value(LEARNED_CHECK));
    } catch (IllegalArgumentException e) {
      throw invalid(LEARNED_CHECK, "is not off or a comma-separated list of tiebreak, veto, net, find, speech, calibrate");
    }
    this.engine = new EngineConfig(folder, format, oneOf(ANALYSIS, EngineConfig.Analysis.class), bool(PLACES),
        learned);
    this.threads = value(THREADS).equals("cores") ? null : positive(THREADS, MAX_THREADS);
    String store = value(STORE_PATH);
    if (store.isBlank()) {
      throw invalid(STORE_PATH, "is empty");
    }
    String homeValue = value(HOME);
    if (homeValue.isBlank()) {
      throw invalid(HOME, "is empty");
    }
    this.home = Path.of(homeValue);
    // the store lives in the home folder unless store.path names another place
    this.storePath = given.get(STORE_PATH).source().equals(DEFAULT_SOURCE) ? home.resolve("vigil.duckdb") : Path.of(store);
    this.batchSize = positive(BATCH_SIZE, MAX_BATCH_SIZE);
    this.failurePolicy = oneOf(FAILURE_POLICY, FailurePolicy.class);
    int port = whole(SERVER_PORT, 0, 65_535);
    String host = value(SERVER_HOST);
    if (host.isBlank()) {
      throw invalid(SERVER_HOST, "is empty");
    }
    boolean readsOpen = bool(SERVER_READS_OPEN);
    String readToken = value(SERVER_READ_TOKEN);
    String writeToken = value(SERVER_WRITE_TOKEN);
    if (!readsOpen && readToken.isEmpty() && writeToken.isEmpty()) {
      throw invalid(SERVER_READS_OPEN, "needs " + SERVER_READ_TOKEN + " (nobody could read)");
    }
    this.server = new Server(host, port, readToken, writeToken, readsOpen);
    this.readLimits = new ReadLimits(
        value(QUERY_CONCURRENCY).equals("cores") ? Math.max(2, Runtime.getRuntime().availableProcessors())
            : positive(QUERY_CONCURRENCY, MAX_THREADS),
        whole(QUERY_QUEUE, 0, 100_000), java.time.Duration.ofMillis(whole(QUERY_WAIT, 0, 600_000)),
        bool(INGEST_PRIORITY), positive(QUERY_CONCURRENCY_INGESTING, MAX_THREADS), whole(CACHE_ENTRIES, 0, 1_000_000),
        positive(CACHE_BYTES, Integer.MAX_VALUE));
    this.querySlowLane = whole(QUERY_SLOW_LANE, 0, MAX_THREADS);
    this.coderNice = whole(CODER_NICE, 0, 19);
    this.readsWhileStoring = bool(READS_WHILE_STORING);
    this.fetchConfig = FetchConfig.builder()
        .allowPrivate(bool(FETCH_ALLOW_PRIVATE))
        .allowLoopback(bool(FETCH_ALLOW_LOOPBACK))
        .maxBytes(positive(FETCH_MAX_BYTES, Integer.MAX_VALUE))
        .build();
    this.sourceConfig = new SourceConfig(oneOf(FETCH_ITEM_BODY, SourceConfig.ItemBody.class),
        SourceConfig.defaults().shortItem(), SourceConfig.defaults().minPageText(),
        SourceConfig.defaults().futureTolerance(), IngestConfig.defaults());
    this.stories = StoryConfig.defaults().withWindowDays(positive(STORY_WINDOW, 365));
    this.merge = new MergeConfig(positive(MERGE_WINDOW, 31), MergeConfig.defaults().maxKm());
  }

  /**
   * The settings in force: the defaults, overridden by the settings file, then by {@code env},
   * then by {@code flags}.
   *
   * @param configFlag the settings file named on the command line ({@code --config}), or null;
   *     then {@code $VIGIL_CONFIG}, then {@code ./vigil.yaml} if present, else no file
   * @param env the environment ({@code System.getenv()} in the apps, a fixed map in tests)
   * @param flags the keys set on the command line, by key ({@code "threads" -> "4"})
   * @throws VigilException naming the key, its source and value when a value is bad, or the key
   *     when the file holds one Vigil does not know
   */
  public static VigilSettings load(Path configFlag, Map<String, String> env, Map<String, String> flags) {
    Objects.requireNonNull(env, "env");
    Objects.requireNonNull(flags, "flags");
    Map<String, Given> given = new LinkedHashMap<>();
    DEFAULTS.forEach((k, v) -> given.put(k, new Given(v, DEFAULT_SOURCE)));
    Path file = settingsFile(configFlag, env).orElse(null);
    List<SourceSpec> sources = new ArrayList<>();
    List<Map<String, Object>> watches = new ArrayList<>();
    List<Map<String, Object>> webhooks = new ArrayList<>();
    if (file != null) {
      given.putAll(readFile(file, sources, watches, webhooks));
    }
    for (String key : DEFAULTS.keySet()) {
      String variable = environmentVariable(key);
      if (key.equals(STORE_PATH) && isSet(env.get(DB_VARIABLE)) && !isSet(env.get(variable))) {
        variable = DB_VARIABLE;
      }
      if (isSet(env.get(variable))) {
        given.put(key, new Given(env.get(variable).strip(), "environment variable " + variable));
      }
    }
    for (Map.Entry<String, String> flag : flags.entrySet()) {
      if (!DEFAULTS.containsKey(flag.getKey())) {
        throw new IllegalArgumentException("not a settings key: " + flag.getKey());
      }
      if (flag.getValue() != null) {
        given.put(flag.getKey(), new Given(flag.getValue(), "flag " + FLAGS.getOrDefault(flag.getKey(), flag.getKey())));
      }
    }
    VigilSettings settings = new VigilSettings(file, given, sources);
    settings.watches.addAll(watches);
    for (int i = 0; i < webhooks.size(); i++) {
      settings.webhooks.add(webhook(WEBHOOKS + "[" + (i + 1) + "] (from " + file + ")", webhooks.get(i), env));
    }
    return settings;
  }

  private static Webhook webhook(String entry, Map<String, Object> fields, Map<String, String> env) {
    for (String f : fields.keySet()) {
      if (!List.of("url", "secret", "secret-env").contains(f)) {
        throw new VigilException("settings: " + entry + " has an unknown field " + f + "; the fields are url, secret,"
            + " secret-env");
      }
    }
    Object url = fields.get("url");
    java.net.URI uri;
    try {
      uri = url == null ? null : new java.net.URI(url.toString().strip());
    } catch (java.net.URISyntaxException e) {
      throw new VigilException("settings: " + entry + " url is not a URL: " + url);
    }
    if (uri == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
      throw new VigilException("settings: " + entry + " needs an http or https url, was " + url);
    }
    Object secret = fields.get("secret");
    Object variable = fields.get("secret-env");
    if (secret == null && variable != null) {
      secret = env.get(variable.toString());
      if (!isSet((String) secret)) {
        throw new VigilException("settings: " + entry + " takes its secret from " + variable + ", which is not set");
      }
    }
    if (secret == null || secret.toString().isBlank()) {
      throw new VigilException("settings: " + entry + " needs a secret or secret-env (signatures need a secret)");
    }
    return new Webhook(uri, secret.toString().strip());
  }

  /**
   * The watches the settings file lists under {@code watches:}, each as its fields (the server
   * reads them: docs/API.md, "Watches"), in file order; empty when none.
   */
  public List<Map<String, Object>> watches() {
    return Collections.unmodifiableList(watches);
  }

  /** The webhooks the settings file lists under {@code webhooks:}, in file order; empty when none. */
  public List<Webhook> webhooks() {
    return Collections.unmodifiableList(webhooks);
  }

  /** The settings file: {@code configFlag}, else {@code $VIGIL_CONFIG}, else {@code ./vigil.yaml} if present. */
  static Optional<Path> settingsFile(Path configFlag, Map<String, String> env) {
    if (configFlag != null) {
      return Optional.of(existing(configFlag, "--config"));
    }
    if (isSet(env.get(CONFIG_VARIABLE))) {
      return Optional.of(existing(Path.of(env.get(CONFIG_VARIABLE).strip()), "environment variable " + CONFIG_VARIABLE));
    }
    return Files.isRegularFile(DEFAULT_FILE) ? Optional.of(DEFAULT_FILE) : Optional.empty();
  }

  /** Every key Vigil knows, in the order {@link #describe()} lists them. */
  public static List<String> keys() {
    return List.copyOf(DEFAULTS.keySet());
  }

  /** The environment variable that sets {@code key}: {@code VIGIL_} and the key in upper case, dots and dashes as underscores. */
  public static String environmentVariable(String key) {
    return "VIGIL_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  /** The engine to build: dictionaries, analysis and places. */
  public EngineConfig engineConfig() {
    return engine;
  }

  /** Worker threads that analyse and code articles, one article each at a time: by default the number of cores. */
  public int threads() {
    return threads == null ? Math.max(1, Runtime.getRuntime().availableProcessors()) : threads;
  }

  /** The DuckDB file of the store. */
  public Path storePath() {
    return storePath;
  }

  /**
   * The home folder: the store ({@code vigil.duckdb}, unless {@code store.path} names another
   * file), the search index ({@code index/}) and the inbox ({@code inbox/}) of {@code vigil serve}.
   */
  public Path home() {
    return home;
  }

  /** The settings of {@code vigil serve}. */
  public Server server() {
    return server;
  }

  /** How {@code vigil serve} shares the store among readers and the intake: the query line and the response cache. */
  public ReadLimits readLimits() {
    return readLimits;
  }

  /**
   * Slow heavy reads (exports, aggregates by day or by dyad) that {@code vigil serve} runs at once
   * in a line of their own, beside the others' (issue 13, round 8); 0 (the default): one line for all.
   */
  public int querySlowLane() {
    return querySlowLane;
  }

  /**
   * The Linux nice value at which {@code vigil serve} codes articles (issue 13, round 9), so that
   * the kernel gives the API's reads a core before the coder; 0: the same priority as the reads.
   */
  public int coderNice() {
    return coderNice;
  }

  /**
   * Whether {@code vigil serve} starts reads while its intake stores an article, as many as while
   * it codes ({@code server.query-concurrency-ingesting}; issue 13, round 10); false: none, as in
   * rounds 5-9.
   */
  public boolean readsWhileStoring() {
    return readsWhileStoring;
  }

  /** Articles stored per transaction. */
  public int batchSize() {
    return batchSize;
  }

  /** What a batch does with a record it cannot read, code or store. */
  public FailurePolicy failurePolicy() {
    return failurePolicy;
  }

  /**
   * How the live sources fetch: {@code fetch.allow-private}, {@code fetch.allow-loopback}, {@code
   * fetch.max-bytes}, the rest defaults.
   */
  public FetchConfig fetchConfig() {
    return fetchConfig;
  }

  /** How feed items and pages become articles: {@code fetch.item-body}, the rest defaults. */
  public SourceConfig sourceConfig() {
    return sourceConfig;
  }

  /** The live sources the settings file lists under {@code sources:}, in file order; empty when none. */
  public List<SourceSpec> sources() {
    return sources;
  }

  /** How stored articles are grouped into stories (issue 13): the defaults with the window set. */
  public StoryConfig storyConfig() {
    return stories;
  }

  /** How stored events are merged (issue 13): the defaults with the day window set. */
  public MergeConfig mergeConfig() {
    return merge;
  }

  /** The settings file that was read, if any. */
  public Optional<Path> file() {
    return Optional.ofNullable(file);
  }

  /** Every key's value in force and where it came from, one per line, with the settings file first. */
  public String describe() {
    Map<String, String> values = effective();
    int keyWidth = values.keySet().stream().mapToInt(String::length).max().orElse(0);
    int valueWidth = values.values().stream().mapToInt(String::length).max().orElse(0);
    StringBuilder sb = new StringBuilder();
    sb.append("# settings file: ").append(file == null ? "none (no --config, no $" + CONFIG_VARIABLE
        + ", no ./vigil.yaml)" : file).append('\n');
    sb.append("# precedence: default < settings file < environment < flag (docs/configuration.md)\n");
    for (Map.Entry<String, String> e : values.entrySet()) {
      String source = given.get(e.getKey()).source();
      if (e.getKey().equals(THREADS) && threads == null) {
        source += ": the number of cores";
      }
      sb.append(String.format(Locale.ROOT, "%-" + keyWidth + "s = %-" + valueWidth + "s  (%s)%n", e.getKey(), e.getValue(), source));
    }
    for (SourceSpec spec : sources) {
      sb.append("# source ").append(spec.id()).append(": ").append(spec.kind()).append(' ').append(spec.location())
          .append(" every ").append(spec.interval().toString().substring(2).toLowerCase(Locale.ROOT))
          .append(spec.name().isEmpty() ? "" : " (" + spec.name() + ")").append('\n');
    }
    return sb.toString();
  }

  /** Every key's value in force, normalised (lower case, threads counted), by key in {@link #keys()} order. */
  public Map<String, String> effective() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put(DICTIONARIES, engine.dictionaries() == null ? "builtin" : engine.dictionaries().toString());
    values.put(DICTIONARY_FORMAT, lower(engine.dictionaryFormat()));
    values.put(ANALYSIS, lower(engine.analysis()));
    values.put(PLACES, Boolean.toString(engine.places()));
    values.put(LEARNED_CHECK, org.vigil.learn.LearnedCheck.Use.format(engine.learnedCheck()));
    values.put(THREADS, Integer.toString(threads()));
    values.put(STORE_PATH, storePath.toString());
    values.put(BATCH_SIZE, Integer.toString(batchSize));
    values.put(FAILURE_POLICY, lower(failurePolicy));
    values.put(HOME, home.toString());
    values.put(SERVER_HOST, server.host());
    values.put(SERVER_PORT, Integer.toString(server.port()));
    values.put(SERVER_READ_TOKEN, server.readToken().isEmpty() ? "" : HIDDEN);
    values.put(SERVER_WRITE_TOKEN, server.writeToken().isEmpty() ? "" : HIDDEN);
    values.put(SERVER_READS_OPEN, Boolean.toString(server.readsOpen()));
    values.put(QUERY_CONCURRENCY, Integer.toString(readLimits.queryConcurrency()));
    values.put(QUERY_QUEUE, Integer.toString(readLimits.queryQueue()));
    values.put(QUERY_WAIT, Long.toString(readLimits.queryWait().toMillis()));
    values.put(INGEST_PRIORITY, Boolean.toString(readLimits.ingestPriority()));
    values.put(QUERY_CONCURRENCY_INGESTING, Integer.toString(readLimits.queryConcurrencyIngesting()));
    values.put(CACHE_ENTRIES, Integer.toString(readLimits.cacheEntries()));
    values.put(CACHE_BYTES, Long.toString(readLimits.cacheBytes()));
    values.put(QUERY_SLOW_LANE, Integer.toString(querySlowLane));
    values.put(CODER_NICE, Integer.toString(coderNice));
    values.put(READS_WHILE_STORING, Boolean.toString(readsWhileStoring));
    values.put(FETCH_ALLOW_PRIVATE, Boolean.toString(fetchConfig.allowPrivate()));
    values.put(FETCH_ALLOW_LOOPBACK, Boolean.toString(fetchConfig.allowLoopback()));
    values.put(FETCH_MAX_BYTES, Long.toString(fetchConfig.maxBytes()));
    values.put(FETCH_ITEM_BODY, lower(sourceConfig.itemBody()));
    values.put(STORY_WINDOW, Integer.toString(stories.windowDays()));
    values.put(MERGE_WINDOW, Integer.toString(merge.dayWindow()));
    return values;
  }

  /** Where {@code key}'s value came from: "default", "vigil.yaml:3", "environment variable ...", "flag ...". */
  public String source(String key) {
    Given g = given.get(key);
    if (g == null) {
      throw new IllegalArgumentException("not a settings key: " + key);
    }
    return g.source();
  }

  @Override
  public String toString() {
    return "VigilSettings" + effective();
  }

  private static Map<String, String> defaults() {
    Map<String, String> d = new LinkedHashMap<>();
    d.put(DICTIONARIES, "builtin");
    d.put(DICTIONARY_FORMAT, "vigil");
    d.put(ANALYSIS, "selective");
    d.put(PLACES, "true");
    d.put(LEARNED_CHECK, "find,speech");
    d.put(THREADS, "cores");
    d.put(STORE_PATH, DEFAULT_STORE.toString());
    d.put(BATCH_SIZE, Integer.toString(StoreBatcher.DEFAULT_SIZE));
    d.put(FAILURE_POLICY, "continue");
    d.put(HOME, "vigil-data");
    d.put(SERVER_HOST, "localhost");
    d.put(SERVER_PORT, "8080");
    d.put(SERVER_READ_TOKEN, "");
    d.put(SERVER_WRITE_TOKEN, "");
    d.put(SERVER_READS_OPEN, "true");
    d.put(QUERY_CONCURRENCY, "cores");
    d.put(QUERY_QUEUE, "512");
    d.put(QUERY_WAIT, "20000");
    d.put(INGEST_PRIORITY, "true");
    d.put(QUERY_CONCURRENCY_INGESTING, "1");
    d.put(CACHE_ENTRIES, "2000");
    d.put(CACHE_BYTES, Long.toString(64L << 20));
    d.put(QUERY_SLOW_LANE, "0");
    d.put(CODER_NICE, "0");
    d.put(READS_WHILE_STORING, "true");
    d.put(FETCH_ALLOW_PRIVATE, "false");
    d.put(FETCH_ALLOW_LOOPBACK, "false");
    d.put(FETCH_MAX_BYTES, Long.toString(FetchConfig.DEFAULT_MAX_BYTES));
    d.put(FETCH_ITEM_BODY, "auto");
    d.put(STORY_WINDOW, Integer.toString(StoryConfig.defaults().windowDays()));
    d.put(MERGE_WINDOW, Integer.toString(MergeConfig.defaults().dayWindow()));
    return Collections.unmodifiableMap(d);
  }

  /**
   * The keys the YAML file sets, each with its file:line. Nested maps make dotted keys ({@code
   * engine: {analysis: full}} is {@code engine.analysis}); a dotted name at any level works too.
   */
  private static Map<String, Given> readFile(Path file, List<SourceSpec> sources, List<Map<String, Object>> watches,
      List<Map<String, Object>> webhooks) {
    Map<String, Given> found = new LinkedHashMap<>();
    try (JsonParser p = new YAMLFactory().createParser(file.toFile())) {
      JsonToken first = p.nextToken();
      if (first == null) {
        return found; // an empty file sets nothing
      }
      if (first != JsonToken.START_OBJECT) {
        throw new VigilException("settings: " + file + ":" + line(p) + " must hold keys and values (engine: {analysis: full}), not "
            + p.getText());
      }
      readObject(p, file, "", found, sources, watches, webhooks);
    } catch (IOException e) {
      throw new VigilException("settings: cannot read " + file + ": " + e.getMessage(), e);
    }
    return found;
  }

  private static void readObject(JsonParser p, Path file, String prefix, Map<String, Given> found,
      List<SourceSpec> sources, List<Map<String, Object>> watches, List<Map<String, Object>> webhooks)
      throws IOException {
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = prefix + p.currentName();
      String where = file + ":" + line(p);
      JsonToken value = p.nextToken();
      if (key.equals(SOURCES)) {
        if (value != JsonToken.START_ARRAY) {
          throw new VigilException("settings: " + SOURCES + " (from " + where + ") must be a list of sources (docs/configuration.md)");
        }
        readSources(p, file, sources);
        continue;
      }
      if (key.equals(WATCHES) || key.equals(WEBHOOKS)) {
        if (value != JsonToken.START_ARRAY) {
          throw new VigilException("settings: " + key + " (from " + where + ") must be a list (docs/configuration.md)");
        }
        p.setCodec(new com.fasterxml.jackson.databind.ObjectMapper());
        List<?> list = p.readValueAs(List.class);
        for (Object o : list) {
          if (!(o instanceof Map<?, ?> m)) {
            throw new VigilException("settings: " + key + " (from " + where + ") must be a list of entries with fields,"
                + " not " + o);
          }
          Map<String, Object> fields = new LinkedHashMap<>();
          m.forEach((k, v) -> fields.put(String.valueOf(k), v));
          (key.equals(WATCHES) ? watches : webhooks).add(fields);
        }
        continue;
      }
      if (value == JsonToken.START_OBJECT) {
        if (DEFAULTS.keySet().stream().noneMatch(k -> k.startsWith(key + "."))) {
          throw unknown(key, where);
        }
        readObject(p, file, key + ".", found, sources, watches, webhooks);
        continue;
      }
      if (!DEFAULTS.containsKey(key)) {
        throw unknown(key, where);
      }
      if (value == JsonToken.START_ARRAY) {
        throw new VigilException("settings: " + key + " (from " + where + ") is a list; it takes one value");
      }
      if (value == JsonToken.VALUE_NULL) {
        throw new VigilException("settings: " + key + " (from " + where + ") has no value");
      }
      if (found.containsKey(key)) {
        throw new VigilException("settings: " + key + " is set twice, at " + found.get(key).source() + " and " + where);
      }
      found.put(key, new Given(p.getText().strip(), where));
    }
  }

  /** The fields a source in the file may have. */
  private static final List<String> SOURCE_FIELDS = List.of("id", "kind", "url", "path", "interval", "name");

  /** Each source of the {@code sources:} list: {@code {id, kind, url or path, interval, name}}. */
  private static void readSources(JsonParser p, Path file, List<SourceSpec> sources) throws IOException {
    while (p.nextToken() != JsonToken.END_ARRAY) {
      String where = file + ":" + line(p);
      String entry = SOURCES + "[" + (sources.size() + 1) + "] (from " + where + ")";
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw new VigilException("settings: " + entry + " must have id, kind, url or path, interval, name; was " + p.getText());
      }
      Map<String, String> fields = new LinkedHashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken v = p.nextToken();
        if (!SOURCE_FIELDS.contains(field)) {
          throw new VigilException("settings: " + entry + " has an unknown field " + field + "; the fields are "
              + String.join(", ", SOURCE_FIELDS));
        }
        if (!v.isScalarValue() || v == JsonToken.VALUE_NULL) {
          throw new VigilException("settings: " + entry + " field " + field + " must be one value");
        }
        fields.put(field, p.getText().strip());
      }
      sources.add(source(entry, fields));
      String id = sources.get(sources.size() - 1).id();
      if (sources.stream().filter(s -> s.id().equals(id)).count() > 1) {
        throw new VigilException("settings: " + entry + " has the id " + id + " of an earlier source");
      }
    }
  }

  private static SourceSpec source(String entry, Map<String, String> fields) {
    for (String required : List.of("id", "kind")) {
      if (!fields.containsKey(required) || fields.get(required).isEmpty()) {
        throw new VigilException("settings: " + entry + " has no " + required);
      }
    }
    try {
      SourceSpec.Kind kind = SourceSpec.Kind.parse(fields.get("kind"));
      String where = kind.isWeb() ? "url" : "path";
      String other = kind.isWeb() ? "path" : "url";
      if (fields.containsKey(other)) {
        throw new VigilException("settings: " + entry + " is a " + kind + " source: it takes " + where + ", not " + other);
      }
      java.time.Duration interval = fields.containsKey("interval") ? interval(fields.get("interval")) : DEFAULT_INTERVAL;
      if (interval.compareTo(MIN_INTERVAL) < 0) {
        throw new VigilException("settings: " + entry + " interval " + fields.get("interval")
            + " is shorter than 10s (polling a site more often is not polite)");
      }
      return new SourceSpec(fields.get("id"), kind, fields.getOrDefault(where, ""), interval, fields.get("name"));
    } catch (IllegalArgumentException e) {
      throw new VigilException("settings: " + entry + ": " + e.getMessage(), e);
    }
  }

  /**
   * A poll interval as the settings and the command line write it: {@code 90s}, {@code 15m},
   * {@code 2h}, {@code 1d}, or ISO-8601 ({@code PT15M}).
   *
   * @throws IllegalArgumentException naming the value when it is none of these
   */
  public static java.time.Duration interval(String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,9})\\s*(s|m|h|d)").matcher(v);
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      return switch (m.group(2)) {
        case "s" -> java.time.Duration.ofSeconds(n);
        case "m" -> java.time.Duration.ofMinutes(n);
        case "h" -> java.time.Duration.ofHours(n);
        default -> java.time.Duration.ofDays(n);
      };
    }
    try {
      return java.time.Duration.parse(value.strip());
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("interval must be like 90s, 15m, 2h, 1d or PT15M, was '" + value + "'");
    }
  }

  private static VigilException unknown(String key, String where) {
    return new VigilException("settings: unknown key " + key + " (in " + where + "); the keys are "
        + String.join(", ", DEFAULTS.keySet()) + " (docs/configuration.md)");
  }

  private static int line(JsonParser p) {
    return p.currentTokenLocation().getLineNr();
  }

  private static Path existing(Path file, String source) {
    if (!Files.isRegularFile(file)) {
      throw new VigilException("settings: the settings file " + file + " (from " + source + ") does not exist");
    }
    return file;
  }

  private static boolean isSet(String value) {
    return value != null && !value.isBlank();
  }

  private String value(String key) {
    return given.get(key).value();
  }

  private VigilException invalid(String key, String problem) {
    Given g = given.get(key);
    return new VigilException("settings: " + key + " = \"" + g.value() + "\" (from " + g.source() + ") " + problem);
  }

  private <E extends Enum<E>> E oneOf(String key, Class<E> type) {
    String v = value(key);
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(v)) {
        return e;
      }
    }
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      names.add(lower(e));
    }
    throw invalid(key, "is not one of " + String.join(", ", names));
  }

  private boolean bool(String key) {
    String v = value(key);
    if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
      return Boolean.parseBoolean(v);
    }
    throw invalid(key, "is not one of true, false");
  }

  private int positive(String key, int max) {
    int n;
    try {
      n = Integer.parseInt(value(key));
    } catch (NumberFormatException e) {
      throw invalid(key, "is not a whole number" + (key.equals(THREADS) ? " (or cores)" : ""));
    }
    if (n < 1 || n > max) {
      throw invalid(key, "is not between 1 and " + max);
    }
    return n;
  }

  private int whole(String key, int min, int max) {
    int n;
    try {
      n = Integer.parseInt(value(key));
    } catch (NumberFormatException e) {
      throw invalid(key, "is not a whole number");
    }
    if (n < min || n > max) {
      throw invalid(key, "is not between " + min + " and " + max);
    }
    return n;
  }

  private static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }
}
