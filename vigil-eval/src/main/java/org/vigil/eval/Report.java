package org.vigil.eval;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The result of one evaluation run. Metrics that do not apply to the gold set are null: the event
 * scores without PETRARCH records, the PLOVER and actor ratios without PLOVER records (or, for
 * {@code actorCountryAccuracy}, when no gold actor was found). The definitions are in the Javadoc
 * of {@link Evaluation} and in {@code docs/EVALUATION.md}. Immutable and thread-safe.
 *
 * @param actorMatch how PETRARCH actor codes were compared
 * @param records gold records read (all styles)
 * @param recordsWithEvents coded records for which the coder returned at least one non-negated event
 * @param geoRecords geoparsing records read (toponyms and assertions)
 * @param elapsed wall time of the run
 * @param events event P/R/F1 on full CAMEO codes, or null
 * @param eventsRoot event P/R/F1 where only the CAMEO roots must agree, or null
 * @param perRoot event scores by CAMEO root ("02"), sorted by root, or null
 * @param ploverTypeAccuracy records whose top event has the gold type, or null
 * @param ploverTypeAccuracyAny records where any event has the gold type, or null
 * @param ploverModeAccuracy records with a gold mode whose top event has that mode, or null
 * @param actorCountryAccuracy found gold actors whose predicted country part is right, or null
 * @param actorRecall gold actors found, or null
 * @param skippedLines the gold lines that could not be read
 * @param warnings the gold lines that were read after a repair
 * @param details one entry per coded record, in gold order
 * @param geo geoparsing scores, or null when no geoparser was given
 * @param eventReports date and place scores on event reports, or null when there are none
 * @param calibration the predicted events of the PETRARCH, PLOVER and article records in bins of confidence,
 *     with how many were right, or null when there are no such records
 * @param calibrationHigh the events with confidence at least 0.8 and how many were right, or null
 *     when there are no such records
 * @param articles scores on article gold (issue 11), or null when there is none
 * @param calibrationTop the precision of the most confident 10, 20 and 30 % of the events calibration
 *     counts, or null when there are none (issue 11, round 16)
 */
public record Report(
    ActorMatch actorMatch,
    int records,
    int recordsWithEvents,
    int geoRecords,
    Duration elapsed,
    Score events,
    Score eventsRoot,
    SortedMap<String, Score> perRoot,
    Ratio ploverTypeAccuracy,
    Ratio ploverTypeAccuracyAny,
    Ratio ploverModeAccuracy,
    Ratio actorCountryAccuracy,
    Ratio actorRecall,
    List<GoldProblem> skippedLines,
    List<GoldProblem> warnings,
    List<RecordDetail> details,
    GeoScore geo,
    EventReportScore eventReports,
    List<CalibrationBin> calibration,
    CalibrationBin calibrationHigh,
    ArticleScore articles,
    List<TopShare> calibrationTop) {

  public Report {
    Objects.requireNonNull(actorMatch, "actorMatch");
    if (records < 0 || recordsWithEvents < 0 || geoRecords < 0) {
      throw new IllegalArgumentException("counts must be >= 0, were records=" + records + " withEvents="
          + recordsWithEvents + " geo=" + geoRecords);
    }
    Objects.requireNonNull(elapsed, "elapsed");
    if ((events == null) != (eventsRoot == null) || (events == null) != (perRoot == null)) {
      throw new IllegalArgumentException("events, eventsRoot and perRoot must be all null or all set");
    }
    perRoot = perRoot == null ? null : Collections.unmodifiableSortedMap(new TreeMap<>(perRoot));
    skippedLines = List.copyOf(skippedLines);
    warnings = List.copyOf(warnings);
    details = List.copyOf(details);
    if ((calibration == null) != (calibrationHigh == null)) {
      throw new IllegalArgumentException("calibration and calibrationHigh must be both null or both set");
    }
    calibration = calibration == null ? null : List.copyOf(calibration);
    calibrationTop = calibrationTop == null ? null : List.copyOf(calibrationTop);
  }

  /** Records on which the coder threw (or returned null): the details with an error. */
  public int errors() {
    return (int) details.stream().filter(d -> d.error() != null).count();
  }

  /** Gold lines that could not be read. */
  public int skipped() {
    return skippedLines.size();
  }

  /** Aligned plain-text tables: counts, overall and per-root event scores, PLOVER and actor ratios. */
  public String toText() {
    return ReportText.summary(this);
  }

  /** The per-record details as indented plain text, one block per record. */
  public String detailsText() {
    return ReportText.details(details);
  }

  /**
   * Pretty-printed JSON with snake_case keys ({@code records}, {@code events}, {@code per_root},
   * {@code plover_type_accuracy}, ...); metrics that do not apply are JSON null. Ratios and scores
   * are rounded to four decimals. The details are not included.
   */
  public String toJson() {
    return ReportJson.write(this);
  }
}
