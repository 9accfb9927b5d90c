/**
 * The embedded DuckDB event store. Start from {@link org.vigil.store.DuckDbEventStore}, configured
 * by a {@link org.vigil.store.StoreConfig}; {@link org.vigil.store.StoreReads} pages articles and
 * aggregates events in SQL, and {@link org.vigil.store.ArticleIndex} is the Lucene full-text index
 * of the articles; {@code org.vigil.pipeline.EventTable} renders events for a terminal. The schema
 * and the row mapping are package-private.
 */
package org.vigil.store;
