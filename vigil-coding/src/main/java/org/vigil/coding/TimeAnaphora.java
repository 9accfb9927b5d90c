package org.vigil.coding;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.core.event.DateGranularity;
import org.vigil.core.event.EventDate;
import org.vigil.core.text.Dependency;
import org.vigil.core.text.Sentence;
import org.vigil.core.text.TimeExpression;
import org.vigil.core.text.Token;

/**
 * Time adverbials that point back to the story's time rather than to the article's (issue 11,
 * round 11): an offset ("Days later, ...", "Two weeks later, ...", "Three days after the president
 * took office, ...") counts from the story's latest time, not from the article date SUTime counts
 * it from; a pointer ("There, ...", "Then ...") stands for the time the story has just named ("the
 * summit held in February. There, ..."). The arithmetic is done on SUTime's values: the offset is
 * the distance SUTime put between the article date and the expression ("Days later" in an article
 * of 5 July is 6 July: one day), or the duration it gives ({@code P3D}); the result keeps the
 * anchor's granularity (a month stays a month), and a vague offset ("days", "several months")
 * widens it to the next unit up. Stateless.
 */
final class TimeAnaphora {
  private static final Pattern DAY = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})$");
  /** A duration whose amount SUTime could not tell: "days", "several months" ({@code PXD}, {@code PXM}). */
  private static final Pattern VAGUE_DURATION = Pattern.compile("^PX([DWMY])$");
  /** Words that make an offset's amount vague. */
  private static final Set<String> VAGUE = Set.of("several", "few", "some", "many", "days", "weeks", "months", "years");
  /** Words of an exact amount of one: "a day later", "one week after". */
  private static final Set<String> ONE = Set.of("a", "an", "one");
  /** Pointers that open a sentence and stand for the story's last named time. */
  private static final Set<String> POINTERS = Set.of("there", "then");
  /** Conjunctions a pointer may follow: "And there, ...". */
  private static final Set<String> OPENERS = Set.of("and", "but", "so");

  private TimeAnaphora() {}

  /** An offset expression of the sentence with the distance it names, or null. */
  record Offset(TimeExpression expression, Period period, DateGranularity unit, boolean vague) {}

  /**
   * The sentence's first offset from another time: a date SUTime gives for "... later" (counted
   * from the article), or a duration followed by "after" or "later" ("Three days after ..."); null
   * when there is none.
   */
  static Offset offset(Sentence s, LocalDate articleDate) {
    List<Token> tokens = s.tokens();
    for (TimeExpression t : s.times()) {
      int last = Math.min(t.tokenEnd(), tokens.size()) - 1;
      if (last < t.tokenBegin()) {
        continue;
      }
      String lastWord = tokens.get(last).word().toLowerCase(Locale.ROOT);
      String next = t.tokenEnd() < tokens.size() ? tokens.get(t.tokenEnd()).word().toLowerCase(Locale.ROOT) : "";
      DateGranularity unit = unit(tokens, t);
      if (unit == null) {
        continue;
      }
      boolean vague = vague(tokens, t);
      if (t.type().equals("DATE") && lastWord.equals("later")) {
        Matcher m = DAY.matcher(t.value());
        if (m.find()) {
          LocalDate d = LocalDate.parse(t.value());
          Period p = Period.between(articleDate, d);
          if (!p.isNegative() && !p.isZero()) {
            return new Offset(t, p, unit, vague);
          }
        }
      } else if (t.type().equals("DURATION") && (next.equals("after") || next.equals("later"))) {
        Period p = vague ? one(unit) : duration(t.value());
        if (p != null && !p.isNegative() && !p.isZero()) {
          return new Offset(t, p, unit, vague || VAGUE_DURATION.matcher(t.value()).find());
        }
      }
    }
    return null;
  }

  /**
   * The date {@code offset} after {@code anchor}: the anchor's first day moved by the offset, at
   * the anchor's granularity, or the next unit above the offset's when that is coarser and the
   * offset is vague; null when it would fall after the article date (a past event cannot).
   */
  static EventDate after(EventDate anchor, Offset offset, LocalDate articleDate) {
    LocalDate day = anchor.date().plus(offset.period());
    DateGranularity g = anchor.granularity();
    if (offset.vague()) {
      DateGranularity wider = wider(offset.unit());
      if (wider.compareTo(g) > 0) {
        g = wider;
      }
    }
    EventDate d = widen(day, g, offset.expression().text());
    return d.date().isAfter(articleDate) ? null : d;
  }

  /**
   * Whether the sentence opens with a pointer to the story's last named time: "There, the leader
   * asked ...", "Then the army withdrew" ("There is ..." and "then" inside a clause are not).
   */
  static boolean pointsBack(SentenceGraph g) {
    List<Token> tokens = g.sentence.tokens();
    int i = 0;
    while (i < tokens.size() && OPENERS.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
      i++;
    }
    if (i >= tokens.size() || !POINTERS.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
      return false;
    }
    Dependency h = g.head(i);
    if (h == null || h.governor() < 0 || !h.relation().equals("advmod") || !g.token(h.governor()).isVerb()) {
      return false;
    }
    // "There, X asked ...": the place pointer needs its comma, else it is "There [he] asked" at best
    return tokens.get(i).word().equalsIgnoreCase("then")
        || i + 1 < tokens.size() && tokens.get(i + 1).word().equals(",");
  }

  /**
   * Whether the sentence may hold an offset, by its words alone (before SUTime): a unit of time
   * followed by "later" or "after" ("days later", "three weeks after").
   */
  static boolean offsetCue(Sentence s) {
    List<Token> tokens = s.tokens();
    for (int i = 0; i + 1 < tokens.size(); i++) {
      String next = tokens.get(i + 1).word().toLowerCase(Locale.ROOT);
      if ((next.equals("later") || next.equals("after")) && unitOf(tokens.get(i)) != null) {
        return true;
      }
    }
    return false;
  }

  /** The date range of granularity {@code g} that holds {@code day}. */
  static EventDate widen(LocalDate day, DateGranularity g, String text) {
    LocalDate from = switch (g) {
      case DAY -> day;
      case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> day.withDayOfMonth(1);
      case YEAR -> day.withDayOfYear(1);
      case DECADE -> LocalDate.of(day.getYear() / 10 * 10, 1, 1);
    };
    LocalDate to = switch (g) {
      case DAY -> day;
      case WEEK -> from.plusDays(6);
      case MONTH -> from.plusMonths(1).minusDays(1);
      case YEAR -> from.plusYears(1).minusDays(1);
      case DECADE -> from.plusYears(10).minusDays(1);
    };
    String timex = switch (g) {
      case DAY, WEEK -> from.toString();
      case MONTH -> from.toString().substring(0, 7);
      case YEAR -> String.valueOf(from.getYear());
      case DECADE -> from.getYear() / 10 + "X";
    };
    return new EventDate(from, to, g, true, text, timex, true);
  }

  private static DateGranularity unit(List<Token> tokens, TimeExpression t) {
    for (int i = t.tokenBegin(); i < t.tokenEnd() && i < tokens.size(); i++) {
      DateGranularity u = unitOf(tokens.get(i));
      if (u != null) {
        return u;
      }
    }
    return null;
  }

  /** The unit a word of time names ("days": DAY), by its lemma or, without one, its word. */
  private static DateGranularity unitOf(Token t) {
    String w = (t.lemma() != null ? t.lemma() : t.word()).toLowerCase(Locale.ROOT);
    return switch (w.endsWith("s") ? w.substring(0, w.length() - 1) : w) {
      case "day" -> DateGranularity.DAY;
      case "week" -> DateGranularity.WEEK;
      case "month" -> DateGranularity.MONTH;
      case "year" -> DateGranularity.YEAR;
      default -> null;
    };
  }

  /** Whether the offset's amount is vague: no number nor "a", or "several", "a few", bare "days". */
  private static boolean vague(List<Token> tokens, TimeExpression t) {
    boolean amount = false;
    for (int i = t.tokenBegin(); i < t.tokenEnd() && i < tokens.size(); i++) {
      Token k = tokens.get(i);
      String w = k.word().toLowerCase(Locale.ROOT);
      if (w.equals("several") || w.equals("few") || w.equals("some") || w.equals("many")) {
        return true;
      }
      if (k.pos().equals("CD") || ONE.contains(w)) {
        amount = true;
      }
    }
    return !amount && VAGUE.stream().anyMatch(v -> t.text().toLowerCase(Locale.ROOT).contains(v));
  }

  private static Period duration(String value) {
    try {
      return Period.parse(value);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static Period one(DateGranularity unit) {
    return switch (unit) {
      case DAY -> Period.ofDays(1);
      case WEEK -> Period.ofWeeks(1);
      case MONTH -> Period.ofMonths(1);
      default -> Period.ofYears(1);
    };
  }

  private static DateGranularity wider(DateGranularity unit) {
    return switch (unit) {
      case DAY -> DateGranularity.WEEK;
      case WEEK -> DateGranularity.MONTH;
      case MONTH -> DateGranularity.YEAR;
      default -> DateGranularity.DECADE;
    };
  }
}
