package org.vigil.pipeline;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;
import org.vigil.ingest.ArticleReader;

/**
 * The one read → code → deliver path (issue 10): articles are read, coded on worker threads
 * ({@link CodingWorkers}, in input order, with back-pressure) and handed to a {@link Sink} (the
 * terminal, the store, a topic). A record that cannot be read, coded or delivered is reported to
 * the {@link Listener} with its reason, then the {@link FailurePolicy} decides whether the rest
 * goes on. Articles {@linkplain #skipping already stored} are not coded again. A run that cannot
 * go on (the heap ran out; a sink threw {@link Stop}: its output is closed or full) ends at once
 * with {@link Stopped}, which carries what was done until then. Not thread-safe: one job runs at a
 * time; the sink and the listener are called from the calling thread only.
 */
public final class IngestJob {
  /** Where coded articles go. Called in input order from the job's thread. */
  public interface Sink {
    /**
     * Takes an article with its events. A runtime exception rejects this article alone, except
     * {@link Stop}, which ends the run; a sink that delivers later (in batches) reports failures
     * through {@code rejections}.
     */
    void accept(Article article, List<CodedEvent> events, Rejections rejections);

    /** Delivers what it holds back; called once, after the last article. */
    default void finish(Rejections rejections) {}
  }

  /** Takes a record that failed, with its reason. */
  @FunctionalInterface
  public interface Rejections {
    void reject(String record, String reason);
  }

  /** What the job tells as it goes: rejections (always), and each coded article (for progress). */
  public interface Listener {
    void rejected(String record, String reason);

    default void coded(Article article, List<CodedEvent> events) {}

    /** An article not coded because it is already stored ({@link #skipping}). */
    default void skipped(Article article) {}
  }

  /**
   * What a job did: articles coded and delivered, their events, records rejected, and articles
   * skipped because they were already stored.
   */
  public record Summary(long coded, long events, long rejected, long skipped) {}

  /** Thrown by a sink (or a listener) to end the run at once: no further article is read or coded. */
  public static class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public Stop(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * The run ended before its input did: its cause is the {@link Stop} a sink threw, or
   * {@link CodingWorkers.OutOfMemory}. {@link #summary} is what was done until then.
   */
  public static final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final Summary summary;

    Stopped(RuntimeException cause, Summary summary) {
      super(cause.getMessage(), cause);
      this.summary = summary;
    }

    public Summary summary() {
      return summary;
    }
  }

  private final CodingWorkers.ArticleCoder coder;
  private final ArticleReader reader;
  private final int threads;
  private final FailurePolicy policy;
  private final Listener listener;
  private Predicate<Article> stored = a -> false;

  /**
   * @param coder what codes an article: {@code engine::code}, or a wrapper around it that measures
   * @param threads worker threads, at least 1
   */
  public IngestJob(CodingWorkers.ArticleCoder coder, ArticleReader reader, int threads, FailurePolicy policy,
      Listener listener) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, was " + threads);
    }
    this.coder = Objects.requireNonNull(coder, "coder");
    this.reader = Objects.requireNonNull(reader, "reader");
    this.threads = threads;
    this.policy = Objects.requireNonNull(policy, "policy");
    this.listener = Objects.requireNonNull(listener, "listener");
  }

  private Runnable beforeWorkersEnd = () -> { };

  /**
   * Skips, before coding, the articles {@code alreadyStored} accepts (such as those whose content
   * hash a store holds, {@code a -> store.contains(a.contentHash())}): they are counted as skipped
   * and told to {@link Listener#skipped}, and cost no analysis (issue 12).
   */
  public IngestJob skipping(Predicate<Article> alreadyStored) {
    this.stored = Objects.requireNonNull(alreadyStored, "alreadyStored");
    return this;
  }

  /**
   * Runs {@code beforeWorkersEnd} after the last article is delivered, while the worker threads
   * still live: {@code vigil bench} reads their CPU time there (a thread's time is gone once it
   * ends).
   */
  public IngestJob beforeWorkersEnd(Runnable hook) {
    this.beforeWorkersEnd = Objects.requireNonNull(hook, "hook");
    return this;
  }

  /** Reads a file or a folder ({@link ArticleReader#read(Path, Consumer, Consumer)}). */
  public Summary run(Path input, Sink sink) {
    return run(articles -> reader.read(input, articles, r -> articles.rejections().reject(r.record(), r.reason())), sink);
  }

  /** Reads a stream, such as standard input, named {@code name} in rejections. */
  public Summary run(InputStream input, String name, Sink sink) {
    return run(articles -> reader.read(input, name, articles, r -> articles.rejections().reject(r.record(), r.reason())),
        sink);
  }

  /** Codes the articles a source delivers (already read: a list, a topic). */
  public Summary run(Iterable<Article> articles, Sink sink) {
    return run(out -> articles.forEach(out), sink);
  }

  /** What a source feeds: articles, and the records it could not read. */
  private interface Feed extends Consumer<Article> {
    Rejections rejections();
  }

  private Summary run(Consumer<Feed> source, Sink sink) {
    long[] counts = new long[4]; // coded, events, rejected, skipped
    Rejections rejections = (record, reason) -> {
      counts[2]++;
      listener.rejected(record, reason);
      if (policy == FailurePolicy.FAIL) {
        throw new RejectedRecordException(record, reason);
      }
    };
    try (CodingWorkers pipeline = new CodingWorkers(coder, threads, r -> {
      if (r.failure() != null) {
        rejections.reject(r.article().id(), String.valueOf(r.failure().getMessage()));
        return;
      }
      try {
        sink.accept(r.article(), r.events(), rejections);
      } catch (RejectedRecordException | Stop e) {
        throw e;
      } catch (RuntimeException e) {
        rejections.reject(r.article().id(), String.valueOf(e.getMessage()));
        return;
      }
      counts[0]++;
      counts[1] += r.events().size();
      listener.coded(r.article(), r.events());
    })) {
      source.accept(new Feed() {
        @Override
        public void accept(Article article) {
          if (stored.test(article)) {
            counts[3]++;
            listener.skipped(article);
            return;
          }
          pipeline.submit(article);
        }

        @Override
        public Rejections rejections() {
          return rejections;
        }
      });
      pipeline.finish();
      sink.finish(rejections);
      beforeWorkersEnd.run();
    } catch (CodingWorkers.OutOfMemory e) {
      // what was coded before is delivered: a store keeps it, and the next run need not code it again
      finishAfter(sink, rejections, e);
      throw new Stopped(e, summary(counts));
    } catch (Stop e) {
      throw new Stopped(e, summary(counts));
    } catch (OutOfMemoryError e) {
      throw new Stopped(new CodingWorkers.OutOfMemory(null, e), summary(counts));
    }
    return summary(counts);
  }

  private static void finishAfter(Sink sink, Rejections rejections, RuntimeException failure) {
    try {
      sink.finish(rejections);
    } catch (RuntimeException | OutOfMemoryError e) {
      failure.addSuppressed(e);
    }
  }

  private static Summary summary(long[] counts) {
    return new Summary(counts[0], counts[1], counts[2], counts[3]);
  }
}
