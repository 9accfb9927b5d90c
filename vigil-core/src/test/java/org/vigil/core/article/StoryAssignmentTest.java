package org.vigil.core.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

final class StoryAssignmentTest {
  private static final Article ARTICLE = Article.of(LocalDate.of(2024, 5, 14), "T", "Shells hit the town.");

  @Test
  void anArticleAloneIsAStoryNamedByItsContentHash() {
    assertThat(StoryAssignment.alone(ARTICLE))
        .isEqualTo(new StoryAssignment(ARTICLE.id(), ARTICLE.contentHash(), true, null, 0));
  }

  @Test
  void aCopyNamesWhatItCopiesAndANewStoryDoesNot() {
    assertThatThrownBy(() -> new StoryAssignment("a2", "s1", false, null, 0.9))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("story assignment of article a2: a new story has no duplicateOf and a copy has one,"
            + " was isNew=false, duplicateOf=null");
    assertThatThrownBy(() -> new StoryAssignment("a2", "s1", true, "a1", 0))
        .hasMessage("story assignment of article a2: a new story has no duplicateOf and a copy has one,"
            + " was isNew=true, duplicateOf=a1");
  }

  @Test
  void similarityIsAShareAndTheStoryIsNamed() {
    assertThatThrownBy(() -> new StoryAssignment("a2", "s1", false, "a1", 1.5))
        .hasMessage("story assignment of article a2: similarity must be in [0, 1], was 1.5");
    assertThatThrownBy(() -> new StoryAssignment("a2", " ", true, null, 0))
        .hasMessage("story of article a2 must not be blank");
  }
}
