package org.vigil.server;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.vigil.core.article.Article;

/**
 * Where articles enter the running service to be coded and stored: {@code POST /articles}, the
 * inbox folder and, later, live sources feed it. Implementations queue the article and code it
 * on their own thread; an article already stored (by content hash) is skipped there. Thread-safe.
 */
public interface ArticleIntake {

  /**
   * Queues an article to be coded and stored.
   *
   * @return false when the queue is full or the intake is closed: the article was not taken
   */
  boolean submit(Article article);

  /**
   * Queues a stored article to be coded again, its events replaced ({@code POST /recode}).
   *
   * @return false when the queue is full or the intake is closed
   */
  boolean recode(Article article);

  /** Articles waiting to be coded. */
  int depth();

  /**
   * Queues an article as {@link #submit} does, and tells when it is done: the future completes
   * once the article's transaction is committed (or it was found stored already, or was
   * rejected), so that {@code POST /articles} acknowledges only a stored article. This default
   * cannot tell: its future never completes (the API then answers "queued").
   *
   * @return the outcome to come, or null when the queue is full or the intake is closed
   */
  default CompletableFuture<Outcome> track(Article article) {
    return submit(article) ? new CompletableFuture<>() : null;
  }

  /**
   * What became of a tracked article ({@link ArticleIntake#track}): committed by this intake ({@code
   * STORED}, with its events), found stored already ({@code ALREADY_STORED}), or not stored
   * ({@code REJECTED}, with the reason; also a dead letter in the store).
   *
   * @param events the events stored with it (0 unless {@code STORED})
   * @param reason why it was not stored, or null
   */
  public record Outcome(Status status, int events, String reason) {
    public Outcome {
      Objects.requireNonNull(status, "status");
      if (events < 0) {
        throw new IllegalArgumentException("outcome events must be >= 0, was " + events);
      }
      if ((status == Status.REJECTED) != (reason != null)) {
        throw new IllegalArgumentException("outcome " + status + " has " + (reason == null ? "no reason" : "reason " + reason));
      }
    }

    /** What became of the article. */
    public enum Status { STORED, ALREADY_STORED, REJECTED }
  }
}

