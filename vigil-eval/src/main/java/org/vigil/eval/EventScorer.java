package org.vigil.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import org.vigil.core.event.CodedEvent;

/**
 * Event P/R/F1 over PETRARCH records: one-to-one greedy matching of predicted triples
 * (source code, target code or "", CAMEO code) to expected ones. Accumulates over records; one
 * instance per scoring run, not thread-safe.
 */
final class EventScorer {
  private final BiPredicate<PetrarchGold.Triple, PetrarchGold.Triple> sameEvent;
  private final BiPredicate<PetrarchGold.Triple, PetrarchGold.Triple> sameRootEvent;
  private final SortedMap<String, long[]> perRoot = new TreeMap<>();
  private long tp;
  private long fp;
  private long fn;
  private long rootTp;
  private long rootFp;
  private long rootFn;
  private int records;
  private final Calibration calibration;

  EventScorer(ActorMatch actors, Calibration calibration) {
    this.calibration = calibration;
    BiPredicate<PetrarchGold.Triple, PetrarchGold.Triple> sameActors = (e, p) ->
        actors.matches(e.source(), p.source()) && actors.matches(e.target(), p.target());
    this.sameEvent = sameActors.and((e, p) -> e.code().equals(p.code()));
    this.sameRootEvent = sameActors.and((e, p) -> root(e.code()).equals(root(p.code())));
  }

  /** Scores one record; {@code predicted} holds the non-negated events only. */
  RecordDetail add(PetrarchGold gold, List<CodedEvent> predicted, String error) {
    records++;
    List<PetrarchGold.Triple> expected = gold.expectsNothing() ? List.of() : gold.expected();
    List<PetrarchGold.Triple> guessed = predicted.stream().map(EventScorer::triple).toList();

    int[] pair = match(expected, guessed, sameEvent);
    boolean[] used = new boolean[guessed.size()];
    List<String> matched = new ArrayList<>();
    for (int i = 0; i < expected.size(); i++) {
      long[] counts = perRoot.computeIfAbsent(root(expected.get(i).code()), k -> new long[3]);
      if (pair[i] >= 0) {
        tp++;
        counts[0]++;
        used[pair[i]] = true;
        matched.add(expected.get(i).toString());
      } else {
        fn++;
        counts[2]++;
      }
    }
    for (int j = 0; j < guessed.size(); j++) {
      calibration.add(predicted.get(j).confidence(), used[j]);
      if (!used[j]) {
        fp++;
        perRoot.computeIfAbsent(root(guessed.get(j).code()), k -> new long[3])[1]++;
      }
    }

    long rootMatches = Arrays.stream(match(expected, guessed, sameRootEvent)).filter(j -> j >= 0).count();
    rootTp += rootMatches;
    rootFp += guessed.size() - rootMatches;
    rootFn += expected.size() - rootMatches;

    return new RecordDetail(gold.id(), "petrarch", strings(expected), strings(guessed), matched, error);
  }

  boolean isEmpty() {
    return records == 0;
  }

  Score events() {
    return new Score(tp, fp, fn);
  }

  Score eventsRoot() {
    return new Score(rootTp, rootFp, rootFn);
  }

  SortedMap<String, Score> perRoot() {
    SortedMap<String, Score> out = new TreeMap<>();
    perRoot.forEach((root, c) -> out.put(root, new Score(c[0], c[1], c[2])));
    return out;
  }

  /**
   * For each expected triple in order, the index of the first unused predicted triple that
   * matches it, or -1. Both match rules are equivalence relations (equal code or root, equal
   * actors or country parts), so this greedy pass finds a maximum matching.
   */
  static int[] match(List<PetrarchGold.Triple> expected, List<PetrarchGold.Triple> predicted,
      BiPredicate<PetrarchGold.Triple, PetrarchGold.Triple> same) {
    int[] pair = new int[expected.size()];
    boolean[] used = new boolean[predicted.size()];
    for (int i = 0; i < expected.size(); i++) {
      pair[i] = -1;
      for (int j = 0; j < predicted.size(); j++) {
        if (!used[j] && same.test(expected.get(i), predicted.get(j))) {
          used[j] = true;
          pair[i] = j;
          break;
        }
      }
    }
    return pair;
  }

  static PetrarchGold.Triple triple(CodedEvent event) {
    return new PetrarchGold.Triple(event.source().code(),
        event.target() == null ? "" : event.target().code(), event.cameo());
  }

  /** The CAMEO root: the first two characters ("174K" -> "17"). */
  static String root(String code) {
    return code.length() <= 2 ? code : code.substring(0, 2);
  }

  private static List<String> strings(List<PetrarchGold.Triple> triples) {
    return triples.stream().map(PetrarchGold.Triple::toString).toList();
  }
}
