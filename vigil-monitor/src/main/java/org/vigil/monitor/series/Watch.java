package org.vigil.monitor.series;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.vigil.core.event.ActorRef;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.Location;

/**
 * What to keep watch on: a watch selects the coded events that concern it and pass its
 * {@link Filter}; {@link SeriesBuilder} counts them. Every watch is an immutable record, thread-safe
 * as long as the functions it is given are.
 */
public sealed interface Watch {
  /** A name for reports ("country TJK", "dyad ARM-AZE"). */
  String name();

  /** Which of the events that concern the watch count. */
  Filter filter();

  /** Whether the event concerns the watch, before the filter. */
  boolean concerns(CodedEvent e);

  /** Whether the event concerns the watch and passes its filter. */
  default boolean selects(CodedEvent e) {
    return concerns(e) && filter().accepts(e);
  }

  private static boolean isOf(ActorRef actor, String country) {
    return actor != null && country.equals(actor.country());
  }

  private static boolean side(ActorRef actor, String side) {
    return actor != null && (actor.code().startsWith(side) || side.equals(actor.country()));
  }

  private static String checked(String value, String what) {
    Objects.requireNonNull(value, what);
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return value;
  }

  /** Events in a country or by or against its actors: the source's, target's or location's country is it. */
  record CountryWatch(String country, Filter filter) implements Watch {
    public CountryWatch {
      checked(country, "country watch's country");
      Objects.requireNonNull(filter, "filter");
    }

    @Override
    public String name() {
      return "country " + country;
    }

    @Override
    public boolean concerns(CodedEvent e) {
      return Watch.isOf(e.source(), country) || Watch.isOf(e.target(), country)
          || (e.location() != null && country.equals(e.location().country()));
    }
  }

  /**
   * Events between two sides, each an actor code, its prefix or a country: from {@code a} to
   * {@code b}, and also from {@code b} to {@code a} unless {@code directed}.
   */
  record DyadWatch(String a, String b, boolean directed, Filter filter) implements Watch {
    public DyadWatch {
      checked(a, "dyad watch's first side");
      checked(b, "dyad watch's second side");
      Objects.requireNonNull(filter, "filter");
    }

    @Override
    public String name() {
      return "dyad " + a + (directed ? ">" : "-") + b;
    }

    @Override
    public boolean concerns(CodedEvent e) {
      return (side(e.source(), a) && side(e.target(), b)) || (!directed && side(e.source(), b) && side(e.target(), a));
    }
  }

  /**
   * Events of an alliance or organisation: the source's, target's or location's country is a member
   * on the event's date ({@code members} gives the member states, ISO-3, of a day; it must not
   * return null), or an actor is the organisation itself ({@code code}, e.g. {@code IGOCSTO}).
   */
  record AllianceWatch(String code, Function<LocalDate, Set<String>> members, Filter filter) implements Watch {
    public AllianceWatch {
      checked(code, "alliance watch's code");
      Objects.requireNonNull(members, "members");
      Objects.requireNonNull(filter, "filter");
    }

    @Override
    public String name() {
      return "alliance " + code;
    }

    @Override
    public boolean concerns(CodedEvent e) {
      if ((e.source() != null && code.equals(e.source().code())) || (e.target() != null && code.equals(e.target().code()))) {
        return true;
      }
      Set<String> on = Objects.requireNonNull(members.apply(e.date().date()),
          () -> "alliance " + code + " has no member list for " + e.date().date());
      // an organisation or a group has no country; immutable sets refuse contains(null)
      return (e.source() != null && e.source().country() != null && on.contains(e.source().country()))
          || (e.target() != null && e.target().country() != null && on.contains(e.target().country()))
          || (e.location() != null && e.location().country() != null && on.contains(e.location().country()));
    }
  }

  /**
   * Events in the border region of two countries: located in one of them, at a place that
   * {@code nearBorder} accepts (the caller's, e.g. from vigil-geo's border regions). Events without
   * a location are not in it.
   */
  record BorderWatch(String a, String b, Predicate<Location> nearBorder, Filter filter) implements Watch {
    public BorderWatch {
      checked(a, "border watch's first country");
      checked(b, "border watch's second country");
      Objects.requireNonNull(nearBorder, "nearBorder");
      Objects.requireNonNull(filter, "filter");
    }

    @Override
    public String name() {
      return "border " + a + "-" + b;
    }

    @Override
    public boolean concerns(CodedEvent e) {
      Location l = e.location();
      return l != null && (a.equals(l.country()) || b.equals(l.country())) && nearBorder.test(l);
    }
  }

  /** Events at one of a list of places, by name (any case) as the locator gave it. */
  record PlacesWatch(String label, Set<String> places, Filter filter) implements Watch {
    public PlacesWatch {
      checked(label, "places watch's label");
      places = places.stream().map(p -> checked(p, "place").toLowerCase(Locale.ROOT))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());
      if (places.isEmpty()) {
        throw new IllegalArgumentException("places watch " + label + " has no places");
      }
      Objects.requireNonNull(filter, "filter");
    }

    @Override
    public String name() {
      return "places " + label;
    }

    @Override
    public boolean concerns(CodedEvent e) {
      return e.location() != null && e.location().name() != null
          && places.contains(e.location().name().toLowerCase(Locale.ROOT));
    }
  }
}
