package org.vigil.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vigil.core.article.Article;
import org.vigil.core.correction.CorrectedCoding;
import org.vigil.core.correction.Correction;
import org.vigil.core.correction.CorrectionStore;
import org.vigil.core.correction.OriginalCoding;
import org.vigil.core.correction.Verdict;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.Modality;
import org.vigil.core.store.EventQuery;
import org.vigil.pipeline.Explanation;
import org.vigil.pipeline.correction.CorrectionCheck;
import org.vigil.pipeline.correction.DictionarySet;
import org.vigil.pipeline.correction.DictionarySuggestions;
import org.vigil.pipeline.correction.GoldExport;
import org.vigil.store.StoreReads;

/**
 * The handlers of corrections and the dictionary browser (issue 14, item 7): an event corrected
 * ({@code POST /events/{id}/corrections}, checked against the dictionaries in force), its
 * corrections and all of them listed, the corrected articles as gold records, the dictionary
 * changes they suggest, and {@code /dictionary/explain}. Thread-safe: its only state is the last
 * suggestions, kept while the corrections are the same.
 */
final class CorrectionApi {
  /** Longest phrase {@code /dictionary/explain} takes. */
  static final int MAX_PHRASE = 500;
  private static final SecureRandom IDS = new SecureRandom();

  private final Backend backend;
  private final StoreReads reads;
  private final InstantSource clock;
  // the suggestions of the corrections last seen, by their ids (guarded by this)
  private List<String> suggestedFor;
  private List<DictionarySuggestions.Suggestion> suggested;
  private DictionarySuggestions suggestions;

  CorrectionApi(Backend backend, StoreReads reads, InstantSource clock) {
    this.backend = backend;
    this.reads = reads;
    this.clock = clock;
  }

  Map<String, Handler> handlers() {
    Map<String, Handler> h = new LinkedHashMap<>();
    h.put("postCorrection", this::postCorrection);
    h.put("eventCorrections", this::eventCorrections);
    h.put("corrections", this::corrections);
    h.put("correctionsGold", this::gold);
    h.put("correctionSuggestions", this::suggestions);
    h.put("explain", this::explain);
    return h;
  }

  void postCorrection(Context ctx) {
    Api.params(ctx, "postCorrection");
    String eventId = ctx.pathParam("id");
    JsonNode in = Api.body(ctx);
    CodedEvent event = reads.event(eventId).orElseThrow(() -> ApiException.notFound("no event " + eventId));
    Verdict verdict = verdict(in);
    CorrectedCoding coding = coding(in.get("coding"));
    if (coding != null) {
      try {
        new CorrectionCheck(backend.dictionaries().get().dictionaries()).check(coding);
      } catch (IllegalArgumentException e) {
        throw bad(e);
      }
    }
    String text = reads.article(event.articleId()).map(Article::text).orElse("");
    Correction correction;
    String id = newId();
    try {
      // DuckDB keeps microseconds; a time read back must equal the one answered
      correction = new Correction(id, eventId, event.articleId(), clock.instant().truncatedTo(ChronoUnit.MICROS),
          verdict, text(in, "analyst"), text(in, "note"), coding, OriginalCoding.of(event, text));
    } catch (IllegalArgumentException e) {
      // the new id means nothing to the client yet
      throw new ApiException(400, "bad_parameter", "body: " + e.getMessage().replace("correction " + id + ": ", ""));
    }
    if (!backend.store().addCorrection(correction)) {
      throw ApiException.notFound("no event " + eventId + " (its article was coded again just now)");
    }
    ctx.header("Location", "/events/" + eventId + "/corrections");
    Responses.fresh(ctx, 201, json(correction));
  }

  private static ApiException bad(IllegalArgumentException e) {
    return new ApiException(400, "bad_parameter", "body: " + e.getMessage());
  }

  private static String newId() {
    byte[] b = new byte[8];
    IDS.nextBytes(b);
    return "c-" + HexFormat.of().formatHex(b);
  }

  private static Verdict verdict(JsonNode in) {
    JsonNode v = in.get("verdict");
    if (v == null || v.isNull()) {
      throw new ApiException(400, "bad_parameter", "body: verdict is missing: give right or wrong");
    }
    try {
      return Verdict.of(v.isTextual() ? v.asText() : v.toString());
    } catch (IllegalArgumentException e) {
      throw bad(e);
    }
  }

  private static String text(JsonNode in, String field) {
    JsonNode v = in.get(field);
    if (v == null || v.isNull()) {
      return "";
    }
    if (!v.isTextual()) {
      throw new ApiException(400, "bad_parameter", "body: " + field + " must be a string, was " + v);
    }
    return v.asText();
  }

  /** The coding of a request body, or null when it gives none. */
  private static CorrectedCoding coding(JsonNode c) {
    if (c == null || c.isNull()) {
      return null;
    }
    if (!c.isObject()) {
      throw new ApiException(400, "bad_parameter", "body: coding must be an object or null, was " + c);
    }
    for (var names = c.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!List.of("cameo", "source", "target", "date", "place", "modality").contains(name)) {
        throw new ApiException(400, "bad_parameter", "body: coding." + name + " is not known; the fields are cameo,"
            + " source, target, date, place, modality");
      }
    }
    LocalDate date = null;
    String day = field(c, "date");
    if (day != null) {
      try {
        date = LocalDate.parse(day);
      } catch (DateTimeParseException e) {
        throw new ApiException(400, "bad_parameter", "body: coding.date \"" + day + "\" is not YYYY-MM-DD");
      }
    }
    Modality modality = null;
    String m = field(c, "modality");
    if (m != null) {
      try {
        modality = Modality.valueOf(m.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new ApiException(400, "bad_parameter", "body: coding.modality \"" + m + "\" is not one of asserted,"
            + " promise, threat, conditional, future, hypothetical, requested");
      }
    }
    try {
      return new CorrectedCoding(field(c, "cameo"), upper(field(c, "source")), upper(field(c, "target")), date,
          field(c, "place"), modality);
    } catch (IllegalArgumentException e) {
      throw bad(e);
    }
  }

  private static String upper(String code) {
    return code == null ? null : code.toUpperCase(Locale.ROOT);
  }

  private static String field(JsonNode c, String name) {
    JsonNode v = c.get(name);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw new ApiException(400, "bad_parameter", "body: coding." + name + " must be a string, was " + v);
    }
    String s = v.asText().strip();
    return s.isEmpty() ? null : s;
  }

  void eventCorrections(Context ctx) {
    Api.params(ctx, "eventCorrections");
    String eventId = ctx.pathParam("id");
    List<Correction> list = backend.store().corrections(eventId);
    if (list.isEmpty() && reads.event(eventId).isEmpty()) {
      throw ApiException.notFound("no event " + eventId);
    }
    ObjectNode body = Json.MAPPER.createObjectNode();
    ArrayNode out = body.putArray("corrections");
    list.forEach(c -> out.add(json(c)));
    Responses.json(ctx, body);
  }

  void corrections(Context ctx) {
    Params p = Api.params(ctx, "corrections");
    int limit = p.limit(100);
    String cursor = p.string("cursor");
    List<Correction> page = backend.store().corrections(cursor == null ? null : cursor(cursor), limit + 1);
    ObjectNode body = Json.MAPPER.createObjectNode();
    ArrayNode list = body.putArray("corrections");
    page.stream().limit(limit).forEach(c -> list.add(json(c)));
    if (page.size() > limit) {
      Correction last = page.get(limit - 1);
      body.put("next_cursor", cursor(new CorrectionStore.Cursor(last.created(), last.id())));
    } else {
      body.putNull("next_cursor");
    }
    Responses.json(ctx, body);
  }

  static String cursor(CorrectionStore.Cursor c) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString((c.created() + "|" + c.id())
        .getBytes(StandardCharsets.UTF_8));
  }

  static CorrectionStore.Cursor cursor(String text) {
    try {
      String s = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
      int bar = s.indexOf('|');
      return new CorrectionStore.Cursor(Instant.parse(s.substring(0, bar)), s.substring(bar + 1));
    } catch (IllegalArgumentException | DateTimeParseException | IndexOutOfBoundsException e) {
      throw ApiException.badParameter("cursor", text, "is not a cursor of this list");
    }
  }

  void gold(Context ctx) {
    Params p = Api.params(ctx, "correctionsGold");
    boolean reviewedOnly = "true".equals(p.string("reviewed_only"));
    StringWriter out = new StringWriter();
    new GoldExport(backend.dictionaries().get().dictionaries().cameo(), reviewedOnly).write(backend.store(),
        reads::article, id -> backend.store().query(EventQuery.builder().articleId(id).limit(10_000).build()), out);
    Responses.text(ctx, out.toString(), "application/x-ndjson");
  }

  void suggestions(Context ctx) {
    Api.params(ctx, "correctionSuggestions");
    List<Correction> all = new ArrayList<>();
    backend.store().eachCorrection(all::add);
    List<DictionarySuggestions.Suggestion> list = suggest(all);
    ObjectNode body = Json.MAPPER.createObjectNode();
    ArrayNode out = body.putArray("suggestions");
    for (DictionarySuggestions.Suggestion s : list) {
      ObjectNode o = out.addObject();
      o.put("kind", s.kind());
      o.put("text", s.text());
      o.put("current", s.current());
      o.put("suggested", s.suggested());
      ArrayNode evidence = o.putArray("evidence");
      s.evidence().forEach(evidence::add);
      o.put("dictionary_line", s.dictionaryLine());
      o.put("where", s.where());
      ArrayNode lint = o.putArray("lint");
      s.lint().forEach(lint::add);
    }
    Responses.json(ctx, body);
  }

  /** The suggestions of {@code all}, derived again only when the corrections differ from the last call's. */
  private synchronized List<DictionarySuggestions.Suggestion> suggest(List<Correction> all) {
    List<String> ids = all.stream().map(Correction::id).toList();
    if (!ids.equals(suggestedFor)) {
      if (suggestions == null) {
        DictionarySet set = backend.dictionaries().get();
        suggestions = new DictionarySuggestions(set.dictionaries(), set.files());
      }
      suggested = suggestions.suggest(all);
      suggestedFor = ids;
    }
    return suggested;
  }

  void explain(Context ctx) {
    Params p = Api.params(ctx, "explain");
    String phrase = p.string("phrase");
    if (phrase == null) {
      throw ApiException.badParameter("phrase", "", "is missing: give the words to explain");
    }
    if (phrase.length() > MAX_PHRASE) {
      throw ApiException.badParameter("phrase", phrase.substring(0, 40) + "...", "is longer than " + MAX_PHRASE
          + " characters");
    }
    boolean all = "true".equals(p.string("all"));
    List<String> lines = new Explanation(backend.dictionaries().get().dictionaries(), all).explain(phrase);
    ObjectNode body = Json.MAPPER.createObjectNode();
    body.put("phrase", phrase);
    ArrayNode hits = body.putArray("hits");
    ObjectNode last = null;
    for (String line : lines) {
      if (line.startsWith(" ") && last != null) {
        ArrayNode details = last.has("details") ? (ArrayNode) last.get("details") : last.putArray("details");
        details.add(line.strip());
        continue;
      }
      last = hits.addObject();
      last.put("kind", line.startsWith("actor ") ? "actor" : line.startsWith("no match ") ? "no-match"
          : line.startsWith("trigger ") ? "trigger" : line.startsWith("pattern ") ? "pattern" : "none");
      last.put("text", line);
    }
    Responses.json(ctx, body);
  }

  static ObjectNode json(Correction c) {
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.put("id", c.id());
    o.put("event_id", c.eventId());
    o.put("article_id", c.articleId());
    o.put("created", c.created().toString());
    o.put("verdict", c.verdict().label());
    o.put("analyst", c.analyst());
    o.put("note", c.note());
    o.put("no_event", c.noEvent());
    if (c.coding() == null) {
      o.putNull("coding");
    } else {
      ObjectNode g = o.putObject("coding");
      CorrectedCoding k = c.coding();
      g.put("cameo", k.cameo());
      g.put("source", k.source());
      putOrNull(g, "target", k.target());
      putOrNull(g, "date", k.date() == null ? null : k.date().toString());
      putOrNull(g, "place", k.place());
      g.put("modality", k.modality().label());
    }
    OriginalCoding x = c.original();
    ObjectNode g = o.putObject("original");
    g.put("cameo", x.cameo());
    g.put("source", x.source());
    g.put("source_text", x.sourceText());
    putOrNull(g, "target", x.target());
    g.put("target_text", x.targetText());
    g.put("date", x.date().toString());
    putOrNull(g, "place", x.place());
    putOrNull(g, "place_country", x.placeCountry());
    g.put("modality", x.modality().label());
    g.put("negated", x.negated());
    g.put("sentence_index", x.sentenceIndex());
    g.put("sentence", x.sentence());
    g.put("trigger", x.trigger());
    g.put("pattern", x.pattern());
    g.put("confidence", x.confidence());
    return o;
  }

  private static void putOrNull(ObjectNode o, String name, String value) {
    if (value == null) {
      o.putNull(name);
    } else {
      o.put(name, value);
    }
  }

  /** The corrections of events, counted for a badge: one event's, or a merged event's mentions'. */
  long count(List<String> eventIds) {
    return eventIds.stream().mapToLong(backend.store()::correctionCount).sum();
  }
}
