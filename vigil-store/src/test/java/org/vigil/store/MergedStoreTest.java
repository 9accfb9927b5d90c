package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vigil.core.article.Article;
import org.vigil.core.article.Story;
import org.vigil.core.article.StoryAssignment;
import org.vigil.core.article.StoredArticle;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.EventMention;
import org.vigil.core.event.MentionRef;
import org.vigil.core.event.MergedEvent;
import org.vigil.core.store.EventQuery;
import org.vigil.core.store.EventStore.Coded;
import org.vigil.testkit.Events;
import org.vigil.testkit.Seeded;

/** Stories and merged events kept by the store in memory as articles are stored (issue 13). */
final class MergedStoreTest {
  private static final InstantSource CLOCK = InstantSource.fixed(Instant.parse("2024-05-12T08:00:00Z"));
  static final LocalDate DAY_OF = LocalDate.of(2024, 5, 10);
  private static final LocalDate DAY = DAY_OF;

  private final SameDayMerger merger = new SameDayMerger();
  private final DuckDbEventStore store = new DuckDbEventStore(StoreConfig.inMemory(), CLOCK, merger);

  @AfterEach
  void close() {
    store.close();
  }

  static Article article(String id, LocalDate day, String source) {
    return new Article(id, day, "Title " + id, "Text of " + id + " on " + day + ".", "", source);
  }

  static CodedEvent attack(Article a, String id, LocalDate day, String target, int sentence) {
    return Events.event(a, id).date(day).source("RUSMIL", "RUS").target(target, target.substring(0, 3))
        .cameo("190", 4, -10).negated(false).sentence(sentence).trigger(sentence * 10, sentence * 10 + 4).build();
  }

  @Test
  void theMergedEventsOfSomeArticlesAreTheOnesTheirEventsMention() {
    Article a1 = article("a1", DAY, "voa");
    Article a2 = article("a2", DAY, "wire");
    Article b1 = article("b1", DAY.plusDays(1), "bbc");
    store.storeAll(List.of(new Coded(a1, List.of(attack(a1, "a1-ukr", DAY, "UKR", 0))),
        new Coded(a2, List.of(attack(a2, "a2-ukr", DAY, "UKR", 0)),
            new StoryAssignment("a2", a1.contentHash(), false, "a1", 0.9)),
        new Coded(b1, List.of(attack(b1, "b1-geo", DAY.plusDays(1), "GEORUS", 1)))));
    StoreReads reads = new StoreReads(store);
    // a2's event is a mention of the merged event whose canonical mention is a1's
    assertThat(reads.mergedIdsOf(List.of("a2"))).containsExactly("m-a1-ukr");
    assertThat(reads.mergedIdsOf(List.of("a1", "a2", "b1"))).containsExactly("m-b1-geo", "m-a1-ukr");
    assertThat(reads.mergedIdsOf(List.of("nope"))).isEmpty();
    assertThat(reads.mergedIdsOf(List.of())).isEmpty();
  }

  @Test
  void eachArticleKeepsItsStory() {
    Article a1 = article("a1", DAY, "voa");
    Article a2 = article("a2", DAY.plusDays(1), "wire");
    Article b1 = article("b1", DAY, "bbc");
    store.storeAll(List.of(new Coded(a1, List.of()),
        new Coded(a2, List.of(), new StoryAssignment("a2", a1.contentHash(), false, "a1", 0.91)),
        new Coded(b1, List.of())));

    assertThat(store.stories(2, 10)).containsExactly(new Story(a1.contentHash(), DAY, DAY.plusDays(1), List.of(
        new Story.Member("a1", DAY, "Title a1", "voa", null, 0),
        new Story.Member("a2", DAY.plusDays(1), "Title a2", "wire", "a1", 0.91))));
    assertThat(store.stories(1, 10)).extracting(Story::id).containsExactly(a1.contentHash(), b1.contentHash());
    assertThat(store.story(b1.contentHash())).get().extracting(s -> s.articles().size()).isEqualTo(1);
    assertThat(store.story("none")).isEmpty();
  }

  @Test
  void reportsOfOneEventBecomeOneMergedEventWithItsMentions() {
    Article a1 = article("a1", DAY, "voa");
    Article a2 = article("a2", DAY, "wire");
    Article b1 = article("b1", DAY, "bbc");
    store.store(a1, List.of(attack(a1, "e1", DAY, "UKR", 0), attack(a1, "e2", DAY, "UKR", 3)));
    assertThat(store.mergedEvents(EventQuery.all(10))).singleElement()
        .satisfies(m -> assertThat(m.numMentions()).isEqualTo(2));

    // a wire copy of a1 (same story) and another story
    store.storeAll(List.of(
        new Coded(a2, List.of(attack(a2, "e3", DAY, "UKR", 0), attack(a2, "e4", DAY, "UKR", 3)),
            new StoryAssignment("a2", a1.contentHash(), false, "a1", 0.97)),
        new Coded(b1, List.of(attack(b1, "e5", DAY, "UKR", 1), attack(b1, "e6", DAY, "UKRMIL", 2)))));

    List<MergedEvent> merged = store.mergedEvents(EventQuery.all(10));
    assertThat(merged).extracting(MergedEvent::id).containsExactlyInAnyOrder("m-e1", "m-e6");
    MergedEvent attack = store.mergedEvent("m-e1").orElseThrow();
    assertThat(List.of(attack.numMentions(), attack.numSources(), attack.numArticles()))
        .as("mentions (a2 copies a1), sources, stories").containsExactly(3, 3, 2);
    assertThat(attack.canonical()).isEqualTo(attack(a1, "e1", DAY, "UKR", 0));
    assertThat(attack.mentions()).containsExactly(
        new MentionRef("e1", "a1", a1.contentHash(), "voa", DAY, 0, 0, 4),
        new MentionRef("e2", "a1", a1.contentHash(), "voa", DAY, 3, 30, 34),
        new MentionRef("e3", "a2", a1.contentHash(), "wire", DAY, 0, 0, 4),
        new MentionRef("e4", "a2", a1.contentHash(), "wire", DAY, 3, 30, 34),
        new MentionRef("e5", "b1", b1.contentHash(), "bbc", DAY, 1, 10, 14));
    assertThat(merged.get(0).mentions()).as("a list comes without mentions").isEmpty();
    assertThat(store.mergedEvents(new EventQuery(null, "RUS", "19", null, null, null, 10))).hasSize(2);
    assertThat(store.mergedEvents(new EventQuery("XYZ", null, null, null, null, null, 10))).isEmpty();
    assertThat(store.mergedEvent("nope")).isEmpty();
  }

  @Test
  void anArticleStoredAgainChangesNothing() {
    Article a1 = article("a1", DAY, "voa");
    store.store(a1, List.of(attack(a1, "e1", DAY, "UKR", 0)));
    MergedEvent before = store.mergedEvent("m-e1").orElseThrow();

    assertThat(store.store(a1, List.of(attack(a1, "e1", DAY, "UKR", 0)))).isFalse();

    assertThat(store.mergedEvent("m-e1")).contains(before);
    assertThat(store.stories(1, 10)).hasSize(1);
  }

  @Test
  void anArticleThatFailsLeavesNoStoryAndNoMention() {
    Article a1 = article("a1", DAY, "voa");
    Article bad = article("bad", DAY, "voa");
    List<Coded> batch = List.of(new Coded(a1, List.of(attack(a1, "e1", DAY, "UKR", 0))),
        new Coded(bad, List.of(attack(bad, "twin", DAY, "UKR", 0), attack(bad, "twin", DAY, "UKR", 1))));

    assertThat(store.storeAll(batch)).extracting(o -> o.failed()).containsExactly(false, true);

    assertThat(store.stories(1, 10)).extracting(Story::id).containsExactly(a1.contentHash());
    assertThat(store.mergedEvent("m-e1").orElseThrow().mentions()).extracting(MentionRef::articleId)
        .containsExactly("a1");
    assertThat(store.mergedEvent("m-twin")).isEmpty();
  }

  @Test
  void theStoredMergeIsTheMergeOfAllMentionsWhateverTheOrderAndBatches() {
    Seeded.forEachCase(25, 0x13_5701L, g -> {
      List<Coded> all = new ArrayList<>();
      Map<String, String> storyOfArticle = new LinkedHashMap<>();
      int articles = g.between(1, 10);
      for (int i = 0; i < articles; i++) {
        LocalDate day = DAY.plusDays(g.between(0, 2));
        Article a = article("a" + i, day, g.pick(List.of("voa", "bbc", "")));
        List<CodedEvent> events = new ArrayList<>();
        for (int e = 0; e < g.between(0, 3); e++) {
          events.add(attack(a, "a" + i + "e" + e, day.plusDays(g.between(-1, 0)), g.pick(List.of("UKR", "UKRMIL")), e));
        }
        StoryAssignment story = i > 0 && g.bool()
            ? new StoryAssignment(a.id(), storyOfArticle.get("a" + g.between(0, i - 1)), false, "a0", 0.8)
            : StoryAssignment.alone(a);
        storyOfArticle.put(a.id(), story.storyId());
        all.add(new Coded(a, events, story));
      }
      List<Coded> shuffled = new ArrayList<>(all);
      Collections.shuffle(shuffled, new Random(g.nextLong()));
      try (DuckDbEventStore s = new DuckDbEventStore(StoreConfig.inMemory(), CLOCK, merger)) {
        for (int from = 0; from < shuffled.size(); ) {
          int to = Math.min(shuffled.size(), from + g.between(1, 4));
          s.storeAll(shuffled.subList(from, to));
          from = to;
        }
        List<EventMention> mentions = new ArrayList<>();
        for (Coded c : all) {
          c.events().forEach(e -> mentions.add(new EventMention(e, c.article().source(), c.story().storyId())));
        }
        List<MergedEvent> expected = merger.merge(mentions);
        List<MergedEvent> stored = new ArrayList<>();
        for (MergedEvent m : s.mergedEvents(EventQuery.all(1000))) {
          stored.add(s.mergedEvent(m.id()).orElseThrow());
        }
        assertThat(stored).containsExactlyInAnyOrderElementsOf(expected);
      }
    });
  }

  @Test
  void aStoreWithoutAMergerKeepsStoriesButNoMergedEvents() {
    try (DuckDbEventStore plain = new DuckDbEventStore(StoreConfig.inMemory(), CLOCK)) {
      Article a1 = article("a1", DAY, "voa");
      plain.store(a1, List.of(attack(a1, "e1", DAY, "UKR", 0)));

      assertThat(plain.mergedEvents(EventQuery.all(10))).isEmpty();
      assertThat(plain.stories(1, 10)).hasSize(1);
    }
  }

  @Test
  void theLatestArticlesAreThoseWithinTheDaysBeforeTheNewestWithTheirStories() {
    Article old = article("old", DAY.minusDays(5), "voa");
    Article a1 = article("a1", DAY.minusDays(2), "voa");
    Article a2 = article("a2", DAY, "wire");
    assertThat(store.latestArticles(3)).isEmpty();
    store.storeAll(List.of(new Coded(old, List.of()), new Coded(a1, List.of()),
        new Coded(a2, List.of(), new StoryAssignment("a2", a1.contentHash(), false, "a1", 0.9))));

    assertThat(store.latestArticles(3)).containsExactly(new StoredArticle(a1, a1.contentHash()),
        new StoredArticle(a2, a1.contentHash()));
    assertThat(store.latestArticles(0)).extracting(s -> s.article().id()).containsExactly("a2");
    assertThatThrownBy(() -> store.latestArticles(-1)).hasMessage("days must be at least 0, was -1");
  }

  @Test
  void storiesNeedPositiveBounds() {
    assertThatThrownBy(() -> store.stories(0, 10)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("stories need minArticles and limit of at least 1, were 0 and 10");
  }

  @Test
  void aStoryAssignmentOfAnotherArticleIsRefused() {
    Article a1 = article("a1", DAY, "voa");
    assertThatThrownBy(() -> new Coded(a1, List.of(), new StoryAssignment("a2", "s", true, null, 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the story assignment of article a2 was given with article a1");
  }
}
