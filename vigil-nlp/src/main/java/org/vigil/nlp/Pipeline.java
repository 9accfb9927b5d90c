package org.vigil.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The loaded CoreNLP models: tokenize, ssplit, pos, lemma and (optionally) ner with SUTime as one
 * {@link StanfordCoreNLP}, and the dependency parser on its own so that over-long sentences can
 * be left out of parsing (CoreNLP's ner has {@code ner.maxlen} for that, its parser has nothing).
 * Thread-safe: each call annotates its own {@link Annotation}.
 */
final class Pipeline {
  private static final System.Logger LOG = System.getLogger(Pipeline.class.getName());

  /** Loaded pipelines by their complete settings; CoreNLP models cost 5-25 s and ~0.6 GB each. */
  private static final Map<Map<String, String>, Holder> SHARED = new ConcurrentHashMap<>();

  private final StanfordCoreNLP annotators;
  private final DependencyParseAnnotator parser;
  private final int maxSentenceTokens;

  private Pipeline(StanfordCoreNLP annotators, DependencyParseAnnotator parser,
      int maxSentenceTokens) {
    this.annotators = annotators;
    this.parser = parser;
    this.maxSentenceTokens = maxSentenceTokens;
  }

  /** CoreNLP's sentences of one piece of text, and how many were too long to analyse fully. */
  record Result(List<CoreMap> sentences, int tooLong) {}

  /** The pipeline for these settings, loaded on the first {@code get()} and shared by the JVM. */
  static Supplier<Pipeline> shared(NlpConfig config) {
    Properties main = mainProperties(config);
    Properties parse = parserProperties(config);
    Map<String, String> key = new TreeMap<>();
    main.stringPropertyNames().forEach(name -> key.put(name, main.getProperty(name)));
    parse.stringPropertyNames().forEach(name -> key.put("depparse." + name, parse.getProperty(name)));
    key.put("depparse", Boolean.toString(config.parse()));
    key.put("maxSentenceTokens", Integer.toString(config.maxSentenceTokens()));
    return SHARED.computeIfAbsent(key,
        k -> new Holder(main, config.parse() ? parse : null, config.maxSentenceTokens()));
  }

  static Properties mainProperties(NlpConfig config) {
    Properties props = new Properties();
    String threads = Integer.toString(config.threads());
    boolean ner = config.ner() || config.sutime();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma" + (ner ? ",ner" : ""));
    props.setProperty("ssplit.newlineIsSentenceBreak", config.newlineBreak().property());
    props.setProperty("pos.nthreads", threads);
    if (ner) {
      props.setProperty("ner.nthreads", threads);
      if (!config.ner()) {
        // no CRF models: SUTime and the numeric classifiers only
        props.setProperty("ner.model", "");
      }
      props.setProperty("ner.applyFineGrained", Boolean.toString(config.fineGrainedNer()));
      props.setProperty("ner.useSUTime", Boolean.toString(config.sutime()));
      props.setProperty("ner.buildEntityMentions", "true");
      props.setProperty("ner.maxlen", Integer.toString(config.maxSentenceTokens()));
    }
    return props;
  }

  static Properties parserProperties(NlpConfig config) {
    Properties props = new Properties();
    props.setProperty("nthreads", Integer.toString(config.threads()));
    return props;
  }

  /** Annotates one piece of text dated {@code date}. */
  Result annotate(String text, LocalDate date) {
    Annotation document = new Annotation(text);
    document.set(CoreAnnotations.DocDateAnnotation.class, date.toString());
    // one document at a time: annotate(Iterable, threads) in 4.5.10 annotates each one twice
    annotators.annotate(document);
    List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null) {
      sentences = List.of();
    }
    List<CoreMap> parsable = new ArrayList<>(sentences.size());
    for (CoreMap sentence : sentences) {
      if (sentence.get(CoreAnnotations.TokensAnnotation.class).size() <= maxSentenceTokens) {
        parsable.add(sentence);
      }
    }
    if (parser != null && !parsable.isEmpty()) {
      // the parser writes its graphs into the same sentence maps
      Annotation toParse = new Annotation(text);
      toParse.set(CoreAnnotations.SentencesAnnotation.class, parsable);
      parser.annotate(toParse);
    }
    return new Result(sentences, sentences.size() - parsable.size());
  }

  /** Loads its pipeline once, on first use; a failed load is retried on the next call. */
  private static final class Holder implements Supplier<Pipeline> {
    private final Properties main;
    private final Properties parse;
    private final int maxSentenceTokens;
    private volatile Pipeline pipeline;

    Holder(Properties main, Properties parse, int maxSentenceTokens) {
      this.main = main;
      this.parse = parse;
      this.maxSentenceTokens = maxSentenceTokens;
    }

    @Override
    public Pipeline get() {
      Pipeline loaded = pipeline;
      if (loaded == null) {
        synchronized (this) {
          loaded = pipeline;
          if (loaded == null) {
            loaded = load();
            pipeline = loaded;
          }
        }
      }
      return loaded;
    }

    private Pipeline load() {
      long start = System.nanoTime();
      // a copy: StanfordCoreNLP rewrites the properties it is given (it folds ssplit into tokenize)
      Properties props = new Properties();
      props.putAll(main);
      StanfordCoreNLP annotators = new StanfordCoreNLP(props);
      DependencyParseAnnotator parser = parse == null ? null : new DependencyParseAnnotator(parse);
      LOG.log(System.Logger.Level.INFO, "CoreNLP {0}{1} loaded in {2} ms",
          main.getProperty("annotators"), parser == null ? "" : ",depparse",
          (System.nanoTime() - start) / 1_000_000);
      return new Pipeline(annotators, parser, maxSentenceTokens);
    }
  }
}
