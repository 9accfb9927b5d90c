package org.vigil.pipeline.correction;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.vigil.coding.dictionary.CameoCatalog;
import org.vigil.coding.dictionary.CameoCode;
import org.vigil.core.article.Article;
import org.vigil.core.correction.CorrectedCoding;
import org.vigil.core.correction.Correction;
import org.vigil.core.correction.CorrectionStore;
import org.vigil.core.correction.OriginalCoding;
import org.vigil.core.correction.Verdict;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.Modality;

/**
 * Writes corrected articles as article gold, one JSON line per article with at least one
 * correction, in the format {@code vigil eval --gold} reads (docs/EVALUATION.md: {@code id},
 * {@code date}, {@code text}, {@code events}), so that corrections join the accuracy guard.
 *
 * <p>An article's gold events: for each corrected event, by its latest correction, the original
 * coding when it was right, the analyst's coding when wrong, nothing when there is no event
 * there; and, unless {@code reviewedOnly}, the article's other stored events as coded (marked
 * "not reviewed" in their note), leaving out those that restate a corrected event's sentence and
 * trigger (the same event coded again under another id). Each event's {@code note} names the
 * correction it comes from. Stateless.
 */
public final class GoldExport {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final CameoCatalog cameo;
  private final boolean reviewedOnly;

  /**
   * @param cameo gives each code's PLOVER type
   * @param reviewedOnly write only the events an analyst judged
   */
  public GoldExport(CameoCatalog cameo, boolean reviewedOnly) {
    this.cameo = Objects.requireNonNull(cameo, "cameo");
    this.reviewedOnly = reviewedOnly;
  }

  /** The records, one JSON object per corrected article whose article is still stored, oldest correction first. */
  public List<ObjectNode> records(CorrectionStore store, Function<String, Optional<Article>> articles,
      Function<String, List<CodedEvent>> eventsOf) {
    Map<String, Map<String, Correction>> byArticle = new LinkedHashMap<>();
    // oldest first: a later correction of the same event replaces an earlier one
    store.eachCorrection(c -> byArticle.computeIfAbsent(c.articleId(), a -> new LinkedHashMap<>()).put(c.eventId(), c));
    List<ObjectNode> out = new ArrayList<>();
    for (Map.Entry<String, Map<String, Correction>> e : byArticle.entrySet()) {
      Optional<Article> article = articles.apply(e.getKey());
      if (article.isEmpty()) {
        continue;
      }
      out.add(record(article.get(), e.getValue(), eventsOf.apply(e.getKey())));
    }
    return out;
  }

  /**
   * Writes the records as JSON Lines.
   *
   * @return the number of records written
   * @throws UncheckedIOException when {@code out} cannot be written
   */
  public int write(CorrectionStore store, Function<String, Optional<Article>> articles,
      Function<String, List<CodedEvent>> eventsOf, Writer out) {
    List<ObjectNode> records = records(store, articles, eventsOf);
    try {
      for (ObjectNode r : records) {
        out.write(JSON.writeValueAsString(r));
        out.write('\n');
      }
      out.flush();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the gold records: " + e.getMessage(), e);
    }
    return records.size();
  }

  private ObjectNode record(Article article, Map<String, Correction> corrections, List<CodedEvent> stored) {
    ObjectNode r = JSON.createObjectNode();
    r.put("id", article.id());
    r.put("date", article.date().toString());
    r.put("title", article.title());
    r.put("text", article.text());
    r.put("url", article.url());
    r.put("source", article.source());
    r.put("gold_from", "vigil corrections");
    r.putArray("corrections").addAll(corrections.values().stream()
        .map(c -> JSON.getNodeFactory().textNode(c.id())).toList());
    ArrayNode events = r.putArray("events");
    for (Correction c : corrections.values()) {
      if (c.verdict() == Verdict.RIGHT) {
        events.add(original(c));
      } else if (c.coding() != null) {
        events.add(corrected(c));
      }
    }
    if (!reviewedOnly) {
      Set<String> judged = corrections.values().stream()
          .map(c -> c.original().sentenceIndex() + "|" + c.original().trigger()).collect(Collectors.toSet());
      for (CodedEvent e : stored) {
        if (corrections.containsKey(e.eventId())
            || judged.contains(e.evidence().sentenceIndex() + "|" + OriginalCoding.of(e, article.text()).trigger())) {
          continue;
        }
        events.add(asCoded(e, article.text()));
      }
    }
    return r;
  }

  private ObjectNode original(Correction c) {
    OriginalCoding o = c.original();
    ObjectNode e = event(o.sentence(), o.trigger(), o.cameo(), o.source(), o.sourceText(), o.target(), o.targetText(),
        o.negated() ? "negated" : o.modality().label(), o.date().toString(), o.place(), o.placeCountry());
    e.put("note", "correction " + c.id() + " by " + c.analyst() + ": right" + (c.note().isEmpty() ? "" : "; " + c.note()));
    return e;
  }

  private ObjectNode corrected(Correction c) {
    OriginalCoding o = c.original();
    CorrectedCoding g = c.coding();
    // the written words stay with the actor when its code is kept; a new code has no words of its own
    ObjectNode e = event(o.sentence(), o.trigger(), g.cameo(), g.source(),
        g.source().equals(o.source()) ? o.sourceText() : null, g.target(),
        g.target() != null && g.target().equals(o.target()) ? o.targetText() : null,
        g.modality() == Modality.ASSERTED && o.negated() && g.cameo().equals(o.cameo()) ? "negated" : g.modality().label(),
        (g.date() == null ? o.date() : g.date()).toString(), g.place(),
        g.place() != null && g.place().equals(o.place()) ? o.placeCountry() : null);
    e.put("note", "correction " + c.id() + " by " + c.analyst() + ": was " + o.cameo() + " " + o.source() + " -> "
        + (o.target() == null ? "-" : o.target()) + (c.note().isEmpty() ? "" : "; " + c.note()));
    return e;
  }

  private ObjectNode asCoded(CodedEvent ev, String text) {
    OriginalCoding o = OriginalCoding.of(ev, text);
    ObjectNode e = event(o.sentence(), o.trigger(), o.cameo(), o.source(), o.sourceText(), o.target(), o.targetText(),
        o.negated() ? "negated" : o.modality().label(), o.date().toString(), o.place(), o.placeCountry());
    e.put("note", "not reviewed: as coded (event " + ev.eventId() + ")");
    return e;
  }

  private ObjectNode event(String sentence, String trigger, String code, String source, String sourceText,
      String target, String targetText, String modality, String date, String place, String placeCountry) {
    ObjectNode e = JSON.createObjectNode();
    e.put("sentence", sentence);
    if (trigger.isEmpty()) {
      e.putNull("trigger");
    } else {
      e.put("trigger", trigger);
    }
    e.set("source", actor(sourceText, source));
    if (target == null) {
      e.putNull("target");
    } else {
      e.set("target", actor(targetText, target));
    }
    Optional<CameoCode> known = cameo.findOrParent(code);
    if (known.isPresent()) {
      e.put("plover", known.get().ploverEvent());
    } else {
      e.putNull("plover");
    }
    e.put("cameo", code);
    e.put("modality", modality);
    e.put("date", date);
    e.put("date_granularity", "day");
    if (place == null) {
      e.putNull("place");
    } else {
      ObjectNode p = e.putObject("place");
      p.put("name", place);
      if (placeCountry == null) {
        p.putNull("country");
      } else {
        p.put("country", placeCountry);
      }
    }
    return e;
  }

  private static ObjectNode actor(String text, String code) {
    ObjectNode a = JSON.createObjectNode();
    if (text == null || text.isEmpty()) {
      a.putNull("text");
    } else {
      a.put("text", text);
    }
    a.put("code", code);
    return a;
  }
}
