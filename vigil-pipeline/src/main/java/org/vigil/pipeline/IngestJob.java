package org.vigil.pipeline;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;
import org.vigil.ingest.ArticleReader;

/**
 * The one read → code → deliver path (issue 10): articles are read, coded on worker threads
 * ({@link CodingWorkers}, in input order, with back-pressure) and handed to a {@link Sink} (the
 * terminal, the store, a topic). A record that cannot be read, coded or delivered is reported to
 * the {@link Listener} with its reason, then the {@link FailurePolicy} decides whether the rest
 * goes on. Not thread-safe: one job runs at a time; the sink and the listener are called from the
 * calling thread only.
 */
public final class IngestJob {
  /** Where coded articles go. Called in input order from the job's thread. */
  public interface Sink {
    /**
     * Takes an article with its events. A runtime exception rejects this article alone; a sink
     * that delivers later (in batches) reports failures through {@code rejections}.
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
  }

  /** What a job did: articles coded and delivered, their events, and records rejected. */
  public record Summary(long coded, long events, long rejected) {}

  private final CodingWorkers.ArticleCoder coder;
  private final ArticleReader reader;
  private final int threads;
  private final FailurePolicy policy;
  private final Listener listener;

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
    long[] counts = new long[3]; // coded, events, rejected
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
      } catch (RejectedRecordException e) {
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
          pipeline.submit(article);
        }

        @Override
        public Rejections rejections() {
          return rejections;
        }
      });
      pipeline.finish();
      sink.finish(rejections);
    }
    return new Summary(counts[0], counts[1], counts[2]);
  }
}
