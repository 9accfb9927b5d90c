package org.vigil.stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vigil.core.article.Article;
import org.vigil.core.article.StoryAssignment;
import org.vigil.core.event.ActorRef;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.DateGranularity;
import org.vigil.core.event.EventDate;
import org.vigil.core.event.Evidence;
import org.vigil.core.event.Location;
import org.vigil.core.event.Modality;
import org.vigil.core.event.Plover;
import org.vigil.ingest.ArticleReader;
import org.vigil.ingest.IngestConfig;
import org.vigil.ingest.Rejection;
import org.vigil.pipeline.EventJson;

/**
 * The stream's wire formats in one place (issue 15), all JSON in UTF-8:
 *
 * <ul>
 *   <li>articles: one JSON Lines record ({@code id}, {@code date}, {@code title}, {@code text},
 *       {@code url}, {@code source}), read back by the same {@link ArticleReader} that {@code
 *       vigil code} reads files with, so a bad record is rejected for the same reason;
 *   <li>events: exactly the line {@code vigil code} prints ({@link EventJson#vigil}, written by a
 *       plain {@link ObjectMapper}), so stream and batch events are byte-identical;
 *   <li>rejections: {@code {"record": ..., "reason": ...}};
 *   <li>coded articles: {@code {"article": ..., "story": ..., "events": [...]}}, read back into
 *       records by {@link #coded} for the store sinks.
 * </ul>
 *
 * Thread-safe (Jackson's mapper is, once configured).
 */
final class StreamSerdes {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final EventJson EVENTS = new EventJson(MAPPER);
  private static final ArticleReader READER = new ArticleReader(IngestConfig.defaults());

  private StreamSerdes() {}

  /** An article as a coded article's or the story stage's JSON object. */
  static ObjectNode article(Article a) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", a.id());
    o.put("date", a.date().toString());
    o.put("title", a.title());
    o.put("text", a.text());
    o.put("url", a.url());
    o.put("source", a.source());
    return o;
  }

  /** An article as one JSON Lines record (the articles topic's value). */
  static byte[] articleLine(Article a) {
    return write(article(a)).getBytes(StandardCharsets.UTF_8);
  }

  /** The outcome of reading one message of the articles topic. */
  sealed interface Read {}

  record Accepted(Article article) implements Read {}

  record Rejected(String record, String reason) implements Read {}

  /**
   * Reads one message of the articles topic as {@code vigil code} reads a JSON Lines file or a
   * seed file: the article, or the rejection naming {@code name} and why.
   */
  static Read read(byte[] value, String name) {
    if (value == null || value.length == 0) {
      return new Rejected(name, "empty message: no article");
    }
    List<Article> accepted = new ArrayList<>(1);
    List<Rejection> rejected = new ArrayList<>(1);
    READER.read(new ByteArrayInputStream(value), name, accepted::add, rejected::add);
    if (!rejected.isEmpty()) {
      return new Rejected(rejected.get(0).record(), rejected.get(0).reason());
    }
    if (accepted.size() != 1) {
      return new Rejected(name, accepted.isEmpty() ? "no article in the message"
          : "one message must hold one article, it held " + accepted.size());
    }
    return new Accepted(accepted.get(0));
  }

  /** An article read back from {@link #article}. */
  static Article article(JsonNode o) {
    return new Article(o.get("id").asText(), LocalDate.parse(o.get("date").asText()), o.get("title").asText(),
        o.get("text").asText(), o.get("url").asText(), o.get("source").asText());
  }

  static ObjectNode story(StoryAssignment s) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("article_id", s.articleId());
    o.put("story_id", s.storyId());
    o.put("is_new", s.isNew());
    if (s.duplicateOf() == null) {
      o.putNull("duplicate_of");
    } else {
      o.put("duplicate_of", s.duplicateOf());
    }
    o.put("similarity", s.similarity());
    return o;
  }

  static StoryAssignment story(JsonNode o) {
    JsonNode dup = o.get("duplicate_of");
    return new StoryAssignment(o.get("article_id").asText(), o.get("story_id").asText(), o.get("is_new").asBoolean(),
        dup == null || dup.isNull() ? null : dup.asText(), o.get("similarity").asDouble());
  }

  /** An article with its story, as the story stage hands it to the coding stage. */
  static String storied(Article a, StoryAssignment s) {
    ObjectNode o = MAPPER.createObjectNode();
    o.set("article", article(a));
    o.set("story", story(s));
    return write(o);
  }

  record Storied(Article article, StoryAssignment story) {}

  static Storied storied(String json) {
    JsonNode o = tree(json);
    return new Storied(article(o.get("article")), story(o.get("story")));
  }

  /** The event exactly as {@code vigil code} prints it (without the line end). */
  static String event(CodedEvent e) {
    return write(EVENTS.vigil(e));
  }

  static String rejection(String record, String reason) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("record", record);
    o.put("reason", reason);
    return write(o);
  }

  static String coded(Article a, StoryAssignment s, List<CodedEvent> events) {
    ObjectNode o = MAPPER.createObjectNode();
    o.set("article", article(a));
    o.set("story", story(s));
    ArrayNode list = o.putArray("events");
    events.forEach(e -> list.add(EVENTS.vigil(e)));
    return write(o);
  }

  /** A coded article read back: the article, its story and its events, as the coder gave them. */
  static CodedArticle coded(String json) {
    JsonNode o = tree(json);
    List<CodedEvent> events = new ArrayList<>();
    for (JsonNode e : o.get("events")) {
      events.add(event(e));
    }
    return new CodedArticle(article(o.get("article")), story(o.get("story")), events);
  }

  /** The inverse of {@link EventJson#vigil}: {@code event(tree(event(e)))} renders as {@code e} does. */
  static CodedEvent event(JsonNode o) {
    LocalDate date = LocalDate.parse(o.get("date").asText());
    LocalDate end = o.has("date_end") ? LocalDate.parse(o.get("date_end").asText()) : date;
    boolean fromText = !o.get("date_from").asText().equals("article");
    EventDate when = new EventDate(date, end,
        DateGranularity.valueOf(o.get("date_granularity").asText().toUpperCase(Locale.ROOT)), fromText,
        fromText ? o.get("date_text").asText() : "", fromText ? o.get("date_timex").asText() : "",
        o.get("date_from").asText().equals("story"));
    JsonNode p = o.get("plover");
    Plover plover = new Plover(p.get("event").asText(), text(p.get("mode")), strings(p.get("contexts")));
    JsonNode ev = o.get("evidence");
    Evidence evidence = new Evidence(ev.get("sentence_index").asInt(), ev.get("sentence").asText(),
        span(ev.get("trigger")), span(ev.get("source_span")), span(ev.get("target_span")), ev.get("pattern").asText(),
        strings(ev.get("cues")));
    return new CodedEvent(o.get("article_id").asText(), o.get("event_id").asText(), when, actor(o.get("source")),
        actor(o.get("target")), o.get("cameo").asText(), o.get("cameo_root").asText(), o.get("quad_class").asInt(),
        o.get("goldstein").asDouble(), plover, o.get("negated").asBoolean(),
        Modality.valueOf(o.get("modality").asText().toUpperCase(Locale.ROOT)), location(o.get("location")), evidence,
        o.get("confidence").asDouble(), strings(o.get("issues")));
  }

  private static ActorRef actor(JsonNode a) {
    if (a == null || a.isNull()) {
      return null;
    }
    int[] span = span(a.get("span"));
    return new ActorRef(a.get("code").asText(), text(a.get("country")), text(a.get("sector")), a.get("name").asText(),
        a.get("text").asText(), span[0], span[1], strings(a.get("members")), strings(a.get("entries")));
  }

  private static Location location(JsonNode l) {
    if (l == null || l.isNull()) {
      return null;
    }
    JsonNode lat = l.get("lat");
    JsonNode geonames = l.get("geonames_id");
    return new Location(l.get("name").asText(), text(l.get("feature")), text(l.get("country")), text(l.get("admin1")),
        lat == null || lat.isNull() ? null : lat.asDouble(), lat == null || lat.isNull() ? null : l.get("lon").asDouble(),
        geonames == null || geonames.isNull() ? null : geonames.asLong(), l.get("from").asText(), l.get("text").asText(),
        l.get("confidence").asDouble());
  }

  private static String text(JsonNode n) {
    return n == null || n.isNull() ? null : n.asText();
  }

  private static int[] span(JsonNode n) {
    return n == null || n.isNull() ? null : new int[] {n.get(0).asInt(), n.get(1).asInt()};
  }

  private static List<String> strings(JsonNode n) {
    List<String> out = new ArrayList<>();
    if (n != null && !n.isNull()) {
      n.forEach(s -> out.add(s.asText()));
    }
    return out;
  }

  static JsonNode tree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static String write(JsonNode o) {
    try {
      return MAPPER.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }
}
