package org.vigil.core.store;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.vigil.core.event.ActorRef;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.Location;

/**
 * A stored event as the exports write it: the event, what its article says of where it came from,
 * and how often it was reported. Until events reported by many articles are merged into one, every
 * event counts one mention in one article of one source; the counts are here so that the export
 * formats (GDELT's NumMentions, NumSources, NumArticles) need not change when they are. Immutable
 * and thread-safe.
 *
 * <p>{@link #COLUMNS} and {@link #values()} are the flat table of an event (CSV, Parquet): one
 * scalar per column, lists joined with {@code ;}, null where the event has no value.
 *
 * @param event the coded event
 * @param url the article's url, empty when it has none
 * @param publisher the article's source (feed, publisher, file), empty when it has none
 * @param added when the article was stored, or null when not known
 * @param mentions how many times the event is mentioned, at least {@code articles}
 * @param sources how many sources report it, at least 1
 * @param articles how many articles report it, at least {@code sources}
 */
public record EventRow(
    CodedEvent event, String url, String publisher, Instant added, int mentions, int sources, int articles) {

  /** The columns of the flat table, in order; {@link #values()} gives one value for each. */
  public static final List<String> COLUMNS = List.of(
      "event_id", "article_id",
      "date", "date_end", "date_granularity", "date_from", "date_text",
      "source_code", "source_country", "source_sector", "source_name", "source_text",
      "target_code", "target_country", "target_sector", "target_name", "target_text",
      "cameo", "cameo_root", "quad_class", "goldstein",
      "plover_event", "plover_mode", "plover_contexts",
      "negated", "modality",
      "location_name", "location_feature", "location_country", "location_admin1",
      "location_lat", "location_lon", "location_geonames_id", "location_from",
      "sentence_index", "sentence", "pattern", "cues", "confidence", "issues",
      "article_url", "publisher", "added_at", "num_mentions", "num_sources", "num_articles");

  public EventRow {
    Objects.requireNonNull(event, "event");
    url = url == null ? "" : url;
    publisher = publisher == null ? "" : publisher;
    if (sources < 1) {
      throw new IllegalArgumentException("event row " + event.eventId() + ": sources must be at least 1, was "
          + sources);
    }
    if (articles < sources) {
      throw new IllegalArgumentException("event row " + event.eventId() + ": " + articles
          + " articles cannot come from " + sources + " sources");
    }
    if (mentions < articles) {
      throw new IllegalArgumentException("event row " + event.eventId() + ": " + mentions
          + " mentions cannot be in " + articles + " articles");
    }
  }

  /** The event as one mention in one article of one source. */
  public static EventRow of(CodedEvent event, String url, String publisher, Instant added) {
    return new EventRow(event, url, publisher, added, 1, 1, 1);
  }

  /**
   * The values of the flat table, one per {@link #COLUMNS} entry, in its order: {@code String},
   * {@code LocalDate} (dates), {@code Integer}, {@code Long} (GeoNames id), {@code Double},
   * {@code Boolean}, {@code Instant} ({@code added_at}), or null. Unmodifiable.
   */
  public List<Object> values() {
    CodedEvent e = event;
    ActorRef s = e.source();
    ActorRef t = e.target();
    Location l = e.location();
    Object[] v = {
      e.eventId(), e.articleId(),
      e.date().date(), e.date().end(), e.date().granularity().label(), e.date().from(), e.date().text(),
      s.code(), s.country(), s.sector(), s.name(), s.text(),
      t == null ? null : t.code(), t == null ? null : t.country(), t == null ? null : t.sector(),
      t == null ? null : t.name(), t == null ? null : t.text(),
      e.cameo(), e.cameoRoot(), e.quadClass(), e.goldstein(),
      e.plover().event(), e.plover().mode(), String.join(";", e.plover().contexts()),
      e.negated(), e.modality().label(),
      l == null ? null : l.name(), l == null ? null : l.feature(), l == null ? null : l.country(),
      l == null ? null : l.admin1(), l == null ? null : l.lat(), l == null ? null : l.lon(),
      l == null ? null : l.geonamesId(), l == null ? null : l.from(),
      e.evidence().sentenceIndex(), e.evidence().sentence(), e.evidence().pattern(),
      String.join(";", e.evidence().cues()), e.confidence(), String.join(";", e.issues()),
      url, publisher, added, mentions, sources, articles};
    return Collections.unmodifiableList(Arrays.asList(v));
  }
}
