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
}
