package org.vigil.coding.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.EventMention;
import org.vigil.core.event.EventMerger.BlockWindow;
import org.vigil.core.event.EventMerger.StoredMention;
import org.vigil.core.event.EventMerger.WindowMerge;
import org.vigil.core.event.Location;
import org.vigil.core.event.MentionRef;
import org.vigil.core.event.MergedEvent;
import org.vigil.testkit.Events;
import org.vigil.testkit.Seeded;

/**
 * Seeded: merging added mentions by a window of a block ({@link MentionMerger#mergeWindow}, issue 13
 * round 3) changes the stored merge exactly as merging the whole block again does, whatever the
 * window's length (a window too short says so and a longer one is read).
 */
final class MergeWindowProperties {
  private static final List<Location> PLACES = new ArrayList<>(List.of(MentionMergerTest.KYIV,
      MentionMergerTest.BROVARY, MentionMergerTest.LVIV, MentionMergerTest.UKRAINE));

  static {
    PLACES.add(null);
  }

  /** Mentions of one block over {@code days} days, some dated a day, some a week (a range). */
  static List<EventMention> mentions(Seeded.Gen g, String prefix, int count, int days) {
    List<EventMention> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      LocalDate day = MentionMergerTest.DAY.plusDays(g.between(0, days));
      String article = prefix + "a" + g.between(0, count);
      Events.Builder b = Events.event(new Article(article, day, "", "x", "", ""), prefix + "e" + i)
          .source("RUSMIL", "RUS").target("UKRMIL", "UKR").cameo("190", 4, -10).negated(false)
          .location(g.pick(PLACES)).sentence(g.between(0, 3)).trigger(i, i + 2);
      if (g.between(0, 4) > 0) {
        b.date(day); // else the builder's week before the article
      }
      out.add(new EventMention(b.build(), g.pick(List.of("voa", "bbc", "afp")), "s" + g.between(0, count / 2)));
    }
    return out;
  }

  @Test
  void aWindowGivesWhatMergingTheWholeBlockGives() {
    int[] longer = {0};
    Seeded.forEachCase(400, 0x13_3001L, g -> {
      MentionMerger merger = new MentionMerger(new MergeConfig(g.between(0, 4), 50));
      int days = g.between(5, 90);
      List<EventMention> stored = mentions(g, "", g.between(0, 60), days);
      List<EventMention> added = mentions(g, "new-", g.between(1, 4), days);
      List<MergedEvent> before = merger.merge(stored);
      List<EventMention> all = new ArrayList<>(stored);
      all.addAll(added);
      List<MergedEvent> expected = merger.merge(all);

      LocalDate cut = added.stream().map(m -> m.event().date().date()).min(LocalDate::compareTo).orElseThrow();
      int length = g.between(0, 6);
      int windows = 0;
      while (true) {
        windows++;
        LocalDate until = cut.plusDays(length);
        for (EventMention m : added) {
          until = m.event().date().date().isAfter(until) ? m.event().date().date() : until;
        }
        BlockWindow window = window(merger, before, stored, cut, until, added);
        Optional<WindowMerge> result = merger.mergeWindow(window);
        if (result.isEmpty()) {
          assertThat(window.complete()).as("a complete window always answers").isFalse();
          longer[0]++;
          length = length * 2 + 1;
          continue;
        }
        Map<String, MergedEvent> applied = new LinkedHashMap<>();
        before.forEach(m -> applied.put(m.id(), m));
        result.get().replaced().forEach(applied::remove);
        result.get().merged().forEach(m -> applied.put(m.id(), m));
        assertThat(applied.values()).as("after %d window(s)", windows).containsExactlyInAnyOrderElementsOf(expected);
        break;
      }
    });
    // a new canonical mention changed merged events beyond the first window in some cases
    assertThat(longer[0]).as("windows read again longer").isPositive();
  }

  /** The window a store reads: as {@link BlockWindow} asks, from the stored merge {@code before}. */
  static BlockWindow window(MentionMerger merger, List<MergedEvent> before, List<EventMention> stored, LocalDate cut,
      LocalDate until, List<EventMention> added) {
    Map<String, EventMention> byId = new LinkedHashMap<>();
    stored.forEach(m -> byId.put(m.event().eventId(), m));
    List<StoredMention> out = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    for (MergedEvent m : before) {
      CodedEvent c = m.canonical();
      boolean priorInReach = c.date().date().isBefore(cut) && !c.date().end().isBefore(cut.minusDays(merger.reach()));
      boolean touched = m.mentions().stream().map(r -> byId.get(r.eventId()).event().date().date())
          .anyMatch(d -> !d.isBefore(cut) && !d.isAfter(until));
      if (priorInReach || touched) {
        for (MentionRef r : m.mentions()) {
          if (taken.add(r.eventId())) {
            out.add(new StoredMention(byId.get(r.eventId()), m.id(), c.eventId()));
          }
        }
      }
    }
    boolean complete = stored.stream().noneMatch(m -> m.event().date().date().isAfter(until));
    return new BlockWindow(cut, until, complete, out, added);
  }

  @Test
  void anAddedMentionBeforeTheCutOrStoredAlreadyIsRefused() {
    Seeded.forEachCase(1, 0x13_3002L, g -> {
      MentionMerger merger = new MentionMerger(MergeConfig.defaults());
      List<EventMention> stored = mentions(g, "", 3, 0);
      List<MergedEvent> before = merger.merge(stored);
      LocalDate day = MentionMergerTest.DAY;
      assertThatThrownBy(() -> merger.mergeWindow(window(merger, before, stored, day.plusDays(1), day.plusDays(2),
          List.of(new EventMention(Events.event(new Article("new-a", day, "", "x", "", ""), "new-e0").date(day)
              .source("RUSMIL", "RUS").target("UKRMIL", "UKR").cameo("190", 4, -10).negated(false).build(), "voa",
              "s9"))))).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("added mention new-e0 is dated " + day + ", outside its window " + day.plusDays(1) + ".."
              + day.plusDays(2));
      LocalDate first = stored.get(0).event().date().date();
      assertThatThrownBy(() -> merger.mergeWindow(window(merger, before, stored, first, first, List.of(stored.get(0)))))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("added mention e0 is stored already");
    });
  }
}
