package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigil.coding.EventCandidates.Explanation;
import org.vigil.coding.EventCandidates.Reason;
import org.vigil.core.text.SentenceTriage.Needs;

/** {@code vigil bench --triage-report}: parsed sentences with and without events, by the triage's reasons. */
final class TriageReportTest {
  private static TriageReport.Line line(int sentence, boolean parsed, int events, Reason... reasons) {
    EnumSet<Reason> set = EnumSet.noneOf(Reason.class);
    set.addAll(List.of(reasons));
    boolean parse = set.stream().anyMatch(Reason::trigger) && set.stream().anyMatch(r -> !r.trigger());
    List<String> words = set.contains(Reason.PATTERN) ? List.of("promised:057") : List.of();
    return new TriageReport.Line("a1", sentence, new Explanation(set, words, new Needs(parse, false)), parsed, events,
        "Sentence " + sentence + ".");
  }

  private final TriageReport report = new TriageReport();

  {
    report.add(List.of(
        line(0, true, 1, Reason.PATTERN, Reason.NAMED_ACTOR),
        line(1, true, 0, Reason.PATTERN, Reason.NAMED_ACTOR),
        line(2, true, 0, Reason.WISH, Reason.PRONOUN),
        line(3, true, 2, Reason.PATTERN, Reason.OBLIGATION, Reason.NAMED_ACTOR),
        line(4, false, 0, Reason.NAMED_ACTOR),
        // asked for but not parsed (a fuzzy name the entities turned down): counted as differing
        line(5, false, 0, Reason.MEETING, Reason.NAMED_ACTOR)));
  }

  @Test
  void countsParsedSentencesWithAndWithoutAnEvent() {
    Map<String, Object> json = report.toJson();

    assertThat(json).containsEntry("articles", 1).containsEntry("sentences", 6).containsEntry("parsed", 4)
        .containsEntry("asked", 5).containsEntry("mismatched", 1).containsEntry("parsedWithEvent", 2);
  }

  @Test
  void byReasonCountsEverySentenceHavingItAndByLoneTriggerOnlyThoseWithNoOther() {
    Map<String, Object> json = report.toJson();

    assertThat(table(json, "byReason")).containsEntry("PATTERN", Map.of("parsed", 3, "withEvent", 2))
        .containsEntry("OBLIGATION", Map.of("parsed", 1, "withEvent", 1))
        .containsEntry("WISH", Map.of("parsed", 1, "withEvent", 0))
        .doesNotContainKey("MEETING");
    assertThat(table(json, "byLoneTrigger")).containsEntry("PATTERN", Map.of("parsed", 2, "withEvent", 1))
        .doesNotContainKey("OBLIGATION");
    assertThat(table(json, "byCombination"))
        .containsEntry("PATTERN+OBLIGATION / NAMED_ACTOR", Map.of("parsed", 1, "withEvent", 1))
        .containsEntry("WISH / PRONOUN", Map.of("parsed", 1, "withEvent", 0));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> table(Map<String, Object> json, String key) {
    return (Map<String, Object>) json.get(key);
  }

  @Test
  void textListsTheTotalsAndThePatternWordsWithoutAnEvent() {
    String text = report.toText(10);

    assertThat(text).startsWith("triage: 1 articles, 6 sentences, 4 parsed (the triage asks 5; 1 differ), "
        + "2 parsed with an event, 2 without");
    assertThat(text).containsPattern("promised:057 +3 +2 +1");
  }

  @Test
  void aLineRefusesANegativeSentenceIndex() {
    assertThatThrownBy(() -> line(-1, true, 0, Reason.PATTERN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line of article a1: sentence -1 and events 0 must be >= 0");
  }
}
