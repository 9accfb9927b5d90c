package org.vigil.nlp;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP's neural dependency parser (the model {@code depparse} loads), giving each sentence the
 * enhanced++ graph only. CoreNLP's {@code DependencyParseAnnotator} builds five graphs from every
 * parse (basic, collapsed, CC-processed, enhanced, enhanced++) and keeps 5,000 hidden-layer
 * products in its cache; Vigil reads one graph, and on news a cache of 200,000 entries halves the
 * cost of a parse. Neither changes a parse (issue 5). Thread-safe, as CoreNLP's parser is.
 */
final class Parser {
  private final DependencyParser parser;
  private final int threads;

  Parser(NlpConfig config) {
    this.parser = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL,
        properties(config));
    this.threads = config.threads();
  }

  static Properties properties(NlpConfig config) {
    Properties props = new Properties();
    props.setProperty("numCached", Integer.toString(config.parserCache()));
    return props;
  }

  /** Parses the sentences, each in place; on more than one thread when configured so. */
  void parse(List<CoreMap> sentences) {
    if (threads > 1 && sentences.size() > 1) {
      sentences.parallelStream().forEach(this::parse);
    } else {
      sentences.forEach(this::parse);
    }
  }

  private void parse(CoreMap sentence) {
    GrammaticalStructure structure = parser.predict(sentence);
    SemanticGraph graph = SemanticGraphFactory.makeFromTree(structure,
        SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS, GrammaticalStructure.Extras.NONE, null);
    sentence.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class, graph);
  }
}
