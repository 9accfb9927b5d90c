package org.vigil.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.text.Token;

/** Where a sentence's quotations are, across sentences (issue 11, round 11). */
final class QuotesTest {

  @Test
  void curlyQuotesSayWhichWayTheyGoAndStraightOnesAlternate() {
    List<Token> curly = tokens("“/``/“ Kenya/NNP/Kenya must/MD/must act/VB/act ,/,/, ”/''/” he/PRP/he said/VBD/say");
    assertThat(Quotes.inside(curly, false)).containsExactly(false, true, true, true, true, false, false, false);
    List<Token> straight = tokens("\"/``/\" Kenya/NNP/Kenya must/MD/must act/VB/act ,/,/, \"/``/\" he/PRP/he said/VBD/say");
    assertThat(Quotes.inside(straight, false)).containsExactly(false, true, true, true, true, false, false, false);
    assertThat(Quotes.openAtEnd(straight, false)).isFalse();
  }

  @Test
  void aSentenceMayStartInsideAQuoteOpenedBefore() {
    List<Token> runOn = tokens("They/PRP/they know/VBP/know it/PRP/it ./././ ”/''/”");
    assertThat(Quotes.allQuoted(runOn, true)).isTrue();
    assertThat(Quotes.allQuoted(runOn, false)).isFalse();
    List<Token> opens = tokens("“/``/“ Kenya/NNP/Kenya must/MD/must act/VB/act ./././");
    assertThat(Quotes.openAtEnd(opens, false)).isTrue();
    assertThat(Quotes.allQuoted(opens, false)).isTrue();
  }

  @Test
  void aShortAttributionKeepsTheSpeakerOnlyWhenItNamesTheSameWord() {
    Quotes.Speaker jones = new Quotes.Speaker(null, "Jones");
    assertThat(Quotes.sameSpeaker(tokens("“/``/“ It/PRP/it is/VBZ/be cruel/JJ/cruel ,/,/, ”/''/” Jones/NNP/Jones added/VBD/add ./././"),
        false, jones)).isTrue();
    assertThat(Quotes.sameSpeaker(tokens("“/``/“ It/PRP/it is/VBZ/be cruel/JJ/cruel ,/,/, ”/''/” Smith/NNP/Smith added/VBD/add ./././"),
        false, jones)).isFalse();
    assertThat(Quotes.sameSpeaker(tokens("Jones/NNP/Jones visited/VBD/visit the/DT/the camp/NN/camp ./././"), false, jones))
        .isFalse();
  }

  @Test
  void aSentenceAllQuotationIsSpokenBySomeoneNamedElsewhere() {
    // a quote of its own, the first sentence of a quote that runs on, the last one of a quote opened before
    assertThat(Quotes.spokenElsewhere(tokens("“/``/“ Kenya/NNP/Kenya must/MD/must act/VB/act ./././ ”/''/”"))).isTrue();
    assertThat(Quotes.spokenElsewhere(tokens("“/``/“ Kenya/NNP/Kenya must/MD/must act/VB/act ./././"))).isTrue();
    assertThat(Quotes.spokenElsewhere(tokens("Kenya/NNP/Kenya must/MD/must act/VB/act ./././ ”/''/”"))).isTrue();
    assertThat(Quotes.spokenElsewhere(tokens("\"/``/\" Kenya/NNP/Kenya must/MD/must act/VB/act ./././ \"/''/\""))).isTrue();
  }

  @Test
  void notWhenTheSentenceNamesItsSpeakerOrHasNoQuotationMark() {
    assertThat(Quotes.spokenElsewhere(tokens("“/``/“ Kenya/NNP/Kenya must/MD/must act/VB/act ,/,/, ”/''/” Jones/NNP/Jones said/VBD/say ./././")))
        .isFalse();
    assertThat(Quotes.spokenElsewhere(tokens("Jones/NNP/Jones said/VBD/say :/:/: “/``/“ Kenya/NNP/Kenya must/MD/must act/VB/act ./././")))
        .isFalse();
    assertThat(Quotes.spokenElsewhere(tokens("Kenya/NNP/Kenya must/MD/must act/VB/act ./././"))).isFalse();
  }

  private static List<Token> tokens(String tagged) {
    return EvaluationsTest.tokens(tagged);
  }
}
