package org.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigil.coding.ClauseTyper;
import org.vigil.coding.DictionaryEventCoder;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;

/**
 * Issue 11, round 13: criticism the speech model reads in reported speech is coded by the coder's
 * own stages (speaker, judged actor, date of the verb of saying). A made-up model stands in for
 * the trained one (ACCUSE 0.7 for a sentence with "sieve" or "farce", 0.95 with "shambles", else
 * NONE), so that these tests check what the coder does with its answer, not what the model says
 * (its figures are in docs/ACCURACY.md). Real CoreNLP ({@link Engines#full()}), built-in
 * dictionaries; sentences written for Vigil.
 */
final class LearnedSpeechIT {
  private static final ClauseTyper SPEECH = clauses -> clauses.stream()
      .map(c -> c.sentence().contains("shambles") ? Map.of("ACCUSE", 0.95, ClauseTyper.NONE, 0.05)
          : c.sentence().contains("sieve") || c.sentence().contains("farce")
              ? Map.of("ACCUSE", 0.7, ClauseTyper.NONE, 0.3) : Map.of(ClauseTyper.NONE, 1.0))
      .toList();
  private static final ClauseTyper NOTHING = clauses -> clauses.stream()
      .map(c -> Map.of(ClauseTyper.NONE, 1.0)).toList();

  @Test
  void aSpeakerJudgingAnotherSidesActOrThingInOpenWordsAccusesIt() {
    List<CodedEvent> sieve = learned("The Ugandan foreign minister said on Tuesday that Kenya's border was a sieve.");
    assertThat(sieve).hasSize(1);
    CodedEvent e = sieve.get(0);
    assertThat(e.cameo()).isEqualTo("111");
    assertThat(e.source().code()).startsWith("UGA");
    assertThat(e.target().code()).startsWith("KEN");
    assertThat(e.evidence().pattern()).contains("learned:speech ACCUSE 0.70");
    assertThat(e.confidence()).isLessThanOrEqualTo(0.7); // the model is not sure
    List<CodedEvent> farce = learned("“The French inquiry is a farce,” the Malian army spokesman told reporters.");
    assertThat(farce).hasSize(1);
    assertThat(farce.get(0).source().code()).startsWith("MLI");
    assertThat(farce.get(0).target().code()).startsWith("FRA");
  }

  @Test
  void aSureAnswerKeepsTheAssemblersConfidence() {
    List<CodedEvent> events = learned("The Nigerian president told reporters that the Ghanaian plan was a shambles.");
    assertThat(events).hasSize(1);
    assertThat(events.get(0).evidence().pattern()).contains("learned:speech ACCUSE 0.95");
    assertThat(events.get(0).source().code()).startsWith("NGA");
    assertThat(events.get(0).target().code()).startsWith("GHA");
  }

  @Test
  void nearMissesOwnSideAnUnsureModelOrACodedSentenceGiveNothing() {
    // the speaker judges its own side: no other side to accuse
    assertThat(learned("The Kenyan interior minister said Kenya's border was a sieve.")).isEmpty();
    // a negation or a condition the model cannot see (the made-up model reads "sieve" as criticism)
    assertThat(learned("The Ugandan foreign minister said on Tuesday that Kenya's border was not a sieve.")).isEmpty();
    assertThat(learned("The Ugandan foreign minister said that if Kenya's border was a sieve, Uganda would close it."))
        .isEmpty();
    // the model does not read criticism
    assertThat(code("The Ugandan foreign minister said on Tuesday that Kenya's border was a sieve.", NOTHING))
        .noneMatch(x -> x.evidence().pattern().contains("learned:speech"));
    // a sentence a pattern or rule coded keeps its own events only
    assertThat(learned("The Ugandan foreign minister said Kenya had expelled two diplomats and its border was a sieve."))
        .noneMatch(x -> x.evidence().pattern().contains("learned:speech"));
  }

  private static List<CodedEvent> learned(String text) {
    return code(text, SPEECH).stream().filter(e -> e.evidence().pattern().contains("learned:speech")).toList();
  }

  private static List<CodedEvent> code(String text, ClauseTyper speech) {
    VigilEngine engine = Engines.full();
    ClauseTyper none = clauses -> clauses.stream().map(c -> Map.of(ClauseTyper.NONE, 1.0)).toList();
    DictionaryEventCoder coder = new DictionaryEventCoder(engine.dictionaries(), engine.locator().orElse(null),
        new ClauseTyper.Uses(none, false, false, speech));
    return coder.code(engine.annotate(new Article("speech-" + Integer.toHexString(text.hashCode()),
        LocalDate.of(2025, 3, 6), "Story", text, "", "test"))).stream().filter(e -> !e.negated()).toList();
  }
}
