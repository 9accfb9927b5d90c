package org.vigil.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;
import org.vigil.store.ArticleIndex;
import org.vigil.store.DuckDbEventStore;
import org.vigil.store.StoreConfig;
import org.vigil.testkit.Events;

/**
 * Issue 15: {@code vigil serve --from} stores what the stream coded through {@link
 * IngestLoop#storeCoded}; an article delivered twice (a consumer restarted before its commit) is
 * stored once, so no event is stored twice.
 */
final class StoreCodedTest {
  private final DuckDbEventStore store = new DuckDbEventStore(StoreConfig.inMemory());
  private final ArticleIndex index = ArticleIndex.inMemory();
  private final IngestLoop loop = new IngestLoop(store, index, new ServerMetrics(), 10, null);

  @AfterEach
  void close() throws Exception {
    loop.close();
    index.close();
    store.close();
  }

  @Test
  void anArticleCodedElsewhereIsStoredOnceHoweverOftenItIsDelivered() {
    Article a = new Article("s1", Events.DAY, "", "Kyrgyz and Tajik officials met in Batken.", "", "");
    List<CodedEvent> events = List.of(Events.full(a, "s1-e0"), Events.full(a, "s1-e1"));
    assertThat(loop.storeCoded(a, events)).isEqualTo(new ArticleIntake.Outcome(ArticleIntake.Outcome.Status.STORED, 2,
        null));
    assertThat(loop.storeCoded(a, events)).isEqualTo(new ArticleIntake.Outcome(
        ArticleIntake.Outcome.Status.ALREADY_STORED, 0, null));
    assertThat(store.articleCount()).isEqualTo(1);
    assertThat(store.eventCount()).isEqualTo(2);
  }
}
