/**
 * Gold-set evaluation: reads PETRARCH-, PLOVER- and geo-style gold records (JSON Lines) and scores
 * an event coder against them. Start from {@link org.vigil.eval.Evaluation}: {@code readGold}
 * gives a {@link org.vigil.eval.GoldSet}, {@code score} turns it and a coder function into a
 * {@link org.vigil.eval.Report}. The metrics are defined in {@code docs/EVALUATION.md}.
 */
package org.vigil.eval;
