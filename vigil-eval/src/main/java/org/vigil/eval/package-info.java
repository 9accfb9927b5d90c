/**
 * Gold-set evaluation: reads PETRARCH-, PLOVER-, geo-, event-report- and article-style gold records
 * (JSON Lines; article gold joined to a corpus with {@link org.vigil.eval.GoldSet#withCorpus}) and scores
 * an event coder against them. Start from {@link org.vigil.eval.Evaluation}: {@code readGold}
 * gives a {@link org.vigil.eval.GoldSet}, {@code score} turns it and a coder function into a
 * {@link org.vigil.eval.Report}. The metrics are defined in {@code docs/EVALUATION.md}.
 */
package org.vigil.eval;
