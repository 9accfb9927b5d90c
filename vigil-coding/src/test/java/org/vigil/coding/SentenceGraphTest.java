package org.vigil.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.text.Dependency;
import org.vigil.core.text.Sentence;
import org.vigil.core.text.Token;

final class SentenceGraphTest {
  private final Parsed ask = Parsed.of("ask-to-help");

  @Test
  void theObjectOfTheMainVerbIsItsObjChild() {
    SentenceGraph g = ask.graph;
    assertThat(g.childrenExact(ask.at("asked"), "obj")).containsExactly(ask.at("CSTO"));
    assertThat(g.childrenExact(ask.at("asked"), "nsubj")).containsExactly(ask.at("Armenia"));
  }

  @Test
  void theRootHasDepthZeroAndItsComplementLiesBelowIt() {
    SentenceGraph g = ask.graph;
    assertThat(g.depth(ask.at("asked"))).isZero();
    assertThat(g.depth(ask.at("help"))).isPositive();
    assertThat(g.head(ask.at("help")).governor()).isEqualTo(ask.at("asked"));
  }

  @Test
  void lemmasAreLowerCase() {
    assertThat(ask.graph.lemma(ask.at("Armenia"))).isEqualTo("armenia");
    assertThat(ask.graph.lemma(ask.at("asked"))).isEqualTo("ask");
  }

  @Test
  void aWordTheTokenizerSplitAtItsHyphenIsReadWhole() {
    String text = "a cease-fire";
    List<Token> tokens = List.of(new Token(0, "a", "a", "DT", "O", 0, 1), new Token(1, "cease", "cease", "NN", "O", 2, 7),
        new Token(2, "-", "-", "HYPH", "O", 7, 8), new Token(3, "fire", "fire", "NN", "O", 8, 12));
    List<Dependency> deps = List.of(new Dependency("root", -1, 3), new Dependency("det", 3, 0),
        new Dependency("compound", 3, 1), new Dependency("punct", 3, 2));
    SentenceGraph g = new SentenceGraph(new Sentence(0, text, 0, text.length(), tokens, deps, List.of()));
    assertThat(g.hyphenLemma(3)).isEqualTo("cease-fire");
    assertThat(g.hyphenLemma(1)).isNull();
    assertThat(g.hasChild(3, "det")).isTrue();
  }
}
