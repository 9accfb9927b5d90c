/**
 * Event merge (issue 13): the same event reported by several articles (same dyad, PLOVER type and
 * CAMEO root, dates within a window, compatible places) becomes one merged event with many
 * mentions and GDELT's counts, copies of one story counted once. Pure and deterministic. Start
 * from {@link org.vigil.coding.merge.MentionMerger} and its {@link org.vigil.coding.merge.MergeConfig}.
 */
package org.vigil.coding.merge;
