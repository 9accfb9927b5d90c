package org.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.vigil.coding.merge.MentionMerger;
import org.vigil.coding.merge.MergeConfig;
import org.vigil.core.article.Article;
import org.vigil.core.article.Story;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.MergedEvent;
import org.vigil.core.store.EventQuery;
import org.vigil.ingest.story.StoryConfig;
import org.vigil.ingest.story.StoryIndex;
import org.vigil.store.DuckDbEventStore;
import org.vigil.store.StoreConfig;
import org.vigil.testkit.Events;
import org.vigil.testkit.Seeded;

/**
 * Stories and merged events through the sink an ingest uses (issue 13): real story index, real
 * merger, DuckDB in memory.
 */
final class StoreSinkStoriesTest {
  private static final InstantSource CLOCK = InstantSource.fixed(Instant.parse("2024-05-15T00:00:00Z"));
  private static final LocalDate DAY = LocalDate.of(2024, 5, 14);
  // made-up report of a made-up border clash
  private static final String REPORT = "Troops of Norvania fired artillery at border posts of Estmark on Monday night,"
      + " the Estmark defence ministry said on Tuesday. Two soldiers were wounded and a customs building burned."
      + " Norvania said its gunners answered fire from the other side of the river. Mediators from the Lake Council"
      + " called both governments to talks in the capital on Friday and asked them to pull heavy weapons back from"
      + " the frontier. Aid groups said families from three villages had left for the town of Kessel.";
  private static final String OTHER = "Norvania and Estmark agreed to reopen the border crossing at Kessel for trade,"
      + " officials said after talks that lasted most of the week. Customs officers from both sides will share one"
      + " building, and trucks carrying grain will be the first allowed through.";

  private static final Article ORIGINAL = new Article("orig", DAY, "Clash on the border", REPORT, "", "voa");
  private static final Article WIRE = new Article("wire", DAY, "Norvania fires on Estmark posts",
      "KESSEL, Estmark (Lake Wire) -- " + REPORT + " The claims could not be verified.", "", "lakewire");
  private static final Article UNRELATED = new Article("other", DAY, "Crossing reopens", OTHER, "", "bbc");

  private static CodedEvent fire(Article a, String id, int sentence) {
    return Events.event(a, id).date(DAY.minusDays(1)).source("NORMIL", "NOR").target("ESTMIL", "EST")
        .cameo("190", 4, -10).negated(false).location(null).sentence(sentence).trigger(sentence * 10, sentence * 10 + 5)
        .build();
  }

  private static final List<Object[]> ARTICLES = List.of(
      new Object[] {ORIGINAL, List.of(fire(ORIGINAL, "o1", 0), fire(ORIGINAL, "o2", 2))},
      new Object[] {WIRE, List.of(fire(WIRE, "w1", 0), fire(WIRE, "w2", 2))},
      new Object[] {UNRELATED, List.of(fire(UNRELATED, "u1", 1))});

  private static List<MergedEvent> ingest(List<Object[]> articles, DuckDbEventStore store) {
    StoreSink sink = new StoreSink(store, 2, new StoryIndex(StoryConfig.defaults()));
    IngestJob.Rejections none = (record, reason) -> {
      throw new AssertionError(record + ": " + reason);
    };
    for (Object[] a : articles) {
      @SuppressWarnings("unchecked")
      List<CodedEvent> events = (List<CodedEvent>) a[1];
      sink.accept((Article) a[0], events, none);
    }
    sink.finish(none);
    List<MergedEvent> merged = new ArrayList<>();
    for (MergedEvent m : store.mergedEvents(EventQuery.all(100))) {
      merged.add(store.mergedEvent(m.id()).orElseThrow());
    }
    return merged;
  }

  @Test
  void aWireCopyJoinsTheStoryAndItsMentionsCountOnce() {
    try (DuckDbEventStore store = new DuckDbEventStore(StoreConfig.inMemory(), CLOCK,
        new MentionMerger(MergeConfig.defaults()))) {
      List<MergedEvent> merged = ingest(ARTICLES, store);

      assertThat(store.stories(2, 10)).singleElement().satisfies(s -> {
        assertThat(s.articles()).extracting(Story.Member::articleId).containsExactly("orig", "wire");
        assertThat(s.articles().get(1).similarity()).isBetween(0.7, 1.0);
      });
      assertThat(merged).singleElement().satisfies(m -> {
        assertThat(m.mentions()).hasSize(5);
        assertThat(m.numMentions()).as("2 of the story (its copy repeats them), 1 of the other").isEqualTo(3);
        assertThat(m.numArticles()).as("stories").isEqualTo(2);
        assertThat(m.numSources()).isEqualTo(3);
      });
    }
  }

  @Test
  void theOrderOfArrivalChangesNoMergedEvent() {
    List<MergedEvent> first;
    try (DuckDbEventStore store = new DuckDbEventStore(StoreConfig.inMemory(), CLOCK,
        new MentionMerger(MergeConfig.defaults()))) {
      first = ingest(ARTICLES, store);
    }
    Seeded.forEachCase(6, 0x13_5115L, g -> {
      List<Object[]> shuffled = new ArrayList<>(ARTICLES);
      Collections.shuffle(shuffled, new Random(g.nextLong()));
      try (DuckDbEventStore store = new DuckDbEventStore(StoreConfig.inMemory(), CLOCK,
          new MentionMerger(MergeConfig.defaults()))) {
        List<MergedEvent> again = ingest(shuffled, store);
        // the story is named by whichever copy came first; everything else is the same
        assertThat(again).extracting(MergedEvent::id, MergedEvent::numMentions, MergedEvent::numArticles,
            MergedEvent::numSources).containsExactlyElementsOf(first.stream()
            .map(m -> org.assertj.core.groups.Tuple.tuple(m.id(), m.numMentions(), m.numArticles(), m.numSources()))
            .toList());
      }
    });
  }
}
