package org.vigil.eval.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.vigil.core.article.Article;
import org.vigil.eval.ArticleSplit;
import org.vigil.ingest.ArticleReader;
import org.vigil.ingest.IngestConfig;
import org.vigil.ingest.story.StoryConfig;
import org.vigil.testkit.Shared;

final class StoryEvaluationTest {
  private static final LocalDate DAY = LocalDate.of(2024, 3, 1);

  /** A made-up article of {@code n} paragraphs of two sentences, its words drawn from its own seed. */
  private static Article madeUp(String id, int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    String[] words = {"army", "border", "village", "talks", "minister", "ceasefire", "drone", "river", "aid",
        "convoy", "governor", "shelling", "town", "police", "protest", "council", "troops", "refugees", "capital",
        "envoy", "road", "school", "hospital", "night", "week", "officials", "report", "election", "court", "port"};
    List<String> paragraphs = new ArrayList<>();
    for (int p = 0; p < n; p++) {
      StringBuilder para = new StringBuilder();
      for (int s = 0; s < 2; s++) {
        StringBuilder sentence = new StringBuilder("The");
        for (int w = 0; w < 14; w++) {
          sentence.append(' ').append(words[r.nextInt(words.length)]);
        }
        para.append(s == 0 ? "" : " ").append(sentence).append('.');
      }
      paragraphs.add(para.toString());
    }
    return new Article(id, DAY, "Title of " + id, String.join("\n\n", paragraphs), "", "test");
  }

  @Test
  void eachKindOfCopyChangesWhatItSays() {
    Article original = madeUp("x", 6, 1);
    SplittableRandom r = new SplittableRandom(7);

    Article trimmed = StoryCopies.copy(original, "t", DAY, Set.of(CopyKind.TRIMMED), r);
    Article headline = StoryCopies.copy(original, "h", DAY, Set.of(CopyKind.HEADLINE), r);
    Article wire = StoryCopies.copy(original, "w", DAY, Set.of(CopyKind.WIRE_PREFIX), r);
    Article added = StoryCopies.copy(original, "a", DAY, Set.of(CopyKind.SENTENCE_ADDED), r);
    Article removed = StoryCopies.copy(original, "r", DAY, Set.of(CopyKind.SENTENCE_REMOVED), r);
    Article reordered = StoryCopies.copy(original, "o", DAY, Set.of(CopyKind.REORDERED), r);

    assertThat(StoryCopies.paragraphs(trimmed.text()).size()).isBetween(3, 5);
    assertThat(original.text()).startsWith(trimmed.text());
    assertThat(headline.text()).isEqualTo(original.text());
    assertThat(headline.title()).isNotEqualTo(original.title());
    assertThat(wire.text()).matches("(?s)[A-Z][^-]* -- The .*").endsWith(original.text());
    assertThat(StoryCopies.sentences(added.text())).hasSize(13);
    assertThat(StoryCopies.sentences(removed.text())).hasSize(11);
    assertThat(reordered.text()).isNotEqualTo(original.text());
    assertThat(StoryCopies.sentences(reordered.text())).containsExactlyInAnyOrderElementsOf(
        StoryCopies.sentences(original.text()));
  }

  @Test
  void pairsAreCountedOverTheWholeSet() {
    Article a = madeUp("a", 2, 1);
    List<StoryCopies.Labelled> set = List.of(
        new StoryCopies.Labelled(a, "A", Set.of()),
        new StoryCopies.Labelled(madeUp("a1", 2, 2), "A", EnumSet.of(CopyKind.TRIMMED)),
        new StoryCopies.Labelled(madeUp("a2", 2, 3), "A", EnumSet.of(CopyKind.HEADLINE, CopyKind.REORDERED)),
        new StoryCopies.Labelled(madeUp("b", 2, 4), "B", Set.of()),
        new StoryCopies.Labelled(madeUp("b1", 2, 5), "B", EnumSet.of(CopyKind.TRIMMED)));
    // a1 found; a2 missed; b1 wrongly in a's story
    Map<String, String> story = Map.of("a", "s1", "a1", "s1", "a2", "s2", "b", "s3", "b1", "s1");

    StoryReport report = StoryEvaluation.score(set, story, "all", "test", 1, 2);

    assertThat(report.goldPairs()).as("3 of A, 1 of B").isEqualTo(4);
    assertThat(report.predictedPairs()).as("3 in s1").isEqualTo(3);
    assertThat(report.truePairs()).as("a-a1").isEqualTo(1);
    assertThat(report.precision()).isEqualTo(1.0 / 3);
    assertThat(report.recall()).isEqualTo(0.25);
    assertThat(report.copiesFound().get("trimmed")).containsExactly(1, 2);
    assertThat(report.copiesFound().get("combined")).containsExactly(0, 1);
    assertThat(report.toJson()).contains("\"precision\":0.3333", "\"recall\":0.25", "\"trimmed\":{\"found\":1,\"made\":2}");
  }

  @Test
  void madeUpArticlesAndTheirCopiesAreFoundAndKeptApart() {
    List<Article> corpus = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      corpus.add(madeUp("m" + i, 5 + i % 4, 100 + i));
    }

    StoryReport report = StoryEvaluation.run(corpus, ArticleSplit.ALL, StoryConfig.defaults(), 5,
        StoryEvaluation.DEFAULT_COPIES);

    assertThat(report.articles()).isEqualTo(12 * 11);
    assertThat(report.precision()).isEqualTo(1.0);
    assertThat(report.recall()).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void anEmptySplitIsRefused() {
    assertThatThrownBy(() -> StoryEvaluation.run(List.of(), ArticleSplit.DEV, StoryConfig.defaults(), 1, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no article of the corpus is in the dev split");
  }

  /** The figures docs/ACCURACY.md reports, held to the targets of issue 13 on both halves. */
  @Test
  void voaStoriesMeetTheTargetsOnBothHalves() {
    Path corpus = Shared.file("corpus/voa-stories.jsonl");
    List<Article> articles = new ArrayList<>();
    new ArticleReader(IngestConfig.defaults()).read(corpus, articles::add, r -> { });
    for (ArticleSplit split : List.of(ArticleSplit.DEV, ArticleSplit.HELDOUT)) {
      StoryReport report = StoryEvaluation.run(articles, split, StoryConfig.defaults(), 13,
          StoryEvaluation.DEFAULT_COPIES);
      assertThat(report.precision()).as(split + " precision").isGreaterThanOrEqualTo(0.95);
      assertThat(report.recall()).as(split + " recall").isGreaterThanOrEqualTo(0.90);
    }
  }
}
