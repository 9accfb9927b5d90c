/**
 * What is made of analysts' corrections (issue 14, item 7): {@link org.vigil.pipeline.correction.CorrectionCheck}
 * checks a corrected coding against the dictionaries, {@link org.vigil.pipeline.correction.GoldExport}
 * writes the corrected articles as article gold for {@code vigil eval --gold}, and
 * {@link org.vigil.pipeline.correction.DictionarySuggestions} derives dictionary changes from
 * them, each with its evidence and linted in place.
 */
package org.vigil.pipeline.correction;
