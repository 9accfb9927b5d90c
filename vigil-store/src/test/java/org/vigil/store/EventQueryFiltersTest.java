package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.event.Location;
import org.vigil.core.event.Modality;
import org.vigil.core.store.EventQuery;
import org.vigil.testkit.Events;

/** The filters the API added to {@link EventQuery} (issue 13), and the cursor over the store's order. */
final class EventQueryFiltersTest {
  private static final LocalDate JUL_1 = LocalDate.of(2021, 7, 1);
  private static final LocalDate JUL_5 = LocalDate.of(2021, 7, 5);
  private static final LocalDate JUL_9 = LocalDate.of(2021, 7, 9);
  private static final Location DUSHANBE = new Location("Dushanbe", "city", "TJK", "Dushanbe", 38.5358, 68.7791,
      1221874L, "text", "in Dushanbe", 0.75);
  private static final Location KYIV = new Location("Kyiv", "city", "UKR", "Kyiv City", 50.45, 30.52, 703448L,
      "text", "in Kyiv", 0.9);

  private final DuckDbEventStore store = new DuckDbEventStore(StoreConfig.inMemory());

  @BeforeEach
  void storeEvents() {
    Article a = Events.article("a", JUL_9);
    Article b = Events.article("b", JUL_5);
    store.store(a, List.of(
        Events.event(a, "rus-ukr-190").date(JUL_9).source("RUSMIL", "RUS").target("UKR", "UKR")
            .cameo("190", 4, -10).plover("ASSAULT").modality(Modality.ASSERTED).location(KYIV)
            .confidence(0.9).sentence(0).build(),
        Events.event(a, "tjk-cst-0233").date(JUL_9).source("TJKGOV", "TJK")
            .target("IGOCSTO", null).cameo("0233", 1, 3.4).location(DUSHANBE).confidence(0.5).sentence(1).build()));
    store.store(b, List.of(
        Events.event(b, "afg-tjk-0874").date(JUL_5).source("AFGMIL", "AFG").target("TJK", "TJK")
            .cameo("0874", 2, 6).plover("RETREAT").modality(Modality.ASSERTED).location(null).sentence(0).build(),
        Events.event(b, "kgz-tjk-190").date(JUL_1).source("KGZMIL", "KGZ").target("TJKMIL", "TJK")
            .cameo("190", 4, -10).plover("ASSAULT").location(DUSHANBE).sentence(1).build()));
  }

  @AfterEach
  void close() {
    store.close();
  }

  private List<String> ids(EventQuery.Builder q) {
    return store.query(q.build()).stream().map(CodedEvent::eventId).toList();
  }

  @Test
  void aDyadFiltersSourceAndTargetSeparately() {
    assertThat(ids(EventQuery.builder().dyad("RUS", "UKR"))).containsExactly("rus-ukr-190");
    assertThat(ids(EventQuery.builder().dyad("UKR", "RUS"))).isEmpty();
    assertThat(ids(EventQuery.builder().dyad(null, "TJK"))).containsExactly("afg-tjk-0874", "kgz-tjk-190");
  }

  @Test
  void rootTypeQuadClassAndModalityFilter() {
    assertThat(ids(EventQuery.builder().cameoRoot("19"))).containsExactly("rus-ukr-190", "kgz-tjk-190");
    assertThat(ids(EventQuery.builder().ploverType("assault"))).containsExactly("rus-ukr-190", "kgz-tjk-190");
    assertThat(ids(EventQuery.builder().quadClass(2))).containsExactly("afg-tjk-0874");
    assertThat(ids(EventQuery.builder().modality(Modality.ASSERTED))).containsExactly("rus-ukr-190", "afg-tjk-0874");
  }

  @Test
  void aBoxOrAPlaceFindsLocatedEventsOnly() {
    assertThat(ids(EventQuery.builder().bbox(new EventQuery.BoundingBox(60, 30, 75, 45))))
        .containsExactly("tjk-cst-0233", "kgz-tjk-190");
    assertThat(ids(EventQuery.builder().place("kyiv"))).containsExactly("rus-ukr-190");
    assertThat(ids(EventQuery.builder().place("TJK"))).containsExactly("tjk-cst-0233", "kgz-tjk-190");
  }

  @Test
  void anAllianceMatchesItsMembersOnTheEventsDateAndItself() {
    // KGZ a member only from 3 July: the 1 July event of a KGZ actor is not the alliance's
    EventQuery.Alliance csto = new EventQuery.Alliance("IGOCSTO", List.of(
        new EventQuery.Membership("RUS", null, null), new EventQuery.Membership("KGZ", JUL_5.minusDays(2), null)));
    assertThat(ids(EventQuery.builder().alliance(csto))).containsExactly("rus-ukr-190", "tjk-cst-0233");
  }

  @Test
  void minimumConfidenceKeepsTheSurerEvents() {
    assertThat(ids(EventQuery.builder().minConfidence(0.85))).containsExactly("rus-ukr-190");
  }

  @Test
  void walkingPagesWithTheCursorGivesEveryEventOnceInOrder() {
    List<String> all = ids(EventQuery.builder().limit(100));
    List<String> walked = new ArrayList<>();
    EventQuery page = EventQuery.builder().limit(1).build();
    for (int i = 0; i < 10; i++) {
      List<CodedEvent> events = store.query(page);
      if (events.isEmpty()) {
        break;
      }
      events.forEach(e -> walked.add(e.eventId()));
      CodedEvent last = events.get(events.size() - 1);
      page = page.after(new EventQuery.Cursor(last.date().date(), last.eventId()));
    }
    assertThat(walked).containsExactlyElementsOf(all).hasSize(4);
    assertThat(new HashSet<>(walked)).hasSize(4);
  }

  @Test
  void badValuesAreNamed() {
    assertThatThrownBy(() -> EventQuery.builder().quadClass(5))
        .hasMessage("quad class must be 1..4, was 5");
    assertThatThrownBy(() -> EventQuery.builder().cameoRoot("1"))
        .hasMessage("CAMEO root must be two digits, was 1");
    assertThatThrownBy(() -> EventQuery.builder().minConfidence(1.5))
        .hasMessage("minimum confidence must be in [0, 1], was 1.5");
    assertThatThrownBy(() -> new EventQuery.BoundingBox(10, 0, 5, 1))
        .hasMessage("bbox longitudes must be -180 <= minLon <= maxLon <= 180, were 10.0 and 5.0");
  }
}
