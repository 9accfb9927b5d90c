package org.vigil.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;
import org.vigil.pipeline.EventJson;
import org.vigil.store.StoreReads;

/**
 * The API's JSON: events as {@code vigil code} writes them ({@link EventJson}), an event with its
 * evidence as a list of mentions, articles with and without their text. Stateless.
 */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper();
  private static final EventJson EVENTS = new EventJson(MAPPER);

  private Json() {}

  static byte[] bytes(JsonNode node) {
    try {
      return MAPPER.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  static ObjectNode event(CodedEvent e) {
    return EVENTS.vigil(e);
  }

  /**
   * An event with its evidence: the event, then {@code mentions}, one per sentence that states it.
   * Today every stored event is one mention; merged events (several articles saying the same)
   * will list each here, so clients read a list from the start.
   */
  static ObjectNode eventWithMentions(CodedEvent e, Article article) {
    ObjectNode o = event(e);
    ArrayNode mentions = o.putArray("mentions");
    ObjectNode m = mentions.addObject();
    m.put("article_id", e.articleId());
    m.put("event_id", e.eventId());
    if (article != null) {
      m.put("article_title", article.title());
      m.put("article_date", article.date().toString());
      m.put("article_url", article.url());
      m.put("article_source", article.source());
    }
    m.put("sentence_index", e.evidence().sentenceIndex());
    m.put("sentence", e.evidence().sentence());
    m.set("trigger", MAPPER.valueToTree(e.evidence().trigger()));
    m.put("confidence", e.confidence());
    return o;
  }

  static ObjectNode summary(StoreReads.ArticleSummary a) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", a.id());
    o.put("date", a.date().toString());
    o.put("title", a.title());
    o.put("url", a.url());
    o.put("source", a.source());
    o.put("events", a.events());
    return o;
  }

  static ObjectNode article(Article a, List<CodedEvent> events) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", a.id());
    o.put("date", a.date().toString());
    o.put("title", a.title());
    o.put("url", a.url());
    o.put("source", a.source());
    o.put("content_hash", a.contentHash());
    o.put("text", a.text());
    ArrayNode list = o.putArray("events");
    events.forEach(e -> list.add(event(e)));
    return o;
  }
}
