package org.vigil.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Words that can start or anchor a dated time expression: months, weekdays, "yesterday", units
 * with "last"/"next"/"ago" ("last week", "two years ago"), seasons, holidays, years and written
 * dates. SUTime (about 6 ms of CPU a sentence) runs only on sentences that contain one (issue 5).
 * A superset on purpose: a cue that SUTime turns into nothing costs time, a missed one a date.
 * Stateless.
 */
final class TimeCues {
  private static final Set<String> WORDS = Set.of(
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
      "sept", "oct", "nov", "dec",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
      "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "weekday",
      "today", "tonight", "yesterday", "tomorrow", "ago", "day", "week", "weekend", "fortnight",
      "month", "year", "decade", "century", "quarter", "morning", "afternoon", "evening", "night",
      "overnight", "noon", "midday", "midnight", "dawn", "dusk", "hour", "minute",
      "spring", "summer", "autumn", "fall", "winter", "season",
      "christmas", "easter", "ramadan", "eid", "thanksgiving", "hanukkah", "passover", "diwali",
      "nowruz", "halloween", "a.m.", "p.m.", "gmt", "utc");
  /** A year, a decade, a written date or time, or a day of the month: 2021, 1990s, 7/8, 10:30, 21st. */
  private static final Pattern NUMERIC =
      Pattern.compile("(?:^|\\D)(?:1\\d|20|21)\\d\\d(?:s|\\D|$)|\\d[/:]\\d|^'\\d\\ds$|^\\d{1,2}(?:st|nd|rd|th)$");

  private TimeCues() {}

  /** True when one of the tokens may belong to a time expression. */
  static boolean any(List<CoreLabel> tokens) {
    for (CoreLabel token : tokens) {
      if (isCue(token.word()) || token.lemma() != null && isCue(token.lemma())) {
        return true;
      }
    }
    return false;
  }

  static boolean isCue(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (WORDS.contains(w) || WORDS.contains(stripDot(w))) {
      return true;
    }
    if (w.indexOf('-') > 0) {
      // "mid-March", "2024-25", "year-end"
      for (String part : w.split("-")) {
        if (!part.isEmpty() && (WORDS.contains(part) || NUMERIC.matcher(part).find())) {
          return true;
        }
      }
    }
    return NUMERIC.matcher(w).find();
  }

  private static String stripDot(String w) {
    return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
  }
}
