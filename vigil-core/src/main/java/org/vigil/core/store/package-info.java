/**
 * The {@link org.vigil.core.store.EventStore} port and its {@link org.vigil.core.store.EventQuery};
 * {@link org.vigil.core.store.EventRow} is a stored event as the exports write it.
 */
package org.vigil.core.store;
