package org.vigil.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.vigil.core.article.Article;
import org.vigil.core.article.Story;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.MentionRef;
import org.vigil.core.event.MergedEvent;
import org.vigil.pipeline.EventJson;
import org.vigil.store.StoreReads;

/**
 * The API's JSON: events as {@code vigil code} writes them ({@link EventJson}), an event with its
 * evidence as a list of mentions, articles with and without their text, merged events with GDELT's
 * counts and stories (issue 13). Stateless.
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

  /**
   * A merged event (issue 13): its canonical mention as an event, then its id, days and GDELT's
   * counts ({@code num_mentions}, {@code num_sources}, {@code num_articles}).
   */
  static ObjectNode merged(MergedEvent m) {
    ObjectNode o = event(m.canonical());
    o.put("merged_id", m.id());
    o.put("first_date", m.first().toString());
    o.put("last_date", m.last().toString());
    o.put("num_mentions", m.numMentions());
    o.put("num_sources", m.numSources());
    o.put("num_articles", m.numArticles());
    return o;
  }

  /**
   * A merged event with every mention: where it is (article, story, sentence, trigger offsets),
   * with the sentence and confidence of the mention's event and its article's title, date, URL
   * and source when they can still be read.
   *
   * @param events a mention's stored event by its id, or null
   * @param articles an article by its id, or null
   */
  static ObjectNode mergedWithMentions(MergedEvent m, java.util.function.Function<String, CodedEvent> events,
      java.util.function.Function<String, Article> articles) {
    ObjectNode o = merged(m);
    ArrayNode mentions = o.putArray("mentions");
    for (MentionRef ref : m.mentions()) {
      ObjectNode x = mentions.addObject();
      x.put("article_id", ref.articleId());
      x.put("event_id", ref.eventId());
      x.put("story_id", ref.storyId());
      x.put("date", ref.date().toString());
      Article article = articles.apply(ref.articleId());
      if (article != null) {
        x.put("article_title", article.title());
        x.put("article_date", article.date().toString());
        x.put("article_url", article.url());
      }
      x.put("article_source", ref.articleSource());
      x.put("sentence_index", ref.sentenceIndex());
      CodedEvent e = events.apply(ref.eventId());
      if (e != null) {
        x.put("sentence", e.evidence().sentence());
      }
      x.set("trigger", MAPPER.valueToTree(new int[] {ref.triggerBegin(), ref.triggerEnd()}));
      if (e != null) {
        x.put("confidence", e.confidence());
      }
    }
    return o;
  }

  /** A story: its days, the number of its articles, and each article (the copies say of which). */
  static ObjectNode story(Story st) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", st.id());
    o.put("first_date", st.first().toString());
    o.put("last_date", st.last().toString());
    o.put("article_count", st.articles().size());
    ArrayNode list = o.putArray("articles");
    for (Story.Member m : st.articles()) {
      ObjectNode a = list.addObject();
      a.put("article_id", m.articleId());
      a.put("date", m.date().toString());
      a.put("title", m.title());
      a.put("source", m.source());
      if (m.duplicateOf() == null) {
        a.putNull("duplicate_of");
      } else {
        a.put("duplicate_of", m.duplicateOf());
      }
      a.put("similarity", m.similarity());
    }
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
