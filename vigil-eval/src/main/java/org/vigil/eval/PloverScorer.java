package org.vigil.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.vigil.core.event.ActorRef;
import org.vigil.core.event.CodedEvent;

/**
 * PLOVER type and mode accuracy and actor accuracy over PLOVER records. Accumulates over records;
 * one instance per scoring run, not thread-safe.
 */
final class PloverScorer {
  private long records;
  private long typeTop;
  private long typeAny;
  private long modeRecords;
  private long modeRight;
  private long goldActors;
  private long actorsFound;
  private long actorsRight;
  private final Calibration calibration;

  PloverScorer(Calibration calibration) {
    this.calibration = calibration;
  }

  /** Scores one record; {@code predicted} holds the non-negated events only. */
  RecordDetail add(PloverGold gold, List<CodedEvent> predicted, String error) {
    records++;
    String type = PloverTypes.normalise(gold.event());
    CodedEvent top = top(predicted);
    List<String> matched = new ArrayList<>();

    if (top != null && type.equals(PloverTypes.normalise(top.plover().event()))) {
      typeTop++;
      matched.add("type " + type);
    }
    if (predicted.stream().anyMatch(e -> type.equals(PloverTypes.normalise(e.plover().event())))) {
      typeAny++;
      if (matched.isEmpty()) {
        matched.add("type " + type + " (not the top event)");
      }
    }
    if (gold.mode() != null) {
      modeRecords++;
      if (top != null && top.plover().mode() != null
          && PloverTypes.normaliseMode(gold.mode()).equals(PloverTypes.normaliseMode(top.plover().mode()))) {
        modeRight++;
        matched.add("mode " + gold.mode());
      }
    }
    for (CodedEvent e : predicted) {
      calibration.add(e.confidence(), right(gold, type, e));
    }
    scoreActors(gold.source(), predicted, CodedEvent::source, "source", matched);
    scoreActors(gold.target(), predicted, CodedEvent::target, "target", matched);

    List<String> expected = new ArrayList<>();
    expected.add(type.equals(gold.event()) ? type : type + " (gold " + gold.event() + ")");
    if (gold.mode() != null) {
      expected.add("mode " + gold.mode());
    }
    gold.source().forEach(a -> expected.add("source " + describe(a)));
    gold.target().forEach(a -> expected.add("target " + describe(a)));
    List<String> guessed = predicted.stream()
        .map(e -> describe(e) + (right(gold, type, e) ? "  [right]" : "")).toList();
    return new RecordDetail(gold.id(), "plover", expected, guessed, matched, error);
  }

  private void scoreActors(List<PloverGold.Actor> gold, List<CodedEvent> predicted,
      Function<CodedEvent, ActorRef> role, String roleName, List<String> matched) {
    for (PloverGold.Actor actor : gold) {
      if (actor.code() == null) {
        continue;
      }
      goldActors++;
      List<ActorRef> found = predicted.stream().map(role).filter(Objects::nonNull)
          .filter(a -> ActorOverlap.overlaps(actor.actorText(), a.text())).toList();
      if (found.isEmpty()) {
        continue;
      }
      actorsFound++;
      String country = ActorMatch.countryPart(actor.code().toUpperCase(Locale.ROOT));
      found.stream()
          .filter(a -> ActorMatch.countryPart(a.code().strip().toUpperCase(Locale.ROOT)).equals(country))
          .findFirst()
          .ifPresent(a -> {
            actorsRight++;
            matched.add(roleName + " " + actor.actorText() + " " + actor.code() + " as " + a.code());
          });
    }
  }

  /**
   * Whether one predicted event is the gold event, as the type and actor scores compare them: the
   * gold type, and in each role whose gold actors carry codes, an actor that overlaps one of them
   * and has its country part. Roles whose gold actors have no code (or that have none) are not
   * compared.
   */
  static boolean right(PloverGold gold, String goldType, CodedEvent e) {
    return goldType.equals(PloverTypes.normalise(e.plover().event()))
        && actorRight(gold.source(), e.source())
        && actorRight(gold.target(), e.target());
  }

  private static boolean actorRight(List<PloverGold.Actor> gold, ActorRef predicted) {
    List<PloverGold.Actor> coded = gold.stream().filter(a -> a.code() != null).toList();
    if (coded.isEmpty()) {
      return true;
    }
    if (predicted == null) {
      return false;
    }
    String country = ActorMatch.countryPart(predicted.code().strip().toUpperCase(Locale.ROOT));
    return coded.stream().anyMatch(a -> ActorOverlap.overlaps(a.actorText(), predicted.text())
        && ActorMatch.countryPart(a.code().toUpperCase(Locale.ROOT)).equals(country));
  }

  /** The event with the highest confidence; the earliest of equals; null for none. */
  static CodedEvent top(List<CodedEvent> events) {
    CodedEvent best = null;
    for (CodedEvent e : events) {
      if (best == null || e.confidence() > best.confidence()) {
        best = e;
      }
    }
    return best;
  }

  boolean isEmpty() {
    return records == 0;
  }

  Ratio typeAccuracy() {
    return Ratio.ofOrNull(typeTop, records);
  }

  Ratio typeAccuracyAny() {
    return Ratio.ofOrNull(typeAny, records);
  }

  Ratio modeAccuracy() {
    return Ratio.ofOrNull(modeRight, modeRecords);
  }

  Ratio actorCountryAccuracy() {
    return Ratio.ofOrNull(actorsRight, actorsFound);
  }

  Ratio actorRecall() {
    return Ratio.ofOrNull(actorsFound, goldActors);
  }

  private static String describe(PloverGold.Actor a) {
    return "\"" + a.actorText() + "\" " + (a.code() == null ? "(uncoded)" : a.code());
  }

  private static String describe(CodedEvent e) {
    return String.format(Locale.ROOT, "%s mode %s conf %.2f source \"%s\" %s target %s",
        e.plover().event(), e.plover().mode() == null ? "-" : e.plover().mode(), e.confidence(),
        e.source().text(), e.source().code(),
        e.target() == null ? "-" : "\"" + e.target().text() + "\" " + e.target().code());
  }
}
