package org.vigil.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;
import org.vigil.pipeline.StoreSink;
import org.vigil.store.DuckDbEventStore;
import org.vigil.store.StoreConfig;
import org.vigil.testkit.Events;

/**
 * A child process for {@link StoreKillIT}: an ingest without CoreNLP. Opens the store as
 * {@code vigil ingest} does (the store check first), then stores {@code count} fixture articles
 * with 0 to 3 events each through {@link StoreSink}, {@code batch} to a transaction.
 * Arguments: DB COUNT BATCH.
 */
public final class KillTarget {
  private KillTarget() {}

  static List<Article> articles(int count) {
    List<Article> all = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      all.add(Events.article("k" + i, Events.DAY.plusDays(i % 300)));
    }
    return all;
  }

  static List<CodedEvent> events(Article a, int i) {
    List<CodedEvent> events = new ArrayList<>();
    for (int e = 0; e < i % 4; e++) {
      events.add(Events.full(a, a.id() + "e" + e));
    }
    return events;
  }

  public static void main(String[] args) {
    Path db = Path.of(args[0]);
    int count = Integer.parseInt(args[1]);
    int batch = Integer.parseInt(args[2]);
    try (DuckDbEventStore store = IngestCommand.openForIngest(StoreConfig.of(db), System.err)) {
      StoreSink sink = new StoreSink(store, batch);
      List<Article> articles = articles(count);
      for (int i = 0; i < articles.size(); i++) {
        sink.accept(articles.get(i), events(articles.get(i), i), (record, reason) -> {
          throw new IllegalStateException("rejected " + record + ": " + reason);
        });
      }
      sink.finish((record, reason) -> {
        throw new IllegalStateException("rejected " + record + ": " + reason);
      });
      System.out.println("stored " + sink.stored() + " already " + sink.duplicates() + " events " + sink.events());
    }
  }
}
