/**
 * Dictionaries: actors with date-bounded roles and memberships, sector nouns, verb patterns and
 * the CAMEO catalogue. Start from {@link org.vigil.core.dictionary.Dictionaries#builtin()}; the
 * text format is documented in {@code docs/DICTIONARIES.md}.
 */
package org.vigil.core.dictionary;
