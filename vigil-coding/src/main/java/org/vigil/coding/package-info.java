/**
 * The coding engine: {@link org.vigil.core.event.EventCoder} and its dictionary-driven,
 * dependency-based implementation {@link org.vigil.coding.DictionaryEventCoder}.
 */
package org.vigil.coding;
