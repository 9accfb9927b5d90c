/**
 * The coding engine: {@link org.vigil.core.event.EventCoder} and its dictionary-driven,
 * dependency-based implementation {@link org.vigil.coding.DictionaryEventCoder}, plus the triage
 * {@link org.vigil.coding.EventCandidates}. Start from {@code SentenceCoder}: it runs the
 * package-private stages of one sentence in order (trigger matching, clause reading, source and
 * target finding, pronoun resolution, code derivation, event assembly, arbitration).
 */
package org.vigil.coding;
