package org.vigil.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigil.core.article.Article;
import org.vigil.core.article.Story;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.MergedEvent;
import org.vigil.core.store.EventQuery;
import org.vigil.ingest.ArticleReader;
import org.vigil.ingest.IngestConfig;
import org.vigil.store.ArticleIndex;
import org.vigil.store.StoreReads;

/**
 * The handlers, one plain function per route of {@link ApiDescription} (by its id). They read the
 * backend, write JSON through {@link Responses} (ETags) and throw {@link ApiException} for the
 * {@link ErrorMapping} to write; none catches. Thread-safe: no state of its own.
 */
final class Api {
  private static final ArticleReader READER = new ArticleReader(IngestConfig.defaults());

  private final Backend backend;
  private final StoreReads reads;
  private final String docsPage;
  private final byte[] openApi;
  private final CorrectionApi corrections;

  Api(Backend backend, String version) {
    this.backend = backend;
    this.reads = backend.reads();
    this.corrections = new CorrectionApi(backend, reads, java.time.InstantSource.system());
    this.openApi = Json.bytes(ApiDescription.openApi(version));
    this.docsPage = SwaggerPage.html();
  }

  /** The handlers by route id. */
  Map<String, Handler> handlers() {
    Map<String, Handler> h = new LinkedHashMap<>();
    h.put("articles", this::articles);
    h.put("article", this::article);
    h.put("postArticle", this::postArticle);
    h.put("events", this::events);
    h.put("event", this::event);
    h.put("mergedEvents", this::mergedEvents);
    h.put("stories", this::stories);
    h.put("story", this::story);
    h.put("search", this::search);
    h.put("aggregates", this::aggregates);
    h.put("export", this::export);
    h.put("recode", this::recode);
    h.put("sources", this::sources);
    h.put("postSource", this::postSource);
    h.put("source", this::source);
    h.put("deleteSource", this::deleteSource);
    h.put("pollSource", this::pollSource);
    h.putAll(new AlertApi(backend).handlers());
    h.putAll(corrections.handlers());
    h.put("health", this::health);
    h.put("metrics", this::metrics);
    h.put("openapi", ctx -> Responses.send(ctx, openApi, "application/json"));
    h.put("docs", ctx -> Responses.send(ctx, docsPage.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8"));
    return h;
  }

  static Params params(Context ctx, String id) {
    for (ApiDescription.Route r : ApiDescription.ROUTES) {
      if (r.id().equals(id)) {
        return new Params(ctx, r);
      }
    }
    throw new IllegalStateException("no route " + id);
  }

  void articles(Context ctx) {
    Params p = params(ctx, "articles");
    int limit = p.limit(100);
    String cursor = p.string("cursor");
    List<StoreReads.ArticleSummary> page = reads.articles(cursor == null ? null : Cursors.article(cursor), limit + 1);
    ObjectNode body = Json.MAPPER.createObjectNode();
    ArrayNode list = body.putArray("articles");
    page.stream().limit(limit).forEach(a -> list.add(Json.summary(a)));
    if (page.size() > limit) {
      StoreReads.ArticleSummary last = page.get(limit - 1);
      body.put("next", next(ctx, Cursors.of(new StoreReads.ArticleCursor(last.date(), last.id()))));
    } else {
      body.putNull("next");
    }
    Responses.json(ctx, body);
  }

  void article(Context ctx) {
    params(ctx, "article");
    String id = ctx.pathParam("id");
    Article a = reads.article(id).orElseThrow(() -> ApiException.notFound("no article " + id));
    List<CodedEvent> events = backend.store().query(EventQuery.builder().articleId(id).limit(10_000).build());
    Responses.json(ctx, Json.article(a, events));
  }

  void events(Context ctx) {
    Params p = params(ctx, "events");
    int limit = p.limit(100);
    EventQuery parsed = p.events(limit + 1, backend.alliances());
    String cursor = p.string("cursor");
    EventQuery query = cursor == null ? parsed : parsed.after(Cursors.event(cursor));
    Responses.versioned(ctx, backend.store(), () -> eventsPage(ctx, query, limit));
  }

  private ObjectNode eventsPage(Context ctx, EventQuery query, int limit) {
    long t = System.nanoTime();
    List<CodedEvent> page = backend.store().query(query);
    // issue 13, round 8: where a list's time goes, as the aggregates say it (Server-Timing)
    Timings.add(ctx, "store", System.nanoTime() - t);
    ObjectNode body = Json.MAPPER.createObjectNode();
    ArrayNode list = body.putArray("events");
    page.stream().limit(limit).forEach(e -> list.add(Json.event(e)));
    if (page.size() > limit) {
      CodedEvent last = page.get(limit - 1);
      body.put("next", next(ctx, Cursors.of(new EventQuery.Cursor(last.date().date(), last.eventId()))));
    } else {
      body.putNull("next");
    }
    return body;
  }

  void event(Context ctx) {
    params(ctx, "event");
    String id = ctx.pathParam("id");
    java.util.Optional<CodedEvent> e = reads.event(id);
    if (e.isPresent()) {
      ObjectNode body = Json.eventWithMentions(e.get(), reads.article(e.get().articleId()).orElse(null));
      // issue 14: the count of its corrections, for a badge
      body.put("corrections", corrections.count(List.of(id)));
      Responses.json(ctx, body);
      return;
    }
    // issue 13: a merged event's id gives every mention
    MergedEvent merged = backend.store().mergedEvent(id).orElseThrow(() -> ApiException.notFound("no event " + id));
    Map<String, Article> articles = new java.util.HashMap<>();
    ObjectNode body = Json.mergedWithMentions(merged, eventId -> reads.event(eventId).orElse(null),
        articleId -> articles.computeIfAbsent(articleId, a -> reads.article(a).orElse(null)));
    body.put("corrections", corrections.count(
        merged.mentions().stream().map(org.vigil.core.event.MentionRef::eventId).toList()));
    Responses.json(ctx, body);
  }

  void mergedEvents(Context ctx) {
    Params p = params(ctx, "mergedEvents");
    int limit = p.limit(100);
    String cursor = p.string("cursor");
    int offset = cursor == null ? 0 : Cursors.offset(cursor, "m");
    // the store reads merged events from the start only: a page skips the pages before it
    List<MergedEvent> page = backend.store().mergedEvents(p.events(offset + limit + 1, backend.alliances()));
    ObjectNode body = Json.MAPPER.createObjectNode();
    ArrayNode list = body.putArray("merged_events");
    page.stream().skip(offset).limit(limit).forEach(m -> list.add(Json.merged(m)));
    nextOffset(ctx, body, "m", offset, limit, page.size());
    Responses.json(ctx, body);
  }

  void stories(Context ctx) {
    Params p = params(ctx, "stories");
    int limit = p.limit(100);
    Integer min = p.integer("min_articles");
    if (min != null && min < 1) {
      throw ApiException.badParameter("min_articles", p.string("min_articles"), "is below 1");
    }
    String cursor = p.string("cursor");
    int offset = cursor == null ? 0 : Cursors.offset(cursor, "s");
    List<Story> page = backend.store().stories(min == null ? 1 : min, offset + limit + 1);
    ObjectNode body = Json.MAPPER.createObjectNode();
    ArrayNode list = body.putArray("stories");
    page.stream().skip(offset).limit(limit).forEach(st -> list.add(Json.story(st)));
    nextOffset(ctx, body, "s", offset, limit, page.size());
    Responses.json(ctx, body);
  }

  void story(Context ctx) {
    params(ctx, "story");
    String id = ctx.pathParam("id");
    Story st = backend.store().story(id).orElseThrow(() -> ApiException.notFound("no story " + id));
    ObjectNode body = Json.story(st);
    ArrayNode list = body.putArray("merged_events");
    for (String mergedId : reads.mergedIdsOf(st.articles().stream().map(Story.Member::articleId).toList())) {
      backend.store().mergedEvent(mergedId).ifPresent(m -> list.add(Json.merged(m)));
    }
    Responses.json(ctx, body);
  }

  /** Sets {@code next}: the link to the page after {@code offset + limit} when {@code read} says there is one. */
  private static void nextOffset(Context ctx, ObjectNode body, String kind, int offset, int limit, int read) {
    if (read > offset + limit) {
      if (offset + limit > Cursors.MAX_OFFSET) {
        // deeper pages are refused: narrow the filters instead
        body.putNull("next");
        return;
      }
      body.put("next", next(ctx, Cursors.offset(kind, offset + limit)));
    } else {
      body.putNull("next");
    }
  }

  void search(Context ctx) {
    Params p = params(ctx, "search");
    String q = p.string("q");
    if (q == null) {
      throw ApiException.badParameter("q", "", "is missing: give the words to search for");
    }
    Integer limit = p.integer("limit");
    if (limit != null && (limit < 1 || limit > Params.MAX_LIMIT)) {
      throw ApiException.badParameter("limit", p.string("limit"), "is not between 1 and " + Params.MAX_LIMIT);
    }
    ObjectNode body = Json.MAPPER.createObjectNode();
    body.put("query", q);
    ArrayNode hits = body.putArray("hits");
    for (ArticleIndex.Hit h : backend.index().search(q, limit == null ? 20 : limit)) {
      ObjectNode o = hits.addObject();
      o.put("id", h.id());
      o.put("date", h.date());
      o.put("title", h.title());
      o.put("score", h.score());
    }
    Responses.json(ctx, body);
  }

  /** Groups an aggregate answers when no {@code limit} is given (issue 13, round 6). */
  static final int AGGREGATE_GROUPS = 25;

  /**
   * How {@code /aggregates} writes its answer (issue 13, round 10): {@code series} (the default)
   * the periods once and each group's counts and sums over them, {@code rows} a row per period and
   * group (the answer before round 10: the same numbers, five to ten times the bytes).
   */
  enum AggregateFormat {
    SERIES, ROWS
  }

  void aggregates(Context ctx) {
    Params p = params(ctx, "aggregates");
    StoreReads.Period period = p.oneOf("by", StoreReads.Period.class, StoreReads.Period.DAY);
    StoreReads.Grouping grouping = p.oneOf("group", StoreReads.Grouping.class, StoreReads.Grouping.COUNTRY);
    AggregateFormat format = p.oneOf("format", AggregateFormat.class, AggregateFormat.SERIES);
    int limit = p.limit(AGGREGATE_GROUPS);
    String cursor = p.string("cursor");
    StoreReads.Groups groups = new StoreReads.Groups(limit, cursor == null ? null : Cursors.group(cursor));
    EventQuery query = p.events(1, backend.alliances());
    // the rows go from the result set straight into the JSON (issue 13, round 3: the rows as
    // records, then as a tree, then as bytes cost more than the query); written to memory, so that
    // the store's connection and the gate's turn are given back before a slow client reads it
    Responses.versionedBytes(ctx, backend.store(), () -> {
      long t = System.nanoTime();
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(8192);
      long[] json = {0};
      try (com.fasterxml.jackson.core.JsonGenerator out = Json.MAPPER.getFactory().createGenerator(bytes)) {
        out.writeStartObject();
        out.writeStringField("by", StoreReads.label(period));
        out.writeStringField("group", StoreReads.label(grouping));
        StoreReads.Answer answer = format == AggregateFormat.ROWS ? rows(query, period, grouping, groups, out)
            : series(query, period, grouping, groups, out, json);
        out.writeNumberField("groups", answer.groups());
        if (answer.next() == null) {
          out.writeNullField("next");
        } else {
          out.writeStringField("next", next(ctx, Cursors.of(answer.next())));
        }
        out.writeEndObject();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      // the series' JSON apart (round 10); the rows are written as they are read, in "store"
      Timings.add(ctx, "store", System.nanoTime() - t - json[0]);
      if (json[0] > 0) {
        Timings.add(ctx, "json", json[0]);
      }
      return bytes.toByteArray();
    });
  }

  /** Writes {@code "rows": [{period, group, events, goldstein}, ...]}. */
  private StoreReads.Answer rows(EventQuery query, StoreReads.Period period, StoreReads.Grouping grouping,
      StoreReads.Groups groups, com.fasterxml.jackson.core.JsonGenerator out) throws IOException {
    out.writeArrayFieldStart("rows");
    StoreReads.Answer answer = reads.aggregate(query, period, grouping, groups, (day, group, events, goldstein) -> {
      out.writeStartObject();
      out.writeStringField("period", day);
      out.writeStringField("group", group);
      out.writeNumberField("events", events);
      out.writeNumberField("goldstein", goldstein);
      out.writeEndObject();
    });
    out.writeEndArray();
    return answer;
  }

  /** Writes {@code "periods": [...], "series": [{group, total, events: [...], goldstein: [...]}, ...]}. */
  private StoreReads.Answer series(EventQuery query, StoreReads.Period period, StoreReads.Grouping grouping,
      StoreReads.Groups groups, com.fasterxml.jackson.core.JsonGenerator out, long[] json) throws IOException {
    StoreReads.Answer answer = reads.series(query, period, grouping, groups, new StoreReads.SeriesSink() {
      @Override
      public void periods(List<String> periods) throws IOException {
        long t = System.nanoTime();
        out.writeArrayFieldStart("periods");
        for (String day : periods) {
          out.writeString(day);
        }
        out.writeEndArray();
        out.writeArrayFieldStart("series");
        json[0] += System.nanoTime() - t;
      }

      @Override
      public void series(String group, long total, long[] events, double[] goldstein) throws IOException {
        long t = System.nanoTime();
        out.writeStartObject();
        out.writeStringField("group", group);
        out.writeNumberField("total", total);
        out.writeArrayFieldStart("events");
        for (long n : events) {
          out.writeNumber(n);
        }
        out.writeEndArray();
        out.writeArrayFieldStart("goldstein");
        for (double g : goldstein) {
          out.writeNumber(g);
        }
        out.writeEndArray();
        out.writeEndObject();
        json[0] += System.nanoTime() - t;
      }
    });
    out.writeEndArray();
    return answer;
  }

  /**
   * The events of the filters in an export format (issue 13), written as they are read (never the
   * whole export in memory), with the format's media type and a file name; Parquet is written by
   * DuckDB to a temporary file first, then streamed and removed. The writers are {@code vigil
   * export}'s.
   */
  void export(Context ctx) throws IOException {
    Params p = params(ctx, "export");
    String label = p.string("format");
    if (label == null) {
      throw ApiException.badParameter("format", "", "is missing: give one of gdelt, icews, plover, csv, parquet");
    }
    org.vigil.pipeline.export.ExportFormat format;
    try {
      format = org.vigil.pipeline.export.ExportFormat.parse(label);
    } catch (IllegalArgumentException e) {
      throw ApiException.badParameter("format", label, "is not one of gdelt, icews, plover, csv, parquet");
    }
    Integer limit = p.integer("limit");
    if (limit != null && limit < 1) {
      throw ApiException.badParameter("limit", p.string("limit"), "is below 1");
    }
    EventQuery query = p.events(limit == null ? Integer.MAX_VALUE : limit, backend.alliances());
    String name = "vigil-events-" + format.label() + "." + format.extension();
    ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    ctx.header("Cache-Control", "no-store");
    ctx.contentType(format.mediaType() + (format.isStreamed() ? "; charset=utf-8" : ""));
    if (!format.isStreamed()) {
      java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("vigil-export");
      java.nio.file.Path file = folder.resolve(name);
      try {
        backend.store().exportParquet(query, file);
        ctx.header("Content-Length", Long.toString(java.nio.file.Files.size(file)));
        try (java.io.OutputStream out = ctx.outputStream()) {
          java.nio.file.Files.copy(file, out);
        }
      } finally {
        java.nio.file.Files.deleteIfExists(file);
        java.nio.file.Files.deleteIfExists(folder);
      }
      return;
    }
    try (java.io.OutputStream out = ctx.outputStream();
        org.vigil.pipeline.export.Exporter.RowWriter writer = format.exporter().open(out)) {
      backend.store().scan(query, writer::writeUnchecked);
    } catch (java.io.UncheckedIOException e) {
      // the client went away mid-export: nothing more to write to
      throw e.getCause();
    }
  }

  /** The longest a POST waits for its article's commit, and the default. */
  static final int MAX_WAIT_SECONDS = 120;
  static final int DEFAULT_WAIT_SECONDS = 30;

  /**
   * Stores an article and answers once its transaction is committed: 201 {@code stored} (the
   * acknowledgement: a kill after it cannot lose the article), 200 {@code stored} when the store
   * held it already, 422 when it could not be coded or stored, 202 {@code queued} (no
   * acknowledgement) when {@code wait} seconds pass first or {@code wait=0}.
   */
  void postArticle(Context ctx) {
    Params p = params(ctx, "postArticle");
    Integer wait = p.integer("wait");
    if (wait != null && (wait < 0 || wait > MAX_WAIT_SECONDS)) {
      throw ApiException.badParameter("wait", wait.toString(), "is not 0.." + MAX_WAIT_SECONDS + " seconds");
    }
    JsonNode in = body(ctx);
    Article article = newArticle(in);
    ObjectNode out = Json.MAPPER.createObjectNode();
    out.put("id", article.id());
    out.put("content_hash", article.contentHash());
    if (backend.store().contains(article.contentHash())) {
      out.put("status", "stored");
      out.put("queue_depth", backend.intake().depth());
      Responses.fresh(ctx, 200, out);
      return;
    }
    java.util.concurrent.CompletableFuture<ArticleIntake.Outcome> done = backend.intake().track(article);
    if (done == null) {
      throw ApiException.unavailable("queue_full", "the intake queue is full or closed; try again later");
    }
    ArticleIntake.Outcome outcome = null;
    int seconds = wait == null ? DEFAULT_WAIT_SECONDS : wait;
    if (seconds > 0) {
      try {
        outcome = done.get(seconds, java.util.concurrent.TimeUnit.SECONDS);
      } catch (java.util.concurrent.TimeoutException e) {
        outcome = null;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IllegalStateException("the intake failed on " + article.id(), e.getCause());
      }
    }
    if (outcome == null) {
      out.put("status", "queued");
      out.put("queue_depth", backend.intake().depth());
      Responses.fresh(ctx, 202, out);
      return;
    }
    switch (outcome.status()) {
      case STORED -> {
        out.put("status", "stored");
        out.put("events", outcome.events());
        out.put("queue_depth", backend.intake().depth());
        Responses.fresh(ctx, 201, out);
      }
      case ALREADY_STORED -> {
        out.put("status", "stored");
        out.put("queue_depth", backend.intake().depth());
        Responses.fresh(ctx, 200, out);
      }
      case REJECTED -> throw new ApiException(422, "rejected", "article " + article.id() + " was not stored: "
          + outcome.reason());
    }
  }

  void recode(Context ctx) {
    params(ctx, "recode");
    List<Article> articles = new ArrayList<>();
    String raw = ctx.body();
    if (raw.isBlank()) {
      reads.eachArticle(articles::add);
    } else {
      JsonNode ids = body(ctx).get("articles");
      if (ids == null || !ids.isArray()) {
        throw new ApiException(400, "bad_parameter", "body: articles must be a list of article ids");
      }
      for (JsonNode id : ids) {
        if (!id.isTextual()) {
          throw new ApiException(400, "bad_parameter", "body: articles must be a list of article ids, not " + id);
        }
        articles.add(reads.article(id.asText()).orElseThrow(() -> ApiException.notFound("no article " + id.asText())));
      }
    }
    int queued = 0;
    for (Article a : articles) {
      if (!backend.intake().recode(a)) {
        throw ApiException.unavailable("queue_full", "the intake queue is full or closed after " + queued
            + " of " + articles.size() + " articles; try again later");
      }
      queued++;
    }
    ObjectNode out = Json.MAPPER.createObjectNode();
    out.put("queued", queued);
    out.put("queue_depth", backend.intake().depth());
    Responses.fresh(ctx, 202, out);
  }

  void sources(Context ctx) {
    params(ctx, "sources");
    LiveSources live = backend.sources();
    ObjectNode body = Json.MAPPER.createObjectNode();
    ArrayNode list = body.putArray("sources");
    live.states().forEach(s -> list.add(live.json(s)));
    Responses.json(ctx, body);
  }

  void source(Context ctx) {
    params(ctx, "source");
    LiveSources live = backend.sources();
    Responses.json(ctx, live.jsonWithFetches(live.state(ctx.pathParam("id"))));
  }

  void postSource(Context ctx) {
    params(ctx, "postSource");
    LiveSources live = backend.sources();
    org.vigil.ingest.source.SourceState added = live.add(LiveSources.spec(body(ctx)));
    ctx.header("Location", "/sources/" + added.spec().id());
    Responses.fresh(ctx, 201, live.json(added));
  }

  void deleteSource(Context ctx) {
    params(ctx, "deleteSource");
    LiveSources live = backend.sources();
    Responses.fresh(ctx, 200, live.json(live.remove(ctx.pathParam("id"))));
  }

  void pollSource(Context ctx) {
    params(ctx, "pollSource");
    LiveSources live = backend.sources();
    Responses.fresh(ctx, 200, live.json(live.poll(ctx.pathParam("id"))));
  }

  void health(Context ctx) {
    params(ctx, "health");
    ObjectNode body = Json.MAPPER.createObjectNode();
    ObjectNode store = Json.MAPPER.createObjectNode();
    boolean storeOk;
    try {
      long articles = backend.store().articleCount();
      long events = backend.store().eventCount();
      store.put("ok", true).put("articles", articles).put("events", events);
      storeOk = true;
    } catch (RuntimeException e) {
      // the answer is that it fails; the failure is the body, not a 500
      store.put("ok", false).put("error", String.valueOf(e.getMessage()));
      storeOk = false;
    }
    boolean loaded = backend.engineLoaded().getAsBoolean();
    String problem = loaded ? null : backend.engineProblem().get();
    body.put("status", !storeOk ? "failing" : loaded ? "ok" : problem != null ? "degraded" : "starting");
    body.set("store", store);
    ObjectNode engine = body.putObject("engine").put("loaded", loaded);
    if (problem != null) {
      // the store still answers: reads go on, nothing new is coded
      engine.put("error", problem);
    }
    body.putObject("queue").put("depth", backend.intake().depth());
    Responses.fresh(ctx, storeOk ? 200 : 503, body);
  }

  void metrics(Context ctx) {
    params(ctx, "metrics");
    Responses.text(ctx, backend.metrics().scrape(), "text/plain; version=0.0.4; charset=utf-8");
  }

  static JsonNode body(Context ctx) {
    try {
      JsonNode node = Json.MAPPER.readTree(ctx.bodyAsBytes());
      if (node == null || !node.isObject()) {
        throw new ApiException(400, "bad_parameter", "body: it must be a JSON object");
      }
      return node;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new ApiException(400, "bad_parameter", "body: it is not JSON (" + e.getOriginalMessage() + ")");
    } catch (IOException e) {
      throw new ApiException(400, "bad_parameter", "body: it cannot be read (" + e.getMessage() + ")");
    }
  }

  /**
   * The article of a POST body, read as one line of JSON Lines by the same reader as {@code vigil
   * ingest}, so that it passes the same checks (a date, an English text of a bounded size, no
   * control characters); a rejection is a 400 with the reader's reason.
   */
  private static Article newArticle(JsonNode in) {
    List<Article> read = new ArrayList<>(1);
    List<String> rejected = new ArrayList<>(1);
    READER.read(new java.io.ByteArrayInputStream(Json.bytes(in)), "api", read::add, r -> rejected.add(r.reason()));
    if (!rejected.isEmpty() || read.size() != 1) {
      throw new ApiException(400, "bad_parameter", "body: " + (rejected.isEmpty() ? "no article" : rejected.get(0)));
    }
    return read.get(0);
  }

  /** The link to the next page: this path with its query, the cursor replaced. */
  private static String next(Context ctx, String cursor) {
    StringBuilder sb = new StringBuilder(ctx.path()).append('?');
    for (Map.Entry<String, List<String>> e : ctx.queryParamMap().entrySet()) {
      if (e.getKey().equals("cursor")) {
        continue;
      }
      for (String v : e.getValue()) {
        sb.append(enc(e.getKey())).append('=').append(enc(v)).append('&');
      }
    }
    return sb.append("cursor=").append(enc(cursor)).toString();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
