/**
 * The learned check (issue 11, deliverable 3): sentence embeddings from all-MiniLM-L6-v2
 * (quantized, inside a Maven jar, run in process) behind {@link org.vigil.learn.SentenceEncoder},
 * a multinomial logistic regression over the embedding of an event's sentence beside the
 * embedding of its trigger ({@link org.vigil.learn.SoftmaxRegression}, trained by
 * {@link org.vigil.learn.Trainer} with a fixed seed into a versioned weights file), and
 * {@link org.vigil.learn.LearnedCheck}, which applies it to the dictionary coder's events: a
 * tie-breaker among competing codes of one trigger or dyad, a veto of events the model finds very
 * unlike their type, and a recall net for violence and protest in parsed sentences the coder left
 * empty. {@code vigil-pipeline}'s EngineFactory assembles it when the setting
 * {@code coding.learned-check} asks for it (off by default: docs/ACCURACY.md, round 4).
 */
package org.vigil.learn;
