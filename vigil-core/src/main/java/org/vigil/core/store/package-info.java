/** The {@link org.vigil.core.store.EventStore} port and its {@link org.vigil.core.store.EventQuery}. */
package org.vigil.core.store;
