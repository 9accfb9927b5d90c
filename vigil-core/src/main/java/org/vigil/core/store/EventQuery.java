package org.vigil.core.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.vigil.core.event.Modality;

/**
 * A filter over stored events: every non-null field narrows the result, null fields do not filter.
 * Build one with {@link #builder()}; the seven-field constructor is kept for the command line.
 * Immutable and thread-safe; it checks itself and names the bad value.
 *
 * @param country ISO-3 country of the source or the target
 * @param actor actor code prefix of the source or the target ({@code RUS}, {@code IGOCSTO})
 * @param cameo CAMEO code prefix ({@code 02}, {@code 0233})
 * @param from first event date, inclusive
 * @param to last event date, inclusive
 * @param articleId only events of this article
 * @param limit at most this many events, newest first; must be positive
 * @param source actor code prefix of the source (one side of a dyad)
 * @param target actor code prefix of the target (the other side of a dyad)
 * @param cameoRoot the two-digit CAMEO root ({@code 19})
 * @param ploverType the PLOVER event type ({@code ASSAULT}), in any case
 * @param quadClass the QuadClass, 1..4
 * @param modality how the text states the event
 * @param bbox the event's location lies in this box
 * @param place the event's place name, admin region or country code, in any case
 * @param alliance a member of the alliance on the event's date is the source or the target, or the
 *     alliance itself acts or is acted on
 * @param minConfidence the coder's confidence is at least this, 0..1
 * @param after only events after this position in the store's order (cursor pagination)
 */
public record EventQuery(
    String country, String actor, String cameo, LocalDate from, LocalDate to, String articleId, int limit,
    String source, String target, String cameoRoot, String ploverType, Integer quadClass, Modality modality,
    BoundingBox bbox, String place, Alliance alliance, Double minConfidence, Cursor after) {

  /** A box of longitudes and latitudes in degrees, west to east and south to north. */
  public record BoundingBox(double minLon, double minLat, double maxLon, double maxLat) {
    public BoundingBox {
      if (minLon < -180 || maxLon > 180 || minLon > maxLon) {
        throw new IllegalArgumentException("bbox longitudes must be -180 <= minLon <= maxLon <= 180, were "
            + minLon + " and " + maxLon);
      }
      if (minLat < -90 || maxLat > 90 || minLat > maxLat) {
        throw new IllegalArgumentException("bbox latitudes must be -90 <= minLat <= maxLat <= 90, were "
            + minLat + " and " + maxLat);
      }
    }
  }

  /** A country's membership of an alliance between two dates (null: open), inclusive. */
  public record Membership(String country, LocalDate from, LocalDate to) {
    public Membership {
      Objects.requireNonNull(country, "country");
      if (from != null && to != null && to.isBefore(from)) {
        throw new IllegalArgumentException("membership of " + country + " ends (" + to + ") before it starts (" + from + ")");
      }
    }
  }

  /** An alliance (an organisation's actor code) and its dated memberships. */
  public record Alliance(String code, List<Membership> members) {
    public Alliance {
      Objects.requireNonNull(code, "code");
      if (code.isBlank()) {
        throw new IllegalArgumentException("alliance code must not be blank");
      }
      members = List.copyOf(members);
    }
  }

  /** A position in the store's order of events: the last event of a page, by its date and id. */
  public record Cursor(LocalDate date, String eventId) {
    public Cursor {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(eventId, "eventId");
    }
  }

  public EventQuery {
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive, was " + limit);
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("query ends (" + to + ") before it starts (" + from + ")");
    }
    if (quadClass != null && (quadClass < 1 || quadClass > 4)) {
      throw new IllegalArgumentException("quad class must be 1..4, was " + quadClass);
    }
    if (minConfidence != null && (minConfidence < 0 || minConfidence > 1 || minConfidence.isNaN())) {
      throw new IllegalArgumentException("minimum confidence must be in [0, 1], was " + minConfidence);
    }
    if (cameoRoot != null && !cameoRoot.matches("\\d{2}")) {
      throw new IllegalArgumentException("CAMEO root must be two digits, was " + cameoRoot);
    }
  }

  /** The filter of {@code vigil events}: country, actor, CAMEO prefix, dates and article. */
  public EventQuery(String country, String actor, String cameo, LocalDate from, LocalDate to, String articleId,
      int limit) {
    this(country, actor, cameo, from, to, articleId, limit, null, null, null, null, null, null, null, null, null,
        null, null);
  }

  /** Everything, up to {@code limit} events. */
  public static EventQuery all(int limit) {
    return builder().limit(limit).build();
  }

  /** A builder with no filter and a limit of 100. */
  public static Builder builder() {
    return new Builder();
  }

  /** The same query for the events after {@code cursor} (null: from the start). */
  public EventQuery after(Cursor cursor) {
    return new EventQuery(country, actor, cameo, from, to, articleId, limit, source, target, cameoRoot, ploverType,
        quadClass, modality, bbox, place, alliance, minConfidence, cursor);
  }

  /** The same query with another limit. */
  public EventQuery withLimit(int value) {
    return new EventQuery(country, actor, cameo, from, to, articleId, value, source, target, cameoRoot, ploverType,
        quadClass, modality, bbox, place, alliance, minConfidence, after);
  }

  /** Builds an {@link EventQuery}; each setter checks its value at once. Not thread-safe. */
  public static final class Builder {
    private String country;
    private String actor;
    private String cameo;
    private LocalDate from;
    private LocalDate to;
    private String articleId;
    private int limit = 100;
    private String source;
    private String target;
    private String cameoRoot;
    private String ploverType;
    private Integer quadClass;
    private Modality modality;
    private BoundingBox bbox;
    private String place;
    private Alliance alliance;
    private Double minConfidence;
    private Cursor after;

    private Builder() {}

    public Builder country(String value) {
      this.country = value;
      return this;
    }

    public Builder actor(String value) {
      this.actor = value;
      return this;
    }

    public Builder cameo(String value) {
      if (value != null && !value.matches("\\d{1,4}[A-Z]?")) {
        throw new IllegalArgumentException("CAMEO code must be 1 to 4 digits, was " + value);
      }
      this.cameo = value;
      return this;
    }

    public Builder from(LocalDate value) {
      this.from = value;
      return this;
    }

    public Builder to(LocalDate value) {
      this.to = value;
      return this;
    }

    public Builder articleId(String value) {
      this.articleId = value;
      return this;
    }

    public Builder limit(int value) {
      if (value <= 0) {
        throw new IllegalArgumentException("limit must be positive, was " + value);
      }
      this.limit = value;
      return this;
    }

    /** A dyad: source and target actor code prefixes, either may be null. */
    public Builder dyad(String sourcePrefix, String targetPrefix) {
      this.source = sourcePrefix;
      this.target = targetPrefix;
      return this;
    }

    public Builder cameoRoot(String value) {
      if (value != null && !value.matches("\\d{2}")) {
        throw new IllegalArgumentException("CAMEO root must be two digits, was " + value);
      }
      this.cameoRoot = value;
      return this;
    }

    public Builder ploverType(String value) {
      this.ploverType = value;
      return this;
    }

    public Builder quadClass(Integer value) {
      if (value != null && (value < 1 || value > 4)) {
        throw new IllegalArgumentException("quad class must be 1..4, was " + value);
      }
      this.quadClass = value;
      return this;
    }

    public Builder modality(Modality value) {
      this.modality = value;
      return this;
    }

    public Builder bbox(BoundingBox value) {
      this.bbox = value;
      return this;
    }

    public Builder place(String value) {
      this.place = value;
      return this;
    }

    public Builder alliance(Alliance value) {
      this.alliance = value;
      return this;
    }

    public Builder minConfidence(Double value) {
      if (value != null && (value.isNaN() || value < 0 || value > 1)) {
        throw new IllegalArgumentException("minimum confidence must be in [0, 1], was " + value);
      }
      this.minConfidence = value;
      return this;
    }

    public Builder after(Cursor value) {
      this.after = value;
      return this;
    }

    public EventQuery build() {
      return new EventQuery(country, actor, cameo, from, to, articleId, limit, source, target, cameoRoot, ploverType,
          quadClass, modality, bbox, place, alliance, minConfidence, after);
    }
  }
}
