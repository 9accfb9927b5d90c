/**
 * Test fixtures shared by every module: {@link org.vigil.testkit.FixedAnnotator}, an annotator
 * that replays CoNLL-U instead of running CoreNLP, the {@link org.vigil.testkit.Conllu} reader and
 * {@link org.vigil.testkit.ConlluWriter}, {@link org.vigil.testkit.Fixtures}, invented test
 * sentences with CoNLL-U recorded from real CoreNLP output, and {@link org.vigil.testkit.Seeded},
 * seeded random cases for the {@code *Properties} tests.
 */
package org.vigil.testkit;
