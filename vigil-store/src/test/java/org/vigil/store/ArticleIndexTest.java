package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.article.Article;

/** The Lucene article index: in memory (ByteBuffersDirectory) and in a folder. */
final class ArticleIndexTest {
  private static final LocalDate DAY = LocalDate.of(2021, 7, 9);
  private static final Article FLOOD = new Article("f1", DAY, "Floods in the valley",
      "Rescuers reached the flooded villages of the Vakhsh valley on Friday.", "", "test");
  private static final Article TALKS = new Article("t1", DAY, "Border talks",
      "Delegations of the two governments met to discuss the border.", "", "test");

  @Test
  void aWordOfTheTextFindsItsArticle() {
    try (ArticleIndex index = ArticleIndex.inMemory()) {
      index.add(FLOOD);
      index.add(TALKS);
      assertThat(index.search("villages", 10)).extracting(ArticleIndex.Hit::id).containsExactly("f1");
      assertThat(index.search("border", 10)).extracting(ArticleIndex.Hit::id).containsExactly("t1");
      assertThat(index.search("border villages", 10)).isEmpty();
      assertThat(index.search("border OR villages", 10)).hasSize(2);
    }
  }

  @Test
  void addEachIndexesEveryArticleWithOneCommitAndReplacesAsAddDoes(@TempDir Path dir) {
    try (ArticleIndex index = ArticleIndex.open(dir)) {
      index.add(FLOOD);
      long n = index.addEach(each -> java.util.List.of(FLOOD, TALKS).forEach(each));
      assertThat(n).isEqualTo(2);
      assertThat(index.size()).isEqualTo(2);
      assertThat(index.search("border", 10)).extracting(ArticleIndex.Hit::id).containsExactly("t1");
    }
    try (ArticleIndex index = ArticleIndex.open(dir)) {
      assertThat(index.size()).isEqualTo(2);
    }
  }

  @Test
  void addingAgainReplacesAndAFolderKeepsTheIndex(@TempDir Path dir) {
    try (ArticleIndex index = ArticleIndex.open(dir)) {
      index.add(FLOOD);
      index.add(FLOOD);
      assertThat(index.size()).isEqualTo(1);
    }
    try (ArticleIndex index = ArticleIndex.open(dir)) {
      assertThat(index.search("Vakhsh", 1)).singleElement().extracting(ArticleIndex.Hit::title)
          .isEqualTo("Floods in the valley");
    }
  }

  @Test
  void aQueryThatDoesNotParseIsNamed() {
    try (ArticleIndex index = ArticleIndex.inMemory()) {
      assertThatThrownBy(() -> index.search("border AND (", 10))
          .isInstanceOf(ArticleIndex.BadQueryException.class)
          .hasMessageStartingWith("cannot parse the search query \"border AND (\": ");
    }
  }
}
