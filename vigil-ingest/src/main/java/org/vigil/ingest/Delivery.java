package org.vigil.ingest;

import java.util.function.Consumer;
import org.vigil.core.article.Article;

/** Where one read call sends its articles and rejections, counting both. Not thread-safe. */
final class Delivery {
  private final Consumer<? super Article> accepted;
  private final Consumer<? super Rejection> rejected;
  private long articles;
  private long rejections;

  Delivery(Consumer<? super Article> accepted, Consumer<? super Rejection> rejected) {
    this.accepted = accepted;
    this.rejected = rejected;
  }

  void accept(Article article) {
    articles++;
    accepted.accept(article);
  }

  void reject(String record, String reason) {
    rejections++;
    rejected.accept(new Rejection(record, reason));
  }

  ReadSummary summary() {
    return new ReadSummary(articles, rejections);
  }
}
