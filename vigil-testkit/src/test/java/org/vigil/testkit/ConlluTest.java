package org.vigil.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.vigil.core.text.Dependency;
import org.vigil.core.text.Sentence;
import org.vigil.core.text.TimeExpression;
import org.vigil.core.text.Token;

final class ConlluTest {

  /** Builds CoNLL-U from rows written with spaces between columns, for readability. */
  private static String conllu(String... rows) {
    StringBuilder out = new StringBuilder();
    for (String row : rows) {
      out.append(row.isEmpty() || row.startsWith("#") ? row : row.replaceAll(" +", "\t"))
          .append('\n');
    }
    return out.toString();
  }

  private static final String TEXT = "Serbia did not attack Kosovo.\n\nTroops fled last week.";
  private static final String TWO_SENTENCES = conllu(
      "# sent_id = 1",
      "1 Serbia Serbia PROPN NNP _ 4 nsubj 4:nsubj NER=LOCATION",
      "2 did do AUX VBD _ 4 aux 4:aux _",
      "3 not not PART RB _ 4 advmod 4:advmod _",
      "4 attack attack VERB VB _ 0 root 0:root _",
      "5 Kosovo Kosovo PROPN NNP _ 4 obj 4:obj NER=LOCATION",
      "6 . . PUNCT . _ 4 punct 4:punct _",
      "",
      "1 Troops troops NOUN NNS _ 2 nsubj 2:nsubj _",
      "2 fled flee VERB VBD _ 0 root 0:root _",
      "3 last last ADJ JJ _ 4 amod 4:amod NER=DATE|Timex=DATE:2021-W26",
      "4 week week NOUN NN _ 2 obl:tmod 2:obl:tmod NER=DATE|Timex=DATE:2021-W26",
      "5 . . PUNCT . _ 2 punct 2:punct _",
      "");

  @Test
  void offsetsLocateEachFormInTheText() {
    List<Sentence> sentences = Conllu.parse(TEXT, TWO_SENTENCES);

    assertThat(sentences).extracting(Sentence::index, Sentence::text, Sentence::begin, Sentence::end)
        .containsExactly(
            tuple(0, "Serbia did not attack Kosovo.", 0, 29),
            tuple(1, "Troops fled last week.", 31, 53));
    assertThat(sentences.get(1).tokens().get(1))
        .isEqualTo(new Token(1, "fled", "flee", "VBD", "O", 38, 42));
    for (Sentence sentence : sentences) {
      for (Token token : sentence.tokens()) {
        assertThat(TEXT.substring(token.begin(), token.end())).isEqualTo(token.word());
      }
    }
  }

  @Test
  void nerComesFromMiscAndDefaultsToO() {
    assertThat(Conllu.parse(TEXT, TWO_SENTENCES).get(0).tokens())
        .extracting(Token::ner)
        .containsExactly("LOCATION", "O", "O", "O", "LOCATION", "O");
  }

  @Test
  void headZeroBecomesTheRootRelationWithGovernorMinusOne() {
    assertThat(Conllu.parse(TEXT, TWO_SENTENCES).get(0).dependencies()).containsExactly(
        new Dependency("nsubj", 3, 0),
        new Dependency("aux", 3, 1),
        new Dependency("advmod", 3, 2),
        new Dependency("root", -1, 3),
        new Dependency("obj", 3, 4),
        new Dependency("punct", 3, 5));
  }

  @Test
  void enhancedDepsReplaceHeadAndDeprel() {
    String text = "Armenia asked the CSTO to help.";
    List<Sentence> sentences = Conllu.parse(text, conllu(
        "1 Armenia Armenia _ NNP _ 2 nsubj 2:nsubj _",
        "2 asked ask _ VBD _ 0 root 0:root _",
        "3 the the _ DT _ 4 det 4:det _",
        "4 CSTO CSTO _ NNP _ 2 obj 2:obj|6:nsubj:xsubj _",
        "5 to to _ TO _ 6 mark 6:mark _",
        "6 help help _ VB _ 2 xcomp 2:xcomp _",
        "7 . . _ . _ 2 punct _ _"));

    assertThat(sentences.get(0).dependencies())
        .contains(new Dependency("obj", 1, 3), new Dependency("nsubj:xsubj", 5, 3))
        .contains(new Dependency("punct", 1, 6))
        .hasSize(8);
  }

  @Test
  void adjacentTokensWithTheSameTimexFormOneExpression() {
    List<TimeExpression> times = Conllu.parse(TEXT, TWO_SENTENCES).get(1).times();

    assertThat(times).containsExactly(new TimeExpression(2, 4, "last week", "DATE", "2021-W26"));
  }

  @Test
  void timexValuesMayHoldColonsAndDifferentValuesMakeSeparateExpressions() {
    String text = "Thursday 10:00 Friday";
    List<Sentence> sentences = Conllu.parse(text, conllu(
        "1 Thursday Thursday _ NNP _ _ _ _ Timex=TIME:2021-07-08T10:00",
        "2 10:00 10:00 _ CD _ _ _ _ Timex=TIME:2021-07-08T10:00",
        "3 Friday Friday _ NNP _ _ _ _ Timex=DATE:2021-07-09"));

    assertThat(sentences.get(0).times()).containsExactly(
        new TimeExpression(0, 2, "Thursday 10:00", "TIME", "2021-07-08T10:00"),
        new TimeExpression(2, 3, "Friday", "DATE", "2021-07-09"));
    assertThat(sentences.get(0).dependencies()).isEmpty();
  }

  @Test
  void treebankFormsMatchTheCharactersTheyStandFor() {
    String text = "The bloc (CSTO) said “no” — and didn’t act… U.S.";
    List<Sentence> sentences = Conllu.parse(text, conllu(
        "1 The the _ DT _ _ _ _ _",
        "2 bloc bloc _ NN _ _ _ _ _",
        "3 -LRB- -lrb- _ -LRB- _ _ _ _ _",
        "4 CSTO CSTO _ NNP _ _ _ _ _",
        "5 -RRB- -rrb- _ -RRB- _ _ _ _ _",
        "6 said say _ VBD _ _ _ _ _",
        "7 `` `` _ `` _ _ _ _ _",
        "8 no no _ DT _ _ _ _ _",
        "9 '' '' _ '' _ _ _ _ _",
        "10 -- -- _ : _ _ _ _ _",
        "11 and and _ CC _ _ _ _ _",
        "12 did do _ VBD _ _ _ _ _",
        "13 n't not _ RB _ _ _ _ _",
        "14 act act _ VB _ _ _ _ _",
        "15 ... ... _ : _ _ _ _ _",
        "16 U.S. U.S. _ NNP _ _ _ _ _",
        "17 . . _ . _ _ _ _ _"));

    List<Token> tokens = sentences.get(0).tokens();
    assertThat(tokens).extracting(t -> text.substring(t.begin(), t.end())).containsExactly(
        "The", "bloc", "(", "CSTO", ")", "said", "“", "no", "”", "—", "and", "did", "n’t", "act",
        "…", "U.S.", "");
    assertThat(tokens.get(16).begin()).isEqualTo(text.length());
  }

  @Test
  void commentsMultiwordRangesAndEmptyNodesAreSkipped() {
    String text = "We can't.";
    List<Sentence> sentences = Conllu.parse(text, conllu(
        "# text = We can't.",
        "1 We we _ PRP _ 2 nsubj 2:nsubj _",
        "2-3 can't _ _ _ _ _ _ _ _",
        "2 ca can _ MD _ 0 root 0:root _",
        "3 n't not _ RB _ 2 advmod 2:advmod|2.1:advmod _",
        "2.1 do do _ VB _ _ _ 0:root _",
        "4 . . _ . _ 2 punct 2:punct _"));

    assertThat(sentences.get(0).tokens()).extracting(Token::word)
        .containsExactly("We", "ca", "n't", ".");
    assertThat(sentences.get(0).dependencies()).contains(new Dependency("advmod", 1, 2)).hasSize(4);
  }

  @Test
  void missingLemmaIsTheLowerCasedWordAndMissingXposFallsBackToUpos() {
    Token token = Conllu.parse("Troops", conllu("1 Troops _ NOUN _ _ _ _ _ _"))
        .get(0).tokens().get(0);

    assertThat(token).extracting(Token::lemma, Token::pos).containsExactly("troops", "NOUN");
  }

  @Nested
  class Rejects {

    @Test
    void aLineWithTooFewColumns() {
      String bad = conllu("1 Serbia Serbia _ NNP _ 0 root 0:root _", "2 attacked attack _ VBD _ 1");

      assertThatThrownBy(() -> Conllu.parse("Serbia attacked", bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("line 2: expected 10 tab-separated columns, found 7: "
              + "2\tattacked\tattack\t_\tVBD\t_\t1");
    }

    @Test
    void aTokenIdOutOfSequence() {
      assertThatThrownBy(() -> Conllu.parse("Serbia", conllu("# c", "2 Serbia _ _ _ _ _ _ _ _")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("line 2: expected token id 1, found '2': 2\tSerbia\t_\t_\t_\t_\t_\t_\t_\t_");
    }

    @Test
    void aHeadThatIsNotANumber() {
      assertThatThrownBy(() -> Conllu.parse("Serbia", conllu("1 Serbia _ _ _ _ x root _ _")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("line 1: HEAD 'x' is not a token number");
    }

    @Test
    void aDepsEntryWithoutRelation() {
      assertThatThrownBy(() -> Conllu.parse("Serbia", conllu("1 Serbia _ _ _ _ 0 root 0 _")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("line 1: DEPS entry '0' is not HEAD:RELATION");
    }

    @Test
    void aHeadOutsideTheSentence() {
      assertThatThrownBy(() -> Conllu.parse("Serbia", conllu("1 Serbia _ _ _ _ 3 nsubj _ _")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("line 1: head 3 is outside the sentence of 1 tokens");
    }

    @Test
    void aTimexWithoutType() {
      assertThatThrownBy(() -> Conllu.parse("today", conllu("1 today _ _ _ _ _ _ _ Timex=2021")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("line 1: Timex must be TYPE:VALUE, was '2021'");
    }

    @Test
    void aFormThatIsNotInTheText() {
      String twoTokens = conllu("1 Serbia _ _ _ _ _ _ _ _", "2 attacked _ _ _ _ _ _ _ _");

      assertThatThrownBy(() -> Conllu.parse("Serbia did not attack", twoTokens))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("token 2 'attacked' of sentence 1 is not in the text at offset 7, "
              + "which reads 'did not attack'");
    }
  }
}
