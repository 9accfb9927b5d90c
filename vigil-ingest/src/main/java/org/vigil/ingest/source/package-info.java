/**
 * Live sources: RSS and Atom feeds, HTML pages and watched folders, polled on a schedule and turned
 * into {@link org.vigil.core.article.Article}s. Start from {@link org.vigil.ingest.source.SourceScheduler}
 * (add {@link org.vigil.ingest.source.SourceSpec}s, receive articles and rejections through a
 * {@link org.vigil.ingest.source.SourceSink}); {@link org.vigil.ingest.source.Fetcher} is the one
 * HTTP client (address checks, size and time caps, conditional GET, retries), and every fetch
 * leaves a {@link org.vigil.ingest.source.FetchRecord}. Parsing and main-text extraction are
 * package-private.
 */
package org.vigil.ingest.source;
