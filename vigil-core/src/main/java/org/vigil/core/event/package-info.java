/**
 * Coded events: {@link org.vigil.core.event.CodedEvent} with its actors, date, PLOVER view,
 * location and {@link org.vigil.core.event.Evidence}.
 */
package org.vigil.core.event;
