/**
 * The embedded DuckDB event store. Start from {@link org.vigil.store.DuckDbEventStore}, configured
 * by a {@link org.vigil.store.StoreConfig}; {@link org.vigil.store.StoreReads} pages articles and
 * aggregates events in SQL, and {@link org.vigil.store.ArticleIndex} is the Lucene full-text index
 * of the articles; {@code org.vigil.pipeline.EventTable} renders events for a terminal. {@link
 * org.vigil.store.DuckDbEventStore#scan} streams stored events to the exports ({@code
 * org.vigil.pipeline.export}) and {@link org.vigil.store.DuckDbEventStore#exportParquet} writes them
 * as Parquet. The schema, the row mapping and the export SQL are package-private.
 */
package org.vigil.store;
