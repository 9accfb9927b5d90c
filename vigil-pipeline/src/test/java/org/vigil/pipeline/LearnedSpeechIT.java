package org.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
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

  @Test
  void theDebugLogNamesTheGateWhereEachSentenceStops() {
    // round 16: where a sentence stops on its way to the model, with the model's answer (made-up sentences)
    assertThat(gate("The Ugandan foreign minister said on Tuesday that Kenya's border was a sieve."))
        .startsWith("ASKED\t0.700");
    assertThat(gate("The Nigerian president told reporters that the Ghanaian plan was a shambles."))
        .startsWith("ASKED\t0.950");
    // near misses: each stops at its own gate, though the model would read criticism in all of them
    assertThat(gate("The Kenyan interior minister said Kenya's border was a sieve.")).startsWith("NO_TARGET\t0.700");
    assertThat(gate("The Ugandan foreign minister said on Tuesday that Kenya's border was not a sieve."))
        .startsWith("HEDGED\t0.700");
    assertThat(gate("Kenya's border with Uganda is a sieve.")).startsWith("NO_SAYING\t0.700");
    assertThat(gate("The Ugandan foreign minister said Kenya had expelled two diplomats and its border was a sieve."))
        .startsWith("CODED\t0.700");
  }

  /** The gate and the model's ACCUSE answer the coder logs for a one-sentence article. */
  private static String gate(String text) {
    Logger logger = Logger.getLogger("org.vigil.coding.LearnedSpeech");
    List<String> lines = new java.util.ArrayList<>();
    Handler handler = new Handler() {
      @Override
      public void publish(LogRecord r) {
        lines.add(r.getMessage());
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    Level level = logger.getLevel();
    logger.setLevel(Level.FINE);
    logger.addHandler(handler);
    try {
      code(text, SPEECH);
    } finally {
      logger.removeHandler(handler);
      logger.setLevel(level);
    }
    assertThat(lines).hasSize(1);
    String[] f = lines.get(0).split("\t");
    assertThat(f[0]).isEqualTo("speech-reach");
    return f[3] + "\t" + f[4];
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
