/**
 * The coding engine: {@link org.vigil.core.coding.EventCoder} and its dictionary-driven,
 * dependency-based implementation {@link org.vigil.core.coding.DictionaryEventCoder}.
 */
package org.vigil.core.coding;
