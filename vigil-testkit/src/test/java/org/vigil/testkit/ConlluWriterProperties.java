package org.vigil.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.vigil.core.text.Dependency;
import org.vigil.core.text.Sentence;
import org.vigil.core.text.TimeExpression;
import org.vigil.core.text.Token;

final class ConlluWriterProperties {

  /** A text and its sentences, as an annotator would give them. */
  record Annotated(String text, List<Sentence> sentences) {}

  @Property(tries = 300)
  void writtenConlluReadsBackToEqualSentences(@ForAll("annotated") Annotated annotated) {
    String conllu = ConlluWriter.write(annotated.sentences());

    assertThat(Conllu.parse(annotated.text(), conllu)).isEqualTo(annotated.sentences());
  }

  @Provide
  Arbitrary<Annotated> annotated() {
    Arbitrary<String> word = Arbitraries.oneOf(
        Arbitraries.strings().withCharRange('a', 'z').withChars('É', 'ß', '-', '\'', '.', '_')
            .ofMinLength(1).ofMaxLength(8),
        Arbitraries.of("(", ")", "“", "”", "’s", "n't", "…", "2,000", "U.S.", "😀"));
    Arbitrary<List<String>> words = word.list().ofMinSize(1).ofMaxSize(12);
    return Combinators.combine(words.list().ofMinSize(1).ofMaxSize(4),
            Arbitraries.of(" ", "  ", "\n", "\n\n", "\t "), Arbitraries.randomValue(r -> r))
        .as((sentenceWords, gap, random) -> build(sentenceWords, gap, random));
  }

  private static Annotated build(List<List<String>> sentenceWords, String gap,
      java.util.Random random) {
    StringBuilder text = new StringBuilder();
    List<Sentence> sentences = new ArrayList<>();
    String[] ner = {"O", "O", "O", "LOCATION", "PERSON", "DATE"};
    String[] relations = {"nsubj", "obj", "obl:into", "nsubj:xsubj", "conj:and", "punct"};
    for (List<String> words : sentenceWords) {
      if (text.length() > 0) {
        text.append(gap);
      }
      int begin = text.length();
      List<Token> tokens = new ArrayList<>();
      for (String w : words) {
        if (!tokens.isEmpty()) {
          text.append(random.nextBoolean() ? " " : gap);
        }
        int start = text.length();
        text.append(w);
        String lemma = random.nextBoolean() ? w.toLowerCase(java.util.Locale.ROOT) : "lemma" + w;
        tokens.add(new Token(tokens.size(), w, lemma, random.nextBoolean() ? "NN" : "VBD",
            ner[random.nextInt(ner.length)], start, text.length()));
      }
      int end = text.length();
      int n = tokens.size();
      Set<Dependency> dependencies = new LinkedHashSet<>();
      if (random.nextInt(4) > 0) {
        dependencies.add(new Dependency("root", -1, random.nextInt(n)));
        for (int i = 0; i < n * 2; i++) {
          dependencies.add(new Dependency(relations[random.nextInt(relations.length)],
              random.nextInt(n), random.nextInt(n)));
        }
      }
      List<TimeExpression> times = new ArrayList<>();
      int from = random.nextInt(n);
      if (random.nextBoolean()) {
        int to = from + 1 + random.nextInt(n - from);
        times.add(new TimeExpression(from, to,
            text.substring(tokens.get(from).begin(), tokens.get(to - 1).end()), "DATE",
            random.nextBoolean() ? "2021-W26" : "2021-07-08T10:00"));
      }
      sentences.add(new Sentence(sentences.size(), text.substring(begin, end), begin, end, tokens,
          dependencies.stream().sorted(Conllu.ORDER).toList(), times));
    }
    return new Annotated(text.toString(), sentences);
  }
}
