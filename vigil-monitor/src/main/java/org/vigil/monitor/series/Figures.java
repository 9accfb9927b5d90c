package org.vigil.monitor.series;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * A watch's figures for one bucket (a day or a week).
 *
 * @param start the bucket's first day
 * @param days days in the bucket
 * @param events distinct events: records with the same date, source code, target code and CAMEO
 *     code count once (the same event reported by several articles)
 * @param mentions event records (mentions), every article's
 * @param sources distinct news sources that reported them (the article id when the caller does not
 *     tell the source)
 * @param byPlover distinct events by PLOVER type
 * @param byQuadClass distinct events by QuadClass, 1..4
 * @param intensity Goldstein-weighted intensity: the sum of {@code -goldstein} over the distinct
 *     conflictual events (QuadClass 3 and 4), so more and worse conflict is a larger number
 * @param codedArticles coded articles in the bucket (all of them, not only the watch's); 0 without
 *     a volume
 * @param ratePer1000 distinct events per 1,000 coded articles (volume floored, see {@link Volume}),
 *     or null without a volume
 */
public record Figures(LocalDate start, int days, int events, int mentions, int sources, Map<String, Integer> byPlover,
    Map<Integer, Integer> byQuadClass, double intensity, int codedArticles, Double ratePer1000) {
  public Figures {
    Objects.requireNonNull(start, "start");
    if (events < 0 || mentions < events || sources < 0) {
      throw new IllegalArgumentException("figures of " + start + ": " + events + " events, " + mentions
          + " mentions, " + sources + " sources; mentions must be at least the events");
    }
    byPlover = Map.copyOf(byPlover);
    byQuadClass = Map.copyOf(byQuadClass);
  }
}
