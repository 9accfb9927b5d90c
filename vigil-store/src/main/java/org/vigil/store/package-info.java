/**
 * The embedded DuckDB event store. Start from {@link org.vigil.store.DuckDbEventStore}, configured
 * by a {@link org.vigil.store.StoreConfig}; {@code org.vigil.pipeline.EventTable} renders events for a
 * terminal. The schema and the row mapping are package-private.
 */
package org.vigil.store;
