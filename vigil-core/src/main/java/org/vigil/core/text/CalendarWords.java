package org.vigil.core.text;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The names of months and weekdays as English news writes them, in full and abbreviated, with or
 * without the abbreviation's dot. The names come from {@code java.time} in English; the news
 * abbreviations it lacks ("Sept.", "Tues.", "Thurs.") are added. One list for the stages that must
 * tell a calendar word from a name: the time-cue triage, the geoparser (May, Sunday and March are
 * also places and surnames) and the coder's vetoes. Stateless.
 */
public final class CalendarWords {
  private static final Set<String> MONTHS_IN_FULL = names(Month.values(), TextStyle.FULL);
  private static final Set<String> WEEKDAYS_IN_FULL = names(DayOfWeek.values(), TextStyle.FULL);
  private static final Set<String> MONTHS = union(MONTHS_IN_FULL, names(Month.values(), TextStyle.SHORT),
      Set.of("sept"));
  private static final Set<String> WEEKDAYS = union(WEEKDAYS_IN_FULL, names(DayOfWeek.values(), TextStyle.SHORT),
      Set.of("tues", "thur", "thurs"));

  private CalendarWords() {
  }

  /** Whether the word is a month's name, in full or abbreviated ("March", "Mar.", "sept"); any case. */
  public static boolean isMonth(String word) {
    return MONTHS.contains(key(word));
  }

  /** Whether the word is a weekday's name, in full or abbreviated ("Thursday", "Thurs."); any case. */
  public static boolean isWeekday(String word) {
    return WEEKDAYS.contains(key(word));
  }

  /** Whether the word is a month's or a weekday's name written in full ("May", "Sunday"); any case. */
  public static boolean isFullName(String word) {
    String key = word.toLowerCase(Locale.ROOT);
    return MONTHS_IN_FULL.contains(key) || WEEKDAYS_IN_FULL.contains(key);
  }

  private static String key(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
  }

  private static Set<String> names(Month[] months, TextStyle style) {
    return Arrays.stream(months).map(m -> m.getDisplayName(style, Locale.ENGLISH).toLowerCase(Locale.ROOT))
        .collect(Collectors.toUnmodifiableSet());
  }

  private static Set<String> names(DayOfWeek[] days, TextStyle style) {
    return Arrays.stream(days).map(d -> d.getDisplayName(style, Locale.ENGLISH).toLowerCase(Locale.ROOT))
        .collect(Collectors.toUnmodifiableSet());
  }

  @SafeVarargs
  private static Set<String> union(Set<String>... sets) {
    Set<String> out = new HashSet<>();
    for (Set<String> s : sets) {
      out.addAll(s);
    }
    return Set.copyOf(out);
  }
}
