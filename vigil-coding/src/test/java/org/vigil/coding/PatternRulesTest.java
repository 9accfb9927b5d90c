package org.vigil.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.coding.dictionary.CodingRules;
import org.vigil.coding.dictionary.Dictionaries;
import org.vigil.coding.dictionary.VerbPattern;
import org.vigil.coding.dictionary.petrarch.PetrarchDictionaries;
import org.vigil.coding.dictionary.petrarch.PetrarchDictionaries.Kind;
import org.vigil.coding.dictionary.petrarch.PetrarchDictionaries.Text;
import org.vigil.core.text.Sentence;
import org.vigil.core.text.Token;

final class PatternRulesTest {
  private static final Dictionaries PETRARCH = PetrarchDictionaries.read(List.of(
      new Text(Kind.ACTORS, "t.actors.txt", "FREEDONIA [FRE]\n"),
      new Text(Kind.VERBS, "t.verbs.txt", """
          --- MEET  [040]  ---
          MEET
          - WILL NOT * [081]
          - * TALKS [043]

          --- LEFT  [190]  ---
          LEFT

          --- LEAVE  [042]  ---
          LEAVE
          """))).dictionaries();

  private static Sentence sentence(String... words) {
    List<Token> tokens = new ArrayList<>();
    int begin = 0;
    for (String w : words) {
      tokens.add(new Token(tokens.size(), w, w.toLowerCase(), "NN", "O", begin, begin + w.length()));
      begin += w.length() + 1;
    }
    String text = String.join(" ", words);
    return new Sentence(0, text, 0, text.length(), tokens, List.of(), List.of());
  }

  @Test
  void aDiscardPhraseMatchesWholeWordsIgnoringCase() {
    assertThat(PatternRules.discarded(sentence("The", "World", "Golf", "Championships", "began"),
        List.of("world golf championships"))).isTrue();
    assertThat(PatternRules.discarded(sentence("Golfing", "began"), List.of("golf"))).isFalse();
    assertThat(PatternRules.discarded(sentence("Golf", "began"), List.of())).isFalse();
  }

  @Test
  void aPatternWithWordsAroundTheVerbHasASequenceAndABareVerbHasNone() {
    List<VerbPattern> meet = PETRARCH.verbs().forLemma("meet");
    assertThat(meet).filteredOn(PatternRules::hasSequence).extracting(VerbPattern::code).contains("081", "043");
    assertThat(meet).filteredOn(p -> p.constraints().isEmpty()).allSatisfy(p -> assertThat(PatternRules.hasSequence(p)).isFalse());
  }

  @Test
  void vigilsOwnPatternsHaveNoWordSequences() {
    assertThat(Dictionaries.builtin().verbs().all()).noneMatch(PatternRules::hasSequence);
  }

  @Test
  void aPatternThatNamesNotHasReadTheNegationIntoItsCode() {
    List<VerbPattern> meet = PETRARCH.verbs().forLemma("meet");
    assertThat(meet).filteredOn(PatternRules::namesNegation).extracting(VerbPattern::code).containsExactly("081");
  }

  @Test
  void underVigilsRulesATokenGetsItsLemmasPatternsOnly() {
    Dictionaries builtin = Dictionaries.builtin();
    List<VerbPattern> byLemma = builtin.verbs().forLemma("promise");
    Token token = new Token(0, "promised", "promise", "VBD", "O", 0, 8);
    assertThat(PatternRules.patterns(builtin.verbs(), CodingRules.VIGIL, token, byLemma)).isSameAs(byLemma);
  }

  @Test
  void underPetrarchsRulesTheWordFormsPatternsComeBeforeTheLemmas() {
    Token left = new Token(0, "left", "leave", "VBD", "O", 0, 4);
    List<VerbPattern> patterns = PatternRules.patterns(PETRARCH.verbs(), PETRARCH.rules(), left,
        PETRARCH.verbs().forLemma("leave"));
    assertThat(patterns).extracting(VerbPattern::code).containsExactly("190", "042");
  }
}
