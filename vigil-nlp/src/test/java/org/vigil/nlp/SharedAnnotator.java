package org.vigil.nlp;

/**
 * The one default-configured {@link CoreNlpAnnotator} of the test JVM, so that every {@code *IT}
 * class pays for the models once (the log line "CoreNLP ... loaded in N ms" gives the cost).
 */
final class SharedAnnotator {

  private SharedAnnotator() {}

  /** The annotator; its models load on the first call of any test. */
  static CoreNlpAnnotator get() {
    return Holder.ANNOTATOR;
  }

  private static final class Holder {
    static final CoreNlpAnnotator ANNOTATOR = new CoreNlpAnnotator(NlpConfig.defaults());
  }
}
