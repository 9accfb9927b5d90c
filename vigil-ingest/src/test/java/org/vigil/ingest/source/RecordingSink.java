package org.vigil.ingest.source;

import java.util.ArrayList;
import java.util.List;
import org.vigil.core.article.Article;
import org.vigil.ingest.Rejection;

/** Keeps what a scheduler delivers, in order. Thread-safe. */
final class RecordingSink implements SourceSink {
  final List<Article> articles = new ArrayList<>();
  final List<Rejection> rejections = new ArrayList<>();
  final List<FetchRecord> fetches = new ArrayList<>();

  @Override
  public synchronized void article(SourceSpec source, Article article) {
    articles.add(article);
    notifyAll();
  }

  @Override
  public synchronized void rejected(SourceSpec source, Rejection rejection) {
    rejections.add(rejection);
  }

  @Override
  public synchronized void fetched(SourceSpec source, FetchRecord record) {
    fetches.add(record);
  }

  synchronized List<String> titles() {
    return articles.stream().map(Article::title).toList();
  }

  /** Waits up to {@code millis} for {@code n} articles; true when they came. */
  synchronized boolean await(int n, long millis) throws InterruptedException {
    long end = System.nanoTime() + millis * 1_000_000;
    while (articles.size() < n) {
      long left = (end - System.nanoTime()) / 1_000_000;
      if (left <= 0) {
        return false;
      }
      wait(left);
    }
    return true;
  }
}
