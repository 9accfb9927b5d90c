package org.vigil.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class TimeCuesTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "Russia promised help on Thursday .",
      "Troops fled last week .",
      "The talks ended two years ago .",
      "It happened in 2021 .",
      "Attacks rose in the 1990s .",
      "The ceasefire began on 7/8 .",
      "Fighting resumed in mid-March .",
      "The deal was signed early this year .",
      "Shelling continued overnight .",
      "Fighting broke out in the afternoon .",
      "Since the beginning of the year , attacks rose ."})
  void sentenceThatCanHoldADateHasACue(String sentence) {
    assertThat(TimeCues.any(tokens(sentence))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Russia promised help to Tajikistan .",
      "The talks may resume .",
      "Prices fall as the sun sets .",
      "The war has lasted for years .",
      "About 2,000 troops were sent ."})
  void sentenceWithoutTimeWordsHasNone(String sentence) {
    assertThat(TimeCues.any(tokens(sentence))).isFalse();
  }

  /** Whitespace tokens; the lemma is the lower-case word with a plural "s" dropped. */
  private static List<CoreLabel> tokens(String sentence) {
    List<CoreLabel> out = new ArrayList<>();
    for (String w : sentence.split(" ")) {
      CoreLabel label = new CoreLabel();
      label.setWord(w);
      String lower = w.toLowerCase(java.util.Locale.ROOT);
      label.setLemma(lower.length() > 3 && lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : lower);
      out.add(label);
    }
    return out;
  }
}
