/**
 * Dictionaries: actors with date-bounded roles and memberships, sector nouns, verb patterns and
 * the CAMEO catalogue. Start from {@link org.vigil.coding.dictionary.Dictionaries#builtin()}; the
 * text format is documented in {@code docs/DICTIONARIES.md}.
 */
package org.vigil.coding.dictionary;
