package org.vigil.nlp;

import org.vigil.core.text.SentenceTriage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.vigil.core.article.Article;
import org.vigil.core.text.AnnotatedArticle;
import org.vigil.core.text.Sentence;
import org.vigil.core.text.TimeExpression;
import org.vigil.core.text.Token;

/** The selective pipeline of issue 5 against the full one, on the same text. */
final class SelectiveAnnotationIT {
  private static final String TEXT = """
      Arnor seeks help from Gondor

      On Thursday, Arnor asked Gondor to help it. \
      Hundreds of soldiers fled across the border into Gondor. \
      Soldiers fled across the border into Gondor last week.""";
  private static final Article ARTICLE =
      new Article("arnor-2", LocalDate.of(2021, 7, 8), "", TEXT, "", "test");

  private final AnnotatedArticle full = SharedAnnotator.get().annotate(ARTICLE);

  @Test
  void parsedSentencesGetTheFullPipelinesDependencies() {
    AnnotatedArticle selective =
        new CoreNlpAnnotator(NlpConfig.defaults(), s -> SentenceTriage.Needs.EVERYTHING).annotate(ARTICLE);

    assertThat(selective.sentences()).extracting(Sentence::text)
        .containsExactlyElementsOf(full.sentences().stream().map(Sentence::text).toList());
    for (int i = 0; i < full.sentences().size(); i++) {
      assertThat(selective.sentences().get(i).dependencies())
          .as("sentence %d", i).isEqualTo(full.sentences().get(i).dependencies());
      assertThat(selective.sentences().get(i).tokens()).extracting(Token::lemma, Token::pos)
          .isEqualTo(full.sentences().get(i).tokens().stream()
              .map(t -> tuple(t.lemma(), t.pos())).toList());
    }
  }

  @Test
  void sutimeRunsAloneOnParsedSentencesWithATimeCue() {
    CoreNlpAnnotator annotator =
        new CoreNlpAnnotator(NlpConfig.defaults(), s -> SentenceTriage.Needs.EVERYTHING);

    AnnotatedArticle selective = annotator.annotate(ARTICLE);

    assertThat(selective.sentences().get(1).times())
        .extracting(TimeExpression::text, TimeExpression::type, TimeExpression::value)
        .containsExactly(tuple("Thursday", "DATE", "2021-07-08"));
    assertThat(selective.sentences().get(3).times())
        .extracting(TimeExpression::text, TimeExpression::value)
        .containsExactly(tuple("last week", "2021-W26"));
    assertThat(token(selective, 1, "Thursday").ner()).isEqualTo("DATE");
    // no time word, so SUTime never saw it
    assertThat(selective.sentences().get(2).times()).isEmpty();
    assertThat(annotator.counts()).isEqualTo(new CoreNlpAnnotator.Counts(4, 4, 4, 2));
  }

  @Test
  void sutimeRunsOnlyOnTheTimeCandidatesTheTriageChoosesOnTheParsedArticle() {
    List<List<Integer>> seen = new CopyOnWriteArrayList<>();
    SentenceTriage onlyTheLast = new SentenceTriage() {
      @Override
      public Needs needs(Sentence tagged) {
        return Needs.EVERYTHING;
      }

      @Override
      public java.util.Set<Integer> timed(Article article, List<Sentence> sentences,
          java.util.Set<Integer> candidates) {
        // it sees the whole article parsed, before any time expression
        assertThat(sentences).allSatisfy(s -> assertThat(s.times()).isEmpty());
        assertThat(sentences.get(3).dependencies()).isNotEmpty();
        seen.add(candidates.stream().sorted().toList());
        return java.util.Set.of(3);
      }
    };
    CoreNlpAnnotator annotator = new CoreNlpAnnotator(NlpConfig.defaults(), onlyTheLast);

    AnnotatedArticle selective = annotator.annotate(ARTICLE);

    assertThat(seen).containsExactly(List.of(1, 3));
    assertThat(selective.sentences().get(1).times()).isEmpty();
    assertThat(token(selective, 1, "Thursday").ner()).isEqualTo("O");
    assertThat(selective.sentences().get(3).times())
        .extracting(TimeExpression::text, TimeExpression::value)
        .containsExactly(tuple("last week", "2021-W26"));
    // the sentence converted again keeps its parse
    assertThat(selective.sentences().get(3).dependencies())
        .isEqualTo(full.sentences().get(3).dependencies());
    assertThat(annotator.counts()).isEqualTo(new CoreNlpAnnotator.Counts(4, 4, 4, 1));
  }

  @Test
  void sentencesTheTriageLeavesOutKeepTokensTagsAndLemmasOnly() {
    CoreNlpAnnotator annotator = new CoreNlpAnnotator(NlpConfig.defaults(),
        s -> s.text().startsWith("Hundreds") ? SentenceTriage.Needs.EVERYTHING : SentenceTriage.Needs.NOTHING);

    AnnotatedArticle selective = annotator.annotate(ARTICLE);

    Sentence asked = selective.sentences().get(1);
    assertThat(asked.dependencies()).isEmpty();
    assertThat(asked.times()).isEmpty();
    assertThat(asked.tokens()).extracting(Token::ner).containsOnly("O");
    assertThat(token(selective, 1, "asked").lemma()).isEqualTo("ask");
    assertThat(selective.sentences().get(2).dependencies())
        .isEqualTo(full.sentences().get(2).dependencies());
    assertThat(token(selective, 2, "Gondor").ner()).isEqualTo("LOCATION");
    assertThat(annotator.counts()).isEqualTo(new CoreNlpAnnotator.Counts(4, 1, 1, 0));
  }

  @Test
  void namesWithoutAParseGetNamedEntitiesAndNothingElse() {
    AnnotatedArticle selective = new CoreNlpAnnotator(NlpConfig.defaults(),
        s -> new SentenceTriage.Needs(false, true)).annotate(ARTICLE);

    assertThat(selective.sentences()).allSatisfy(s -> assertThat(s.dependencies()).isEmpty());
    assertThat(token(selective, 2, "Gondor").ner()).isEqualTo("LOCATION");
  }

  @Test
  void triageSeesTaggedSentencesWithoutEntitiesOrDependencies() {
    List<Sentence> seen = new CopyOnWriteArrayList<>();
    new CoreNlpAnnotator(NlpConfig.defaults(), s -> {
      seen.add(s);
      return SentenceTriage.Needs.NOTHING;
    }).annotate(ARTICLE);

    assertThat(seen).hasSize(4);
    Sentence fled = seen.get(2);
    assertThat(fled.dependencies()).isEmpty();
    assertThat(fled.times()).isEmpty();
    assertThat(fled.tokens()).extracting(Token::ner).containsOnly("O");
    assertThat(fled.tokens()).extracting(Token::word, Token::lemma, Token::pos)
        .contains(tuple("fled", "flee", "VBD"), tuple("soldiers", "soldier", "NNS"));
  }

  private static Token token(AnnotatedArticle a, int sentence, String word) {
    return a.sentences().get(sentence).tokens().stream().filter(t -> t.word().equals(word))
        .findFirst().orElseThrow(() -> new AssertionError(word + " not in sentence " + sentence));
  }
}
