package org.vigil.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.vigil.core.event.ActorRef;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.Location;

/** Renders coded events as the JSON objects of Vigil's event format (one per line). Thread-safe. */
public final class EventJson {
  private final ObjectMapper mapper;

  public EventJson(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** The full event object. */
  public ObjectNode vigil(CodedEvent e) {
    ObjectNode o = mapper.createObjectNode();
    o.put("article_id", e.articleId());
    o.put("event_id", e.eventId());
    o.put("date", e.date().date().toString());
    if (!e.date().end().equals(e.date().date())) {
      o.put("date_end", e.date().end().toString());
    }
    o.put("date_granularity", e.date().granularity().label());
    o.put("date_from", e.date().from());
    if (e.date().fromText()) {
      o.put("date_text", e.date().text());
      o.put("date_timex", e.date().timex());
    }
    o.set("source", actor(e.source()));
    if (e.target() == null) {
      o.putNull("target");
    } else {
      o.set("target", actor(e.target()));
    }
    o.put("cameo", e.cameo());
    o.put("cameo_root", e.cameoRoot());
    o.put("quad_class", e.quadClass());
    o.put("goldstein", e.goldstein());
    ObjectNode plover = o.putObject("plover");
    plover.put("event", e.plover().event());
    if (e.plover().mode() == null) {
      plover.putNull("mode");
    } else {
      plover.put("mode", e.plover().mode());
    }
    ArrayNode contexts = plover.putArray("contexts");
    e.plover().contexts().forEach(contexts::add);
    o.put("negated", e.negated());
    o.put("modality", e.modality().label());
    if (e.location() == null) {
      o.putNull("location");
    } else {
      o.set("location", location(e.location()));
    }
    ObjectNode ev = o.putObject("evidence");
    ev.put("sentence_index", e.evidence().sentenceIndex());
    ev.put("sentence", e.evidence().sentence());
    ev.set("trigger", span(e.evidence().trigger()));
    ev.set("source_span", span(e.evidence().sourceSpan()));
    ev.set("target_span", span(e.evidence().targetSpan()));
    ev.put("pattern", e.evidence().pattern());
    ArrayNode cues = ev.putArray("cues");
    e.evidence().cues().forEach(cues::add);
    o.put("confidence", e.confidence());
    ArrayNode issues = o.putArray("issues");
    e.issues().forEach(issues::add);
    return o;
  }

  /** A PLOVER-style record: event, mode, context, actors with text and code. */
  public ObjectNode plover(CodedEvent e) {
    ObjectNode o = mapper.createObjectNode();
    o.put("id", e.eventId());
    o.put("article_id", e.articleId());
    o.put("date", e.date().date().toString());
    o.put("event", e.plover().event());
    if (e.plover().mode() == null) {
      o.putNull("mode");
    } else {
      o.put("mode", e.plover().mode());
    }
    o.put("context", String.join(";", e.plover().contexts()));
    ArrayNode src = o.putArray("source");
    src.add(ploverActor(e.source()));
    ArrayNode tgt = o.putArray("target");
    if (e.target() != null) {
      tgt.add(ploverActor(e.target()));
    }
    o.put("negated", e.negated());
    o.put("modality", e.modality().label());
    o.put("cameo", e.cameo());
    o.put("text", e.evidence().sentence());
    o.put("confidence", e.confidence());
    ArrayNode issues = o.putArray("issues");
    e.issues().forEach(issues::add);
    return o;
  }

  private ObjectNode ploverActor(ActorRef a) {
    ObjectNode o = mapper.createObjectNode();
    o.put("actorText", a.text());
    o.put("code", a.code());
    putNullable(o, "country", a.country());
    putNullable(o, "sector", a.sector());
    return o;
  }

  private ObjectNode actor(ActorRef a) {
    ObjectNode o = mapper.createObjectNode();
    o.put("code", a.code());
    putNullable(o, "country", a.country());
    putNullable(o, "sector", a.sector());
    o.put("name", a.name());
    o.put("text", a.text());
    ArrayNode span = o.putArray("span");
    span.add(a.begin()).add(a.end());
    if (!a.members().isEmpty()) {
      ArrayNode m = o.putArray("members");
      a.members().forEach(m::add);
    }
    ArrayNode entries = o.putArray("entries");
    a.entries().forEach(entries::add);
    return o;
  }

  private ObjectNode location(Location l) {
    ObjectNode o = mapper.createObjectNode();
    o.put("name", l.name());
    putNullable(o, "feature", l.feature());
    putNullable(o, "country", l.country());
    putNullable(o, "admin1", l.admin1());
    if (l.lat() == null) {
      o.putNull("lat");
      o.putNull("lon");
    } else {
      o.put("lat", l.lat());
      o.put("lon", l.lon());
    }
    if (l.geonamesId() != null) {
      o.put("geonames_id", l.geonamesId());
    }
    o.put("from", l.from());
    o.put("text", l.text());
    o.put("confidence", l.confidence());
    return o;
  }

  private ArrayNode span(int[] s) {
    if (s == null) {
      return null;
    }
    ArrayNode a = mapper.createArrayNode();
    a.add(s[0]).add(s[1]);
    return a;
  }

  private static void putNullable(ObjectNode o, String key, String value) {
    if (value == null) {
      o.putNull(key);
    } else {
      o.put(key, value);
    }
  }
}
