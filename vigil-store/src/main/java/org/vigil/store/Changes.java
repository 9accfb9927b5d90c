package org.vigil.store;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.vigil.core.event.ActorRef;
import org.vigil.core.event.CodedEvent;

/**
 * What commits of a store wrote (issue 13, round 7): the dates and the countries (of either side)
 * of the events they stored, or {@code everything} when a commit cannot say (a re-coding, a
 * repair, a bulk load: events may have been taken away). An answer for a range of dates and a
 * country that no change {@linkplain #touches touches} is still right after them, so a response
 * cache can keep it across commits. The dates and the countries are kept apart, so a change of
 * events (D1, A) and (D2, B) touches an answer for D1 and B too: never too few, sometimes too many.
 *
 * @param everything whether any answer may have changed
 * @param dates the events' dates (their first day, as {@code from} and {@code to} filter them)
 * @param countries the events' countries, of the source and of the target
 */
public record Changes(boolean everything, SortedSet<LocalDate> dates, Set<String> countries) {
  /** No events written (an article without events, a rejection). */
  public static final Changes NONE = new Changes(false, new TreeSet<>(), Set.of());

  /** Anything may have changed. */
  public static final Changes EVERYTHING = new Changes(true, new TreeSet<>(), Set.of());

  public Changes {
    if (dates == null || countries == null) {
      throw new IllegalArgumentException("changes need their dates and countries (empty for none)");
    }
    dates = Collections.unmodifiableSortedSet(new TreeSet<>(dates));
    countries = Set.copyOf(countries);
  }

  /** The changes of storing {@code events}. */
  public static Changes of(Collection<CodedEvent> events) {
    SortedSet<LocalDate> dates = new TreeSet<>();
    Set<String> countries = new HashSet<>();
    for (CodedEvent e : events) {
      dates.add(e.date().date());
      country(e.source(), countries);
      country(e.target(), countries);
    }
    return new Changes(false, dates, countries);
  }

  private static void country(ActorRef actor, Set<String> into) {
    if (actor != null && actor.country() != null) {
      into.add(actor.country());
    }
  }

  /** These changes and {@code other}'s. */
  public Changes and(Changes other) {
    if (everything || other.everything) {
      return EVERYTHING;
    }
    if (other.dates.isEmpty()) {
      return this;
    }
    if (dates.isEmpty()) {
      return other;
    }
    SortedSet<LocalDate> d = new TreeSet<>(dates);
    d.addAll(other.dates);
    Set<String> c = new HashSet<>(countries);
    c.addAll(other.countries);
    return new Changes(false, d, c);
  }

  /**
   * Whether an answer about the events from {@code from} to {@code to} (either null: open) of
   * {@code country} (null: any) may have changed.
   */
  public boolean touches(LocalDate from, LocalDate to, String country) {
    if (everything) {
      return true;
    }
    if (dates.isEmpty() || (country != null && !countries.contains(country))) {
      return false;
    }
    if (from != null && to != null && to.isBefore(from)) {
      return false;
    }
    SortedSet<LocalDate> within = dates;
    if (from != null) {
      within = within.tailSet(from);
    }
    if (to != null) {
      within = within.headSet(to.plusDays(1));
    }
    return !within.isEmpty();
  }
}
