package org.vigil.testkit;

import org.vigil.core.text.ConlluWriter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.vigil.core.text.Dependency;
import org.vigil.core.text.Sentence;
import org.vigil.core.text.TimeExpression;
import org.vigil.core.text.Token;
import org.vigil.testkit.Seeded.Gen;

final class ConlluWriterProperties {

  /** A text and its sentences, as an annotator would give them. */
  record Annotated(String text, List<Sentence> sentences) {}

  private static final String LETTERS = Gen.range('a', 'z') + "Éß-'._";
  private static final List<String> SPECIAL = List.of("(", ")", "“", "”", "’s", "n't", "…", "2,000", "U.S.", "😀");
  private static final List<String> GAPS = List.of(" ", "  ", "\n", "\n\n", "\t ");

  @Test
  void writtenConlluReadsBackToEqualSentences() {
    Seeded.forEachCase(300, 0xC011_0001L, g -> {
      Annotated annotated = annotated(g);
      String conllu = ConlluWriter.write(annotated.sentences());

      assertThat(Conllu.parse(annotated.text(), conllu)).isEqualTo(annotated.sentences());
    });
  }

  /** 1-4 sentences of 1-12 words (half of them 1-8 letters, half special tokens), one gap between them. */
  private static Annotated annotated(Gen g) {
    List<List<String>> sentenceWords =
        g.listOf(1, 4, () -> g.listOf(1, 12, () -> g.bool() ? g.string(LETTERS, 1, 8) : g.pick(SPECIAL)));
    return build(sentenceWords, g.pick(GAPS), g.random());
  }

  private static Annotated build(List<List<String>> sentenceWords, String gap, RandomGenerator random) {
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
