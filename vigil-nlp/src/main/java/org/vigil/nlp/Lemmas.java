package org.vigil.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.process.PTBTokenizer;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The lemmas a word out of context may have, from CoreNLP's morphology (the lemmatiser the
 * pipeline uses), trying each verb, noun and adjective tag. No models are loaded; for
 * {@code vigil dict explain}, which looks a phrase up without parsing it.
 */
public final class Lemmas {
  private static final List<String> TAGS = List.of("VB", "VBD", "VBZ", "VBG", "VBN", "VBP", "NN", "NNS", "JJ");

  private Lemmas() {}

  /** The words of a phrase as CoreNLP's tokenizer splits them ("U.S.-backed", "Kyrgyzstan's"). */
  public static List<String> words(String phrase) {
    List<String> out = new ArrayList<>();
    PTBTokenizer<CoreLabel> tokenizer = new PTBTokenizer<>(new StringReader(phrase), new CoreLabelTokenFactory(),
        "invertible=false,ptb3Escaping=false");
    while (tokenizer.hasNext()) {
      out.add(tokenizer.next().word());
    }
    return out;
  }

  /** The word itself (lower case) first, then every other lemma CoreNLP gives it under some tag. */
  public static Set<String> of(String word) {
    Set<String> out = new LinkedHashSet<>();
    String lower = word.toLowerCase(Locale.ROOT);
    out.add(lower);
    for (String tag : TAGS) {
      String lemma = Morphology.lemmaStatic(lower, tag);
      if (lemma != null && !lemma.isBlank()) {
        out.add(lemma.toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }
}
