/**
 * Analysts' corrections of coded events (issue 14, item 7): a {@link org.vigil.core.correction.Correction}
 * says whether an event was right or wrong and, when wrong, gives the right
 * {@link org.vigil.core.correction.CorrectedCoding} (or none: no event here), keeping the event's
 * coding as it was when corrected ({@link org.vigil.core.correction.OriginalCoding}).
 * {@link org.vigil.core.correction.CorrectionStore} is the port the store implements.
 */
package org.vigil.core.correction;
