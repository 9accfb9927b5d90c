package org.vigil.ingest.source;

import org.vigil.core.article.Article;
import org.vigil.ingest.Rejection;

/**
 * Where a {@link SourceScheduler} delivers: each new article, each item that did not become one,
 * and the record of each fetch of a feed or page (items' pages included). Called on the
 * scheduler's threads, one source at a time per source but sources in parallel, so an
 * implementation must be thread-safe. An exception thrown here ends that poll of that source and
 * counts as its error; the other sources go on.
 */
public interface SourceSink {

  /** A new article from {@code source}. */
  void article(SourceSpec source, Article article);

  /** An item or file of {@code source} that did not become an article, and why. */
  void rejected(SourceSpec source, Rejection rejection);

  /** What a fetch for {@code source} did, whatever its outcome. */
  void fetched(SourceSpec source, FetchRecord record);
}
