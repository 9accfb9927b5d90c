/**
 * Vigil's core: articles, annotated text, dictionaries and the event coder. Start from
 * {@link org.vigil.core.event.EventCoder}. This module has no runtime dependencies.
 */
package org.vigil.core;
