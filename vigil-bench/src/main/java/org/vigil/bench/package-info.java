/**
 * JMH benchmarks (issue 5). Start from {@link org.vigil.bench.CoderBenchmark}: the coder alone on
 * the testkit's fixture sentences, annotated once from their recorded CoreNLP output, so it runs
 * without CoreNLP's models. End-to-end figures, against plain CoreNLP, come from {@code vigil
 * bench}; {@code docs/BENCHMARKS.md} says how to run both.
 */
package org.vigil.bench;
