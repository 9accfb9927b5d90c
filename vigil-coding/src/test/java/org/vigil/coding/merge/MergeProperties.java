package org.vigil.coding.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.EventMention;
import org.vigil.core.event.Location;
import org.vigil.core.event.MentionRef;
import org.vigil.core.event.MergedEvent;
import org.vigil.testkit.Events;
import org.vigil.testkit.Seeded;

/** Seeded random mention sets: merging is independent of order, idempotent and counts copies once. */
final class MergeProperties {
  private static final List<String> SOURCES = List.of("RUSMIL", "UKRMIL", "USAGOV");
  private static final List<String> TARGETS = List.of("UKR", "RUS", "NATO");
  private static final List<String> CODES = List.of("190", "036", "173");
  private static final List<Location> PLACES = new ArrayList<>(List.of(MentionMergerTest.KYIV,
      MentionMergerTest.BROVARY, MentionMergerTest.LVIV, MentionMergerTest.UKRAINE, MentionMergerTest.RUSSIA));

  static {
    PLACES.add(null);
  }

  private final MentionMerger merger = new MentionMerger(MergeConfig.defaults());

  private static List<EventMention> mentions(Seeded.Gen g) {
    List<EventMention> all = new ArrayList<>();
    int articles = g.between(1, 12);
    for (int a = 0; a < articles; a++) {
      String article = "a" + a;
      String story = "s" + g.between(0, articles / 2);
      String source = g.pick(List.of("voa", "bbc", "afp", ""));
      LocalDate day = MentionMergerTest.DAY.plusDays(g.between(0, 8));
      int events = g.between(1, 4);
      for (int e = 0; e < events; e++) {
        String cameo = g.pick(CODES);
        CodedEvent event = Events.event(new Article(article, day, "", "x", "", ""), article + "-e" + e)
            .date(day.plusDays(g.between(-1, 1))).source(g.pick(SOURCES), "RUS").target(g.pick(TARGETS), "UKR")
            .cameo(cameo, 4, -5).negated(g.between(0, 9) == 0).location(g.pick(PLACES)).sentence(e)
            .trigger(e * 10, e * 10 + 4).build();
        all.add(new EventMention(event, source, story));
      }
    }
    return all;
  }

  @Test
  void theOrderOfArrivalDoesNotChangeTheResult() {
    Seeded.forEachCase(300, 0x13_0001L, g -> {
      List<EventMention> mentions = mentions(g);
      List<EventMention> shuffled = new ArrayList<>(mentions);
      Collections.shuffle(shuffled, new Random(g.nextLong()));

      assertThat(merger.merge(shuffled)).isEqualTo(merger.merge(mentions));
    });
  }

  @Test
  void mergingIsIdempotentAndKeepsEveryMentionOnce() {
    Seeded.forEachCase(300, 0x13_0002L, g -> {
      List<EventMention> mentions = mentions(g);
      List<MergedEvent> merged = merger.merge(mentions);
      List<EventMention> again = new ArrayList<>(mentions);
      again.addAll(mentions.subList(0, g.between(0, mentions.size())));

      assertThat(merger.merge(again)).as("mentions given twice").isEqualTo(merged);
      List<String> ids = merged.stream().flatMap(m -> m.mentions().stream()).map(MentionRef::eventId).toList();
      assertThat(ids).doesNotHaveDuplicates().hasSameSizeAs(mentions);
      for (MergedEvent m : merged) {
        // merging one merged event's mentions alone gives it back
        List<EventMention> own = mentions.stream()
            .filter(x -> m.mentions().stream().anyMatch(r -> r.eventId().equals(x.event().eventId()))).toList();
        assertThat(merger.merge(own)).containsExactly(m);
        assertThat(m.mentions().get(0).eventId()).isEqualTo(m.canonical().eventId());
        assertThat(m.id()).isEqualTo(MentionMerger.mergedId(m.canonical().eventId()));
      }
    });
  }

  @Test
  void aCopyInTheSameStoryChangesNoCount() {
    Seeded.forEachCase(300, 0x13_0003L, g -> {
      List<EventMention> mentions = mentions(g);
      // a wire copy of one article: the same events under another article id, in the same story
      String copied = mentions.get(g.between(0, mentions.size() - 1)).event().articleId();
      List<EventMention> withCopy = new ArrayList<>(mentions);
      for (EventMention m : mentions) {
        if (m.event().articleId().equals(copied)) {
          CodedEvent e = m.event();
          CodedEvent copy = new CodedEvent("copy-" + copied, "copy-" + e.eventId(), e.date(), e.source(), e.target(),
              e.cameo(), e.cameoRoot(), e.quadClass(), e.goldstein(), e.plover(), e.negated(), e.modality(),
              e.location(), e.evidence(), e.confidence());
          withCopy.add(new EventMention(copy, "wire", m.storyId()));
        }
      }

      List<MergedEvent> before = merger.merge(mentions);
      List<MergedEvent> after = merger.merge(withCopy);
      Set<String> copyIds = new HashSet<>();
      withCopy.stream().filter(m -> m.event().articleId().startsWith("copy-"))
          .forEach(m -> copyIds.add(m.event().eventId()));
      assertThat(after).hasSameSizeAs(before);
      for (int i = 0; i < before.size(); i++) {
        MergedEvent b = before.get(i);
        MergedEvent a = after.get(i);
        assertThat(a.numMentions()).isEqualTo(b.numMentions());
        assertThat(a.numArticles()).isEqualTo(b.numArticles());
        assertThat(a.mentions().stream().filter(r -> !copyIds.contains(r.eventId())).toList())
            .isEqualTo(b.mentions());
      }
    });
  }
}
