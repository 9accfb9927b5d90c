package org.vigil.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.vigil.core.text.CalendarWords;

/**
 * Words that can make a dated time expression: month and weekday names, "yesterday", units with
 * a word that places them ("last week", "two years ago", "the beginning of the year"), seasons, holidays, years
 * and written dates and times. SUTime (about 6 ms of CPU a sentence) runs only on sentences that
 * contain one (issue 5). On the VOA corpus they find all but two of the 662 sentences where
 * SUTime finds a date (those two were SUTime's mistakes: "three to four villages"). Stateless.
 */
final class TimeCues {
  /** Holidays that date a day: cues only when capitalised, as month and weekday names are. */
  private static final Set<String> HOLIDAYS = Set.of(
      "christmas", "easter", "ramadan", "eid", "thanksgiving", "hanukkah", "passover", "diwali",
      "nowruz", "halloween");
  /** Words that are dates by themselves. */
  private static final Set<String> DATES = Set.of(
      "today", "tonight", "yesterday", "tomorrow", "overnight", "noon", "midday", "midnight",
      "morning", "afternoon", "evening", "night", "dawn", "dusk", "a.m.", "p.m.", "gmt", "utc");
  /** Units, which name a date only with a word that places them ("last week", "a year ago"). */
  private static final Set<String> UNITS = Set.of(
      "day", "week", "weekend", "fortnight", "month", "year", "decade", "century", "quarter",
      "hour", "minute", "spring", "summer", "autumn", "fall", "winter", "season", "weekday");
  /** Words that place a unit in time, before it ("last week") or after it ("a year ago"). */
  private static final Set<String> PLACING = Set.of(
      "last", "next", "this", "that", "past", "previous", "coming", "following", "same", "early",
      "earlier", "late", "later", "mid", "end", "ago", "before", "after", "current", "recent",
      "upcoming", "first", "second", "third", "fourth", "final", "the", "new", "beginning", "start",
      "middle");
  /** A year, a decade, a written date or time, or a day of the month: 2021, 1990s, 7/8, 10:30, 21st. */
  private static final Pattern NUMERIC = Pattern.compile(
      "(?:^|\\D)(?:1\\d|20|21)\\d\\d(?:s|\\D|$)|\\d[/:]\\d|^'\\d\\ds$|^\\d{1,2}(?:st|nd|rd|th)$");

  private TimeCues() {}

  /** True when the tokens may hold a dated time expression. */
  static boolean any(List<CoreLabel> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      if (isCue(tokens, i)) {
        return true;
      }
    }
    return false;
  }

  static boolean isCue(List<CoreLabel> tokens, int i) {
    String word = tokens.get(i).word();
    String lower = word.toLowerCase(Locale.ROOT);
    String lemma = tokens.get(i).lemma() == null ? lower : tokens.get(i).lemma().toLowerCase(Locale.ROOT);
    if (DATES.contains(lower) || DATES.contains(lemma) || NUMERIC.matcher(lower).find()) {
      return true;
    }
    if (Character.isUpperCase(word.codePointAt(0)) && (calendarName(lower) || HOLIDAYS.contains(lower))) {
      return true;
    }
    if (UNITS.contains(lemma) || UNITS.contains(lower)) {
      return placed(tokens, i);
    }
    // "mid-March", "2024-25", "year-end"
    if (lower.indexOf('-') > 0) {
      for (String part : lower.split("-")) {
        if (calendarName(part) || HOLIDAYS.contains(part) || UNITS.contains(part) || DATES.contains(part)) {
          return true;
        }
      }
    }
    return false;
  }

  /** A word within three tokens before the unit, or right after it, places it in time. */
  private static boolean placed(List<CoreLabel> tokens, int unit) {
    for (int k = Math.max(0, unit - 3); k <= Math.min(tokens.size() - 1, unit + 1); k++) {
      if (k != unit && PLACING.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** A month's or a weekday's name, in full or abbreviated ("Sept.", "Thurs"). */
  private static boolean calendarName(String w) {
    return CalendarWords.isMonth(w) || CalendarWords.isWeekday(w);
  }
}
