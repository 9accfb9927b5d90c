package org.vigil.ingest.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vigil.ingest.story.StoryTexts.DAY;
import static org.vigil.ingest.story.StoryTexts.SHELLING;
import static org.vigil.ingest.story.StoryTexts.TALKS;
import static org.vigil.ingest.story.StoryTexts.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.vigil.core.article.Article;
import org.vigil.core.article.StoryAssignment;

final class StoryIndexTest {

  private final StoryIndex index = new StoryIndex(StoryConfig.defaults());
  private final Article original = article("a1", DAY, "Shells hit border villages", SHELLING);

  @Test
  void theFirstArticleStartsAStoryNamedByItsContentHash() {
    StoryAssignment a = index.add(original);

    assertThat(a).isEqualTo(new StoryAssignment("a1", original.contentHash(), true, null, 0));
  }

  @Test
  void anExactDuplicateUnderAnotherIdJoinsTheStory() {
    index.add(original);

    StoryAssignment copy = index.add(new Article("a2", DAY, "Other title", original.text().replace("\n\n", "\r\n"),
        "", "wire"));

    assertThat(copy).isEqualTo(new StoryAssignment("a2", original.contentHash(), false, "a1", 1.0));
  }

  @Test
  void aNewHeadlineWithAWirePrefixIsACopy() {
    index.add(original);
    List<String> prefixed = new ArrayList<>(SHELLING);
    prefixed.set(0, "KESSEL, Estmark (Lake News Agency) -- " + prefixed.get(0));

    StoryAssignment copy = index.add(article("a2", DAY.plusDays(1), "Norvania shells Estmark", prefixed));

    assertThat(copy.isNew()).isFalse();
    assertThat(copy.storyId()).isEqualTo(original.contentHash());
    assertThat(copy.duplicateOf()).isEqualTo("a1");
    assertThat(copy.similarity()).isBetween(0.9, 1.0);
  }

  @Test
  void reorderedParagraphsWithOneSentenceChangedAreACopy() {
    index.add(original);
    List<String> edited = new ArrayList<>(List.of(SHELLING.get(1), SHELLING.get(0), SHELLING.get(3), SHELLING.get(2),
        SHELLING.get(5), SHELLING.get(4)));
    edited.set(2, "Mediators called both sides to talks on Friday.");

    StoryAssignment copy = index.add(article("a2", DAY, "", edited));

    assertThat(copy.duplicateOf()).isEqualTo("a1");
    assertThat(copy.similarity()).isBetween(0.5, 0.95);
  }

  @Test
  void aCopyTrimmedToItsFirstThirdIsFoundByContainment() {
    index.add(original);

    StoryAssignment trimmed = index.add(article("a2", DAY, "", SHELLING.subList(0, 2)));

    assertThat(trimmed.duplicateOf()).isEqualTo("a1");
    assertThat(trimmed.similarity()).as("Jaccard alone would miss it").isLessThan(StoryConfig.defaults().jaccard());
  }

  @Test
  void anotherStoryOnTheSameConflictIsNew() {
    index.add(original);

    StoryAssignment talks = index.add(article("b1", DAY, "Talks open", TALKS));

    assertThat(talks.isNew()).isTrue();
    assertThat(talks.storyId()).isNotEqualTo(original.contentHash());
  }

  @Test
  void copiesFurtherApartThanTheWindowAreNeverOneStory() {
    index.add(original);
    int window = StoryConfig.defaults().windowDays();

    StoryAssignment late = index.add(new Article("a2", DAY.plusDays(window + 1), "", original.text(), "", ""));
    StoryAssignment justIn = index.add(new Article("a3", DAY.plusDays(window), "", original.text() + " More.", "", ""));

    assertThat(late.isNew()).isTrue();
    assertThat(justIn.isNew()).isFalse();
  }

  @Test
  void articlesOlderThanTheWindowBeforeTheNewestAreForgotten() {
    index.add(original);
    index.add(article("b1", DAY.plusDays(1), "", TALKS));
    assertThat(index.size()).isEqualTo(2);

    index.add(article("c1", DAY.plusDays(StoryConfig.defaults().windowDays() + 1), "", List.of("Something else entirely"
        + " happened in another place to other people.")));

    assertThat(index.size()).isEqualTo(2);
    assertThat(index.add(new Article("a9", DAY.plusDays(2), "", original.text() + " Again.", "", "")).isNew())
        .as("its original is forgotten").isTrue();
  }

  @Test
  void anArticleRememberedFromAnEarlierRunTakesItsCopies() {
    index.remember(original, "story-of-last-run");

    StoryAssignment copy = index.add(new Article("a2", DAY, "", "GENEVA -- " + original.text(), "", ""));

    assertThat(copy).isEqualTo(new StoryAssignment("a2", "story-of-last-run", false, "a1", copy.similarity()));
    assertThat(index.add(original).storyId()).as("an exact duplicate").isEqualTo("story-of-last-run");
  }

  @Test
  void concurrentCopiesLandInOneStory() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    Set<String> stories = ConcurrentHashMap.newKeySet();
    Set<String> news = ConcurrentHashMap.newKeySet();
    CountDownLatch start = new CountDownLatch(1);
    for (int i = 0; i < 16; i++) {
      String id = "c" + i;
      String text = original.text() + " Update " + i + ".";
      pool.submit(() -> {
        start.await();
        StoryAssignment a = index.add(new Article(id, DAY, "", text, "", ""));
        stories.add(a.storyId());
        if (a.isNew()) {
          news.add(id);
        }
        return null;
      });
    }
    start.countDown();
    pool.shutdown();
    assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

    assertThat(stories).hasSize(1);
    assertThat(news).hasSize(1);
    assertThat(index.size()).isEqualTo(16);
  }

  @Nested
  final class Config {
    @Test
    void hashesMustBeAMultipleOfTheBands() {
      assertThatThrownBy(() -> new StoryConfig(4, 100, 64, 0.5, 0.8, 20, 3, 1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("story hashes (100) must be a positive multiple of the bands (64)");
    }

    @Test
    void thresholdsMustBeShares() {
      assertThatThrownBy(() -> StoryConfig.defaults().withThresholds(0, 0.8))
          .hasMessage("story jaccard threshold must be in (0, 1], was 0.0");
      assertThatThrownBy(() -> StoryConfig.defaults().withThresholds(0.5, 1.5))
          .hasMessage("story containment threshold must be in (0, 1], was 1.5");
    }

    @Test
    void theWindowCannotBeNegative() {
      assertThatThrownBy(() -> StoryConfig.defaults().withWindowDays(-1))
          .hasMessage("story window must be at least 0 days, was -1");
    }
  }
}
