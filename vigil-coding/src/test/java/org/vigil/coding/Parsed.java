package org.vigil.coding;

import org.vigil.core.text.Sentence;
import org.vigil.testkit.Fixtures;

/** A sentence of a recorded fixture (the first unless told), as the coder's stages read it (no CoreNLP models). */
final class Parsed {
  final Sentence sentence;
  final SentenceGraph graph;

  private Parsed(String fixture, int index) {
    this.sentence = Fixtures.annotator(fixture).annotate(Fixtures.article(fixture)).sentences().get(index);
    this.graph = new SentenceGraph(sentence);
  }

  static Parsed of(String fixture) {
    return new Parsed(fixture, 0);
  }

  /** The fixture's sentence at the index. */
  static Parsed of(String fixture, int index) {
    return new Parsed(fixture, index);
  }

  /** The index of the first token with this word; fails when there is none. */
  int at(String word) {
    return sentence.tokens().stream().filter(t -> t.word().equals(word)).findFirst()
        .orElseThrow(() -> new AssertionError("no token " + word + " in " + sentence.text())).index();
  }
}
