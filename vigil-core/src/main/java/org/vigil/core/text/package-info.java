/**
 * Annotated text: {@link org.vigil.core.text.Sentence}, its tokens, dependencies and time
 * expressions, and the {@link org.vigil.core.text.Annotator} port that produces them.
 */
package org.vigil.core.text;
