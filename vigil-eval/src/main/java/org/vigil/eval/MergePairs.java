package org.vigil.eval;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Pair scoring of event merging (issue 13, docs/ACCURACY.md "Merging events of many articles"):
 * over pairs of matched predictions from different articles, whether the merger put them in one
 * merged event against whether their gold events are the same real event ({@link #sameEvent}).
 * Stateless.
 */
final class MergePairs {
  private MergePairs() {}

  /**
   * One prediction matched to a gold event.
   *
   * @param article the article's id
   * @param merged the id of the merged event the merger put the prediction in
   * @param gold the gold event it is matched to
   * @param predicted the prediction, described, for the examples
   * @param block the merger's block of the prediction ({@code source|target|type|root|stated}), or
   *     empty when unknown
   */
  record Matched(String article, String merged, ArticleGold.Event gold, String predicted, String block) {
    Matched(String article, String merged, ArticleGold.Event gold, String predicted) {
      this(article, merged, gold, predicted, "");
    }

    Matched {
      block = block == null ? "" : block;
      Objects.requireNonNull(article, "article");
      Objects.requireNonNull(merged, "merged");
      Objects.requireNonNull(gold, "gold");
      predicted = predicted == null ? "" : predicted;
    }
  }

  /**
   * Scores every pair of {@code matched} from different articles that are both in the split.
   *
   * @param inSplit whether an article id is in the split
   * @param dayWindow the gold rule's most days between the two events' date ranges
   * @param examples how many wrong merges and missed merges to keep, each
   */
  static MergeReport.Pairs score(List<Matched> matched, Predicate<String> inSplit, int dayWindow, int examples) {
    long merged = 0;
    long mergedRight = 0;
    long same = 0;
    long sameMerged = 0;
    List<String> wrong = new ArrayList<>();
    List<String> missed = new ArrayList<>();
    java.util.Map<String, Long> why = new java.util.TreeMap<>();
    List<Matched> in = matched.stream().filter(m -> inSplit.test(m.article())).toList();
    for (int i = 0; i < in.size(); i++) {
      for (int j = i + 1; j < in.size(); j++) {
        Matched a = in.get(i);
        Matched b = in.get(j);
        if (a.article().equals(b.article())) {
          continue;
        }
        boolean together = a.merged().equals(b.merged());
        boolean one = sameEvent(a.gold(), b.gold(), dayWindow);
        merged += together ? 1 : 0;
        same += one ? 1 : 0;
        if (together && one) {
          mergedRight++;
          sameMerged++;
        } else if (together && wrong.size() < examples) {
          wrong.add(example(a, b));
        } else if (one && !together) {
          why.merge(whyApart(a.block(), b.block()), 1L, Long::sum);
          if (missed.size() < examples) {
            missed.add(example(a, b));
          }
        }
      }
    }
    return new MergeReport.Pairs(merged, mergedRight, same, sameMerged, wrong, missed, why);
  }

  private static final String[] PARTS = {"source code", "target code", "PLOVER type", "CAMEO root", "denial"};

  /**
   * Why two predictions the merger left apart were: the first part of their blocks that differs
   * ("target code" includes one target absent), or "same block: dates or places" when the blocks
   * agree (the merger compares with the merged event's canonical mention, so a date or place
   * beyond the window or distance of that mention keeps them apart), or "unknown" without blocks.
   */
  static String whyApart(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) {
      return "unknown";
    }
    String[] x = a.split("\\|", -1);
    String[] y = b.split("\\|", -1);
    for (int i = 0; i < Math.min(PARTS.length, Math.min(x.length, y.length)); i++) {
      if (!x[i].equals(y[i])) {
        return i == 1 && (x[i].isEmpty() || y[i].isEmpty()) ? "target absent in one" : PARTS[i];
      }
    }
    return "same block: dates or places";
  }

  /** Gold pairs of one real event from different articles in the split, matched or not. */
  static long goldPairs(List<ArticleGold> articles, Predicate<String> inSplit, int dayWindow) {
    List<String> ids = new ArrayList<>();
    List<ArticleGold.Event> events = new ArrayList<>();
    for (ArticleGold a : articles) {
      if (!inSplit.test(a.id())) {
        continue;
      }
      for (ArticleGold.Event e : a.events()) {
        if (ArticleScorer.scored(e)) {
          ids.add(a.id());
          events.add(e);
        }
      }
    }
    long n = 0;
    for (int i = 0; i < events.size(); i++) {
      for (int j = i + 1; j < events.size(); j++) {
        if (!ids.get(i).equals(ids.get(j)) && sameEvent(events.get(i), events.get(j), dayWindow)) {
          n++;
        }
      }
    }
    return n;
  }

  /**
   * Whether two gold events (of different articles) are one real event: the same source code and
   * target code (as the coders wrote them, case and spaces aside; both targets absent is the same),
   * the same PLOVER type, and date ranges at most {@code dayWindow} days apart, where a gold date
   * is the range of its granularity (a day, the Monday-to-Sunday week, the month, the year...), as
   * the merger treats coarse dates.
   */
  static boolean sameEvent(ArticleGold.Event a, ArticleGold.Event b, int dayWindow) {
    if (!Objects.equals(a.plover(), b.plover()) || !Objects.equals(code(a.source()), code(b.source()))
        || !Objects.equals(code(a.target()), code(b.target()))) {
      return false;
    }
    LocalDate[] ra = range(a);
    LocalDate[] rb = range(b);
    long gap = Math.max(ChronoUnit.DAYS.between(ra[1], rb[0]), ChronoUnit.DAYS.between(rb[1], ra[0]));
    return gap <= dayWindow;
  }

  private static String code(ArticleGold.Actor a) {
    return a == null || a.code() == null || a.code().isBlank() ? null : a.code().strip().toUpperCase(Locale.ROOT);
  }

  /** The first and last day of a gold event's date at its granularity. */
  static LocalDate[] range(ArticleGold.Event e) {
    LocalDate d = e.eventDate();
    return switch (e.granularity()) {
      case "week" -> {
        LocalDate monday = d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        yield new LocalDate[] {monday, monday.plusDays(6)};
      }
      case "month" -> new LocalDate[] {d.withDayOfMonth(1), d.with(TemporalAdjusters.lastDayOfMonth())};
      case "year" -> new LocalDate[] {d.withDayOfYear(1), d.with(TemporalAdjusters.lastDayOfYear())};
      case "decade" -> new LocalDate[] {LocalDate.of(d.getYear() / 10 * 10, 1, 1), LocalDate.of(d.getYear() / 10 * 10 + 9, 12, 31)};
      case "century" -> new LocalDate[] {LocalDate.of(d.getYear() / 100 * 100, 1, 1), LocalDate.of(d.getYear() / 100 * 100 + 99, 12, 31)};
      default -> new LocalDate[] {d, d};
    };
  }

  private static String example(Matched a, Matched b) {
    return a.article() + ": " + describe(a) + "\n    " + b.article() + ": " + describe(b);
  }

  private static String describe(Matched m) {
    ArticleGold.Event g = m.gold();
    return "gold " + g.plover() + " " + (g.cameo() == null ? "-" : g.cameo()) + " " + actor(g.source()) + " -> "
        + actor(g.target()) + " " + g.eventDate() + "/" + g.granularity() + " \"" + g.sentence() + "\""
        + "\n      predicted " + m.predicted();
  }

  private static String actor(ArticleGold.Actor a) {
    return a == null ? "-" : (a.code() == null ? "?" : a.code());
  }
}
