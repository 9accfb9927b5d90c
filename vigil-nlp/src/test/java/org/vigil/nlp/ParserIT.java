package org.vigil.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Vigil's parser gives the enhanced++ graphs CoreNLP's own depparse annotator gives (issue 5). */
final class ParserIT {
  private static final String TEXT = """
      On Thursday, the head of Uzbekistan's security service said troops had been sent to the border. \
      Russia, which had promised help, asked the Collective Security Treaty Organization to help Tajikistan. \
      Hundreds of Afghan security personnel fled across the border into Tajikistan last week, officials said, \
      and Kyrgyz and Tajik border guards exchanged fire near the enclave of Vorukh.""";

  @Test
  void enhancedPlusPlusGraphsEqualTheDepparseAnnotatorsWithAnyCacheSize() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,depparse");
    Annotation expected = new Annotation(TEXT);
    new StanfordCoreNLP(props).annotate(expected);

    for (int cache : new int[] {0, 10, 200_000}) {
      Annotation actual = new Annotation(TEXT);
      new StanfordCoreNLP(CoreNlpModels.taggerProperties(NlpConfig.defaults())).annotate(actual);
      new Parser(NlpConfig.builder().parserCache(cache).build()).parse(sentences(actual));

      assertThat(graphs(actual)).as("cache %d", cache).isEqualTo(graphs(expected));
    }
  }

  private static List<CoreMap> sentences(Annotation a) {
    return a.get(CoreAnnotations.SentencesAnnotation.class);
  }

  private static List<String> graphs(Annotation a) {
    return sentences(a).stream()
        .map(s -> s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class))
        .map(SemanticGraph::toList)
        .toList();
  }
}
