/**
 * Reads PETRARCH/TABARI-format dictionaries (verbs with synsets and patterns, actors with
 * date-bounded codes, agents, discards, issues, {@code PETR_config.ini}) into Vigil's dictionary
 * model, so the dependency-based coder runs them. Start from {@link
 * org.vigil.coding.dictionary.petrarch.PetrarchDictionaries#load(java.nio.file.Path)}; what each
 * construct maps to is documented in {@code docs/PETRARCH.md}.
 */
package org.vigil.coding.dictionary.petrarch;
