package org.vigil.core.coding;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.core.event.DateGranularity;
import org.vigil.core.event.EventDate;
import org.vigil.core.text.Dependency;
import org.vigil.core.text.TimeExpression;

/**
 * Dates an event from the time expression of its clause, as the annotator normalised it (TIMEX3
 * values such as {@code 2021-07-08}, {@code 2021-W26}, {@code 2021-06}), or from the article date.
 * Stateless.
 */
final class EventDates {
  private static final Pattern DAY = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})");
  private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");
  private static final Pattern YEAR = Pattern.compile("^(\\d{4})$");

  private EventDates() {}

  /** The date of the event triggered at {@code trigger}. */
  static EventDate date(SentenceGraph g, int trigger, LocalDate articleDate) {
    int cur = trigger;
    for (int step = 0; step < 5 && cur >= 0; step++) {
      EventDate d = attached(g, cur, articleDate);
      if (d != null) {
        return d;
      }
      Dependency h = g.head(cur);
      if (h == null || h.governor() < 0) {
        break;
      }
      String r = h.relation();
      if (!(r.equals("xcomp") || r.equals("ccomp") || r.startsWith("acl") || r.equals("conj") || r.startsWith("advcl:to"))) {
        break;
      }
      cur = h.governor();
    }
    return EventDate.ofArticle(articleDate);
  }

  private static EventDate attached(SentenceGraph g, int clause, LocalDate articleDate) {
    for (TimeExpression t : g.sentence.times()) {
      if (!t.type().equals("DATE") && !t.type().equals("TIME")) {
        continue;
      }
      for (int tok = t.tokenBegin(); tok < t.tokenEnd() && tok < g.size(); tok++) {
        for (Dependency d : g.parents(tok)) {
          if (d.governor() == clause && !d.relation().startsWith("nsubj") && !d.relation().equals("obj")) {
            EventDate resolved = resolve(t, articleDate);
            if (resolved != null) {
              return resolved;
            }
          }
        }
      }
    }
    return null;
  }

  /** Turns a TIMEX3 value into a dated range, or null when it names no usable date. */
  static EventDate resolve(TimeExpression t, LocalDate articleDate) {
    String v = t.value();
    try {
      Matcher m = DAY.matcher(v);
      if (m.find()) {
        LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        return new EventDate(d, d, DateGranularity.DAY, true, t.text(), v);
      }
      m = WEEK.matcher(v);
      if (m.find()) {
        LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 6, 1)
            .with(IsoFields.WEEK_BASED_YEAR, Integer.parseInt(m.group(1)))
            .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new EventDate(monday, monday.plusDays(6), DateGranularity.WEEK, true, t.text(), v);
      }
      m = MONTH.matcher(v);
      if (m.find()) {
        YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        return new EventDate(ym.atDay(1), ym.atEndOfMonth(), DateGranularity.MONTH, true, t.text(), v);
      }
      m = YEAR.matcher(v);
      if (m.find()) {
        int y = Integer.parseInt(m.group(1));
        // A bare year far from the article is more likely a number than a date.
        if (Math.abs(y - articleDate.getYear()) > 30) {
          return null;
        }
        return new EventDate(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), DateGranularity.YEAR, true, t.text(), v);
      }
    } catch (java.time.DateTimeException | NumberFormatException e) {
      return null;
    }
    return null;
  }
}
