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
import org.vigil.core.article.StoryAssignment;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.EventMention;
import org.vigil.core.event.Location;
import org.vigil.core.event.MergedEvent;
import org.vigil.core.store.EventQuery;
import org.vigil.core.store.EventStore.Coded;
import org.vigil.store.DuckDbEventStore;
import org.vigil.store.StoreConfig;
import org.vigil.testkit.Events;
import org.vigil.testkit.Seeded;

/**
 * Issue 13, round 3: the store merges a batch's events by windows of their blocks (the mentions
 * within reach of the new ones' dates, read again longer when a new canonical mention changes the
 * merged events after them), and after random batches, in random order of dates, its merged
 * events are those of merging every stored mention at once. Real merger, DuckDB in memory.
 */
final class BoundedMergeTest {
  private static final InstantSource CLOCK = InstantSource.fixed(Instant.parse("2024-09-01T00:00:00Z"));
  private static final LocalDate DAY = LocalDate.of(2024, 5, 1);
  private static final Location KYIV = new Location("Kyiv", "city", "UKR", "Kyiv", 50.45, 30.52, 703448L, "text",
      "in Kyiv", 0.9);
  private static final Location LVIV = new Location("Lviv", "city", "UKR", "Lviv", 49.84, 24.03, 702550L, "text",
      "in Lviv", 0.9);
  private static final Location UKRAINE = new Location("Ukraine", "country", "UKR", null, 49.0, 32.0, 690791L,
      "text", "in Ukraine", 0.8);
  private static final List<Location> PLACES = new ArrayList<>(List.of(KYIV, LVIV, UKRAINE));

  static {
    PLACES.add(null);
  }

  /** Articles with 1-4 events each in two blocks (two dyads), dated over {@code days} days. */
  private static List<Coded> articles(Seeded.Gen g, int count, int days) {
    List<Coded> out = new ArrayList<>();
    for (int a = 0; a < count; a++) {
      LocalDate day = DAY.plusDays(g.between(0, days));
      Article article = new Article("a" + a, day, "Report " + a, "Made-up report number " + a + ".", "",
          g.pick(List.of("voa", "bbc", "afp")));
      List<CodedEvent> events = new ArrayList<>();
      for (int e = 0; e < g.between(1, 4); e++) {
        Events.Builder b = Events.event(article, "a" + a + "-e" + e)
            .source(g.pick(List.of("RUSMIL", "BLRMIL")), g.pick(List.of("RUS", "BLR"))).target("UKRMIL", "UKR")
            .cameo("190", 4, -10).negated(false).location(g.pick(PLACES)).sentence(e).trigger(e * 10, e * 10 + 4);
        if (g.between(0, 4) > 0) {
          b.date(day.minusDays(g.between(0, 2))); // else the builder's week before the article
        }
        events.add(b.build());
      }
      out.add(new Coded(article, events));
    }
    return out;
  }

  @Test
  void randomBatchesGiveTheMergedEventsOfMergingEverything() {
    Seeded.forEachCase(20, 0x13_3003L, g -> {
      MentionMerger merger = new MentionMerger(new MergeConfig(g.between(0, 3), 50));
      List<Coded> all = articles(g, g.between(5, 40), g.between(10, 90));
      List<Coded> shuffled = new ArrayList<>(all);
      Collections.shuffle(shuffled, new Random(g.nextLong()));
      try (DuckDbEventStore store = new DuckDbEventStore(StoreConfig.inMemory(), CLOCK, merger)) {
        for (int i = 0; i < shuffled.size(); ) {
          int n = g.between(1, 8);
          List<Coded> batch = shuffled.subList(i, Math.min(shuffled.size(), i + n));
          assertThat(store.storeAll(batch)).allMatch(org.vigil.core.store.EventStore.Outcome::stored);
          i += n;
        }
        List<EventMention> mentions = new ArrayList<>();
        for (Coded c : all) {
          for (CodedEvent e : c.events()) {
            mentions.add(new EventMention(e, c.article().source(), StoryAssignment.alone(c.article()).storyId()));
          }
        }
        List<MergedEvent> expected = merger.merge(mentions);
        List<MergedEvent> stored = new ArrayList<>();
        for (MergedEvent m : store.mergedEvents(EventQuery.all(100_000))) {
          stored.add(store.mergedEvent(m.id()).orElseThrow());
        }
        assertThat(stored).containsExactlyInAnyOrderElementsOf(expected);
      }
    });
  }
}
