package org.vigil.nlp;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.LeastRecentlyUsedCache;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP's neural dependency parser (the model {@code depparse} loads), giving each sentence the
 * enhanced++ graph only. CoreNLP's {@code DependencyParseAnnotator} builds five graphs from every
 * parse (basic, collapsed, CC-processed, enhanced, enhanced++) and keeps 5,000 hidden-layer
 * products in its cache; Vigil reads one graph, and keeps {@link NlpConfig#parserCache()}
 * products (50,000 by default: on news not seen before a fifth faster). Neither changes a parse
 * (issue 5). Thread-safe, as CoreNLP's parser is.
 */
final class Parser {
  private final DependencyParser parser;
  private final int threads;
  private final int cacheEntries;
  private final java.util.concurrent.atomic.AtomicLong graphNanos = new java.util.concurrent.atomic.AtomicLong();
  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();

  Parser(NlpConfig config) {
    this.parser = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL,
        properties(config));
    this.threads = config.threadsPerArticle();
    this.cacheEntries = config.parserCache();
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

  /**
   * Empties the cache of hidden-layer products, so that a benchmark that reads the same text
   * again is not faster for having seen it. CoreNLP has no method for it: the cache is replaced
   * through reflection (CoreNLP 4.5.10's {@code Classifier.cache}).
   *
   * @throws IllegalStateException when this CoreNLP has no such field
   */
  void clearCache() {
    if (cacheEntries == 0) {
      return;
    }
    try {
      Field classifierField = DependencyParser.class.getDeclaredField("classifier");
      classifierField.setAccessible(true);
      Object classifier = classifierField.get(parser);
      Field cacheField = classifier.getClass().getDeclaredField("cache");
      cacheField.setAccessible(true);
      Object cache = cacheField.get(classifier);
      // the parser locks the cache itself while it reads or adds
      synchronized (cache) {
        cacheField.set(classifier, new LeastRecentlyUsedCache<Integer, float[]>(cacheEntries));
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException("cannot clear CoreNLP's parser cache: " + e, e);
    }
  }

  private void parse(CoreMap sentence) {
    GrammaticalStructure structure = parser.predict(sentence);
    long start = THREADS.getCurrentThreadCpuTime();
    SemanticGraph graph = SemanticGraphFactory.makeFromTree(structure,
        SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS, GrammaticalStructure.Extras.NONE, null);
    graphNanos.addAndGet(THREADS.getCurrentThreadCpuTime() - start);
    sentence.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class, graph);
  }

  /**
   * CPU nanoseconds spent, on the calling threads, turning predicted parses into the enhanced++
   * graph since this parser was loaded: the part of the parse that is not the neural network
   * (issue 11, round 5, for {@code vigil bench}).
   */
  long graphNanos() {
    return graphNanos.get();
  }
}
