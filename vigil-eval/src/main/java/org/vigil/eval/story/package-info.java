/**
 * Measures story detection (issue 13): an evaluation set built at run time from real articles and
 * known copies of them made by seeded transformations, scored as pair precision and recall of
 * "same story". Start from {@link org.vigil.eval.story.StoryEvaluation}.
 */
package org.vigil.eval.story;
