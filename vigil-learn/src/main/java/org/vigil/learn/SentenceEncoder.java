package org.vigil.learn;

import java.util.List;

/** Turns texts into fixed-length vectors: the one thing the learned check asks of a language model. */
public interface SentenceEncoder {

  /** The length of every vector {@link #encode} returns. */
  int dimension();

  /**
   * One vector per text, in order; equal texts give equal vectors.
   *
   * @param texts the texts, none null
   * @return their vectors, each of {@link #dimension()} values
   */
  List<float[]> encode(List<String> texts);
}
