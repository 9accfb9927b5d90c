package org.vigil.learn;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.EventCoder;
import org.vigil.core.text.AnnotatedArticle;
import org.vigil.core.text.Sentence;

/**
 * The dictionary coder's events, checked by the {@link TypeModel}: each event's sentence and
 * trigger are embedded (one batch per article, only the sentences that coded an event) and scored
 * for every PLOVER type. What the check may do is set by its {@link Use}s. Thread-safe when the
 * coder it wraps is.
 */
public final class LearnedCheck implements EventCoder {
  /** A veto drops an event whose type the model gives less than this probability. */
  public static final double VETO_BELOW = 0.02;

  /**
   * Types the veto leaves alone (issue 11, round 15): force, coercion, protest and mobilisation, what
   * conflict monitors record. The model learned its types from VOA news sentences; over every type
   * the veto lowered four figures of the ACLED-style and PETRARCH GSR sets (round 14's guard run), whose
   * events are of these types, so it judges the other types only.
   */
  static final Set<String> UNVETOED = Set.of("ASSAULT", "COERCE", "PROTEST", "MOBILIZE");

  /** What the check does with the scores. */
  public enum Use {
    /**
     * Among asserted events of one sentence that compete (the same trigger, or the same source and
     * the same target) but differ in PLOVER type, keep those of the type the model scores highest
     * for its own trigger.
     */
    TIEBREAK,
    /**
     * Drop an asserted event the model scores below {@link #VETO_BELOW} for its own type, unless
     * its type is one of {@link #UNVETOED} or one the model has no class for.
     */
    VETO,
    /**
     * A recall net: in a parsed sentence where the coder coded nothing, the verb or noun the model
     * scores at least 0.9 for ASSAULT or PROTEST codes an event of that type. Done by the coder's
     * own stages ({@code org.vigil.coding.LearnedClauses}, which place, date and find the actors of
     * the event as for a pattern's), not by this decorator.
     */
    NET,
    /**
     * The finder: a clause between two known actors that no pattern coded takes the type the
     * model is sure of. Done by the coder's own stages, as {@link #NET}.
     */
    FIND,
    /**
     * Criticism in reported speech: a sentence of reported speech that coded nothing and names
     * another side than its speaker, which the speech model ({@link TypeModel#speech()}) reads as
     * ACCUSE (issue 11, round 13). Done by the coder's own stages, as {@link #NET}.
     */
    SPEECH,
    /**
     * The calibrated confidence (issue 11, round 16): the last stage sets each event's confidence to
     * the probability {@link CalibratedConfidence}'s model gives that a careful coder codes it too.
     * Changes only confidences. Done by the engine's outermost coder, not by this decorator.
     */
    CALIBRATE;

    /**
     * The uses a setting names: {@code off}, or a comma-separated list of {@code tiebreak},
     * {@code veto}, {@code net}, {@code find}, {@code speech} and {@code calibrate}.
     */
    public static Set<Use> parse(String value) {
      Objects.requireNonNull(value, "value");
      Set<Use> uses = EnumSet.noneOf(Use.class);
      String v = value.strip().toLowerCase(Locale.ROOT);
      if (v.equals("off") || v.isEmpty()) {
        return uses;
      }
      for (String part : v.split(",")) {
        String p = part.strip();
        try {
          uses.add(Use.valueOf(p.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("coding.learned-check: unknown use '" + p
              + "'; expected off or a comma-separated list of tiebreak, veto, net, find, speech, calibrate", e);
        }
      }
      return uses;
    }

    /** The setting's value for {@code uses}: {@code off} or the uses in order, comma-separated. */
    public static String format(Set<Use> uses) {
      if (uses.isEmpty()) {
        return "off";
      }
      return String.join(",", uses.stream().sorted().map(u -> u.name().toLowerCase(Locale.ROOT)).toList());
    }
  }

  private final EventCoder coder;
  private final TypeModel model;
  private final Set<Use> uses;

  public LearnedCheck(EventCoder coder, TypeModel model, Set<Use> uses) {
    this.coder = Objects.requireNonNull(coder, "coder");
    this.model = Objects.requireNonNull(model, "model");
    this.uses = uses.isEmpty() ? Set.of() : EnumSet.copyOf(uses);
  }

  @Override
  public List<CodedEvent> code(AnnotatedArticle article) {
    List<CodedEvent> events = coder.code(article);
    if (uses.isEmpty() || events.isEmpty() || !(uses.contains(Use.VETO) || uses.contains(Use.TIEBREAK))) {
      return events;
    }
    List<TypeModel.Query> queries = new ArrayList<>(events.size());
    for (CodedEvent e : events) {
      queries.add(new TypeModel.Query(sentenceText(article, e), triggerWords(article, e)));
    }
    List<double[]> scores = model.score(queries);
    double[] own = new double[events.size()];
    for (int i = 0; i < events.size(); i++) {
      own[i] = model.probability(scores.get(i), events.get(i).plover().event());
    }
    Set<Integer> dropped = new HashSet<>();
    if (uses.contains(Use.VETO)) {
      for (int i = 0; i < events.size(); i++) {
        String type = events.get(i).plover().event();
        // a type the model does not know (Vigil's STATEMENT) scores 0 and is not judged (round 15)
        if (checked(events.get(i)) && !UNVETOED.contains(type) && model.classes().contains(type) && own[i] < VETO_BELOW) {
          dropped.add(i);
        }
      }
    }
    if (uses.contains(Use.TIEBREAK)) {
      tiebreak(events, own, dropped, e -> e.evidence().sentenceIndex() + "|" + e.evidence().trigger()[0] + "-"
          + e.evidence().trigger()[1]);
      tiebreak(events, own, dropped, e -> e.target() == null ? null
          : e.evidence().sentenceIndex() + "|" + e.source().code() + "|" + e.target().code());
    }
    if (dropped.isEmpty()) {
      return events;
    }
    List<CodedEvent> kept = new ArrayList<>(events.size() - dropped.size());
    for (int i = 0; i < events.size(); i++) {
      if (!dropped.contains(i)) {
        kept.add(events.get(i));
      }
    }
    return kept;
  }

  /**
   * Whether the model may judge the event: an asserted event, not an announced, threatened,
   * requested or conditional one (the coder gives those the type of the announcement, an intent
   * 03x is AGREE, a threat THREATEN, while the model reads the type of the action announced).
   */
  static boolean checked(CodedEvent e) {
    return e.modality() == org.vigil.core.event.Modality.ASSERTED && !e.cameo().startsWith("03");
  }

  /**
   * Within each group of competing events of more than one type (events the key maps to null
   * compete with none), drops those not of the best-scored type.
   */
  private static void tiebreak(List<CodedEvent> events, double[] own, Set<Integer> dropped,
      java.util.function.Function<CodedEvent, String> group) {
    Map<String, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < events.size(); i++) {
      String key = checked(events.get(i)) ? group.apply(events.get(i)) : null;
      if (!dropped.contains(i) && key != null) {
        groups.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
    }
    for (List<Integer> g : groups.values()) {
      Map<String, Double> best = new HashMap<>();
      for (int i : g) {
        best.merge(events.get(i).plover().event(), own[i], Math::max);
      }
      if (best.size() < 2) {
        continue;
      }
      String winner = null;
      for (int i : g) { // first in coder order on ties
        String t = events.get(i).plover().event();
        if (winner == null || best.get(t) > best.get(winner)) {
          winner = t;
        }
      }
      for (int i : g) {
        if (!events.get(i).plover().event().equals(winner)) {
          dropped.add(i);
        }
      }
    }
  }

  /** The event's sentence as the article holds it (its evidence's copy when the index is not in the article). */
  static String sentenceText(AnnotatedArticle article, CodedEvent e) {
    int index = e.evidence().sentenceIndex();
    return index >= 0 && index < article.sentences().size() ? article.sentences().get(index).text()
        : e.evidence().sentence();
  }

  /** The words of the event's trigger, as written in its sentence (the sentence text when the span is not in it). */
  static String triggerWords(AnnotatedArticle article, CodedEvent e) {
    int[] t = e.evidence().trigger();
    int index = e.evidence().sentenceIndex();
    if (index >= 0 && index < article.sentences().size() && t.length == 2) {
      Sentence s = article.sentences().get(index);
      int from = t[0] - s.begin();
      int to = t[1] - s.begin();
      if (from >= 0 && to <= s.text().length() && from < to) {
        return s.text().substring(from, to);
      }
    }
    return "";
  }
}
