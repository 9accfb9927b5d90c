package org.vigil.bench;

import org.vigil.pipeline.EngineFactory;

import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.vigil.coding.merge.MentionMerger;
import org.vigil.coding.merge.MergeConfig;
import org.vigil.core.article.Article;
import org.vigil.core.event.EventCoder;
import org.vigil.core.event.CodedEvent;
import org.vigil.core.store.EventStore;
import org.vigil.store.DuckDbEventStore;
import org.vigil.store.StoreConfig;
import org.vigil.testkit.Fixtures;

/**
 * The DuckDB store alone (issue 5): articles with the events Vigil codes from them, stored one
 * transaction per article ({@code storeOneArticle}, as {@code EventStore.store}) and 32 articles
 * per transaction ({@code storeBatchOf32}, as {@code vigil ingest} does through {@code
 * EventStore.storeAll}). Operations per second are articles per second, on one thread, into an
 * in-memory store that is new for each iteration. The articles are the testkit's fixtures, each
 * stored again and again under a new id with a number added to its text (so that no copy is a
 * duplicate), with its events (about one and a half per article) under new ids. With {@code
 * merge=merged} the store keeps merged events as {@code vigil ingest}'s does (issue 13): every
 * stored event's block is merged again, and since the copies repeat the same few dyads, their
 * blocks grow through the iteration, the worst case for that work.
 *
 * <pre>{@code
 * java -cp 'vigil-bench/target/vigil-bench.jar:vigil-bench/target/lib/*' org.openjdk.jmh.Main StoreBenchmark
 * }</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "--enable-native-access=ALL-UNNAMED"})
@Threads(1)
public class StoreBenchmark {
  private static final int BATCH = 32;

  /** {@code none}: no merged events; {@code merged}: kept with {@code MentionMerger} (issue 13). */
  @Param({"none", "merged"})
  public String merge = "none";

  private List<EventStore.Coded> fixtures;
  private DuckDbEventStore store;
  private long next;

  @Setup(Level.Trial)
  public void code() {
    EventCoder coder = EngineFactory.create().coder();
    fixtures = new ArrayList<>();
    for (String name : Fixtures.names()) {
      Article article = Fixtures.article(name);
      fixtures.add(new EventStore.Coded(article, coder.code(Fixtures.annotator(name).annotate(article))));
    }
  }

  @Setup(Level.Iteration)
  public void open() {
    store = new DuckDbEventStore(StoreConfig.inMemory(), InstantSource.fixed(Instant.parse("2021-07-09T00:00:00Z")),
        merge.equals("merged") ? new MentionMerger(MergeConfig.defaults()) : null);
  }

  @TearDown(Level.Iteration)
  public void close() {
    store.close();
  }

  /** One article, one transaction. */
  @Benchmark
  public boolean storeOneArticle() {
    EventStore.Coded c = copy();
    return store.store(c.article(), c.events());
  }

  /** 32 articles, one transaction. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public List<EventStore.Outcome> storeBatchOf32() {
    List<EventStore.Coded> batch = new ArrayList<>(BATCH);
    for (int i = 0; i < BATCH; i++) {
      batch.add(copy());
    }
    return store.storeAll(batch);
  }

  /** Events in this iteration's store (for the test). */
  long eventCount() {
    return store.eventCount();
  }

  /** Merged events in this iteration's store (for the test). */
  long mergedCount() {
    return store.mergedEvents(org.vigil.core.store.EventQuery.all(1_000_000)).size();
  }

  /** The next fixture under a new id and content, with its events under new ids. */
  private EventStore.Coded copy() {
    long n = next++;
    EventStore.Coded c = fixtures.get((int) (n % fixtures.size()));
    Article a = c.article();
    Article copy = new Article(a.id() + "-" + n, a.date(), a.title(), a.text() + " [" + n + "]", a.url(), a.source());
    List<CodedEvent> events = new ArrayList<>(c.events().size());
    int k = 0;
    for (CodedEvent e : c.events()) {
      events.add(new CodedEvent(copy.id(), copy.id() + ":" + k++, e.date(), e.source(), e.target(), e.cameo(),
          e.cameoRoot(), e.quadClass(), e.goldstein(), e.plover(), e.negated(), e.modality(), e.location(),
          e.evidence(), e.confidence(), e.issues()));
    }
    return new EventStore.Coded(copy, events);
  }
}
