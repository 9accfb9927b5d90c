package org.vigil.coding.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.DateGranularity;
import org.vigil.core.event.EventDate;
import org.vigil.core.event.EventMention;
import org.vigil.core.event.Location;
import org.vigil.core.event.MentionRef;
import org.vigil.core.event.MergedEvent;
import org.vigil.testkit.Events;

final class MentionMergerTest {
  static final LocalDate DAY = LocalDate.of(2024, 5, 10);
  static final Location KYIV = new Location("Kyiv", "city", "UKR", "Kyiv", 50.45, 30.52, 703448L, "text", "in Kyiv", 0.9);
  static final Location BROVARY = new Location("Brovary", "city", "UKR", "Kyiv Oblast", 50.51, 30.79, 711660L, "text",
      "in Brovary", 0.9);
  static final Location LVIV = new Location("Lviv", "city", "UKR", "Lviv", 49.84, 24.03, 702550L, "text", "in Lviv", 0.9);
  static final Location UKRAINE = new Location("Ukraine", "country", "UKR", null, 49.0, 32.0, 690791L, "text",
      "in Ukraine", 0.8);
  static final Location RUSSIA = new Location("Russia", "country", "RUS", null, 60.0, 100.0, 2017370L, "actor", "",
      0.5);

  private final MentionMerger merger = new MentionMerger(MergeConfig.defaults());

  /** An attack by RUSMIL on UKR on {@code day}, at {@code place}, in its article's sentence {@code sentence}. */
  static CodedEvent attack(String article, String id, LocalDate day, Location place, int sentence) {
    return Events.event(new Article(article, day, "", "x", "", ""), id).date(day).source("RUSMIL", "RUS")
        .target("UKR", "UKR").cameo("190", 4, -10).negated(false).location(place).sentence(sentence)
        .trigger(10 * sentence, 10 * sentence + 5).build();
  }

  static EventMention mention(CodedEvent e, String source, String story) {
    return new EventMention(e, source, story);
  }

  @Test
  void reportsOfOneAttackTwoDaysApartAreOneEvent() {
    List<MergedEvent> merged = merger.merge(List.of(
        mention(attack("a1", "e1", DAY, KYIV, 0), "voa", "s1"),
        mention(attack("b1", "e2", DAY.plusDays(2), BROVARY, 3), "bbc", "s2")));

    assertThat(merged).hasSize(1);
    MergedEvent m = merged.get(0);
    assertThat(m.canonical().eventId()).isEqualTo("e1");
    assertThat(m.id()).isEqualTo(MentionMerger.mergedId("e1")).hasSize(24);
    assertThat(m.first()).isEqualTo(DAY);
    assertThat(m.last()).isEqualTo(DAY.plusDays(2));
    assertThat(m.mentions()).extracting(MentionRef::eventId).containsExactly("e1", "e2");
    assertThat(m.mentions().get(1)).isEqualTo(new MentionRef("e2", "b1", "s2", "bbc", DAY.plusDays(2), 3, 30, 35));
    assertThat(List.of(m.numMentions(), m.numSources(), m.numArticles())).containsExactly(2, 2, 2);
  }

  @Test
  void threeDaysApartAreTwoEvents() {
    assertThat(merger.merge(List.of(
        mention(attack("a1", "e1", DAY, KYIV, 0), "voa", "s1"),
        mention(attack("b1", "e2", DAY.plusDays(3), KYIV, 0), "voa", "s2")))).hasSize(2);
  }

  @Test
  void aDailySeriesDoesNotChainIntoOneEvent() {
    List<EventMention> daily = List.of(
        mention(attack("a0", "e0", DAY, KYIV, 0), "voa", "s0"),
        mention(attack("a1", "e1", DAY.plusDays(1), KYIV, 0), "voa", "s1"),
        mention(attack("a2", "e2", DAY.plusDays(2), KYIV, 0), "voa", "s2"),
        mention(attack("a3", "e3", DAY.plusDays(3), KYIV, 0), "voa", "s3"),
        mention(attack("a4", "e4", DAY.plusDays(4), KYIV, 0), "voa", "s4"));

    assertThat(merger.merge(daily)).extracting(m -> m.mentions().stream().map(MentionRef::eventId).toList())
        .containsExactly(List.of("e0", "e1", "e2"), List.of("e3", "e4"));
  }

  @Test
  void aWeekDateReachesTheDaysOfItsWeek() {
    CodedEvent lastWeek = Events.event(new Article("b1", DAY, "", "x", "", ""), "e2")
        .source("RUSMIL", "RUS").target("UKR", "UKR").cameo("190", 4, -10).negated(false).location(KYIV).build();
    CodedEvent weekly = new CodedEvent(lastWeek.articleId(), "e2",
        new EventDate(DAY.minusDays(9), DAY.minusDays(3), DateGranularity.WEEK, true, "last week", "2024-W18"),
        lastWeek.source(), lastWeek.target(), "190", "19", 4, -10, lastWeek.plover(), false, lastWeek.modality(),
        KYIV, lastWeek.evidence(), 0.8);

    assertThat(merger.merge(List.of(mention(attack("a1", "e1", DAY.minusDays(1), KYIV, 0), "voa", "s1"),
        mention(weekly, "bbc", "s2")))).hasSize(1);
  }

  @Nested
  final class Places {
    @Test
    void citiesFarApartAreTwoEvents() {
      assertThat(merger.merge(List.of(mention(attack("a1", "e1", DAY, KYIV, 0), "voa", "s1"),
          mention(attack("b1", "e2", DAY, LVIV, 0), "bbc", "s2")))).hasSize(2);
    }

    @Test
    void anUnknownPlaceOrTheSameCountryMerges() {
      assertThat(merger.merge(List.of(mention(attack("a1", "e1", DAY, KYIV, 0), "voa", "s1"),
          mention(attack("b1", "e2", DAY, null, 0), "bbc", "s2"),
          mention(attack("c1", "e3", DAY, UKRAINE, 0), "afp", "s3")))).hasSize(1);
    }

    @Test
    void anotherCountryIsAnotherEvent() {
      assertThat(merger.merge(List.of(mention(attack("a1", "e1", DAY, KYIV, 0), "voa", "s1"),
          mention(attack("b1", "e2", DAY, RUSSIA, 0), "bbc", "s2")))).hasSize(2);
    }

    @Test
    void kilometresByHaversine() {
      assertThat(MentionMerger.kilometres(50.45, 30.52, 49.84, 24.03)).isBetween(465.0, 475.0);
    }
  }

  @Test
  void anotherDyadTypeOrADenialIsAnotherEvent() {
    CodedEvent attack = attack("a1", "e1", DAY, KYIV, 0);
    CodedEvent otherTarget = Events.event(new Article("b1", DAY, "", "x", "", ""), "e2").date(DAY)
        .source("RUSMIL", "RUS").target("UKRMIL", "UKR").cameo("190", 4, -10).negated(false).location(KYIV).build();
    CodedEvent otherRoot = Events.event(new Article("c1", DAY, "", "x", "", ""), "e3").date(DAY)
        .source("RUSMIL", "RUS").target("UKR", "UKR").cameo("180", 4, -9).negated(false).location(KYIV).build();
    CodedEvent denied = Events.event(new Article("d1", DAY, "", "x", "", ""), "e4").date(DAY)
        .source("RUSMIL", "RUS").target("UKR", "UKR").cameo("190", 4, -10).negated(true).location(KYIV).build();

    assertThat(merger.merge(List.of(mention(attack, "", "s1"), mention(otherTarget, "", "s2"),
        mention(otherRoot, "", "s3"), mention(denied, "", "s4")))).hasSize(4);
    assertThat(merger.block(attack)).isEqualTo("RUSMIL|UKR|AID|19|stated");
    assertThat(merger.block(denied)).isEqualTo("RUSMIL|UKR|AID|19|denied");
  }

  @Test
  void copiesInOneStoryCountOnce() {
    List<MergedEvent> merged = merger.merge(List.of(
        // the original reports the attack twice, its wire copy (same story) twice, another story once
        mention(attack("a1", "e1", DAY, KYIV, 0), "voa", "s1"),
        mention(attack("a1", "e2", DAY, KYIV, 4), "voa", "s1"),
        mention(attack("a2", "e3", DAY, KYIV, 1), "wire", "s1"),
        mention(attack("a2", "e4", DAY, KYIV, 5), "wire", "s1"),
        mention(attack("b1", "e5", DAY, KYIV, 2), "bbc", "s2")));

    assertThat(merged).singleElement().satisfies(m -> {
      assertThat(m.mentions()).hasSize(5);
      assertThat(m.numMentions()).as("2 in story s1, 1 in s2").isEqualTo(3);
      assertThat(m.numArticles()).as("stories").isEqualTo(2);
      assertThat(m.numSources()).isEqualTo(3);
    });
  }

  @Test
  void twoDifferentMentionsOfOneEventIdAreRefused() {
    CodedEvent e = attack("a1", "e1", DAY, KYIV, 0);

    assertThat(merger.merge(List.of(mention(e, "voa", "s1"), mention(e, "voa", "s1")))).hasSize(1);
    assertThatThrownBy(() -> merger.merge(List.of(mention(e, "voa", "s1"), mention(e, "voa", "s2"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("two different mentions have event id e1");
  }

  @Test
  void configIsChecked() {
    assertThatThrownBy(() -> new MergeConfig(-1, 50)).hasMessage("merge day window must be at least 0, was -1");
    assertThatThrownBy(() -> new MergeConfig(2, Double.NaN)).hasMessage("merge distance must be at least 0 km, was NaN");
  }
}
