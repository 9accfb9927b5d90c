package org.vigil.pipeline;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.vigil.core.article.Article;
import org.vigil.core.event.CodedEvent;

/**
 * Annotates and codes articles on worker threads, delivering results in input order on the
 * calling thread. At most {@code window} articles are in flight, so a fast reader waits for the
 * workers (back-pressure). A worker that runs out of memory ends the run: {@link #submit} or
 * {@link #finish} throws {@link OutOfMemory} naming the article (issue 12); a stack overflow
 * fails its article alone. Not thread-safe: one caller feeds it.
 */
public final class CodingWorkers implements AutoCloseable {
  /** The outcome for one article: its events, or why it failed. */
  public record Result(Article article, List<CodedEvent> events, RuntimeException failure) {}

  /** Codes one article: analysis and coding, as {@link VigilEngine#code(Article)} does. */
  @FunctionalInterface
  public interface ArticleCoder {
    List<CodedEvent> code(Article article);
  }

  /**
   * The heap ran out while coding an article (or, with {@code article} null, outside one). The run
   * cannot go on: the message names the article and the heap's size.
   */
  public static final class OutOfMemory extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Article article;

    public OutOfMemory(Article article, OutOfMemoryError cause) {
      super("out of memory" + (article == null ? "" : " coding article " + article.id()) + " (heap "
          + heapMegabytes() + " MB" + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + ")", cause);
      this.article = article;
    }

    /** The article being coded, or null. */
    public Article article() {
      return article;
    }

    /** The most heap this JVM may use, in MB ({@link Runtime#maxMemory()}). */
    public static long heapMegabytes() {
      return Runtime.getRuntime().maxMemory() / (1024 * 1024);
    }
  }

  private final ArticleCoder coder;
  private final ExecutorService workers;
  private final ArrayDeque<Future<Result>> inFlight = new ArrayDeque<>();
  private final int window;
  private final Consumer<Result> sink;

  public CodingWorkers(ArticleCoder coder, int threads, Consumer<Result> sink) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, was " + threads);
    }
    this.coder = coder;
    this.workers = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "vigil-coder");
      t.setDaemon(true);
      return t;
    });
    this.window = threads * 2;
    this.sink = sink;
  }

  public void submit(Article article) {
    inFlight.add(workers.submit(() -> {
      try {
        return new Result(article, coder.code(article), null);
      } catch (RuntimeException e) {
        return new Result(article, List.of(), e);
      } catch (OutOfMemoryError e) {
        return new Result(article, List.of(), new OutOfMemory(article, e));
      } catch (StackOverflowError e) {
        return new Result(article, List.of(), new IllegalStateException(
            "the analysis ran out of stack on this text (too deeply nested to analyse)", e));
      }
    }));
    while (inFlight.size() > window) {
      deliverOldest();
    }
  }

  public void finish() {
    while (!inFlight.isEmpty()) {
      deliverOldest();
    }
  }

  private void deliverOldest() {
    Future<Result> f = inFlight.poll();
    Result result;
    try {
      result = f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while coding", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("coding worker failed: " + e.getCause(), e.getCause());
    }
    if (result.failure() instanceof OutOfMemory oom) {
      throw oom;
    }
    sink.accept(result);
  }

  /** Stops the workers: articles not yet started are not coded. */
  @Override
  public void close() {
    workers.shutdownNow();
  }
}
