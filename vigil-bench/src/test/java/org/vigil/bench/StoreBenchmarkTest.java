package org.vigil.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.store.EventStore;

final class StoreBenchmarkTest {

  @Test
  void everyOperationStoresNewArticlesWithTheirEvents() {
    StoreBenchmark bench = new StoreBenchmark();
    bench.code();
    bench.open();
    try {
      assertThat(bench.storeOneArticle()).isTrue();
      List<EventStore.Outcome> batch = bench.storeBatchOf32();

      assertThat(batch).hasSize(32).allSatisfy(o -> assertThat(o.stored()).isTrue());
      // the fixtures' copies carry their coded events, so the store holds some
      assertThat(bench.eventCount()).isPositive();
    } finally {
      bench.close();
    }
  }

  @Test
  void theMergedVariantKeepsMergedEvents() {
    StoreBenchmark bench = new StoreBenchmark();
    bench.merge = "merged";
    bench.code();
    bench.open();
    try {
      bench.storeBatchOf32();
      bench.storeBatchOf32();

      assertThat(bench.mergedCount()).isPositive().isLessThan(bench.eventCount());
    } finally {
      bench.close();
    }
  }

  @Test
  void theStoryBenchmarkFindsItsCopies() {
    StoryBenchmark bench = new StoryBenchmark();
    bench.write();
    bench.open();
    int copies = 0;
    for (int i = 0; i < 1000; i++) {
      copies += bench.add().isNew() ? 0 : 1;
    }

    assertThat(copies).as("every fifth after the first 50").isEqualTo(190);
    // an exact duplicate (two copies of one article) is not remembered twice
    long distinct = java.util.Arrays.stream(bench.articles, 0, 1000).map(a -> a.contentHash()).distinct().count();
    assertThat(bench.size()).isEqualTo((int) distinct).isGreaterThan(950);
  }
}
